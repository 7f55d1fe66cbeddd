"""Crash safety: a writer SIGKILLed at random moments never loses a write it acknowledged.

The child adds entries in a loop and prints each uid only after `Journal.add` returned; the
parent kills it at a seeded random moment (sometimes while it is still opening the journal),
then checks `PRAGMA integrity_check` and that every acknowledged uid is in the file.
A SIGKILL is a process crash, not a power cut: the OS still holds what the process wrote.
Durability across power loss comes from `synchronous=FULL` (test_settings_make_writes_durable).
"""

from __future__ import annotations

import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.reliability

KILLS = 24
SEED = 8


def _kill_at_random(proc, rng: random.Random) -> tuple[list[str], str]:
    """Let the worker run a random while, SIGKILL it; return its acknowledged uids and stderr."""
    first = []
    if rng.random() < 0.75:  # most kills land mid-writing, the rest during start-up or open
        first = [proc.stdout.readline()]
    time.sleep(rng.uniform(0.0, 0.12))
    proc.send_signal(signal.SIGKILL)
    rest, errors = proc.communicate(timeout=30)
    lines = "".join(first) + rest
    return [line for line in lines.split("\n")[:-1] if line], errors  # only whole, flushed lines


def _stored(journal: Path) -> tuple[str, set[str]]:
    conn = sqlite3.connect(journal)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        uids = {uid for (uid,) in conn.execute("SELECT uid FROM interactions")}
    finally:
        conn.close()
    return check, uids


def test_sigkill_loses_no_acknowledged_write(tmp_path, spawn, record):
    journal, rng, acked = tmp_path / "j" / "journal.sqlite3", random.Random(SEED), set()
    checks, errors = set(), ""
    for _ in range(KILLS):
        uids_acked, stderr = _kill_at_random(spawn(journal, "crash", 0), rng)
        acked.update(uids_acked)
        errors += stderr
        check, uids = _stored(journal)
        checks.add(check)
        assert acked <= uids
    record("crash", kills=KILLS, seed=SEED, acknowledged_rows=len(acked),
           rows_lost=len(acked - uids), integrity_checks=sorted(checks))
    assert (checks, len(acked) > KILLS, errors) == ({"ok"}, True, "")


def test_settings_make_writes_durable(tmp_path):
    from reconcile_kit import Journal

    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        conn = journal._conn
        settings = [conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("journal_mode", "synchronous")]
    assert settings == ["wal", 2]  # 2 = FULL: the WAL is fsynced at every commit
