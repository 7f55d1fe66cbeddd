"""Opening the journal file and talking to it: connection settings, write transactions, errors in plain words.

`open_connection` turns a path into a ready connection: it checks the file read-only first
(schema.py), creates a missing one privately, connects (WAL, synchronous=FULL, a busy timeout;
SQLCipher when a passphrase is given), migrates it and takes the daily backup (backup.py).

`Database` is one open connection with the lock that serialises its users, and the plumbing
every read and write goes through: `write()` (one BEGIN IMMEDIATE transaction, retried on
SQLITE_BUSY), `query()`, and the translation of SQLite's errors into `JournalError` sentences
that name the file. It is a small class rather than module functions because the connection,
its lock and its path (named in every error) belong together and live as long as the journal:
`Journal` holds one, and `tables.py`'s functions take it directly, so neither needs the other.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from . import backup as backups
from . import crypto, held, schema
from .. import environment
from ..errors import JournalError
from ..files import make_private_dirs, touch_private

__all__ = ["ENV_VAR", "BUSY_TIMEOUT_S", "WRITE_RETRIES", "Database", "default_path", "open_connection", "connect", "begin"]

ENV_VAR = environment.JOURNAL  # kept under its old name: `reconcile_kit.store` exports it
BUSY_TIMEOUT_S = 5.0
# busy_timeout makes SQLite wait for a lock, but in a few cases (WAL recovery after a crash, a
# lock held past the timeout by a slow disk, entering WAL at a new file's first open beside another)
# SQLITE_BUSY still comes back: the step starts again, up to WRITE_RETRIES times with jittered
# exponential backoff, before the user hears of it (`_retrying_busy`).
WRITE_RETRIES = 6
# The DB-API errors to turn into JournalError: sqlite3's, plus sqlcipher3's once it is in use.
_DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error,)
T = TypeVar("T")


def default_path() -> Path:
    """The journal used when no path is given: `$RECONCILE_KIT_JOURNAL` or the user data dir."""
    chosen = os.environ.get(environment.JOURNAL)  # as given (environment.value would strip it)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("reconcile-kit", appauthor=False)) / "journal.sqlite3"


def open_connection(target: Path, passphrase: str | None) -> sqlite3.Connection:
    """Open (creating or upgrading) the journal file `target`; return its ready connection.

    :raises JournalError: the file is not a journal, is damaged, or is from a newer version.
    """
    try:  # read before the first connection; from memory while one of ours is open (held.py)
        first = held.head(target)
    except OSError:  # missing (created below), or not readable (inspect_file names it)
        first = b""
    sealed = passphrase is not None and crypto.looks_encrypted(target)
    try:  # read-only: a foreign file is never touched; an encrypted one is checked once unlocked
        version = None if sealed else schema.inspect_file(target)
    except JournalError as error:
        raise JournalError(_not_openable(error, target, passphrase)) from None
    if not target.exists():
        make_private_dirs(target.parent)
        touch_private(target)
    try:
        conn = connect(target, passphrase)
    except _DB_ERRORS as error:
        raise JournalError(f"{target} could not be opened: {error}.{backups.hint(target)}") from None
    try:
        if version is None:  # an encrypted journal: its header is readable only now
            version = schema.check_header(target, *schema.read_header(conn))
        schema.migrate(conn, target, version)
        if version >= 1:  # a rolling daily backup (backup.py); one directory listing when not due
            backups.on_open(conn, target, connect=crypto.connector(passphrase))
    except _DB_ERRORS as error:
        conn.close()
        raise JournalError(f"{target} could not be upgraded: {error}") from None
    except JournalError:
        conn.close()
        raise
    _private_sidecars(target)
    held.hold(target, first or (schema.SQLITE_HEADER if passphrase is None else held.SEALED))  # released by Database.close
    return conn


def connect(path: Path, passphrase: str | None) -> sqlite3.Connection:
    """Connect to `path` with the journal's settings (SQLCipher when `passphrase` is set)."""
    global _DB_ERRORS
    options: dict[str, Any] = {"timeout": BUSY_TIMEOUT_S, "isolation_level": None, "check_same_thread": False}
    if passphrase is not None:  # SQLCipher (crypto.py); a wrong passphrase raises JournalError
        conn = crypto.connect(path, passphrase, **options)
        _DB_ERRORS = crypto.database_errors()
    else:
        conn = sqlite3.connect(path, **options)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    try:  # entering WAL needs the file to itself: two first opens at once may get SQLITE_BUSY at once
        _retrying_busy(lambda: conn.execute("PRAGMA journal_mode = WAL"))
    except _DB_ERRORS:
        conn.close()
        raise
    # In WAL mode the default synchronous=NORMAL may lose the last commits on power loss;
    # FULL syncs the WAL on every commit, so a write the kit reported as saved stays saved.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def begin(conn: sqlite3.Connection) -> None:
    """Start a write transaction (BEGIN IMMEDIATE), retrying on SQLITE_BUSY with backoff.

    IMMEDIATE takes the write lock up front, so a transaction never fails half-way on a lock
    upgrade; the retry covers the rare BUSY that busy_timeout does not absorb.
    """
    _retrying_busy(lambda: conn.execute("BEGIN IMMEDIATE"))


