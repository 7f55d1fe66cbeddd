"""The `Journal` class: the public API of a person's journal (entries, undo, timeline, import, extras).

    with Journal.open() as journal:          # $RECONCILE_KIT_JOURNAL or the user data dir
        saved = journal.add(Interaction(...))
        journal.undo()                       # "Removed the entry you just logged: '...'"
        frame = journal.timeline()

Every write is one transaction: it lands whole or not at all. Times are stored as fixed-width
ISO-8601 UTC text ("2026-05-01T18:30:00.000000+00:00") so text order is time order.
Opening, transactions and errors live in `connection.py`, the schema and migrations in
`schema.py`, row conversions in `rows.py`; settings, reflections, the checklist and habits in
`tables.py`, which the methods of the same names here call.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import backup as backups
from . import crypto, tables
from ..errors import InvalidInteraction, JournalError, UnknownEntry
from ..model import Interaction
from .connection import ENV_VAR, Database, default_path, open_connection
from .rows import COLUMNS, UNDO_KEEP, Batch, describe_undo, frame_batch, iso, row_to_interaction

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Journal", "ImportResult", "default_path", "ENV_VAR"]

# Rows per INSERT statement in a bulk import (parameters stay under SQLite's old 999 limit).
ROWS_PER_INSERT = 32
FUTURE_SLACK = timedelta(days=1)  # a contact dated later than this after now is refused (a typo, not a plan)
_INSERT = f"INSERT INTO interactions ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What `Journal.import_messages` did: rows newly added, rows already in the journal."""

    added: int
    skipped: int


