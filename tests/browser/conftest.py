"""Fixtures for the browser suite: one JupyterLab, one Voila and one Chromium per session.

Needs Debian's Chromium at /usr/bin/chromium (Playwright cannot download browsers here).
Without it the suite skips with the reason, except under CI=true, where it fails.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reconcile_kit import workspace

from . import servers
from .jlab import screenshot

if importlib.util.find_spec("playwright") is None:  # the suite needs the test extra; say so instead of erroring
    collect_ignore_glob = ["test_*.py"]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
VIEWPORT = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test here `browser`; let it use loopback sockets when pytest-socket is active."""
    here = Path(__file__).parent
    socket_plugin = config.pluginmanager.hasplugin("socket") or config.pluginmanager.hasplugin("pytest_socket")
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.browser)
            if socket_plugin:
                item.add_marker(pytest.mark.enable_socket)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Keep each phase's report on the item, so the page fixture can take a picture of a failure."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def _missing_browser(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the browser tests must run; apt-get install chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium for the whole session."""
    if not CHROMIUM.exists():
        _missing_browser(f"{CHROMIUM} is missing: apt-get install chromium to run the browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing_browser("Playwright for Python is not installed: pip install 'reconcile-kit[test]'")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def kit_dirs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A session folder for Jupyter's dirs, the workspace and the journals."""
    return tmp_path_factory.mktemp("browser")


@pytest.fixture(scope="session")
def lab_journal(kit_dirs: Path) -> Path:
    """Where the Lab notebooks' journal lives ($RECONCILE_KIT_JOURNAL of the server and its kernels)."""
    path = kit_dirs / "journals" / "lab.sqlite3"
    path.parent.mkdir(mode=0o700)
    return path


@pytest.fixture(scope="session")
def lab_server(browser: object, kit_dirs: Path, lab_journal: Path) -> Iterator[servers.Server]:
    """JupyterLab on a free loopback port, in a workspace made by `reconcile_kit.workspace`."""
    root = kit_dirs / "workspace"
    workspace.prepare_workspace(root)
    env = servers.jupyter_env(kit_dirs / "lab-jupyter", workspace.kit_environment(root, demo=False, base={
        "RECONCILE_KIT_JOURNAL": str(lab_journal), "RECONCILE_KIT_DEMO_DIR": str(kit_dirs / "demo")}))
    server = servers.start_lab(root, env, kit_dirs / "lab.log")
    yield server
    servers.stop(server)
    shutil.copy(kit_dirs / "lab.log", _artifacts() / "jupyterlab.log")


@pytest.fixture
def lab(lab_server: servers.Server, lab_journal: Path) -> Iterator[servers.Server]:
    """The session's JupyterLab, with its journal reset to the demo story (Alex and Robin) for this test.

    Afterwards every kernel is shut down, so the next test starts from a quiet server.
    """
    from reconcile_kit.demo import demo_journal

    for stale in lab_journal.parent.glob(lab_journal.name + "*"):
        stale.unlink()
    demo_journal(lab_journal).close()
    yield lab_server
    servers.shutdown_sessions(lab_server)


@pytest.fixture(scope="session")
def voila_journal(kit_dirs: Path) -> Path:
    """The Voila app's own journal (a fresh, empty one), apart from Lab's."""
    path = kit_dirs / "journals" / "voila.sqlite3"
    path.parent.mkdir(mode=0o700, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def voila(browser: object, kit_dirs: Path, voila_journal: Path) -> Iterator[servers.Server]:
    """Voila serving the packaged app notebook on a free loopback port."""
    pytest.importorskip("voila", reason="the app needs the optional extra reconcile-kit[app]")
    env = servers.jupyter_env(kit_dirs / "voila-jupyter", {"RECONCILE_KIT_JOURNAL": str(voila_journal)})
    server = servers.start_voila(workspace.app_notebook(), env, kit_dirs / "voila.log")
    yield server
    servers.stop(server)
    shutil.copy(kit_dirs / "voila.log", _artifacts() / "voila.log")


@pytest.fixture
def page(browser: object, request: pytest.FixtureRequest) -> Iterator[object]:
    """A fresh browser context and page; on failure a screenshot goes to test-artifacts/screenshots/."""
    context = browser.new_context(viewport=VIEWPORT)  # type: ignore[attr-defined]
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.dismiss())
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        screenshot(page, f"failed_{request.node.name}")
    context.close()


def _artifacts() -> Path:
    path = Path(__file__).resolve().parents[2] / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path
