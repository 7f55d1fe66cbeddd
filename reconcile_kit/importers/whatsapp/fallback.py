"""WhatsApp's regex path: every message by one split over the raw bytes, when `fast.scan` gives up.

It reads any mix of header layouts. The stamps' digit runs are then parsed by layout: headers
whose digits sit in the same columns are read together by numpy column arithmetic. Cut headers
(`header.CUT`) are split off as broken rows, exactly as the fast scanner marks them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .._frame import fail
from .header import FIRST_CUT, FIRST_LINE, SPLIT_OR_CUT, Fields, junk_lines


def regex_fields(data: bytes, path: Path) -> Fields:
    """Every message by one regex split; stamps parsed by layout (any mix of header styles)."""
    stamps, names, firsts, cuts, bodies, junk = _split(data, path)
    broken = np.array([cut is not None for cut in cuts], dtype=bool)
    if broken.any():
        stamps = [b"" if stamp is None else stamp for stamp in stamps]
        firsts = [b"" if first is None else first for first in firsts]
    numbers, runs, marker = _numbers(stamps)
    del stamps
    lookup = dict.fromkeys(names)
    for i, key in enumerate(lookup):
        lookup[key] = i
    codes = np.array(list(map(lookup.__getitem__, names)), dtype=np.int64)
    maybe = np.array(firsts, dtype=object).astype(bool)
    return Fields(numbers, runs, marker, list(lookup), codes, maybe, bodies, broken, junk)


def _split(data: bytes, path: Path) -> tuple[list, list, list, list, list, list]:
    """Stamps, names (None on system lines), first bytes, cut headers (None on whole ones) and
    bodies of every message, in one pass; and the lines of text before the first header.

    `SPLIT_OR_CUT` needs a newline in front of each header, so a header on the very first line
    is matched on its own (the text is not copied to prepend one).
    """
    parts = SPLIT_OR_CUT.split(data)
    head = parts[0]
    stamps, names, firsts, cuts, bodies = parts[1::5], parts[2::5], parts[3::5], parts[4::5], parts[5::5]
    del parts
    junk: list[int] = []
    first = FIRST_LINE.match(head)
    cut = None if first else FIRST_CUT.match(head)
    if first:
        values = (*first.groups(), None, head[first.end() :])
    elif cut:
        values = (None, None, None, cut.group(1), head[cut.end() :])
    else:
        junk = junk_lines(head)
    if first or cut:
        for column, value in zip((stamps, names, firsts, cuts, bodies), values):
            column.insert(0, value)
    if not bodies:
        raise fail(path, "", "no WhatsApp message header found (expected lines like '31/01/2024, 21:41 - Name: text')")
    if b"\n\n" in data:  # blank lines before a header end the previous body
        bodies = [body.rstrip(b"\n") if body.endswith(b"\n") else body for body in bodies]
    else:
        bodies[-1] = bodies[-1].rstrip(b"\n")
    return stamps, names, firsts, cuts, bodies, junk


def line_numbers(data: bytes, rows: np.ndarray) -> np.ndarray:
    """The line number of each of these rows: a second pass of the same split (reports only)."""
    starts = [match.start() + 1 for match in SPLIT_OR_CUT.finditer(data)]
    if FIRST_LINE.match(data) or FIRST_CUT.match(data):
        starts.insert(0, 0)
    newlines = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10)
    return np.searchsorted(newlines, np.asarray(starts, dtype=np.int64)[rows]) + 1


def _numbers(stamps: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The digit runs of each header (day/month/year, hour, minute, second), vectorised.

    Headers with the same layout (digits in the same columns) are parsed together by column
    arithmetic; an export has only a handful of layouts. Returns the numbers (n x 6), how many
    runs each header had, and its marker (0 none, 1 AM, 2 PM).
    """
    table = np.array(stamps, dtype=bytes)
    n, width = len(stamps), table.dtype.itemsize
    raw = table.view(np.uint8).reshape(n, width)
    digit = (raw >= 48) & (raw <= 57)
    layout_codes, layouts = _layouts(digit)
    numbers = np.zeros((n, 6), dtype=np.int64)
    runs = np.zeros(n, dtype=np.int64)
    for code in range(len(layouts)):
        rows = np.flatnonzero(layout_codes == code)
        columns = np.flatnonzero(digit[rows[0]])
        groups = np.split(columns, np.flatnonzero(np.diff(columns) > 1) + 1)
        runs[rows] = len(groups)
        for slot, group in enumerate(groups[:6]):
            block = raw[np.ix_(rows, group)].astype(np.int64) - 48
            numbers[rows, slot] = block @ (10 ** np.arange(len(group) - 1, -1, -1))
    letters = raw | 0x20  # lower case
    marker = np.where((letters == ord("p")).any(axis=1), 2, np.where((letters == ord("a")).any(axis=1), 1, 0))
    return numbers, runs, marker


def _layouts(digit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes grouping rows whose digits sit in the same columns, and one key per layout."""
    packed = np.packbits(digit, axis=1)
    padded = np.zeros((len(digit), -(-packed.shape[1] // 8) * 8), dtype=np.uint8)
    padded[:, : packed.shape[1]] = packed
    words = padded.view(np.uint64)
    if words.shape[1] == 1:
        return pd.factorize(words[:, 0])
    keys, codes = np.unique(words, axis=0, return_inverse=True)
    return codes.ravel(), keys