class Journal:
    """A private journal of contacts, backed by one SQLite file. Open it with `Journal.open`."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = Database(path, connection)
        self._backup_connect = crypto.connector(None)  # keyed for encrypted journals (open)

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, passphrase: str | None = None) -> Journal:
        """Open the journal at `path`, creating or upgrading it; see the module docstring.

        :param path: the journal file; default `$RECONCILE_KIT_JOURNAL` or the user data dir.
        :param passphrase: for encrypted journals (needs the `encrypted` extra).
        :raises JournalError: the file is not a journal, is damaged, or is from a newer version.
        """
        target = Path(path).expanduser() if path is not None else default_path()
        journal = cls(target, open_connection(target, passphrase))
        journal._backup_connect = crypto.connector(passphrase)
        return journal

    def backup(self) -> Path:
        """Save a copy of the journal now into `backups/` beside it (backup.py); return its path."""
        with self._db.lock:
            return backups.backup_now(self._live(), self.path, connect=self._backup_connect)

    def close(self) -> None:
        """Close the file; the object cannot be used afterwards. Closing twice is harmless."""
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = " (closed)" if self._conn is None else ""
        return f"<Journal {str(self.path)!r}{state}>"

    # -- plumbing (connection.py's Database) ----------------------------------------------

    @property
    def _conn(self) -> sqlite3.Connection | None:
        """The open connection, None once closed (the reliability tests read SQLite through it)."""
        return self._db.conn

    def _live(self) -> sqlite3.Connection:
        return self._db.live()

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        """One transaction: commit when the block ends, roll back (leave the file as it was) on error."""
        return self._db.write()

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return self._db.query(sql, params)

    def _log_undo(self, conn: sqlite3.Connection, action: str, **fields: Any) -> None:
        names = ["action", *fields]
        conn.execute(
            f"INSERT INTO undo_log ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            (action, *fields.values()),
        )
        conn.execute("DELETE FROM undo_log WHERE id <= (SELECT max(id) FROM undo_log) - ?", (UNDO_KEEP,))

    def _row(self, conn: sqlite3.Connection, uid: str) -> tuple[Any, ...]:
        row = conn.execute(
            f"SELECT {', '.join(COLUMNS)}, deleted_at FROM interactions WHERE uid = ?", (uid,)
        ).fetchone()
        if row is None or row[-1] is not None:
            state = "is deleted" if row is not None else "is not in the journal"
            raise UnknownEntry(f"entry {uid!r} {state}; `reconcile-kit list` shows the entries")
        return row[:-1]

    # -- interactions ---------------------------------------------------------------------

    def add(self, interaction: Interaction) -> Interaction:
        """Save `interaction` and return it with its `uid` (32 random hex digits unless it had one)."""
        # os.urandom, not uuid.uuid4: the same 128 random bits without importing uuid (and
        # platform) on every `reconcile-kit log`.
        saved = interaction if interaction.uid else interaction.replace(uid=os.urandom(16).hex())
        self._not_ahead(saved)
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM interactions WHERE uid = ?", (saved.uid,)).fetchone():
                raise JournalError(f"an entry with uid {saved.uid!r} is already in the journal")
            conn.execute(_INSERT, _values(saved))
            self._log_undo(conn, "add", uid=saved.uid, summary=saved.summary)
        return saved

    def get(self, uid: str) -> Interaction:
        """Return the entry `uid`; `UnknownEntry` if there is none or it is deleted."""
        with self._db.lock:
            return row_to_interaction(self._row(self._live(), uid))

    def update(self, uid: str, **changes: Any) -> Interaction:
        """Change fields of entry `uid` (validated like a new entry) and return the new version.

        A bad value raises `InvalidInteraction` and writes nothing. Setting `tone` makes it the user's
        own (`tone_by` = `user`) unless `tone_by` is given too: a suggested tone the user touched is theirs.
        """
        if "tone" in changes:
            changes.setdefault("tone_by", "user")
        with self._write() as conn:
            before = self._row(conn, uid)
            changed = row_to_interaction(before).replace(**changes)
            if "at" in changes:
                self._not_ahead(changed)
            conn.execute(
                f"UPDATE interactions SET {', '.join(f'{c} = ?' for c in COLUMNS)} WHERE uid = ?",
                (*_values(changed), uid),
            )
            self._log_undo(conn, "update", uid=uid, before=_json().dumps(before), summary=before[6])
        return changed

    def delete(self, uid: str) -> None:
        """Mark entry `uid` deleted (it stays in the file, so `undo` can bring it back)."""
        with self._write() as conn:
            before = self._row(conn, uid)
            stamp = iso(datetime.now(timezone.utc))
            conn.execute("UPDATE interactions SET deleted_at = ? WHERE uid = ?", (stamp, uid))
            self._log_undo(conn, "delete", uid=uid, summary=before[6])

    def undo(self) -> str | None:
        """Revert the last add, update, delete or import; return what was done, or None if nothing."""
        with self._write() as conn:
            entry = conn.execute(
                "SELECT id, action, uid, before, first_id, last_id, summary FROM undo_log "
                "ORDER BY id DESC LIMIT 1"
            ).fetchone()
            if entry is None:
                return None
            log_id, action, uid, before, first_id, last_id, summary = entry
            if action == "add":
                conn.execute("DELETE FROM interactions WHERE uid = ?", (uid,))
            elif action == "update":
                conn.execute(
                    f"UPDATE interactions SET {', '.join(f'{c} = ?' for c in COLUMNS)} WHERE uid = ?",
                    (*_json().loads(before), uid),
                )
            elif action == "delete":
                conn.execute("UPDATE interactions SET deleted_at = NULL WHERE uid = ?", (uid,))
            elif action == "import":
                conn.execute("DELETE FROM interactions WHERE id BETWEEN ? AND ?", (first_id, last_id))
            conn.execute("DELETE FROM undo_log WHERE id = ?", (log_id,))
        return describe_undo(action, summary)

    def last_step(self) -> tuple[str, str] | None:
        """What `undo()` would take back now: (`add`/`update`/`delete`/`import`, its summary), or None.

        For an import the summary is the number of messages it added (the import form checks it
        before offering "Undo this import").
        """
        found = self._query("SELECT action, summary FROM undo_log ORDER BY id DESC LIMIT 1")
        return (str(found[0][0]), str(found[0][1])) if found else None

    def timeline(self, include_deleted: bool = False) -> pd.DataFrame:
        """All entries as a timeline DataFrame (docs/architecture.md), sorted by time then insertion."""
        from ..timeline import from_records

        where = "" if include_deleted else "WHERE deleted_at IS NULL"
        names = ("id", *COLUMNS, "deleted_at")
        columns = dict(zip(names, self._columns(names, where)))
        ids = columns.pop("id")
        return _time_ordered(from_records(columns), ids)

    def _columns(self, names: tuple[str, ...], where: str) -> list[list[Any]]:
        """Whole columns of `interactions`, aligned, read through the `at` index (so a damaged
        index is noticed), in time order (`_time_ordered` checks it: aggregate order is not promised).

        One row of JSON arrays (`json_group_array`, built in C) read with `json.loads` (in C):
        about half the cost of `fetchall`, which makes a Python tuple per row. SQLite builds
        without the JSON functions fall back to `fetchall`.
        """
        arrays = ", ".join(f"json_group_array({name})" for name in names)
        try:
            texts = self._query(f"SELECT {arrays} FROM (SELECT * FROM interactions {where} ORDER BY at, id)")[0]
        except JournalError as error:
            if "no such function" not in str(error):
                raise
            rows = self._query(f"SELECT {', '.join(names)} FROM interactions {where} ORDER BY at, id")
            return [list(values) for values in zip(*rows)] if rows else [[] for _ in names]
        return [_json().loads(text) for text in texts]

    def import_messages(self, messages: pd.DataFrame | dict[str, Any], *, undoable: bool = True) -> ImportResult:
        """Add imported messages in one transaction; rows whose uid is already stored are skipped.

        :param messages: a messages frame from `load_messages` (converted with
            `timeline.from_messages`), the columns `timeline.message_columns` made of one (with
            suggested tones marked, `tone.imported`), or a frame already in timeline shape.
        :param undoable: record the import so `undo()` can remove it again.
        """
        batch = frame_batch(messages)
        # A large page cache keeps the uid index (random keys) in memory during a big import.
        self._query(f"PRAGMA cache_size = {-min(max(batch.count // 4, 2_000), 262_144)}")
        try:
            with self._write() as conn:
                first = (conn.execute("SELECT max(id) FROM interactions").fetchone()[0] or 0) + 1
                before = conn.total_changes
                _insert(conn, batch)
                added = conn.total_changes - before
                if added and undoable:
                    last = conn.execute("SELECT max(id) FROM interactions").fetchone()[0]
                    self._log_undo(conn, "import", first_id=first, last_id=last, summary=str(added))
        finally:
            self._query("PRAGMA cache_size = -2000")
        if added > 50_000:  # fold a large write-ahead log back into the file right away
            self._query("PRAGMA wal_checkpoint(TRUNCATE)")
        return ImportResult(added=added, skipped=batch.count - added)

    def resolve(self, prefix: str) -> str:
        """Return the full uid of the one live entry whose uid starts with `prefix`."""
        text = prefix.strip()
        found = self._query(
            "SELECT uid FROM interactions WHERE substr(uid, 1, ?) = ? AND deleted_at IS NULL "
            "ORDER BY uid = ? DESC LIMIT 2",
            (len(text), text, text),
        )
        if found and found[0][0] == text:
            return text
        if len(found) == 1 and text:
            return found[0][0]
        if not found or not text:
            raise UnknownEntry(f"no entry's uid starts with {prefix!r}; `reconcile-kit list` shows them")
        raise UnknownEntry(f"more than one entry's uid starts with {prefix!r}; give a few more characters")

    # -- settings, reflections, checklist, habits and check-ins (tables.py) ---------------

    def latest(self) -> datetime:
        """The latest time a contact may have: now (the journal's clock) plus FUTURE_SLACK.

        `add` refuses a later one; an import leaves later messages out and counts them.
        """
        return self._now() + FUTURE_SLACK

    def _not_ahead(self, item: Interaction) -> None:
        """Refuse a contact dated more than a day after now: contacts are logged once they happen."""
        if item.at > self.latest():
            from .. import clock

            zone = clock.zone_for(self)
            raise InvalidInteraction(
                f"at is {clock.day_label(item.at, zone)} {item.at.astimezone(zone):%Y}, more than a day "
                "ahead: log a contact once it has happened",
                field="at",
            )

    def _now(self) -> datetime:
        """The journal's clock: the demo's fixed `now` setting, else the current UTC time."""
        from ..clock import now_for

        return now_for(self)

    def get_setting(self, key: str, default: Any = None) -> Any:
        """Return setting `key` (decoded from JSON), or `default` when it is not set."""
        return tables.get_setting(self._db, key, default)

    def set_setting(self, key: str, value: Any) -> None:
        """Store `value` (text, numbers, booleans, lists, dicts) under `key`; None removes it."""
        tables.set_setting(self._db, key, value)

    def settings(self) -> dict[str, Any]:
        """Every setting as a dict, keys sorted."""
        return tables.settings(self._db)

    def add_reflection(self, prompt_id: str, text: str, *, at: datetime | None = None) -> int:
        """Save an answer to prompt `prompt_id` (a GUIDE ID or a notebook prompt); return its id."""
        return tables.add_reflection(self._db, prompt_id, text, at=at, now=self._now)

    def reflections(self, prompt_id: str | None = None) -> pd.DataFrame:
        """Saved reflections (columns id, prompt_id, text, at), oldest first."""
        return tables.reflections(self._db, prompt_id)

    def latest_reflection(self, prompt_id: str) -> str | None:
        """The most recent answer to `prompt_id`, or None."""
        return tables.latest_reflection(self._db, prompt_id)

    def set_ticked(self, item_id: str, done: bool = True, *, at: datetime | None = None) -> None:
        """Tick (or untick) checklist item `item_id`; ticking again keeps the first time."""
        tables.set_ticked(self._db, item_id, done, at=at, now=self._now)

    def ticked(self) -> dict[str, datetime]:
        """Ticked items and when they were ticked, in ticking order."""
        return tables.ticked(self._db)

    def add_habit(self, name: str, *, at: datetime | None = None) -> int:
        """Put an old habit on the watch list (GUIDE S5.3); return its id."""
        return tables.add_habit(self._db, name, at=at, now=self._now)

    def habits(self) -> pd.DataFrame:
        """The watch list (columns id, name, created_at), oldest first."""
        return tables.habits(self._db)

    def check_in(self, habit_id: int, slipped: bool, note: str = "", *, at: datetime | None = None) -> int:
        """Record a check-in against habit `habit_id`: did the old habit come back? Return its id."""
        return tables.check_in(self._db, habit_id, slipped, note, at=at, now=self._now)

    def check_ins(self) -> pd.DataFrame:
        """Every check-in (columns id, habit_id, at, slipped, note), oldest first."""
        return tables.check_ins(self._db)


def _json() -> Any:
    """The json module, imported on first use (a plain `reconcile-kit log` never needs it)."""
    import json

    return json


def _time_ordered(frame: pd.DataFrame, ids: list[int]) -> pd.DataFrame:
    """`frame` sorted by time, then by row id (insertion order); a sorted frame is returned as is."""
    import numpy as np

    at = frame["at"].array.asi8
    rowid = np.asarray(ids, dtype=np.int64)
    ascending = (at[1:] > at[:-1]) | ((at[1:] == at[:-1]) & (rowid[1:] > rowid[:-1]))
    if ascending.all():
        return frame
    return frame.take(np.lexsort((rowid, at))).reset_index(drop=True)

def _insert(conn: sqlite3.Connection, batch: Batch) -> None:
    """Insert `batch` with multi-row statements (ROWS_PER_INSERT rows each), the rest one by one.

    Fewer, wider statements cut SQLite's per-statement work roughly by a third on a large import.
    """
    per = max(1, min(ROWS_PER_INSERT, 500 // max(len(batch.names), 1)))
    whole = batch.count // per * per
    if whole:
        conn.executemany(batch.insert_sql(per), batch.chunks(per, 0, whole))
    conn.executemany(batch.insert_sql(), batch.chunks(1, whole, batch.count))

def _values(item: Interaction) -> tuple[Any, ...]:
    return (
        item.uid,
        iso(item.at),
        str(item.channel),
        str(item.direction),
        str(item.kind),
        str(item.tone),
        item.summary,
        item.text,
        item.mood,
        item.source,
        ",".join(item.tags),
        item.notes,
        str(item.tone_by),
    )
