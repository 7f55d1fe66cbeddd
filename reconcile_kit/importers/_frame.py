"""Shared pieces of every importer: options, time zones, `me` matching, the final frame.

Each format module turns a file into a `Raw` set of column lists (time, sender, text, kind and,
when the format knows it, direction) plus a `Report` of what it could not read; `finish` turns
that into the messages frame that docs/architecture.md describes: direction, chars, a stable
uid, time order, and the report in `attrs["skipped"]` / `attrs["repaired"]`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pandas as pd

from ..arrays import objects
from ..errors import ImportFormatError
from .report import Report, refuse_if_unreadable

COLUMNS = ("at", "sender", "direction", "channel", "kind", "text", "chars", "source", "uid")
KINDS = ("text", "media", "deleted", "call", "system")
# Invisible direction marks that exports add around text; removed from `text` and `chars`.
INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u2068\u2069"))
# The sender of an incoming row whose export names nobody (sigtop without a `source`): not a
# person of its own, so it never makes a chat a group (people.py).
UNNAMED = "them"
# Times outside these years are not message times (a phone whose clock was reset writes 1970).
FIRST_YEAR, LAST_YEAR = 1980, 2099
_MS_RANGE = (315_532_800_000, 4_102_444_800_000)  # 1980-01-01 and 2100-01-01 in epoch ms


@dataclass(frozen=True)
class Options:
    """What the caller told `load_messages`, shared by every loader."""

    me: tuple[str, ...]
    tz: tzinfo
    dayfirst: bool | None = None
    order: str | None = None  # WhatsApp date order forced through fmt ("dmy", "mdy", "ymd", "ydm")
    chat: str | None = None
    contact: str | None = None
    progress: bool | None = None
    label: str = field(default="me")  # sender written on the user's own rows when a format has no name

    @classmethod
    def build(cls, me: str | list[str] | tuple[str, ...] | None, tz: str | tzinfo | None, **rest: Any) -> Options:
        """Validate `me` and `tz` and build the options; `me=None` is a preview (nobody is you yet)."""
        if me is None:
            return cls(me=(), tz=zone(tz), label="me", **rest)
        names = (me,) if isinstance(me, str) else tuple(me)
        names = tuple(str(name).strip() for name in names if str(name).strip())
        if not names:
            raise ImportFormatError("me is empty: give your own name (or names/numbers) as the chat shows it")
        return cls(me=names, tz=zone(tz), label=names[0], **rest)


@dataclass
class Raw:
    """Column lists a loader collected, in file order."""

    at: Any  # naive local datetime64 values (`local=True`) or UTC epoch nanoseconds
    sender: Any  # list of str, or a pd.Categorical (codes + names) when the loader has one
    text: list[str]
    kind: Any  # list of str, or an object array
    out: Any = None  # bool array when the format itself says who sent each message
    local: bool = False
    uid_text: Any = None  # str/bytes per row for the uid when it differs from `text`, or their uint64 hashes
    report: Report = field(default_factory=Report)  # what could not be read as written
    unit: str = "line"  # how `where` numbers the rows: "line", "message" or "record"
    where: Any = None  # each row's number (1-based), or a function from row indexes to numbers

    def numbers(self, rows: np.ndarray) -> list[int]:
        """The line or record numbers of some rows, for the report (0 when the loader kept none)."""
        if self.where is None:
            return [0] * len(rows)
        found = self.where(rows) if callable(self.where) else np.asarray(self.where)[rows]
        return [int(n) for n in found]


def plausible_ms(ms: Any) -> bool:
    """True for an int of epoch milliseconds between FIRST_YEAR and LAST_YEAR."""
    return isinstance(ms, int) and not isinstance(ms, bool) and _MS_RANGE[0] <= ms < _MS_RANGE[1]


def time_reason(value: Any, field_name: str, unit: str) -> str:
    """Why a record's time cannot be used: missing, not a number, or outside the plausible years."""
    if value is None:
        return f"no {field_name}"
    if isinstance(value, bool) or not isinstance(value, int):
        return f"{field_name} {str(value)[:40]!r} is not a number of {unit}"
    return f"{field_name} {value} is not a time between {FIRST_YEAR} and {LAST_YEAR}"


