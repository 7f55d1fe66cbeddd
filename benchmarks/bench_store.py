"""Journal write paths: one durable `Journal.add`, and a bulk `import_messages`.

Rows:
- `Journal.add` latency (WAL, synchronous=FULL: each add is on disk when it returns) vs a bare
  `sqlite3` INSERT + COMMIT with the same pragmas.
- `Journal.import_messages` of 1,000,000 messages (goal: under 10 s) vs sqlite-utils'
  `insert_all` of the same rows, run in `.venv-bench`. Each run is a fresh interpreter on a
  fresh file, so peak memory (`ru_maxrss`) is the run's own.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import common

if TYPE_CHECKING:
    import pandas as pd

BULK_SIZE = {False: 1_000_000, True: 20_000}
BULK_REPEAT = {False: 3, True: 2}
ADD_REPEAT = {False: 300, True: 40}
BULK_GOAL_S = 10.0  # at 1,000,000 messages; scaled linearly for the quick size
ADD_GOAL_S = 0.050
SEED = 20260501
_PHRASES = (
    "morning", "how are you doing", "thanks for the book", "saw this and thought of you",
    "ha, yes", "hope the move went well", "talk soon", "that made me smile", "ok", "good luck today",
    "it was nice to hear from you", "I'm glad", "see you", "no worries at all", "sounds lovely",
    "happy birthday", "how is your sister", "take care", "yes, Saturday works", "sorry, busy week",
)  # fmt: skip


def synthetic_messages(n: int, seed: int = SEED) -> pd.DataFrame:
    """A seeded messages frame in `load_messages`' shape (docs/architecture.md), n rows.

    Three years of two-person chat: random gaps, two senders, a few media/deleted/call rows,
    random 128-bit hex uids (like the importers' stable hashes, so index inserts are random).
    Runs in both venvs (numpy's PCG64 stream is stable across versions), giving the same rows.
    """
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    gaps = rng.exponential(95.0, n).round(3)  # ~3 years for 1M messages
    at = pd.Timestamp("2023-01-01", tz="UTC") + pd.to_timedelta(np.cumsum(gaps), unit="s")
    outgoing = rng.random(n) < 0.5
    kinds = rng.choice(np.array(["text", "media", "deleted", "call"]), n, p=[0.93, 0.04, 0.02, 0.01])
    phrases = np.array(_PHRASES, dtype=object)
    text = phrases[rng.integers(0, len(phrases), n)] + " " + phrases[rng.integers(0, len(phrases), n)]
    text = np.where(kinds == "text", text, "")
    high, low = rng.integers(0, 2**63, n, dtype=np.int64), rng.integers(0, 2**63, n, dtype=np.int64)
    uids = [f"{a:016x}{b:016x}" for a, b in zip(high.tolist(), low.tolist())]
    return pd.DataFrame({
        "at": at,
        "sender": np.where(outgoing, "Sam", "Robin"),
        "direction": np.where(outgoing, "out", "in"),
        "channel": "text",
        "kind": kinds,
        "text": text,
        "chars": pd.Series(text).str.len().to_numpy(),
        "source": "whatsapp",
        "uid": uids,
    })  # fmt: skip


_KIT_BULK = """
import json, resource, tempfile, time, pathlib
import bench_store
from reconcile_kit import Journal
frame = bench_store.synthetic_messages({n})
with tempfile.TemporaryDirectory() as tmp:
    journal = Journal.open(pathlib.Path(tmp) / "journal.sqlite3")
    start = time.perf_counter()
    result = journal.import_messages(frame)
    seconds = time.perf_counter() - start
    journal.close()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": seconds, "rows": result.added, "maxrss_kb": rss}}))
"""

_PEER_BULK = """
import json, resource, tempfile, time, pathlib
import bench_store, sqlite_utils
frame = bench_store.synthetic_messages({n})
with tempfile.TemporaryDirectory() as tmp:
    db = sqlite_utils.Database(pathlib.Path(tmp) / "peer.sqlite3")
    db.enable_wal()
    db.execute("PRAGMA synchronous = FULL")
    start = time.perf_counter()
    records = frame.assign(at=frame["at"].astype(str)).to_dict("records")
    with db.atomic():  # one transaction, like the kit (sqlite-utils 4 commits per ~100-row chunk otherwise)
        db["interactions"].insert_all(records, pk="uid", ignore=True)
    seconds = time.perf_counter() - start
    rows = db["interactions"].count
    db.close()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": seconds, "rows": rows, "maxrss_kb": rss}}))
"""


def bulk_runs(python: Path, template: str, n: int, repeat: int) -> list[dict[str, Any]]:
    """Run a bulk-insert snippet `repeat` times, each in a fresh interpreter on a fresh file."""
    runs = [common.run_json(python, template.format(n=n)) for _ in range(repeat)]
    short = [run for run in runs if run["rows"] != n]
    if short:
        raise RuntimeError(f"expected {n:,} rows stored, got {short[0]['rows']:,}")
    return runs


def bulk_row(quick: bool) -> dict[str, Any]:
    """`import_messages` of 1M (quick: 100k) messages vs sqlite-utils `insert_all`."""
    n, repeat = BULK_SIZE[quick], BULK_REPEAT[quick]
    goal_s = BULK_GOAL_S * n / 1_000_000
    name = f"`Journal.import_messages`, {n:,} messages"
    kit = bulk_runs(common.kit_python(), _KIT_BULK, n, repeat)
    kit_s = common.median([run["seconds"] for run in kit])
    note = f"{n / kit_s:,.0f} rows/s; peak RSS {_mb(kit)}; {repeat} runs each"
    peer_python = common.ensure_bench_venv(allow_install=not quick)
    peer_s = None
    if peer_python is None:
        note += "; " + common.peer_skipped_note(quick)
    else:
        peer = bulk_runs(peer_python, _PEER_BULK, n, repeat)
        peer_s = common.median([run["seconds"] for run in peer])
        note += f"; sqlite-utils peak RSS {_mb(peer)}"
    return common.row(
        name,
        kit_s,
        contender="sqlite-utils `insert_all` in one `atomic()` (same rows, WAL, synchronous=FULL)",
        contender_median=peer_s,
        ratio=kit_s / peer_s if peer_s else None,
        goal=f"under {goal_s:g} s" + (" (10 s per 1M, scaled)" if quick else ""),
        holds=kit_s < goal_s,
        note=note,
    )


def _mb(runs: list[dict[str, Any]]) -> str:
    """The median peak RSS of some runs, in MB."""
    return f"{common.median([run['maxrss_kb'] for run in runs]) / 1024:,.0f} MB"


def add_row(quick: bool) -> dict[str, Any]:
    """Median latency of one durable `Journal.add` vs a bare sqlite3 INSERT + COMMIT."""
    from datetime import datetime, timezone

    from reconcile_kit import Channel, Direction, Interaction, Journal, Kind

    repeat = ADD_REPEAT[quick]
    entry = Interaction(
        at=datetime(2026, 5, 1, 18, 30, tzinfo=timezone.utc),
        channel=Channel.TEXT, direction=Direction.OUT, kind=Kind.MESSAGE, summary="Sent a short hello",
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp, Journal.open(Path(tmp) / "journal.sqlite3") as journal:
        kit = common.time_call(lambda: journal.add(entry), repeat)
        bare = bare_sqlite_adds(Path(tmp) / "bare.sqlite3", repeat)
    kit_s, bare_s = common.median(kit), common.median(bare)
    return common.row(
        "`Journal.add` (durable: WAL, synchronous=FULL)",
        kit_s,
        contender="bare `sqlite3` INSERT + COMMIT, same pragmas",
        contender_median=bare_s,
        ratio=kit_s / bare_s,
        goal=f"under {ADD_GOAL_S * 1000:g} ms (instant after a form)",
        holds=kit_s < ADD_GOAL_S,
        note=f"median of {repeat} adds; slowest {max(kit) * 1000:.1f} ms",
    )


def bare_sqlite_adds(path: Path, repeat: int) -> list[float]:
    """Times of `repeat` single-row INSERT + COMMITs into a uid-keyed table."""
    import uuid

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, uid TEXT UNIQUE, at TEXT, summary TEXT)")

    def add() -> None:
        conn.execute("BEGIN IMMEDIATE")
        values = (uuid.uuid4().hex, "2026-05-01", "hello")
        conn.execute("INSERT INTO t (uid, at, summary) VALUES (?, ?, ?)", values)
        conn.execute("COMMIT")

    try:
        return common.time_call(add, repeat)
    finally:
        conn.close()


def run(quick: bool) -> list[dict[str, Any]]:
    """The store's rows; each failure becomes its own row."""
    rows = []
    for name, make in (("`Journal.add`", add_row), ("`Journal.import_messages`", bulk_row)):
        try:
            rows.append(make(quick))
        except Exception as exc:  # one failing row must not hide the other
            rows.append(common.failed_row(name, f"failed: {type(exc).__name__}: {exc}"))
    return rows
