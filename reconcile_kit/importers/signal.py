"""Signal, through third-party exporters: signal-export's `chat.md` and sigtop's JSON.

signal-export writes `[2024-01-31 21:41:05] Name: text` (older versions `[2024-01-31, 21:41]`)
with a blank line between messages, two trailing spaces per line, and `Me` for the user; its
times are the exporting machine's local time. sigtop writes Signal Desktop's own message JSON
with `type` incoming/outgoing and `sent_at` in epoch milliseconds.
Damage is read past as in the other formats: a header cut short or with an impossible stamp,
text before the first header, a sigtop record without a usable time are left out and
reported. See docs/importing.md (Signal).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._frame import FIRST_YEAR, LAST_YEAR, UNNAMED, Options, Raw, clean, fail, is_me, plausible_ms, time_reason
from ._io import decode, load_json, read_bytes
from .report import Report

HEADER = re.compile(r"^\[(\d{4}-\d\d-\d\d),? (\d\d:\d\d(?::\d\d)?)\] ([^:\n]{1,100}?): ", re.M)
# A header line cut short (inside the stamp or the name); its message is left out. Group 4.
_CUT = r"\[\d{4}-\d\d-\d\d(?:,? (?:\d\d?(?::(?:\d\d?(?::\d{0,2})?)?)?)?(?:\](?: [^:\n]{0,100}:?)?)?)? *$"
_SPLIT = re.compile("^(?:" + HEADER.pattern[1:] + "|(" + _CUT + "))", re.M)
_LINK = re.compile(r"(?:!?\[[^\]\n]*\]\([^)\n]*\)\s*)+")
_TRAILING = re.compile(r" {2}$", re.M)


def load(path: Path, options: Options) -> Raw:
    """Read a signal-export chat.md (or its folder) or a sigtop JSON file."""
    if path.is_dir():
        path = path / "chat.md"
    data = read_bytes(path, options.progress)
    report = Report()
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"[", b"{") and path.suffix.lower() == ".json":
        return _sigtop(load_json(data, path, report), path, options, report)
    return _markdown(decode(data, path, report).replace("\r\n", "\n"), path, options, report)


def _markdown(text: str, path: Path, options: Options, report: Report) -> Raw:
    matches = list(_SPLIT.finditer(text))
    if not any(match[1] for match in matches):
        raise fail(path, "", "no signal-export message lines found ('[2024-01-31 21:41:05] Name: text')")
    head = text[: matches[0].start()]
    for i, line in enumerate(head.split("\n")):
        if line.strip():
            report.skip("line", i + 1, "text before the first message line (its header is missing), so it was left out")
    rows, line = [], head.count("\n") + 1
    for i, match in enumerate(matches):
        if i:
            line += text.count("\n", matches[i - 1].start(), match.start())
        if match[4] is not None:
            report.skip("line", line, "a message line cut short (it ends inside the date, time or name)")
            continue
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        rows.append((line, match[1], match[2], match[3], text[match.end() : end]))
    stamps = pd.to_datetime(
        pd.Series([f"{d} {t}:00" if len(t) == 5 else f"{d} {t}" for _, d, t, _, _ in rows], dtype=object),
        format="%Y-%m-%d %H:%M:%S",
        errors="coerce",
    )
    ok = (stamps.notna() & stamps.dt.year.between(FIRST_YEAR, LAST_YEAR)).to_numpy()
    for row, good in zip(rows, ok.tolist()):
        if not good:
            report.skip("line", row[0], f"not a valid date and time ({row[1]} {row[2]})")
    rows = [row for row, good in zip(rows, ok.tolist()) if good]
    texts = [clean(_TRAILING.sub("", body.strip("\n"))) for *_, body in rows]
    senders = [clean(name).strip() for _, _, _, name, _ in rows]
    me = options.me + ("Me",)
    return Raw(
        at=stamps[ok].to_numpy().astype("datetime64[ns]"),
        sender=senders,
        text=texts,
        kind=["media" if _LINK.fullmatch(t) else "text" for t in texts],
        out=_require_me(senders, me, path),
        local=True,
        report=report,
        where=[row[0] for row in rows],
    )


def _require_me(senders: list[str], me: tuple[str, ...], path: Path) -> np.ndarray:
    out = np.array([is_me(s, me) for s in senders], dtype=bool)
    if not out.any() and me != ("Me",):  # ("Me",) alone: a preview, nobody chosen yet
        shown = ", ".join(sorted(set(senders))[:8])
        raise fail(path, "", f"none of the messages is from {', '.join(me)}; the senders are: {shown}")
    return out


def _sigtop(document: Any, path: Path, options: Options, report: Report) -> Raw:
    """sigtop JSON: an array of Signal Desktop message objects (or an object with `messages`)."""
    if isinstance(document, dict):
        document = document.get("messages")
    if not isinstance(document, list):
        raise fail(path, "", "expected sigtop JSON: an array of messages with type and sent_at")
    rows = []
    for number, message in enumerate(document, 1):
        row = _sigtop_row(message, options)
        if isinstance(row, str):
            report.skip("message", number, row)
        else:
            rows.append({**row, "number": number})
    return Raw(
        at=[r["ms"] * 1_000_000 for r in rows],
        sender=[r["sender"] for r in rows],
        text=[r["text"] for r in rows],
        kind=[r["kind"] for r in rows],
        out=np.array([r["out"] for r in rows], dtype=bool),
        report=report,
        unit="message",
        where=[r["number"] for r in rows],
    )


def _sigtop_row(message: Any, options: Options) -> dict[str, Any] | str:
    """One sigtop message as plain values, or why it cannot be read."""
    if not isinstance(message, dict):
        return "not a JSON object"
    kind_of = message.get("type")
    ms = message.get("sent_at", message.get("timestamp"))
    if not plausible_ms(ms):
        return time_reason(ms, "sent_at", "milliseconds")
    out = kind_of == "outgoing"
    text = clean(str(message.get("body") or ""))
    if message.get("deletedForEveryone") or message.get("isErased"):
        kind = "deleted"
    elif kind_of == "call-history":
        kind = "call"
    elif kind_of not in ("incoming", "outgoing"):
        kind = "system"
    else:
        kind = "media" if not text and (message.get("attachments") or message.get("sticker")) else "text"
    sender = options.label if out else str(message.get("source") or message.get("sourceServiceId") or UNNAMED)
    return {"ms": ms, "sender": sender, "text": text, "kind": kind, "out": out}
