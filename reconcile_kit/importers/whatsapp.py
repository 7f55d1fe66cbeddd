"""WhatsApp "Export chat": Android and iOS `.txt`, or the `.zip` holding `_chat.txt`.

One compiled regex, anchored at line starts, finds every header in the raw bytes; the bodies are
the bytes between headers. Dates and times repeat a lot, so only their distinct values are
parsed, and the date order (d/m/y, m/d/y, y/m/d) is chosen from all of them at once: a day above
12 anywhere settles it, then the order in which dates appear, then `dayfirst`.
See /work/shared/FORMATS.md section 1 for the variants and the traps this avoids.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import ImportFormatError
from ._frame import Options, Raw, clean, fail, hash_texts, repeat
from ._io import decode, read_bytes, zip_member

_SP = rb"(?:[ \t]|\xc2\xa0|\xe2\x80[\xaf\x89\x8a])"  # space, NBSP, NNBSP, thin and hair space
# Each header starts after newlines (the file gets one in front, and blank lines at the end of a
# message go with the next header, so bodies need no stripping); possessive quantifiers keep
# the scan from backtracking. Groups: date, time (with any AM/PM marker), sender (absent on
# Android system lines).
HEADER = re.compile(
    rb"\n++(?:\xe2\x80[\x8e\x8f])?\[?"
    rb"(\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?" + _SP + rb"*+(?:klo )?"
    rb"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:" + _SP + rb"*+[AaPp]\.?" + _SP + rb"?[Mm]\.?)?)"
    rb"(?:\] | - )"
    rb"(?:([^:\n]++): )?"
)
# First bytes of bodies that may be media, deleted, call or system text: "<", "This…", "You…",
# "null", "Missed…", "Messages…", "Voice/Video call", and LRM (iOS). The split captures that
# byte (or b"" for any other) so no Python loop has to look at every body.
_MAYBE = rb"(?=([<TYnMVv\xe2]|))"
# HEADER with exactly one newline in front: a literal first byte lets the regex engine scan
# ahead quickly. Blank lines before a header then stay on the previous body and are stripped.
_SPLIT = re.compile(HEADER.pattern.replace(rb"\n++", rb"\n", 1) + _MAYBE)
_FIRST_LINE = re.compile(HEADER.pattern.replace(rb"\n++", rb"", 1) + _MAYBE)
_MARKS = re.compile(rb"\xe2(?:\x80[\x8e\x8f]|\x81[\xa8\xa9])")  # LRM, RLM, FSI, PDI: one scan finds any
ORDERS = ("dmy", "mdy", "ymd", "ydm")
_MEDIA = re.compile(
    r"<Media omitted>|<attached: [^>\n]*>|[^\n]+ \(file attached\)|null$|<[^<>\n]* omitted>"
    r"|(?:image|video|audio|sticker|GIF|document|Contact card|[Vv]iew once [a-z ]+) omitted$"
    r"|[^\n]* document omitted$"
)
_DELETED = re.compile(r"(?:This message was deleted|You deleted this message)\.?$")
_CALL = re.compile(r"(?:missed )?(?:group )?(?:voice|video) call(?:[,.].*)?$", re.I)
_SYSTEM = re.compile(
    r"Messages and calls are end-to-end encrypted|Messages to this (?:chat|group) are now secured"
    r"|Your security code with |You (?:un)?blocked this contact|.* changed their phone number"
    r"|.*disappearing messages|.* turned (?:on|off) disappearing"
)
_EDITED = "<This message was edited>"
# Matches wherever one of the four above does (a text it misses is plain "text").
_ANY = re.compile("|".join(f"(?:{r.pattern})" for r in (_MEDIA, _DELETED, _SYSTEM)) + f"|(?i:{_CALL.pattern})")
_LRM_RLM = (b"\xe2\x80\x8e", b"\xe2\x80\x8f")  # iPhone media and system lines start with one


class AmbiguousDateOrder(UserWarning):
    """Every date in the export reads both as day/month and as month/day."""


@dataclass
class _Fields:
    """Every message's header numbers, sender and body, as either path below finds them."""

    numbers: np.ndarray  # n x 6 digit runs of the stamp (day/month/year, hour, minute, second)
    runs: np.ndarray  # how many digit runs each stamp has
    marker: np.ndarray  # 0 no AM/PM, 1 AM, 2 PM
    names: list  # distinct raw sender names (None: system line) in order of first appearance
    codes: np.ndarray  # index into names per message
    maybe: np.ndarray  # True where the body starts with a byte a special phrase can start with
    bodies: list  # raw body bytes, trailing newlines removed


