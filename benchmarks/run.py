"""Run every benchmark module, print one markdown table, write docs/benchmarks.md.

    .venv/bin/python benchmarks/run.py            # full run -> docs/benchmarks.md
    .venv/bin/python benchmarks/run.py --quick    # smoke run -> test-artifacts/benchmarks-quick.md
    .venv/bin/python benchmarks/run.py --only store,startup

A module that is missing or raises gives a row saying so; the run itself never crashes.
The quick run writes outside docs/ so a CI smoke run never overwrites the committed figures.
"""

from __future__ import annotations

import argparse
import importlib
import math
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402  (benchmarks/ must be on sys.path first)

# In the order of the issues' rows: startup, store, chat import, cadence and charts, tone, notebooks,
# language checks.
MODULES = ("bench_startup", "bench_store", "bench_import", "bench_cadence", "bench_tone", "bench_notebooks", "bench_language")
FULL_OUTPUT = common.ROOT / "docs" / "benchmarks.md"
QUICK_OUTPUT = common.ROOT / "test-artifacts" / "benchmarks-quick.md"
ONLY_OUTPUT = common.ROOT / "test-artifacts" / "benchmarks-only.md"
COLUMNS = ("Benchmark", "Median", "Contender (median)", "Ratio", "Goal", "Holds", "Notes")
CADENCE_SUMMARY_GOAL_S = 1.0  # at 1,000,000 events
CADENCE_CHART_GOAL_S = 2.0
CADENCE_MAX_EXPONENT = 1.15  # "near-linear": at most ~14x the time for 10x the data
_CADENCE_FIGURES = ("summarize", "reciprocity")  # held to the 1 s goal; the other targets are charts
_KEY_ALIASES = {"contenders": "contender", "median_s": "median", "seconds": "median", "notes": "note"}


def collect(module_name: str, quick: bool) -> list[dict[str, Any]]:
    """Rows from one bench module; a missing or failing module becomes one explanatory row."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return [common.failed_row(module_name, f"benchmarks/{module_name}.py is missing")]
        return [common.failed_row(module_name, f"cannot import: {exc}")]
    except Exception as exc:  # a broken module must not stop the others
        return [common.failed_row(module_name, f"cannot import: {type(exc).__name__}: {exc}")]
    try:
        rows = module.run(quick)
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)
        return [common.failed_row(module_name, f"run() failed: {type(exc).__name__}: {exc}")]
    if not isinstance(rows, list) or not rows:
        return [common.failed_row(module_name, "run() returned no rows")]
    if all(isinstance(raw, dict) and "name" in raw for raw in rows) and not foldable(module_name, rows):
        return [normalize(raw, module_name) for raw in rows]
    try:  # raw measurements (or one row per size): fold them into goal rows here
        return ADAPTERS[module_name](rows, quick)
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)
        return [common.failed_row(module_name, f"rows not in the benchmarks/README.md contract ({exc!r})")]


def foldable(module_name: str, rows: list[Any]) -> bool:
    """True for bench_cadence rows that carry `target` and `events`: one row per target reads better."""
    return module_name == "bench_cadence" and all({"target", "events"} <= set(raw) for raw in rows)


def adapt_cadence(raw: list[dict[str, Any]], quick: bool) -> list[dict[str, Any]]:
    """bench_cadence's {target, events, median|seconds} rows -> one row per target at its largest size.

    The contender is the same target at 10x fewer events, so the ratio is the time ratio per
    10x data; the exponent per 10x (log10 of that ratio; 1.0 = linear) goes in the note.
    """
    by_target: dict[str, dict[int, float]] = {}
    for entry in raw:
        seconds = entry["median"] if "median" in entry else entry["seconds"]
        by_target.setdefault(str(entry["target"]), {})[int(entry["events"])] = float(seconds)
    return [cadence_row(target, times, quick) for target, times in by_target.items()]


def cadence_row(target: str, times: dict[int, float], quick: bool) -> dict[str, Any]:
    """One cadence/chart row: median at the largest size, scaling against 10x fewer events."""
    sizes = sorted(times)
    largest, previous = sizes[-1], (sizes[-2] if len(sizes) > 1 else None)
    # Charts aggregate, so their cost is mostly fixed: a smaller (quick) size is held to the 1M goal.
    limit = CADENCE_SUMMARY_GOAL_S if target in _CADENCE_FIGURES else CADENCE_CHART_GOAL_S
    exponents = [
        math.log10(times[b] / times[a]) / math.log10(b / a) for a, b in zip(sizes, sizes[1:]) if times[a] > 0
    ]
    ratio = times[largest] / times[previous] if previous and times[previous] > 0 else None
    near_linear = not exponents or exponents[-1] <= CADENCE_MAX_EXPONENT
    label = f"`cadence.{target}`" if target in _CADENCE_FIGURES else f"chart `{target}`"
    per_size = ", ".join(f"{n:,}: {common.fmt_seconds(times[n])}" for n in sizes)
    return common.row(
        f"{label}, {largest:,} events",
        times[largest],
        contender=f"itself at {previous:,} events" if previous else "",
        contender_median=times[previous] if previous else None,
        ratio=ratio,
        goal=f"under {limit:g} s at 1M{' (checked at ' + f'{largest:,})' if largest != 1_000_000 else ''}; "
        f"exponent ≤ {CADENCE_MAX_EXPONENT} per 10x",
        holds=times[largest] < limit and near_linear,
        note=f"{per_size}; exponent per 10x: {', '.join(f'{e:.2f}' for e in exponents) or '—'}",
    )


def adapt_import(raw: list[dict[str, Any]], quick: bool) -> list[dict[str, Any]]:
    """bench_import's per-contender results -> kit-vs-peer rows and a memory row, per size."""
    groups: dict[Any, list[dict[str, Any]]] = {}
    for entry in raw:
        groups.setdefault(entry.get("messages_requested", entry.get("file_mb")), []).append(entry)
    failed = groups.pop(None, [])  # a peer that failed has no size: it belongs with every size
    return [row for group in (groups or {None: []}).values() for row in import_rows(group + failed, quick)]


