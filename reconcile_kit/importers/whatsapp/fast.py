"""WhatsApp headers found with numpy instead of a regex pass: the fast path of `whatsapp.load`.

The header regex's match depends only on whether each byte is a digit and on the other bytes,
so a line that starts with the same bytes as a sampled header (digits aside) is a header with
the same stamp. A sample of the file gives those layouts; every line is compared with them
eight bytes at a time; lines that could start a header but fit no layout are checked with the
regex itself: a header teaches a new layout, a cut header (`header.CUT`) becomes a broken row,
and with too many layouts or doubtful lines `scan` returns None and the regex path (`fallback`)
reads the file. Names, body bounds and stamp digits are then read at known offsets, so the only Python
objects made per message are the body bytes.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

from .._io import positions
from .header import CUT, FIRST_CUT, Fields, junk_lines

_DIGIT = np.zeros(256, dtype=bool)
_DIGIT[48:58] = True
_CAN_START = _DIGIT.copy()
_CAN_START[[ord("["), 0xE2]] = True
_MAYBE_BYTE = np.zeros(256, dtype=bool)  # the first bytes in header._MAYBE
_MAYBE_BYTE[list(b"<TYnMVv\xe2")] = True
_ZEROS = bytes.maketrans(b"123456789", b"000000000")
_SAMPLE, _MAX_LAYOUTS, _MAX_UNSURE = 1 << 14, 16, 1000
_TEXT_ROW, _CUT_ROW = -2, -3  # a doubtful line found to be text, or a cut header


def scan(data: bytes, split: re.Pattern, first_line: re.Pattern) -> Fields | None:
    """Every message by numpy when its headers have a few fixed layouts, else None.

    `split` is the header regex with one newline in front, `first_line` the same without it
    (for a header on line 1); they give the sample layouts and check the doubtful lines.
    """
    layouts = _layouts_in(data, split, first_line)
    if not layouts or len(data) >= 2**31:
        return None
    arr = np.frombuffer(data, dtype=np.uint8)
    starts = np.concatenate(([0], positions(arr, 10) + 1))
    starts = starts[starts < len(arr)]
    found = _match_layouts(data, arr, starts, layouts, (split, first_line))
    if found is None:
        return None
    layout, matched = found
    rows = np.flatnonzero((layout >= 0) | (layout == _CUT_ROW))
    if not len(rows):
        return None
    line_end = np.append(starts[1:] - 1, len(arr))[rows]
    line, layout = starts[rows], layout[rows]
    junk = junk_lines(data[: line[0]]) if line[0] else []
    broken = layout == _CUT_ROW
    numbers, runs, marker = _fast_numbers(matched, rows, layouts)
    lines = (rows + 1).astype(np.int32)  # kept for the report: half the memory of int64
    del matched, starts, rows
    lengths = np.array([len(t) for t, _ in layouts], dtype=np.int64)
    name_at = np.where(broken, line_end, line + lengths[np.where(broken, 0, layout)])
    named = _fast_names(data, arr, line_end, name_at)
    if named is None:
        return None
    names, codes, body_at = named
    ends = np.append(line[1:] - 1, len(arr))
    ends = _strip_newlines(arr, body_at, ends)
    maybe = np.zeros(len(line), dtype=bool)
    inside = body_at < len(arr)
    maybe[inside] = _MAYBE_BYTE[arr[body_at[inside]]]
    maybe &= ~broken
    return Fields(numbers, runs, marker, names, codes, maybe, _slices(data, body_at, ends), broken, junk, lines)


def _slices(data: bytes, starts: np.ndarray, ends: np.ndarray, step: int = 1 << 14) -> list[bytes]:
    """data[start:end] for each pair; positions become Python ints a block at a time (less memory)."""
    pieces: list[bytes] = []
    for low in range(0, len(starts), step):
        pieces += [data[a:b] for a, b in zip(starts[low : low + step].tolist(), ends[low : low + step].tolist())]
    return pieces


def _layouts_in(data: bytes, split: re.Pattern, first_line: re.Pattern) -> list[tuple[bytes, tuple[int, int]]]:
    """Header layouts of the first 16 KB, most common first (none when there are too many)."""
    head = data[:_SAMPLE]
    spans = [(m.start() + 1, m) for m in split.finditer(head)]
    first = first_line.match(head)
    counts: Counter[tuple[bytes, tuple[int, int]]] = Counter(_layout(head, begin, match) for begin, match in spans)
    if first:
        counts[_layout(head, 0, first)] += 1
    return [layout for layout, _ in counts.most_common()] if len(counts) <= _MAX_LAYOUTS else []


def _layout(data: bytes, begin: int, match: re.Match) -> tuple[bytes, tuple[int, int]]:
    """A header's bytes up to its "] " or " - " with digits as "0", and its stamp's span in them."""
    stop = match.end(1) + (2 if data[match.end(1) : match.end(1) + 1] == b"]" else 3)
    return data[begin:stop].translate(_ZEROS), (match.start(1) - begin, match.end(1) - begin)


def _match_layouts(data: bytes, arr: np.ndarray, starts: np.ndarray, layouts: list, regexes: tuple) -> tuple | None:
    """Each line's layout (negative: not a header) and, per layout, its lines and their bytes.

    Lines that could start a header but fit no layout yet are checked with the regex one by
    one: a header teaches a new layout (then the remaining lines are fitted again), a cut
    header is marked `_CUT_ROW`, any other line is text. None when there are too many layouts
    or too many such lines.
    """
    split, first_line = regexes
    layout = np.full(len(starts), -1, dtype=np.int64)
    doubtful = np.flatnonzero(_CAN_START[arr[starts]])
    matched: list = []
    checked = 0
    while True:
        for code in range(len(matched), len(layouts)):
            fit, head = _fits(arr, starts, doubtful, layouts[code][0])
            layout[fit] = code
            matched.append((fit, head))
            doubtful = doubtful[layout[doubtful] == -1]
        learned = False
        for row in doubtful.tolist():
            start = int(starts[row])
            match = split.match(data, start - 1) if start else first_line.match(data)
            if match is not None:
                new = _layout(data, start, match)
                if new in layouts or len(layouts) >= _MAX_LAYOUTS:
                    return None
                layouts.append(new)
                learned = True
                break
            cut = CUT.match(data, start - 1) if start else FIRST_CUT.match(data)
            layout[row], checked = (_CUT_ROW if cut else _TEXT_ROW), checked + 1
            if checked > _MAX_UNSURE:
                return None
        doubtful = doubtful[layout[doubtful] == -1]
        if not learned:
            return layout, matched


def _fits(arr: np.ndarray, starts: np.ndarray, rows: np.ndarray, template: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Lines (of `rows`) whose bytes match the template ("0" = any digit), and their first bytes.

    Eight bytes are compared at once: each line's bytes are read as little-endian uint64 words,
    literal bytes are masked and compared, digit bytes are tested as 0x30-0x39 in every lane.
    Returns indexes into starts and an (n, 8k) uint8 matrix of the matching lines' bytes.
    """
    rows = rows[starts[rows] + len(template) <= len(arr)]
    ok = np.ones(len(rows), dtype=bool)
    words = []
    for offset in range(0, len(template), 8):
        chunk = template[offset : offset + 8]
        literal, digit = _masks(chunk, lambda byte: byte != 48), _masks(chunk, lambda byte: byte == 48)
        value = int.from_bytes(chunk.ljust(8, b"\0"), "little") & literal
        word = _words(arr, starts[rows] + offset)
        ok &= (word & np.uint64(literal)) == np.uint64(value)
        ok &= (word & np.uint64(digit & _HIGH)) == np.uint64(digit & _THREES)
        ok &= (((word & np.uint64(digit & _LOW)) + np.uint64(digit & _SIXES)) & np.uint64(digit & _SIXTEENS)) == 0
        words.append(word)
    head = np.stack(words, axis=1)[ok].view(np.uint8)  # "<u8" lanes: byte k of each line is column k
    return rows[ok], head


