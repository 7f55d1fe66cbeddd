"""The command line: literal outputs, exit statuses, one-line errors, `--at` parsing."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import click
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit import cli as cli_module
from reconcile_kit.cli import KitError, cli, describe, main
from reconcile_kit.cli.times import parse_at
from reconcile_kit.errors import ImportFormatError, InvalidInteraction
from reconcile_kit.timeline import from_interactions

UTC = timezone.utc
NOW = datetime(2026, 10, 15, 19, 0, tzinfo=UTC)
LOG = ["log", "coffee at the park", "--direction", "both", "--channel", "in_person", "--kind", "meeting"]


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def on(journal, *args: str):
    return run("--journal", str(journal.path), *args)


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


def test_list_of_an_empty_journal(journal):
    assert on(journal, "list").stdout == 'No entries yet. Log one with: reconcile-kit log "Sent a short hello" --direction out\n'


def test_show_prints_every_field(demo):
    assert on(demo, "show", "a56d389e").stdout == (
        "uid:       a56d389edb6d17c3e909f932cf7b4611\nat:        2026-10-14T21:10+00:00\nchannel:   text\n"
        "direction: in\nkind:      message\ntone:      positive\n"
        "summary:   Robin wrote that they're glad we're taking it slowly\ntext:      \nmood:      5\n"
        "source:    manual\ntags:      \nnotes:     \n"
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


# -- export -----------------------------------------------------------------------------------


def test_csv_export_neutralises_formulas(journal):
    on(journal, "log", "=HYPERLINK(\"x\")", "--direction", "out", "--notes", "+1", "--at", "2026-05-01 18:30")
    line = on(journal, "export", "--format", "csv").stdout.splitlines()[1]
    assert line.endswith(',2026-05-01T18:30:00+00:00,text,out,message,none,"\'=HYPERLINK(""x"")",,,manual,,\'+1')


def test_markdown_export_escapes_pipes_and_html(journal):
    on(journal, "log", "a | b <b>bold</b>", "--direction", "out", "--at", "2026-05-01 18:30")
    last = on(journal, "export", "--format", "markdown").stdout.splitlines()[-1]
    assert last == "| 2026-05-01 18:30 | out | text | message | none |  | a \\| b &lt;b&gt;bold&lt;/b&gt; |  |"


def test_json_export_lists_every_entry(demo):
    assert len(json.loads(on(demo, "export", "--format", "json").stdout)) == 72


def test_export_file_is_private(demo, tmp_path):
    result = on(demo, "export", "-o", str(tmp_path / "out.csv"))
    assert result.stdout == f"Exported 72 entries to {tmp_path / 'out.csv'}.\n"
    assert stat.S_IMODE((tmp_path / "out.csv").stat().st_mode) == 0o600


# -- import -----------------------------------------------------------------------------------


@pytest.fixture
def fake_loader(monkeypatch, make_interaction, tmp_path):
    frame = from_interactions(make_interaction(uid=f"m{n}", summary=f"message {n}", source="whatsapp") for n in range(3))
    calls = []
    monkeypatch.setattr("reconcile_kit.importers.load_messages", lambda *a, **k: calls.append((a, k)) or frame)
    (tmp_path / "chat.txt").write_text("a chat")
    return calls


def test_import_reports_added_and_skipped(journal, fake_loader, tmp_path):
    first = on(journal, "import", str(tmp_path / "chat.txt"), "--me", "Alex").stdout
    again = on(journal, "import", str(tmp_path / "chat.txt"), "--me", "Alex").stdout
    assert (first, again) == ("Imported 3 messages.\n", "Imported 0 messages (3 already in the journal).\n")


def test_import_passes_the_options_on(journal, fake_loader, tmp_path):
    on(journal, "import", str(tmp_path / "chat.txt"), "--me", "Alex", "--tz", "Europe/Berlin", "--format", "telegram", "--chat", "Robin")
    assert fake_loader == [((tmp_path / "chat.txt", "Alex"), {"tz": "Europe/Berlin", "fmt": "telegram", "chat": "Robin"})]


def test_import_of_an_unreadable_export_exits_2(journal, monkeypatch, tmp_path):
    def broken(*args, **kwargs):
        raise ImportFormatError("chat.txt: line 3: no date at the start of the line")

    monkeypatch.setattr("reconcile_kit.importers.load_messages", broken)
    (tmp_path / "chat.txt").write_text("a chat")
    result = on(journal, "import", str(tmp_path / "chat.txt"), "--me", "Alex")
    assert (result.exit_code, result.stderr) == (2, "Error: chat.txt: line 3: no date at the start of the line\n")


def test_import_with_an_unknown_time_zone_exits_2(journal, fake_loader, tmp_path):
    result = on(journal, "import", str(tmp_path / "chat.txt"), "--me", "Alex", "--tz", "Mars/Base")
    assert result.exit_code == 2 and "'Mars/Base' is not a time zone" in result.stderr


# -- demo, errors, main -----------------------------------------------------------------------


def test_demo_command_builds_the_demo(tmp_path):
    result = run("demo", str(tmp_path / "d.sqlite3"), "--ending", "closure")
    assert result.stdout == (
        f"Built the demo journal (ending: closure) with 64 entries: {tmp_path / 'd.sqlite3'}\n"
        f'Look around with: reconcile-kit --journal "{tmp_path / "d.sqlite3"}" list\n'
    )


def test_a_file_that_is_not_a_journal_exits_1_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("shopping list")
    result = run("--journal", str(path), "list")
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: {path} is not a reconcile-kit journal")
    assert len(result.stderr.splitlines()) == 1 and path.read_text() == "shopping list"


def test_version():
    assert run("--version").stdout == "reconcile-kit, version 0.1.0\n"


def test_main_exits_with_the_status(journal, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--journal", str(journal.path), "log", "x", "--direction", "out", "--mood", "0"])
    assert (stop.value.code, capsys.readouterr().err) == (2, "Error: mood 0 must be 1-5 or empty\n")


def test_main_without_standalone_mode_raises_the_click_exception(journal):
    with pytest.raises(KitError) as caught:
        main(["--journal", str(journal.path), "log", "x", "--direction", "out", "--mood", "0"], standalone_mode=False)
    assert (caught.value.exit_code, type(caught.value.__cause__)) == (2, InvalidInteraction)


def test_main_returns_0_without_standalone_mode(journal):
    assert main(["--journal", str(journal.path), "undo"], standalone_mode=False) == 0


@pytest.mark.parametrize(
    ("error", "line"),
    [(sqlite3.OperationalError("disk I/O error"), "the journal could not be written: disk I/O error"),
     (PermissionError(13, "Permission denied", "/x/journal.sqlite3"), "Permission denied: /x/journal.sqlite3"),
     (InvalidInteraction("two\nlines"), "two lines")],
)  # fmt: skip
def test_errors_are_described_in_one_line(error, line):
    assert describe(error) == line


def test_missing_plugin_modules_are_skipped(monkeypatch):
    monkeypatch.setattr(cli_module, "PLUGIN_MODULES", ("reconcile_kit.no_such_commands",))
    cli_module._register(cli)


# -- lazy commands (start-up time) ------------------------------------------------------------

_STARTUP = """
import sys
from reconcile_kit.cli import main
try:
    main(sys.argv[1:])
