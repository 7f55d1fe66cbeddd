"""The benchmark harness: formatting, row folding, import-time attribution (fast, no peers)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench_notebooks  # noqa: E402
import bench_startup  # noqa: E402
import common  # noqa: E402
import run  # noqa: E402

IMPORTTIME = """\
import time:       900 |     300000 |     numpy
import time:      1000 |     350000 |   pandas
import time:       300 |       4000 |   click
import time:       200 |     360000 | reconcile_kit.cli
"""


@pytest.mark.parametrize(
    ("value", "text"),
    [(0.0000123, "12.3 µs"), (0.0456, "45.6 ms"), (1.234, "1.23 s"), (None, "—"), ("412 MB", "412 MB")],
)
def test_fmt_seconds(value, text):
    assert common.fmt_seconds(value) == text


def test_parse_importtime_reads_depth_and_times():
    lines = bench_startup.parse_importtime(IMPORTTIME)
    parsed = [(line.name, line.depth, line.cumulative_us) for line in lines][:2]
    assert parsed == [("numpy", 2, 300000), ("pandas", 1, 350000)]


def test_heavy_edges_names_the_kit_module_that_imports_a_heavy_package():
    edges = bench_startup.heavy_edges(bench_startup.parse_importtime(IMPORTTIME))
    assert edges == ["reconcile_kit.cli imports pandas (350 ms)"]


def test_cadence_row_fails_when_summarize_is_over_one_second_at_1m():
    entry = run.cadence_row("summarize", {10_000: 0.01, 100_000: 0.1, 1_000_000: 1.5}, quick=False)
    assert (entry["name"], entry["holds"]) == ("`cadence.summarize`, 1,000,000 events", False)
    assert round(entry["ratio"], 1) == 15.0


def test_cadence_row_fails_a_chart_that_scales_worse_than_near_linear():
    entry = run.cadence_row("gap_chart", {100_000: 0.01, 1_000_000: 0.5}, quick=False)
    assert (entry["holds"], entry["note"][-4:]) == (False, "1.70")


def test_a_missing_module_becomes_a_failed_row():
    [entry] = run.collect("bench_not_there", quick=True)
    assert (entry["holds"], entry["note"]) == (False, "benchmarks/bench_not_there.py is missing")


def test_normalize_accepts_key_aliases():
    entry = run.normalize({"name": "x", "seconds": 1.5, "notes": "n", "extra": 1}, "bench_x")
    assert (entry["median"], entry["note"], "extra" in entry) == (1.5, "n", False)


@pytest.mark.parametrize(
    ("contender", "limit"),
    [("whatstk 0.9.1 (auto header)", 0.2), ("one compiled regex pass", 2.0), ("whatstk (explicit format)", None)],
)
def test_import_goal_per_peer(contender, limit):
    assert run.import_goal(contender)[1] == limit


def test_table_marks_a_missed_goal_in_bold():
    line = run.table([common.row("x", 0.5, goal="under 0.1 s", holds=False)]).splitlines()[-1]
    assert line == "| x | 500.0 ms | — | — | under 0.1 s | **no** |  |"


def test_nbval_durations_are_summed_per_notebook():
    output = "0.50s call     notebooks/00_start.ipynb::Cell 1\n1.25s setup    notebooks/00_start.ipynb::Cell 0\n"
    assert bench_notebooks.per_notebook(output) == {"00_start": 1.75}


def test_import_reconcile_kit_leaves_heavy_libraries_unloaded():
    assert bench_startup.loaded_heavy(common.kit_python()) == []


def test_cadence_rows_per_size_fold_into_one_row_per_target():
    times = ((10_000, 0.01), (100_000, 0.1))
    sizes = [{"name": "n", "median": t, "target": "summarize", "events": n} for n, t in times]
    [entry] = run.adapt_cadence(sizes, quick=True)
    assert (entry["name"], entry["median"], entry["holds"]) == ("`cadence.summarize`, 100,000 events", 0.1, True)


def test_a_failed_import_peer_stays_with_the_kit_row_of_its_size():
    raw = [{"contender": "reconcile_kit load_messages", "seconds": 0.1, "messages": 10, "file_mb": 1.0},
           {"contender": "whatstk 0.9.1 (auto header)", "error": "No module named 'whatstk'"}]
    first = run.adapt_import(raw, quick=True)[0]
    assert (first["contender"], first["holds"]) == ("whatstk 0.9.1 (auto header)", None)
    assert first["note"] == "peer failed: No module named 'whatstk'"


def test_only_a_full_run_writes_the_committed_page():
    assert run.default_output(False, "") == run.FULL_OUTPUT
    assert run.default_output(False, "startup").name == "benchmarks-only.md"
    assert run.default_output(True, "").name == "benchmarks-quick.md"
    assert run.default_output(True, "store").name == "benchmarks-quick.md"


def test_vague_by_round_13s_sentence_takes_the_readers_answer_and_leaves_out_their_splits():
    import bench_language

    rows = [
        {"id": "A1", "findings": ["vague"]},  # vague as written
        {"id": "A2", "findings": []},  # both readers: vague
        {"id": "A3", "findings": []},  # the readers split: left out
        {"id": "A4", "findings": []},  # neither reader
        {"id": "A5", "findings": []},  # not read again
    ]
    again = {"A2": True, "A3": None, "A4": False}
    found = {"A1": {"vague"}, "A2": set(), "A3": {"vague"}, "A4": {"vague"}, "A5": set()}
    tally = bench_language.by_sentence(rows, lambda e: found[e["id"]], again)
    assert (tally.tp, tally.fp, tally.fn, tally.misses, tally.false) == (1, 1, 1, ["A2"], ["A4"])
    assert bench_language.by_sentence([{"id": "B1", "findings": []}], lambda e: set(), again) is None


def test_the_held_out_vague_read_again_covers_only_held_out_apologies_without_vague():
    import bench_language

    again = bench_language.vague_read_again()
    held_out = {}
    for split in bench_language.JUDGED:
        for row in bench_language.load(split, "apology"):
            held_out[row["id"]] = row
    assert len(again) == 613
    assert sum(v is True for v in again.values()) == 106
    assert sum(v is None for v in again.values()) == 20
    assert all("vague" not in held_out[i]["findings"] for i in again)


# --- pooled over the held-out parts (tallies, goals) ---------------------------------------------

import goals  # noqa: E402
import tallies  # noqa: E402


def test_wilson_interval_of_a_proportion():
    low, high = tallies.wilson(45, 50)
    assert (round(low, 3), round(high, 3)) == (0.786, 0.957)
    assert tallies.wilson(0, 0) == (0.0, 1.0)


def test_a_part_meets_a_goal_by_chance_as_often_as_the_binomials_say():
    Tally = tallies.Tally
    perfect = Tally(tp=100, seen=1000)
    assert tallies.chance_part_holds(perfect, [Tally(tp=10, seen=100)], 0.9, 0.85) == 1.0
    # recall 0.9 over 10 wanted texts, 1 false find in 90 others: 9 or 10 found (0.736) and at most one
    # false find (0.736), so about 0.54
    total = Tally(tp=90, fp=10, fn=10, seen=1000)
    chance = tallies.chance_part_holds(total, [Tally(tp=9, fp=1, fn=1, seen=100)] * 3, 0.9, 0.85)
    assert abs(chance - 0.736 * 0.736) < 0.01


def test_pooled_rows_sum_the_parts_and_judge_the_sum():
    Tally = tallies.Tally

    def part(excuse):
        findings = {k: Tally(tp=10, seen=100) for k in goals.APOLOGY_FINDINGS} | {"excuse": excuse}
        apology = {"findings": findings, "parts": {"responsibility": Tally(tp=50, seen=100)}, "vague_now": None}
        return {"apology": apology,
                "drafts": {k: Tally(tp=5, seen=50) for k in goals.DRAFT_FINDINGS}, "care": None}  # fmt: skip

    figures = {"a": part(Tally(tp=8, fn=2, seen=100)), "b": part(Tally(tp=9, fn=1, seen=100))}
    rows = {row["name"]: row for row in goals.pooled_rows(figures, ["a", "b"])}
    excuse = rows["apology `excuse` (pooled over 2 held-out parts)"]
    assert (excuse["median"], excuse["holds"]) == ("P 1.00 R 0.85", True)
    summary = rows["every apology finding (pooled over 2 held-out parts)"]
    assert (summary["median"], summary["holds"]) == ("10 of 10", True)
    assert not any("care" in name for name in rows)
    # `vague` by round 13's sentence is shown beside the goals, never counted among them
    vague_now = rows["apology `vague` by round 13's sentence where a part predates it (pooled over 2 held-out parts)"]
    assert (vague_now["median"], vague_now["holds"]) == ("P 1.00 R 1.00", None)


def test_the_parts_labelled_by_todays_definitions_are_pooled_apart_and_not_counted():
    Tally = tallies.Tally

    def part(excuse, vague_now):
        findings = {k: Tally(tp=10, seen=100) for k in goals.APOLOGY_FINDINGS} | {"excuse": excuse}
        return {"apology": {"findings": findings, "vague_now": vague_now}}

    figures = {"old": part(Tally(tp=5, fn=5, seen=100), Tally(tp=10, seen=100)),
               "a": part(Tally(tp=8, fn=2, seen=100), None), "b": part(Tally(tp=9, fn=1, seen=100), None)}  # fmt: skip
    rows = {row["name"]: row for row in goals.today_rows(figures, ["old", "a", "b"])}
    where = "pooled over the 2 held-out parts labelled by today's definitions"
    excuse = rows[f"apology `excuse` ({where})"]
    assert (excuse["median"], excuse["holds"]) == ("P 1.00 R 0.85", None)
    summary = rows[f"every apology finding ({where})"]
    assert (summary["median"], summary["holds"], summary["note"]) == ("10 of 10", None, "")
    figures["b"] = part(Tally(tp=7, fn=3, seen=100), None)
    summary = {row["name"]: row for row in goals.today_rows(figures, ["old", "a", "b"])}[f"every apology finding ({where})"]
    assert (summary["median"], summary["note"]) == ("9 of 10", "short: `excuse`")
    # nothing to set apart when every part, or only one, is labelled by today's definitions
    assert goals.today_rows(figures, ["a", "b"]) == []
    assert goals.today_rows(figures, ["old", "a"]) == []
