"""The single exit point `main`: exit statuses, errors described in one line, a file that is not a journal."""

from __future__ import annotations

import sqlite3

import pytest

from reconcile_kit.cli import KitError, describe, main
from reconcile_kit.errors import InvalidInteraction

from .helpers import run


def test_a_file_that_is_not_a_journal_exits_1_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("shopping list")
    result = run("--journal", str(path), "list")
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: {path} is not a reconcile-kit journal")
    assert len(result.stderr.splitlines()) == 1 and path.read_text() == "shopping list"


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
