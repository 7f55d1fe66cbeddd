"""ReflectionPrompt and HabitWatch: answers and check-ins kept in the journal."""

import pytest

from reconcile_kit.forms import HabitWatch, ReflectionPrompt


def test_reflection_saves_the_answer(journal):
    prompt = ReflectionPrompt(journal, "S1.4", "What do you hope for, and what can you let go of?")
    prompt.fill(text="  I hope we can talk.  ")
    assert prompt.submit() is not None and journal.latest_reflection("S1.4") == "I hope we can talk."


def test_reflection_opens_with_the_saved_answer(journal):
    journal.add_reflection("S3.1", "I joined a choir.")
    assert ReflectionPrompt(journal, "S3.1", "What have you done since?").answer.value == "I joined a choir."


def test_reflection_empty_answer_is_an_error(journal):
    prompt = ReflectionPrompt(journal, "S1.4", "Q?")
    assert prompt.submit() is None and prompt.error.startswith("The answer is empty")


def test_reflection_question_is_escaped(journal):
    prompt = ReflectionPrompt(journal, "x", "<script>alert(1)</script>?")
    assert "&lt;script&gt;" in prompt.widget.children[0].value


def test_habit_is_added_and_picked(journal):
    watch = HabitWatch(journal)
    watch.fill(habit="Going quiet when upset")
    habit_id = watch.submit()
    assert (watch.picker.value, list(watch.summary()["Habit"])) == (habit_id, ["Going quiet when upset"])


def test_habit_check_ins_are_counted(journal):
    watch = HabitWatch(journal)
    watch.fill(habit="Scrolling at dinner")
    watch.submit()
    watch.check_in(slipped=False)
    watch.check_in(slipped=True)
    assert watch.summary()[["Check-ins", "Kept", "Slipped"]].values.tolist() == [[2, 1, 1]]


def test_habit_check_in_without_a_habit_is_an_error(journal):
    watch = HabitWatch(journal)
    assert watch.check_in() is None and watch.error == "Add a habit first, then check in on it."


def test_habit_names_are_escaped_in_the_table(journal):
    journal.add_habit('<img src=x onerror="alert(1)">')
    assert "<img" not in HabitWatch(journal).table.value


def test_habit_check_in_goes_to_the_first_habit_by_default(journal):
    first = journal.add_habit("Going quiet")
    journal.add_habit("Big plans alone")
    watch = HabitWatch(journal)
    assert watch.check_in(slipped=True) is not None and journal.check_ins()["habit_id"].tolist() == [first]
