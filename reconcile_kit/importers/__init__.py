"""Chat-export importers: one module per format, one `load_messages` for all of them.

    from reconcile_kit.importers import load_messages
    messages = load_messages("WhatsApp Chat with Robin.txt", me="Alex")

Every loader returns the same messages frame (docs/architecture.md): at, sender, direction,
channel, kind, text, chars, source, uid. `LOADERS` maps each format name to its loader. What a
file held that could not be read is on the frame too: `attrs["skipped"]` and `attrs["repaired"]`
(report.py; `report.summary(frame)` says it in one sentence).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

import pandas as pd

from ..errors import ImportFormatError
from . import csvfile, meta, people, signal, sms, telegram, whatsapp
from ._frame import COLUMNS, Options, Raw, finish
from ._io import CONTROLS, is_binary
from .report import summary

__all__ = ["load_messages", "detect_format", "sample_path", "summary", "LOADERS", "FORMATS", "COLUMNS"]

Loader = Callable[[Path, Options], Raw]
LOADERS: dict[str, Loader] = {
    "whatsapp": whatsapp.load,
    "telegram": telegram.load,
    "sms": sms.load,
    "messenger": meta.load,
    "instagram": meta.load,
    "signal": signal.load,
    "csv": csvfile.load,
}
FORMATS: tuple[str, ...] = tuple(LOADERS)
_SIGNAL_MD = re.compile(rb"^\[\d{4}-\d\d-\d\d,? \d\d:\d\d(?::\d\d)?\] ", re.M)


def load_messages(
    path: str | Path,
    me: str | list[str] | tuple[str, ...] | None,
    tz: str | tzinfo | None = None,
    fmt: str = "auto",
    *,
    dayfirst: bool | None = None,
    chat: str | None = None,
    contact: str | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Read a chat export into the messages frame, one row per message in time order.

    :param path: the export file (or folder, for Messenger/Instagram/Signal).
    :param me: your own name as the chat shows it, or a list of names and numbers; None reads
        a preview before you say which sender you are (then only formats that mark your own
        messages themselves, like SMS, give any `out` rows).
    :param tz: zone of exports written in local time without an offset (WhatsApp, signal-export,
        old Telegram); default the machine's zone. Formats with epoch times ignore it.
    :param fmt: "auto" or one of `FORMATS`; "whatsapp:dmy" (mdy, ymd, ydm) fixes the date order.
    :param dayfirst: WhatsApp only: read ambiguous dates day-first (True) or month-first (False).
    :param chat: Telegram full export: the name of the chat to read.
    :param contact: the other person when the file holds several: in an SMS backup their number
        (matched on the last 9-10 digits) or name; in a group chat (more than one other sender,
        which is refused without it) their name as the chat shows it, the others' messages
        then left out and counted in `attrs["others"]`.
    :param progress: show a progress bar; None shows one for files over a few MB.

    Damage inside an export (a line cut short, an impossible date, a stray control character, a
    record cut off) is read past: those lines or records are listed in `attrs["skipped"]` (left
    out) and `attrs["repaired"]` (read after a fix). ImportFormatError, one line naming the file,
    when it is not a chat export or more than one message in five cannot be read.
    """
    path = Path(path)
    if not path.exists():
        raise ImportFormatError(f"{path.name}: no such file or folder")
    text = _utf16_text(path)
    if text is not None:  # read through a private UTF-8 copy, deleted right after
        from ..files import private_copy

        with private_copy(path.name, text.encode("utf-8")) as copy:
            return load_messages(copy, me, tz, fmt, dayfirst=dayfirst, chat=chat, contact=contact, progress=progress)
    name = detect_format(path) if fmt == "auto" else fmt.split(":", 1)[0].lower()
    if name not in LOADERS:
        raise ImportFormatError(f"unknown format {fmt!r}: use 'auto' or one of {', '.join(FORMATS)}")
    order = whatsapp.check_fmt(fmt) if name == "whatsapp" else None
    options = Options.build(me, tz, dayfirst=dayfirst, order=order, chat=chat, contact=contact, progress=progress)
    source = "instagram" if name == "messenger" and _is_instagram(path) else name
    try:
        raw = LOADERS[name](path, options)
    except ImportFormatError:
        raise
    except (KeyError, TypeError, AttributeError, ValueError, IndexError, OverflowError, UnicodeError, RecursionError) as exc:
        raise ImportFormatError(f"{path.name}: not a {source} export this kit can read ({type(exc).__name__}: {exc})") from exc
    frame = finish(raw, source, options, path)
    return frame if name == "sms" else people.keep_one(frame, options.me, contact, path)


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_HTML = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<(?:!DOCTYPE\s+html|html)\b", re.I)


