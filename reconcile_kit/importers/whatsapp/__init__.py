"""WhatsApp "Export chat": Android and iOS `.txt`, or the `.zip` holding `_chat.txt`.

`HEADER` defines a header. `fast.scan` finds them with numpy when the file's headers share a few
layouts (the usual case: no Python work per line); otherwise one compiled regex split over the
raw bytes does. The bodies are the bytes between headers. Dates are parsed once per distinct
value, and the date order (d/m/y, m/d/y, y/m/d) is chosen from all of them at once: a day above
12 anywhere settles it, then the order in which dates appear, then `dayfirst`.
See /work/shared/FORMATS.md section 1 for the variants and the traps this avoids.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from ...errors import ImportFormatError
from .._frame import Options, Raw, clean, fail, hash_texts, repeat
from .._io import decode, read_bytes, zip_member
from .fast import Fields, scan

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


def load(path: Path, options: Options) -> Raw:
    """Read a WhatsApp export (.txt or .zip) into column lists."""
    data = _read(path, options)
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    data = data.removeprefix(b"\xef\xbb\xbf")  # copies the text only when it starts with a BOM
    fields = scan(data, _SPLIT, _FIRST_LINE) or _regex_fields(data, path)
    at = _stamps(data, fields, path, options)
    nameless = np.equal(np.array(fields.names, dtype=object), None)[fields.codes]
    senders = _senders(fields.names, fields.codes)
    bodies = fields.bodies
    marked = _MARKS.search(data) is not None
    kinds, media = _kinds(b"(file attached)" in data, marked, bodies, fields.maybe & ~nameless, nameless)
    del fields
    texts = _texts(data, bodies, path, marked)
    for i in media.tolist():
        bodies[i] = _caption(bodies[i])
    keys = hash_texts(np.array(bodies, dtype=object))  # hashed now so the raw bodies can go
    return Raw(at=at, sender=senders, text=texts, kind=kinds, local=True, uid_text=keys)


def _regex_fields(data: bytes, path: Path) -> Fields:
    """Every message by one regex split; stamps parsed by layout (any mix of header styles)."""
    stamps, names, firsts, bodies = _split(data, path)
    numbers, runs, marker = _numbers(stamps)
    del stamps
    lookup = dict.fromkeys(names)
    for i, key in enumerate(lookup):
        lookup[key] = i
    codes = np.array(list(map(lookup.__getitem__, names)), dtype=np.int64)
    maybe = np.array(firsts, dtype=object).astype(bool)
    return Fields(numbers, runs, marker, list(lookup), codes, maybe, bodies)


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


def _stamps(data: bytes, fields: Fields, path: Path, options: Options) -> np.ndarray:
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
        texts = [t.removesuffix(_EDITED).rstrip(" ") if t.endswith(_EDITED) else t for t in texts]
    return texts


def _kinds(attached: bool, marked: bool, bodies: list, maybe: np.ndarray, nameless: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Kind per message, and the rows that are media.

    Only bodies whose first byte could start a special phrase are examined (and, when the file
    holds "(file attached)" anywhere, bodies with it), each distinct one once: bodies repeat.
    """
    kinds = repeat("text", len(bodies))
    kinds[nameless] = "system"
    if attached:
        maybe |= np.array([b"(file attached)" in body for body in bodies]) & ~nameless
    rows = np.flatnonzero(maybe)
    if len(rows):
        candidates = np.empty(len(rows), dtype=object)
        candidates[:] = [bodies[i] for i in rows.tolist()]
        codes, unique = pd.factorize(candidates)
        plain = _plainly_text if not marked else lambda body: False
        found = np.array(["text" if plain(body) else _body_kind(body) for body in unique], dtype=object)[codes]
        kinds[rows] = found
        return kinds, rows[found == "media"]
    return kinds, rows


def _plainly_text(body: bytes) -> bool:
    """True for a body that cannot match any phrase in `_ANY`, told from its bytes alone.

    Only for files without direction marks (so cleaning changes nothing). Every phrase starts
    with one of `_PREFIXES` (exact in lower case for ASCII; re's IGNORECASE also folds "ı", "ſ",
    "K", hence the ASCII test) or contains one of `_INSIDE`. A body starting with another
    character that stripping keeps (not a space) can only match through `_INSIDE`.
    """
    first = body[:1]
    if first in _LETTERS:
        head = body[:24]  # as long as the longest prefix
        if not head.isascii() or head.lower().startswith(_PREFIXES):
            return False
    elif first != b"\xe2" or body.startswith(_LRM_RLM) or body[:3].decode("utf-8", "replace").isspace():
        return False
    return _INSIDE.search(body) is None


_LETTERS = frozenset(bytes([c]) for c in b"TYnMVv")
_PREFIXES = (b"null", b"video", b"view once", b"this message was deleted", b"you deleted this message",
             b"messages and calls", b"messages to this", b"your security code with ", b"you blocked",
             b"you unblocked", b"missed ", b"group ", b"voice call")
_INSIDE = re.compile(rb"\(file attached\)|document omitted| changed their phone number|disappearing")


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
