"""The journal's SQLite schema: the tables, the forward migrations, and the check that a file is a journal.

Used by `connection.py` when it opens a journal, and by `crypto.py` (`SQLITE_HEADER`).
The schema version lives in `PRAGMA user_version`:

- 0: a new or empty file; nothing in it yet.
- 1: `interactions` only (the first released layout).
- 2: adds `reflections`, `checklist`, `habits`, `check_ins`, `settings` and the `undo_log`.
- 3: adds `interactions.tone_by` (`user` / `suggested`) and the kind `held_back`.

A migration runs in one transaction, after a copy of the old file is saved beside it as
`<name>.pre-v<N>.bak` (N = the version migrated to), so a failed or unwanted upgrade loses nothing.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..errors import JournalError
from ..files import new_private
from . import held

__all__ = [
    "CURRENT_VERSION", "APPLICATION_ID", "KNOWN_TABLES", "SQLITE_HEADER",
    "inspect_file", "read_header", "check_header", "migrate", "backup_to",
]  # fmt: skip

# Marks a file as a reconcile-kit journal (`PRAGMA application_id`), so another program's SQLite
# database with look-alike tables is never taken for one. The bytes spell "RcKt".
APPLICATION_ID = 0x52634B74
SQLITE_HEADER = b"SQLite format 3\x00"

_V1 = """
CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    channel TEXT NOT NULL,
    direction TEXT NOT NULL,
    kind TEXT NOT NULL,
    tone TEXT NOT NULL DEFAULT 'none',
    summary TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    mood INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
    source TEXT NOT NULL DEFAULT 'manual',
    tags TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
);
CREATE INDEX interactions_at ON interactions (at);
"""

_V2 = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE reflections (
    id INTEGER PRIMARY KEY,
    prompt_id TEXT NOT NULL,
    text TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX reflections_prompt ON reflections (prompt_id, at);
CREATE TABLE checklist (
    item_id TEXT PRIMARY KEY,
    ticked_at TEXT NOT NULL
);
CREATE TABLE habits (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE check_ins (
    id INTEGER PRIMARY KEY,
    habit_id INTEGER NOT NULL REFERENCES habits (id),
    at TEXT NOT NULL,
    slipped INTEGER NOT NULL CHECK (slipped IN (0, 1)),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX check_ins_habit ON check_ins (habit_id, at);
CREATE TABLE undo_log (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    uid TEXT,
    before TEXT,
    first_id INTEGER,
    last_id INTEGER,
    summary TEXT NOT NULL DEFAULT ''
);
"""

# v3: who chose each tone (`user` or the kit's `suggested` reading of the text), the kind
# `held_back` (a kit that predates it must not read such rows as contact: it refuses a v3 file),
# and the outcome form's "no answer came" notes tagged `no_answer` (guide.closure reads the tag).
_V3 = """
ALTER TABLE interactions ADD COLUMN tone_by TEXT NOT NULL DEFAULT 'user';
UPDATE interactions SET tags = 'no_answer'
    WHERE kind = 'note' AND summary = 'No answer came' AND tags = ''
"""

# MIGRATIONS[n] takes a journal from version n-1 to version n.
MIGRATIONS: dict[int, str] = {1: _V1, 2: _V2, 3: _V3}
CURRENT_VERSION = max(MIGRATIONS)
KNOWN_TABLES = frozenset(
    {"interactions", "settings", "reflections", "checklist", "habits", "check_ins", "undo_log"}
)


def inspect_file(path: Path) -> int:
    """Return the schema version of the journal at `path` (0 when missing or empty), read-only.

    Raises `JournalError` naming the file when it is not a journal, is damaged, or was written
    by a newer reconcile-kit. The file is opened with `mode=ro`, so it is never modified.
    """
    if not path.exists():
        return 0
    if path.is_dir():
        raise JournalError(f"{path} is a folder, not a journal file")
    header = held.head(path)  # never a raw read of a file SQLite holds open here (held.py)
    if not header:
        return 0
    if header != SQLITE_HEADER:
        raise JournalError(f"{path} is not a reconcile-kit journal (it is not an SQLite file)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version, app_id, tables = read_header(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise JournalError(f"{path} is damaged or not a journal ({error})") from None
    return check_header(path, version, app_id, tables)


def read_header(conn: sqlite3.Connection) -> tuple[int, int, set[str]]:
    """(schema version, application id, table names) of the open database `conn`."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return version, app_id, {name for (name,) in rows}


def check_header(path: Path, version: int, app_id: int, tables: set[str]) -> int:
    """Return `version` when `read_header`'s facts describe a journal this kit reads (0: empty file).

    Raises `JournalError` naming `path` for another program's database or a newer journal.
    """
    if version == 0 and app_id == 0 and not tables:
        return 0  # an empty SQLite file: safe to turn into a journal
    foreign = app_id != APPLICATION_ID or bool(tables - KNOWN_TABLES) or "interactions" not in tables
    if foreign:
        raise JournalError(
            f"{path} is another program's database, not a reconcile-kit journal; pick another file"
        )
    if version > CURRENT_VERSION:
        raise JournalError(
            f"{path} was written by a newer reconcile-kit (journal version {version}; this one "
            f"reads up to {CURRENT_VERSION}): upgrade reconcile-kit to open it"
        )
    if version < 1:
        raise JournalError(f"{path} has no journal version; it is damaged or not a journal")
    return version


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the open database to `target` (mode 0600) with SQLite's backup API; return `target`."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    new_private(partial)
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    os.replace(partial, target)
    return target


def migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Bring the journal at `path` from `version` to `CURRENT_VERSION` in one transaction.

    A journal that already holds data (version >= 1) is first copied to
    `<name>.pre-v<CURRENT_VERSION>.bak` beside it.
    """
    if version >= CURRENT_VERSION:
        return
    if version >= 1:
        backup_to(conn, path.with_name(f"{path.name}.pre-v{CURRENT_VERSION}.bak"))
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read inside the write lock: another process may have migrated meanwhile.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for step in range(version + 1, CURRENT_VERSION + 1):
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
