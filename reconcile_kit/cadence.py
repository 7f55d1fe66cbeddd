"""Contact cadence: how often you are in touch, who reaches out, how long replies take.

Pure pandas/numpy over a timeline DataFrame: the journal's ``Journal.timeline()`` or an
imported chat history (``importers.load_messages``). A frame needs ``at`` (tz-aware) and
``direction``; ``channel``, ``kind``, ``tone``, ``mood`` and ``deleted_at`` are used when
present. Rows whose ``kind`` is ``system`` or ``note`` are not contact, soft-deleted rows are
skipped, and the input is never modified. Exact definitions: ``docs/cadence.md``.

Example::

    from reconcile_kit import cadence
    print(cadence.summarize(journal.timeline(), now=now).to_markdown(name="Robin"))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
import pandas as pd

from reconcile_kit.cadence_text import summary_lines
from reconcile_kit.errors import ReconcileError

__all__ = [
    "CONVERSATION_GAP",
    "STAGES",
    "CadenceSummary",
    "TimelineColumnsError",
    "contact_events",
    "conversations",
    "gaps",
    "reply_times",
    "stage_spans",
    "summarize",
    "weekly_counts",
]

NOT_CONTACT_KINDS = ("system", "note")
THEIR_SIDE = ("in", "both")  # a meeting (`both`) is contact from their side too
CONVERSATION_GAP = "6h"
STAGES = ("contact", "meet_ask", "catch_up", "heart_to_heart", "outcome")
# Kept in step with guide.stages.current_stage: the last span is always the current stage.
_STAGE_RANK = {"meet_ask": 1, "meeting": 2, "apology": 3}
_OUTCOME_KINDS = ("date", "boundary")  # outcome for good; a refusal can be followed by a yes
_TALK_TAGS = r"(?:^|,)\s*(?:heart_to_heart|heart-to-heart|relationship_talk|relationship talk)\s*(?:,|$)"
_OPTIONAL = ("channel", "kind", "tone", "mood", "tags")
_NS_DAY = 86_400 * 10**9
_NS_HOUR = 3_600 * 10**9
_NS_WEEK = 7 * _NS_DAY
_MONDAY_OFFSET = 4 * _NS_DAY  # 1970-01-01 was a Thursday; 1970-01-05 a Monday


class TimelineColumnsError(ReconcileError, ValueError):
    """The frame given to a cadence function lacks a needed column or has naive times."""


# -- input ---------------------------------------------------------------------------------


def _utc_now(now: datetime | None) -> pd.Timestamp:
    """Return ``now`` as a UTC Timestamp; a naive value is the machine's local time."""
    if now is None:
        return pd.Timestamp.now(tz="UTC")
    ts = pd.Timestamp(now)
    if ts.tzinfo is None:
        ts = pd.Timestamp(ts.to_pydatetime().astimezone())
    return ts.tz_convert("UTC")


def _at_ns(df: pd.DataFrame) -> np.ndarray:
    """Return the ``at`` column as int64 nanoseconds since the epoch (UTC)."""
    for column in ("at", "direction"):
        if column not in df.columns:
            raise TimelineColumnsError(
                f"timeline has no {column!r} column; a timeline needs 'at' (tz-aware) and "
                f"'direction' (out/in/both), got columns {list(df.columns)}"
            )
    at = df["at"]
    if len(at) == 0:
        return np.empty(0, dtype=np.int64)
    if not isinstance(at.dtype, pd.DatetimeTZDtype):
        raise TimelineColumnsError(
            f"timeline column 'at' must hold tz-aware datetimes (e.g. datetime64[ns, UTC]), "
            f"got dtype {at.dtype}"
        )
    return at.to_numpy(dtype="datetime64[ns]").view(np.int64)


