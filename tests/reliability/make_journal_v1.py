"""Build `tests/data/journal_v1.sqlite3`: a journal as the first schema version (1) wrote it.

Run once from the project root (`.venv/bin/python tests/reliability/make_journal_v1.py`); the
file is committed, and `test_migration.py` checks that the current code opens a copy of it,
migrated, with every row intact. The DDL is the store's own version-1 step
(`store/schema.py`, `MIGRATIONS[1]`), so the fixture is exactly what version 1 created.
Demo data only: invented people and events.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reconcile_kit.store import schema  # noqa: E402

TARGET = ROOT / "tests" / "data" / "journal_v1.sqlite3"

# uid, at, channel, direction, kind, tone, summary, text, mood, source, tags, notes, deleted_at
ROWS = [
    ("a1" * 16, "2026-03-02T19:05:00.000000+00:00", "text", "out", "message", "positive",
     "Sent Robin the photo from the lake trip", "Found this, thought of you", 3, "manual",
     "memory,photo", "", None),
    ("b2" * 16, "2026-03-03T08:12:30.500000+00:00", "text", "in", "message", "positive",
     "Robin replied: \"ha, the canoe!\" 🛶", "ha, the canoe! 🛶\nwe were so bad at it", None,
     "manual", "", "felt light", None),
    ("c3" * 16, "2026-03-20T17:00:00.000000+00:00", "email", "out", "meet_ask", "neutral",
     "Asked about coffee next week — 'no pressure'", "", 2, "manual", "", "", None),
    ("d4" * 16, "2026-03-21T10:00:00.000000+00:00", "text", "out", "message", "none",
     "A duplicate I deleted", "", None, "manual", "", "", "2026-03-21T10:05:00.000000+00:00"),
    ("e5" * 16, "2026-03-28T15:30:00.000000+00:00", "in_person", "both", "meeting", "positive",
     "x" * 500, "Long walk by the river.\r\nTalked about the new job.", 4, "manual",
     "walk", "<b>not html</b> & 'quotes'", None),
]


def build(target: Path = TARGET) -> Path:
    """Write the version-1 journal to `target` (replacing it) and return the path."""
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    try:
        conn.executescript(schema.MIGRATIONS[1])
        conn.executemany(
            "INSERT INTO interactions (uid, at, channel, direction, kind, tone, summary, text, "
            "mood, source, tags, notes, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ROWS,
        )
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    return target


if __name__ == "__main__":
    print(build())
