"""The language checks measured on the evaluation corpora: findings, parts, ranking, crisis wording, speed.

Usage::

    python benchmarks/bench_language.py --split dev       # development figures only (no held-out)
    python benchmarks/bench_language.py                   # every split: dev, held-out and the fresh sets; rules alone and the old checker beside

Corpora: ``tests/data/corpora/<split>/`` for each of ``SPLITS`` below (see tests/data/corpora/README.md:
writers never saw the rules; two readers; a fixed held-out third; fresh held-out sets written
for the learned reading). The training corpus (``train/``) is not measured here: its
cross-validated figures come from ``benchmarks/train_checks.py --report``. Figures, per split:

- apology: precision and recall per finding id and per part; the share of clean (sincere)
  apologies given any finding; P(a sincere apology outscores a flawed one) over every
  sincere x flawed pair (a tie counts as not outscoring);
- drafts: precision and recall per finding id, over the drafts of the kind the id applies to;
- care: ``care.signals`` precision and recall per kind and for "any crisis wording";
- speed: ``check_apology`` on a 2,000-character apology (median ms) and on a 400-text corpus
  (the dev apologies, cycled; median s).

Three columns per split: this tree (rules and the learned reading), the rules alone (the learned
reading switched off) and the old checker, the package's guide at commit 2cee820 (before issue
15), loaded from git into a temporary package. ``run(quick)`` (for ``make bench``) returns one row
per figure judged on each held-out part, with the dev figure and the old checker's in the row.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from goals import APOLOGY_FINDINGS, CARE_KINDS, COMPONENTS, DRAFT_FINDINGS, GOALS, goal_rows, pooled_rows, today_rows  # noqa: E402
from tallies import Tally, pr, tallies  # noqa: E402

CORPORA = common.ROOT / "tests" / "data" / "corpora"
# The held-out apologies written before round 13's sentence on `vague` that it could change, read
# again for `vague` alone by two blind readers (tests/data/corpora/README.md).
VAGUE_AGAIN = CORPORA / "vague_read_again.jsonl"
OLD_COMMIT = "2cee820"
OLD_FILES = ("apology", "apology_phrases", "phrases", "text", "drafts", "draft_phrases")


# --- counting ------------------------------------------------------------------------------


def load(split: str, name: str) -> list[dict[str, Any]]:
    """The rows of one corpus file (``tests/data/corpora/<split>/<name>.jsonl``)."""
    return _rows(CORPORA / split / f"{name}.jsonl")


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@functools.cache
def vague_read_again() -> dict[str, bool | None]:
    """`vague` by round 13's sentence for the held-out apologies written before it (`VAGUE_AGAIN`):
    True where both blind readers call the text vague, None where they split, False where neither.
    Read once per run (every split of every checker asks); callers only read it."""
    return {r["id"]: r["vague_a"] if r["vague_a"] == r["vague_b"] else None for r in _rows(VAGUE_AGAIN)}


def by_sentence(rows: list[dict[str, Any]], found: Callable[[dict[str, Any]], set[str]],
                again: dict[str, bool | None]) -> Tally | None:  # fmt: skip
    """`vague` judged by round 13's sentence: a text read again (`vague_read_again`) takes the two
    readers' answer, or is left out where they split; None for a part that was not read again."""
    if not any(e["id"] in again for e in rows):
        return None
    tally = Tally()
    for entry in rows:
        read_again = again.get(entry["id"], False)
        if read_again is None:  # the two readers split
            continue
        tally.add("vague" in entry["findings"] or read_again, "vague" in found(entry), entry["id"])
    return tally


