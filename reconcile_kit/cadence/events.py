"""Contact events: the one reader of a timeline's contact rows, and of "now", for cadence, charts and the guide.

A timeline is any DataFrame with ``at`` (tz-aware datetimes, or ISO-8601 text) and
``direction`` (``out``, ``in``, ``both``): the journal's ``Journal.timeline()`` or an imported
chat (``importers.load_messages``). ``channel``, ``kind``, ``tone``, ``tags`` and ``deleted_at``
are used when present, as plain or categorical columns. The rows that count as contact:

- a valid time, not after ``now`` (when given), not soft-deleted;
- not a ``note``, not a ``held_back`` message (one the user wanted to send and did not), and not
  a ``system`` line (an imported chat's kinds ``text``, ``media``, ``deleted`` and ``call`` read
  as ``message``).

Who made a contact: ``out`` the user reached out; ``meeting`` both sides (direction ``both``, or
kind ``meeting`` whatever its direction); ``theirs`` they reached out, or a meeting. The input
is never modified. Definitions: docs/cadence.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import numpy as np
import pandas as pd

from ..errors import TimelineError

__all__ = [
    "NOT_CONTACT_KINDS",
    "NO_ANSWER_TAG",
    "MESSAGE_KINDS",
    "Events",
    "held_back_times",
    "as_utc",
    "contact_events",
    "read",
    "prepare",
    "to_times",
]

NOT_CONTACT_KINDS = ("system", "note", "held_back")
# A recorded "no answer came" outcome: a note tagged `no_answer` (forms.outcome). Not contact, but
# the guide reads it as a closing mark (guide.closure).
NO_ANSWER_TAG = "no_answer"
# Kinds of an imported messages frame (load_messages), read as plain messages.
MESSAGE_KINDS = {"text": "message", "media": "message", "deleted": "message", "call": "message"}
_OPTIONAL = ("channel", "kind", "tone", "mood", "tags")
_WORDS = ("direction", "channel", "kind", "tone", "tags")
_WORD_DEFAULTS = {"direction": "", "channel": "other", "kind": "message", "tone": "none", "tags": ""}
_NAT = np.iinfo(np.int64).min


def as_utc(now: datetime | str | None = None) -> pd.Timestamp:
    """`now` as a UTC Timestamp: None is the current time, a naive datetime is local wall time.

    :raises TimelineError: for text that is not an ISO date and time, or a value of another type
    """
    if now is None:
        return pd.Timestamp(datetime.now(timezone.utc))
    if isinstance(now, str):
        try:
            now = datetime.fromisoformat(now)
        except ValueError:
            raise TimelineError(f"now {now!r} is not an ISO date and time like 2026-05-01T18:30") from None
    if isinstance(now, pd.Timestamp):
        now = now.to_pydatetime()
    if not isinstance(now, datetime):
        raise TimelineError(f"now must be a date and time, not {type(now).__name__}")
    if now.tzinfo is None or now.utcoffset() is None:
        now = now.astimezone()  # naive = local wall time, as for Interaction.at
    return pd.Timestamp(now.astimezone(timezone.utc))


def _at_ns(df: pd.DataFrame) -> np.ndarray:
    """The ``at`` column as int64 nanoseconds since the epoch (UTC); NaT where it has no time."""
    if not isinstance(df, pd.DataFrame):
        raise TimelineError(f"a timeline must be a DataFrame, not {type(df).__name__}")
    for column in ("at", "direction"):
        if column not in df.columns:
            raise TimelineError(
                f"timeline has no {column!r} column; a timeline needs 'at' (tz-aware) and "
                f"'direction' (out/in/both), got columns {list(df.columns)}"
            )
    at = df["at"]
    if len(at) == 0:
        return np.empty(0, dtype=np.int64)
    if isinstance(at.dtype, pd.DatetimeTZDtype):
        return at.to_numpy(dtype="datetime64[ns]").view(np.int64)
    if pd.api.types.is_datetime64_any_dtype(at.dtype):
        raise TimelineError(
            f"timeline column 'at' must hold tz-aware datetimes (e.g. datetime64[ns, UTC]), got dtype {at.dtype}"
        )
    parsed = pd.to_datetime(at.astype(object), utc=True, format="ISO8601", errors="coerce")
    return parsed.astype("datetime64[ns, UTC]").to_numpy(dtype="datetime64[ns]").view(np.int64)


def _coded(column: pd.Series, default: str) -> tuple[np.ndarray, np.ndarray]:
    """(codes, words): each row's code into `words`, the distinct values as lower-case, stripped
    words, a missing value as `default`. Normalised once per distinct value (`pd.factorize`)."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    words = np.array([str(value).strip().lower() for value in uniques] + [default], dtype=object)
    return np.where(codes < 0, len(uniques), codes), words


