"""Run a notebook's code cells in this process on a given journal, and collect what it shows (no kernel).

Every form's `show()` hands `display` a bundle whose text/plain is the form's `describe()`; this
collects those texts, and the printed lines, in order. Demo journals the notebook opens are copies
of one build per ending (the same story), so a run takes a second, not a minute.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from reconcile_kit import demo
from reconcile_kit.store import Journal

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
OURS = ("00_start_here", "03_asking_to_meet", "04_heart_to_heart_and_apology", "05_outcome_and_next_steps")


def _text(shown: Any) -> str:
    if isinstance(shown, dict):
        return str(shown.get("text/plain", ""))
    describe = getattr(shown, "describe", None)
    return describe() if callable(describe) else ""


def run_notebook(name: str, journal_path: Path, monkeypatch: pytest.MonkeyPatch, builds: dict[str, Path]) -> str:
    """Execute notebook `name` against `journal_path` (as $RECONCILE_KIT_JOURNAL); return all it showed and printed."""
    import IPython.display

    shown: list[str] = []

    def cached_demo(path: Any = None, ending: str = "reconciling") -> Journal:
        shutil.copy(builds[ending], path)
        return Journal.open(path)

    monkeypatch.setenv("RECONCILE_KIT_JOURNAL", str(journal_path))
    monkeypatch.delenv("RECONCILE_KIT_DEMO", raising=False)
    monkeypatch.setattr(demo, "demo_journal", cached_demo)
    monkeypatch.setattr(IPython.display, "display", lambda *objs, **_kw: shown.extend(_text(o) for o in objs))
    printed = io.StringIO()
    namespace: dict[str, Any] = {}
    with contextlib.redirect_stdout(printed):
        for cell in json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                exec("".join(cell["source"]), namespace)  # noqa: S102 - our own committed notebooks
    for opened in [v for v in namespace.values() if type(v).__name__ == "Journal"]:
        opened.close()
    return "\n".join(shown + [printed.getvalue()])
