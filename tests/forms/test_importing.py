"""ImportForm: a preview first, "me" chosen, one button writes, its undo, every error one line."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile_kit.forms import ImportForm

from .helpers_import import EXPORT


def loaded(journal, data: bytes = EXPORT, name: str = "WhatsApp Chat with Sam.txt") -> ImportForm:
    journal.set_setting("timezone", "UTC")
    form = ImportForm(journal)
    form.fill(zone="UTC")
    form.read_upload(name, data)
    return form


def test_the_preview_counts_dates_senders_and_the_silence(journal):
    assert loaded(journal).preview_lines == [
        "6 messages, from Tue 13 Jan 2026 to Sat 21 Mar 2026.",
        "People in the chat: Alex, Sam <b>B</b>.",
        "The last long silence runs from Wed 14 Jan 2026 to Fri 20 Mar 2026: if Wed 14 Jan 2026 is the day you "
        "parted, the form below can start the reconnection window after it.",
    ]


def test_sender_names_are_escaped_in_the_preview(journal):
    html = loaded(journal).preview.value
    assert ("Sam &lt;b&gt;B&lt;/b&gt;" in html, "<b>B</b>" in html) == (True, False)


def test_nothing_is_written_before_the_button_and_add_waits_for_me(journal):
    form = loaded(journal)
    assert (len(journal.timeline()), form.me.value, form.add_button.disabled) == (0, "", True)
    assert (form.submit(), form.error) == (None, "Choose which one of the people in the chat is you.")


def test_me_defaults_to_a_name_of_yours(journal):
    journal.set_setting("my_names", ["alex"])
    assert (loaded(journal).me.value, loaded(journal).add_button.disabled) == ("Alex", False)


def test_add_imports_with_suggested_tones(journal):
    form = loaded(journal)
    form.fill(me="Alex")
    result = form.submit()
    assert (result.added, result.suggested, form.status) == (6, 3, "Added 6 messages; 3 tones suggested.")
    frame = journal.timeline()
    assert list(frame["direction"].astype(str)) == ["out", "in", "out", "in", "out", "in"]
    assert list(frame["tone_by"].astype(str)) == ["user", "suggested", "user", "suggested", "user", "suggested"]


def test_adding_again_adds_nothing_twice(journal):
    form = loaded(journal)
    form.fill(me="Alex")
    form.submit()
    assert form.submit().lines() == ["Added 0 messages (6 already there); 0 tones suggested."]


def test_undo_takes_back_this_import(journal):
    form = loaded(journal)
    form.fill(me="Alex")
    form.submit()
    assert (form.undo(), len(journal.timeline())) == (True, 0)
    assert form.status == "Took the import back: the 6 messages are out of your journal again."


def test_undo_leaves_a_later_change_alone(journal, make_interaction):
    form = loaded(journal)
    form.fill(me="Alex")
    form.submit()
    journal.add(make_interaction())
    assert (form.undo(), len(journal.timeline())) == (False, 7)
    assert form.error == "This import is no longer the last change to your journal, so it was left as it is."


def test_a_file_that_is_not_a_chat_is_one_line(journal):
    form = loaded(journal, b"just some notes\nnothing else\n", "notes.txt")
    assert form.error.startswith("That file could not be read: notes.txt: not a chat export this kit recognises")
    assert ("\n" in form.error, form.add_button.disabled, form.preview_lines) == (False, True, [])


def test_a_missing_path_is_one_line(journal, tmp_path):
    form = ImportForm(journal)
    assert form.read_path(tmp_path / "gone.txt") is False
    assert form.error == "That file could not be read: gone.txt: no such file or folder"


def test_the_upload_is_read_from_a_private_copy_that_is_deleted(journal, monkeypatch):
    import reconcile_kit.importers as importers

    seen = []
    real = importers.load_messages
    monkeypatch.setattr(importers, "load_messages",
                        lambda path, **k: seen.append((path, oct(os.stat(path).st_mode & 0o777))) or real(path, **k))  # fmt: skip
    loaded(journal)
    assert (seen[0][0].name, seen[0][1], seen[0][0].exists()) == ("WhatsApp Chat with Sam.txt", "0o600", False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".json", ".xml", ".csv", ".zip", ".md"]))
def test_any_upload_gives_a_preview_or_one_line(journal, data, suffix):
    form = ImportForm(journal)
    if not form.read_upload(f"chat{suffix}", data):
        assert (form.error.startswith("That file could not be"), "\n" in form.error, form.add_button.disabled) == (True, False, True)


def test_a_journal_error_during_the_import_is_one_line_and_adds_nothing(journal, monkeypatch):
    from reconcile_kit.errors import JournalError

    form = loaded(journal)
    form.fill(me="Alex")
    monkeypatch.setattr(type(journal), "import_messages", lambda *a, **k: (_ for _ in ()).throw(JournalError("the journal is busy")))
    assert (form.submit(), form.error, len(journal.timeline())) == (None, "Nothing was added: the journal is busy", 0)
