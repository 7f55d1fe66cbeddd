"""Every CLI command given bad values exits non-zero with one error line and no traceback.

Runs the real single exit point (`reconcile_kit.cli.main`, as the console script does) over a
table of bad inputs for every command. Every error, click's usage errors included, is exactly
one line on stderr. The count of bad inputs
tried is recorded in test-artifacts/reliability.json ("cli").
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from reconcile_kit import Interaction, Journal
from reconcile_kit.cli import main

ROOT = Path(__file__).resolve().parents[2]
UID = "abcd1234" + "0" * 24
TRIED: list[str] = []

# (command line, exit status, the error line must match this)
BAD = [
    (["log"], 2, "Missing argument 'SUMMARY'"),
    (["log", "x", "--direction", "sideways"], 2, "'sideways' is not one of 'out', 'in', 'both'"),
    (["log", "x", "--direction", "out", "--channel", "pigeon"], 2, "'pigeon' is not one of"),
    (["log", "x", "--direction", "out", "--mood", "9"], 2, "mood 9 must be 1-5"),
    (["log", "x", "--direction", "out", "--mood", "happy"], 2, "mood 'happy' must be a whole number"),
    (["log", "x", "--direction", "out", "--at", "blah"], 2, "at 'blah' is not a time"),
    (["log", "x", "--direction", "out", "--at", "2026-13-45 10:00"], 2, "at '2026-13-45 10:00'"),
    (["log", "   ", "--direction", "out"], 2, "summary is empty"),
    (["log", "x" * 501, "--direction", "out"], 2, "summary has 501 characters; the most is 500"),
    (["log", "x", "--direction", "out", "--tag", "t" * 41], 2, "longer than 40 characters"),
    (["log", "x", "--direction", "out", "--text", "y" * 100_001], 2, "text has 100,001 characters"),
    (["list", "--limit", "0"], 2, "0 is not in the range x>=1"),
    (["list", "--limit", "many"], 2, "'many' is not a valid integer"),
    (["show", "zzz"], 1, "no entry's uid starts with 'zzz'"),
    (["edit", "zzz", "--tone", "positive"], 1, "no entry's uid starts with 'zzz'"),
    (["edit", "abcd", "--mood", "7"], 2, "mood 7 must be 1-5"),
    (["edit", "abcd", "--at", "someday"], 2, "at 'someday' is not a time"),
    (["edit", "abcd", "--summary", ""], 2, "summary is empty"),
    (["edit", "abcd"], 2, "nothing to change"),
    (["delete", "zzz"], 1, "no entry's uid starts with 'zzz'"),
    (["export", "--format", "xml"], 2, "'xml' is not one of 'csv', 'json', 'markdown'"),
    (["export", "-o", "{tmp}/no/such/folder/out.csv"], 1, "No such file or directory"),
    (["import", "{tmp}/missing.txt", "--me", "Alex"], 2, "does not exist"),
    (["import", "{tmp}/noise.txt", "--me", "Alex"], 2, "noise.txt: "),
    (["import", "{tmp}/noise.txt"], 2, "Missing option '--me'"),
    (["import", "{tmp}/noise.txt", "--me", "Alex", "--tz", "Mars/Olympus"], 2, "'Mars/Olympus' is not a time zone"),
    (["import", "{tmp}/noise.txt", "--me", "Alex", "--format", "fax"], 2, "unknown format 'fax'"),
    (["demo", "--ending", "sad"], 2, "'sad' is not one of 'reconciling', 'closure'"),
    (["restore", "42", "--yes"], 1, "no backup '42'"),
    (["lab", "--port", "70000"], 2, "70000 is not in the range 1<=x<=65535"),
    (["app", "--port", "http"], 2, "'http' is not a valid integer"),
    (["--journal", "{tmp}/diary.txt", "list"], 1, "diary.txt is not a reconcile-kit journal"),
    (["--journal", "{tmp}/diary.txt", "backup"], 1, "diary.txt is not a reconcile-kit journal"),
    (["--journal", "{tmp}/diary.txt", "undo"], 1, "Backups are in"),
    (["--journal", "{tmp}", "list"], 2, "is a directory"),
    (["no-such-command"], 2, "No such command 'no-such-command'"),
    (["log", "x", "--direction", "in", "--kind", "held_back"], 2, "direction 'in' does not fit kind held_back"),
    (["status", "--as-of", "someday"], 2, "'someday' is not a date I can read"),
    (["status", "--as-of", "2999-01-01"], 2, "'2999-01-01' is after today"),
    (["check", "second", "{tmp}/diary.txt"], 2, "'second' is not one of 'first', 'ask', 'apology'"),
    (["check", "first", "{tmp}/missing.txt"], 2, "does not exist"),
    (["check", "apology", "{tmp}/noise.txt"], 2, "noise.txt is not text"),
    (["remind"], 2, "Missing option '--ics'"),
    (["remind", "--ics", "{tmp}/no/such/folder/r.ics"], 1, "No such folder"),
]


@pytest.fixture
def setup(tmp_path: Path) -> Path:
    """A journal with one entry (uid abcd1234…), a noise file and a text file."""
    with Journal.open() as journal:  # $RECONCILE_KIT_JOURNAL, isolated by conftest
        journal.add(Interaction(at=datetime(2026, 5, 1, tzinfo=timezone.utc), channel="text",
                                direction="out", kind="note", summary="a note", uid=UID))
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "diary.txt").write_text("dear diary\n")
    return tmp_path


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        main(args)
    out, err = capsys.readouterr()
    return stop.value.code, out, err


@pytest.mark.parametrize(("args", "status", "message"), BAD, ids=[" ".join(a)[:50] for a, _, _ in BAD])
def test_bad_value_exits_with_one_error_line(setup, capsys, args, status, message):
    args = [a.replace("{tmp}", str(setup)) for a in args]
    TRIED.append(" ".join(args))
    code, out, err = _run(args, capsys)
    errors = [line for line in err.splitlines() if line.startswith("Error: ")]
    assert "Traceback" not in out + err and err.splitlines() == errors and len(errors) == 1
    assert (code, bool(re.search(re.escape(message), errors[0]))) == (status, True)


@pytest.mark.parametrize(("args", "line"), [
    (["log", "x", "--direction", "out", "--mood", "9"], "Error: mood 9 must be 1-5 or empty\n"),
    (["--journal", "{tmp}/diary.txt", "list"], "Backups are in"),
])
def test_console_script_prints_one_line_no_traceback(setup, args, line):
    import subprocess
    import sys

    args = [a.replace("{tmp}", str(setup)) for a in args]
    done = subprocess.run([sys.executable, "-m", "reconcile_kit", *args], capture_output=True, text=True, timeout=60)
    assert (done.returncode != 0, done.stdout, done.stderr.count("\n"), line in done.stderr) == (True, "", 1, True)


def test_a_usage_error_names_the_help_to_read(setup, capsys):
    assert _run(["log", "x", "--direction", "sideways"], capsys)[2] == (
        "Error: Invalid value for '--direction': 'sideways' is not one of 'out', 'in', 'both'. "
        "(see 'reconcile-kit log --help')\n")


def test_a_bug_inside_the_kit_is_still_one_line(setup, capsys, monkeypatch):
    import reconcile_kit.cli.tables as tables

    monkeypatch.setattr(tables, "listing", lambda *_: 1 / 0)
    code, out, err = _run(["list"], capsys)
    assert (code, out, err.count("\n"), "ZeroDivisionError: division by zero" in err) == (1, "", 1, True)


def test_record_cli_figures():
    figures = ROOT / "test-artifacts" / "reliability.json"
    figures.parent.mkdir(exist_ok=True)
    data = json.loads(figures.read_text()) if figures.exists() else {}
    commands = {args[0] if not args[0].startswith("--") else args[2] for args, _, _ in BAD}
    data["cli"] = {"bad_inputs": len(BAD), "commands": len(commands), "tried_this_run": len(TRIED)}
    figures.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    assert len(BAD) == 44
