"""A second open of the journal in one process must not drop SQLite's locks (POSIX drops them all on any close).

POSIX releases every lock a process holds on a file as soon as ANY descriptor of that file is
closed. If the kit read a journal's first bytes with `open()` while SQLite had it open in the same
process (a second `Journal.open`, `scratch_copy`), SQLite's locks went with that close: another
process closing the journal then believed it was the last one, checkpointed and deleted the -wal
file, and every later write of ours went into a deleted file, told "Logged" and lost.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reconcile_kit import Interaction, Journal
from reconcile_kit.notebook_helpers import scratch_copy

COUNT = "from reconcile_kit import Journal\nwith Journal.open({path!r}) as j: print(len(j.timeline()))"


def _other_process_sees(path: Path) -> int:
    done = subprocess.run([sys.executable, "-c", COUNT.format(path=str(path))], capture_output=True, text=True, check=True)
    return int(done.stdout)


def _entry(summary: str, day: int) -> Interaction:
    return Interaction(at=f"2026-11-{day:02d}T10:00:00+00:00", channel="text", direction="out", kind="message",
                       summary=summary)


def test_writes_after_a_second_open_reach_other_processes(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal = Journal.open(path)
    journal.add(_entry("first", 1))
    again = Journal.open(path)  # a second open in this process (a form, the app, another notebook cell)
    scratch = scratch_copy(journal, quiet=True)  # reads the journal's head to tell an encrypted one
    assert _other_process_sees(path) == 1  # another process opens and closes the journal
    journal.add(_entry("second", 2))
    assert (_other_process_sees(path), Path(f"{path}-wal").exists()) == (2, True)
    for item in (scratch, again, journal):
        item.close()
    assert _other_process_sees(path) == 2
