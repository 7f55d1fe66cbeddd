"""What the guide reads of a timeline: the contact events up to now, inside the reconnection window.

Every part of the guide (stages, closure, the situation, the advice, the draft checks) reads the
timeline through `read_for_guide`, which uses the kit's one reader of contact events
(`cadence.events.prepare`): notes, held-back messages, system lines, deleted rows and anything
after `now` are left out; a recorded "no answer" stays in as a closing mark.

The reconnection window: rows before `since` (the day after the break-up, setting `split_on`)
belong to the relationship as it was, and the guide does not read them, except a boundary,
which holds whenever it was logged.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pandas as pd

from ..cadence import events
from ..errors import TimelineError

__all__ = ["read_for_guide"]


def read_for_guide(
    timeline: Any, now: datetime | str | None = None, since: datetime | str | None = None
) -> pd.DataFrame:
    """The contact events the guide reads (`cadence.events.prepare`) up to `now` (default: the
    current time), from `since` on (boundaries always), oldest first, `RangeIndex`.

    The guide needs `kind` besides `at` and `direction`; `channel`, `tone`, `tags` and `text` are optional.
    """
    if not isinstance(timeline, pd.DataFrame):
        raise TimelineError(f"the guide needs a timeline DataFrame, not {type(timeline).__name__}")
    missing = [name for name in ("at", "direction", "kind") if name not in timeline]
    if missing:
        raise TimelineError(
            f"the timeline has no column {missing[0]!r}; the guide needs at, direction and kind "
            "(channel and tone are optional)"
        )
    frame = events.prepare(timeline, events.as_utc(now))
    if since is not None and len(frame):
        start = events.as_utc(since)
        frame = frame[(frame["at"] >= start) | frame["kind"].eq("boundary")].reset_index(drop=True)
    return frame
