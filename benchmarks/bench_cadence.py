"""Time ``cadence.summarize``, ``cadence.reciprocity`` and every chart on seeded synthetic histories of 10k, 100k and 1M events.

Usage::

    python benchmarks/bench_cadence.py           # 10k, 100k, 1M events, median of 5 runs
    python benchmarks/bench_cadence.py --quick   # 10k and 100k events, median of 3 runs

Prints a markdown table: median seconds per size and the scaling exponent per 10x
(log10 of the time ratio between neighbouring sizes: 1.0 means linear). Charts are drawn
with the Agg canvas (``fig.canvas.draw()``), so drawing cost counts. Every event carries a chat
message (from ``bench_tone.synthetic_messages``), so the text figures of reciprocity are real
work. Targets at 1,000,000 events on a 2-core machine: summarize and reciprocity < ~1 s, each
chart < ~2 s. ``run(quick)`` returns the rows as dicts for ``make bench``.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

os.environ.setdefault("MPLBACKEND", "Agg")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402

import bench_tone  # noqa: E402  (benchmarks/ is on sys.path when run from run.py or directly)
from reconcile_kit import cadence, charts  # noqa: E402

CHARTS = charts.CHART_NAMES
NOW = pd.Timestamp("2025-06-01 12:00", tz="UTC")
_VOCAB = {
    "channel": (
        "text",
        "email",
        "call",
        "video_call",
        "voice_message",
        "in_person",
        "social",
        "letter",
        "other",
    ),
    "direction": ("out", "in", "both"),
    "kind": ("message", "meet_ask", "meeting", "apology", "refusal", "boundary", "date", "note"),
    "tone": ("positive", "neutral", "negative", "none"),
}


def _bursty_times(n: int, rng: np.random.Generator, years: float) -> np.ndarray:
    """Return ``n`` sorted ns times: up to two conversations a day (morning, evening), 30% of days quiet."""
    days = int(years * 365.25)
    slots = np.flatnonzero(rng.random(days * 2) >= 0.3)  # (day, morning/evening) pairs with a chat
    slot = rng.choice(slots, n)
    hour = np.where(slot % 2 == 0, 9.0, 20.0) + rng.random(n) * 2.0  # each chat lasts up to 2 hours
    day_start = NOW.normalize().value - (days - slot // 2) * 86_400 * 10**9
    return np.sort(day_start + (hour * 3_600e9).astype(np.int64))


def synthetic_timeline(n: int, seed: int = 0, years: float = 5.0) -> pd.DataFrame:
    """Return a seeded timeline of ``n`` events over ``years`` years before ``NOW``, like the journal's."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(
        {"uid": np.arange(n).astype(str), "at": pd.to_datetime(_bursty_times(n, rng, years), utc=True)}
    )
    weights = {
        "channel": [0.7, 0.05, 0.08, 0.04, 0.05, 0.03, 0.03, 0.005, 0.015],
        "direction": [0.48, 0.48, 0.04],
        "kind": [0.955, 0.01, 0.01, 0.005, 0.001, 0.001, 0.003, 0.015],
        "tone": [0.3, 0.3, 0.1, 0.3],
    }
    for column, values in _VOCAB.items():
        codes = rng.choice(len(values), n, p=np.array(weights[column]) / sum(weights[column]))
        frame[column] = pd.Categorical.from_codes(codes, categories=pd.Index(list(values)))
    pool = np.array(bench_tone.synthetic_messages(5_000, seed=seed), dtype=object)
    frame["text"] = pool[rng.integers(0, len(pool), n)]
    mood = rng.integers(1, 6, n).astype(float)
    mood[rng.random(n) >= 0.2] = np.nan
    frame["mood"] = pd.array(mood, dtype="Float64").astype("Int64")
    return frame


def _median_seconds(job: Callable[[], object], runs: int) -> float:
    """Return the median wall time of ``runs`` calls to ``job``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _draw(name: str, frame: pd.DataFrame) -> Callable[[], object]:
    """Return a job that builds one chart and renders it with Agg."""

    def job() -> object:
        fig = getattr(charts, name)(frame, now=NOW, name="Robin")
        FigureCanvasAgg(fig).draw()
        return fig

    return job


def _goal(target: str, events: int) -> tuple[str, bool | None, float]:
    """Return the goal text, whether it applies at this size, and the limit in seconds."""
    limit = 1.0 if target in ("summarize", "reciprocity") else 2.0
    return (
        (f"< {limit:g} s at 1M events", None, limit)
        if events < 1_000_000
        else (f"< {limit:g} s", True, limit)
    )


def _timings(quick: bool) -> list[tuple[str, int, float]]:
    """Return (target, events, median seconds) for summarize and every chart at each size."""
    sizes = (10_000, 100_000) if quick else (10_000, 100_000, 1_000_000)
    runs = 3 if quick else 5
    found = []
    for n in sizes:
        frame = synthetic_timeline(n)

        def summary(frame: pd.DataFrame = frame) -> object:
            return cadence.summarize(frame, now=NOW)

        def reciprocity(frame: pd.DataFrame = frame) -> object:
            return cadence.reciprocity(frame, now=NOW)

        jobs: dict[str, Callable[[], object]] = {"summarize": summary, "reciprocity": reciprocity}
        jobs.update({name: _draw(name, frame) for name in CHARTS})
        for target, job in jobs.items():
            job()  # warm-up: imports, font cache
            found.append((target, n, _median_seconds(job, runs)))
    return found


def run(quick: bool = False) -> list[dict[str, object]]:
    """Time summarize and every chart; one row per (target, size) in ``benchmarks/run.py``'s shape.

    Keys: ``name``, ``median`` (seconds), ``goal``, ``holds`` (at 1M events only), ``note``
    (scaling exponent per 10x from the previous size), plus ``target`` and ``events``.
    """
    timings = _timings(quick)
    previous = {(t, n): s for t, n, s in timings}
    rows: list[dict[str, object]] = []
    for target, n, seconds in timings:
        goal, applies, limit = _goal(target, n)
        before = previous.get((target, n // 10))
        note = f"exponent per 10x: {math.log10(seconds / before):.2f}" if before else ""
        rows.append(
            {
                "name": f"cadence {target}, {n:,} events",
                "median": seconds,
                "goal": goal,
                "holds": (seconds < limit) if applies else None,
                "note": note,
                "target": target,
                "events": n,
            }
        )
    return rows


def table(rows: list[dict[str, object]]) -> str:
    """Return the rows as a markdown table with one column per size and the exponent per 10x."""
    sizes = sorted({cast(int, r["events"]) for r in rows})
    seconds = {(r["target"], r["events"]): cast(float, r["median"]) for r in rows}
    head = "| target | " + " | ".join(f"{n:,} events (s)" for n in sizes) + " | exponent per 10x |"
    lines = [head, "|" + "---|" * (len(sizes) + 2)]
    for target in dict.fromkeys(r["target"] for r in rows):
        cells = [seconds[(target, n)] for n in sizes]
        slopes = [
            math.log10(b / a) / math.log10(m / n)
            for a, b, n, m in zip(cells, cells[1:], sizes, sizes[1:], strict=False)
        ]
        exponent = ", ".join(f"{s:.2f}" for s in slopes)
        lines.append(f"| {target} | " + " | ".join(f"{c:.3f}" for c in cells) + f" | {exponent} |")
    return "\n".join(lines)


def main() -> None:
    """Run the benchmark from the command line and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k and 100k events only, 3 runs each")
    print(table(run(quick=parser.parse_args().quick)))


if __name__ == "__main__":
    main()
