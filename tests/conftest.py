"""Shared fixtures: every test runs with private tmp dirs in place of the user's own folders.

Fixtures for all test files (names are stable; other test files rely on them):
- `isolated_dirs` (autouse): $HOME, the XDG dirs, MPLCONFIGDIR, Jupyter dirs and
  RECONCILE_KIT_JOURNAL point into the test's tmp dir; TZ is UTC. Returns that dir.
- `journal`: a fresh, empty `Journal` in tmp_path, closed after the test.
- `demo` / `closure_demo`: the demo journal (ending "reconciling" / "closure") in tmp_path,
  a copy of one build per session, so they are cheap.
- `make_interaction`: a function building a valid `Interaction` from a few overrides.
- `rules_alone`: the language checks with the learned reading switched off (the rule tests of
  tests/guide and tests/care use it).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from reconcile_kit.demo import demo_journal
from reconcile_kit.model import Interaction
from reconcile_kit.store import Journal

_ENV_DIRS = {
    "HOME": "home",
    "USERPROFILE": "home",
    "APPDATA": "appdata",
    "LOCALAPPDATA": "localappdata",
    "XDG_DATA_HOME": "data",
    "XDG_CACHE_HOME": "cache",
    "XDG_CONFIG_HOME": "config",
    "XDG_STATE_HOME": "state",
    "MPLCONFIGDIR": "mpl",
    "JUPYTER_CONFIG_DIR": "jupyter-config",
    "JUPYTER_DATA_DIR": "jupyter-data",
    "IPYTHONDIR": "ipython",
}


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point every user folder the kit could touch at the test's own tmp dir."""
    root = tmp_path / "_user"
    for variable, name in _ENV_DIRS.items():
        (root / name).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(root / name))
    monkeypatch.setenv("RECONCILE_KIT_JOURNAL", str(root / "data" / "reconcile-kit" / "journal.sqlite3"))
    monkeypatch.delenv("RECONCILE_KIT_DEMO", raising=False)
    monkeypatch.delenv("RECONCILE_KIT_PASSPHRASE", raising=False)
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield root
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    """A fresh, empty journal at tmp_path / "journal.sqlite3"."""
    with Journal.open(tmp_path / "journal.sqlite3") as opened:
        yield opened


@pytest.fixture(scope="session")
def _demo_builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("demo-builds")
    built = {}
    for ending in ("reconciling", "closure"):
        demo_journal(folder / f"demo-{ending}.sqlite3", ending=ending).close()
        built[ending] = folder / f"demo-{ending}.sqlite3"
    return built


def _copy_demo(source: Path, target: Path) -> Journal:
    shutil.copy2(source, target)
    return Journal.open(target)


@pytest.fixture
def demo(tmp_path: Path, _demo_builds: dict[str, Path]) -> Iterator[Journal]:
    """The demo journal (ending "reconciling"), a private copy in tmp_path / "demo.sqlite3"."""
    with _copy_demo(_demo_builds["reconciling"], tmp_path / "demo.sqlite3") as opened:
        yield opened


@pytest.fixture
def closure_demo(tmp_path: Path, _demo_builds: dict[str, Path]) -> Iterator[Journal]:
    """The demo journal with the closure ending, in tmp_path / "demo-closure.sqlite3"."""
    with _copy_demo(_demo_builds["closure"], tmp_path / "demo-closure.sqlite3") as opened:
        yield opened


@pytest.fixture
def make_interaction() -> Callable[..., Interaction]:
    """Return `make(**overrides) -> Interaction`: an outgoing text at 2026-05-01 18:30 UTC."""

    def make(**overrides: Any) -> Interaction:
        fields: dict[str, Any] = {
            "at": datetime(2026, 5, 1, 18, 30, tzinfo=timezone.utc),
            "channel": "text",
            "direction": "out",
            "kind": "message",
            "summary": "coffee at the park",
        }
        return Interaction(**(fields | overrides))

    return make


# ---------------------------------------------------------------------------------------------
# No network (reliability helper, issue 8). Every test runs with network sockets blocked by
# pytest-socket (Unix sockets stay allowed: asyncio and Jupyter use socketpairs); only tests
# marked `browser` (tests/browser/, loopback only) may open them. `-p no:socket` (the notebook
# and browser runs, whose kernels talk over loopback ZMQ) turns the block off.
# ---------------------------------------------------------------------------------------------
@pytest.hookimpl(trylast=True)  # after pytest-socket's own setup, so this is the final word
def pytest_runtest_setup(item: pytest.Item) -> None:
    if not item.config.pluginmanager.has_plugin("socket") or item.get_closest_marker("browser"):
        return
    import pytest_socket

    pytest_socket.disable_socket(allow_unix_socket=True)


@pytest.fixture
def rules_alone(monkeypatch):
    """The checks with the learned reading switched off: what the rules themselves read.

    The rule tests pin the rules (their word tables and clause reading) on the kit's own examples.
    The learned reading on top is measured on texts nobody tuned it on (docs/guide-quality.md) and
    its mechanics and shipped behaviour are tested in tests/guide/test_learned.py (crisis wording:
    tests/care/test_second_reading.py).
    """
    from reconcile_kit.guide import learned

    monkeypatch.setattr(learned, "model", lambda kind: {})
