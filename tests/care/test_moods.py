"""A run of low moods: the documented rule (the last five all 1-2, or a 14-day mean of 2 or less over at least four)."""

from __future__ import annotations

import pandas as pd
import pytest

from reconcile_kit.care import low_moods

NOW = "2026-05-30T12:00:00+00:00"


def moods(*days_and_moods: tuple[int, int | None], kind: str = "message", deleted: int | None = None) -> pd.DataFrame:
    """A timeline with one row per (day of May, mood); `deleted`: the position of a soft-deleted row."""
    at = pd.to_datetime([f"2026-05-{d:02d}T10:00" for d, _ in days_and_moods], utc=True)
    gone = [pd.Timestamp("2026-05-30", tz="UTC") if i == deleted else pd.NaT for i in range(len(at))]
    return pd.DataFrame({"at": at, "direction": "out", "kind": kind,
                         "mood": pd.array([m for _, m in days_and_moods], dtype="Int64"),
                         "deleted_at": pd.to_datetime(gone, utc=True)})  # fmt: skip


@pytest.mark.parametrize(("rows", "rule"), [
    ([(1, 2), (2, 1), (3, 2), (4, 2), (5, 1)], "last_five"),          # old, but the last five logged are low
    ([(1, 2), (2, 1), (3, 2), (4, 3), (5, 1)], None),                 # one okay day among them
    ([(1, 2), (2, 1), (3, 2), (4, 2)], None),                         # only four, long ago
    ([(20, 2), (22, 1), (25, 3), (28, 2)], "two_weeks"),              # 14-day mean 2.0 over four
    ([(20, 2), (22, 2), (25, 3), (28, 3)], None),                     # mean 2.5
    ([(20, 1), (22, 1), (28, 2)], None),                              # three in the window: too few to say
    ([(1, 5), (2, 5), (20, 1), (22, 2), (25, 1), (28, 2)], "two_weeks"),  # good moods long ago do not hide it
    ([], None),
])  # fmt: skip
def test_the_rule(rows, rule):
    found = low_moods(moods(*rows), NOW)
    assert (found.rule if found else None) == rule


def test_entries_without_a_mood_do_not_count():
    assert low_moods(moods((1, 2), (2, None), (3, 1), (4, 2), (5, 2), (6, None)), NOW) is None


def test_moods_with_notes_and_held_back_messages_count():
    assert low_moods(moods(*[(d, 1) for d in range(1, 6)], kind="held_back"), NOW).rule == "last_five"


def test_a_deleted_entry_does_not_count():
    assert low_moods(moods((1, 2), (2, 1), (3, 2), (4, 2), (5, 1), deleted=4), NOW) is None


def test_moods_after_now_do_not_count():
    assert low_moods(moods(*[(d, 1) for d in range(1, 6)]), "2026-05-03T12:00:00+00:00") is None  # three so far


def test_the_words_describe_never_score():
    found = low_moods(moods((20, 2), (22, 1), (25, 3), (28, 2)), NOW)
    assert found.message.startswith("The moods you logged over the last 14 days have been low: 4 of them, 2.0 out of 5")
