"""The whole notebook suite under nbval, as `make test-notebooks` runs it: wall time per run.

Runs ``python -m pytest --nbval notebooks -q -p no:socket`` with ``RECONCILE_KIT_DEMO=1`` and
throwaway JUPYTER_*/IPYTHONDIR/MPLCONFIGDIR folders. Goal: under 60 s for all notebooks on
2 cores, and every cell's output matches. The quick run checks the first notebook only, once.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import common

REPEAT = {False: 3, True: 1}
GOAL_S = 60.0
NOTEBOOKS = common.ROOT / "notebooks"
_DURATION = re.compile(r"^([\d.]+)s (?:setup|call|teardown)\s+(\S+?\.ipynb)::", re.M)
_SUMMARY = re.compile(r"(\d+) (passed|failed|errors?|skipped)")


def notebook_env(tmp: Path) -> dict[str, str]:
    """The test environment of `make test-notebooks`: demo journal, state in a temp folder."""
    return dict(
        os.environ,
        RECONCILE_KIT_DEMO="1",
        JUPYTER_CONFIG_DIR=str(tmp / "jupyter-config"),
        JUPYTER_DATA_DIR=str(tmp / "jupyter-data"),
        JUPYTER_PLATFORM_DIRS="1",
        IPYTHONDIR=str(tmp / "ipython"),
        MPLCONFIGDIR=str(tmp / "matplotlib"),
    )


def per_notebook(output: str) -> dict[str, float]:
    """Seconds per notebook, summed from pytest's ``--durations=0`` lines."""
    totals: dict[str, float] = defaultdict(float)
    for seconds, path in _DURATION.findall(output):
        totals[Path(path).stem] += float(seconds)
    return dict(totals)


def counts(output: str) -> dict[str, int]:
    """pytest's final counts, e.g. {'passed': 41, 'failed': 1}."""
    found: dict[str, int] = {}
    for number, word in _SUMMARY.findall(output.strip().splitlines()[-1] if output.strip() else ""):
        found[word.rstrip("s") if word.startswith("error") else word] = int(number)
    return found


def run_suite(targets: list[str]) -> tuple[float, str, int]:
    """One nbval run over ``targets``: (wall seconds, combined output, exit code)."""
    cmd = [str(common.kit_python()), "-m", "pytest", "--nbval", *targets, "-q", "-p", "no:socket", "--durations=0"]
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        done = subprocess.run(cmd, cwd=common.ROOT, env=notebook_env(Path(tmp)), capture_output=True, text=True)
        return time.perf_counter() - start, done.stdout + done.stderr, done.returncode


def run(quick: bool) -> list[dict[str, Any]]:
    """One row: the suite's median wall time, with the slowest notebook and the pass count."""
    found = sorted(NOTEBOOKS.glob("*.ipynb"))
    if not found:
        return [common.failed_row("notebooks under nbval", "no notebooks in notebooks/ yet")]
    targets = [str(found[0].relative_to(common.ROOT))] if quick else ["notebooks"]
    runs = [run_suite(targets) for _ in range(REPEAT[quick])]
    wall = common.median([seconds for seconds, _, _ in runs])
    _, output, code = runs[-1]
    tally = counts(output)
    slowest = sorted(per_notebook(output).items(), key=lambda item: -item[1])[:2]
    note = f"{tally.get('passed', 0)} cells passed, {tally.get('failed', 0) + tally.get('error', 0)} failed"
    note += f"; slowest: {', '.join(f'{name} {secs:.1f} s' for name, secs in slowest)}" if slowest else ""
    note += f"; {REPEAT[quick]} run(s)"
    name = f"notebook {found[0].stem} under nbval (quick)" if quick else f"all {len(found)} notebooks under nbval"
    return [
        common.row(
            name,
            wall,
            goal=f"passes, under {GOAL_S:g} s on 2 cores" if not quick else "passes",
            holds=code == 0 and (quick or wall < GOAL_S),
            note=note if code == 0 else f"pytest exited {code}; {note}",
        )
    ]
