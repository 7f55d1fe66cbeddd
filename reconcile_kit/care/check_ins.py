"""The slow path's plan (S5.1-S5.3): a dated check-in against each old habit, every `EVERY_DAYS` days.

Going slowly means noticing, not scoring: the plan says when each habit on the watch list is
next due a check-in (a week after the last one, or after the habit was added), and how the
check-ins so far went, kept to it or slipped. Days are calendar days in the user's zone
(`reconcile_kit.clock`).
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

import pandas as pd

from .. import clock

__all__ = ["EVERY_DAYS", "COLUMNS", "check_in_plan", "next_check_in"]

EVERY_DAYS = 7
COLUMNS = ("Habit", "Check-ins", "Kept", "Slipped", "Last check-in", "Next check-in")


def next_check_in(last: datetime, zone: tzinfo, every_days: int = EVERY_DAYS) -> date:
    """The calendar day a habit is next due a check-in: `every_days` after `last` (its last check-in, or when it was added)."""
    return clock.add_days(last, every_days, zone)


def _when(day: date, now: datetime, zone: tzinfo) -> str:
    left = clock.calendar_days(now, day, zone)
    if left > 0:
        return clock.day_label(day)
    return "today" if left == 0 else f"due since {clock.day_label(day)}"


def check_in_plan(habits: pd.DataFrame, check_ins: pd.DataFrame, now: datetime, zone: tzinfo,
                  every_days: int = EVERY_DAYS) -> pd.DataFrame:  # fmt: skip
    """One row per habit: Habit, Check-ins, Kept, Slipped, Last check-in, Next check-in (days in words, "Thu 22 Oct").

    :param habits: `Journal.habits()` (id, name, created_at)
    :param check_ins: `Journal.check_ins()` (habit_id, at, slipped, note); check-ins after `now` are left out
    """
    done = check_ins[check_ins["at"] <= pd.Timestamp(now)]
    rows = []
    for habit_id, name, created in zip(habits["id"], habits["name"], habits["created_at"], strict=True):  # a short list
        mine = done[done["habit_id"] == habit_id]
        last = mine["at"].max() if len(mine) else None
        since = (last if last is not None else created).to_pydatetime()
        rows.append({
            "Habit": name, "Check-ins": len(mine), "Kept": int((~mine["slipped"]).sum()), "Slipped": int(mine["slipped"].sum()),
            "Last check-in": clock.day_label(last.to_pydatetime(), zone) if last is not None else "not yet",
            "Next check-in": _when(next_check_in(since, zone, every_days), now, zone),
        })  # fmt: skip
    return pd.DataFrame(rows, columns=list(COLUMNS))
