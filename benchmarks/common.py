"""Shared helpers for the benchmarks: timing, the peers' venv, rows, machine facts.

Every bench module exposes ``run(quick: bool) -> list[dict]``; each dict is one row made with
:func:`row`. ``benchmarks/run.py`` collects them, prints the table and writes
``docs/benchmarks.md``. Peers (whatstk, sqlite-utils) run as subprocesses in ``.venv-bench``,
made on demand by :func:`ensure_bench_venv`.
"""

from __future__ import annotations

import fcntl
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "benchmarks"
BENCH_VENV = ROOT / ".venv-bench"
KIT_VENV = ROOT / ".venv"
BENCH_REQUIREMENTS = ("whatstk==0.9.1", "sqlite-utils")
_LOCK = Path(tempfile.gettempdir()) / "reconcile-kit-bench-venv.lock"


# --- rows -----------------------------------------------------------------------------------


def row(
    name: str,
    median: float | str | None,
    *,
    goal: str = "",
    holds: bool | None = None,
    contender: str = "",
    contender_median: float | str | None = None,
    ratio: float | None = None,
    note: str = "",
) -> dict[str, Any]:
    """One table row; times are seconds (floats) and ``ratio`` is kit time / contender time.

    :param holds: ``True``/``False`` against ``goal``; ``None`` when there is no goal to hold.
    """
    return {
        "name": name,
        "median": median,
        "contender": contender,
        "contender_median": contender_median,
        "ratio": ratio,
        "goal": goal,
        "holds": holds,
        "note": note,
    }


def failed_row(name: str, why: str) -> dict[str, Any]:
    """A row for a benchmark that could not run (missing module, crash, no peer venv)."""
    return row(name, None, holds=False, note=why)


# --- timing ---------------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    """The median of a non-empty sequence."""
    return float(statistics.median(values))