def _words(column: pd.Series | None, default: str, index: np.ndarray | None = None) -> np.ndarray:
    """A text column as lower-case, stripped words (object array), at the rows `index` when given;
    a missing value is `default`."""
    if column is None:
        return np.array([], dtype=object)
    codes, words = _coded(column, default)
    return words[codes if index is None else codes[index]]


def _is(codes: np.ndarray, words: np.ndarray, *values: str) -> np.ndarray:
    """Per code (as `_coded` gives them), whether its word is one of `values`: decided once per
    distinct word, then taken by code, so a million rows cost one look-up each."""
    return np.isin(words, values)[codes]


def _deleted(df: pd.DataFrame) -> np.ndarray:
    """True for soft-deleted rows: a ``deleted_at`` time (or non-empty text)."""
    marks = df["deleted_at"]
    gone = marks.notna().to_numpy(dtype=bool)
    if marks.dtype == object or pd.api.types.is_string_dtype(marks.dtype):  # text, as from a CSV: blank is not deleted
        gone = gone & marks.astype(str).str.strip().ne("").to_numpy(dtype=bool)
    return gone


def _select(
    df: pd.DataFrame, now: datetime | str | None, *, markers: bool = False
) -> tuple[np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray] | None]:
    """(ns times, row positions of the contact events in time order (stable), their kinds or None).

    The kinds come as (codes, words): each event's code into the distinct kind words, so a test
    of the kind is made once per word (`words[codes]` are the kinds themselves).
    With `markers`, a note tagged `no_answer` stays in, as kind ``no_answer`` (for the guide).
    """
    at = _at_ns(df)
    keep = at != _NAT
    codes = words = None
    if "kind" in df.columns:
        codes, words = _coded(df["kind"], "message")
        words = np.array([MESSAGE_KINDS.get(word, word) for word in words], dtype=object)  # an imported chat's kinds
        contact = ~_is(codes, words, *NOT_CONTACT_KINDS)
        if markers and "tags" in df.columns:
            notes = np.flatnonzero(_is(codes, words, "note"))
            if len(notes):
                tags = _words(df["tags"], "", notes)
                marked = notes[np.fromiter((NO_ANSWER_TAG in t.split(",") for t in tags), bool, len(notes))]
                words = np.append(words, np.array(["no_answer"], dtype=object))
                codes[marked] = len(words) - 1
                contact[marked] = True
        keep &= contact
    if "deleted_at" in df.columns:
        keep &= ~_deleted(df)
    if now is not None:
        keep &= at <= as_utc(now).value
    index = np.flatnonzero(keep)
    if len(index) > 1 and not bool(np.all(np.diff(at[index]) >= 0)):
        index = index[np.argsort(at[index], kind="stable")]
    return at[index], index, None if codes is None else (codes[index], words)


def held_back_times(df: pd.DataFrame, now: datetime | str | None = None) -> np.ndarray:
    """When the user held a message back (kind ``held_back``, not deleted, not after `now`): int64 ns, sorted.

    Held-back messages are never contact; only the kindness rule about urges reads them (S1.5).
    """
    if "kind" not in df.columns or len(df) == 0:
        return np.empty(0, dtype=np.int64)
    at = _at_ns(df)
    codes, words = _coded(df["kind"], "message")
    keep = _is(codes, words, "held_back") & (at != _NAT)
    if "deleted_at" in df.columns:
        keep &= ~_deleted(df)
    if now is not None:
        keep &= at <= as_utc(now).value
    return np.sort(at[keep])


def to_times(ns: np.ndarray) -> pd.Series:
    """int64 nanoseconds as a tz-aware (UTC) datetime Series."""
    return pd.Series(np.asarray(ns, dtype=np.int64).view("M8[ns]")).dt.tz_localize("UTC")


