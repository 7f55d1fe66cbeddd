"""The daily backup check on open (backup.py): backup names alone decide (no stat, no strptime)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from reconcile_kit.store import Journal

UTC = timezone.utc


@pytest.mark.parametrize("stamp", ["20260501T183000", "19991231T235959", "20240229T000001"])
def test_backup_stamps_read_like_strptime(stamp):
    from reconcile_kit.store.backup import _stamp_time

    assert _stamp_time(stamp) == datetime.strptime(stamp, "%Y%m%dT%H%M%S").replace(tzinfo=UTC)


def test_a_fresh_backup_of_another_journal_does_not_count(tmp_path):
    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()  # a new journal: nothing to back up yet
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / f"other.{datetime.now(UTC):%Y%m%dT%H%M%S}Z.daily.sqlite3").touch()
    Journal.open(path).close()
    assert len(list((tmp_path / "backups").glob("journal.*Z.daily.sqlite3"))) == 1
