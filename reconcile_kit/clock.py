"""The kit's clock and calendar: "now" for a journal, and calendar days in the user's time zone.

One calendar for every surface (advice, summaries, charts, forms, the CLI): "today",
"yesterday", "3 days ago" and "until Thu 3 Dec" are counted in calendar days in the user's
zone, never in 24-hour blocks. The zone is the journal's `timezone` setting (an IANA name such
as "Europe/London"), else this computer's zone. The demo journal carries a fixed clock (setting
`now`) and its own zone, so its outputs are the same on every machine.

    zone = zone_for(journal)
    calendar_days(reply_at, now, zone)          # 2: the reply was the day before yesterday
    ago(reply_at, now, zone)                    # "2 days ago"
    day_label(add_days(reply_at, 3, zone))      # "Thu 3 Dec"
    reply_at >= last_days_start(now, 14, zone)  # within the last 14 days: today and the 13 before
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any

__all__ = [
    "NOW_SETTING",
    "TIMEZONE_SETTING",
    "now_for",
    "zone_for",
    "zone_named",
    "local_zone",
    "local_day",
    "calendar_days",
    "add_days",
    "start_of_day",
    "last_days_start",
    "ago",
    "day_label",
    "after_today",
    "until_words",
]

NOW_SETTING = "now"  # a fixed clock (ISO text), set by the demo and by test journals
TIMEZONE_SETTING = "timezone"  # the user's IANA zone name; empty = this computer's zone


def now_for(journal: Any) -> datetime:
    """Return the journal's fixed clock (setting `now`, set by the demo) or the current UTC time."""
    fixed = journal.get_setting(NOW_SETTING) if journal is not None else None
    if fixed:
        return datetime.fromisoformat(fixed).astimezone(timezone.utc)
    return datetime.now(timezone.utc)


def local_zone() -> tzinfo:
    """This computer's time zone, with its daylight-saving rules ($TZ or the system setting)."""
    import tzlocal  # on first use: a CLI start that never shows a date does not pay for it

    try:
        return tzlocal.get_localzone()
    except Exception:  # an unreadable system setting: fall back to the current fixed offset
        return datetime.now().astimezone().tzinfo or timezone.utc


def zone_named(name: str | None) -> tzinfo:
    """The zone an IANA name stands for ("" or None: this computer's zone).

    :raises InvalidSettings: for a name the time zone database does not know
    """
    text = str(name or "").strip()
    if not text:
        return local_zone()
    if text.upper() == "UTC":
        return timezone.utc
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        from .errors import InvalidSettings

        raise InvalidSettings(
            f"time zone {text!r} is not known; use a name like Europe/London or America/New_York"
        ) from None


def zone_for(journal: Any) -> tzinfo:
    """The user's zone for `journal`: its `timezone` setting, else this computer's zone."""
    name = journal.get_setting(TIMEZONE_SETTING) if journal is not None else None
    return zone_named(name)


def local_day(moment: datetime | date, zone: tzinfo) -> date:
    """The calendar day `moment` falls on in `zone` (a date is taken as it is)."""
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            moment = moment.astimezone()  # naive = this computer's wall time, as everywhere in the kit
        return moment.astimezone(zone).date()
    return moment


def calendar_days(earlier: datetime | date, later: datetime | date, zone: tzinfo) -> int:
    """Whole calendar days from `earlier` to `later` in `zone`: 0 the same day, 1 the next day."""
    return (local_day(later, zone) - local_day(earlier, zone)).days


def add_days(moment: datetime | date, days: int, zone: tzinfo) -> date:
    """The calendar day `days` after the day of `moment` in `zone`."""
    return local_day(moment, zone) + timedelta(days=days)


def start_of_day(day: date, zone: tzinfo) -> datetime:
    """Midnight at the start of `day` in `zone`, as an aware UTC datetime."""
    return datetime.combine(day, time(0, 0)).replace(tzinfo=zone).astimezone(timezone.utc)


def last_days_start(now: datetime, days: int, zone: tzinfo) -> datetime:
    """The first moment of "the last `days` days": midnight in `zone` at the start of the day
    `days - 1` before today, so the window is today and the `days - 1` days before it.

    A moment counts as within the last `days` days when it is at or after this (and not after
    `now`); the answer is the same all day long, whatever the hour or a daylight-saving change.
    """
    return start_of_day(add_days(now, 1 - days, zone), zone)


def ago(moment: datetime | date, now: datetime, zone: tzinfo, *, hours_today: bool = False) -> str:
    """How long ago `moment` was, in calendar days: "today", "yesterday", "3 days ago".

    With `hours_today`, a time earlier today reads "5 hours ago" or "less than an hour ago".
    A moment in the future reads "tomorrow" or "in 3 days".
    """
    days = calendar_days(moment, now, zone)
    if days == 0:
        if hours_today and isinstance(moment, datetime):
            hours = int((now - moment).total_seconds() // 3600)
            if hours < 1:
                return "less than an hour ago"
            return f"{hours} hour{'s' if hours != 1 else ''} ago"
        return "today"
    if days == 1:
        return "yesterday"
    if days > 1:
        return f"{days} days ago"
    return "tomorrow" if days == -1 else f"in {-days} days"


def day_label(day: datetime | date, zone: tzinfo | None = None) -> str:
    """A day as the kit writes it: "Thu 3 Dec" (a datetime is first put on `zone`'s calendar)."""
    if isinstance(day, datetime):
        day = local_day(day, zone or timezone.utc)
    return f"{day:%a} {day.day} {day:%b}"


def after_today(day: date, now: datetime, zone: tzinfo) -> str | None:
    """For a day after today in `zone`: "Thu 1 Jan 2030 comes after Sat 30 May 2026" (None for today or earlier)."""
    today = local_day(now, zone)
    return None if day <= today else f"{day_label(day)} {day.year} comes after {day_label(today)} {today.year}"


def until_words(day: date, now: datetime, zone: tzinfo) -> tuple[int, str]:
    """(calendar days from today to `day`, "1 more day, until Thu 3 Dec"): the two always agree."""
    left = calendar_days(now, day, zone)
    return left, f"{left} more day{'s' if left != 1 else ''}, until {day_label(day)}"
