"""Migrations: journals written by earlier schema versions open under the current code.

`tests/data/journal_v1.sqlite3` (built by make_journal_v1.py from the store's version-1 DDL)
and `tests/data/journal_v2.sqlite3` (built by make_journal_v2.py with the version-2 code) are
committed; the tests always work on a copy in tmp_path.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reconcile_kit import Journal
from reconcile_kit.store.schema import CURRENT_VERSION

pytestmark = pytest.mark.reliability

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "journal_v1.sqlite3"
FIXTURE_V2 = FIXTURE.with_name("journal_v2.sqlite3")
V1_UIDS = ["a1" * 16, "b2" * 16, "c3" * 16, "d4" * 16, "e5" * 16]


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    copy = tmp_path / "journal.sqlite3"
    shutil.copyfile(FIXTURE, copy)
    return copy


def _rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT * FROM interactions ORDER BY id").fetchall()
    finally:
        conn.close()


def test_fixture_is_schema_version_1():
    conn = sqlite3.connect(f"{FIXTURE.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_v1_journal_opens_migrated(v1):
    with Journal.open(v1) as journal:
        version = journal._conn.execute("PRAGMA user_version").fetchone()[0]
    assert version == CURRENT_VERSION == 3


def test_every_v1_row_is_intact_after_migration(v1):
    before = _rows(v1)
    Journal.open(v1).close()
    assert _rows(v1) == [(*row, "user") for row in before] and [row[1] for row in before] == V1_UIDS


def test_v1_rows_read_back_through_the_api(v1):
    with Journal.open(v1) as journal:
        frame = journal.timeline(include_deleted=True)
        kept = journal.get("e5" * 16)
    assert (list(frame["uid"]), kept.summary, kept.notes) == (V1_UIDS, "x" * 500, "<b>not html</b> & 'quotes'")


def test_backup_taken_before_migration_is_the_v1_file(v1):
    before = _rows(v1)
    Journal.open(v1).close()
    saved = v1.with_name("journal.sqlite3.pre-v3.bak")
    version = sqlite3.connect(saved).execute("PRAGMA user_version").fetchone()[0]
    assert (version, _rows(saved)) == (1, before)


@pytest.fixture
def v2(tmp_path: Path) -> Path:
    copy = tmp_path / "journal.sqlite3"
    shutil.copyfile(FIXTURE_V2, copy)
    return copy


def test_v2_rows_gain_tone_by_user_and_nothing_else_changes_but_the_no_answer_tag(v2):
    before = _rows(v2)
    Journal.open(v2).close()
    tagged = [(*row[:11], "no_answer" if row[7] == "No answer came" else row[11], *row[12:], "user") for row in before]
    assert _rows(v2) == tagged and [row[11] for row in _rows(v2)] == ["", "", "", "no_answer", "walk"]


def test_v2_settings_and_reflections_survive(v2):
    with Journal.open(v2) as journal:
        assert (journal.get_setting("their_name"), journal.latest_reflection("S1.4")) == ("Sam", "Expect nothing.")


def test_v2_backup_is_the_v2_file(v2):
    before = _rows(v2)
    Journal.open(v2).close()
    saved = v2.with_name("journal.sqlite3.pre-v3.bak")
    version = sqlite3.connect(saved).execute("PRAGMA user_version").fetchone()[0]
    assert (version, _rows(saved)) == (2, before)