def _retrying_busy(step: Callable[[], T]) -> T:
    """`step()`, tried again on SQLITE_BUSY ("database is locked") with jittered exponential backoff,
    up to WRITE_RETRIES times: for the BUSY that busy_timeout does not absorb."""
    for attempt in range(WRITE_RETRIES):
        try:
            return step()
        except _DB_ERRORS as error:
            if attempt == WRITE_RETRIES - 1 or not ("locked" in str(error) or "busy" in str(error)):
                raise
            import random  # only here: a CLI start does not pay for importing it

            time.sleep(min(1.0, 0.02 * 2**attempt) * (0.5 + random.random()))


def _not_openable(error: JournalError, target: Path, passphrase: str | None) -> str:
    """The open error's message, with the way out: the passphrase, or the backups."""
    text = str(error).rstrip(".")
    if passphrase is None and "not an SQLite file" in text:
        text += f"; if it is an encrypted journal, give its passphrase (--passphrase-prompt or {environment.PASSPHRASE})"
    return f"{text}.{backups.hint(target)}"


def _private_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        try:  # SQLite removes them when another process closes the last connection: gone is fine
            os.chmod(path.with_name(path.name + suffix), 0o600)
        except FileNotFoundError:
            pass


class Database:
    """One open connection to the journal at `path`, its lock, and the read/write plumbing."""

    __slots__ = ("path", "conn", "lock")

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn: sqlite3.Connection | None = conn
        self.lock = threading.RLock()

    def live(self) -> sqlite3.Connection:
        """The connection; `JournalError` once the journal is closed."""
        if self.conn is None:
            raise JournalError(f"the journal {self.path} is closed; open it again with Journal.open")
        return self.conn

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        with self.lock:
            if self.conn is not None:
                self.conn.close()
                self.conn = None
                held.release(self.path)

    def failure(self, error: BaseException) -> JournalError:
        """The `JournalError` to raise for SQLite's `error`: damaged, busy, or not written."""
        text = str(error)
        if "malformed" in text or "not a database" in text:
            return JournalError(f"the journal {self.path} is damaged ({text}).{backups.hint(self.path)}")
        if "locked" in text or "busy" in text:
            return JournalError(
                f"the journal {self.path} is busy in another program; close it there or try again"
            )
        return JournalError(f"the journal {self.path} could not be written: {text}")

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: commit when the block ends, roll back (leave the file as it was) on error."""
        with self.lock:
            conn = self.live()
            try:
                begin(conn)
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            except _DB_ERRORS as error:
                raise self.failure(error) from None

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """All rows `sql` returns (PRAGMAs too), SQLite errors translated to `JournalError`."""
        with self.lock:
            try:
                return self.live().execute(sql, params).fetchall()
            except _DB_ERRORS as error:
                raise self.failure(error) from None
