"""The situation's windows (guide/situation.py): "the last N days" are calendar days in the user's zone."""

from datetime import datetime

import pytest

from reconcile_kit.guide import situation
from reconcile_kit.timeline import from_records

LA = "America/Los_Angeles"


def timeline(*rows):
    """Rows of (local ISO time, direction, tone)."""
    return from_records({"at": [datetime.fromisoformat(at) for at, *_ in rows], "direction": [r[1] for r in rows],
                         "kind": ["message"] * len(rows), "tone": [r[2] for r in rows]})  # fmt: skip


# Los Angeles: a warm reply on Wed 21 Oct (PDT) and on Fri 30 Oct; the clocks go back on Sun 1 Nov.
WARM = timeline(("2026-10-20T19:00-07:00", "out", "none"), ("2026-10-21T09:00-07:00", "in", "positive"),
                ("2026-10-29T19:00-07:00", "out", "none"), ("2026-10-30T09:00-07:00", "in", "positive"))  # fmt: skip


@pytest.mark.parametrize(("now", "ready", "warm"), [
    # 3 Nov: the last 14 days are 21 Oct to 3 Nov, both replies count, all day
    ("2026-11-03T00:01-08:00", True, 2),
    ("2026-11-03T23:59-08:00", True, 2),
    # 4 Nov: 21 Oct has left the window, from midnight on (not at 08:00, 14 x 24 hours after it in PST)
    ("2026-11-04T00:01-08:00", False, 1),
    ("2026-11-04T07:30-08:00", False, 1),
    ("2026-11-04T08:30-08:00", False, 1),
])  # fmt: skip
def test_readiness_holds_or_lapses_by_calendar_day_across_a_dst_change(now, ready, warm):
    sit = situation(WARM, now, {"timezone": LA})
    assert (sit.ready_to_ask, sit.warm_replies) == (ready, warm)


@pytest.mark.parametrize(("zone", "warm"), [
    # 10:00 UTC on 4 Nov; the 21 Oct reply was 16:00 UTC that day, 05:00 on 22 Oct in Auckland
    ("UTC", 1),  # 4 Nov: the last 14 days start on 22 Oct
    ("America/Los_Angeles", 1),  # 02:00 on 4 Nov: the same
    ("Pacific/Auckland", 2),  # 23:00 on 4 Nov, and the reply fell on 22 Oct there
])  # fmt: skip
def test_the_window_follows_the_users_calendar(zone, warm):
    assert situation(WARM, "2026-11-04T10:00+00:00", {"timezone": zone}).warm_replies == warm


@pytest.mark.parametrize(("now", "recent"), [
    # four unanswered messages on 28 Oct to 31 Oct (PDT): the last 7 days on 3 Nov are 28 Oct to 3 Nov
    ("2026-11-03T23:00-08:00", 4),
    # on 4 Nov (PST) 28 Oct has left the last 7 days, at any hour
    ("2026-11-04T00:30-08:00", 3),
])  # fmt: skip
def test_the_pestering_window_is_calendar_days(now, recent):
    rows = [(f"2026-10-{day}T20:00-07:00", "out", "none") for day in (28, 29, 30, 31)]
    assert situation(timeline(*rows), now, {"timezone": LA}).recent_unanswered == recent