def time_call(fn: Callable[[], Any], repeat: int, setup: Callable[[], Any] | None = None) -> list[float]:
    """Wall times (s) of ``repeat`` calls of ``fn``, each after an untimed ``setup()``."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def time_command(
    cmd: Sequence[str], repeat: int, *, env: Mapping[str, str] | None = None, warmup: int = 1
) -> list[float]:
    """Wall times (s) of running ``cmd`` as a subprocess ``repeat`` times, after ``warmup`` runs.

    Raises ``RuntimeError`` (with the command's stderr tail) if the command fails.
    """
    times = []
    for i in range(warmup + repeat):
        start = time.perf_counter()
        done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd[:3])} … exited {done.returncode}: {_tail(done.stderr)}")
        if i >= warmup:
            times.append(elapsed)
    return times


def time_commands(
    cmds: Sequence[Sequence[str]], repeat: int, *, env: Mapping[str, str] | None = None, warmup: int = 1
) -> list[list[float]]:
    """Wall times of several commands, run in turn (a, b, a, b, ...) so load drift hits all alike.

    Returns one list of ``repeat`` times per command; raises like :func:`time_command`.
    """
    times: list[list[float]] = [[] for _ in cmds]
    for i in range(warmup + repeat):
        for slot, cmd in enumerate(cmds):
            measured = time_command(cmd, 1, env=env, warmup=0)
            if i >= warmup:
                times[slot] += measured
    return times


def run_json(python: Path | str, code: str, *, env: Mapping[str, str] | None = None, timeout: float = 900) -> Any:
    """Run ``code`` in a fresh interpreter and return the JSON it prints on its last line.

    ``benchmarks/`` is on ``sys.path`` in the child, so it can ``import common``.
    """
    child_env = dict(env if env is not None else os.environ)
    child_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(BENCH_DIR), child_env.get("PYTHONPATH", "")]))
    done = subprocess.run(
        [str(python), "-c", code], cwd=ROOT, env=child_env, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode != 0:
        raise RuntimeError(f"child exited {done.returncode}: {_tail(done.stderr)}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _tail(text: str, lines: int = 3) -> str:
    """The last few non-empty lines of a process's output, on one line."""
    kept = [line.strip() for line in text.strip().splitlines() if line.strip()][-lines:]
    return " | ".join(kept)[:400] or "(no output)"


def kit_python() -> Path:
    """The interpreter of the kit's own venv (falls back to the running one)."""
    python = KIT_VENV / "bin" / "python"
    return python if python.exists() else Path(sys.executable)


# --- the peers' venv ------------------------------------------------------------------------


def bench_python() -> Path:
    """Path of ``.venv-bench``'s interpreter (it may not exist yet)."""
    return BENCH_VENV / "bin" / "python"


def bench_venv_ready() -> bool:
    """True when ``.venv-bench`` exists and imports whatstk 0.9.1 and sqlite-utils."""
    check = "import whatstk, sqlite_utils, importlib.metadata as m; assert m.version('whatstk') == '0.9.1'"
    if not bench_python().exists():
        return False
    return subprocess.run([str(bench_python()), "-c", check], cwd=ROOT, capture_output=True).returncode == 0


def ensure_bench_venv(allow_install: bool = True) -> Path | None:
    """Return ``.venv-bench``'s python, creating and filling the venv first if needed.

    Installs ``-e . whatstk==0.9.1 sqlite-utils`` (package registry only). With
    ``allow_install=False`` (``make bench QUICK=1``: no network) an unready venv gives None, and
    so does a failed install: callers then emit a row saying the peer was skipped.
    Safe to call from several bench modules: a file lock serialises the set-up.
    """
    if bench_venv_ready():
        return bench_python()
    if not allow_install:
        return None
    with _LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if bench_venv_ready():
            return bench_python()
        base = getattr(sys, "_base_executable", None) or "python3"
        if not bench_python().exists():
            subprocess.run([base, "-m", "venv", str(BENCH_VENV)], check=False, capture_output=True)
        pip = [str(bench_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        wanted = ["-e", str(ROOT), *BENCH_REQUIREMENTS]
        print(f"[bench] setting up {BENCH_VENV.name}: pip install {' '.join(wanted)} …", file=sys.stderr)
        done = subprocess.run([*pip, *wanted], cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            print(f"[bench] pip failed: {_tail(done.stderr)}", file=sys.stderr)
    return bench_python() if bench_venv_ready() else None


def peer_skipped_note(quick: bool) -> str:
    """Why a peer row is missing: the venv was not there (quick) or could not be made."""
    if quick:
        return "peer skipped: .venv-bench not ready and --quick never installs (run `make bench` once)"
    return "peer skipped: could not create .venv-bench (pip install whatstk==0.9.1 sqlite-utils failed)"


# --- machine --------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    """The facts that make the figures comparable: CPU, cores, RAM, versions, date."""
    import sqlite3

    facts = {
        "CPU": _cpu_model(),
        "Cores": f"{os.cpu_count()} logical ({len(os.sched_getaffinity(0))} usable)",
        "RAM": _ram(),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "pandas": _version("pandas"),
        "numpy": _version("numpy"),
        "SQLite": sqlite3.sqlite_version,
        "Date": time.strftime("%Y-%m-%d %H:%M %Z"),
    }
    return facts


def _cpu_model() -> str:
    """``model name`` from /proc/cpuinfo (or the platform's processor string)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram() -> str:
    """Total memory from /proc/meminfo, in GiB."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(dist: str) -> str:
    """An installed distribution's version, or 'not installed'."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


def bench_versions() -> dict[str, str]:
    """Versions of the peers in ``.venv-bench`` (empty when the venv is not ready)."""
    if not bench_venv_ready():
        return {}
    code = "import json, importlib.metadata as m; "
    code += "print(json.dumps({d: m.version(d) for d in ('whatstk', 'sqlite-utils')}))"
    try:
        return run_json(bench_python(), code, timeout=60)
    except (RuntimeError, subprocess.TimeoutExpired, ValueError):
        return {}


# --- formatting -----------------------------------------------------------------------------


def fmt_seconds(value: float | str | None) -> str:
    """12.3 µs / 4.56 ms / 1.23 s; strings pass through, None is a dash."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if value < 1e-3:
        return f"{value * 1e6:.1f} µs"
    if value < 1:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def fmt_ratio(value: float | str | None) -> str:
    """2.34x, or a dash when there is no contender."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return f"{value:.2f}x"
