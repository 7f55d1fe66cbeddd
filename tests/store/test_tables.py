"""The smaller tables (tables.py, through Journal's methods): settings, reflections, checklist, habits."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from reconcile_kit.errors import InvalidInteraction, UnknownEntry

UTC = timezone.utc


# -- settings -----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["Sam", 3, 2.5, True, ["Alex", "A."], {"pestering": 3}])
def test_settings_roundtrip(journal, value):
    journal.set_setting("key", value)
    assert journal.get_setting("key") == value


def test_missing_setting_gives_the_default(journal):
    assert journal.get_setting("their_name", "them") == "them"


def test_setting_none_removes_it(journal):
    journal.set_setting("outcome", "closure")
    journal.set_setting("outcome", None)
    assert journal.settings() == {}


def test_setting_that_is_not_plain_data_is_refused(journal):
    with pytest.raises(InvalidInteraction, match="setting 'now' must be text, a number"):
        journal.set_setting("now", datetime.now(UTC))



# -- reflections --------------------------------------------------------------------------


def test_reflections_roundtrip(journal):
    at = datetime(2026, 6, 1, tzinfo=UTC)
    ids = [journal.add_reflection("S1.4", "expect nothing", at=at), journal.add_reflection("S5.5", "I tried", at=at)]
    frame = journal.reflections("S5.5")
    assert (ids, list(frame.columns), frame["text"].tolist()) == ([1, 2], ["id", "prompt_id", "text", "at"], ["I tried"])


def test_latest_reflection_is_the_newest(journal):
    journal.add_reflection("apology_draft", "first try", at=datetime(2026, 6, 1, tzinfo=UTC))
    journal.add_reflection("apology_draft", "second try", at=datetime(2026, 6, 2, tzinfo=UTC))
    assert (journal.latest_reflection("apology_draft"), journal.latest_reflection("S1.1")) == ("second try", None)


def test_empty_reflection_is_refused(journal):
    with pytest.raises(InvalidInteraction, match="^text is empty"):
        journal.add_reflection("S1.4", "  ")



# -- checklist, habits and check-ins ------------------------------------------------------


def test_ticks_keep_the_first_time_and_can_be_undone(journal):
    journal.set_ticked("S1.1", at=datetime(2026, 6, 1, tzinfo=UTC))
    journal.set_ticked("S1.1", at=datetime(2026, 6, 9, tzinfo=UTC))
    journal.set_ticked("S1.2")
    journal.set_ticked("S1.2", done=False)
    assert journal.ticked() == {"S1.1": datetime(2026, 6, 1, tzinfo=UTC)}


def test_habits_and_check_ins_roundtrip(journal):
    habit = journal.add_habit("Going quiet", at=datetime(2026, 10, 1, tzinfo=UTC))
    journal.check_in(habit, slipped=True, note="one evening", at=datetime(2026, 10, 2, tzinfo=UTC))
    row = journal.check_ins().iloc[0]
    assert (journal.habits()["name"].tolist(), row["habit_id"], row["slipped"], row["note"]) == (
        ["Going quiet"], habit, True, "one evening")  # fmt: skip


def test_check_in_for_an_unknown_habit(journal):
    with pytest.raises(UnknownEntry, match="^no habit with id 7 is on the watch list$"):
        journal.check_in(7, slipped=False)