def load(path: Path, options: Options) -> Raw:
    """Read a WhatsApp export (.txt or .zip) into column lists."""
    data = _read(path, options)
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    data = data.removeprefix(b"\xef\xbb\xbf")  # copies the text only when it starts with a BOM
    fields = _fast_fields(data) or _regex_fields(data, path)
    at = _stamps(data, fields, path, options)
    nameless = np.equal(np.array(fields.names, dtype=object), None)[fields.codes]
    senders = _senders(fields.names, fields.codes)
    bodies = fields.bodies
    kinds = _kinds(data, bodies, fields.maybe & ~nameless, nameless)
    del fields
    texts = _texts(data, bodies, path)
    for i in np.flatnonzero(kinds == "media"):
        bodies[i] = _caption(bodies[i])
    keys = hash_texts(np.array(bodies, dtype=object))  # hashed now so the raw bodies can go
    return Raw(at=at, sender=senders, text=texts, kind=kinds, local=True, uid_text=keys)


def _regex_fields(data: bytes, path: Path) -> _Fields:
    """Every message by one regex split; stamps parsed by layout (any mix of header styles)."""
    stamps, names, firsts, bodies = _split(data, path)
    numbers, runs, marker = _numbers(stamps)
    del stamps
    lookup = dict.fromkeys(names)
    for i, key in enumerate(lookup):
        lookup[key] = i
    codes = np.array(list(map(lookup.__getitem__, names)), dtype=np.int64)
    maybe = np.array(firsts, dtype=object).astype(bool)
    return _Fields(numbers, runs, marker, list(lookup), codes, maybe, bodies)


def _split(data: bytes, path: Path) -> tuple[list, list, list, list]:
    """Stamps, names (None on system lines), first bytes and bodies of every message, in one pass.

    `_SPLIT` needs a newline in front of each header, so a header on the very first line is
    matched on its own (the text is not copied to prepend one).
    """
    parts = _SPLIT.split(data)
    head = parts[0]
    stamps, names, firsts, bodies = parts[1::4], parts[2::4], parts[3::4], parts[4::4]
    del parts
    first = _FIRST_LINE.match(head)
    if first:
        for column, value in zip((stamps, names, firsts, bodies), (*first.groups(), head[first.end() :])):
            column.insert(0, value)
    else:
        _check_start(head, path)
    if not bodies:
        raise fail(path, "", "no WhatsApp message header found (expected lines like '31/01/2024, 21:41 - Name: text')")
    if b"\n\n" in data:  # blank lines before a header end the previous body
        bodies = [body.rstrip(b"\n") if body.endswith(b"\n") else body for body in bodies]
    else:
        bodies[-1] = bodies[-1].rstrip(b"\n")
    return stamps, names, firsts, bodies


# --- Fast path: headers found with numpy --------------------------------------------------
# HEADER's match depends only on whether each byte is a digit and on the other bytes, so a line
# that starts with the same bytes as a sampled header (digits aside) is a header with the same
# stamp. Lines that start like a header but fit no sampled layout are checked with the regex;
# if any of them is one, the regex path reads the file instead.
_DIGIT = np.zeros(256, dtype=bool)
_DIGIT[48:58] = True
_CAN_START = _DIGIT.copy()
_CAN_START[[ord("["), 0xE2]] = True
_MAYBE_BYTE = np.zeros(256, dtype=bool)
_MAYBE_BYTE[list(b"<TYnMVv\xe2")] = True
_ZEROS = bytes.maketrans(b"123456789", b"000000000")
_SAMPLE, _MAX_LAYOUTS, _MAX_UNSURE = 1 << 14, 4, 1000


