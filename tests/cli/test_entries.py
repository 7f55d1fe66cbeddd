"""The entry commands: log, list, show, edit, delete, undo (literal outputs and exit statuses)."""

from __future__ import annotations

import json

import pytest

from .helpers import on

LOG = ["log", "coffee at the park", "--direction", "both", "--channel", "in_person", "--kind", "meeting"]


# -- log --------------------------------------------------------------------------------------


def test_log_prints_the_entry(journal):
    result = on(journal, *LOG, "--at", "2026-05-01 18:30")
    assert result.exit_code == 0
    assert result.stdout == f"Logged {journal.timeline()['uid'][0][:8]}: coffee at the park (2026-05-01 18:30).\n"


def test_log_stores_every_option(journal):
    on(journal, *LOG, "--at", "2026-05-01 18:30", "--tone", "positive", "--mood", "4", "--text", "full text",
       "--tag", "coffee", "--tag", "park", "--notes", "went well", "--source", "paper")  # fmt: skip
    item = journal.get(journal.timeline()["uid"][0])
    assert (item.tone, item.mood, item.text, item.tags, item.notes, item.source) == (
        "positive", 4, "full text", ("coffee", "park"), "went well", "paper")  # fmt: skip


@pytest.mark.parametrize(
    ("at", "expected"),
    [("yesterday 18:00", "2026-10-14 18:00"), ("today 9:30", "2026-10-15 09:30"), ("now", "2026-10-15 19:00"),
     ("2 days ago", "2026-10-13 19:00"), ("2026-05-01T18:30:00+02:00", "2026-05-01 16:30")],
)  # fmt: skip
def test_log_at_is_read_against_the_journals_clock(demo, at, expected):
    assert on(demo, *LOG, "--at", at).stdout.endswith(f"({expected}).\n")


def test_log_at_is_read_and_shown_in_the_journals_zone(journal):
    # Auckland, 13:50 NZDT on Sun 6 Dec (00:50 UTC): "yesterday" is Sat 5 Dec there, on a machine in UTC
    journal.set_setting("timezone", "Pacific/Auckland")
    journal.set_setting("now", "2026-12-06T00:50:00+00:00")
    assert on(journal, *LOG, "--at", "yesterday 23:30").stdout.endswith("(2026-12-05 23:30).\n")
    assert on(journal, "list").stdout.splitlines()[1][10:26] == "2026-12-05 23:30"
    assert str(journal.timeline()["at"][0]) == "2026-12-05 10:30:00+00:00"


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--mood", "9"], "Error: mood 9 must be 1-5 or empty\n"),
     (["--at", "soon"], "Error: at 'soon' is not a time I can read; use e.g. now, today 9:30, yesterday 18:00, "
                        "2 days ago or 2026-05-01 18:30\n"),
     (["--summary-is-positional"], None)],
)  # fmt: skip
def test_bad_log_input_exits_2_and_writes_nothing(journal, args, message):
    result = on(journal, *LOG, *args)
    assert result.exit_code == 2 and len(journal.timeline()) == 0
    if message:
        assert (result.stderr, result.stdout) == (message, "")


def test_empty_summary_exits_2_with_one_line(journal):
    result = on(journal, "log", "  ", "--direction", "out")
    assert (result.exit_code, result.stderr) == (2, "Error: summary is empty: write a few words about the contact (1-500 characters)\n")


def test_unknown_vocabulary_value_is_a_usage_error(journal):
    result = on(journal, "log", "hi", "--direction", "sideways")
    assert result.exit_code == 2 and "'sideways' is not one of 'out', 'in', 'both'" in result.stderr


# -- list, show -------------------------------------------------------------------------------


def test_list_shows_recent_entries_as_a_table(demo):
    assert on(demo, "list", "--limit", "2").stdout == (
        "uid       when              who  channel  kind     tone      mood  summary\n"
        "789927cc  2026-10-11 16:48  in   text     message  positive  4     Robin asked how the choir is going\n"
        "a56d389e  2026-10-14 21:10  in   text     message  positive  5     Robin wrote that they're glad we're taking it slowly\n"
    )


def test_list_all_shows_every_entry(demo):
    assert len(on(demo, "list", "--all").stdout.splitlines()) == 73


def test_list_json(demo):
    rows = json.loads(on(demo, "list", "--limit", "1", "--json").stdout)
    assert rows[0] | {"uid": ""} == {
        "uid": "", "at": "2026-10-14T21:10:00+00:00", "channel": "text", "direction": "in", "kind": "message",
        "tone": "positive", "summary": "Robin wrote that they're glad we're taking it slowly", "text": "",
        "mood": 5, "source": "manual", "tags": "", "notes": "",
    }  # fmt: skip


