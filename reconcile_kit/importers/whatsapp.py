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
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import ImportFormatError
from ._frame import Options, Raw, clean, fail
from ._io import decode, read_bytes, zip_member

_SP = rb"(?:[ \t]|\xc2\xa0|\xe2\x80[\xaf\x89\x8a])"  # space, NBSP, NNBSP, thin and hair space
# Each header starts after a newline (the file gets one in front); possessive quantifiers keep
# the scan from backtracking. Groups: date, time (with any AM/PM marker), sender (absent on
# Android system lines).
HEADER = re.compile(
    rb"\n(?:\xe2\x80[\x8e\x8f])?\[?"
    rb"(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
    rb",?" + _SP + rb"*+(?:klo )?"
    rb"(\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:" + _SP + rb"*+[AaPp]\.?" + _SP + rb"?[Mm]\.?)?)"
    rb"(?:\] | - )"
    rb"(?:([^:\n]++): )?"
)
# First bytes of bodies that may be media, deleted, call or system text: "<", "This…", "You…",
# "null", "Missed…", "Messages…", "Voice/Video call", and LRM (iOS).
_FIRST = frozenset((b"<", b"T", b"Y", b"n", b"M", b"V", b"v", b"\xe2"))
_MARKS = (b"\xe2\x80\x8e", b"\xe2\x80\x8f", b"\xe2\x81\xa8", b"\xe2\x81\xa9")
_DATE = re.compile(r"(\d+)\D(\d+)\D(\d+)")
_TIME = re.compile(r"(\d+)\D(\d+)(?:\D(\d\d))?(?:\D*([AaPp]))?")
ORDERS = ("dmy", "mdy", "ymd", "ydm")
_MEDIA = re.compile(
    r"<Media omitted>|<attached: [^>\n]*>|[^\n]+ \(file attached\)|null$|<[^<>\n]* omitted>"
    r"|(?:image|video|audio|sticker|GIF|document|Contact card|[Vv]iew once [a-z ]+) omitted$"
    r"|[^\n]* document omitted$"
)
_DELETED = re.compile(r"(?:This message was deleted|You deleted this message)\.?$")
_CALL = re.compile(r"(?i)(?:missed )?(?:group )?(?:voice|video) call(?:[,.].*)?$")
_SYSTEM = re.compile(
    r"Messages and calls are end-to-end encrypted|Messages to this (?:chat|group) are now secured"
    r"|Your security code with |You (?:un)?blocked this contact|.* changed their phone number"
    r"|.*disappearing messages|.* turned (?:on|off) disappearing"
)
_EDITED = "<This message was edited>"


class AmbiguousDateOrder(UserWarning):
    """Every date in the export reads both as day/month and as month/day."""


def load(path: Path, options: Options) -> Raw:
    """Read a WhatsApp export (.txt or .zip) into column lists."""
    data = _read(path, options)
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    data = b"\n" + data.removeprefix(b"\xef\xbb\xbf")
    parts = HEADER.split(data)
    _check_start(parts[0], path)
    dates, times, names, bodies = parts[1::4], parts[2::4], parts[3::4], parts[4::4]
    del parts
    if not bodies:
        raise fail(path, "", "no WhatsApp message header found (expected lines like '31/01/2024, 21:41 - Name: text')")
    at = _stamps(data, dates, times, path, options)
    senders = _senders(names)
    kinds = _kinds(data, bodies, names)
    texts = _texts(data, bodies, path)
    return Raw(at=at, sender=senders, text=texts, kind=kinds, local=True, uid_text=_uid_texts(texts, kinds))


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


def _stamps(data: bytes, dates: list, times: list, path: Path, options: Options) -> np.ndarray:
    """Naive local datetime64 values, parsing each distinct date and time once."""
    date_codes, date_uniques = _codes(dates)
    time_codes, time_uniques = _codes(times)
    triples = np.array([[int(g) for g in _DATE.match(d.decode()).groups()] for d in date_uniques], dtype=np.int64)
    order = _order(triples, time_uniques, options, path, lambda i: _line_of(data, date_codes, i))
    day_ns = _day_ns(triples, order, path, lambda i: _line_of(data, date_codes, i))
    second_ns = np.array([_seconds(t.decode("utf-8", "replace")) for t in time_uniques], dtype=np.int64)
    bad = np.flatnonzero(second_ns < 0)
    if bad.size:
        raise fail(path, f"line {_line_of(data, time_codes, bad[0])}", "the time is not a valid clock time")
    return (day_ns[date_codes] + second_ns[time_codes] * 1_000_000_000).astype("datetime64[ns]")


