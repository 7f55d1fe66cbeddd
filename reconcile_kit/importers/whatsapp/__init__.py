"""WhatsApp "Export chat": Android and iOS `.txt`, or the `.zip` holding `_chat.txt`.

`load` reads one into column lists. `header.HEADER` defines a message header. `fast.scan` finds
the headers with numpy when the file's headers share a few layouts (the usual case: no Python
work per line); otherwise `fallback` does, with one compiled regex split over the raw bytes.
The bodies are the bytes between headers. `dates` turns the stamps into times, choosing the
date order (d/m/y, m/d/y, y/m/d) from all of them at once; `kinds` tells plain text from media,
deleted, call and system rows.
docs/importing.md (WhatsApp) lists the variants it reads and the traps it avoids.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from .._frame import Options, Raw, clean, fail, hash_texts
from .._io import decode, read_bytes, zip_member
from .dates import ORDERS, AmbiguousDateOrder, check_fmt, local_times
from .fallback import regex_fields
from .fast import scan
from .header import FIRST_LINE, HEADER, SPLIT
from .kinds import EDITED, classify

__all__ = ["HEADER", "ORDERS", "AmbiguousDateOrder", "check_fmt", "load"]

_MARKS = re.compile(rb"\xe2(?:\x80[\x8e\x8f]|\x81[\xa8\xa9])")  # LRM, RLM, FSI, PDI: one scan finds any


def load(path: Path, options: Options) -> Raw:
    """Read a WhatsApp export (.txt or .zip) into column lists."""
    data = _read(path, options)
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    data = data.removeprefix(b"\xef\xbb\xbf")  # copies the text only when it starts with a BOM
    fields = scan(data, SPLIT, FIRST_LINE) or regex_fields(data, path)
    at = local_times(data, fields, path, options)
    nameless = np.equal(np.array(fields.names, dtype=object), None)[fields.codes]
    senders = _senders(fields.names, fields.codes)
    bodies = fields.bodies
    marked = _MARKS.search(data) is not None
    kinds, media = classify(b"(file attached)" in data, marked, bodies, fields.maybe & ~nameless, nameless)
    del fields
    texts = _texts(data, bodies, path, marked)
    for i in media.tolist():
        bodies[i] = _caption(bodies[i])
    keys = hash_texts(np.array(bodies, dtype=object))  # hashed now so the raw bodies can go
    return Raw(at=at, sender=senders, text=texts, kind=kinds, local=True, uid_text=keys)


def _caption(body: bytes) -> bytes:
    """A media row's uid text: only its caption, so exports with and without media agree."""
    return body.split(b"\n", 1)[1] if b"\n" in body else b""


def _read(path: Path, options: Options) -> bytes:
    """The chat text: the file itself, or `_chat.txt` / `WhatsApp Chat with ….txt` in a zip."""
    if path.suffix.lower() != ".zip":
        return read_bytes(path, options.progress)
    member = zip_member(path, r"_chat\.txt|WhatsApp Chat.*\.txt|.*\.txt")
    if member is None:
        raise fail(path, "", "the zip holds no chat text; expected _chat.txt or 'WhatsApp Chat with NAME.txt'")
    return member[1]


def _senders(names: list, codes: np.ndarray) -> pd.Categorical:
    """Sender per row as a categorical (each distinct name decoded once; system lines get "")."""
    decoded = [clean(u.decode("utf-8", "replace")).strip() if u is not None else "" for u in names]
    unique = list(dict.fromkeys(decoded))
    remap = np.array([unique.index(d) for d in decoded], dtype=np.int64)
    return pd.Categorical.from_codes(remap[codes], categories=pd.Index(unique, dtype=object))


def _texts(data: bytes, bodies: list, path: Path, marked: bool) -> list[str]:
    """Decoded bodies without trailing newlines and invisible direction marks."""
    try:
        texts = list(map(bytes.decode, bodies))
    except UnicodeDecodeError:
        decode(data.rstrip(b"\n"), path)  # raises, naming the line
        raise
    if marked:
        texts = [clean(t) for t in texts]
    if b"edited>" in data:
        texts = [t.removesuffix(EDITED).rstrip(" ") if t.endswith(EDITED) else t for t in texts]
    return texts
