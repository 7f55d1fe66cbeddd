"""Tone suggestions: how well they match the labelled corpus, and how fast they read 200,000 messages.

Usage::

    python benchmarks/bench_tone.py            # dev and held-out, 200,000 messages, median of 5
    python benchmarks/bench_tone.py --quick    # dev only, 20,000 messages
    python benchmarks/bench_tone.py --misses   # also list the dev messages it gets wrong

Quality: per-class precision and recall, macro-F1, Cohen's kappa and cool-reply recall (recall
of `negative`) against the corpus labels (tests/data/corpora/README.md), for
`reconcile_kit.tone.suggest_tone` and for plain VADER with its usual thresholds (compound
>= 0.05 positive, <= -0.05 negative). Goals, judged on the held-out part: kappa >= 0.6 and
cool-reply recall >= 0.6. The held-out part is read only here and only its figures are
printed, never its texts (the quick run leaves it out).

Speed: `tone_scores` on 200,000 seeded synthetic chat messages (a third stock replies such as
"ok" or "haha", the rest composed and mostly distinct) against a plain loop of VADER's
`polarity_scores` over the same messages. Goal: under 2 s. Both analysers are built before
the clock starts. ``run(quick)`` returns rows for ``benchmarks/run.py``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import common

from reconcile_kit import tone

CORPORA = common.ROOT / "tests" / "data" / "corpora"
TONES = ("positive", "neutral", "negative")
SIZE = {False: 200_000, True: 20_000}
RUNS = {False: 5, True: 2}
SPEED_GOAL_S = 2.0  # at 200,000 messages
KAPPA_GOAL = 0.6
COOL_RECALL_GOAL = 0.6
SEED = 20261214


def load(split: str) -> list[dict[str, Any]]:
    """The tone corpus of one split (`dev` or `heldout`): id, text, label, writer."""
    path = CORPORA / split / "tone.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def plain_vader(texts: Sequence[str]) -> list[str]:
    """Plain VADER: compound >= 0.05 positive, <= -0.05 negative, else neutral."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    compounds = [analyzer.polarity_scores(text)["compound"] for text in texts]
    return ["positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral" for c in compounds]


