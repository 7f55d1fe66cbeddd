"""Whether the path is closed: a boundary, a no, or no answer, which every surface of the kit obeys.

`closed(timeline, now)` is the one answer the advice, the draft checks, the forms, the checklists,
the charts and the CLI read (docs/care.md):

- a **boundary** (kind `boundary`: they asked for no contact, or blocked the user) closes for
  good. Nothing the user logs afterwards reopens it, and the kit never suggests contact again;
- a **refusal** (kind `refusal`: they said no) or a recorded **no answer** (a note tagged
  `no_answer`, from the outcome form) closes until the OTHER person reaches out again: a contact
  logged as theirs (direction `in`). A meeting or message the user started does not reopen it.

The latest closing mark counts; a boundary anywhere in the timeline wins over the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd

from .reading import read_for_guide

__all__ = ["Closure", "REASONS", "closed", "closure_of"]

REASONS = ("boundary", "refusal", "no_answer")


@dataclass(frozen=True)
class Closure:
    """Why and since when the path is closed.

    :param reason: `boundary`, `refusal` or `no_answer`
    :param since: when the closing mark was logged (UTC)
    :param reopened: the other person reached out after it (never for a boundary)
    :param written_since: contacts the user started after it (messages, calls, asks, meetings)
    """

    reason: str
    since: pd.Timestamp
    reopened: bool = False
    written_since: int = 0

    @property
    def active(self) -> bool:
        """True while the closure holds: every surface stops suggesting contact."""
        return not self.reopened


def closure_of(prepared: pd.DataFrame) -> Closure | None:
    """The closure of contact events already read for the guide (`cadence.events.prepare`)."""
    kinds = prepared["kind"]
    bounds = prepared.index[kinds.eq("boundary")]
    if len(bounds):
        first = bounds[0]
        after = prepared.loc[first + 1 :]
        return Closure("boundary", prepared.at[first, "at"], False, int(after["out"].sum()))
    marks = prepared.index[kinds.isin(["refusal", "no_answer"])]
    if not len(marks):
        return None
    last = marks[-1]
    after = prepared.loc[last + 1 :]
    reason = "refusal" if kinds[last] == "refusal" else "no_answer"
    reopened = bool((after["direction"].eq("in") & ~after["kind"].eq("no_answer")).any())
    return Closure(reason, prepared.at[last, "at"], reopened, int(after["out"].sum()))


def closed(timeline: Any, now: datetime | str | None = None) -> Closure | None:
    """The closure in force at `now` (default: the current time), or None when the path is open.

    A `Closure` whose `reopened` is True is returned too, so a surface can say that they reached
    out again; `Closure.active` tells whether it still holds.
    """
    return closure_of(read_for_guide(timeline, now))