def evaluate_apology(rows: list[dict[str, Any]], check: Callable[[str], Any]) -> dict[str, Any]:
    """Findings and parts per label, `vague` by round 13's sentence as well (`by_sentence`), clean
    apologies flagged, and the ranking of sincere over flawed."""
    reports = {entry["id"]: check(entry["text"]) for entry in rows}

    def found(entry: dict[str, Any]) -> set[str]:
        return set(reports[entry["id"]].rules)

    findings = tallies(rows, APOLOGY_FINDINGS, found, lambda e: set(e["findings"]))
    vague_now = by_sentence(rows, found, vague_read_again())
    parts = tallies(
        rows, COMPONENTS, lambda e: {k for k, v in reports[e["id"]].components.items() if v}, lambda e: set(e["components"])
    )
    sincere = [reports[e["id"]].score for e in rows if e["sincere"]]
    flawed = [reports[e["id"]].score for e in rows if not e["sincere"]]
    flagged = [e["id"] for e in rows if e["sincere"] and reports[e["id"]].findings]
    wins = sum(s > f for s in sincere for f in flawed)
    ties = sum(s == f for s in sincere for f in flawed)
    pairs = len(sincere) * len(flawed)
    return {
        "findings": findings, "vague_now": vague_now, "parts": parts, "clean": len(sincere), "clean_flagged": flagged,
        "ranking": wins / pairs if pairs else None, "ties": ties / pairs if pairs else None,
    }  # fmt: skip


def evaluate_drafts(rows: list[dict[str, Any]], first: Callable[[str], Any], ask: Callable[[str], Any]) -> dict[str, Tally]:
    """Per draft finding id, over the drafts of the kinds it applies to."""
    reports = {e["id"]: (first if e["kind"] == "first" else ask)(e["text"]) for e in rows}
    result = {}
    for rule, kinds in DRAFT_FINDINGS.items():
        subset = [e for e in rows if e["kind"] in kinds]
        result[rule] = tallies(subset, [rule], lambda e: set(reports[e["id"]].rules), lambda e: set(e["findings"]))[rule]
    return result


def evaluate_care(rows: list[dict[str, Any]], signals: Callable[[str], Any]) -> dict[str, Tally]:
    """Per crisis kind, and `crisis` for any crisis wording at all."""
    found = {e["id"]: {s.kind for s in signals(e["text"])} for e in rows}
    result = tallies(rows, CARE_KINDS, lambda e: found[e["id"]], lambda e: {e["kind"]} if e["kind"] else set())
    crisis = Tally()
    for entry in rows:
        crisis.add(bool(entry["crisis"]), bool(found[entry["id"]]), entry["id"])
    return result | {"crisis": crisis}


# --- the checkers: new (this tree) and old (commit 2cee820) ---------------------------------------------


@dataclass(frozen=True)
class Checkers:
    """The functions one version of the kit offers (care is None before it existed)."""

    label: str
    check_apology: Callable[[str], Any]
    check_first_message: Callable[[str], Any]
    check_meet_ask: Callable[[str], Any]
    signals: Callable[[str], Any] | None


def new_checkers() -> Checkers:
    """This working tree's checks."""
    from reconcile_kit.guide import check_apology, check_first_message, check_meet_ask

    try:
        from reconcile_kit.care import signals
    except ImportError:
        signals = None
    return Checkers("this tree", check_apology, check_first_message, check_meet_ask, signals)


def rules_only_checkers() -> Checkers:
    """This tree's checks with the learned reading switched off: the rules alone."""
    from reconcile_kit.guide import learned

    def without_model(check: Callable[[str], Any]) -> Callable[[str], Any]:
        def run(text: str) -> Any:
            saved = learned.model
            learned.model = lambda kind: {}  # type: ignore[assignment]
            try:
                return check(text)
            finally:
                learned.model = saved  # type: ignore[assignment]

        return run

    new = new_checkers()
    return Checkers("rules only", without_model(new.check_apology), without_model(new.check_first_message),
                    without_model(new.check_meet_ask), without_model(new.signals) if new.signals else None)  # fmt: skip


def old_checkers(commit: str = OLD_COMMIT) -> Checkers | None:
    """The guide's checks at `commit`, read with `git show` into a temporary package (None without git)."""
    folder = Path(tempfile.mkdtemp(prefix="rk-old-guide-"))
    package = folder / f"rk_guide_{commit}"
    package.mkdir()
    (package / "__init__.py").write_text('"""The guide at an older commit."""\n')
    for name in OLD_FILES:
        shown = subprocess.run(
            ["git", "show", f"{commit}:reconcile_kit/guide/{name}.py"], cwd=common.ROOT, capture_output=True, text=True
        )
        if shown.returncode != 0:
            return None
        (package / f"{name}.py").write_text(shown.stdout, encoding="utf-8")
    sys.path.insert(0, str(folder))
    apology: ModuleType = importlib.import_module(f"{package.name}.apology")
    drafts: ModuleType = importlib.import_module(f"{package.name}.drafts")
    return Checkers(f"old ({commit})", apology.check_apology, drafts.check_first_message, drafts.check_meet_ask, None)


