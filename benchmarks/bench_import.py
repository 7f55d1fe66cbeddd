"""Benchmark the WhatsApp importer against whatstk 0.9.1 and a bare regex pass.

    python benchmarks/bench_import.py [--quick]

Writes seeded Android exports (10,000 and 200,000 messages, about 11 MB; 20,000 with --quick) into a
temporary folder, then measures each contender in its own subprocess so that peak memory
(`resource.getrusage(RUSAGE_SELF).ru_maxrss`) belongs to that contender alone. The machine is
shared, so the contenders take turns: each round runs every contender once, and a contender's
figure is the median of its rounds; the kit-vs-peer ratio is also taken round by round (both
times measured minutes apart at most) and its median reported. Inside a subprocess a warm-up
call on a 200-message export comes first, so one-time lazy imports count neither as time nor as
memory; the timer stops when the contender returns its result (freeing it is not timed).
Peak memory is read after the first timed call (one import, as a user runs it); the peak after
all the timing calls, which adds allocator leftovers from the earlier calls, is shown beside it.
whatstk lives in the benchmark's own venv (`.venv-bench`), never in the package's dependencies.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_PYTHON = ROOT / ".venv-bench" / "bin" / "python"
WORDS = (
    "ok sure thanks see you soon tomorrow sounds good how was your day long week but fine "
    "did you eat yet haha yes no maybe later call me when you can I miss the dog running late "
    "just got home the train was packed coffee on saturday love that song 😊 ❤️ 👍"
).split()

# Each contender: (name, code run in a subprocess with PATH set; must set `rows`).
CONTENDERS: dict[str, str] = {
    "reconcile_kit load_messages": (
        "from reconcile_kit.importers import load_messages\n"
        "def work(path):\n"
        "    return load_messages(path, me='Alex Doe', tz='UTC', progress=False)\n"
    ),
    # issue 14: the whole import as the form and `reconcile-kit import` run it (read, suggested tones, one
    # transaction into a new journal); goal under 3 s at 200,000 messages
    "reconcile_kit import with suggested tones": (
        "import tempfile\n"
        "from pathlib import Path\n"
        "from reconcile_kit import Journal\n"
        "from reconcile_kit.importers import load_messages\n"
        "from reconcile_kit.tone.imported import import_with_tones\n"
        "def work(path):\n"
        "    with tempfile.TemporaryDirectory() as folder, Journal.open(Path(folder) / 'j.sqlite3') as journal:\n"
        "        return import_with_tones(journal, load_messages(path, me='Alex Doe', tz='UTC', progress=False)).added\n"
    ),
    "whatstk 0.9.1 (auto header)": (
        "from whatstk import WhatsAppChat\n"
        "def work(path):\n"
        "    return WhatsAppChat.from_source(path).df\n"
    ),
    "whatstk 0.9.1 (explicit format)": (
        "from whatstk import WhatsAppChat\n"
        "def work(path):\n"
        "    return WhatsAppChat.from_source(path, hformat='%d/%m/%Y, %H:%M - %name:').df\n"
    ),
    "one compiled regex pass": (
        "import re\n"
        "HEADER = re.compile(r'^(\\d{1,2}/\\d{1,2}/\\d{2,4}), (\\d{1,2}:\\d\\d) - ([^:\\n]+): ', re.M)\n"
        "def work(path):\n"
        "    text = open(path, encoding='utf-8').read()\n"
        "    return sum(1 for _ in HEADER.finditer(text))\n"
    ),
}
_RUNNER = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
{code}
path, warm, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
work(warm)  # lazy imports and first-call set-up, outside the figures
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
best, cpu, rows, first_peak = float("inf"), float("inf"), 0, 0
for _ in range(repeats):
    start, start_cpu = time.perf_counter(), time.process_time()
    result = work(path)
    best = min(best, time.perf_counter() - start)
    cpu = min(cpu, time.process_time() - start_cpu)
    rows = result if isinstance(result, int) else len(result)
    first_peak = first_peak or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    del result
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"rows": rows, "seconds": best, "cpu_seconds": cpu, "peak_kb": first_peak,
                  "peak_all_kb": peak, "base_kb": base}}))
"""
# Timed calls per subprocess (best taken); whatstk takes seconds per call, so once is enough.
INNER_REPEATS = {"whatstk 0.9.1 (auto header)": 1, "whatstk 0.9.1 (explicit format)": 1}
# Export sizes (messages) and rounds: the goals are set at 200,000 (issue 6); 10,000 shows the
# fixed costs. Quick mode runs one small size once.
SIZES = {False: ((10_000, 5), (200_000, 5)), True: ((20_000, 1),)}