def _utf16_text(path: Path) -> str | None:
    """The text of a UTF-16 file (one that starts with its byte-order mark), else None."""
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        if handle.read(2) not in _UTF16_BOMS:
            return None
    try:
        return path.read_bytes().decode("utf-16")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(f"{path.name}: a UTF-16 file that is damaged at byte {exc.start:,}; save it as UTF-8") from exc


def _refuse_known_causes(path: Path, head: bytes) -> None:
    """Say plainly why a file that is no chat export is not: empty, blank, or an HTML export."""
    if not head:
        raise ImportFormatError(f"{path.name}: the file is empty (0 bytes); export the chat again")
    if not head.strip() and path.stat().st_size == len(head):
        raise ImportFormatError(f"{path.name}: the file holds only blank space; export the chat again")
    if path.suffix.lower() in (".html", ".htm") or _HTML.match(head):
        raise ImportFormatError(f"{path.name}: an HTML export; export the chat as JSON instead "
                                "(Telegram: 'Machine-readable JSON'; Facebook and Instagram: format JSON)")


def detect_format(path: str | Path) -> str:
    """Guess the export format from the file name and its first bytes."""
    path = Path(path)
    if path.is_dir():
        return _detect_folder(path)
    with path.open("rb") as handle:
        head = handle.read(65536)
    _refuse_known_causes(path, head)
    suffix = path.suffix.lower()
    if suffix == ".zip":
        return "messenger" if meta.is_thread_zip(path) else "whatsapp"
    if suffix == ".csv":
        return "csv"
    if is_binary(head):
        raise ImportFormatError(f"{path.name}: binary data, not a chat export (control bytes near the start)")
    head = head.translate(None, CONTROLS)  # a stray one is damage the loader reports
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    start = body[:1]
    if start == b"<":
        return "sms"
    if start == b"{" or re.match(rb'\[\s*[{\]"]', body):
        if any(key in head for key in meta.META_KEYS):
            return "messenger"
        return "signal" if start == b"[" else "telegram"
    if suffix == ".md" and _SIGNAL_MD.search(head):
        return "signal"
    if whatsapp.HEADER.search(b"\n" + body.replace(b"\r\n", b"\n")):
        return "whatsapp"
    if csvfile.looks_like(head):
        return "csv"
    raise ImportFormatError(
        f"{path.name}: not a chat export this kit recognises; expected a WhatsApp .txt/.zip, Telegram "
        "result.json, SMS Backup & Restore .xml, Messenger/Instagram message_1.json, Signal chat.md or "
        "sigtop .json, or a CSV with columns at, sender, text"
    )


def _detect_folder(path: Path) -> str:
    """A folder: a Signal chat (chat.md) or a Messenger/Instagram thread (message_N.json)."""
    if (path / "chat.md").is_file():
        return "signal"
    if meta.thread_files(path):
        return "messenger"
    raise ImportFormatError(f"{path.name}: this folder holds no chat.md (Signal) or message_1.json (Messenger/Instagram)")


def _is_instagram(path: Path) -> bool:
    """Instagram DMs share Messenger's format; the archive folders say which app they came from."""
    return any("instagram" in part.lower() for part in path.resolve().parts)


def sample_path(name: str = "whatsapp_demo.txt") -> Path:
    """Path of a bundled sample export (invented people), for the import notebook's demo."""
    path = Path(__file__).with_name("samples") / name
    if not path.is_file():
        raise ImportFormatError(f"no bundled sample named {name!r}; try 'whatsapp_demo.txt'")
    return path
