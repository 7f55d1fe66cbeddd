"""Reading the CLI's `--at` values: ISO times, "now", "today 9:30", "yesterday 18:00", "2 days ago".

Every value is read on the user's calendar: the zone passed in is the journal's (`clock.zone_for`:
its `timezone` setting, else this computer's zone), so "yesterday 23:30" and a time written
without a zone are wall-clock times there. "2 days ago" is the same wall-clock time two calendar
days back (`clock.add_days`), so it stays on the hour across a daylight-saving change; minutes and
hours are counted as they pass.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from .. import clock
from ..errors import InvalidInteraction

__all__ = ["parse_at", "day_meant", "AT_HELP"]

AT_HELP = "When it happened: 'now', 'today 9:30', 'yesterday 18:00', '2 days ago' or 2026-05-01 18:30."
_DAYS = {"day": 1, "week": 7}
_UNITS = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1)}
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


def _on_day(day: date, at: time, zone: tzinfo) -> datetime:
    """The wall-clock time `at` on `day` in `zone`, as an aware UTC datetime (DST-aware)."""
    return datetime.combine(day, at).replace(tzinfo=zone).astimezone(timezone.utc)


def _days_back(now: datetime, days: int, at: time | None, zone: tzinfo) -> datetime:
    """`at` (default: the wall-clock time of `now`) on the calendar day `days` before today in `zone`."""
    wall = at if at is not None else now.astimezone(zone).time().replace(tzinfo=None)
    return _on_day(clock.add_days(now, -days, zone), wall, zone)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else 1


def _days_named(clean: str) -> int | None:
    """How many calendar days back a bare day word is ("today" 0, "yesterday" 1, "2 weeks ago" 14), else None."""
    if clean in ("today", "yesterday"):
        return 0 if clean == "today" else 1
    match = _AGO.fullmatch(clean)
    return _count(match[1]) * _DAYS[match[2]] if match and match[2] in _DAYS else None


def day_meant(text: str, now: datetime, zone: tzinfo) -> date | None:
    """The calendar day in `zone` a bare day word names ("today", "yesterday", "3 days ago",
    "a week ago"); None for anything else (a time such as "yesterday 18:00" or "2 hours ago").

    :raises InvalidInteraction: for a day too far back to have a date
    """
    days = _days_named(" ".join(text.strip().lower().split()))
    try:
        return None if days is None else clock.add_days(now, -days, zone)
    except (ValueError, OverflowError):
        raise _bad(text) from None


def parse_at(text: str, now: datetime, zone: tzinfo | None = None) -> datetime:
    """Return the tz-aware time `text` means, relative to `now`; `InvalidInteraction` if unreadable.

    :param now: the current time (tz-aware); the demo journal passes its fixed clock.
    :param zone: the user's zone (`clock.zone_for(journal)`): days and times without a zone are read
        there; None is this computer's zone, looked up only when the text needs a calendar (a log
        "now" never pays for it)
    """
    clean = " ".join(text.strip().lower().split())
    if clean in ("now", "today"):
        return now
    ago = _AGO.fullmatch(clean)
    if zone is None and not (ago and ago[2] in _UNITS):  # minutes and hours ago need no calendar
        zone = clock.local_zone()
    try:
        if (days := _days_named(clean)) is not None:
            return _days_back(now, days, None, zone)
        if ago:
            return now - _count(ago[1]) * _UNITS[ago[2]]
        if match := _DAY.fullmatch(clean):
            at = _clock(text, match[2], match[3], match[4])
            return _days_back(now, 1 if match[1] == "yesterday" else 0, at, zone)
        parsed = datetime.fromisoformat(clean.upper().replace(" ", "T", 1) if clean[:1].isdigit() else clean)
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=zone).astimezone(timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise _bad(text) from None
