"""Rolling backups: taken on open when the last is over a day old, seven kept, private modes.

The backup clock is `reconcile_kit.store.backup.utcnow`; `clock` moves it to any day.
"""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from reconcile_kit import Interaction, Journal, JournalError
from reconcile_kit.store import backup

pytestmark = pytest.mark.reliability

DAY0 = datetime(2026, 5, 1, 9, 0, tzinfo=timezone.utc)


def _entry(summary: str) -> Interaction:
    return Interaction(at=DAY0, channel="text", direction="out", kind="note", summary=summary)


@pytest.fixture
def clock(monkeypatch):
    """Set the backup clock: clock(days) puts it at DAY0 + days."""
    def set_to(days: float) -> None:
        monkeypatch.setattr(backup, "utcnow", lambda: DAY0 + timedelta(days=days))
    set_to(0)
    return set_to


@pytest.fixture
def journal_path(tmp_path: Path, clock) -> Path:
    path = tmp_path / "j" / "journal.sqlite3"
    with Journal.open(path) as journal:
        journal.add(_entry("first"))
    return path


def _summaries(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [s for (s,) in conn.execute("SELECT summary FROM interactions ORDER BY id")]
    finally:
        conn.close()


def test_new_journal_takes_no_backup(journal_path):
    assert backup.list_backups(journal_path) == []


def test_reopening_takes_a_daily_backup(journal_path):
    Journal.open(journal_path).close()
    assert [(b.reason, b.at) for b in backup.list_backups(journal_path)] == [("daily", DAY0)]


def test_no_second_backup_within_a_day(journal_path, clock):
    for hours in (0, 12, 23.9):
        clock(hours / 24)
        Journal.open(journal_path).close()
    assert len(backup.list_backups(journal_path)) == 1


def test_a_day_later_a_new_backup(journal_path, clock):
    Journal.open(journal_path).close()
    clock(1)
    Journal.open(journal_path).close()
    assert [b.at.day for b in backup.list_backups(journal_path)] == [2, 1]


def test_only_the_last_seven_are_kept(journal_path, clock):
    for day in range(10):
        clock(day)
        Journal.open(journal_path).close()
    assert [b.at.day for b in backup.list_backups(journal_path)] == [10, 9, 8, 7, 6, 5, 4]


def test_backup_holds_the_journal_rows(journal_path):
    Journal.open(journal_path).close()
    assert _summaries(backup.list_backups(journal_path)[0].path) == ["first"]


def test_backup_is_self_contained(journal_path):
    Journal.open(journal_path).close()
    conn = sqlite3.connect(backup.list_backups(journal_path)[0].path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_backup_folder_0700_and_files_0600(journal_path):
    Journal.open(journal_path).close()
    folder = backup.backup_dir(journal_path)
    modes = {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert (stat.S_IMODE(folder.stat().st_mode), modes) == (0o700, {0o600})


def test_backup_now_names_the_reason(journal_path):
    with Journal.open(journal_path) as journal:
        made = backup.backup_now(journal._conn, journal_path)
    assert made.name == "journal.20260501T090000Z.manual.sqlite3"


def test_same_second_backups_do_not_collide(journal_path):
    with Journal.open(journal_path) as journal:
        names = [backup.backup_now(journal._conn, journal_path).name for _ in range(2)]
    assert names == ["journal.20260501T090000Z.manual.sqlite3", "journal.20260501T090000Z.manual-2.sqlite3"]


def test_damaged_journal_is_not_backed_up_over_good_ones(journal_path, clock):
    Journal.open(journal_path).close()
    _damage_index(journal_path)
    clock(1)
    with pytest.raises(JournalError, match="is damaged.*Backups are in .*reconcile-kit restore"):
        Journal.open(journal_path)
    assert len(backup.list_backups(journal_path)) == 1


def _damage_index(path: Path) -> None:
    """Scramble the `interactions_at` index's root page: the rows stay readable, quick_check fails."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'interactions_at'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * size + 8)
        handle.write(b"\x00\x07" * 8)
