"""Plain-language lines for a cadence summary ("Last contact: 2 days ago.").

Kept apart from the metrics so the wording can change without touching a definition. Every
line states what the log shows and never judges it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reconcile_kit.cadence import CadenceSummary

__all__ = ["summary_lines"]


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
    obj = name
    whose = "their" if name == "them" else f"{name}'s"
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
