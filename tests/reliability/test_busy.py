"""SQLITE_BUSY never reaches the user raw: writes wait (busy_timeout), retry with backoff, and
only a lock held past all of that becomes one plain JournalError."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from reconcile_kit import Journal, JournalError
from reconcile_kit.store import connection

pytestmark = pytest.mark.reliability


@pytest.fixture
def quick_timeout(monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.05)  # so the retries, not the wait, do the work


def _hold_write_lock(path, seconds: float) -> threading.Thread:
    ready = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        ready.set()
        time.sleep(seconds)
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    ready.wait()
    return thread


def test_write_retries_past_a_short_lock(tmp_path, quick_timeout, make_interaction):
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        holder = _hold_write_lock(path, 0.3)
        saved = journal.add(make_interaction())
        holder.join()
        assert journal.get(saved.uid).summary == "coffee at the park"


def test_lock_held_past_every_retry_is_one_plain_error(tmp_path, quick_timeout, make_interaction):
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        holder = _hold_write_lock(path, 2.0)  # the retries give up after at most ~1.3 s
        with pytest.raises(JournalError, match="is busy in another program; close it there or try again$"):
            journal.add(make_interaction())
        holder.join()


def test_a_busy_step_is_tried_again_and_other_errors_are_not(monkeypatch):
    # entering WAL at a new file's first open can get SQLITE_BUSY at once, busy_timeout or not
    monkeypatch.setattr(connection.time, "sleep", lambda seconds: None)
    answers = [sqlite3.OperationalError("database is locked"), sqlite3.OperationalError("database is locked"), "wal"]

    def step():
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert connection._retrying_busy(step) == "wal"
    assert answers == []
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        connection._retrying_busy(lambda: (_ for _ in ()).throw(sqlite3.OperationalError("no such table: x")))