# --- speed ---------------------------------------------------------------------------------


def long_apology(rows: list[dict[str, Any]], size: int = 2000) -> str:
    """A 2,000-character apology made of sincere dev apologies, cut at a word."""
    text = " ".join(e["text"] for e in rows if e["sincere"])
    return text[:size].rsplit(" ", 1)[0]


def speed(check: Callable[[str], Any], rows: list[dict[str, Any]], quick: bool) -> tuple[float, float]:
    """Median seconds of one 2,000-character apology, and of a 400-text corpus (dev texts, cycled)."""
    from reconcile_kit.guide.clauses import read  # cached per text: cleared so every call reads afresh

    text = long_apology(rows)
    texts = [rows[i % len(rows)]["text"] for i in range(400)]
    check(text)  # a first call loads anything lazy
    one = statistics.median(common.time_call(lambda: check(text), 15 if quick else 60, setup=read.cache_clear))
    corpus = statistics.median(common.time_call(lambda: [check(t) for t in texts], 2 if quick else 5, setup=read.cache_clear))
    return one, corpus


# --- reports -------------------------------------------------------------------------------


def measure(checkers: Checkers, split: str) -> dict[str, Any]:
    """Every quality figure of one version of the kit on one split (care only where the split has notes)."""
    result = {"apology": evaluate_apology(load(split, "apology"), checkers.check_apology)}
    result["drafts"] = evaluate_drafts(load(split, "drafts"), checkers.check_first_message, checkers.check_meet_ask)
    has_care = (CORPORA / split / "care.jsonl").exists()
    result["care"] = evaluate_care(load(split, "care"), checkers.signals) if checkers.signals and has_care else None
    return result


def markdown(figures: dict[tuple[str, str], dict[str, Any]], splits: list[str], labels: list[str]) -> str:
    """The quality tables for docs/guide-quality.md: one column per (checker, split)."""
    columns = [(label, split) for split in splits for label in labels if (label, split) in figures]
    head = "| | " + " | ".join(f"{label}, {split}" for label, split in columns) + " |"
    rule = "|---|" + "---|" * len(columns)

    def line(name: str, get: Callable[[dict[str, Any]], str]) -> str:
        return f"| {name} | " + " | ".join(get(figures[c]) for c in columns) + " |"

    apology = [head, rule]
    apology += [line(f"`{k}`", lambda f, k=k: pr(f["apology"]["findings"][k])) for k in APOLOGY_FINDINGS]
    apology.append(line("`vague` by round 13's sentence", lambda f: pr(f["apology"]["vague_now"])))
    apology += [line(f"part `{k}`", lambda f, k=k: pr(f["apology"]["parts"][k])) for k in COMPONENTS]
    apology.append(line("clean apologies given a finding", lambda f: f"{len(f['apology']['clean_flagged'])} of {f['apology']['clean']}"))
    apology.append(line("P(sincere outscores flawed)", lambda f: f"{f['apology']['ranking']:.3f} (ties {f['apology']['ties']:.3f})"))
    drafts = [head, rule] + [line(f"`{k}`", lambda f, k=k: pr(f["drafts"][k])) for k in DRAFT_FINDINGS]
    care = [head, rule] + [
        line(f"`{k}`" if k != "crisis" else "any crisis wording", lambda f, k=k: pr(f["care"][k]) if f["care"] else "—")
        for k in (*CARE_KINDS, "crisis")
    ]
    return "\n\n".join(["### Apology", "\n".join(apology), "### Drafts", "\n".join(drafts), "### Care", "\n".join(care)])


