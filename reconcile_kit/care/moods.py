"""A run of low moods: when the moods the user logged suggest they are struggling, a calm word of support.

The rule (docs/care.md), read over every mood the user logged (with a contact, a note or a held-back
message; deleted rows and anything after `now` left out):

- **the last five**: the last `LAST_N` (5) moods logged are all `LOW` (2) or below, or
- **two weeks**: at least `MIN_MOODS` (4) moods were logged in the last `WINDOW_DAYS` (14) days and
  their mean is `LOW` (2) or below.

It only finds the words for a support card: it never blocks anything, never judges, and nothing
leaves the machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd

from ..cadence.events import as_utc

__all__ = ["LowMoods", "low_moods", "LAST_N", "LOW", "WINDOW_DAYS", "MIN_MOODS"]

LAST_N = 5
LOW = 2
WINDOW_DAYS = 14
MIN_MOODS = 4


@dataclass(frozen=True)
class LowMoods:
    """Why the moods read as low: `rule` ("last_five" or "two_weeks"), how many moods, their mean."""

    rule: str
    count: int
    mean: float

    @property
    def message(self) -> str:
        """The calm words for the support card (never a score, never a verdict)."""
        if self.rule == "last_five":
            seen = f"The last {self.count} moods you logged were all low (2 or less out of 5)."
        else:
            seen = (f"The moods you logged over the last {WINDOW_DAYS} days have been low: {self.count} of them, "
                    f"{self.mean:.1f} out of 5 on average.")  # fmt: skip
        return (
            f"{seen} That is a lot to carry. You do not have to wait for it to pass on your own: a friend, "
            "your doctor, or one of the lines below can help. This note stays on your computer."
        )


def _moods(timeline: pd.DataFrame, now: pd.Timestamp) -> pd.Series:
    """The moods logged up to `now`, oldest first, indexed by when."""
    if "mood" not in timeline or timeline.empty:
        return pd.Series(dtype=float, index=pd.DatetimeIndex([], tz="UTC"))
    at = pd.to_datetime(timeline["at"], utc=True, format="ISO8601")
    keep = timeline["mood"].notna() & (at <= now)
    if "deleted_at" in timeline:
        keep &= timeline["deleted_at"].isna()
    moods = pd.Series(pd.to_numeric(timeline["mood"][keep], errors="coerce").to_numpy(dtype=float), index=at[keep])
    return moods.dropna().sort_index(kind="stable")


def low_moods(timeline: Any, now: datetime | str | None = None) -> LowMoods | None:
    """Whether the logged moods suggest a hard stretch (see the module's rule); None when they do not.

    :param timeline: a timeline frame (`Journal.timeline()`); needs `at`, reads `mood` and `deleted_at`
    :param now: the moment to read for (default: the current time)
    """
    stamp = as_utc(now)
    moods = _moods(timeline, stamp)
    last = moods.tail(LAST_N)
    if len(last) == LAST_N and bool((last <= LOW).all()):
        return LowMoods("last_five", LAST_N, float(last.mean()))
    recent = moods[moods.index > stamp - pd.Timedelta(days=WINDOW_DAYS)]
    if len(recent) >= MIN_MOODS and recent.mean() <= LOW:
        return LowMoods("two_weeks", len(recent), float(recent.mean()))
    return None