def write_export(path: Path, messages: int, seed: int = 6) -> Path:
    """Write a seeded Android WhatsApp export between Alex Doe and Robin Vale.

    Lines are streamed to the file so this process stays small: a child's ru_maxrss starts
    from its parent's size at fork, so a big parent would hide the contenders' own peaks.
    """
    rng = random.Random(seed)
    at = datetime(2021, 3, 1, 8, 0)
    with path.open("w", encoding="utf-8") as out:
        out.write("01/03/2021, 08:00 - Messages and calls are end-to-end encrypted. Tap to learn more.\n")
        for _ in range(messages):
            at += timedelta(minutes=rng.choice((0, 0, 1, 1, 2, 5, 30, 240)))
            who = rng.choice(("Alex Doe", "Robin Vale"))
            roll = rng.random()
            if roll < 0.03:
                body = "<Media omitted>"
            elif roll < 0.08:
                body = " ".join(rng.choices(WORDS, k=4)) + "\n" + " ".join(rng.choices(WORDS, k=3))
            else:
                body = " ".join(rng.choices(WORDS, k=rng.randint(1, 9)))
            out.write(f"{at:%d/%m/%Y, %H:%M} - {who}: {body}\n")
    return path


def measure(name: str, path: Path, warm: Path, repeats: int) -> dict:
    """Run one contender in a fresh interpreter; return its raw timing and memory figures."""
    python = str(BENCH_PYTHON if BENCH_PYTHON.exists() else sys.executable)
    script = _RUNNER.format(root=str(ROOT), code=CONTENDERS[name])
    done = subprocess.run([python, "-c", script, str(path), str(warm), str(repeats)], capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def summarize(name: str, rounds: list[dict], ours: list[dict], size: int) -> dict:
    """One contender's figures over the rounds: median times, worst memory, per-round ratios."""
    if any("error" in r for r in rounds):
        return {"contender": name, "error": next(r["error"] for r in rounds if "error" in r)}
    seconds = statistics.median(r["seconds"] for r in rounds)
    over = max(r["peak_kb"] - r["base_kb"] for r in rounds)  # one import, as a user runs it
    over_all = max(r["peak_all_kb"] - r["base_kb"] for r in rounds)  # after the repeated timing calls
    peak = max(r["peak_kb"] for r in rounds)
    result = {
        "contender": name,
        "messages": rounds[0]["rows"],
        "seconds": round(seconds, 3),
        "cpu_seconds": round(statistics.median(r["cpu_seconds"] for r in rounds), 3),
        "messages_per_s": round(rounds[0]["rows"] / seconds),
        "peak_rss_mb": round(peak / 1024, 1),
        "over_start_mb": round(over / 1024, 1),
        "file_mb": round(size / 2**20, 1),
        "peak_x_file": round(peak * 1024 / size, 1),
        "over_start_x_file": round(over * 1024 / size, 1),
        "over_start_all_calls_mb": round(over_all / 1024, 1),
        "rounds": len(rounds),
    }
    if ours and all("seconds" in r for r in ours):
        paired = [mine["seconds"] / theirs["seconds"] for mine, theirs in zip(ours, rounds)]
        result["ours_faster_x"] = round(1 / statistics.median(paired), 2)
        result["ratio_per_round"] = [round(x, 2) for x in paired]
    return result


def run(quick: bool = False) -> list[dict]:
    """Measure every contender on generated exports of each size (10k and 200k; quick: 20k)."""
    results = []
    for messages, rounds in SIZES[quick]:
        for result in run_size(messages, rounds, quick):
            results.append({**result, "messages_requested": messages})
    return results


def run_size(messages: int, rounds: int, quick: bool) -> list[dict]:
    """Every contender on one generated export, taking turns over `rounds` rounds."""
    with tempfile.TemporaryDirectory() as folder:
        path = write_export(Path(folder) / "WhatsApp Chat with Robin Vale.txt", messages)
        warm = write_export(Path(folder) / "warm-up.txt", 200, seed=7)
        raw: dict[str, list[dict]] = {name: [] for name in CONTENDERS}
        for _ in range(rounds):
            for name in CONTENDERS:
                raw[name].append(measure(name, path, warm, INNER_REPEATS.get(name, 1 if quick else 3)))
        size = path.stat().st_size
    ours = raw[next(iter(CONTENDERS))]
    return [summarize(name, raw[name], ours, size) for name in CONTENDERS]


def table(results: list[dict]) -> str:
    """A markdown table of the results."""
    keys = ["contender", "messages", "seconds", "cpu_seconds", "messages_per_s", "ours_faster_x", "ratio_per_round",
            "peak_rss_mb", "over_start_mb", "file_mb", "peak_x_file", "over_start_x_file", "over_start_all_calls_mb"]
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    for result in results:
        if "error" in result:
            lines.append(f"| {result['contender']} | error: {result['error']} |")
            continue
        lines.append("| " + " | ".join(str(result.get(k, "")) for k in keys) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 messages, one round")
    print(table(run(parser.parse_args().quick)))


if __name__ == "__main__":
    main()
