"""Signal, through third-party exporters: signal-export's `chat.md` and sigtop's JSON.

signal-export writes `[2024-01-31 21:41:05] Name: text` (older versions `[2024-01-31, 21:41]`)
with a blank line between messages, two trailing spaces per line, and `Me` for the user; its
times are the exporting machine's local time. sigtop writes Signal Desktop's own message JSON
with `type` incoming/outgoing and `sent_at` in epoch milliseconds.
See docs/importing.md (Signal).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._frame import Options, Raw, clean, fail, is_me
from ._io import decode, load_json, read_bytes

HEADER = re.compile(r"^\[(\d{4}-\d\d-\d\d),? (\d\d:\d\d(?::\d\d)?)\] ([^:\n]{1,100}?): ", re.M)
_LINK = re.compile(r"(?:!?\[[^\]\n]*\]\([^)\n]*\)\s*)+")
_TRAILING = re.compile(r" {2}$", re.M)


def load(path: Path, options: Options) -> Raw:
    """Read a signal-export chat.md (or its folder) or a sigtop JSON file."""
    if path.is_dir():
        path = path / "chat.md"
    data = read_bytes(path, options.progress)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"[", b"{") and path.suffix.lower() == ".json":
        return _sigtop(load_json(data, path), path, options)
    return _markdown(decode(data, path).replace("\r\n", "\n"), path, options)


def _markdown(text: str, path: Path, options: Options) -> Raw:
    parts = HEADER.split(text)
    if parts[0].strip():
        raise fail(path, "line 1", "expected a signal-export line such as '[2024-01-31 21:41:05] Name: text'")
    dates, times, names, bodies = parts[1::4], parts[2::4], parts[3::4], parts[4::4]
    if not bodies:
        raise fail(path, "", "no signal-export message lines found ('[2024-01-31 21:41:05] Name: text')")
    stamps = pd.to_datetime(
        pd.Series([f"{d} {t}:00" if len(t) == 5 else f"{d} {t}" for d, t in zip(dates, times)]),
        format="%Y-%m-%d %H:%M:%S",
        errors="coerce",
    )
    bad = np.flatnonzero(stamps.isna().to_numpy())
    if bad.size:
        line = text.count("\n", 0, text.find(f"[{dates[bad[0]]}")) + 1
        raise fail(path, f"line {line}", "not a valid date and time")
    texts = [clean(_TRAILING.sub("", b.strip("\n"))) for b in bodies]
    senders = [clean(n).strip() for n in names]
    me = options.me + ("Me",)
    return Raw(
        at=stamps.to_numpy().astype("datetime64[ns]"),
        sender=senders,
        text=texts,
        kind=["media" if _LINK.fullmatch(t) else "text" for t in texts],
        out=_require_me(senders, me, path),
        local=True,
    )


def _require_me(senders: list[str], me: tuple[str, ...], path: Path) -> np.ndarray:
    out = np.array([is_me(s, me) for s in senders], dtype=bool)
    if not out.any():
        shown = ", ".join(sorted(set(senders))[:8])
        raise fail(path, "", f"none of the messages is from {', '.join(me)}; the senders are: {shown}")
    return out


def _sigtop(document: Any, path: Path, options: Options) -> Raw:
    """sigtop JSON: an array of Signal Desktop message objects (or an object with `messages`)."""
    if isinstance(document, dict):
        document = document.get("messages")
    if not isinstance(document, list):
        raise fail(path, "", "expected sigtop JSON: an array of messages with type and sent_at")
    rows = [_sigtop_row(m, i, path, options) for i, m in enumerate(document)]
    rows = [r for r in rows if r is not None]
    return Raw(
        at=[r["ms"] * 1_000_000 for r in rows],
        sender=[r["sender"] for r in rows],
        text=[r["text"] for r in rows],
        kind=[r["kind"] for r in rows],
        out=np.array([r["out"] for r in rows], dtype=bool),
    )


def _sigtop_row(message: Any, index: int, path: Path, options: Options) -> dict[str, Any] | None:
    if not isinstance(message, dict):
        raise fail(path, f"message {index + 1}", "expected a JSON object")
    kind_of = message.get("type")
    ms = message.get("sent_at", message.get("timestamp"))
    if not isinstance(ms, int) or isinstance(ms, bool):
        raise fail(path, f"message {index + 1}", "expected sent_at in epoch milliseconds")
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
    sender = options.label if out else str(message.get("source") or message.get("sourceServiceId") or "them")
    return {"ms": ms, "sender": sender, "text": text, "kind": kind, "out": out}
