"""The rhythm of contact at one moment: `summarize` and its plain-language lines ("Last contact: 2 days ago.").

Every figure is defined in docs/cadence.md. The lines state what the log shows and never judge
it; each figure says how many events it rests on, and below a documented minimum it says "too
early to tell" instead of a number. Days are calendar days in the user's zone (reconcile_kit.clock).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

import numpy as np
import pandas as pd

from .. import clock
from ..person import Person
from .events import Events, as_utc, read
from .metrics import CONVERSATION_GAP, NS_DAY, NS_HOUR, bounds, reply_pairs

__all__ = [
    "CadenceSummary",
    "summarize",
    "summary_lines",
    "compare_lines",
    "MIN_REPLIES",
    "MIN_CONVERSATIONS",
    "MIN_GAPS",
    "MIN_TONED",
]

# Below these counts a figure is "too early to tell" (docs/cadence.md, "Honest with little data").
MIN_REPLIES = 3  # replies timed, for the typical time to reply
MIN_CONVERSATIONS = 4  # conversations, for who starts them
MIN_GAPS = 3  # quiet spells between conversations, for the typical quiet spell
MIN_TONED = 3  # replies with a tone noted, for the share that felt warm


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
    last_reply_at: datetime | None = None
    reply_count: int = 0
    gap_count: int = 0
    toned_count: int = 0
    since: datetime | None = None
    zone: tzinfo | None = None

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


def _window(ev: Events, start: int) -> Events:
    """The events from `start` (ns) on."""
    keep = ev.t >= start
    arrays = {name: getattr(ev, name) for name in ("t", "out", "both", "theirs", "warm", "toned", "kind", "tags", "index")}
    return Events(**{name: (None if value is None else value[keep]) for name, value in arrays.items()})


def summarize(
    df: pd.DataFrame,
    now: datetime | None = None,
    *,
    since: datetime | None = None,
    zone: tzinfo | None = None,
) -> CadenceSummary:
    """Summarise the rhythm of contact as of ``now`` (default: the current time).

    Events after ``now`` are ignored; an empty timeline gives Nones and zeros.

    :param df: a timeline or messages DataFrame (left untouched)
    :param now: the moment to measure from; a naive value is the machine's local time
    :param since: count only events from this moment on (the reconnection window)
    :param zone: the user's time zone for "today" and "yesterday" (default: this computer's)
    """
    clock_now = as_utc(now)
    ev = read(df, clock_now)
    start = as_utc(since) if since is not None else None
    if start is not None:
        ev = _window(ev, start.value)
    n = len(ev.t)
    if n == 0:
        return CadenceSummary(now=clock_now, since=start, zone=zone)
    tnow = clock_now.value
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
        now=clock_now,
        total_contacts=n,
        conversation_count=len(starts),
        last_reply_at=pd.Timestamp(int(ev.t[theirs[-1]]), tz="UTC") if len(theirs) else None,
        reply_count=len(replied),
        gap_count=max(len(starts) - 1, 0),
        toned_count=int(ev.toned.sum()),
        since=start,
        zone=zone,
    )


# -- plain-language lines -------------------------------------------------------------------


def _duration(hours: float) -> str:
    """Return hours as plain words: "about 20 minutes", "about 5 hours", "about 2 days"."""
    if hours < 1:
        return f"about {max(1, round(hours * 60))} minutes"
    if hours < 36:
        return f"about {round(hours)} hour{'s' if round(hours) != 1 else ''}"
    return f"about {hours / 24:.1f} days"


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one}" if n == 1 else f"{n} {many or one + 's'}"


def _early(n: int, one: str, many: str | None = None) -> str:
    return f"too early to tell ({_plural(n, one, many)} so far)"


def _zone(s: CadenceSummary) -> tzinfo:
    """The user's zone the lines speak in (default: this computer's, as `clock.zone_for` without a setting)."""
    return s.zone if s.zone is not None else clock.local_zone()


def _when(s: CadenceSummary, at: datetime | None) -> str:
    return clock.ago(at, s.now, _zone(s), hours_today=True) if at is not None and s.now is not None else ""


def summary_lines(s: CadenceSummary, name: str = "them") -> list[str]:
    """Build the plain-language lines of a summary (no judgement, only what the log shows)."""
    person = Person.named(name)
    obj, whose = person.label, person.possessive()
    if s.last_contact_at is None or s.days_since_last_contact is None:
        if s.since is not None:
            return ["Nothing logged since you parted yet: the summary fills in as you log contact."]
        return ["Nothing logged yet: the summary fills in as you log contact."]
    day = clock.day_label(s.last_contact_at, _zone(s))  # the day in the user's zone, as "today" is
    lines = [f"Last contact: {_when(s, s.last_contact_at)} ({day})."]
    if s.last_reply_at is None:
        lines.append(f"No message from {obj} logged yet.")
    else:
        lines.append(f"Last word from {obj}: {_when(s, s.last_reply_at)}.")
    lines.append(f"Messages from you since {whose} last reply: {s.unanswered_streak}.")
    lines.append(
        f"Contacts in the last 7 days: {s.contacts_last_7_days}"
        f" (about {s.contacts_per_week:.1f} a week over the last 4 weeks)."
    )
    lines.append(f"Typical time for {obj} to reply: {_reply_words(s)}.")
    lines.append(f"Who starts the conversations: {_initiative_words(s)}.")
    lines.append(f"Typical quiet spell between conversations: {_gap_words(s)}.")
    lines.append(f"Replies that felt warm: {_warmth_words(s)}.")
    return lines


def _reply_words(s: CadenceSummary) -> str:
    if s.median_reply_hours is None or s.reply_count < MIN_REPLIES:
        return _early(s.reply_count, "reply", "replies")
    return f"{_duration(s.median_reply_hours)} (from {_plural(s.reply_count, 'reply', 'replies')})"


def _initiative_words(s: CadenceSummary) -> str:
    if s.initiative_share is None or s.conversation_count < MIN_CONVERSATIONS:
        return _early(s.conversation_count, "conversation")
    return f"you started {s.initiative_share:.0%} of {s.conversation_count}"


def _gap_words(s: CadenceSummary) -> str:
    if s.median_gap_days is None or s.gap_count < MIN_GAPS:
        return _early(s.gap_count, "quiet spell")
    return f"{s.median_gap_days:.1f} days (from {_plural(s.gap_count, 'quiet spell')})"


def _warmth_words(s: CadenceSummary) -> str:
    if s.positive_reply_share is None or s.toned_count < MIN_TONED:
        return _early(s.toned_count, "reply with a tone noted", "replies with a tone noted")
    return f"{s.positive_reply_share:.0%} of {s.toned_count} with a tone noted"


def compare_lines(before: CadenceSummary, after: CadenceSummary, name: str = "them") -> list[str]:
    """"Then and now": reply time, who starts, and warmth, before the break-up and in the window."""
    person = Person.named(name)
    rows = [
        (f"Typical time for {person.label} to reply", _reply_words),
        ("Who starts the conversations", _initiative_words),
        ("Replies that felt warm", _warmth_words),
    ]
    return [f"{label}: then {words(before)}; now {words(after)}." for label, words in rows]
