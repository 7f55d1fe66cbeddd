"""Shared helpers for the reliability tests: the worker launcher and the figures file.

Figures the tests measure (kills survived, rows lost, writers, examples run) are merged into
`test-artifacts/reliability.json`, which docs/reliability.md quotes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("worker.py")
FIGURES = ROOT / "test-artifacts" / "reliability.json"


def record_figures(section: str, **figures: Any) -> None:
    """Merge `figures` under `section` in test-artifacts/reliability.json."""
    FIGURES.parent.mkdir(exist_ok=True)
    data = json.loads(FIGURES.read_text()) if FIGURES.exists() else {}
    data[section] = figures
    FIGURES.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def start_worker(journal: Path, tag: str, count: int, mode: str = "api", start_at: float | None = None) -> subprocess.Popen[str]:
    """Start `worker.py` as a child process writing to `journal`; stdout is its acknowledgements."""
    args = [sys.executable, str(WORKER), str(journal), tag, str(count), mode]
    if start_at is not None:
        args.append(repr(start_at))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


@pytest.fixture
def record() -> Any:
    """The `record_figures` function, as a fixture."""
    return record_figures


@pytest.fixture
def spawn() -> Any:
    """The `start_worker` function, as a fixture."""
    return start_worker
