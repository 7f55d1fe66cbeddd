"""Rolling backups of a journal, taken with SQLite's online backup API.

Backups live in a `backups/` folder beside the journal (mode 0700, files 0600), named
`<journal stem>.<UTC time>Z.<reason>.sqlite3`, so the time and the reason can be read off
the name without opening anything: the on-open check is one directory listing. The newest
`KEEP` backups of a journal are kept; older ones are removed.

The clock is `reconcile_kit.store.backup.utcnow`; tests replace it (monkeypatch) to move time on.
Connections are made by a `connect(path)` callable so encrypted journals (SQLCipher) are
backed up with their key; the default is the standard library's `sqlite3.connect`.
"""

from __future__ import annotations

import os
import re
import sqlite3
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from ..errors import JournalError
from ..files import make_private_dir, new_private, touch_private

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "Backup",
    "KEEP",
    "MAX_AGE",
    "backup_dir",
    "list_backups",
    "backup_now",
    "backup_if_due",
    "on_open",
    "hint",
    "copy_raw",
    "restore",
    "utcnow",
]

KEEP = 7
MAX_AGE = timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<at>\d{8}T\d{6})Z\.(?P<reason>[a-z0-9-]+)\.sqlite3$")

Connect = Callable[[Path], Any]


def utcnow() -> datetime:
    """The current UTC time; tests monkeypatch this to move the backup clock."""
    return datetime.now(timezone.utc)


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file: where it is, when it was taken (UTC) and why."""

    path: Path
    at: datetime
    reason: str


def backup_dir(journal: Path) -> Path:
    """The folder that holds `journal`'s backups: `backups/` beside it."""
    return Path(journal).parent / "backups"


def list_backups(journal: Path) -> list[Backup]:
    """Return the backups of `journal`, newest first (an empty list when there are none)."""
    folder = backup_dir(journal)
    if not folder.is_dir():
        return []
    stem = Path(journal).stem
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match and match["stem"] == stem:
            at = _stamp_time(match["at"])
            found.append(Backup(entry, at, match["reason"]))
    return sorted(found, key=lambda b: (b.at, b.path.stat().st_mtime_ns, b.path.name), reverse=True)


def _stamp_time(stamp: str) -> datetime:
    """The UTC time of a name's `_STAMP` text ("20260501T183000"), read without `strptime`
    (whose first use imports `_strptime`, `calendar` and `locale`: slow for a CLI start)."""
    numbers = (stamp[0:4], stamp[4:6], stamp[6:8], stamp[9:11], stamp[11:13], stamp[13:15])
    year, month, day, hour, minute, second = map(int, numbers)
    return datetime(year, month, day, hour, minute, second, tzinfo=timezone.utc)


def _newest_time(journal: Path) -> datetime | None:
    """When the newest backup of `journal` was taken, from the file names alone (one listing, no stat)."""
    try:
        names = os.listdir(backup_dir(journal))
    except OSError:  # no backups folder yet (or not a folder)
        return None
    stem = Path(journal).stem
    stamps = [match["at"] for match in map(_NAME.match, names) if match and match["stem"] == stem]
    return _stamp_time(max(stamps)) if stamps else None  # the stamp text sorts as time does


def _new_path(journal: Path, at: datetime, reason: str) -> Path:
    """A fresh, not yet existing backup path, created empty with mode 0600."""
    folder = make_private_dir(backup_dir(journal))
    base = f"{Path(journal).stem}.{at.astimezone(timezone.utc).strftime(_STAMP)}Z.{reason}"
    for n in range(1, 1000):
        path = folder / (f"{base}.sqlite3" if n == 1 else f"{base}-{n}.sqlite3")
        try:
            new_private(path)
        except FileExistsError:
            continue
        return path
    raise JournalError(f"Too many backups named {base} in {folder}; remove some old ones.")


def _prune(journal: Path, keep: int) -> None:
    for old in list_backups(journal)[keep:]:
        old.path.unlink(missing_ok=True)


def backup_now(
    source: Any,
    journal: Path,
    *,
    reason: str = "manual",
    connect: Connect = sqlite3.connect,
    keep: int = KEEP,
) -> Path:
    """Copy the open connection `source` (the journal at `journal`) into a new backup file.

    :param reason: a short lowercase word for the file name (`daily`, `manual`, `before-restore`).
    :param connect: opens the backup file; pass a keyed opener for encrypted journals.
    Returns the backup's path. The backup is self-contained (rollback journal, not WAL).
    """
    path = _new_path(journal, utcnow(), reason)
    try:
        _copy_into(source, path, connect)
    except Exception:
        path.unlink(missing_ok=True)
        raise
    _prune(journal, keep)
    return path