def _fast_fields(data: bytes) -> _Fields | None:
    """Every message by numpy when its headers have a few fixed layouts, else None."""
    layouts = _layouts_in(data)
    if not layouts or len(data) >= 2**31:
        return None
    arr = np.frombuffer(data, dtype=np.uint8)
    newlines = np.flatnonzero(arr == 10)
    starts = np.concatenate(([0], newlines + 1))
    starts = starts[starts < len(arr)]
    layout = np.full(len(starts), -1, dtype=np.int64)
    matched = []
    for code, (template, _) in enumerate(layouts):
        fit, head = _fits(arr, starts, template)
        layout[fit] = code
        matched.append((fit, head))
    if not _others_are_text(data, arr, starts, layout):
        return None
    rows = np.flatnonzero(layout >= 0)
    line_end = np.append(starts[1:] - 1, len(arr))[rows]
    line, layout = starts[rows], layout[rows]
    if line[0] and data[: line[0]].strip(b" \t\n\xef\xbb\xbf"):
        return None  # text before the first header: the regex path names the error
    numbers, runs, marker = _fast_numbers(matched, rows, layouts)
    del matched, starts, rows
    name_at = line + np.array([len(t) for t, _ in layouts], dtype=np.int64)[layout]
    named = _fast_names(data, arr, line_end, name_at)
    if named is None:
        return None
    names, codes, body_at = named
    ends = np.append(line[1:] - 1, len(arr))
    ends = _strip_newlines(arr, body_at, ends)
    maybe = np.zeros(len(line), dtype=bool)
    inside = body_at < len(arr)
    maybe[inside] = _MAYBE_BYTE[arr[body_at[inside]]]
    return _Fields(numbers, runs, marker, names, codes, maybe, _slices(data, body_at, ends))


def _slices(data: bytes, starts: np.ndarray, ends: np.ndarray, step: int = 1 << 14) -> list[bytes]:
    """data[start:end] for each pair; positions become Python ints a block at a time (less memory)."""
    pieces: list[bytes] = []
    for low in range(0, len(starts), step):
        pieces += [data[a:b] for a, b in zip(starts[low : low + step].tolist(), ends[low : low + step].tolist())]
    return pieces


def _layouts_in(data: bytes) -> list[tuple[bytes, tuple[int, int]]]:
    """Header layouts of the first 16 KB: the header bytes with digits as "0", and the stamp span."""
    head = data[:_SAMPLE]
    found = list(_SPLIT.finditer(head))
    first = _FIRST_LINE.match(head)
    spans = [(m.start() + 1, m) for m in found] + ([(0, first)] if first else [])
    layouts: dict[bytes, tuple[int, int]] = {}
    for begin, match in spans:
        stop = match.end(1) + (2 if head[match.end(1) : match.end(1) + 1] == b"]" else 3)
        template = head[begin:stop].translate(_ZEROS)
        layouts.setdefault(template, (match.start(1) - begin, match.end(1) - begin))
    return list(layouts.items()) if len(layouts) <= _MAX_LAYOUTS else []


