"""LogInteractionForm and TimelineTable, driven through fill/submit without a kernel."""

from datetime import date, time

import pytest

from reconcile_kit.forms import LogInteractionForm, TimelineTable
from reconcile_kit.forms.base import field_message, link

XSS = ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">']


def logged(journal, **fields):
    form = LogInteractionForm(journal)
    form.fill(**{"at": "2026-05-01T18:30", "summary": "Sent a hello", **fields})
    return form.submit()


def test_log_writes_the_entry(journal):
    logged(journal, summary="Asked about the concert", tone="positive", kind="message")
    row = journal.timeline().iloc[0]
    assert (row["summary"], row["tone"], row["kind"]) == ("Asked about the concert", "positive", "message")


def test_log_takes_date_and_time_as_picked(journal):
    stored = logged(journal, date=date(2026, 5, 2), time=time(9, 15))
    assert stored.at.astimezone().strftime("%Y-%m-%d %H:%M") == "2026-05-02 09:15"


def test_log_mood_not_noted_is_empty(journal):
    assert logged(journal, mood=None).mood is None


@pytest.mark.parametrize("mood", [1, 5])
def test_log_mood_is_stored(journal, mood):
    assert logged(journal, mood=mood).mood == mood


def test_bad_input_writes_nothing_and_keeps_the_draft(journal):
    form = LogInteractionForm(journal)
    form.fill(summary="   ", text="My draft stays here", tone="positive")
    assert form.submit() is None
    assert (len(journal.timeline()), form.inputs["text"].value, form.inputs["tone"].value) == (0, "My draft stays here", "positive")


def test_bad_input_error_is_shown_beside_its_field(journal):
    form = LogInteractionForm(journal)
    form.fill(summary="")
    form.submit()
    assert "In a few words is empty" in form.error and "In a few words is empty" in form.field_errors["summary"].value
    assert form.field_errors["notes"].value == ""


def test_missing_date_is_an_error_beside_the_date(journal):
    form = LogInteractionForm(journal)
    form.fill(date=None, summary="Hello")
    assert form.submit() is None and "When is missing: pick the date" in form.field_errors["date"].value


def test_success_confirms_resets_and_notifies(journal):
    form, calls = LogInteractionForm(journal), []
    form.on_change(lambda: calls.append(1))
    form.fill(summary="A short hello", text="Hi!", tags="first, light")
    assert form.submit() is not None
    assert (form.status.startswith("Logged: A short hello."), form.inputs["summary"].value, calls) == (True, "", [1])


def test_after_an_error_a_good_submit_clears_it(journal):
    form = LogInteractionForm(journal)
    form.fill(summary="")
    form.submit()
    form.fill(summary="Now with words")
    assert form.submit() is not None and (form.error, form.field_errors["summary"].value) == ("", "")


@pytest.mark.parametrize("payload", XSS)
def test_confirmation_escapes_the_summary(journal, payload):
    form = LogInteractionForm(journal)
    form.fill(summary=payload)
    form.submit()
    assert "<script>" not in form.status_line.value and "<img" not in form.status_line.value
    assert "&lt;" in form.status_line.value


def test_fill_rejects_unknown_fields(journal):
    with pytest.raises(TypeError, match="unknown field 'colour'; this form has: at, date"):
        LogInteractionForm(journal).fill(colour="blue")


def test_form_shows_the_plain_labels(journal):
    labels = [label for label, _ in LogInteractionForm(journal).inputs["channel"].options]
    assert labels[:4] == ["Text message", "Email", "Phone call", "Video call"]


def test_table_lists_newest_first(journal):
    logged(journal, summary="first", at="2026-05-01T10:00")
    logged(journal, summary="second", at="2026-05-03T10:00")
    assert list(TimelineTable(journal).entries["Summary"]) == ["second", "first"]


@pytest.mark.parametrize("payload", XSS)
def test_table_escapes_user_text(journal, payload):
    logged(journal, summary=payload)
    table = TimelineTable(journal)
    assert "<script>" not in table.table.value and "<img" not in table.table.value and "&lt;" in table.table.value


def test_table_refreshes_when_the_log_form_logs(journal):
    table, form = TimelineTable(journal), LogInteractionForm(journal)
    form.on_change(table.refresh)
    form.fill(summary="Phoned for five minutes", channel="call")
    form.submit()
    assert list(table.entries["How"]) == ["Phone call"]


def test_table_edit_saves_changes(journal):
    uid = logged(journal).uid
    table = TimelineTable(journal)
    table.select(uid)
    table.fill(summary="Sent a hello about the film", tone="positive")
    table.submit()
    assert (journal.get(uid).summary, str(journal.get(uid).tone)) == ("Sent a hello about the film", "positive")


def test_table_edit_error_is_shown_and_nothing_changes(journal):
    uid = logged(journal).uid
    table = TimelineTable(journal)
    table.fill(summary="")
    assert table.submit() is None and "In a few words is empty" in table.error and journal.get(uid).summary == "Sent a hello"


def test_table_delete_then_undo_brings_it_back(journal):
    logged(journal)
    table = TimelineTable(journal)
    assert table.delete() and table.entries.empty
    assert table.undo() is not None and list(table.entries["Summary"]) == ["Sent a hello"]


def test_table_undo_with_nothing_to_undo(journal):
    table = TimelineTable(journal)
    assert table.undo() is None and table.status == "There is nothing to undo."


