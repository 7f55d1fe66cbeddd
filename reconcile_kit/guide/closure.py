"""Whether the path is closed: a safety concern, a boundary, a no, or no answer, which every surface obeys.

`closed(timeline, now, settings)` is the one answer the advice, the draft checks, the forms, the
checklists, the charts and the CLI read (docs/care.md):

- a **safety** concern (the journal setting `safety` is `concern`: the user told the safety
  screen they are afraid of the other person, or of violence, threats, control, or a protective
  order) closes for good and comes first: the reconnecting features are off for the journal,
  whatever the timeline says. It is a setting, not an event, so only a reader given the
  journal's settings sees it (`situation.situation` is);
- a **boundary** (kind `boundary`: they asked for no contact, or blocked the user) closes for
  good. Nothing the user logs afterwards reopens it, and the kit never suggests contact again.
  Whether it was a block is read from the user's own words for it (`says_blocked`), so every
  surface can say "blocked you" where the user did;
- a **refusal** (kind `refusal`: they said no) or a recorded **no answer** (a note tagged
  `no_answer`, from the outcome form) closes until the OTHER person reaches out again: a contact
  logged as theirs (direction `in`) whose tone is not negative. A meeting or message the user
  started does not reopen it, and neither does a cold word from them ("please stop writing").

The latest closing mark counts; a boundary anywhere in the timeline wins over a no, and a safety
concern over everything.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd

from ..cadence.events import as_utc
from .reading import read_for_guide
from .stages import reaches_out

__all__ = [
    "Closure", "REASONS", "SAFETY_SETTING", "SAFETY_CONCERN", "safety_concern", "closed", "closure_of", "says_blocked",
]  # fmt: skip

REASONS = ("safety", "boundary", "refusal", "no_answer")
SAFETY_SETTING = "safety"  # the journal setting the safety screen writes (forms.start, care.safety)
SAFETY_CONCERN = "concern"  # ... its value when any answer was yes; "none" when all were no
_BLOCKED = re.compile(r"\bblock(?:ed|s|ing)?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Closure:
    """Why and since when the path is closed.

    :param reason: `safety`, `boundary`, `refusal` or `no_answer`
    :param since: when the closing mark was logged (UTC); for `safety`, which has no mark in the
        timeline, the moment read
    :param reopened: the other person reached out after it (never for a safety concern or a boundary)
    :param written_since: contacts the user started after it (messages, calls, asks, meetings)
    :param blocked: a boundary the user logged as a block (`says_blocked` of its summary, text or tags)
    """

    reason: str
    since: pd.Timestamp
    reopened: bool = False
    written_since: int = 0
    blocked: bool = False

    @property
    def boundary_words(self) -> str:
        """A boundary in the user's own terms, after their name: "blocked you" where they logged a block."""
        return "blocked you" if self.blocked else "asked for no contact"

    @property
    def active(self) -> bool:
        """True while the closure holds: every surface stops suggesting contact."""
        return not self.reopened


def says_blocked(*texts: Any) -> bool:
    """True when the user's own words for a boundary say it was a block ("Sam blocked me")."""
    return any(_BLOCKED.search(str(text or "")) for text in texts)


def safety_concern(settings: Any) -> bool:
    """True when the journal's settings (a mapping, e.g. `journal.settings()`) hold a safety concern."""
    return isinstance(settings, Mapping) and settings.get(SAFETY_SETTING) == SAFETY_CONCERN


def closure_of(prepared: pd.DataFrame, *, safety_at: pd.Timestamp | None = None) -> Closure | None:
    """The closure of contact events already read for the guide (`cadence.events.prepare`).

    :param safety_at: the moment read, when the journal holds a safety concern (`safety_concern`):
        then the path is closed for good, whatever the events say
    """
    if safety_at is not None:
        return Closure("safety", safety_at)
    kinds = prepared["kind"]
    bounds = prepared.index[kinds.eq("boundary")]
    if len(bounds):
        first = bounds[0]
        after = prepared.loc[first + 1 :]
        words = (prepared.at[first, name] for name in ("summary", "text", "tags") if name in prepared)
        return Closure("boundary", prepared.at[first, "at"], False, int(after["out"].sum()), says_blocked(*words))
    marks = prepared.index[kinds.isin(["refusal", "no_answer"])]
    if not len(marks):
        return None
    last = marks[-1]
    after = prepared.loc[last + 1 :]
    reason = "refusal" if kinds[last] == "refusal" else "no_answer"
    reopened = bool(reaches_out(after["direction"], after["kind"], after["tone"]).any())
    return Closure(reason, prepared.at[last, "at"], reopened, int(after["out"].sum()))


def closed(
    timeline: Any, now: datetime | str | None = None, settings: Mapping[str, Any] | None = None
) -> Closure | None:
    """The closure in force at `now` (default: the current time), or None when the path is open.

    A `Closure` whose `reopened` is True is returned too, so a surface can say that they reached
    out again; `Closure.active` tells whether it still holds.

    :param settings: the journal's settings (`journal.settings()`), read for a safety concern
    """
    stamp = as_utc(now)
    return closure_of(read_for_guide(timeline, stamp), safety_at=stamp if safety_concern(settings) else None)
