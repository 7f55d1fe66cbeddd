"""Counting what a check found against what the readers said, for one part or pooled over many, and
what the counts say: precision, recall, a 95% interval, and how often a part would meet a goal by chance.
`bench_language.py` counts with these.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Tally", "tallies", "pr", "holds", "pooled", "wilson", "chance_part_holds", "CHANCE_DRAWS"]


@dataclass
class Tally:
    """True positives, false positives and false negatives of one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    seen: int = 0  # texts counted, so that tp + fp + fn + the texts neither wanted nor found
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def add(self, wanted: bool, found: bool, key: str = "") -> None:
        """Count one text."""
        self.seen += 1
        if wanted and found:
            self.tp += 1
        elif found:
            self.fp += 1
            self.false.append(key)
        elif wanted:
            self.fn += 1
            self.misses.append(key)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def tallies(rows: Iterable[dict[str, Any]], labels: Iterable[str], found: Callable[[dict[str, Any]], set[str]],
            wanted: Callable[[dict[str, Any]], set[str]]) -> dict[str, Tally]:  # fmt: skip
    """One tally per label over `rows`, comparing what was found with what the readers said."""
    result = {label: Tally() for label in labels}
    for entry in rows:
        got, want = found(entry), wanted(entry)
        for label, tally in result.items():
            tally.add(label in want, label in got, entry["id"])
    return result


def pr(tally: Tally | None) -> str:
    """'P 0.93 R 0.88' (a dash where nothing was found or wanted)."""
    if tally is None:
        return "—"
    p, r = tally.precision, tally.recall
    return f"P {'—' if p is None else f'{p:.2f}'} R {'—' if r is None else f'{r:.2f}'}"


# --- pooled over the held-out parts -------------------------------------------------------------------
# Each part is a few hundred texts, so one part's precision or recall of a finding rests on 25 to 80
# texts and moves by several points from one part to the next by chance alone. Pooled over every
# held-out part, each figure rests on over a thousand; beside it, its 95% interval and how often a
# part of the median size would meet the goal by chance if the pooled rates were the truth.
CHANCE_DRAWS = 20_000


def pooled(tallies_: Iterable[Tally]) -> Tally:
    """One tally summed over parts."""
    total = Tally()
    for tally in tallies_:
        total.tp, total.fp, total.fn, total.seen = total.tp + tally.tp, total.fp + tally.fp, total.fn + tally.fn, total.seen + tally.seen
    return total


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion."""
    if not n:
        return (0.0, 1.0)
    p = hits / n
    centre, half = p + z * z / (2 * n), z * (p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5
    return ((centre - half) / (1 + z * z / n), (centre + half) / (1 + z * z / n))


def chance_part_holds(total: Tally, parts: list[Tally], p_goal: float | None, r_goal: float | None) -> float:
    """How often a part with the median number of wanted and other texts meets the goal, if each
    wanted text is found at the pooled recall and each other text falsely at the pooled rate."""
    import numpy as np  # only here: the rest of the bench needs no NumPy

    wanted = int(statistics.median(t.tp + t.fn for t in parts))
    others = int(statistics.median(t.seen - t.tp - t.fn for t in parts))
    recall = total.tp / max(1, total.tp + total.fn)
    false_rate = total.fp / max(1, total.seen - total.tp - total.fn)
    rng = np.random.default_rng(0)
    tp = rng.binomial(wanted, recall, CHANCE_DRAWS)
    fp = rng.binomial(others, false_rate, CHANCE_DRAWS)
    ok = np.ones(CHANCE_DRAWS, dtype=bool)
    if r_goal is not None:
        ok &= tp >= r_goal * wanted - 1e-9
    if p_goal is not None:
        ok &= tp >= p_goal * np.maximum(tp + fp, 1) - 1e-9
    return float(ok.mean())


def holds(tally: Tally | None, p_goal: float | None, r_goal: float | None) -> bool | None:
    """Whether the tally meets a goal of precision and recall (None for either: no goal; None back: no tally)."""
    if tally is None:
        return None
    p_ok = p_goal is None or (tally.precision is not None and tally.precision >= p_goal)
    r_ok = r_goal is None or (tally.recall is not None and tally.recall >= r_goal)
    return p_ok and r_ok
