"""WindowForm: the reconnection window proposed at the last long silence; set, changed or cleared only by a button."""

from __future__ import annotations

from datetime import date, datetime, timezone

from reconcile_kit.forms import WindowForm


def chat(journal, make_interaction, *days: tuple[int, int]) -> None:
    journal.set_setting("timezone", "UTC")
    for n, (month, day) in enumerate(days):
        journal.add(make_interaction(at=datetime(2026, month, day, 20, tzinfo=timezone.utc), summary=f"m{n}",
                                     direction="in" if n % 2 else "out"))  # fmt: skip


def test_proposes_the_first_day_of_the_silence_as_the_day_they_parted(journal, make_interaction):
    chat(journal, make_interaction, (1, 5), (1, 6), (3, 9), (3, 10))
    form = WindowForm(journal)
    assert ("a long silence, from Tue 6 Jan 2026 to Mon 9 Mar 2026. Was Tue 6 Jan 2026, its first day, the day you "
            "parted? The guide would then read from the day after, the silence included") in form.describe()
    assert (form.proposal, journal.get_setting("split_on")) == (date(2026, 1, 6), None)


def test_accept_sets_the_day_they_parted_and_the_window_opens_the_day_after(journal, make_interaction):
    chat(journal, make_interaction, (1, 5), (1, 6), (3, 9), (3, 10))
    form = WindowForm(journal)
    assert (form.accept(), journal.get_setting("split_on")) == (date(2026, 1, 6), "2026-01-06")
    assert form.status == "Saved. The reconnection window starts on Wed 7 Jan 2026; everything before it is how it was."


def test_no_silence_no_proposal(journal, make_interaction):
    chat(journal, make_interaction, (3, 1), (3, 2))
    form = WindowForm(journal)
    assert (form.proposal, form.accept(), form.error) == (None, None, "There is no long silence in your chat to start from: pick the day yourself.")


def test_a_day_set_is_shown_and_can_be_changed(journal, make_interaction):
    chat(journal, make_interaction, (3, 1))
    journal.set_setting("split_on", "2026-02-01")
    form = WindowForm(journal)
    assert (form.picker.value, "starts on Mon 2 Feb 2026, the day after Sun 1 Feb 2026" in form.describe()) == (date(2026, 2, 1), True)
    form.fill(split_on="2026-02-10")
    assert journal.get_setting("split_on") == "2026-02-01"  # nothing written before the button
    form.submit()
    assert journal.get_setting("split_on") == "2026-02-10"


def test_clear_removes_the_day(journal, make_interaction):
    chat(journal, make_interaction, (3, 1))
    journal.set_setting("split_on", "2026-02-01")
    form = WindowForm(journal)
    form.clear()
    assert (journal.get_setting("split_on"), form.status) == (None, "Cleared: the kit reads your whole history again.")


def test_saving_an_empty_picker_says_what_to_do(journal):
    form = WindowForm(journal)
    assert (form.submit(), form.error) == (None, "The day you split up is empty: pick a day, or use Clear it.")


def test_a_day_after_today_is_not_saved(journal):
    journal.set_setting("now", "2026-05-30T12:00:00+00:00")
    journal.set_setting("timezone", "UTC")
    form = WindowForm(journal)
    form.fill(split_on="2030-01-01")
    assert (form.submit(), journal.get_setting("split_on"), form.status) == (None, None, "")
    assert form.error == ("The day you split up is after today: Tue 1 Jan 2030 comes after Sat 30 May 2026; "
                          "pick the day you parted, today at the latest")  # fmt: skip
