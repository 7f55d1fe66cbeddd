"""Reading `--at` values (`cli.times.parse_at`): the forms it reads, a clear error for the rest."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.cli.times import parse_at
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
    assert parse_at(text, NOW) == expected


@pytest.mark.parametrize("text", ["soon", "", "today 25:00", "yesterday 13pm", "2026-13-01", "999999 weeks ago"])
def test_parse_at_refuses_unreadable_text(text):
    with pytest.raises(InvalidInteraction, match="is not a time I can read"):
        parse_at(text, NOW)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30))
def test_parse_at_gives_an_aware_time_or_a_clear_error(text):
    try:
        assert parse_at(text, NOW).tzinfo is not None
    except InvalidInteraction as error:
        assert str(error).startswith("at ")


@settings(max_examples=100, deadline=None)
@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)))
def test_parse_at_reads_back_iso_times(moment):
    assert parse_at(moment.isoformat(), NOW) == moment