def evaluate(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Per-class precision and recall, macro-F1, Cohen's kappa and cool-reply recall."""
    found: dict[str, Any] = {"n": len(gold), "kappa": tone.cohen_kappa(list(gold), list(predicted))}
    f1s = []
    for name in TONES:
        hits = sum(g == p == name for g, p in zip(gold, predicted))
        said, real = sum(p == name for p in predicted), sum(g == name for g in gold)
        precision = hits / said if said else 0.0
        recall = hits / real if real else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
        found[name] = {"precision": precision, "recall": recall, "support": real}
    found["macro_f1"] = statistics.fmean(f1s)
    found["cool_recall"] = found["negative"]["recall"]
    return found


def quality(splits: Sequence[str]) -> dict[str, dict[str, dict[str, Any]]]:
    """{split: {"kit": metrics, "vader": metrics}} for each split."""
    results = {}
    for split in splits:
        rows = load(split)
        texts, gold = [r["text"] for r in rows], [r["label"] for r in rows]
        results[split] = {"kit": evaluate(gold, tone.suggest_tone(texts)), "vader": evaluate(gold, plain_vader(texts))}
    return results


# -- speed -------------------------------------------------------------------------------------

_STOCK = (
    "ok", "okay", "ok.", "yeah", "yep", "haha", "hahaha", "lol", "👍", "😂", "❤️", "xx", "x", "thanks", "thank you x",
    "night x", "good night", "on my way", "see you soon", "sure", "no worries", "np", "cheers", "k", "fine.",
    "sounds good", "will do", "omg", "aw", "nice", "yes!!", "no", "what time?", "where are you?", "love that",
    "same", "🙄", "hmm", "true", "ha", "miss you", "can't wait!", "ugh", "sorry!", "all good", "home now",
)  # fmt: skip
_OPENERS = ("", "", "hey ", "so ", "omg ", "honestly ", "ugh ", "haha ", "btw ", "right so ", "aw ", "lol ")
_SUBJECTS = ("I", "we", "my sister", "the landlord", "your mum", "the dog", "work", "the train", "my phone", "the kids",
             "Jo", "the plumber", "our neighbour", "my boss", "the cat")  # fmt: skip
_VERBS = ("can do", "will be at", "is stuck at", "loved", "hated", "missed", "forgot", "sent", "picked up", "dropped off",
          "cancelled", "finished", "booked", "can't find", "really enjoyed", "is sorting")  # fmt: skip
_OBJECTS = ("the keys", "the flat", "dinner", "the match", "your parcel", "the tickets", "that film", "the party",
            "the car", "my exam", "the bill", "the photos", "your jacket", "the quiz", "brunch")  # fmt: skip
_TIMES = ("today", "tomorrow", "at {n}", "on Friday", "next week", "tonight", "later", "this morning", "in {n} mins",
          "by {n}pm", "around {n}", "before {n}:30", "after work", "on the {n}th")  # fmt: skip
_TAILS = ("", "", ".", "!", "?", " lol", " x", " 😂", " 🙄", " haha", " tbh", " xx", "!!", " ugh", " 🙂", " 🤷", "??")


def synthetic_messages(n: int, seed: int = SEED) -> list[str]:
    """Seeded chat messages: a third stock replies, the rest composed from parts (mostly distinct)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        if rng.random() < 1 / 3:
            out.append(rng.choice(_STOCK))
            continue
        when = rng.choice(_TIMES).format(n=rng.randint(1, 28))
        out.append(
            f"{rng.choice(_OPENERS)}{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {when}"
            f"{rng.choice(_TAILS)}"
        )
    return out


def speed(quick: bool) -> dict[str, Any]:
    """Median seconds of `tone_scores` and of a plain `polarity_scores` loop on the same messages.

    The two alternate, round by round, and the ratio is the median of each round's ratio: steadier
    than a ratio of medians when other processes share the machine.
    """
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    texts = synthetic_messages(SIZE[quick])
    analyzer = SentimentIntensityAnalyzer()
    tone.tone_scores(["warm-up"])  # builds the analyser once, outside the clock
    ours, plain = [], []
    for _ in range(RUNS[quick]):
        ours += common.time_call(lambda: tone.tone_scores(texts), 1)
        plain += common.time_call(lambda: [analyzer.polarity_scores(t)["compound"] for t in texts], 1)
    ratio = common.median([a / b for a, b in zip(ours, plain)])
    return {"n": len(texts), "distinct": len(set(texts)), "ours": common.median(ours), "plain": common.median(plain),
            "ratio": ratio}  # fmt: skip


# -- rows and tables -----------------------------------------------------------------------------


def _per_class(metrics: dict[str, Any]) -> str:
    return ", ".join(f"{n[:3]} P {metrics[n]['precision']:.2f} R {metrics[n]['recall']:.2f}" for n in TONES)


def quality_rows(results: dict[str, dict[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Two rows per split (kappa, cool-reply recall), ours against plain VADER; goals on held-out."""
    rows = []
    for split, pair in results.items():
        kit, vader = pair["kit"], pair["vader"]
        judged = split == "heldout"
        where = f"{'held-out' if judged else 'dev'}, {kit['n']} messages"
        figures = (
            ("Cohen's kappa", "kappa", "{:.2f}", KAPPA_GOAL,
             f"macro-F1 {kit['macro_f1']:.2f} (VADER {vader['macro_f1']:.2f}); {_per_class(kit)}"),
            ("cool-reply recall", "cool_recall", "{:.0%}", COOL_RECALL_GOAL, f"VADER: {_per_class(vader)}"),
        )  # fmt: skip
        for title, key, shown, goal, note in figures:
            rows.append(common.row(
                f"tone suggestions ({where}): {title}", shown.format(kit[key]),
                contender="plain VADER", contender_median=shown.format(vader[key]),
                goal=f"≥ {shown.format(goal)}" if judged else "(developed on this part)",
                holds=kit[key] >= goal if judged else None, note=note,
            ))  # fmt: skip
    return rows


def speed_row(found: dict[str, Any]) -> dict[str, Any]:
    """`tone_scores` against a plain VADER loop on the same messages."""
    goal_applies = found["n"] >= SIZE[False]
    return common.row(
        f"`tone.tone_scores`, {found['n']:,} messages",
        found["ours"],
        contender="plain VADER `polarity_scores` loop",
        contender_median=found["plain"],
        ratio=found["ratio"],
        goal=f"under {SPEED_GOAL_S:g} s at 200,000" + ("" if goal_applies else " (checked at full size)"),
        holds=found["ours"] < SPEED_GOAL_S if goal_applies else None,
        note=f"{found['distinct']:,} distinct texts; analysers built before timing; ratio: median of paired rounds",
    )


def run(quick: bool = False) -> list[dict[str, Any]]:
    """Rows for `benchmarks/run.py`: quality (dev; held-out too unless quick) and speed."""
    splits = ("dev",) if quick else ("dev", "heldout")
    return [*quality_rows(quality(splits)), speed_row(speed(quick))]


def table(results: dict[str, dict[str, dict[str, Any]]]) -> str:
    """The full quality table: one line per split and scorer."""
    head = "| part | scorer | kappa | macro-F1 | cool-reply recall | " + " | ".join(
        f"{n} P / R" for n in TONES
    ) + " |"  # fmt: skip
    lines = [head, "|" + "---|" * 8]
    for split, pair in results.items():
        for name, metrics in (("reconcile-kit", pair["kit"]), ("plain VADER", pair["vader"])):
            classes = " | ".join(f"{metrics[n]['precision']:.2f} / {metrics[n]['recall']:.2f}" for n in TONES)
            lines.append(
                f"| {split} ({metrics['n']}) | {name} | {metrics['kappa']:.2f} | {metrics['macro_f1']:.2f} | "
                f"{metrics['cool_recall']:.0%} | {classes} |"
            )
    return "\n".join(lines)


def misses() -> list[str]:
    """The dev messages the suggestions get wrong (never the held-out ones)."""
    rows = load("dev")
    got = tone.suggest_tone([r["text"] for r in rows])
    return [f"{r['label']:>8} -> {g:<8} {r['text']}" for r, g in zip(rows, got) if g != r["label"]]


def main() -> None:
    """Print the quality table, the speed line and (with --misses) the dev misses."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="dev only, 20,000 messages")
    parser.add_argument("--misses", action="store_true", help="list the dev messages it gets wrong")
    args = parser.parse_args()
    print(table(quality(("dev",) if args.quick else ("dev", "heldout"))))
    found = speed(args.quick)
    print(
        f"\nspeed, {found['n']:,} messages ({found['distinct']:,} distinct): tone_scores {found['ours']:.2f} s, "
        f"plain VADER loop {found['plain']:.2f} s (median of {RUNS[args.quick]} paired rounds; ratio {found['ratio']:.2f})"
    )
    print(f"machine: {common.machine()}")
    if args.misses:
        print("\n" + "\n".join(misses()))


if __name__ == "__main__":
    main()
