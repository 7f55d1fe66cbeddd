"""One calendar (reconcile_kit.clock): calendar days in the user's zone, worked out by hand per case."""

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from reconcile_kit import clock
from reconcile_kit.errors import InvalidSettings


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("earlier", "later", "zone", "days"),
    [
        # 30 Nov 20:00 -> 2 Dec 15:00 in UTC: 30 Nov, 1 Dec, 2 Dec = 2 calendar days (43 hours)
        ("2026-11-30T20:00", "2026-12-02T15:00", "UTC", 2),
        # London in winter is UTC: 1 Dec 23:00 -> 2 Dec 12:00 is 13 hours but the next day = 1
        ("2026-12-01T23:00", "2026-12-02T12:00", "Europe/London", 1),
        # clocks go forward on 29 Mar 2026: 28 Mar 23:30 GMT -> 30 Mar 00:30 BST, 24 hours = 2 days
        ("2026-03-28T23:30", "2026-03-29T23:30", "Europe/London", 2),
        # clocks go back on 25 Oct 2026: 24 Oct 23:30 BST (22:30Z) -> 25 Oct 23:30 GMT (23:30Z) = 1 day in 25 hours
        ("2026-10-24T22:30", "2026-10-25T23:30", "Europe/London", 1),
        # Los Angeles (UTC-8): 1 Dec 22:00 -> 2 Dec 09:00 local = 1, though both are 2 Dec in UTC
        ("2026-12-02T06:00", "2026-12-02T17:00", "America/Los_Angeles", 1),
        ("2026-12-02T06:00", "2026-12-02T17:00", "UTC", 0),
        # Tokyo (UTC+9): 1 Dec 23:30 -> 2 Dec 00:30 local, one hour apart = 1
        ("2026-12-01T14:30", "2026-12-01T15:30", "Asia/Tokyo", 1),
        # Kiritimati (UTC+14): 1 Dec 23:00 -> 2 Dec 01:00 local = 1; in UTC both 1 Dec = 0
        ("2026-12-01T09:00", "2026-12-01T11:00", "Pacific/Kiritimati", 1),
        ("2026-12-01T09:00", "2026-12-01T11:00", "UTC", 0),
    ],
)
def test_calendar_days_count_midnights_in_the_users_zone(earlier, later, zone, days):
    assert clock.calendar_days(utc(earlier), utc(later), clock.zone_named(zone)) == days


@pytest.mark.parametrize(
    ("moment", "now", "zone", "words"),
    [
        ("2026-12-02T09:00", "2026-12-02T15:00", "UTC", "today"),
        ("2026-12-01T23:00", "2026-12-02T12:00", "Europe/London", "yesterday"),
        ("2026-11-30T20:00", "2026-12-02T15:00", "UTC", "2 days ago"),
        ("2026-12-01T14:30", "2026-12-01T15:30", "Asia/Tokyo", "yesterday"),
        ("2026-12-03T10:00", "2026-12-02T15:00", "UTC", "tomorrow"),
        ("2026-12-05T10:00", "2026-12-02T15:00", "UTC", "in 3 days"),
    ],
)
def test_ago_says_calendar_days(moment, now, zone, words):
    assert clock.ago(utc(moment), utc(now), clock.zone_named(zone)) == words


def test_hours_are_given_only_for_earlier_today():
    zone = clock.zone_named("UTC")
    assert [clock.ago(utc(m), utc("2026-12-02T15:00"), zone, hours_today=True) for m in
            ("2026-12-02T14:30", "2026-12-02T10:00", "2026-12-01T23:00")] == [
        "less than an hour ago", "5 hours ago", "yesterday"]  # fmt: skip


def test_until_words_agree_with_the_days_they_count():
    # a warm reply on 30 Nov, wait 3 days -> 3 Dec; asked on 2 Dec: 3 Dec - 2 Dec = 1 day
    zone = clock.zone_named("UTC")
    until = clock.add_days(utc("2026-11-30T20:00"), 3, zone)
    assert clock.until_words(until, utc("2026-12-02T15:00"), zone) == (1, "1 more day, until Thu 3 Dec")


def test_day_label_reads_the_users_calendar():
    assert clock.day_label(utc("2026-12-02T23:30"), ZoneInfo("Asia/Tokyo")) == "Thu 3 Dec"


@pytest.mark.parametrize(("now", "days", "zone", "start"), [
    # the last 7 days on Wed 2 Dec (UTC) are 26 Nov to 2 Dec
    ("2026-12-02T15:00", 7, "UTC", "2026-11-26T00:00"),
    # 23:00 UTC on 8 Dec is noon on 9 Dec in Auckland (NZDT, UTC+13): 26 Nov 00:00 NZDT
    ("2026-12-08T23:00", 14, "Pacific/Auckland", "2026-11-25T11:00"),
    # Los Angeles, 4 Nov (PST) back to 22 Oct (PDT, UTC-7), across the end of daylight saving
    ("2026-11-04T16:30", 14, "America/Los_Angeles", "2026-10-22T07:00"),
    ("2026-11-04T08:10", 1, "America/Los_Angeles", "2026-11-04T08:00"),
])  # fmt: skip
def test_the_last_days_start_at_local_midnight(now, days, zone, start):
    assert clock.last_days_start(utc(now), days, clock.zone_named(zone)) == utc(start)


def test_start_of_day_is_local_midnight():
    assert clock.start_of_day(date(2026, 7, 1), ZoneInfo("Europe/London")) == utc("2026-06-30T23:00")


def test_the_journal_zone_setting_wins_and_empty_means_this_computer():
    class Journal:
        def __init__(self, zone):
            self.zone = zone

        def get_setting(self, key):
            return self.zone if key == "timezone" else None

    assert (str(clock.zone_for(Journal("Asia/Tokyo"))), str(clock.zone_for(Journal(None)))) == ("Asia/Tokyo", "UTC")


def test_an_unknown_zone_names_itself():
    with pytest.raises(InvalidSettings, match="time zone 'Mars/Olympus' is not known; use a name like Europe/London"):
        clock.zone_named("Mars/Olympus")