def _codes(values: list) -> tuple[np.ndarray, list]:
    """Integer codes and the distinct values in order of first appearance (None allowed)."""
    lookup: dict = {}
    add = lookup.setdefault
    codes = np.fromiter((add(v, len(lookup)) for v in values), dtype=np.int64, count=len(values))
    return codes, list(lookup)


def _seconds(text: str) -> int:
    """Seconds after midnight for '21:41', '9:41 PM', '9.41.05 p. m.'; -1 when invalid."""
    hour, minute, second, marker = _TIME.match(text).groups()
    h, m, s = int(hour), int(minute), int(second or 0)
    if marker:
        if not 1 <= h <= 12:
            return -1
        h = h % 12 + (12 if marker in "Pp" else 0)
    return h * 3600 + m * 60 + s if h < 24 and m < 60 and s < 60 else -1


def _order(triples: np.ndarray, times: np.ndarray, options: Options, path: Path, line_of) -> str:
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
    twelve_hour = any(re.search(rb"[AaPp]\.?\W?[Mm]", t) for t in times[:50])
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
    """Line number of the first header whose date (or time) is that distinct value."""
    row = int(np.flatnonzero(codes == unique_index)[0])
    for i, match in enumerate(HEADER.finditer(data)):
        if i == row:
            return data.count(b"\n", 0, match.start() + 1)
    return 0


def _senders(names: list) -> np.ndarray:
    """Decode each distinct sender name once; system lines (no name) get ""."""
    codes, uniques = _codes(names)
    decoded = [clean(u.decode("utf-8", "replace")).strip() if u is not None else "" for u in uniques]
    return np.array(decoded, dtype=object)[codes]


def _texts(data: bytes, bodies: list, path: Path) -> list[str]:
    """Decoded bodies without trailing newlines and invisible direction marks."""
    try:
        texts = list(map(bytes.decode, bodies))
    except UnicodeDecodeError:
        decode(data, path)  # raises, naming the line
        raise
    if b"\n\n" in data or texts[-1].endswith("\n"):
        texts = [t.rstrip("\n") if t.endswith("\n") else t for t in texts]
    if any(mark in data for mark in _MARKS):
        texts = [clean(t) for t in texts]
    if b"edited>" in data:
        texts = [t.removesuffix(_EDITED).rstrip(" ") if t.endswith(_EDITED) else t for t in texts]
    return texts


def _kinds(data: bytes, bodies: list, names: list) -> list[str]:
    """Kind per message; only bodies whose first byte could start a special phrase are examined."""
    kinds = ["text"] * len(bodies)
    attached = b"(file attached)" in data
    for i, (body, name) in enumerate(zip(bodies, names)):
        if name is None:
            kinds[i] = "system"
        elif body[:1] in _FIRST or (attached and b"(file attached)" in body):
            text = clean(body.decode("utf-8", "replace")).removesuffix(_EDITED).strip()
            kinds[i] = _kind(text, body[:1] == b"\xe2")
    return kinds


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


def _uid_texts(texts: list[str], kinds: list[str]) -> list[str]:
    """Text for the uid: media rows hash as their caption only, so exports with and without media agree."""
    return [t if k != "media" else t.split("\n", 1)[1] if "\n" in t else "" for t, k in zip(texts, kinds)]


def check_fmt(fmt: str) -> str | None:
    """The date order named in fmt 'whatsapp:dmy' (None for plain 'whatsapp')."""
    if ":" not in fmt:
        return None
    order = fmt.split(":", 1)[1].lower()
    if order not in ORDERS:
        raise ImportFormatError(f"unknown WhatsApp date order {order!r}: use one of {', '.join(ORDERS)}")
    return order
