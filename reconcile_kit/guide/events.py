"""Read a timeline for the guide: checked columns, live rows only, nothing after `now`.

The guide accepts any DataFrame with at least `at`, `direction` and `kind` (`channel` and
`tone` are optional: `other` and `none` when missing), with plain or categorical columns. It
never changes the frame it is given: `prepare` works on a copy.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pandas as pd

from ..errors import ReconcileError

__all__ = ["TimelineError", "as_now", "prepare", "REQUIRED", "HEART_TO_HEART_TAGS"]

REQUIRED: tuple[str, ...] = ("at", "direction", "kind")
_DEFAULTS = {"channel": "other", "tone": "none", "tags": ""}
# Kinds from an imported messages frame (load_messages) read as plain messages;
# `system` rows (group notices, "messages are encrypted") are not contact.
_MESSAGE_KINDS = {"text": "message", "media": "message", "deleted": "message", "call": "message"}
_NOT_CONTACT = ("note", "system")
# Tags that mark a logged meeting as the relationship talk of stage 4 (S4.1).
HEART_TO_HEART_TAGS = ("heart_to_heart", "heart-to-heart", "relationship_talk", "relationship talk")


class TimelineError(ReconcileError, ValueError):
    """The frame given to the guide is not a timeline it can read."""


def as_now(now: datetime | str | None = None) -> pd.Timestamp:
    """`now` as a UTC Timestamp: None is the current time, a naive datetime is local time."""
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


def _times(column: pd.Series) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(column):
        return pd.to_datetime(column, utc=True)
    return pd.to_datetime(column.astype(object), utc=True, format="ISO8601", errors="coerce")


def _text(frame: pd.DataFrame, name: str) -> pd.Series:
    if name not in frame:
        return pd.Series(_DEFAULTS[name], index=frame.index, dtype=object)
    column = frame[name].astype(object).where(frame[name].notna(), _DEFAULTS.get(name, ""))
    return column.astype(str).str.strip().str.lower()


def _live(frame: pd.DataFrame, now: pd.Timestamp) -> pd.Series:
    """Rows that count: a valid time not after `now`, not soft-deleted."""
    keep = frame["at"].notna() & (frame["at"] <= now)
    if "deleted" in frame:
        keep &= ~frame["deleted"]
    return keep


def prepare(timeline: Any, now: datetime | str | None = None) -> pd.DataFrame:
    """Contact events up to `now`, oldest first, as plain lower-case strings.

    Columns: at (UTC), direction, channel, kind, tone, tags, out (the user reached out or
    met), inc (they reached out or met). Notes and system rows are dropped.

    :param timeline: a timeline frame (Journal.timeline(), timeline.from_records ...)
    :param now: events after this moment are ignored (default: the current time)
    """
    if not isinstance(timeline, pd.DataFrame):
        raise TimelineError(f"the guide needs a timeline DataFrame, not {type(timeline).__name__}")
    missing = [name for name in REQUIRED if name not in timeline]
    if missing:
        raise TimelineError(
            f"the timeline has no column {missing[0]!r}; the guide needs at, direction and kind "
            "(channel and tone are optional)"
        )
    stamp = as_now(now)
    frame = pd.DataFrame({"at": _times(timeline["at"])}, index=timeline.index)
    for name in ("direction", "channel", "kind", "tone", "tags"):
        frame[name] = _text(timeline, name)
    if "deleted_at" in timeline:
        marks = timeline["deleted_at"]
        frame["deleted"] = marks.notna() & marks.astype(str).str.strip().ne("")
    frame["kind"] = frame["kind"].replace(_MESSAGE_KINDS)
    frame = frame[_live(frame, stamp) & ~frame["kind"].isin(_NOT_CONTACT)]
    frame = frame.drop(columns=["deleted"], errors="ignore")
    frame = frame.sort_values("at", kind="stable").reset_index(drop=True)
    meeting = frame["kind"].eq("meeting") | frame["direction"].eq("both")
    frame["out"] = frame["direction"].eq("out") | meeting
    frame["inc"] = frame["direction"].eq("in") | meeting
    return frame