def test_list_leaves_the_mood_blank_when_none_was_noted(journal):
    on(journal, "log", "A short hello", "--direction", "out", "--at", "2026-05-01 10:00")
    assert on(journal, "list").stdout.splitlines()[1][10:] == (
        "2026-05-01 10:00  out  text     message  none        A short hello")


def test_list_reads_the_journals_zone_and_marks_a_suggested_tone(journal, make_interaction):
    from datetime import datetime, timezone

    journal.set_setting("timezone", "Asia/Tokyo")
    journal.add(make_interaction(at=datetime(2026, 5, 1, 10, 0, tzinfo=timezone.utc), direction="in", tone="positive",
                                 tone_by="suggested", summary="see you then x"))  # fmt: skip
    assert on(journal, "list").stdout.splitlines()[1][10:] == (
        "2026-05-01 19:00  in   text     message  positive (suggested)        see you then x")


def test_list_of_an_empty_journal(journal):
    assert on(journal, "list").stdout == 'No entries yet. Log one with: reconcile-kit log "Sent a short hello" --direction out\n'


def test_show_prints_every_field(demo):
    assert on(demo, "show", "a56d389e").stdout == (
        "uid:       a56d389edb6d17c3e909f932cf7b4611\nat:        2026-10-14T21:10+00:00\nchannel:   text\n"
        "direction: in\nkind:      message\ntone:      positive\n"
        "summary:   Robin wrote that they're glad we're taking it slowly\ntext:      \nmood:      5\n"
        "source:    manual\ntags:      \nnotes:     \ntone_by:   user\n"
    )


def test_show_unknown_uid_exits_1(journal):
    result = on(journal, "show", "zzz")
    assert (result.exit_code, result.stderr) == (1, "Error: no entry's uid starts with 'zzz'; `reconcile-kit list` shows them\n")


# -- edit, delete, undo -----------------------------------------------------------------------


def test_edit_changes_only_the_given_fields(demo):
    result = on(demo, "edit", "a56d389e", "--tone", "neutral", "--mood", "none")
    item = demo.get("a56d389edb6d17c3e909f932cf7b4611")
    assert result.stdout == "Updated a56d389e: Robin wrote that they're glad we're taking it slowly (2026-10-14 21:10).\n"
    assert (item.tone, item.mood, item.channel) == ("neutral", None, "text")


def test_edit_with_nothing_to_change_exits_2(demo):
    assert on(demo, "edit", "a56d389e").exit_code == 2


def test_delete_then_undo(demo):
    deleted = on(demo, "delete", "a56d389e").stdout
    undone = on(demo, "undo").stdout
    assert deleted == "Deleted a56d389e: Robin wrote that they're glad we're taking it slowly. `reconcile-kit undo` brings it back.\n"
    assert undone == "Brought back the entry you deleted: 'Robin wrote that they're glad we're taking it slowly'.\n"


def test_undo_with_nothing_to_undo(journal):
    assert on(journal, "undo").stdout == "Nothing to undo.\n"


def test_log_of_crisis_wording_prints_where_to_get_help_after_the_entry(journal):
    result = on(journal, "log", "Note to self: I want to die, I can't go on without Sam", "--kind", "note",
                "--direction", "out", "--mood", "1", "--at", "2026-05-01 18:30")
    uid = journal.timeline()["uid"][0][:8]
    assert result.stdout.splitlines()[:4] == [
        f"Logged {uid}: Note to self: I want to die, I can't go on without Sam (2026-05-01 18:30).", "",
        "Support: These words sound like you might be thinking about hurting yourself or not being alive. You do not "
        "have to carry that alone: please reach out to someone you trust or a crisis line now.",
        "If you or anyone else is in danger right now, call your local emergency number: 999 (United Kingdom, "
        "Ireland); 112 (Ireland, European Union); 911 (United States, Canada); 000 (Australia); 111 (New Zealand).",
    ]
    assert (result.exit_code, journal.timeline()["mood"][0]) == (0, 1)


def test_log_of_their_message_never_cards_the_user_for_their_words(journal):
    result = on(journal, "log", "Sam wrote back", "--direction", "in", "--text", "I want to die", "--at", "2026-05-01 18:30")
    assert result.stdout == f"Logged {journal.timeline()['uid'][0][:8]}: Sam wrote back (2026-05-01 18:30).\n"


def test_a_contact_far_ahead_names_the_option_not_the_forms_label(tmp_path, capsys):
    from .helpers import main_run

    code, out, err = main_run(capsys, "--journal", str(tmp_path / "j.sqlite3"), "log", "Hello", "--direction", "out",
                              "--at", "2099-01-01 10:00")  # fmt: skip
    assert (code, out, err.splitlines()[-1]) == (
        2, "", "Error: at is Thu 1 Jan 2099, more than a day ahead: log a contact once it has happened")