def test_table_delete_without_entries_is_an_error(journal):
    table = TimelineTable(journal)
    assert table.delete() is False and table.error == "Pick an entry first: there is none selected."


def test_table_describe_is_plain_text(journal):
    logged(journal, summary="Hello <b>there</b>", at="2026-05-01T18:30+00:00")
    assert "Hello <b>there</b>" in TimelineTable(journal).describe()


# -- the form's own words, labels, held-back messages, the closed path, fresh status lines ----------


@pytest.mark.parametrize(("message", "field", "shown"), [
    ("at is missing: pick a day", "at", "When is missing: pick a day"),
    ("summary is empty: write a few words", "summary", "In a few words is empty: write a few words"),
    ("mood 7 must be 1-5 or empty", "mood", "My mood 7 must be 1-5 or empty"),
    ("tag 'x' is longer than 40 characters", "tags", "Tags: tag 'x' is longer than 40 characters"),
    ("at is Fri 1 Jan 2099, more than a day ahead", "at", "When is Fri 1 Jan 2099, more than a day ahead"),
    ("entry 'ab' is deleted", None, "entry 'ab' is deleted"),
])  # fmt: skip
def test_errors_name_the_field_by_its_label(message, field, shown):
    assert field_message(message, field) == shown


def test_a_date_far_ahead_is_refused_beside_the_date(journal):
    form = LogInteractionForm(journal)
    form.fill(at="2099-01-01T10:00", summary="Typo in the year")
    assert form.submit() is None and form.field_errors["date"].value.count("When is Thu 1 Jan 2099") == 1


@pytest.mark.parametrize("make", [LogInteractionForm, TimelineTable])
def test_labels_are_shown_in_full(journal, make):
    inputs = make(journal).inputs.values()
    assert {getattr(widget.style, "description_width", "initial") for widget in inputs} == {"initial"}


def test_fields_do_not_share_a_layout(journal):
    inputs = LogInteractionForm(journal).inputs
    assert inputs["summary"].layout is not inputs["notes"].layout


def test_a_held_back_message_is_always_the_users_own(journal):
    form = LogInteractionForm(journal)
    form.fill(kind="held_back", direction="in", summary="Wanted to say I miss her")
    stored = form.submit()
    assert (str(stored.kind), str(stored.direction), form.status.startswith("Kept, not sent:")) == ("held_back", "out", True)


def test_choosing_held_back_fixes_the_direction(journal):
    form = LogInteractionForm(journal)
    form.fill(direction="in")
    form.fill(kind="held_back")
    assert (form.inputs["direction"].value, form.inputs["direction"].disabled) == ("out", True)


@pytest.fixture
def after_a_boundary(journal, make_interaction):
    journal.set_setting("now", "2026-05-10T12:00:00+00:00")
    journal.set_setting("timezone", "UTC")
    journal.add(make_interaction(direction="in", kind="boundary", summary="Asked me not to write"))
    return journal


def test_logging_contact_on_a_closed_path_answers_with_the_advice(after_a_boundary):
    form = LogInteractionForm(after_a_boundary)
    form.fill(at="2026-05-09T09:00", summary="Wrote anyway")
    form.submit()
    assert "Thank you" not in form.status and "asked for no contact (Fri 1 May)" in form.status


def test_the_answer_grows_firmer_with_each_contact_after_a_boundary(after_a_boundary):
    form = LogInteractionForm(after_a_boundary)
    for day in (7, 8):
        form.fill(at=f"2026-05-0{day}T09:00", summary="Wrote anyway")
        form.submit()
    assert "You have been in touch 2 times since. Please stop now." in form.status


def test_a_draft_on_a_closed_path_hears_so(after_a_boundary):
    form = LogInteractionForm(after_a_boundary)
    form.fill(text="Hi, just checking in!")
    assert [f.rule for f in form.findings] == ["contact_closed"] and "Please do not send this" in form.draft_findings.value


def test_a_new_log_clears_the_tables_last_status(journal):
    logged(journal, summary="first")
    form, table = LogInteractionForm(journal), TimelineTable(journal)
    link(form, table)
    table.delete()
    form.fill(summary="second")
    form.submit()
    assert (table.status, list(table.entries["Summary"])) == ("", ["second"])


def test_linked_forms_refresh_each_other(journal):
    form, table = LogInteractionForm(journal), TimelineTable(journal)
    link(form, table)
    form.fill(summary="A hello")
    form.submit()
    table.undo()
    assert (form.status, table.entries.empty) == ("", True)


@pytest.mark.parametrize("act", ["delete", "undo"])
def test_a_listener_that_refreshes_the_table_keeps_its_status(journal, act):
    logged(journal)
    table = TimelineTable(journal)
    table.on_change(table.refresh)  # as the app does: refresh everything after any change
    getattr(table, act)()
    assert table.status.startswith({"delete": "Deleted.", "undo": "Undone:"}[act])


def test_the_table_marks_a_suggested_tone_until_the_user_changes_it(journal, make_interaction):
    uid = journal.add(make_interaction(direction="in", tone="positive", tone_by="suggested", summary="ok x")).uid
    assert list(TimelineTable(journal).entries["Tone"]) == ["Warm (suggested)"]
    journal.update(uid, tone="neutral")
    assert list(TimelineTable(journal).entries["Tone"]) == ["Neutral"]