def contact_events(df: pd.DataFrame, now: datetime | None = None) -> pd.DataFrame:
    """Return the contact events of a timeline: a sorted copy without notes, system and deleted rows.

    :param df: a timeline or messages DataFrame (left untouched)
    :param now: when given, events after it are dropped
    :return: columns ``at`` (datetime64[ns, UTC]), ``direction`` and whichever of
        ``channel``, ``kind``, ``tone``, ``mood``, ``tags`` the input has, sorted by ``at``
        (stable, so events at the same instant keep their order), ``RangeIndex``
    """
    return _contact_frame(df, now, ("direction", *_OPTIONAL))


def _contact_frame(df: pd.DataFrame, now: datetime | None, wanted: tuple[str, ...]) -> pd.DataFrame:
    """Return the contact events with only the ``wanted`` columns (besides ``at``)."""
    at = _at_ns(df)
    keep = at != np.iinfo(np.int64).min  # NaT: a row without a time is not an event
    if "kind" in df.columns:
        keep &= ~df["kind"].isin(NOT_CONTACT_KINDS).to_numpy(dtype=bool)
    if "deleted_at" in df.columns:
        keep &= df["deleted_at"].isna().to_numpy(dtype=bool)
    if now is not None:
        keep &= at <= _utc_now(now).value
    index = np.flatnonzero(keep)
    if len(index) > 1 and not bool(np.all(np.diff(at[index]) >= 0)):
        index = index[np.argsort(at[index], kind="stable")]
    data: dict[str, Any] = {
        "at": pd.Series(at[index].view("M8[ns]")).dt.tz_localize("UTC"),
    }
    for column in ("direction", *_OPTIONAL):
        if column in df.columns and column in wanted:
            data[column] = pd.Series(df[column].array.take(index))
    return pd.DataFrame(data)


@dataclass(frozen=True)
class _Events:
    """Contact events as numpy arrays: the form every metric below works on."""

    t: np.ndarray  # int64 ns, sorted
    out: np.ndarray  # bool: the user reached out
    both: np.ndarray  # bool: a meeting
    theirs: np.ndarray  # bool: they reached out, or a meeting
    warm: np.ndarray  # bool: from their side with tone positive
    toned: np.ndarray  # bool: from their side with a tone (not null, not "none")
    kind: pd.Series | None
    tags: pd.Series | None


def _events(df: pd.DataFrame, now: datetime | None = None) -> _Events:
    """Return the contact events of ``df`` as arrays."""
    ev = _contact_frame(df, now, ("direction", "kind", "tone", "tags"))
    direction = ev["direction"]
    both = (direction == "both").to_numpy(dtype=bool)
    if "kind" in ev.columns:  # a logged meeting is contact from both sides, whatever its direction
        both = both | (ev["kind"] == "meeting").to_numpy(dtype=bool)
    theirs = both | (direction == "in").to_numpy(dtype=bool)
    if "tone" in ev.columns:
        tone = ev["tone"]
        toned = theirs & (tone.notna() & ~tone.isin(("none", ""))).to_numpy(dtype=bool)
        warm = theirs & (tone == "positive").to_numpy(dtype=bool)
    else:
        toned = warm = np.zeros(len(ev), dtype=bool)
    return _Events(
        t=ev["at"].to_numpy(dtype="datetime64[ns]").view(np.int64),
        out=(direction == "out").to_numpy(dtype=bool) & ~both,
        both=both,
        theirs=theirs,
        warm=warm,
        toned=toned,
        kind=ev["kind"] if "kind" in ev.columns else None,
        tags=ev["tags"] if "tags" in ev.columns else None,
    )


def _to_times(ns: np.ndarray) -> pd.Series:
    """Return int64 nanoseconds as a tz-aware (UTC) datetime Series."""
    return pd.Series(np.asarray(ns, dtype=np.int64).view("M8[ns]")).dt.tz_localize("UTC")


# -- building blocks -----------------------------------------------------------------------


def _bounds(t: np.ndarray, gap: str | pd.Timedelta) -> tuple[np.ndarray, np.ndarray]:
    """Return the first and last event index of each conversation (split at silences > gap)."""
    if len(t) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate(([True], np.diff(t) > pd.Timedelta(gap).value)))
    ends = np.append(starts[1:] - 1, len(t) - 1)
    return starts, ends


