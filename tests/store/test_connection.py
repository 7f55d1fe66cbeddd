"""Opening a journal file (connection.py): private modes, the default path, the connection settings."""

from __future__ import annotations

import pytest

from reconcile_kit.store import Journal

from .helpers import _mode


def test_new_journal_file_is_0600_in_new_0700_folders(tmp_path):
    path = tmp_path / "a" / "b" / "journal.sqlite3"
    Journal.open(path).close()
    assert (_mode(path), _mode(path.parent), _mode(path.parent.parent)) == (0o600, 0o700, 0o700)


def test_write_ahead_log_is_private(journal, make_interaction):
    journal.add(make_interaction())
    assert _mode(journal.path.with_name("journal.sqlite3-wal")) == 0o600


def test_default_path_is_the_environment_variable(isolated_dirs):
    with Journal.open() as opened:
        assert opened.path == isolated_dirs / "data" / "reconcile-kit" / "journal.sqlite3"


def test_default_path_without_the_variable_is_the_user_data_dir(isolated_dirs, monkeypatch):
    monkeypatch.delenv("RECONCILE_KIT_JOURNAL")
    with Journal.open() as opened:
        assert opened.path == isolated_dirs / "data" / "reconcile-kit" / "journal.sqlite3"


@pytest.mark.parametrize(("pragma", "value"), [("journal_mode", "wal"), ("synchronous", 2), ("busy_timeout", 5000), ("user_version", 3)])
def test_connection_settings(journal, pragma, value):
    assert journal._query(f"PRAGMA {pragma}") == [(value,)]