def import_rows(group: list[dict[str, Any]], quick: bool) -> list[dict[str, Any]]:
    """Rows for one export size: kit vs whatstk (auto, explicit format) and vs a single regex."""
    kit = next((e for e in group if e.get("contender") == "reconcile_kit load_messages"), None)
    if kit is None or "seconds" not in kit:
        why = kit.get("error") if kit else "no reconcile_kit result"
        return [common.failed_row("WhatsApp `load_messages`", f"failed: {why}")]
    size = f"{kit.get('messages', 0):,} messages ({kit.get('file_mb', '?')} MB)"
    rows = []
    whole = next((e for e in group if e.get("contender") == "reconcile_kit import with suggested tones"), None)
    if whole is not None:
        rows.append(toned_import_row(whole, size, kit.get("messages", 0)))
    for peer in (e for e in group if e is not kit and e is not whole):
        goal, limit = import_goal(str(peer.get("contender", "")))
        if limit is not None and kit.get("messages", 0) < IMPORT_GOAL_MESSAGES:
            goal, limit = f"{goal} (set at 200,000 messages; shown here for scale)", None
        ratio = kit["seconds"] / peer["seconds"] if peer.get("seconds") else None
        if peer.get("ratio_per_round"):  # kit/peer paired within each round: steadier under load
            ratio = common.median(peer["ratio_per_round"])
        rounds = f"median of {peer['rounds']} rounds, paired ratio" if peer.get("rounds") else ""
        rows.append(common.row(
            f"WhatsApp `load_messages`, {size}",
            kit["seconds"],
            contender=str(peer.get("contender", "?")),
            contender_median=peer.get("seconds"),
            ratio=ratio,
            goal=goal,
            holds=None if limit is None or ratio is None else ratio <= limit,
            note=peer.get("note", "") or (f"peer failed: {peer['error']}" if "error" in peer else rounds),
        ))  # fmt: skip
    memory = f"{kit.get('peak_rss_mb', '?')} MB peak"
    note = f"{kit.get('peak_x_file', '?')}x the file; {kit.get('over_start_x_file', '?')}x over interpreter start"
    rows.append(common.row(f"`load_messages` peak memory, {size}", memory, note=note))
    return rows


IMPORT_GOAL_MESSAGES = 100_000  # issue 6 sets the importer goals on a 200,000-message export
TONED_IMPORT_GOAL_S = 3.0  # issue 14: read, suggest tones and store a 200,000-message export


def toned_import_row(whole: dict[str, Any], size: str, messages: int) -> dict[str, Any]:
    """The whole import with suggested tones (read, tone, one transaction) against its time goal."""
    name = f"Import with suggested tones, {size}"
    if "seconds" not in whole:
        return common.failed_row(name, f"failed: {whole.get('error')}")
    counts = messages >= IMPORT_GOAL_MESSAGES
    return common.row(
        name, whole["seconds"],
        goal=f"under {TONED_IMPORT_GOAL_S:g} s" + ("" if counts else " (set at 200,000 messages; shown for scale)"),
        holds=whole["seconds"] < TONED_IMPORT_GOAL_S if counts else None,
        note=f"median of {whole.get('rounds', '?')} rounds; load_messages, import_with_tones into a new journal; "
             f"peak RSS {whole.get('peak_rss_mb', '?')} MB",
    )  # fmt: skip


def import_goal(contender: str) -> tuple[str, float | None]:
    """The goal against one importer peer, as text and as the largest kit/peer ratio allowed."""
    lowered = contender.lower()
    if "regex" in lowered:
        return "within 2x of the regex", 2.0
    if "whatstk" in lowered and "auto" in lowered:
        return "at least 5x faster than whatstk auto", 0.2
    return "", None


