"""StartJournalForm and SafetyScreen: start your journal without Python, the safety questions, renaming only on purpose."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile_kit import Journal
from reconcile_kit.forms import SafetyScreen, StartJournalForm
from reconcile_kit.forms.base import closure_for
from reconcile_kit.store import default_path

SAFE = {"afraid": "no", "harm": "no", "order": "no"}


def started(journal, **fields):
    form = StartJournalForm(journal)
    form.fill(**{"their_name": "Sam", "their_pronouns": "she/her", **SAFE, **fields})
    return form, form.submit()


def test_from_the_demo_start_creates_your_journal_in_the_default_place(demo):
    _form, mine = started(demo)
    assert (mine.path, default_path().exists(), demo.get_setting("their_name")) == (default_path(), True, "Robin")


def test_start_writes_the_details(journal):
    _form, mine = started(journal, split_on="2026-03-14", my_names="Alex, Alex M.")
    assert [mine.get_setting(k) for k in ("their_name", "their_pronouns", "split_on", "my_names", "safety")] == [
        "Sam", "she/her", "2026-03-14", ["Alex", "Alex M."], "none"]


def test_the_form_says_which_file_it_writes_and_how_to_see_the_demo_again(demo):
    where = StartJournalForm(demo).where
    assert (f"Start creates your own journal, {default_path()}," in where, "RECONCILE_KIT_DEMO=1" in where) == (True, True)


def test_the_home_folder_is_shown_as_a_tilde(journal, monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert StartJournalForm(journal).where.startswith("This is your journal, ~/journal.sqlite3, on this computer only.")


def test_a_yes_turns_the_reconnecting_features_off_and_says_why(journal):
    form, mine = started(journal, harm="yes")
    assert (mine.get_setting("safety"), closure_for(mine).reason) == ("concern", "safety")
    assert "Because of what you answered, it has turned off everything about reaching out" in form.status


def test_a_yes_shows_where_to_get_help(journal):
    form, _mine = started(journal, afraid="yes")
    assert "Women&#x27;s Refuge" in form.safety.reply.children[0].children[0].value


def test_each_safety_question_needs_an_answer(journal):
    form = StartJournalForm(journal)
    form.fill(their_name="Sam", afraid="no")
    assert form.submit() is None and form.error.startswith("Please answer each safety question (any answer is fine): Have they")


def test_lifting_a_concern_needs_the_box_ticked(journal):
    journal.set_setting("safety", "concern")
    screen = SafetyScreen(journal)
    screen.fill(**SAFE)
    assert (screen.submit(), journal.get_setting("safety")) == (None, "concern")
    screen.fill(lift=True)
    assert (screen.submit(), journal.get_setting("safety")) == ("none", "none")


def test_a_name_once_set_is_never_changed_silently(journal):
    started(journal)
    form = StartJournalForm(journal)
    form.name.value = "Robin"
    assert form.submit() is None and "Renaming is its own step" in form.error and journal.get_setting("their_name") == "Sam"


def test_renaming_needs_the_confirmation(journal):
    started(journal)
    form = StartJournalForm(journal)
    assert (form.rename("Samantha"), journal.get_setting("their_name")) == (False, "Sam")
    assert (form.rename("Samantha", confirm=True), form.status) == (True, "Renamed: the kit now says Samantha instead of Sam.")


def test_pronouns_the_kit_cannot_use_are_named_by_their_label(journal):
    form, mine = started(journal, their_pronouns="x")
    assert (mine, form.error) == (None, "Their pronouns 'x' are not ones the kit knows: use they/them, she/her, "
                                        "he/him, or three words like ze/zir/zir.")


def test_the_split_day_is_offered_back(journal):
    started(journal, split_on=date(2026, 3, 14))
    assert StartJournalForm(journal).split_on.value == date(2026, 3, 14)


@pytest.mark.parametrize("payload", ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">'])
def test_the_path_shown_is_escaped(tmp_path, payload):
    with Journal.open(tmp_path / payload.replace("/", "") / "journal.sqlite3") as journal:
        header = StartJournalForm(journal).widget.children[0].value
    assert "<script" not in header and "<img" not in header


def test_the_demo_is_never_written(demo):
    before = demo.settings()
    started(demo, afraid="yes")
    assert demo.settings() == before and Journal.open(default_path()).get_setting("safety") == "concern"


def _clocked(journal, now="2026-05-30T12:00:00+00:00", zone="UTC"):
    journal.set_setting("now", now)
    journal.set_setting("timezone", zone)
    return journal


def test_a_split_day_after_today_is_refused_and_nothing_is_written(journal):
    form, mine = started(_clocked(journal), split_on="2026-05-31")
    assert (mine, form.error) == (None, "The day you split up is after today: Sun 31 May 2026 comes after "
                                        "Sat 30 May 2026; pick the day you parted, today at the latest")  # fmt: skip
    assert (journal.get_setting("split_on"), journal.get_setting("safety"), form.split_on.value) == (
        None, None, date(2026, 5, 31))


def test_the_split_day_is_judged_on_the_journals_calendar(journal):
    _form, mine = started(_clocked(journal, "2026-05-30T23:30:00+00:00", "Pacific/Auckland"), split_on="2026-05-31")
    assert mine.get_setting("split_on") == "2026-05-31"  # already 31 May in Auckland


def test_from_the_demo_a_split_day_after_today_creates_no_journal(demo):
    form, mine = started(demo, split_on="2999-01-01")
    assert (mine, default_path().exists()) == (None, False)
    assert form.error.startswith("The day you split up is after today: Tue 1 Jan 2999 comes after ")
