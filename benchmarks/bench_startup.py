"""Start-up cost: `import reconcile_kit` and one `reconcile-kit log` from a cold interpreter.

Rows:
- `import reconcile_kit` vs a bare interpreter (`python -c pass`); the goal is that it imports
  none of pandas, numpy, matplotlib, ipywidgets (the package `__init__` is lazy).
- `reconcile-kit log ...` of their message (one durable add into a temp journal, nothing of the
  user's own to read) vs `python -c "import sqlite3"`; goal: at most 4x. When it misses,
  `python -X importtime` names which module pulls in what.
- `reconcile-kit log ...` of the user's own words, which are read for crisis wording after the
  add (`care.entry_signals`, round 28: the guide's reading, so pandas and the care model) vs
  `python -c "import pandas"`; goal: at most 2x (status's 1.5x, plus the care model's reading).
- `reconcile-kit status` and `reconcile-kit check first FILE` on the demo journal vs
  `python -c "import pandas"` (both read the timeline, so pandas is their floor); goal: at most
  1.5x, and neither loads matplotlib nor ipywidgets.
Every figure is the median of several subprocess runs after one warm-up run.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import common

REPEAT = {False: 25, True: 5}
HEAVY = ("pandas", "numpy", "matplotlib", "ipywidgets")
CLI_GOAL = 4.0
LOG_READ_GOAL = 2.0  # a log of the user's own words, read for crisis wording, against `import pandas`
GUIDE_GOAL = 1.5  # status and check against a bare `import pandas`
NOT_FOR_GUIDE = ("matplotlib", "ipywidgets")  # `status` or `check` importing these is wrong
DRAFT = "Would you like to grab a coffee some time next week? No pressure at all."
# One contact, as a user would type it; the journal is a temp file ($RECONCILE_KIT_JOURNAL).
LOG_ARGS = ("log", "Sent a short hello", "--channel", "text", "--direction", "out", "--kind", "message")
THEIR_LOG_ARGS = ("log", "Sam said hello back", "--channel", "text", "--direction", "in", "--kind", "message")
_IMPORTTIME = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")


@dataclass(frozen=True)
class Imported:
    """One line of `python -X importtime`: a module, its times (µs) and nesting depth."""

    name: str
    self_us: int
    cumulative_us: int
    depth: int


def parse_importtime(stderr: str) -> list[Imported]:
    """The `-X importtime` lines, in the order printed (an import follows the ones it caused)."""
    found = []
    for match in _IMPORTTIME.finditer(stderr):
        self_us, cumulative_us, indent, name = match.groups()
        found.append(Imported(name, int(self_us), int(cumulative_us), len(indent) // 2))
    return found


def importer_of(lines: list[Imported], index: int) -> Imported | None:
    """The module whose import caused ``lines[index]``: the next line one level up."""
    depth = lines[index].depth
    return next((line for line in lines[index + 1 :] if line.depth < depth), None)


def heavy_edges(lines: list[Imported], limit: int = 4, floor_us: int = 15_000) -> list[str]:
    """'reconcile_kit.x imports pandas (312 ms)': the costliest non-kit imports and who asked."""
    edges = []
    for index, line in enumerate(lines):
        parent = importer_of(lines, index)
        if line.name.startswith("reconcile_kit") or line.cumulative_us < floor_us:
            continue
        if parent is not None and parent.name.startswith("reconcile_kit"):  # not the interpreter's own start-up
            text = f"{parent.name} imports {line.name} ({line.cumulative_us / 1000:.0f} ms)"
            edges.append((line.cumulative_us, text))
    return [text for _, text in sorted(edges, reverse=True)[:limit]]


def _env(journal: Path) -> dict[str, str]:
    """The environment of a CLI run: a temp journal, no user config touched.

    Bytecode is written as on a normal install (`make` installs with --no-compile and lets Python
    compile what it imports): with PYTHONDONTWRITEBYTECODE set, as on some CI machines, every run
    would compile click and the kit from source again and the figure would measure the compiler.
    """
    env = dict(os.environ, RECONCILE_KIT_JOURNAL=str(journal))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def loaded_heavy(python: Path) -> list[str]:
    """Which of HEAVY a plain `import reconcile_kit` leaves in sys.modules."""
    code = f"import json, sys, reconcile_kit; print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    return common.run_json(python, code)


def import_row(quick: bool) -> dict[str, Any]:
    """`import reconcile_kit` vs `python -c pass`."""
    python, repeat = str(common.kit_python()), REPEAT[quick]
    cmds = [[python, "-c", "import reconcile_kit"], [python, "-c", "pass"]]
    kit_times, bare_times = common.time_commands(cmds, repeat, env=_env(Path(tempfile.gettempdir()) / "unused.sqlite3"))
    kit, bare = common.median(kit_times), common.median(bare_times)
    heavy = loaded_heavy(Path(python))
    cmd = [python, "-X", "importtime", "-c", "import reconcile_kit"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    edges = heavy_edges(parse_importtime(done.stderr), limit=3, floor_us=5_000)
    note = f"median of {repeat} cold starts, interleaved with the contender's; costliest imports: "
    note += "; ".join(edges) or "none over 5 ms"
    if heavy:
        note = "loads " + ", ".join(heavy) + "; " + note
    return common.row(
        "`import reconcile_kit`",
        kit,
        contender="`python -c pass`",
        contender_median=bare,
        ratio=kit / bare,
        goal="imports none of " + ", ".join(HEAVY),
        holds=not heavy,
        note=note,
    )


def cli_command() -> list[str]:
    """The console script (or `python -m reconcile_kit` when it is not installed)."""
    script = common.kit_python().parent / "reconcile-kit"
    return [str(script)] if script.exists() else [str(common.kit_python()), "-m", "reconcile_kit"]


def cli_row(quick: bool, label: str = "CLI `reconcile-kit log …` (their message)", args: tuple[str, ...] = THEIR_LOG_ARGS,
            floor: str = "sqlite3", goal: float = CLI_GOAL) -> dict[str, Any]:  # fmt: skip
    """`reconcile-kit log ...` vs `python -c "import <floor>"`; at most `goal` times it."""
    python, repeat = str(common.kit_python()), REPEAT[quick]
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(Path(tmp) / "journal.sqlite3")
        cmds = [[*cli_command(), *args], [python, "-c", f"import {floor}"]]
        kit_times, bare_times = common.time_commands(cmds, repeat, env=env)
        kit, bare = common.median(kit_times), common.median(bare_times)
        ratio = kit / bare
        cmd = [python, "-X", "importtime", "-m", "reconcile_kit", *args]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        edges = heavy_edges(parse_importtime(done.stderr), limit=4 if ratio > goal else 2)
        note = f"median of {repeat} runs interleaved with the contender's, each one durable add "
        note += "to a temp journal; "
        note += "costliest imports: "
        note += "; ".join(edges) or "none over 15 ms"
    return common.row(
        label,
        kit,
        contender=f'`python -c "import {floor}"`',
        contender_median=bare,
        ratio=ratio,
        goal=f"at most {goal:g}x",
        holds=ratio <= goal,
        note=note,
    )


def loaded_by(command: list[str], env: dict[str, str], names: tuple[str, ...]) -> list[str]:
    """Which of `names` a CLI run leaves in sys.modules (the command runs in-process, then reports)."""
    code = ("import json, sys\nfrom reconcile_kit.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n"
            f"    pass\nprint(json.dumps([m for m in {names!r} if m in sys.modules]))")
    done = subprocess.run([str(common.kit_python()), "-c", code, *command], env=env, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def guide_row(quick: bool, label: str, args: tuple[str, ...]) -> dict[str, Any]:
    """`reconcile-kit status` / `check` on the demo journal vs `python -c "import pandas"`; at most 1.5x."""
    python, repeat = str(common.kit_python()), REPEAT[quick]
    with tempfile.TemporaryDirectory() as tmp:
        journal, draft = Path(tmp) / "demo.sqlite3", Path(tmp) / "draft.txt"
        env = _env(journal)
        draft.write_text(DRAFT, encoding="utf-8")
        subprocess.run([*cli_command(), "demo", str(journal)], env=env, capture_output=True, check=True)
        command = [a.replace("{draft}", str(draft)) for a in args]
        cmds = [[*cli_command(), *command], [python, "-c", "import pandas"]]
        kit_times, bare_times = common.time_commands(cmds, repeat, env=env)
        kit, bare = common.median(kit_times), common.median(bare_times)
        ratio = kit / bare
        wrong = loaded_by(command, env, NOT_FOR_GUIDE)
        done = subprocess.run([python, "-X", "importtime", "-m", "reconcile_kit", *command], env=env,
                              capture_output=True, text=True)  # fmt: skip
        edges = heavy_edges(parse_importtime(done.stderr), limit=3)
    note = f"median of {repeat} runs interleaved with the contender's, on the demo journal (72 entries); "
    note += "costliest imports: " + ("; ".join(edges) or "none over 15 ms")
    if wrong:
        note = "loads " + ", ".join(wrong) + " (it must not); " + note
    return common.row(
        label,
        kit,
        contender='`python -c "import pandas"`',
        contender_median=bare,
        ratio=ratio,
        goal=f"at most {GUIDE_GOAL:g}x; no {' or '.join(NOT_FOR_GUIDE)}",
        holds=ratio <= GUIDE_GOAL and not wrong,
        note=note,
    )


def compile_kit() -> None:
    """Compile the kit's modules to bytecode first, as a regular `pip install` does.

    An editable install never compiles them, and with PYTHONDONTWRITEBYTECODE set (as on this
    machine) every run would recompile the kit's source: about 18 ms that no user pays.
    """
    package = Path(__file__).resolve().parents[1] / "reconcile_kit"
    subprocess.run([str(common.kit_python()), "-m", "compileall", "-q", str(package)], check=False)


def run(quick: bool) -> list[dict[str, Any]]:
    """The start-up rows; each failure becomes its own row."""
    compile_kit()
    rows = []
    makers = (
        ("`import reconcile_kit`", import_row),
        ("CLI `reconcile-kit log …` (their message)", cli_row),
        ("CLI `reconcile-kit log …` (your own words, read for crisis wording)",
         lambda q: cli_row(q, "CLI `reconcile-kit log …` (your own words, read for crisis wording)", LOG_ARGS,
                           "pandas", LOG_READ_GOAL)),
        ("CLI `reconcile-kit status`", lambda q: guide_row(q, "CLI `reconcile-kit status`", ("status",))),
        ("CLI `reconcile-kit check first FILE`",
         lambda q: guide_row(q, "CLI `reconcile-kit check first FILE`", ("check", "first", "{draft}"))),
    )
    for name, make in makers:
        try:
            rows.append(make(quick))
        except Exception as exc:  # one failing row must not hide the other
            rows.append(common.failed_row(name, f"failed: {type(exc).__name__}: {exc}"))
    return rows


if __name__ == "__main__":  # a quick look: python benchmarks/bench_startup.py
    print(json.dumps(run(quick=True), indent=1))
