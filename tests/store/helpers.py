"""Helpers shared by the store's tests: a file's mode, and rows read with plain sqlite3 (not the kit)."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _raw(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()
