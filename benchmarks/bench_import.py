"""Benchmark the WhatsApp importer against whatstk 0.9.1 and a bare regex pass.

    python benchmarks/bench_import.py [--quick]

Writes a seeded Android export (200,000 messages, about 11 MB; 20,000 with --quick) into a
temporary folder, then runs each contender in its own subprocess so that peak memory
(`resource.getrusage(RUSAGE_SELF).ru_maxrss`) belongs to that contender alone. Timings are the
best of a few runs inside the subprocess. whatstk lives in the benchmark's own venv
(`.venv-bench`), never in the package's dependencies.
"""

from __future__ import annotations

import argparse
import json
import random
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
        "    return len(load_messages(path, me='Alex Doe', tz='UTC', progress=False))\n"
    ),
    "whatstk 0.9.1 (auto header)": (
        "from whatstk import WhatsAppChat\n"
        "def work(path):\n"
        "    return len(WhatsAppChat.from_source(path).df)\n"
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
path, repeats = sys.argv[1], int(sys.argv[2])
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
best, rows = float("inf"), 0
for _ in range(repeats):
    start = time.perf_counter()
    rows = work(path)
    best = min(best, time.perf_counter() - start)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"rows": rows, "seconds": best, "peak_kb": peak, "base_kb": base}}))
"""


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


def measure(name: str, path: Path, repeats: int) -> dict:
    """Run one contender in a fresh interpreter; return its timing and memory figures."""
    python = str(BENCH_PYTHON if BENCH_PYTHON.exists() else sys.executable)
    script = _RUNNER.format(root=str(ROOT), code=CONTENDERS[name])
    done = subprocess.run([python, "-c", script, str(path), str(repeats)], capture_output=True, text=True)
    if done.returncode != 0:
        return {"contender": name, "error": done.stderr.strip().splitlines()[-1:]}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    size = path.stat().st_size
    return {
        "contender": name,
        "messages": result["rows"],
        "seconds": round(result["seconds"], 3),
        "messages_per_s": round(result["rows"] / result["seconds"]),
        "peak_rss_mb": round(result["peak_kb"] / 1024, 1),
        "over_start_mb": round((result["peak_kb"] - result["base_kb"]) / 1024, 1),
        "file_mb": round(size / 2**20, 1),
        "peak_x_file": round(result["peak_kb"] * 1024 / size, 1),
        "over_start_x_file": round((result["peak_kb"] - result["base_kb"]) * 1024 / size, 1),
    }


def run(quick: bool = False) -> list[dict]:
    """Measure every contender on the same generated export; quick uses 20,000 messages."""
    messages, repeats = (20_000, 1) if quick else (200_000, 3)
    with tempfile.TemporaryDirectory() as folder:
        path = write_export(Path(folder) / "WhatsApp Chat with Robin Vale.txt", messages)
        results = [measure(name, path, repeats) for name in CONTENDERS]
    ours = results[0].get("seconds")
    for result in results:
        if ours and "seconds" in result:
            result["ours_faster_x"] = round(result["seconds"] / ours, 2)
    return results


def table(results: list[dict]) -> str:
    """A markdown table of the results."""
    keys = ["contender", "messages", "seconds", "messages_per_s", "ours_faster_x", "peak_rss_mb",
            "over_start_mb", "file_mb", "peak_x_file", "over_start_x_file"]
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    for result in results:
        if "error" in result:
            lines.append(f"| {result['contender']} | error: {result['error']} |")
            continue
        lines.append("| " + " | ".join(str(result.get(k, "")) for k in keys) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 messages, one run each")
    print(table(run(parser.parse_args().quick)))


if __name__ == "__main__":
    main()
