"""Private by construction: the journal, its -wal/-shm, backups and exports are the user's only.

Run under umask 0 (the most permissive a user could have), so the modes come from the kit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile_kit import Journal
from reconcile_kit.cli import cli

pytestmark = pytest.mark.reliability


@pytest.fixture
def open_umask():
    old = os.umask(0)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_journal_folder_file_and_sidecars_are_private(tmp_path, open_umask, make_interaction):
    path = tmp_path / "new" / "deeper" / "journal.sqlite3"
    with Journal.open(path) as journal:
        journal.add(make_interaction())
        names = ["journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"]
        modes = {name: _mode(path.parent / name) for name in names}
    assert (modes, _mode(path.parent), _mode(path.parent.parent)) == (dict.fromkeys(names, 0o600), 0o700, 0o700)


def test_backups_are_private(tmp_path, open_umask, make_interaction):
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        journal.add(make_interaction())
        made = journal.backup()
    assert (_mode(made.parent), _mode(made)) == (0o700, 0o600)


@pytest.mark.parametrize("fmt", ["csv", "json", "markdown"])
def test_exports_are_private(tmp_path, open_umask, fmt):
    out, journal = tmp_path / f"out.{fmt}", tmp_path / "journal.sqlite3"
    CliRunner().invoke(cli, ["--journal", str(journal), "log", "hello", "--direction", "out"])
    result = CliRunner().invoke(cli, ["--journal", str(journal), "export", "--format", fmt, "-o", str(out)])
    assert (result.exit_code, _mode(out)) == (0, 0o600)


def test_restored_journal_stays_private(tmp_path, open_umask, make_interaction):
    from reconcile_kit.store import backup

    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        journal.add(make_interaction())
        made = journal.backup()
    path.write_bytes(b"broken")
    os.chmod(path, 0o644)
    backup.restore(path, made)
    assert _mode(path) == 0o600
