"""Contact metrics over a timeline: conversations, the silences between them, reply times, weekly counts.

Pure numpy/pandas over the contact events (`events.read`): one reader decides what counts as
contact and who made it. Every function takes ``now`` (events after it are left out).
Definitions: docs/cadence.md.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd

from .events import Events, read, to_times

__all__ = [
    "CONVERSATION_GAP", "MONDAY_OFFSET", "NS_DAY", "NS_HOUR", "NS_WEEK", "bounds", "conversations", "gaps", "last_long_silence", "reply_pairs",
    "reply_times", "weekly_counts",
]  # fmt: skip

CONVERSATION_GAP = "6h"
NS_DAY = 86_400 * 10**9
NS_HOUR = 3_600 * 10**9
NS_WEEK = 7 * NS_DAY
MONDAY_OFFSET = 4 * NS_DAY  # 1970-01-01 was a Thursday; 1970-01-05 a Monday


def bounds(t: np.ndarray, gap: str | pd.Timedelta) -> tuple[np.ndarray, np.ndarray]:
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
    ev = read(df, now)
    starts, ends = bounds(ev.t, gap)
    first = np.select([ev.out[starts], ev.both[starts], ev.theirs[starts]], ["out", "both", "in"], "")
    return pd.DataFrame(
        {
            "start": to_times(ev.t[starts]),
            "end": to_times(ev.t[ends]),
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
    ev = read(df, now)
    starts, ends = bounds(ev.t, gap)
    warm = _segment_sums(ev.warm, starts) > 0
    before, after = ends[:-1], starts[1:]
    return pd.DataFrame(
        {
            "start": to_times(ev.t[before]),
            "end": to_times(ev.t[after]),
            "days": (ev.t[after] - ev.t[before]) / NS_DAY,
            "after_warm_reply": warm[:-1],
        }
    )


def reply_pairs(ev: Events) -> tuple[np.ndarray, np.ndarray]:
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
    asked, replied = reply_pairs(read(df, now))
    return pd.DataFrame(
        {
            "asked_at": to_times(asked),
            "replied_at": to_times(replied),
            "hours": (replied - asked) / NS_HOUR,
        }
    )


def weekly_counts(df: pd.DataFrame, now: datetime | None = None) -> pd.DataFrame:
    """Count contact events per calendar week (Monday 00:00 UTC), empty weeks included.

    :return: index ``week`` (week start, UTC); columns ``out``, ``in``, ``both``, ``total``
    """
    ev = read(df, now)
    columns = ["out", "in", "both", "total"]
    if len(ev.t) == 0:
        empty_index = pd.DatetimeIndex([], tz="UTC", name="week")
        return pd.DataFrame({c: pd.Series(dtype=np.int64) for c in columns}, index=empty_index)
    week = (ev.t - MONDAY_OFFSET) // NS_WEEK
    first = int(week.min())
    slot = week - first
    size = int(slot.max()) + 1
    counts = {
        "out": np.bincount(slot[ev.out], minlength=size),
        "in": np.bincount(slot[ev.theirs & ~ev.both], minlength=size),
        "both": np.bincount(slot[ev.both], minlength=size),
        "total": np.bincount(slot, minlength=size),
    }
    starts = (np.arange(first, first + size, dtype=np.int64) * NS_WEEK) + MONDAY_OFFSET
    return pd.DataFrame(counts, index=pd.DatetimeIndex(to_times(starts), name="week"))


def last_long_silence(
    df: pd.DataFrame, now: datetime | None = None, min_days: float = 30
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The latest silence of at least `min_days` between two contacts: (its start, its end), or None.

    After importing a chat, the day its start falls on is the kit's proposal for the break-up
    (setting `split_on`): the reconnection window begins after it.
    """
    g = gaps(df, gap=CONVERSATION_GAP, now=now)
    long = g[g["days"] >= min_days]
    if long.empty:
        return None
    return long["start"].iloc[-1], long["end"].iloc[-1]