ADAPTERS = {"bench_cadence": adapt_cadence, "bench_import": adapt_import}


def normalize(raw: Any, module_name: str) -> dict[str, Any]:
    """Map a module's dict onto ``common.row``'s keys, tolerating a few aliases."""
    if not isinstance(raw, dict):
        return common.failed_row(module_name, f"run() gave a {type(raw).__name__}, not a dict")
    fields = {_KEY_ALIASES.get(key, key): value for key, value in raw.items()}
    if isinstance(fields.get("contender"), (list, tuple)):
        fields["contender"] = ", ".join(map(str, fields["contender"]))
    known = common.row("", None).keys()
    clean = {key: value for key, value in fields.items() if key in known}
    clean.setdefault("name", module_name)
    return {**common.row(str(clean.pop("name")), clean.pop("median", None)), **clean}


def holds_text(value: Any) -> str:
    """yes / no / a dash (no goal)."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return "yes" if value else "**no**"


def cells(entry: dict[str, Any]) -> list[str]:
    """The table cells of one row."""
    contender = entry["contender"] or "—"
    if entry["contender_median"] is not None:
        contender = f"{contender} ({common.fmt_seconds(entry['contender_median'])})"
    values = [
        entry["name"],
        common.fmt_seconds(entry["median"]),
        contender,
        common.fmt_ratio(entry["ratio"]),
        entry["goal"] or "—",
        holds_text(entry["holds"]),
        entry["note"] or "",
    ]
    return [str(value).replace("|", "\\|").replace("\n", " ") for value in values]


def table(rows: Sequence[dict[str, Any]]) -> str:
    """The rows as one markdown table."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(cells(entry)) + " |" for entry in rows]
    return "\n".join(lines)


def document(rows: Sequence[dict[str, Any]], facts: dict[str, str], quick: bool, elapsed: float) -> str:
    """The whole docs/benchmarks.md page."""
    mode = "`make bench QUICK=1` (reduced sizes)" if quick else "`make bench`"
    held = sum(entry["holds"] is True for entry in rows)
    judged = sum(entry["holds"] is not None for entry in rows)
    machine = "\n".join(f"| {key} | {value} |" for key, value in facts.items())
    return f"""# Benchmarks

Generated by {mode} (`benchmarks/run.py`) in {elapsed:.0f} s; do not edit by hand.
See `benchmarks/README.md` for what each module measures and how to add one.

How to read it: every figure is the median of several runs. Where there is a peer, it is
timed in the same run, and **ratio = kit time ÷ contender time** (below 1 means the kit is
faster; 0.20x = five times faster). *Holds* says whether the goal is met on this machine:
{held} of {judged} goals hold.

## Machine

| | |
|---|---|
{machine}

## Results

{table(rows)}
"""


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="reduced sizes and repeats (CI smoke, < 1 min)")
    parser.add_argument("--only", default="", help="comma-separated module names, e.g. store,startup")
    parser.add_argument("--output", type=Path, help="where to write the page (default depends on --quick)")
    return parser.parse_args(argv)


def selected(only: str) -> list[str]:
    """Module names to run: all, or those named in --only (with or without `bench_`)."""
    if not only:
        return list(MODULES)
    names = [name.strip() for name in only.split(",") if name.strip()]
    return [name if name.startswith("bench_") else f"bench_{name}" for name in names]


def default_output(quick: bool, only: str) -> Path:
    """Where a run writes its page: only a full run of every module writes `docs/benchmarks.md`;
    a quick run, or a run of some modules (`--only`), writes under `test-artifacts/` (ignored by git)."""
    if quick:
        return QUICK_OUTPUT
    return ONLY_OUTPUT if only else FULL_OUTPUT


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks; exit 0 even when goals fail (the page says which)."""
    args = parse_args(argv)
    start, start_load = time.perf_counter(), os.getloadavg()[0]
    rows: list[dict[str, Any]] = []
    if not args.quick:  # made once up front, so every module (ours or not) finds the peers
        common.ensure_bench_venv(allow_install=True)
    for name in selected(args.only):
        began = time.perf_counter()
        print(f"[bench] {name} …", file=sys.stderr, flush=True)
        rows += collect(name, args.quick)
        print(f"[bench] {name} done in {time.perf_counter() - began:.1f} s", file=sys.stderr, flush=True)
    load = f"{os.getloadavg()[0]:.2f} at the end (other processes share these cores)"
    facts = common.machine() | {f"{k} (peer venv)": v for k, v in common.bench_versions().items()}
    facts["Load average (1 min)"] = f"{start_load:.2f} at the start, {load}"
    page = document(rows, facts, args.quick, time.perf_counter() - start)
    output = args.output or default_output(args.quick, args.only)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    print(table(rows))
    print(f"\nwrote {output.relative_to(common.ROOT) if output.is_relative_to(common.ROOT) else output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
