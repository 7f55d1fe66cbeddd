"""Reading the CLI's `--at` values: ISO times, "now", "today 9:30", "yesterday 18:00", "2 days ago".

Times without a zone are the machine's local time, like everywhere in the kit.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from ..errors import InvalidInteraction

__all__ = ["parse_at", "AT_HELP"]

AT_HELP = "When it happened: 'now', 'today 9:30', 'yesterday 18:00', '2 days ago' or 2026-05-01 18:30."
_UNITS = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1), "day": timedelta(days=1), "week": timedelta(weeks=1)}
_AGO = re.compile(r"(\d{1,6}|an?|one)\s+(minute|hour|day|week)s?\s+ago", re.ASCII)
_DAY = re.compile(r"(today|yesterday)(?:\s+(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?)?", re.ASCII)


def _bad(text: str) -> InvalidInteraction:
    return InvalidInteraction(
        f"at {text!r} is not a time I can read; use e.g. now, today 9:30, yesterday 18:00, "
        "2 days ago or 2026-05-01 18:30",
        field="at",
    )


def _clock(text: str, hour: str | None, minute: str | None, half: str | None) -> time | None:
    if hour is None:
        return None
    h, m = int(hour), int(minute or 0)
    if half:
        if not 1 <= h <= 12:
            raise _bad(text)
        h = h % 12 + (12 if half == "pm" else 0)
    if h > 23 or m > 59:
        raise _bad(text)
    return time(h, m)


def _on_day(day: date, at: time) -> datetime:
    return datetime.combine(day, at).astimezone()  # local wall time, DST-aware


def parse_at(text: str, now: datetime) -> datetime:
    """Return the tz-aware time `text` means, relative to `now`; `InvalidInteraction` if unreadable.

    :param now: the current time (tz-aware); the demo journal passes its fixed clock.
    """
    clean = " ".join(text.strip().lower().split())
    local_now = now.astimezone()
    if clean in ("now", "today"):
        return now
    if match := _AGO.fullmatch(clean):
        count = int(match[1]) if match[1].isdigit() else 1
        try:
            return now - count * _UNITS[match[2]]
        except OverflowError:
            raise _bad(text) from None
    if match := _DAY.fullmatch(clean):
        day = local_now.date() - timedelta(days=1 if match[1] == "yesterday" else 0)
        at = _clock(text, match[2], match[3], match[4])
        return _on_day(day, at) if at is not None else now - timedelta(days=1 if match[1] == "yesterday" else 0)
    try:
        parsed = datetime.fromisoformat(clean.upper().replace(" ", "T", 1) if clean[:1].isdigit() else clean)
        return parsed if parsed.tzinfo is not None else parsed.astimezone()
    except (ValueError, OverflowError, OSError):
        raise _bad(text) from None
