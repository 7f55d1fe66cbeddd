"""Facebook Messenger and Instagram DMs from Meta's "Download your information" (JSON).

A thread is a folder of `message_1.json`, `message_2.json`, … (newest first). End-to-end
encrypted Messenger chats come as a separate backup: `<Thread>_<N>.json` files (often zipped) in a
camelCase schema. Both write UTF-8 bytes as `\\u00XX` (mojibake), repaired here. Passing one
`message_N.json` reads the whole thread folder. A minimal file holding only the messages (each
`sender_name`, `timestamp_ms`, `content`; no `participants` or `title`), as an object or a bare
list, is read too: the senders come from the messages. A message without a usable time is left
out and reported; a damaged file is read record by record (`_salvage`).
See docs/importing.md (Messenger and Instagram).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from ._frame import Options, Raw, clean, fail, plausible_ms, time_reason
from ._io import load_json, read_bytes
from .report import Report

_NUMBERED = re.compile(r"message_(\d+)\.json", re.I)
# Keys only Meta's JSON has: a thread's participants, the E2EE backup's threadName, and the
# fields of each message (a minimal export may hold nothing but its messages).
META_KEYS = (b'"participants"', b'"threadName"', b'"sender_name"', b'"timestamp_ms"', b'"senderName"')
_MEDIA_KEYS = ("photos", "videos", "audio_files", "files", "gifs", "sticker", "media", "share")
_SYSTEM = re.compile(r"Liked a message|Reacted .+ to your message|.+ reacted .+ to your message|.+ (?:named|changed) the group.*")
_ATTACHMENT = re.compile(r".+ sent an attachment\.")
_CALL = re.compile(r".+ (?:started a (?:video )?call|missed (?:your|a) (?:video )?call|called you|joined the call)\.?")


def thread_files(path: Path) -> list[Path]:
    """The JSON files of one thread: message_N.json in N order, or the flat E2EE backup files."""
    folder = path if path.is_dir() else path.parent
    numbered = sorted((p for p in folder.glob("*.json") if _NUMBERED.fullmatch(p.name)), key=_number)
    if numbered:
        return numbered
    if not path.is_dir():
        return [path]
    return sorted(p for p in folder.glob("*.json") if any(key in p.read_bytes()[:65536] for key in META_KEYS))


def is_thread_zip(path: Path) -> bool:
    """True for a zip of Messenger JSON (the E2EE backup) rather than a WhatsApp export."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = [Path(n).name for n in archive.namelist()]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return False
    return any(n.lower().endswith(".json") for n in names) and not any(n.lower().endswith(".txt") for n in names)


def load(path: Path, options: Options) -> Raw:
    """Read a Messenger/Instagram thread (folder, one of its files, or an E2EE backup zip)."""
    report = Report()
    rows: list[dict[str, Any]] = []
    documents = _documents(path, options)
    for name, data in documents:
        shown = Path(name)
        rows.extend(_rows(load_json(data, shown, report), shown, report, name if len(documents) > 1 else ""))
    rows = list({(r["sender"], r["ms"], r["text"], r["kind"]): r for r in rows}.values())
    return Raw(
        at=[r["ms"] * 1_000_000 for r in rows],
        sender=[r["sender"] for r in rows],
        text=[r["text"] for r in rows],
        kind=[r["kind"] for r in rows],
        report=report,
        unit="message",
        where=[r["number"] for r in rows],
    )


def _documents(path: Path, options: Options) -> list[tuple[str, bytes]]:
    """(name, bytes) of every JSON file to read, oldest file first."""
    if path.is_file() and path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = sorted((n for n in archive.namelist() if n.lower().endswith(".json")), key=_number)
            return [(Path(n).name, archive.read(n)) for n in reversed(members)]
    files = thread_files(path)
    if not files:
        raise fail(path, "", "expected message_1.json files (Messenger/Instagram) in this folder")
    return [(str(p.name), read_bytes(p, options.progress)) for p in reversed(files)]


def _number(path: Path | str) -> int:
    found = re.search(r"_(\d+)\.json$", str(path), re.I)
    return int(found[1]) if found else 0


def _rows(document: Any, path: Path, report: Report, name: str) -> list[dict[str, Any]]:
    """The readable messages of one file in time order (files are written newest first).

    `name` (the file's name when a thread has several) goes in front of each reason.
    """
    messages = document if isinstance(document, list) else document.get("messages") if isinstance(document, dict) else None
    if not isinstance(messages, list):
        raise fail(path, "", "expected a Messenger/Instagram thread with a 'messages' list")
    rows = []
    for number, message in enumerate(messages, 1):
        row = _row(message)
        if isinstance(row, str):
            report.skip("message", number, f"{name}: {row}" if name else row)
        else:
            rows.append({**row, "number": number})
    if len(rows) > 1 and rows[0]["ms"] > rows[-1]["ms"]:
        rows.reverse()
    return rows


def _row(message: Any) -> dict[str, Any] | str:
    """One message of either schema (DYI snake_case or E2EE camelCase), or why it cannot be read."""
    if not isinstance(message, dict):
        return "not a JSON object"
    ms = message.get("timestamp_ms", message.get("timestamp"))
    if not plausible_ms(ms):
        return time_reason(ms, "timestamp_ms", "milliseconds")
    text = unmangle(str(message.get("content", message.get("text")) or ""))
    sender = unmangle(str(message.get("sender_name", message.get("senderName")) or ""))
    return {"ms": ms, "sender": clean(sender), "text": clean(text), "kind": _kind(message, text)}


def _kind(message: dict, text: str) -> str:
    if message.get("is_unsent") or message.get("isUnsent"):
        return "deleted"
    if "call_duration" in message or message.get("type") == "Call" or _CALL.fullmatch(text):
        return "call"
    if _SYSTEM.fullmatch(text):
        return "system"
    if _ATTACHMENT.fullmatch(text) or (not text and any(message.get(k) for k in _MEDIA_KEYS)):
        return "media"
    return "text" if text or not message.get("share") else "media"


def unmangle(value: str) -> str:
    """Repair Meta's mojibake (UTF-8 bytes stored as code points); clean text is left alone."""
    if not value or value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value