def speed_rows(new: Checkers, old: Checkers | None, quick: bool) -> list[dict[str, Any]]:
    """`check_apology` on 2,000 characters and on 400 texts, old checker beside it."""
    rows = load("dev", "apology")
    one, corpus = speed(new.check_apology, rows, quick)
    before = speed(old.check_apology, rows, quick) if old else (None, None)
    return [
        common.row("`check_apology`, one 2,000-character apology", one, contender=f"old checker {OLD_COMMIT}",
                   contender_median=before[0], ratio=one / before[0] if before[0] else None,
                   goal=f"under {GOALS['apology_ms'] * 1000:g} ms", holds=one < GOALS["apology_ms"]),
        common.row("`check_apology`, 400 apologies (dev texts, cycled)", corpus, contender=f"old checker {OLD_COMMIT}",
                   contender_median=before[1], ratio=corpus / before[1] if before[1] else None,
                   goal=f"under {GOALS['corpus_s']:g} s", holds=corpus < GOALS["corpus_s"]),
    ]  # fmt: skip


SPLITS = [
    "dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10",
    "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19",
    "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29",
    "fresh30", "fresh31", "fresh32", "fresh33",
]  # fmt: skip
JUDGED = tuple(split for split in SPLITS if split != "dev")  # the goals are judged on the held-out parts


def run(quick: bool) -> list[dict[str, Any]]:
    """`make bench` rows: every goal judged on each held-out part, dev and old figures beside it."""
    new, old = new_checkers(), old_checkers()
    return rows_for(new, old, *figures_for(new, old, SPLITS), quick)


def figures_for(new: Checkers, old: Checkers | None, splits: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The quality figures of the new and old checkers on each split (one pass over each corpus)."""
    return {s: measure(new, s) for s in splits}, ({s: measure(old, s) for s in splits} if old else {})


def rows_for(new: Checkers, old: Checkers | None, new_figures: dict[str, Any], old_figures: dict[str, Any],
             quick: bool) -> list[dict[str, Any]]:  # fmt: skip
    """The goal rows on each held-out split measured (or dev, when only dev was measured), then the speed rows."""
    judged = [s for s in JUDGED if s in new_figures] or ["dev"]
    rows = [row for split in judged for row in goal_rows(new_figures, old_figures, split, f"old checker {OLD_COMMIT}")]
    if len(judged) > 1:
        rows += pooled_rows(new_figures, judged) + today_rows(new_figures, judged)
    return rows + speed_rows(new, old, quick)


def main(argv: list[str] | None = None) -> int:
    """Print the quality tables, then the goal rows `make bench` shows (one evaluation of each split)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--misses", action="store_true", help="list the ids missed and falsely found (dev only)")
    parser.add_argument("--no-old", action="store_true", help="skip the old checker and the rules-only column")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "all" else [args.split]
    new = new_checkers()
    others = [] if args.no_old else [c for c in (rules_only_checkers(), old_checkers()) if c]
    old = others[-1] if others and others[-1].label.startswith("old") else None
    figures = {}
    for checkers in [new, *others]:
        for split in splits:
            figures[(checkers.label, split)] = measure(checkers, split)
    print(markdown(figures, splits, [c.label for c in [new, *others]]))
    if args.misses and splits == ["dev"]:
        _print_misses(figures[(new.label, "dev")])
    import run as runner  # benchmarks/run.py: the same table `make bench` prints

    new_figures = {s: figures[(new.label, s)] for s in splits}
    old_figures = {s: figures[(old.label, s)] for s in splits} if old else {}
    print("\n### Goal rows\n")
    print(runner.table(rows_for(new, old, new_figures, old_figures, args.quick)))
    return 0


def _print_misses(figures: dict[str, Any]) -> None:
    print("\n### Misses and false finds (dev)")
    groups = {"apology": figures["apology"]["findings"], "part": figures["apology"]["parts"], "draft": figures["drafts"]}
    groups["care"] = figures["care"] or {}
    for group, tallies_ in groups.items():
        for key, tally in tallies_.items():
            print(f"{group} {key}: missed {tally.misses}  false {tally.false}")
    print(f"clean flagged: {figures['apology']['clean_flagged']}")


if __name__ == "__main__":
    sys.exit(main())
