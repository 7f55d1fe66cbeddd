"""LogInteractionForm and TimelineTable, driven through fill/submit without a kernel."""

from datetime import date, time

import pytest

from reconcile_kit.forms import LogInteractionForm, TimelineTable

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
    assert "summary is empty" in form.error and "summary is empty" in form.field_errors["summary"].value
    assert form.field_errors["notes"].value == ""


def test_missing_date_is_an_error_beside_the_date(journal):
    form = LogInteractionForm(journal)
    form.fill(date=None, summary="Hello")
    assert form.submit() is None and "pick the date" in form.field_errors["date"].value


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
    assert table.submit() is None and "summary is empty" in table.error and journal.get(uid).summary == "Sent a hello"


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