def conversations(
    df: pd.DataFrame, gap: str | pd.Timedelta = CONVERSATION_GAP, now: datetime | None = None
) -> pd.DataFrame:
    """Split the contact events into conversations: a new one starts after a silence longer than ``gap``.

    :return: one row per conversation with ``start``, ``end`` (first and last event),
        ``events``, ``outgoing``, ``incoming`` (events from their side, meetings included),
        ``first_direction`` and ``initiated`` (True when the first event is outgoing)
    """
    ev = _events(df, now)
    starts, ends = _bounds(ev.t, gap)
    first = np.select([ev.out[starts], ev.both[starts], ev.theirs[starts]], ["out", "both", "in"], "")
    return pd.DataFrame(
        {
            "start": _to_times(ev.t[starts]),
            "end": _to_times(ev.t[ends]),
            "events": (ends - starts + 1).astype(np.int64),
            "outgoing": _segment_sums(ev.out, starts),
            "incoming": _segment_sums(ev.theirs, starts),
            "first_direction": first.astype(object),
            "initiated": ev.out[starts],
        }
    )


def _segment_sums(mask: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Return how many True values each segment (given by its start index) holds."""
    if len(starts) == 0:
        return np.empty(0, dtype=np.int64)
    return np.add.reduceat(mask.astype(np.int64), starts)


def gaps(
    df: pd.DataFrame, gap: str | pd.Timedelta = CONVERSATION_GAP, now: datetime | None = None
) -> pd.DataFrame:
    """Return the silences between consecutive conversations.

    :return: one row per silence: ``start`` (last event of a conversation), ``end`` (first
        event of the next one), ``days`` (float) and ``after_warm_reply`` (the conversation
        before it held a positive reply from their side)
    """
    ev = _events(df, now)
    starts, ends = _bounds(ev.t, gap)
    warm = _segment_sums(ev.warm, starts) > 0
    before, after = ends[:-1], starts[1:]
    return pd.DataFrame(
        {
            "start": _to_times(ev.t[before]),
            "end": _to_times(ev.t[after]),
            "days": (ev.t[after] - ev.t[before]) / _NS_DAY,
            "after_warm_reply": warm[:-1],
        }
    )


def _reply_pairs(ev: _Events) -> tuple[np.ndarray, np.ndarray]:
    """Return (asked, replied) ns times: each reply paired with the earliest unanswered outgoing event."""
    answered = np.cumsum(ev.theirs)  # replies at or before each event
    out_block = answered[ev.out]  # outgoing events waiting for reply number block + 1 (sorted)
    t_out = ev.t[ev.out]
    first = np.concatenate(([True], out_block[1:] != out_block[:-1])) if len(out_block) else out_block > 0
    replies = ev.t[ev.theirs]
    earliest = np.full(len(replies) + 1, -1, dtype=np.int64)  # per reply: earliest message it answers
    earliest[out_block[first]] = t_out[first]
    asked = earliest[: len(replies)]
    hit = asked != -1
    return asked[hit], replies[hit]


def reply_times(df: pd.DataFrame, now: datetime | None = None) -> pd.DataFrame:
    """Return how long each reply took: from the earliest still-unanswered outgoing event to the reply.

    A reply is an event from their side (``in`` or a meeting, ``both``) that follows one or
    more outgoing events; it answers all of them.

    :return: one row per reply: ``asked_at``, ``replied_at``, ``hours`` (float)
    """
    asked, replied = _reply_pairs(_events(df, now))
    return pd.DataFrame(
        {
            "asked_at": _to_times(asked),
            "replied_at": _to_times(replied),
            "hours": (replied - asked) / _NS_HOUR,
        }
    )


def weekly_counts(df: pd.DataFrame, now: datetime | None = None) -> pd.DataFrame:
    """Count contact events per calendar week (Monday 00:00 UTC), empty weeks included.

    :return: index ``week`` (week start, UTC); columns ``out``, ``in``, ``both``, ``total``
    """
    ev = _events(df, now)
    columns = ["out", "in", "both", "total"]
    if len(ev.t) == 0:
        empty_index = pd.DatetimeIndex([], tz="UTC", name="week")
        return pd.DataFrame({c: pd.Series(dtype=np.int64) for c in columns}, index=empty_index)
    week = (ev.t - _MONDAY_OFFSET) // _NS_WEEK
    first = int(week.min())
    slot = week - first
    size = int(slot.max()) + 1
    counts = {
        "out": np.bincount(slot[ev.out], minlength=size),
        "in": np.bincount(slot[ev.theirs & ~ev.both], minlength=size),
        "both": np.bincount(slot[ev.both], minlength=size),
        "total": np.bincount(slot, minlength=size),
    }
    starts = (np.arange(first, first + size, dtype=np.int64) * _NS_WEEK) + _MONDAY_OFFSET
    return pd.DataFrame(counts, index=pd.DatetimeIndex(_to_times(starts), name="week"))


def _stage_codes(ev: _Events) -> np.ndarray:
    """Return the stage reached at each event, as an index into ``STAGES``.

    The highest of: ``meet_ask`` (1), ``meeting`` (2), ``apology`` or a meeting tagged
    ``heart_to_heart`` (3) so far; ``outcome`` (4) from the first ``date`` or ``boundary`` on,
    and from a ``refusal`` until a later ``meeting`` reopens the path (then at least catch_up).
    """
    n = len(ev.t)
    if ev.kind is None:
        return np.zeros(n, dtype=np.int64)
    kind = ev.kind
    rank = np.zeros(n, dtype=np.int64)
    for name, value in _STAGE_RANK.items():  # three kinds, not a loop over rows
        rank[(kind == name).to_numpy(dtype=bool)] = value
    if ev.tags is not None:
        tagged = ev.tags.notna().to_numpy(dtype=bool) & (ev.tags.astype(object) != "").to_numpy(dtype=bool)
        talk = ev.tags[tagged].astype(str).str.lower().str.contains(_TALK_TAGS, regex=True)
        rank[np.flatnonzero(tagged)[talk.to_numpy(dtype=bool)]] = 3
    refusal = (kind == "refusal").to_numpy(dtype=bool)
    rank[refusal] = 0
    since_refusal = np.cumsum(refusal)
    last_refusal = np.maximum.accumulate(np.where(refusal, np.arange(n), -1))

    def since_last_refusal(mask: np.ndarray) -> np.ndarray:
        counts = np.cumsum(mask)
        return counts > np.where(last_refusal >= 0, counts[np.maximum(last_refusal, 0)], 0)

    reached = np.zeros(n, dtype=np.int64)
    for value in (1, 2, 3):  # highest rank seen since the last refusal
        reached[since_last_refusal(rank == value)] = value
    reopened = since_last_refusal((kind == "meeting").to_numpy(dtype=bool))
    stage = np.where(since_refusal > 0, np.where(reopened, np.maximum(reached, 2), 4), reached)
    stage[np.cumsum(kind.isin(_OUTCOME_KINDS).to_numpy(dtype=bool)) > 0] = 4
    return stage


def stage_spans(df: pd.DataFrame, now: datetime | None = None) -> pd.DataFrame:
    """Return when each guide stage began and ended, from the kinds of contact logged.

    ``contact`` until the first ``meet_ask``; ``meet_ask`` until the first ``meeting``;
    ``catch_up`` after a meeting; ``heart_to_heart`` from the first ``apology``; ``outcome``
    from the first ``date``, ``refusal`` or ``boundary``. As in ``guide.current_stage``, a
    meeting tagged ``heart_to_heart`` counts as the heart-to-heart, and a meeting after a
    refusal reopens the path. A span runs from the event that began it to the one that began
    the next; the last (current) one ends at ``now``, or at the last event when ``now`` is None.

    :return: columns ``stage``, ``start``, ``end``; one row per span, oldest first
    """
    ev = _events(df, now)
    stage = _stage_codes(ev)
    change = np.flatnonzero(np.concatenate(([True], stage[1:] != stage[:-1]))) if len(stage) else stage
    starts = ev.t[change]
    finish = max(_utc_now(now).value, int(ev.t[-1])) if now is not None and len(ev.t) else ev.t[-1:]
    ends = np.append(starts[1:], finish).astype(np.int64)
    keep = (ends > starts) | (np.arange(len(starts)) == len(starts) - 1)  # drop same-instant steps
    return pd.DataFrame(
        {
            "stage": pd.Series(np.array(STAGES, dtype=object)[stage[change][keep]], dtype=object),
            "start": _to_times(starts[keep]),
            "end": _to_times(ends[keep]),
        }
    )


# -- summary -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CadenceSummary:
    """The rhythm of contact at one moment; every field is defined in docs/cadence.md."""

    last_contact_at: datetime | None = None
    days_since_last_contact: float | None = None
    days_since_last_reply: float | None = None
    unanswered_streak: int = 0
    contacts_last_7_days: int = 0
    median_reply_hours: float | None = None
    initiative_share: float | None = None
    median_gap_days: float | None = None
    positive_reply_share: float | None = None
    contacts_per_week: float = 0.0
    now: datetime | None = None
    total_contacts: int = 0
    conversation_count: int = 0

    def lines(self, name: str = "them") -> list[str]:
        """Return the summary as short plain-language sentences, e.g. "Last contact: 2 days ago."."""
        return summary_lines(self, name)

    def to_markdown(self, name: str = "them") -> str:
        """Return the summary as a markdown bullet list for a notebook."""
        return "\n".join(f"- {line}" for line in self.lines(name))

    def _repr_markdown_(self) -> str:
        return self.to_markdown()


def _median(values: np.ndarray) -> float | None:
    """Return the median as a float, or None for no values."""
    return float(np.median(values)) if len(values) else None


def _share(part: int, whole: int) -> float | None:
    """Return part / whole, or None when whole is zero."""
    return part / whole if whole else None


def summarize(df: pd.DataFrame, now: datetime | None = None) -> CadenceSummary:
    """Summarise the rhythm of contact as of ``now`` (default: the current time).

    Events after ``now`` are ignored; an empty timeline gives Nones and zeros.

    :param df: a timeline or messages DataFrame (left untouched)
    :param now: the moment to measure from; a naive value is the machine's local time
    """
    clock = _utc_now(now)
    ev = _events(df, clock)
    n = len(ev.t)
    if n == 0:
        return CadenceSummary(now=clock)
    tnow = clock.value
    theirs = np.flatnonzero(ev.theirs)
    starts, ends = _bounds(ev.t, CONVERSATION_GAP)
    asked, replied = _reply_pairs(ev)
    return CadenceSummary(
        last_contact_at=pd.Timestamp(int(ev.t[-1]), tz="UTC"),
        days_since_last_contact=(tnow - int(ev.t[-1])) / _NS_DAY,
        days_since_last_reply=(tnow - int(ev.t[theirs[-1]])) / _NS_DAY if len(theirs) else None,
        unanswered_streak=int(ev.out[theirs[-1] + 1 :].sum() if len(theirs) else ev.out.sum()),
        contacts_last_7_days=int(np.count_nonzero(ev.t > tnow - 7 * _NS_DAY)),
        median_reply_hours=_median((replied - asked) / _NS_HOUR),
        initiative_share=_share(int(ev.out[starts].sum()), len(starts)),
        median_gap_days=_median((ev.t[starts[1:]] - ev.t[ends[:-1]]) / _NS_DAY),
        positive_reply_share=_share(int(ev.warm.sum()), int(ev.toned.sum())),
        contacts_per_week=int(np.count_nonzero(ev.t > tnow - 28 * _NS_DAY)) / 4,
        now=clock,
        total_contacts=n,
        conversation_count=len(starts),
    )
