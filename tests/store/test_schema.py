"""The schema (schema.py): files that are not journals are refused untouched; old versions are migrated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reconcile_kit.errors import JournalError
from reconcile_kit.store import Journal, schema

from .helpers import _mode, _raw


def _make_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(schema.MIGRATIONS[1])
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO interactions (uid, at, channel, direction, kind, tone, summary) VALUES "
        "('old1', '2026-01-02T10:00:00.000000+00:00', 'text', 'in', 'message', 'positive', 'kept from v1')"
    )
    conn.commit()
    conn.close()



def test_garbage_file_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"my shopping list\n" * 10)
    with pytest.raises(JournalError, match=r"notes.sqlite3 is not a reconcile-kit journal \(it is not an SQLite file\)"):
        Journal.open(path)
    assert path.read_bytes() == b"my shopping list\n" * 10


def test_another_programs_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(JournalError, match="other.db is another program's database, not a reconcile-kit journal"):
        Journal.open(path)
    assert path.read_bytes() == before


def test_journal_from_a_newer_version_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 9")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(JournalError, match=r"written by a newer reconcile-kit \(journal version 9; this one reads up to 3\)"):
        Journal.open(path)
    assert path.read_bytes() == before


def test_folder_is_refused(tmp_path):
    with pytest.raises(JournalError, match="is a folder, not a journal file"):
        Journal.open(tmp_path)


def test_empty_file_becomes_a_journal(tmp_path):
    path = tmp_path / "journal.sqlite3"
    path.touch()
    Journal.open(path).close()
    assert _raw(path, "PRAGMA user_version") == [(3,)]


def test_empty_sqlite_file_version_0_is_migrated_without_backup(tmp_path):
    path = tmp_path / "journal.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE scratch (x)")
    conn.execute("DROP TABLE scratch")
    conn.close()
    with Journal.open(path) as opened:
        assert len(opened.timeline()) == 0
    assert (_raw(path, "PRAGMA user_version"), list(tmp_path.glob("*.bak"))) == ([(3,)], [])


def test_version_1_journal_is_migrated_with_rows_intact(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _make_v1(path)
    with Journal.open(path) as opened:
        assert opened.get("old1").summary == "kept from v1"
        opened.set_setting("their_name", "Sam")  # the v2 tables exist
    assert _raw(path, "PRAGMA user_version") == [(3,)]


def test_version_1_journal_is_backed_up_before_migrating(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _make_v1(path)
    Journal.open(path).close()
    backup = tmp_path / "journal.sqlite3.pre-v3.bak"
    assert _mode(backup) == 0o600
    assert _raw(backup, "SELECT uid FROM interactions") == [("old1",)]
    assert _raw(backup, "PRAGMA user_version") == [(1,)]
