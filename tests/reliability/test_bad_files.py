"""Files that are not journals, or damaged journals: a clear JournalError, the file untouched.

Every message names the file and points at the backups; the file's bytes are compared
(sha256) before and after the attempt.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from reconcile_kit import Interaction, Journal, JournalError
from reconcile_kit.store.schema import APPLICATION_ID

pytestmark = pytest.mark.reliability

HINT = r"Backups are in .*backups; `reconcile-kit restore` lists them\."


def _journal(path: Path, rows: int = 60) -> Path:
    at = datetime(2026, 5, 1, tzinfo=timezone.utc)
    with Journal.open(path) as journal:
        for n in range(rows):
            journal.add(Interaction(at=at, channel="text", direction="out", kind="note",
                                    summary=f"entry {n}", text="a long day. " * 200))
    return path


def _text(path: Path) -> None:
    path.write_text("dear diary, today I\n")


def _png(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)


def _noise(path: Path) -> None:
    path.write_bytes(random.Random(8).randbytes(8192))


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()


def _half_a_header(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00\x01\x01")


def _truncated(path: Path) -> None:
    data = _journal(path).read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _scrambled_schema(path: Path) -> None:
    data = bytearray(_journal(path, rows=3).read_bytes())
    data[100:4096] = random.Random(8).randbytes(3996)
    path.write_bytes(bytes(data))


def _newer_version(path: Path) -> None:
    _journal(path, rows=1)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def _wrong_application(path: Path) -> None:
    _journal(path, rows=1)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID + 1}")
    conn.close()


BAD_FILES = [
    (_text, "not an SQLite file"),
    (_png, "not an SQLite file"),
    (_noise, "not an SQLite file"),
    (_half_a_header, "damaged or not a journal|not an SQLite file"),
    (_foreign_sqlite, "another program's database"),
    (_wrong_application, "another program's database"),
    (_truncated, "damaged"),
    (_scrambled_schema, "damaged"),
    (_newer_version, "newer reconcile-kit"),
]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("make", "problem"), BAD_FILES, ids=[m.__name__.strip("_") for m, _ in BAD_FILES])
def test_bad_file_gives_journal_error_pointing_at_backups(tmp_path, make, problem):
    path = tmp_path / "journal.sqlite3"
    make(path)
    with pytest.raises(JournalError, match=f"(?s)journal.sqlite3.*({problem}).*{HINT}"):
        Journal.open(path).timeline()


@pytest.mark.parametrize("make", [m for m, _ in BAD_FILES], ids=[m.__name__.strip("_") for m, _ in BAD_FILES])
def test_bad_file_is_left_untouched(tmp_path, make):
    path = tmp_path / "journal.sqlite3"
    make(path)
    before = _sha(path)
    with pytest.raises(JournalError):
        Journal.open(path).timeline()
    assert _sha(path) == before


def test_damage_found_after_open_also_points_at_backups(tmp_path):
    path = _journal(tmp_path / "journal.sqlite3")
    Journal.open(path).close()  # today's backup exists, so the next open does not check
    _scramble_index(path)
    journal = Journal.open(path)
    with pytest.raises(JournalError, match=f"damaged.*{HINT}"):
        journal.timeline()
    journal.close()


def _scramble_index(path: Path) -> None:
    """Overwrite the cell pointers of the `interactions_at` index's root page."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'interactions_at'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * size + 8)
        handle.write(b"\xff\x07" * 8)


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(JournalError, match=f"is a folder, not a journal file.*{HINT}"):
        Journal.open(tmp_path)