def backup_if_due(
    source: Any,
    journal: Path,
    *,
    connect: Connect = sqlite3.connect,
    max_age: timedelta = MAX_AGE,
    keep: int = KEEP,
) -> Path | None:
    """Take a `daily` backup when the newest backup is older than `max_age`; return its path or None.

    Costs one directory listing when no backup is due. When one is due, the journal is checked
    first (`PRAGMA quick_check`): a damaged journal raises `JournalError` instead of pushing a
    good old backup out of the rotation. Several processes opening the journal at once take
    one backup between them (an advisory lock on `backups/.lock`).
    """
    if _fresh(journal, max_age):
        return None
    with _exclusive(journal) as mine:
        if not mine or _fresh(journal, max_age):
            return None
        if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise JournalError(f"{journal} is damaged.{hint(journal)}")
        return backup_now(source, journal, reason="daily", connect=connect, keep=keep)


def on_open(source: Any, journal: Path, *, connect: Connect = sqlite3.connect) -> Path | None:
    """The journal's open-time backup: `backup_if_due`, but a failed copy only warns.

    A damaged journal still raises `JournalError`; a full disk or an unwritable folder must not
    keep the user from their journal, so those only warn (`UserWarning`).
    """
    try:
        return backup_if_due(source, journal, connect=connect)
    except JournalError:
        raise
    except Exception as error:  # OSError, sqlite3.Error or sqlcipher3.Error alike
        if "malformed" in str(error) or "not a database" in str(error):
            raise JournalError(f"{journal} is damaged ({error}).{hint(journal)}") from None
        warnings.warn(f"reconcile-kit could not back up {journal}: {error}", stacklevel=3)
        return None


def hint(journal: Path) -> str:
    """The sentence that points a user with a damaged journal at its backups."""
    return f" Backups are in {backup_dir(journal)}; `reconcile-kit restore` lists them."


def _fresh(journal: Path, max_age: timedelta) -> bool:
    newest = _newest_time(journal)
    return newest is not None and utcnow() - newest < max_age


@contextmanager
def _exclusive(journal: Path) -> Iterator[bool]:
    """Yield True while holding the backup folder's lock, False if another process holds it."""
    if fcntl is None:  # no advisory locks (Windows): at worst two backups in the same second
        yield True
        return
    handle = os.open(touch_private(make_private_dir(backup_dir(journal)) / ".lock"), os.O_RDWR)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(handle)  # closing releases the lock


def copy_raw(journal: Path, *, reason: str, keep: int = KEEP) -> Path:
    """Copy the journal's bytes (and its -wal file) as they are: for files SQLite cannot read."""
    import shutil

    path = _new_path(journal, utcnow(), reason)
    shutil.copyfile(journal, path)
    wal = Path(f"{journal}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{path}-wal"))
        os.chmod(f"{path}-wal", 0o600)
    _prune(journal, keep)
    return path


def _check_backup(backup: Path, connect: Connect) -> None:
    """Raise JournalError unless `backup` is a readable, intact journal."""
    problem = f"{backup} is not a usable journal backup"
    try:
        conn = connect(backup)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except Exception as exc:  # sqlite3 or sqlcipher3 errors alike
        raise JournalError(f"{problem} ({exc}); pick another one from `reconcile-kit restore`.") from None
    if ok != "ok" or "interactions" not in tables:
        raise JournalError(f"{problem} (damaged or not a journal); pick another one from `reconcile-kit restore`.")


def restore(journal: Path, backup: Path, *, connect: Connect = sqlite3.connect) -> Path | None:
    """Put `backup` in place of `journal`, after backing up the current journal first.

    Returns the path of the safety backup of the journal as it was (None if there was no journal).
    Restoring goes through SQLite's backup API into the journal, so other readers see a whole
    journal; a journal SQLite cannot open at all is replaced as a file instead.
    """
    journal, backup = Path(journal), Path(backup)
    _check_backup(backup, connect)
    safety = _safety_copy(journal, connect) if journal.exists() else None
    source = connect(backup)
    try:
        try:
            target = connect(journal)
            try:
                source.backup(target)
            finally:
                target.close()
        except Exception:  # the journal itself is unreadable: replace the file whole
            _replace_file(source, journal, connect)
    finally:
        source.close()
    touch_private(journal)
    return safety


def _safety_copy(journal: Path, connect: Connect) -> Path:
    try:
        conn = connect(journal)
        try:
            conn.execute("PRAGMA quick_check").fetchone()
            return backup_now(conn, journal, reason="before-restore", connect=connect)
        finally:
            conn.close()
    except JournalError:
        raise
    except Exception:
        return copy_raw(journal, reason="before-restore-raw")


def _copy_into(source: Any, path: Path, connect: Connect) -> None:
    """Copy the open database `source` into a new file at `path` with SQLite's backup API.

    The copy is self-contained: rollback journal, not WAL, so it is one file.
    """
    target = connect(path)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()


def _replace_file(source: Any, journal: Path, connect: Connect) -> None:
    tmp = journal.with_name(f".{journal.name}.restoring")
    tmp.unlink(missing_ok=True)
    touch_private(tmp)
    _copy_into(source, tmp, connect)
    for side in ("-wal", "-shm"):
        Path(f"{journal}{side}").unlink(missing_ok=True)
    os.replace(tmp, journal)
