"""`reconcile-kit backup` and `reconcile-kit restore`, through the real CLI group."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile_kit.store import backup
from reconcile_kit.cli import cli

pytestmark = pytest.mark.reliability


def run(journal: Path, *args: str, stdin: str | None = None):
    return CliRunner().invoke(cli, ["--journal", str(journal), *args], input=stdin)


def _summaries(journal: Path) -> list[str]:
    conn = sqlite3.connect(journal)
    try:
        return [s for (s,) in conn.execute("SELECT summary FROM interactions ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    assert run(path, "log", "first hello", "--direction", "out").exit_code == 0
    return path


def test_backup_prints_the_new_file(journal):
    result = run(journal, "backup")
    made = backup.list_backups(journal)[0].path
    assert (result.exit_code, result.output) == (0, f"Saved a backup of your journal: {made}\n")


def test_restore_without_argument_lists_backups(journal):
    run(journal, "backup")
    lines = run(journal, "restore").output.splitlines()
    assert (lines[0], lines[1].split()[0], lines[-1]) == (
        f"Backups of {journal}, newest first:", "1", "Restore one with: reconcile-kit restore <number or file name>")


def test_restore_with_no_backups_says_how_to_make_one(tmp_path):
    result = run(tmp_path / "none.sqlite3", "restore")
    assert result.output == f"No backups of {tmp_path / 'none.sqlite3'} yet. `reconcile-kit backup` makes one.\n"


def test_restore_asks_first_and_no_keeps_the_journal(journal):
    run(journal, "backup")
    run(journal, "log", "second", "--direction", "out")
    result = run(journal, "restore", "1", stdin="n\n")
    assert (result.exit_code, _summaries(journal)) == (1, ["first hello", "second"])


def test_restore_yes_brings_the_backup_back_and_saves_the_current_first(journal):
    run(journal, "backup")
    run(journal, "log", "second", "--direction", "out")
    result = run(journal, "restore", "1", "--yes")
    safety = backup.list_backups(journal)[0]
    assert (result.exit_code, _summaries(journal), safety.reason, _summaries(safety.path)) == (
        0, ["first hello"], "before-restore", ["first hello", "second"])


def test_restore_repairs_a_damaged_journal(journal):
    run(journal, "backup")
    journal.write_bytes(b"\x00" * 4096)
    assert run(journal, "list").exit_code == 1
    result = run(journal, "restore", "1", "--yes")
    assert (result.exit_code, _summaries(journal)) == (0, ["first hello"])


def test_unknown_backup_is_one_line(journal):
    run(journal, "backup")  # the open takes the daily backup, then the asked-for one: two
    result = run(journal, "restore", "42", "--yes")
    assert (result.exit_code, result.output) == (
        1, "Error: no backup '42': give a number 1-2 or a file name from `reconcile-kit restore`\n")
