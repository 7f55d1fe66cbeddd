"""WhatsApp "Export chat": Android and iOS `.txt`, or the `.zip` holding `_chat.txt`.

`load` reads one into column lists. `header.HEADER` defines a message header. `fast.scan` finds
the headers with numpy when the file's headers share a few layouts (the usual case: no Python
work per line); otherwise `fallback` does, with one compiled regex split over the raw bytes.
The bodies are the bytes between headers. `dates` turns the stamps into times, choosing the
date order (d/m/y, m/d/y, y/m/d) from all of them at once; `kinds` tells plain text from media,
deleted, call and system rows.

Damage is read past and reported (report.py): stray control characters are removed; a header
cut short, or one whose date or time cannot exist, is left out with the lines after it up to
the next header (they belong to the damaged message, not to the one before); text before the
first header is left out; bytes that are not UTF-8 are replaced. Lines that are not headers
stay text of the message above them, as they always did.
docs/importing.md (WhatsApp, and "What we tolerate") lists the variants it reads and the traps it avoids.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import numpy as np
import pandas as pd

from .._frame import Options, Raw, clean, fail, hash_texts
from .._io import note_bad_utf8, read_bytes, strip_controls, zip_member
from ..report import Report
from .dates import ORDERS, AmbiguousDateOrder, check_fmt, local_times
from .fallback import line_numbers, regex_fields
from .fast import scan
from .header import FIRST_LINE, HEADER, SPLIT, Fields
from .kinds import classify, has_edit_marker, strip_edited

__all__ = ["HEADER", "ORDERS", "AmbiguousDateOrder", "check_fmt", "load"]

_MARKS = re.compile(rb"\xe2(?:\x80[\x8e\x8f]|\x81[\xa8\xa9])")  # LRM, RLM, FSI, PDI: one scan finds any
CUT_SHORT = "a message header cut short (the line ends inside the date or time)"
CUT_NAME = "a message header cut short (the line ends inside the sender's name)"
BEFORE_FIRST = "text before the first message header (its header is missing), so it was left out"


def load(path: Path, options: Options) -> Raw:
    """Read a WhatsApp export (.txt or .zip) into column lists."""
    data = _read(path, options)
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    data = data.removeprefix(b"\xef\xbb\xbf")  # copies the text only when it starts with a BOM
    report = Report()
    data = strip_controls(data, report)
    fields = scan(data, SPLIT, FIRST_LINE) or regex_fields(data, path)
    at, bad, reasons = local_times(fields, path, options)
    nameless = np.equal(np.array(fields.names, dtype=object), None)[fields.codes]
    broken = fields.broken | _cut_in_name(fields, nameless)
    for line in fields.junk:
        report.skip("line", line, BEFORE_FIRST)
    lines = fields.lines
    drop = broken | bad
    if drop.any():
        lines = _leave_out(data, fields, drop, broken, bad, reasons, report)
        at, nameless = at[~drop], nameless[~drop]
    senders = _senders(fields.names, fields.codes)
    bodies = fields.bodies
    marked = _MARKS.search(data) is not None
    kinds, media = classify(b"(file attached)" in data, marked, bodies, fields.maybe & ~nameless, nameless)
    del fields
    texts = _texts(data, bodies, path, marked, report)
    for i in media.tolist():
        bodies[i] = _caption(bodies[i])
    keys = hash_texts(np.array(bodies, dtype=object))  # hashed now so the raw bodies can go
    where = lines if lines is not None else _numbers_later(data, drop)
    return Raw(at=at, sender=senders, text=texts, kind=kinds, local=True, uid_text=keys, report=report, where=where)


def _cut_in_name(fields: Fields, nameless: np.ndarray) -> np.ndarray:
    """Nameless rows that are a header cut inside the sender's name: their text is empty, or
    the start of a known sender's "Name:" (an Android system line is a sentence, never that)."""
    cut = np.zeros(len(nameless), dtype=bool)
    rows = np.flatnonzero(nameless & ~fields.broken)
    if not len(rows):
        return cut
    known = [name + b":" for name in fields.names if name is not None]
    for row in rows.tolist():
        first = fields.bodies[row].split(b"\n", 1)[0].rstrip(b" ")
        cut[row] = not first or any(name.startswith(first) for name in known)
    return cut


def _leave_out(data: bytes, fields: Fields, drop: np.ndarray, broken: np.ndarray, bad: np.ndarray, reasons: list[str],
               report: Report) -> np.ndarray | None:
    """Report the rows to leave out and take them out of `fields`; the kept rows' line numbers."""
    rows = np.flatnonzero(drop)
    numbers = fields.lines[rows] if fields.lines is not None else line_numbers(data, rows)
    why = dict(zip(np.flatnonzero(bad).tolist(), reasons))
    for row, number in zip(rows.tolist(), numbers.tolist()):
        reason = (CUT_SHORT if fields.broken[row] else CUT_NAME) if broken[row] else why[row]
        report.skip("line", number, reason)
    keep = ~drop
    codes = fields.codes[keep]
    fields.codes, fields.maybe = codes, fields.maybe[keep]
    fields.bodies = list(itertools.compress(fields.bodies, keep.tolist()))
    return None if fields.lines is None else fields.lines[keep]


def _numbers_later(data: bytes, drop: np.ndarray):
    """Line numbers of kept rows, worked out only if the report needs them (the regex path)."""
    kept = np.flatnonzero(~drop)
    return lambda rows: line_numbers(data, kept[rows])


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


def _texts(data: bytes, bodies: list, path: Path, marked: bool, report: Report) -> list[str]:
    """Decoded bodies without trailing newlines, invisible direction marks and edit markers.

    Bytes that are not UTF-8 become U+FFFD and their lines are reported; a file with such
    bytes on more than one line in five is refused (it is in another encoding).
    """
    try:
        texts = list(map(bytes.decode, bodies))
    except UnicodeDecodeError:
        note_bad_utf8(data, path, report)
        texts = [body.decode("utf-8", "replace") for body in bodies]
    if marked:
        texts = [clean(t) for t in texts]
    if has_edit_marker(data):
        texts = [strip_edited(t) for t in texts]
    return texts