def contact_events(df: pd.DataFrame, now: datetime | str | None = None) -> pd.DataFrame:
    """The contact events of a timeline: a sorted copy without notes, system and deleted rows.

    :param df: a timeline or messages DataFrame (left untouched)
    :param now: when given, events after it are dropped
    :return: columns ``at`` (datetime64[ns, UTC]), ``direction`` and whichever of
        ``channel``, ``kind``, ``tone``, ``mood``, ``tags`` the input has (as they are there),
        sorted by ``at`` (stable, so events at the same instant keep their order), ``RangeIndex``
    """
    t, index, _kind = _select(df, now)
    data: dict[str, Any] = {"at": to_times(t)}
    for column in ("direction", *_OPTIONAL):
        if column in df.columns:
            data[column] = pd.Series(df[column].array.take(index))
    return pd.DataFrame(data)


@dataclass(frozen=True)
class Events:
    """Contact events as numpy arrays, oldest first: the form every metric works on."""

    t: np.ndarray  # int64 ns, sorted
    out: np.ndarray  # bool: the user reached out (not a meeting)
    both: np.ndarray  # bool: a meeting
    theirs: np.ndarray  # bool: they reached out, or a meeting
    warm: np.ndarray  # bool: from their side with tone positive
    toned: np.ndarray  # bool: from their side with a tone (not null, not "none")
    kind: np.ndarray | None  # normalised kind words, or None when the frame has no kinds
    tags: np.ndarray | None  # lower-case tag text, or None when the frame has no tags
    index: np.ndarray | None = None  # each event's row position in the frame read


def read(df: pd.DataFrame, now: datetime | str | None = None) -> Events:
    """The contact events of ``df`` as arrays (see the module docstring for what counts)."""
    t, index, kinds = _select(df, now)
    codes, words = _coded(df["direction"], "")
    direction = (codes[index], words)
    both = _is(*direction, "both")
    if kinds is not None:  # a logged meeting is contact from both sides, whatever its direction
        both = both | _is(*kinds, "meeting")
    theirs = both | _is(*direction, "in")
    if "tone" in df.columns:
        codes, words = _coded(df["tone"], "none")
        tone = (codes[index], words)
        toned = theirs & ~_is(*tone, "none", "")
        warm = theirs & _is(*tone, "positive")
    else:
        toned = warm = np.zeros(len(t), dtype=bool)
    tags = _words(df["tags"], "", index) if "tags" in df.columns else None
    return Events(t=t, out=_is(*direction, "out") & ~both, both=both, theirs=theirs, warm=warm, toned=toned,
                  kind=None if kinds is None else kinds[1][kinds[0]], tags=tags, index=index)  # fmt: skip


def prepare(df: pd.DataFrame, now: datetime | str | None = None, *, markers: bool = True) -> pd.DataFrame:
    """The contact events as a small frame for the guide's rules, oldest first.

    Columns: ``at`` (UTC), ``direction``, ``channel``, ``kind``, ``tone``, ``tags``, ``text``,
    ``summary`` (lower-case words for the first five; ``other``, ``message``, ``none`` and ``""``
    where the input has no such column; text and summary as written), ``out``, ``meeting`` and
    ``theirs`` (as in `read`). With `markers` (the default) a recorded "no answer" (a note
    tagged ``no_answer``) is kept as kind ``no_answer``: not contact (``out`` and ``theirs`` False).
    ``RangeIndex``.
    """
    t, index, kinds = _select(df, now, markers=markers)
    frame = pd.DataFrame({"at": to_times(t)})
    for name in _WORDS:
        default = _WORD_DEFAULTS[name]
        if name == "kind" and kinds is not None:
            frame[name] = kinds[1][kinds[0]]
        elif name in df.columns:
            frame[name] = _words(df[name], default, index)
        else:
            frame[name] = np.full(len(t), default, dtype=object)
    for name in ("text", "summary"):
        values = df[name].astype(object).to_numpy()[index] if name in df.columns else np.full(len(t), "", object)
        frame[name] = pd.Series(values, dtype=object).fillna("").astype(str).to_numpy()
    marker = frame["kind"].eq("no_answer")
    frame["meeting"] = (frame["direction"].eq("both") | frame["kind"].eq("meeting")) & ~marker
    frame["out"] = frame["direction"].eq("out") & ~frame["meeting"] & ~marker
    frame["theirs"] = (frame["direction"].eq("in") | frame["meeting"]) & ~marker
    return frame