def zone(tz: str | tzinfo | None) -> tzinfo:
    """Return a tzinfo for a zone name, a tzinfo, or the machine's own zone for None."""
    if isinstance(tz, tzinfo):
        return tz
    if tz is not None:
        try:
            return ZoneInfo(str(tz))
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ImportFormatError(f"unknown time zone {tz!r}: use an IANA name such as 'Europe/Berlin'") from exc
    return local_zone()


def local_zone() -> tzinfo:
    """The machine's zone: $TZ, then /etc/localtime, then the current fixed offset."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        resolved = str(Path("/etc/localtime").resolve())
        candidates.append(resolved.split("zoneinfo/", 1)[1] if "zoneinfo/" in resolved else "")
    except OSError:
        pass
    for key in candidates:
        try:
            return ZoneInfo(key) if key else _skip()
        except (ZoneInfoNotFoundError, ValueError, LookupError):
            continue
    return datetime.now().astimezone().tzinfo or ZoneInfo("UTC")


def _skip() -> tzinfo:
    raise LookupError


def to_utc(naive: Any, tz: tzinfo) -> pd.DatetimeIndex:
    """Localise naive local times to `tz` and convert to UTC.

    A time that happens twice (clocks going back) is read as the first, summer-time one; a time
    that never happened (clocks going forward) is moved forward to the first valid instant.
    """
    index = pd.DatetimeIndex(naive).as_unit("ns")
    if len(index) == 0:
        return index.tz_localize("UTC")
    first = np.ones(len(index), dtype=bool)
    local = index.tz_localize(tz, ambiguous=first, nonexistent="shift_forward")
    return local.tz_convert("UTC")


def digits(value: str) -> str:
    """The last ten digits of a phone number, or "" when it has fewer than seven digits."""
    only = re.sub(r"\D", "", value)
    return only[-10:] if len(only) >= 7 else ""


def same_number(a: str, b: str) -> bool:
    """True when two phone numbers agree on their last 9-10 digits."""
    da, db = digits(a), digits(b)
    if not da or not db:
        return False
    width = min(len(da), len(db), 10)
    return width >= 7 and da[-width:] == db[-width:]


def is_me(name: str, me: tuple[str, ...]) -> bool:
    """True when a sender is one of the user's own names or numbers (case and spaces ignored)."""
    key = " ".join(name.split()).casefold()
    for mine in me:
        if key == " ".join(mine.split()).casefold() or same_number(name, mine):
            return True
    return False