def _fits(arr: np.ndarray, starts: np.ndarray, template: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Line starts whose bytes match the template ("0" = any digit), and those lines' first bytes.

    Eight bytes are compared at once: each line's bytes are read as little-endian uint64 words,
    literal bytes are masked and compared, digit bytes are tested as 0x30-0x39 in every lane.
    Returns indexes into starts and an (n, 8k) uint8 matrix of the matching lines' bytes.
    """
    rows = np.flatnonzero(starts + len(template) <= len(arr))
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


def _others_are_text(data: bytes, arr: np.ndarray, starts: np.ndarray, layout: np.ndarray) -> bool:
    """True when no line outside the sampled layouts is a header either (checked by the regex)."""
    unsure = starts[(layout < 0) & _CAN_START[arr[starts]]]
    if len(unsure) > _MAX_UNSURE:
        return False
    for start in unsure.tolist():
        if (_SPLIT.match(data, start - 1) if start else _FIRST_LINE.match(data)) is not None:
            return False
    return True


def _fast_numbers(matched: list, rows: np.ndarray, layouts: list) -> tuple:
    """The same numbers, runs and marker as `_numbers`, read at each layout's digit columns."""
    numbers = np.zeros((len(rows), 6), dtype=np.int64)
    runs = np.zeros(len(rows), dtype=np.int64)
    marker = np.zeros(len(rows), dtype=np.int64)
    for (fit, head), (template, (begin, end)) in zip(matched, layouts):
        at = np.searchsorted(rows, fit) if len(layouts) > 1 else slice(None)
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
    colons = np.flatnonzero(arr == 58)
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

    Within one length, names are told apart eight bytes at a time (uint64 words, factorised in
    order of appearance), so every byte is compared without making a bytes object per row.
    """
    rows_with = np.flatnonzero(has)
    lengths = colon[rows_with] - name_at[rows_with]
    widths = np.unique(lengths)
    if len(widths) > 64 or widths.sum() > 4096:
        return None
    firsts: list[int] = []
    keys: list = []
    codes = np.zeros(len(has), dtype=np.int64)
    for width in widths.tolist():
        rows = rows_with[lengths == width] if len(widths) > 1 else rows_with
        group = np.zeros(len(rows), dtype=np.int64)
        for offset in range(0, width, 8):
            words = _words(arr, name_at[rows] + offset) & np.uint64((1 << 8 * min(8, width - offset)) - 1)
            part, seen = pd.factorize(words)
            group = pd.factorize(group * len(seen) + part)[0]
        first = np.unique(group, return_index=True)[1]
        codes[rows] = group + len(keys)
        firsts.extend(rows[first].tolist())
        keys.extend(data[start : start + width] for start in name_at[rows[first]].tolist())
    return firsts, keys, codes


def _strip_newlines(arr: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Move each end back over newlines (blank lines before the next header), not past its start."""
    rows = np.flatnonzero(ends > starts)
    rows = rows[arr[ends[rows] - 1] == 10]
    while len(rows):
        ends[rows] -= 1
        rows = rows[ends[rows] > starts[rows]]
        rows = rows[arr[ends[rows] - 1] == 10]
    return ends


def _view(data: bytes) -> bytes:
    """The text as line numbers in error messages count it: a newline in front, none at the end."""
    return b"\n" + data.rstrip(b"\n")


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


def _check_start(head: bytes, path: Path) -> None:
    """Text before the first header means this is not a WhatsApp export (or it was cut)."""
    if head.strip(b" \t\n\xef\xbb\xbf"):
        first = head.strip().split(b"\n", 1)[0][:60].decode("utf-8", "replace")
        raise fail(path, "line 1", f"expected a WhatsApp message header such as '31/01/2024, 21:41 - Name:', found {first!r}")


def _stamps(data: bytes, fields: _Fields, path: Path, options: Options) -> np.ndarray:
    """Naive local datetime64 values from the header numbers, computed with numpy."""
    numbers, runs, marker = fields.numbers, fields.runs, fields.marker
    keys = numbers[:, 0] * 10**8 + numbers[:, 1] * 10**4 + numbers[:, 2]
    date_codes, date_keys = pd.factorize(keys)
    triples = np.stack([date_keys // 10**8, date_keys // 10**4 % 10**4, date_keys % 10**4], axis=1)
    line_of = lambda i: _line_of(_view(data), date_codes, i)  # noqa: E731 - only called on errors
    order = _order(triples, bool(marker.any()), options, path, line_of)
    day_ns = _day_ns(triples, order, path, line_of)
    hour, minute = numbers[:, 3], numbers[:, 4]
    second = np.where(runs == 6, numbers[:, 5], 0)
    twelve = marker > 0
    bad = (twelve & ((hour < 1) | (hour > 12))) | (hour > 23) | (minute > 59) | (second > 59) | (runs < 5)
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise fail(path, f"line {_line_of(_view(data), np.arange(len(bad)), row)}", "the time is not a valid clock time")
    hour = np.where(twelve, hour % 12 + np.where(marker == 2, 12, 0), hour)
    seconds = hour * 3600 + minute * 60 + second
    return (day_ns[date_codes] + seconds * 1_000_000_000).astype("datetime64[ns]")


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


def _order(triples: np.ndarray, twelve_hour: bool, options: Options, path: Path, line_of) -> str:
    """Choose the date order from every distinct date (in the order they first appear)."""
    if options.order:
        return options.order
    year_first = bool((triples[:, 0] > 31).any() or (triples[:, 0] >= 1000).any())
    if year_first:
        return "ydm" if (triples[:, 1] > 12).any() and not (triples[:, 2] > 12).any() else "ymd"
    if options.dayfirst is not None:
        return "dmy" if options.dayfirst else "mdy"
    first_big, second_big = triples[:, 0] > 12, triples[:, 1] > 12
    if first_big.any() and second_big.any():
        where = line_of(int(np.flatnonzero(second_big)[0]))
        raise fail(path, f"line {where}", "dates are written both day-first and month-first; pass fmt='whatsapp:dmy' or 'whatsapp:mdy'")
    if first_big.any() or second_big.any():
        return "dmy" if first_big.any() else "mdy"
    steps = {o: _backward_steps(triples, o) for o in ("dmy", "mdy")}
    if steps["dmy"] != steps["mdy"]:
        return min(steps, key=steps.get)
    order = "mdy" if twelve_hour else "dmy"
    warnings.warn(
        f"{path.name}: every date reads both as day/month and month/day; using {order} "
        "(pass dayfirst=True or dayfirst=False to choose)",
        AmbiguousDateOrder,
        stacklevel=4,
    )
    return order


def _ymd(triples: np.ndarray, order: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Year, month, day columns for a date order; two-digit years are 20xx."""
    cols = {key: triples[:, i] for i, key in enumerate(order)}
    year = np.where(cols["y"] < 100, cols["y"] + 2000, cols["y"])
    return year, cols["m"], cols["d"]


def _backward_steps(triples: np.ndarray, order: str) -> int:
    """How often a date comes before the one above it, read in this order."""
    year, month, day = _ymd(triples, order)
    key = year * 10000 + month * 100 + day
    return int((np.diff(key) < 0).sum())


def _day_ns(triples: np.ndarray, order: str, path: Path, line_of) -> np.ndarray:
    """Midnight of each distinct date as epoch nanoseconds (naive), or an error naming the line."""
    year, month, day = _ymd(triples, order)
    stamps = pd.to_datetime(pd.DataFrame({"year": year, "month": month, "day": day}), errors="coerce")
    bad = np.flatnonzero(stamps.isna().to_numpy())
    if bad.size:
        raise fail(path, f"line {line_of(int(bad[0]))}", f"not a valid date when read as {order}; pass dayfirst= or fmt='whatsapp:<order>'")
    return stamps.to_numpy().astype("datetime64[ns]").view(np.int64)


def _line_of(data: bytes, codes: np.ndarray, unique_index: int) -> int:
    """Line number of the first header whose date (or row) has that code."""
    row = int(np.flatnonzero(codes == unique_index)[0])
    for i, match in enumerate(HEADER.finditer(data)):
        if i == row:
            return data.count(b"\n", 0, match.start() + 1)
    return 0


def _senders(names: list, codes: np.ndarray) -> pd.Categorical:
    """Sender per row as a categorical (each distinct name decoded once; system lines get "")."""
    decoded = [clean(u.decode("utf-8", "replace")).strip() if u is not None else "" for u in names]
    unique = list(dict.fromkeys(decoded))
    remap = np.array([unique.index(d) for d in decoded], dtype=np.int64)
    return pd.Categorical.from_codes(remap[codes], categories=pd.Index(unique, dtype=object))


def _texts(data: bytes, bodies: list, path: Path) -> list[str]:
    """Decoded bodies without trailing newlines and invisible direction marks."""
    try:
        texts = list(map(bytes.decode, bodies))
    except UnicodeDecodeError:
        decode(data.rstrip(b"\n"), path)  # raises, naming the line
        raise
    if _MARKS.search(data):
        texts = [clean(t) for t in texts]
    if b"edited>" in data:
        texts = [t.removesuffix(_EDITED).rstrip(" ") if t.endswith(_EDITED) else t for t in texts]
    return texts


def _kinds(data: bytes, bodies: list, maybe: np.ndarray, nameless: np.ndarray) -> np.ndarray:
    """Kind per message; only bodies whose first byte could start a special phrase are examined.

    Bodies repeat ("<Media omitted>"), so each distinct one is classified once.
    """
    kinds = repeat("text", len(bodies))
    kinds[nameless] = "system"
    if b"(file attached)" in data:
        maybe |= np.array([b"(file attached)" in body for body in bodies]) & ~nameless
    rows = np.flatnonzero(maybe)
    if len(rows):
        candidates = np.empty(len(rows), dtype=object)
        candidates[:] = [bodies[i] for i in rows.tolist()]
        codes, unique = pd.factorize(candidates)
        kinds[rows] = np.array([_body_kind(body) for body in unique], dtype=object)[codes]
    return kinds


def _body_kind(body: bytes) -> str:
    """The kind of one body; one combined regex clears most plain texts at once."""
    text = clean(body.decode("utf-8", "replace")).removesuffix(_EDITED).strip()
    lrm = body.startswith(_LRM_RLM)
    if not lrm and not _ANY.match(text):
        return "text"
    return _kind(text, lrm)


def _kind(text: str, lrm: bool) -> str:
    """text, media, deleted, call or system, from the fixed English phrases WhatsApp writes."""
    if _MEDIA.match(text):
        return "media"
    if _DELETED.match(text):
        return "deleted"
    if (lrm or len(text) < 40) and _CALL.match(text):
        return "call"
    if (lrm and not text.startswith(("@", "http"))) or _SYSTEM.match(text):
        return "system"
    return "text"


def check_fmt(fmt: str) -> str | None:
    """The date order named in fmt 'whatsapp:dmy' (None for plain 'whatsapp')."""
    if ":" not in fmt:
        return None
    order = fmt.split(":", 1)[1].lower()
    if order not in ORDERS:
        raise ImportFormatError(f"unknown WhatsApp date order {order!r}: use one of {', '.join(ORDERS)}")
    return order
