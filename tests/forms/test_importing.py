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


DATA = __import__("pathlib").Path(__file__).parents[1] / "data"


def read(journal, name: str) -> ImportForm:
    journal.set_setting("timezone", "UTC")
    form = ImportForm(journal)
    form.fill(zone="UTC")
    form.read_path(DATA / name)
    return form


def test_the_preview_counts_what_add_will_add_not_the_encryption_notice(journal):
    notice = b"13/01/2026, 18:29 - Messages and calls are end-to-end encrypted. Tap to learn more.\n"
    form = loaded(journal, notice + EXPORT)
    form.fill(me="Alex")
    assert (form.preview_lines[0][:10], form.submit().added) == ("6 messages", 6)


def test_an_sms_backup_with_several_people_offers_who_with(journal):
    form = read(journal, "sms_backup.xml")
    assert form.error == ('That file could not be read: sms_backup.xml: messages with 2 people; choose one with "Who with?" below '
                          "(a number or name): Sam Roe (+15555550100); +15555550777 (+15555550777)")
    assert (form.pick.description, [value for _, value in form.pick.options]) == ("Who with?", ["", "Sam Roe", "+15555550777"])


def test_choosing_who_with_reads_the_backup_and_adds_it(journal):
    form = read(journal, "sms_backup.xml")
    form.fill(pick="Sam Roe", me="me")
    assert (form.error, form.submit().added, form.status) == ("", 4, "Added 4 messages; 1 tone suggested.")


def test_a_full_telegram_export_offers_which_chat(journal):
    form = read(journal, "telegram_full.json")
    assert form.error == ('That file could not be read: telegram_full.json: several chats are in this export; choose one with '
                          '"Which chat?" below: Book club; Sam Roe')
    form.fill(pick="Sam Roe")
    assert form.preview_lines[0] == "2 messages, from Wed 31 Jan 2024 to Wed 31 Jan 2024."


def test_a_group_chat_asks_who_with_before_adding(journal):
    form = read(journal, "whatsapp_group.txt")
    form.fill(me="Alex Doe")
    assert ([value for _, value in form.pick.options], form.add_button.disabled) == (["", "+44 7700 900789", "Kim Lee", "Sam Roe"], True)
    assert (form.submit(), form.error) == (None, 'Choose one under "Who with?".')


def test_a_group_chat_adds_only_the_chosen_person_and_me(journal):
    form = read(journal, "whatsapp_group.txt")
    form.fill(me="Alex Doe", pick="Sam Roe")
    assert form.preview_lines[0] == "3 messages, from Fri 2 Jun 2023 to Tue 13 Jun 2023."
    assert form.submit().added == 3


def test_the_date_order_note_names_no_python_argument(journal):
    assert read(journal, "whatsapp_ambiguous.txt").preview_lines[-1] == (
        "Note: whatsapp_ambiguous.txt: every date reads both as day/month and month/day; using dmy")