def finish(raw: Raw, source: str, options: Options, path: Path) -> pd.DataFrame:
    """Turn a loader's column lists into the messages frame, in time order, with uids.

    Refuses a file with nothing readable or too much unreadable (report.refuse_if_unreadable);
    leaves out copies of a repeated stretch (`_copies`); puts the report on the frame's attrs.
    """
    raw.report.in_order()
    refuse_if_unreadable(raw.report, len(raw.text), path)
    if len(raw.text) == 0:
        raise ImportFormatError(f"{path.name}: no messages found; expected a chat export with at least one message")
    at = to_utc(raw.at, options.tz) if raw.local else pd.DatetimeIndex(np.asarray(raw.at, "datetime64[ns]"), tz="UTC")
    stamps = at.asi8
    if isinstance(raw.sender, pd.Categorical):
        codes, names = raw.sender.codes.astype(np.int64), raw.sender.categories
        sender = np.asarray(names, dtype=object)[codes]
    else:
        sender = np.asarray(raw.sender, dtype=object)
        codes, names = pd.factorize(sender)
    kind = np.asarray(raw.kind, dtype=object)
    text = objects(raw.text)
    chars = np.fromiter(map(len, raw.text), dtype=np.int64, count=len(text))  # a list iterates fastest
    if isinstance(raw.uid_text, np.ndarray) and raw.uid_text.dtype == np.uint64:
        key_hash = raw.uid_text
    else:
        key_hash = hash_texts(np.asarray(raw.uid_text, dtype=object) if raw.uid_text is not None else text)
    name_hash = _hash(np.asarray(names, dtype=object), 1)
    given = None if raw.out is None else np.asarray(raw.out, dtype=bool)
    monotonic = at.is_monotonic_increasing
    if not monotonic:
        keep = _copies(raw, stamps, name_hash[codes], key_hash)
        if keep is not None:
            stamps, sender, codes, kind, text, chars, key_hash = (
                column[keep] for column in (stamps, sender, codes, kind, text, chars, key_hash)
            )
            given = None if given is None else given[keep]
    out = _directions(given, codes, names, kind, options, path)
    order = None if monotonic else np.argsort(stamps, kind="stable")
    if order is not None:
        stamps, sender, codes, kind, out, text, chars, key_hash = (
            column[order] for column in (stamps, sender, codes, kind, out, text, chars, key_hash)
        )
    n = len(text)
    # The object columns go straight into one 2-D block, as pandas would consolidate them, so
    # neither a second copy nor pandas' str inference (which copies every text) happens.
    block = np.empty((len(_OBJECT_COLUMNS), n), dtype=object)
    block[0], block[3], block[4] = sender, kind, text
    block[1].fill("in")
    block[1][out] = "out"
    block[2].fill("text")
    block[5].fill(source)
    block[6] = uids(source, stamps, name_hash[codes], key_hash)
    frame = pd.DataFrame(block.T, columns=_OBJECT_COLUMNS, dtype=object, copy=False)
    frame.insert(0, "at", pd.DatetimeIndex(stamps.view("datetime64[ns]"), tz="UTC"))
    frame.insert(COLUMNS.index("chars"), "chars", chars)
    raw.report.in_order()
    frame.attrs["skipped"] = raw.report.skipped
    frame.attrs["repaired"] = raw.report.repaired
    return frame


def _copies(raw: Raw, stamps: np.ndarray, sender_hash: np.ndarray, text_hash: np.ndarray) -> np.ndarray | None:
    """Rows to keep when a stretch of the file repeats messages already read, else None.

    A row is a copy when its time, sender and text equal an earlier row's and it comes after
    the file has gone back in time (a later row earlier than one before it): what two exports
    pasted together, or a block written twice, look like. Identical messages in their place
    (two "ok" in one minute) are not copies. Each copy left out is noted in the report.
    """
    replay = stamps < np.maximum.accumulate(stamps)
    if not replay.any():
        return None
    with np.errstate(over="ignore"):
        keys = _mix(_mix(stamps.view(np.uint64)) ^ sender_hash) + text_hash
    copy = replay & pd.Series(keys).duplicated(keep="first").to_numpy()
    if not copy.any():
        return None
    rows = np.flatnonzero(copy)
    for number in raw.numbers(rows):
        raw.report.skip(raw.unit, number, "repeats an earlier message (same time, sender and text), so it was left out as a copy",
                        message=False)
    return ~copy


_OBJECT_COLUMNS = [name for name in COLUMNS if name not in ("at", "chars")]


def _directions(given: np.ndarray | None, codes: np.ndarray, names: Any, kind: np.ndarray, options: Options, path: Path) -> np.ndarray:
    """`out` per row: from the format when it knows (`given`), else by matching senders against `me`."""
    if given is not None:
        return given
    mine = np.array([is_me(str(name), options.me) for name in names] + [False], dtype=bool)
    out = mine[codes]  # code -1 (missing sender) takes the final False
    talking = {str(n) for n in names if str(n)}
    if len(talking) > 1 and all(is_me(n, options.me) for n in talking):
        raise ImportFormatError(
            f"{path.name}: every sender in this file ({', '.join(sorted(talking)[:8])}) is one of your names, so no "
            "message would be theirs; give only your own name with {option}", option="me", choices=sorted(talking))
    if options.me and all(k == "system" for k in kind[out]):  # stops at the first of my rows that is a message
        shown = ", ".join(sorted({str(n) for n in names if n})[:8]) or "none"
        raise ImportFormatError(
            f"{path.name}: none of the messages is from {', '.join(options.me)}; "
            f"the senders in this file are: {shown} (give your own name as the chat shows it with {{option}})",
            option="me", choices=sorted({str(n) for n in names if n}),
        )
    return out