_HIGH, _LOW = 0xF0F0F0F0F0F0F0F0, 0x0F0F0F0F0F0F0F0F
_THREES, _SIXES, _SIXTEENS = 0x3030303030303030, 0x0606060606060606, 0x1010101010101010


def _masks(chunk: bytes, keep) -> int:
    """A uint64 mask with 0xFF in each lane whose template byte passes `keep`."""
    return sum(0xFF << (8 * lane) for lane, byte in enumerate(chunk) if keep(byte))


def _words(arr: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The eight bytes from each position as a little-endian uint64 (zeros past the end)."""
    view = np.ndarray((max(len(arr) - 7, 0),), dtype="<u8", buffer=arr, strides=(1,))
    inside = at <= len(arr) - 8
    if inside.all():
        return view[at]
    words = np.zeros(len(at), dtype="<u8")
    words[inside] = view[at[inside]]
    tail = bytes(arr[-8:]) if len(arr) >= 8 else bytes(arr)
    for i in np.flatnonzero(~inside).tolist():
        start = int(at[i]) - (len(arr) - len(tail))
        words[i] = int.from_bytes(tail[start:].ljust(8, b"\0"), "little")
    return words


def _fast_numbers(matched: list, rows: np.ndarray, layouts: list) -> tuple:
    """The same numbers, runs and marker as `fallback._numbers`, read at each layout's digit columns."""
    numbers = np.zeros((len(rows), 6), dtype=np.int64)
    runs = np.zeros(len(rows), dtype=np.int64)
    marker = np.zeros(len(rows), dtype=np.int64)
    for (fit, head), (template, (begin, end)) in zip(matched, layouts):
        at = slice(None) if len(fit) == len(rows) else np.searchsorted(rows, fit)
        columns = np.flatnonzero(np.frombuffer(template, dtype=np.uint8)[begin:end] == 48) + begin
        groups = np.split(columns, np.flatnonzero(np.diff(columns) > 1) + 1) if len(columns) else []
        runs[at] = len(groups)
        for slot, group in enumerate(groups[:6]):
            value = head[:, group[0]].astype(np.int32) - 48  # runs have at most four digits
            for column in group[1:].tolist():
                value = value * 10 + (head[:, column] - 48)
            numbers[at, slot] = value
        letters = template[begin:end].lower()
        marker[at] = 2 if b"p" in letters else 1 if b"a" in letters else 0
    return numbers, runs, marker


def _fast_names(data: bytes, arr: np.ndarray, line_end: np.ndarray, name_at: np.ndarray) -> tuple | None:
    """Distinct sender names (first appearance first), a code per row, and where bodies start.

    Same rule as HEADER's `(?:([^:\\n]++): )?`: a name runs to the first colon on the line, which
    must come after at least one byte and be followed by a space.
    """
    n = len(arr)
    colons = positions(arr, 58)
    colon = np.append(colons, n)[np.searchsorted(colons, name_at)]
    has = (colon > name_at) & (colon < line_end) & (colon + 1 < n)
    has &= arr[np.minimum(colon + 1, n - 1)] == 32
    body_at = np.where(has, colon + 2, name_at)
    keyed = _name_keys(data, arr, name_at, colon, has)
    if keyed is None:
        return None
    firsts, keys, codes = keyed
    if not has.all():
        firsts.append(int(np.flatnonzero(~has)[0]))
        keys.append(None)
        codes[~has] = len(keys) - 1
    order = np.argsort(firsts, kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return [keys[i] for i in order.tolist()], rank[codes], body_at


def _name_keys(data: bytes, arr: np.ndarray, name_at: np.ndarray, colon: np.ndarray, has: np.ndarray) -> tuple | None:
    """Distinct names by length group: first row, raw bytes, and a provisional code per row.

    Names of one length are read as uint64 words (eight bytes each) and compared whole, so no
    bytes object is made per row: a chat has few names, each taken off in one vectorised pass.
    """
    rows_with = np.flatnonzero(has)
    lengths = colon[rows_with] - name_at[rows_with]
    if len(lengths) and lengths.max() > 4096:
        return None
    widths = np.flatnonzero(np.bincount(lengths)) if len(lengths) else lengths
    if len(widths) > 64 or widths.sum() > 4096:
        return None
    firsts: list[int] = []
    keys: list = []
    codes = np.zeros(len(has), dtype=np.int64)
    for width in widths.tolist():
        rows = rows_with[lengths == width] if len(widths) > 1 else rows_with
        words = np.stack([_words(arr, name_at[rows] + offset) & np.uint64((1 << 8 * min(8, width - offset)) - 1)
                          for offset in range(0, width, 8)], axis=1)
        group, first = _same_rows(words)
        codes[rows] = group + len(keys)
        firsts.extend(rows[first].tolist())
        keys.extend(data[start : start + width] for start in name_at[rows[first]].tolist())
    return firsts, keys, codes


def _same_rows(words: np.ndarray, passes: int = 16) -> tuple[np.ndarray, np.ndarray]:
    """A code per row, equal for equal rows, numbered in order of first appearance; first rows."""
    group = np.zeros(len(words), dtype=np.int64)
    firsts: list[int] = []
    todo = np.arange(len(words))
    while len(todo) and len(firsts) < passes:
        same = (words[todo] == words[todo[0]]).all(axis=1)
        group[todo[same]] = len(firsts)
        firsts.append(int(todo[0]))
        todo = todo[~same]
    if len(todo):  # many names: factorise the rest word by word
        rest = np.zeros(len(todo), dtype=np.int64)
        for column in words[todo].T:
            part, seen = pd.factorize(column)
            rest = pd.factorize(rest * len(seen) + part)[0]
        group[todo] = rest + len(firsts)
        firsts.extend(todo[np.unique(rest, return_index=True)[1]].tolist())
    return group, np.array(firsts, dtype=np.int64)


def _strip_newlines(arr: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Move each end back over newlines (blank lines before the next header), not past its start."""
    rows = np.flatnonzero(ends > starts)
    rows = rows[arr[ends[rows] - 1] == 10]
    while len(rows):
        ends[rows] -= 1
        rows = rows[ends[rows] > starts[rows]]
        rows = rows[arr[ends[rows] - 1] == 10]
    return ends
