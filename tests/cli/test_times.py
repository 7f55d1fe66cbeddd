"""Reading `--at` values (`cli.times.parse_at`): the forms it reads, a clear error for the rest."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.cli.times import day_meant, parse_at
from reconcile_kit.errors import InvalidInteraction

UTC = timezone.utc
NOW = datetime(2026, 10, 15, 19, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("now", NOW), ("Today", NOW), ("yesterday", NOW - timedelta(days=1)), ("yesterday 6pm", datetime(2026, 10, 14, 18, tzinfo=UTC)),
     ("today at 7.15", datetime(2026, 10, 15, 7, 15, tzinfo=UTC)), ("an hour ago", NOW - timedelta(hours=1)),
     ("3 weeks ago", NOW - timedelta(weeks=3)), ("2026-05-01", datetime(2026, 5, 1, tzinfo=UTC)),
     ("2026-05-01 18:30Z", datetime(2026, 5, 1, 18, 30, tzinfo=UTC))],
)  # fmt: skip
def test_parse_at(text, expected):
    assert parse_at(text, NOW, UTC) == expected


# Auckland 13:50 NZDT (UTC+13) on Sun 6 Dec; Los Angeles 09:00 PST on Mon 2 Nov, the day after the clocks went back
AUCKLAND, NZ_NOW = ZoneInfo("Pacific/Auckland"), datetime(2026, 12, 6, 0, 50, tzinfo=UTC)
LA, LA_NOW = ZoneInfo("America/Los_Angeles"), datetime(2026, 11, 2, 17, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [("yesterday 23:30", NZ_NOW, AUCKLAND, datetime(2026, 12, 5, 10, 30, tzinfo=UTC)),  # 23:30 NZDT on Sat 5 Dec
     ("2026-12-05 23:30", NZ_NOW, AUCKLAND, datetime(2026, 12, 5, 10, 30, tzinfo=UTC)),
     ("today 9:30", NZ_NOW, AUCKLAND, datetime(2026, 12, 5, 20, 30, tzinfo=UTC)),
     ("yesterday", LA_NOW, LA, datetime(2026, 11, 1, 17, 0, tzinfo=UTC)),  # 09:00 PST on Sun 1 Nov
     ("2 days ago", LA_NOW, LA, datetime(2026, 10, 31, 16, 0, tzinfo=UTC)),  # 09:00 PDT on Sat 31 Oct: 49 hours
     ("48 hours ago", LA_NOW, LA, datetime(2026, 10, 31, 17, 0, tzinfo=UTC)),  # hours pass as they pass
     ("2026-10-31 09:00-07:00", LA_NOW, AUCKLAND, datetime(2026, 10, 31, 16, 0, tzinfo=UTC))],  # its own zone wins
)  # fmt: skip
def test_parse_at_reads_days_and_bare_times_on_the_users_calendar(text, now, zone, expected):
    assert parse_at(text, now, zone) == expected


@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [("today", AUCKLAND, date(2026, 12, 6)), ("yesterday", AUCKLAND, date(2026, 12, 5)),
     ("today", LA, date(2026, 12, 5)), ("yesterday", LA, date(2026, 12, 4)), ("2 days ago", LA, date(2026, 12, 3)),
     ("a week ago", UTC, date(2026, 11, 29)), ("yesterday 18:00", LA, None), ("5 hours ago", LA, None),
     ("2026-12-01", LA, None)],
)  # fmt: skip
def test_day_meant_names_a_calendar_day_only_for_day_words(text, zone, expected):
    assert day_meant(text, NZ_NOW, zone) == expected


@pytest.mark.parametrize("text", ["soon", "", "today 25:00", "yesterday 13pm", "2026-13-01", "999999 weeks ago"])
def test_parse_at_refuses_unreadable_text(text):
    with pytest.raises(InvalidInteraction, match="is not a time I can read"):
        parse_at(text, NOW, UTC)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30))
def test_parse_at_gives_an_aware_time_or_a_clear_error(text):
    try:
        assert parse_at(text, NOW, UTC).tzinfo is not None
    except InvalidInteraction as error:
        assert str(error).startswith("at ")


@settings(max_examples=100, deadline=None)
@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)))
def test_parse_at_reads_back_iso_times(moment):
    assert parse_at(moment.isoformat(), NOW, UTC) == moment