_KEYS = {1: "reconcilekit-nm1", 2: "reconcilekit-tx2"}
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _hash(values: np.ndarray, which: int) -> np.ndarray:
    """SipHash-2-4 (pandas.util.hash_array, fixed key) of each string's UTF-8 bytes, as uint64."""
    if len(values) == 0:
        return np.zeros(0, dtype=np.uint64)
    return pd.util.hash_array(values, encoding="utf8", hash_key=_KEYS[which], categorize=False)


def hash_texts(values: np.ndarray) -> np.ndarray:
    """The uint64 hash of each message text (str or raw bytes) that goes into its uid."""
    return _hash(values, 2)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads every input bit over the 64-bit output."""
    x = np.asarray(x, dtype=np.uint64)
    if x.ndim == 0:
        return _mix(x.reshape(1))[0]
    y = x >> np.uint64(30)  # the same steps in place: two arrays instead of six
    y ^= x
    with np.errstate(over="ignore"):
        y *= np.uint64(0xBF58476D1CE4E5B9)
        t = y >> np.uint64(27)
        y ^= t
        y *= np.uint64(0x94D049BB133111EB)
    np.right_shift(y, np.uint64(31), out=t)
    y ^= t
    return y


def uids(source: str, stamps: np.ndarray, sender_hash: np.ndarray, text_hash: np.ndarray) -> list[str]:
    """Stable 32-hex ids from source, UTC time (ns), sender, text and the repeat number.

    The repeat number tells apart identical messages (same time, sender and text), so one
    message gets the same uid in an older and a newer export of the chat. Only numpy and a
    keyed SipHash are involved, so ids are the same on every machine and run.
    """
    seed = _hash(np.array([source], dtype=object), 1)[0]
    stamps = stamps.view(np.uint64)
    ids: list[str] = []
    with np.errstate(over="ignore"):
        base = _mix(_mix(_mix(stamps ^ seed) ^ sender_hash) + text_hash)
        repeat = _repeats(base)
        for low in range(0, len(stamps), _BLOCK):  # a block at a time keeps the temporaries small
            rows = slice(low, low + _BLOCK)
            first = _mix(base[rows] + repeat[rows] * _GOLDEN)
            second = _mix(first ^ _mix(text_hash[rows] + _GOLDEN) ^ _mix(stamps[rows] + sender_hash[rows]))
            both = np.empty((len(first), 2), dtype=">u8")
            both[:, 0], both[:, 1] = first, second
            ids += both.tobytes().hex(" ", 16).split(" ")  # a space every 16 bytes, then split in C
    return ids


_BLOCK = 1 << 15


def _repeats(keys: np.ndarray) -> np.ndarray:
    """0 for the first row with a key, 1 for the second, … (in row order)."""
    repeat = np.zeros(len(keys), dtype=np.uint64)
    if not (np.diff(np.sort(keys)) == 0).any():  # a sort is cheaper than hashing when nothing repeats
        return repeat
    series = pd.Series(keys)
    dup = series.duplicated(keep=False).to_numpy()
    if dup.any():
        repeat[dup] = series[dup].groupby(series[dup], sort=False).cumcount().to_numpy().astype(np.uint64)
    return repeat


def clean(text: str) -> str:
    """Remove the invisible direction marks exports add around names and text."""
    return text.translate(INVISIBLE)


def fail(path: Path, where: str, expected: str, option: str | None = None, choices: Any = ()) -> ImportFormatError:
    """Build the one-line error every loader raises: file, place, what was expected (and the
    option that would choose, written "{option}" in `expected`, and its choices)."""
    place = f", {where}" if where else ""
    return ImportFormatError(f"{path.name}{place}: {expected}", option=option, choices=choices)
