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
from typing import Any

import pytest

from reconcile_kit import workspace

from . import servers
from .jlab import error_outputs, open_notebook, run_all, screenshot
from .outside import OutsideWatch

if importlib.util.find_spec("playwright") is None:  # the suite needs the test extra; say so instead of erroring
    collect_ignore_glob = ["test_*.py"]

CHROMIUM = Path(os.environ.get("RECONCILE_KIT_CHROMIUM", "/usr/bin/chromium"))  # override for other distros
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",  # Chromium itself looks up no other host
]
VIEWPORT = {"width": 1280, "height": 900}
ACTION_TIMEOUT_MS = 30_000  # how long an action or an expectation waits for the page
# every request to a host other than the suite's loopback servers, from the pages or the servers
OUTSIDE = OutsideWatch()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test here `browser`; let it use loopback sockets when pytest-socket is active."""
    here = Path(__file__).parent
    socket_plugin = config.pluginmanager.hasplugin("socket") or config.pluginmanager.hasplugin("pytest_socket")
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.browser)
            if socket_plugin:
                item.add_marker(pytest.mark.enable_socket)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Fail a browser test whose pages, servers or kernels asked a host other than the loopback servers."""
    try:
        result = yield
    except BaseException:
        outside = OUTSIDE.take()  # the test failed already: add these to its report, do not hide its error
        if outside:
            item.add_report_section("call", "outside requests", "\n".join(outside))
        raise
    if item.get_closest_marker("browser"):
        OUTSIDE.check()
    return result


def new_context(browser: Any) -> Any:
    """A browser context with the suite's viewport and timeout, its requests watched by OUTSIDE."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    OUTSIDE.watch(context)
    return context


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
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session."""
    if not CHROMIUM.exists():
        _missing_browser(f"{CHROMIUM} is missing: apt-get install chromium to run the browser tests")
    try:
        from playwright.sync_api import expect, sync_playwright
    except ImportError:
        _missing_browser("Playwright for Python is not installed: pip install 'reconcile-kit[test]'")
    # an expectation waits for its event as long as an action does (Playwright's own default is 5 s): on a
    # busy machine a click's round trip through the kernel (write, refresh the table and the advice) takes longer
    expect.set_options(timeout=ACTION_TIMEOUT_MS)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()
    OUTSIDE.check()  # anything that arrived after the last test's check


@pytest.fixture(scope="session")
def kit_dirs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A session folder for Jupyter's dirs, the workspace and the journals."""
    return tmp_path_factory.mktemp("browser")


@pytest.fixture(scope="session")
def lab_journal(kit_dirs: Path) -> Path:
    """Where the Lab notebooks' journal lives ($RECONCILE_KIT_JOURNAL of the server and its kernels)."""
    path = kit_dirs / "journals" / "lab.sqlite3"
    path.parent.mkdir(mode=0o700, exist_ok=True)  # the Voila journal may have made it first
    return path


@pytest.fixture(scope="session")
def net_audit(kit_dirs: Path) -> Path:
    """The file where the servers and kernels write any attempt to reach another host."""
    path = kit_dirs / "net-audit.log"
    OUTSIDE.audit(path)
    return path


@pytest.fixture(scope="session")
def lab_server(browser: Any, kit_dirs: Path, lab_journal: Path, net_audit: Path) -> Iterator[servers.Server]:
    """JupyterLab started as `reconcile-kit lab` starts it, on a free loopback port, in a prepared workspace."""
    root = kit_dirs / "workspace"
    workspace.prepare_workspace(root)
    env = servers.jupyter_env(kit_dirs / "lab-jupyter", workspace.kit_environment(root, demo=False, base={
        "RECONCILE_KIT_JOURNAL": str(lab_journal), "RECONCILE_KIT_DEMO_DIR": str(kit_dirs / "demo")}), audit=net_audit)
    server = servers.start_lab(root, env, kit_dirs / "lab.log")
    OUTSIDE.allow(server.url)
    yield server
    servers.stop(server)
    shutil.copy(kit_dirs / "lab.log", _artifacts() / "jupyterlab.log")


class NotebookRunner:
    """Opens one notebook at a time in its own browser context, runs it, and keeps a picture of it.

    A notebook is opened, run and photographed once per session: the tests that drive its
    forms share that run, and `test_screenshots.py` reads the recorded result. Before each
    opening the journal is rebuilt from the demo story and the previous kernel is shut down.
    """

    def __init__(self, browser: Any, lab: servers.Server, journal: Path) -> None:
        self.browser, self.lab, self.journal = browser, lab, journal
        self.results: dict[str, tuple[list[str], Path]] = {}
        self.name: str | None = None
        self.context: Any = None
        self.page: Any = None

    def open(self, name: str) -> Any:
        """Return the page showing `name` after Run All (opening and running it if needed)."""
        if self.name == name:
            return self.page
        self.close()
        _fresh_demo(self.journal)
        self.context = new_context(self.browser)
        self.page = self.context.new_page()
        self.name = name
        notebook = open_notebook(self.page, self.lab, name)
        run_all(self.page)
        self.results[name] = (error_outputs(self.page), screenshot(self.page, name.removesuffix(".ipynb"), full=notebook))
        return self.page

    def result(self, name: str) -> tuple[list[str], Path]:
        """The error outputs and screenshot path of `name`'s Run All."""
        if name not in self.results:
            self.open(name)
        return self.results[name]

    def close(self) -> None:
        """Close the current notebook's browser context and shut its kernel down."""
        if self.context is not None:
            self.context.close()
            servers.shutdown_sessions(self.lab)
        self.name = self.context = self.page = None


def _fresh_demo(journal: Path) -> None:
    from reconcile_kit.demo import demo_journal

    for stale in journal.parent.glob(journal.name + "*"):
        stale.unlink()
    demo_journal(journal).close()


@pytest.fixture(scope="session")
def lab_runner(browser: Any, lab_server: servers.Server, lab_journal: Path) -> Iterator[NotebookRunner]:
    """The session's notebook runner on the shared JupyterLab."""
    runner = NotebookRunner(browser, lab_server, lab_journal)
    yield runner
    runner.close()


@pytest.fixture
def notebooks(lab_runner: NotebookRunner, request: pytest.FixtureRequest) -> Iterator[NotebookRunner]:
    """The notebook runner; on a failed test, the page it shows is saved as failed_<test>.png."""
    yield lab_runner
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed and lab_runner.page is not None:
        screenshot(lab_runner.page, f"failed_{request.node.name}")


@pytest.fixture(scope="session")
def voila_journal(kit_dirs: Path) -> Path:
    """The Voila app's own journal (a fresh, empty one), apart from Lab's."""
    path = kit_dirs / "journals" / "voila.sqlite3"
    path.parent.mkdir(mode=0o700, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def voila(browser: Any, kit_dirs: Path, voila_journal: Path, net_audit: Path) -> Iterator[servers.Server]:
    """The app served as `reconcile-kit app` serves it (the kit's Voila template), on a free loopback port."""
    pytest.importorskip("voila", reason="the app needs the optional extra reconcile-kit[app]")
    env = servers.jupyter_env(kit_dirs / "voila-jupyter", {"RECONCILE_KIT_JOURNAL": str(voila_journal)}, audit=net_audit)
    server = servers.start_voila(env, kit_dirs / "voila.log")
    OUTSIDE.allow(server.url)
    yield server
    servers.stop(server)
    shutil.copy(kit_dirs / "voila.log", _artifacts() / "voila.log")


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh browser context and page; on failure a screenshot goes to test-artifacts/screenshots/."""
    context = new_context(browser)
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
