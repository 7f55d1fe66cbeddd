"""The journal files this process holds open through SQLite, and their first bytes, read without touching them.

POSIX drops every lock a process holds on a file the moment ANY descriptor of that file is
closed, whoever opened it. SQLite keeps its WAL locks on the journal file, so reading the file's
first bytes with `open()` while a connection of ours is open would silently drop them: another
process closing the journal would then think it was the last, checkpoint, and delete the -wal
file under us, and every write we made after it would be lost (`tests/reliability/test_locks_kept.py`).
SQLite itself never does this (it keeps one descriptor per file for all its connections), so the
kit's own reads are the only danger: `head` reads the bytes once, before the first connection,
and answers from memory while the file is held (`hold`, `release` around each connection).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

__all__ = ["HEAD_SIZE", "SEALED", "head", "hold", "release"]

HEAD_SIZE = 16  # SQLite's "SQLite format 3\0", or an encrypted journal's salt
SEALED = b"(encrypted)"  # the head noted for a journal created encrypted here: its salt is not ours to read
_HELD: dict[tuple[int, int], tuple[int, bytes]] = {}  # (device, inode) -> (connections, first bytes)
_LOCK = threading.Lock()


def _key(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def head(path: Path) -> bytes:
    """The file's first `HEAD_SIZE` bytes (fewer for a short file, b"" for an empty one).

    :raises OSError: when a file this process does not hold cannot be read
    """
    key = _key(path)
    with _LOCK:
        if key in _HELD:
            return _HELD[key][1]
    with open(path, "rb") as handle:  # nothing of ours holds it: closing drops no lock
        return handle.read(HEAD_SIZE)


def hold(path: Path, first: bytes) -> None:
    """Note one more connection of ours on `path`, whose first bytes (read before it opened) are `first`."""
    key = _key(path)
    if key is None:
        return
    with _LOCK:
        count, _ = _HELD.get(key, (0, first))
        _HELD[key] = (count + 1, first)


def release(path: Path) -> None:
    """Note that one connection of ours on `path` closed."""
    key = _key(path)
    with _LOCK:
        if key not in _HELD:
            return
        count, first = _HELD[key]
        if count <= 1:
            del _HELD[key]
        else:
            _HELD[key] = (count - 1, first)
