"""The rhythm of contact at one moment: `summarize` and its plain-language lines ("Last contact: 2 days ago.").

Every figure is defined in docs/cadence.md. The lines state what the log shows and never judge it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd

from ..person import Person
from .events import as_utc, read
from .metrics import CONVERSATION_GAP, NS_DAY, NS_HOUR, bounds, reply_pairs

__all__ = ["CadenceSummary", "summarize", "summary_lines"]


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
    clock = as_utc(now)
    ev = read(df, clock)
    n = len(ev.t)
    if n == 0:
        return CadenceSummary(now=clock)
    tnow = clock.value
    theirs = np.flatnonzero(ev.theirs)
    starts, ends = bounds(ev.t, CONVERSATION_GAP)
    asked, replied = reply_pairs(ev)
    return CadenceSummary(
        last_contact_at=pd.Timestamp(int(ev.t[-1]), tz="UTC"),
        days_since_last_contact=(tnow - int(ev.t[-1])) / NS_DAY,
        days_since_last_reply=(tnow - int(ev.t[theirs[-1]])) / NS_DAY if len(theirs) else None,
        unanswered_streak=int(ev.out[theirs[-1] + 1 :].sum() if len(theirs) else ev.out.sum()),
        contacts_last_7_days=int(np.count_nonzero(ev.t > tnow - 7 * NS_DAY)),
        median_reply_hours=_median((replied - asked) / NS_HOUR),
        initiative_share=_share(int(ev.out[starts].sum()), len(starts)),
        median_gap_days=_median((ev.t[starts[1:]] - ev.t[ends[:-1]]) / NS_DAY),
        positive_reply_share=_share(int(ev.warm.sum()), int(ev.toned.sum())),
        contacts_per_week=int(np.count_nonzero(ev.t > tnow - 28 * NS_DAY)) / 4,
        now=clock,
        total_contacts=n,
        conversation_count=len(starts),
    )


# -- plain-language lines -------------------------------------------------------------------


def _ago(days: float) -> str:
    """Return a duration in days as plain words: "3 hours ago", "1 day ago", "4 days ago"."""
    hours = days * 24
    if hours < 1:
        return "less than an hour ago"
    if hours < 23.5:
        return f"{round(hours)} hour{'s' if round(hours) != 1 else ''} ago"
    return "1 day ago" if days < 1.5 else f"{round(days)} days ago"


def _duration(hours: float) -> str:
    """Return hours as plain words: "about 20 minutes", "about 5 hours", "about 2 days"."""
    if hours < 1:
        return f"about {max(1, round(hours * 60))} minutes"
    if hours < 36:
        return f"about {round(hours)} hour{'s' if round(hours) != 1 else ''}"
    return f"about {hours / 24:.1f} days"


def summary_lines(s: CadenceSummary, name: str = "them") -> list[str]:
    """Build the plain-language lines of a summary (no judgement, only what the log shows)."""
    person = Person.named(name)
    obj, whose = person.label, person.possessive()
    if s.last_contact_at is None or s.days_since_last_contact is None:
        return ["Nothing logged yet: the summary fills in as you log contact."]
    lines = [f"Last contact: {_ago(s.days_since_last_contact)} ({s.last_contact_at:%d %b %Y})."]
    if s.days_since_last_reply is None:
        lines.append(f"No message from {obj} logged yet.")
    else:
        lines.append(f"Last word from {obj}: {_ago(s.days_since_last_reply)}.")
    lines.append(f"Messages from you since {whose} last reply: {s.unanswered_streak}.")
    lines.append(
        f"Contacts in the last 7 days: {s.contacts_last_7_days}"
        f" (about {s.contacts_per_week:.1f} a week over the last 4 weeks)."
    )
    if s.median_reply_hours is not None:
        lines.append(f"Typical time for {obj} to reply: {_duration(s.median_reply_hours)}.")
    if s.initiative_share is not None:
        lines.append(
            f"You started {s.initiative_share:.0%} of {s.conversation_count} conversation"
            f"{'s' if s.conversation_count != 1 else ''}."
        )
    if s.median_gap_days is not None:
        lines.append(f"Typical quiet spell between conversations: {s.median_gap_days:.1f} days.")
    if s.positive_reply_share is not None:
        lines.append(f"Replies that felt warm: {s.positive_reply_share:.0%} of those with a tone noted.")
    return lines
