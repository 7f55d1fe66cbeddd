"""One click, one action: a double click on a button that writes is acted on once (forms.base.ClickGuard).

Both click messages of a double click reach the kernel before the first is handled; the tests
click twice in a row on a clock that stands still, then move the clock on.
"""

from __future__ import annotations

import pytest

from reconcile_kit.forms import (
    ApologyWorkbench,
    DraftChecker,
    HabitWatch,
    LogInteractionForm,
    OutcomeForm,
    ReflectionPrompt,
    StartJournalForm,
    TimelineTable,
)
from reconcile_kit.forms import base
from reconcile_kit.forms.base import REPEAT_SECONDS, ClickGuard
from reconcile_kit.model import Interaction


class Clock:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = Clock()
    monkeypatch.setattr(base, "click_clock", fake)
    return fake


@pytest.fixture
def journal(journal):
    """A journal with a fixed clock and three entries (1, 2 and 3 May)."""
    journal.set_setting("now", "2026-05-30T12:00:00+00:00")
    journal.set_setting("timezone", "UTC")
    for day in (1, 2, 3):
        journal.add(Interaction(at=f"2026-05-0{day}T10:00+00:00", channel="text", direction="out", kind="message",
                                summary=f"Entry {day}"))  # fmt: skip
    return journal


def test_a_repeat_click_is_ignored_until_the_interval_has_passed():
    clock, calls = Clock(), []
    guard = ClickGuard(lambda: calls.append(clock.now), clock=clock)
    guard()
    guard()
    clock.now += REPEAT_SECONDS - 0.01
    guard()
    clock.now += 0.01
    guard()
    assert calls == [100.0, 100.0 + REPEAT_SECONDS]


def test_a_click_after_the_form_changed_counts_at_once():
    clock, calls, form = Clock(), [], {"summary": "first"}
    guard = ClickGuard(lambda: calls.append(form["summary"]), clock=clock, state=lambda: dict(form))
    guard()
    guard()  # the rest of a double click: nothing changed
    form["summary"] = "second"  # typed (or filled by a test) at once
    guard()
    assert calls == ["first", "second"]


def test_logging_twice_in_a_row_with_new_words_logs_both(journal, clock):
    form = LogInteractionForm(journal)
    form.fill(at="2026-05-04T10:00", summary="Sent a hello")
    form.button.click()
    form.fill(at="2026-05-05T10:00", summary="Sent a photo")
    form.button.click()
    assert (list(journal.timeline()["summary"])[-2:], form.error) == (["Sent a hello", "Sent a photo"], "")


def test_a_click_while_the_action_runs_is_ignored():
    calls = []
    guard = ClickGuard(lambda: calls.append(guard()), clock=Clock())  # the action clicks again
    guard()
    assert calls == [None]


def test_the_interval_counts_from_the_end_of_a_slow_action():
    clock, calls = Clock(), []

    def slow() -> None:
        calls.append("run")
        clock.now += 5  # a slow write: the second click waited in the queue meanwhile

    guard = ClickGuard(slow, clock=clock)
    guard()
    guard()
    assert calls == ["run"]


def test_an_error_in_the_action_does_not_block_the_next_click():
    clock = Clock()
    guard = ClickGuard(lambda: 1 / 0, clock=clock)
    with pytest.raises(ZeroDivisionError):
        guard()
    clock.now += REPEAT_SECONDS
    with pytest.raises(ZeroDivisionError):
        guard()


def test_double_click_on_delete_deletes_only_the_picked_entry(journal, clock):
    table = TimelineTable(journal)
    table.select(table.entries["uid"][1])
    table.buttons["Delete"].click()
    table.buttons["Delete"].click()
    assert journal.timeline()["summary"].tolist() == ["Entry 1", "Entry 3"]
    assert (table.error, table.status) == ("", "Deleted. Undo brings it back.")


def test_delete_then_a_later_click_deletes_again(journal, clock):
    table = TimelineTable(journal)
    table.buttons["Delete"].click()
    clock.now += REPEAT_SECONDS
    table.buttons["Delete"].click()
    assert journal.timeline()["summary"].tolist() == ["Entry 1"]


def test_double_click_on_undo_undoes_once(journal, clock):
    table = TimelineTable(journal)
    table.buttons["Undo last change"].click()
    table.buttons["Undo last change"].click()
    assert journal.timeline()["summary"].tolist() == ["Entry 1", "Entry 2"]


def test_another_button_is_not_held_up(journal, clock):
    table = TimelineTable(journal)
    table.buttons["Delete"].click()
    table.buttons["Undo last change"].click()
    assert len(journal.timeline()) == 3


def test_double_click_on_record_writes_the_outcome_once(journal, clock):
    form = OutcomeForm(journal)
    form.fill(outcome="no_contact")
    form.button.click()
    form.button.click()
    assert (journal.timeline()["kind"] == "boundary").sum() == 1
    assert (form.error, form.status) == ("", "Recorded: they asked for no contact, or blocked me.")


def test_double_click_on_start_notifies_once(journal, clock):
    form, told = StartJournalForm(journal), []
    form.on_change(lambda: told.append(1))
    form.fill(their_pronouns="she/her", afraid="no", harm="no", order="no")
    form.button.click()
    form.button.click()
    assert told == [1]


@pytest.mark.parametrize(("make", "fill", "button", "count"), [
    (lambda j: HabitWatch(j), {"habit": "Going quiet"}, "add_button", lambda j: len(j.habits())),
    (lambda j: ReflectionPrompt(j, "S1.4", "What went well?"), {"text": "The walk"}, "button",
     lambda j: len(j.reflections("S1.4"))),
    (lambda j: ApologyWorkbench(j), {"text": "I am sorry I did not listen."}, "button",
     lambda j: len(j.reflections())),
])  # fmt: skip
def test_double_click_saves_once(journal, clock, make, fill, button, count):
    form = make(journal)
    form.fill(**fill)
    getattr(form, button).click()
    getattr(form, button).click()
    assert count(journal) == 1


def test_double_click_on_a_habit_check_in_writes_one(journal, clock):
    form = HabitWatch(journal)
    form.fill(habit="Going quiet")
    form.submit()
    form.kept_button.click()
    form.kept_button.click()
    assert len(journal.check_ins()) == 1


def test_double_click_on_log_logs_once_and_says_nothing_is_empty(journal, clock):
    form = LogInteractionForm(journal)
    form.fill(at="2026-05-04T10:00", summary="Sent a hello")
    form.button.click()
    form.button.click()
    assert (len(journal.timeline()), form.error) == (4, "")


def test_double_click_on_hold_back_keeps_it_once_and_says_nothing_is_missing(journal, clock):
    form = DraftChecker("first_message", journal)
    form.fill(text="I miss you so much, please answer me")
    form.hold_button.click()
    form.hold_button.click()
    assert ((journal.timeline()["kind"] == "held_back").sum(), form.error) == (1, "")