finally:
    heavy = ("reconcile_kit.cli.workspace", "reconcile_kit.cli.backup", "reconcile_kit.workspace", "_strptime", "shutil", "json")
    print(sorted(name for name in heavy if name in sys.modules))
"""


def _startup(tmp_path, *args: str) -> str:
    env = {**os.environ, "RECONCILE_KIT_JOURNAL": str(tmp_path / "journal.sqlite3")}
    done = subprocess.run([sys.executable, "-c", _STARTUP, *args], env=env, capture_output=True, text=True, timeout=60)
    return done.stdout


@pytest.mark.parametrize(
    ("args", "loaded"),
    [(("log", "hello", "--direction", "out"), "[]"), (("--help",), "['shutil']")],  # click's help asks shutil for the width
)
def test_log_and_help_import_no_command_module_nor_slow_helpers(tmp_path, args, loaded):
    _startup(tmp_path, "log", "a first entry", "--direction", "out")  # the journal and its daily backup exist
    assert _startup(tmp_path, *args).splitlines()[-1] == loaded


@pytest.mark.parametrize("name", sorted(cli_module.LAZY_COMMANDS))
def test_lazy_command_help_lines_match_their_docstrings(name):
    stand_in = click.Command(name, help=cli_module.LAZY_COMMANDS[name][1])
    assert stand_in.get_short_help_str(200) == cli.commands[name].get_short_help_str(200)


def test_help_lists_lazy_commands_with_their_line():
    assert "  restore  List your backups, or put BACKUP" in run("--help").stdout


def test_lazy_commands_are_listed_and_run(tmp_path):
    assert {"lab", "app", "backup", "restore"} <= set(cli.commands)
    assert run("--journal", str(tmp_path / "j.sqlite3"), "restore").stdout.startswith("No backups of ")


# -- --at parsing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("now", NOW), ("Today", NOW), ("yesterday", NOW - timedelta(days=1)), ("yesterday 6pm", datetime(2026, 10, 14, 18, tzinfo=UTC)),
     ("today at 7.15", datetime(2026, 10, 15, 7, 15, tzinfo=UTC)), ("an hour ago", NOW - timedelta(hours=1)),
     ("3 weeks ago", NOW - timedelta(weeks=3)), ("2026-05-01", datetime(2026, 5, 1, tzinfo=UTC)),
     ("2026-05-01 18:30Z", datetime(2026, 5, 1, 18, 30, tzinfo=UTC))],
)  # fmt: skip
def test_parse_at(text, expected):
    assert parse_at(text, NOW) == expected


@pytest.mark.parametrize("text", ["soon", "", "today 25:00", "yesterday 13pm", "2026-13-01", "999999 weeks ago"])
def test_parse_at_refuses_unreadable_text(text):
    with pytest.raises(InvalidInteraction, match="is not a time I can read"):
        parse_at(text, NOW)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30))
def test_parse_at_gives_an_aware_time_or_a_clear_error(text):
    try:
        assert parse_at(text, NOW).tzinfo is not None
    except InvalidInteraction as error:
        assert str(error).startswith("at ")


@settings(max_examples=100, deadline=None)
@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)))
def test_parse_at_reads_back_iso_times(moment):
    assert parse_at(moment.isoformat(), NOW) == moment
