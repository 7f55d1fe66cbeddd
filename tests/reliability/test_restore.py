"""Restoring a backup: the current journal is backed up first, then replaced by the backup."""

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


def _add(path: Path, summary: str) -> None:
    with Journal.open(path) as journal:
        journal.add(Interaction(at=DAY0, channel="text", direction="out", kind="note", summary=summary))


def _summaries(path: Path) -> list[str]:
    with Journal.open(path) as journal:
        return list(journal.timeline()["summary"])


@pytest.fixture
def history(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """A journal with 'monday' backed up, then 'tuesday' added; returns (journal, backup)."""
    monkeypatch.setattr(backup, "utcnow", lambda: DAY0)
    path = tmp_path / "journal.sqlite3"
    _add(path, "monday")
    with Journal.open(path) as journal:
        saved = backup.backup_now(journal._conn, path)
    monkeypatch.setattr(backup, "utcnow", lambda: DAY0 + timedelta(hours=1))
    _add(path, "tuesday")
    return path, saved


def test_restore_brings_back_the_backup(history):
    path, saved = history
    backup.restore(path, saved)
    assert _summaries(path) == ["monday"]


def test_restore_backs_up_the_current_journal_first(history):
    path, saved = history
    safety = backup.restore(path, saved)
    assert (safety.name, _summaries(safety)) == ("journal.20260501T100000Z.before-restore.sqlite3", ["monday", "tuesday"])


def test_restore_keeps_the_journal_private(history):
    path, saved = history
    backup.restore(path, saved)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_restore_over_a_damaged_journal(history):
    path, saved = history
    path.write_bytes(b"garbage" * 1000)
    safety = backup.restore(path, saved)
    assert (_summaries(path), safety.read_bytes()) == (["monday"], b"garbage" * 1000)


def test_restore_refuses_a_file_that_is_not_a_backup(history, tmp_path):
    path, _ = history
    fake = tmp_path / "fake.sqlite3"
    fake.write_text("not a database at all, just some words")
    with pytest.raises(JournalError, match="fake.sqlite3 is not a usable journal backup"):
        backup.restore(path, fake)
    assert _summaries(path) == ["monday", "tuesday"]


def test_restore_while_another_journal_is_open(history):
    path, saved = history
    with Journal.open(path) as open_elsewhere:
        backup.restore(path, saved)
        assert list(open_elsewhere.timeline()["summary"]) == ["monday"]
