"""Notebooks 01, 02 and 05 in JupyterLab on a personal journal with little in it (state `sparse`), photographed.

The pictures show what a new user sees, not the demo: "Using your journal.", a handful of
entries, the summary's "too early to tell" and the charts that wait for more. They are saved
as test-artifacts/screenshots/personal_<notebook>.png (the top of the notebook, or of the
section that matters, as wide as JupyterLab shows it at 1280 px) and copied by hand into
docs/images/ for the README. Uses the session's JupyterLab (conftest.py) with its journal
replaced by the state; the shared runner's notebook is closed first and rebuilds its demo
the next time it opens one.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.states import build

from . import servers
from .conftest import VIEWPORT, NotebookRunner
from .jlab import RUN_TIMEOUT_MS, SCREENSHOTS, error_outputs, menu, open_notebook, screenshot, wait_idle

pytestmark = pytest.mark.browser

# notebook -> the heading the picture starts at ("" = the top), and how tall it is
SHOTS = {
    "01_log_interactions.ipynb": ("", 1100),
    "02_contact_cadence.ipynb": ("The rhythm in a few lines", 1100),
    "05_outcome_and_next_steps.ipynb": ("", 1000),
}
# Run All is over when every code cell ran, or when one failed (Run All stops there).
_RUN_OVER_JS = """() => {
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')];
  const failed = document.querySelector('.jp-Notebook [data-mime-type="application/vnd.jupyter.stderr"], ' +
                                        '.jp-Notebook [data-mime-type="application/vnd.jupyter.error"]');
  return prompts.length > 0 && (failed !== null || prompts.every(p => /\\[\\d+\\]/.test(p.textContent)));
}"""
# A label whose text is cut off ("How they came...") reads wider than it is drawn.
_CUT_LABELS_JS = """(root) => [...root.querySelectorAll('.widget-label')]
  .filter(label => label.offsetParent !== null && label.scrollWidth > label.clientWidth + 1)
  .map(label => label.textContent)"""


@pytest.fixture(scope="module")
def sparse_lab(lab_runner: NotebookRunner, lab_server: servers.Server, lab_journal: Path) -> servers.Server:
    """The session's JupyterLab, its journal now the `sparse` state (a new user's few entries)."""
    lab_runner.close()
    for stale in lab_journal.parent.glob(lab_journal.name + "*"):
        stale.unlink()
    build("sparse", lab_journal)
    return lab_server


@pytest.fixture(scope="module")
def opened(browser: Any, sparse_lab: servers.Server) -> Any:
    """open(name) -> the page of `name` after Run All on the sparse journal, and its error outputs."""
    pages: dict[str, tuple[Page, list[str]]] = {}
    contexts = []

    def open_(name: str) -> tuple[Page, list[str]]:
        if name not in pages:
            context = browser.new_context(viewport=VIEWPORT)
            context.set_default_timeout(30_000)
            contexts.append(context)
            page = context.new_page()
            notebook = open_notebook(page, sparse_lab, name)
            _run_all(page)
            screenshot(page, f"personal_full_{name.removesuffix('.ipynb')}", full=notebook)
            pages[name] = (page, error_outputs(page))
        return pages[name]

    yield open_
    for context in contexts:
        context.close()
    servers.shutdown_sessions(sparse_lab)


def _run_all(page: Page) -> None:
    """Clear the shipped outputs, Run All, and wait until it is over (jlab.run_all, but a failing cell ends it too)."""
    menu(page, "Edit", "Clear Outputs of All Cells")
    expect(page.locator(".jp-Notebook .jp-CodeCell .jp-InputArea-prompt", has_text=re.compile(r"\d"))).to_have_count(0)
    menu(page, "Run", "Run All Cells")
    page.wait_for_function(_RUN_OVER_JS, timeout=RUN_TIMEOUT_MS)
    wait_idle(page, RUN_TIMEOUT_MS)


def _picture(page: Page, name: str, heading: str, height: int) -> Path:
    """The notebook from `heading` (or its top) down `height` pixels, at the viewport's width."""
    notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")
    start = page.locator(".jp-RenderedMarkdown h2", has_text=heading).first if heading else notebook.locator(".jp-Cell").first
    start.scroll_into_view_if_needed()
    page.evaluate("(el) => el.scrollIntoView({block: 'start'})", start.element_handle())
    page.wait_for_timeout(300)
    page.mouse.move(0, 0)  # no hover marks on the outputs
    toolbar = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-NotebookPanel-toolbar").bounding_box()
    top, area = start.bounding_box(), notebook.bounding_box()
    assert top is not None and area is not None and toolbar is not None
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"personal_{name.removesuffix('.ipynb')}.png"
    below_toolbar = toolbar["y"] + toolbar["height"] + 2
    clip = {"x": area["x"], "y": max(top["y"] - 12, below_toolbar), "width": area["width"], "height": height}
    page.set_viewport_size({"width": VIEWPORT["width"], "height": int(clip["y"] + height + 80)})
    page.wait_for_timeout(300)
    page.screenshot(path=str(path), clip=clip)
    page.set_viewport_size(VIEWPORT)
    return path


@pytest.mark.parametrize("name", list(SHOTS))
def test_opens_your_own_journal_and_is_photographed(opened: Any, name: str) -> None:
    page, _ = opened(name)
    picture = _picture(page, name, *SHOTS[name])
    expect(page.locator(".jp-OutputArea-output", has_text="Using your journal.").first).to_be_visible()
    assert picture.stat().st_size > 20_000


@pytest.mark.parametrize("name", [
    "01_log_interactions.ipynb",
    "02_contact_cadence.ipynb",
    "05_outcome_and_next_steps.ipynb",
])  # fmt: skip
def test_runs_all_without_an_error(opened: Any, name: str) -> None:
    assert opened(name)[1] == []


def test_the_log_forms_labels_are_shown_in_full(opened: Any) -> None:
    page, _ = opened("01_log_interactions.ipynb")
    notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")
    assert notebook.evaluate(_CUT_LABELS_JS) == []


def test_the_summary_says_too_early_on_a_few_entries(opened: Any) -> None:
    page, _ = opened("02_contact_cadence.ipynb")
    expect(page.locator(".jp-RenderedMarkdown li", has_text="too early to tell").first).to_be_visible()
