"""A closed path in a real browser: notebook 03 and the app on a journal where Sam asked for no contact.

Both run in the session's JupyterLab on its journal, rebuilt for these tests as the `boundary`
state of tests/states.py; the shared notebook runner rebuilds the demo there when it next opens
a notebook. The app is its packaged notebook (the page `reconcile-kit app` serves), copied into
the workspace and run in Lab.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from reconcile_kit import workspace
from reconcile_kit.store import Journal
from tests.states import build

from . import servers
from .conftest import NotebookRunner
from .jlab import button, error_outputs, labelled, open_notebook, run_all, screenshot, widget_box

pytestmark = pytest.mark.browser

APP_COPY = "care_app.ipynb"


@pytest.fixture
def boundary_lab(lab_runner: NotebookRunner, lab_server: servers.Server, lab_journal: Path) -> Iterator[servers.Server]:
    """The session's Lab with its journal replaced by the `boundary` state; sessions shut down afterwards."""
    lab_runner.close()  # no kernel may hold the journal while it is replaced
    for stale in lab_journal.parent.glob(lab_journal.name + "*"):
        stale.unlink()
    build("boundary", lab_journal)
    yield lab_server
    servers.shutdown_sessions(lab_server)


def run(page: Page, lab: servers.Server, name: str) -> Any:
    """Open `name` in Lab, Run All, and fail with the tracebacks if any cell failed."""
    notebook = open_notebook(page, lab, name)
    run_all(page)
    assert error_outputs(page) == []
    return notebook


def test_notebook_03_on_a_boundary_shows_the_closure_path_first(page: Page, boundary_lab: servers.Server) -> None:
    notebook = run(page, boundary_lab, "03_asking_to_meet.ipynb")
    card = widget_box(page, "Where you are: Closing the chapter")
    expect(card).to_contain_text("Sam asked for no contact. Every page of the kit now turns to you")
    expect(widget_box(page, "Checklist: Closing the chapter")).to_contain_text("Honour their wish fully")
    shown = " ".join(notebook.locator(".jp-OutputArea-output").all_inner_texts())
    assert ("Checklist: Asking to meet" in shown, "If they say no, what would you like" in shown) == (False, False)
    screenshot(page, "care_03_boundary", full=notebook)


def test_the_app_on_a_boundary_puts_closure_first_and_keeps_the_letter(
    page: Page, boundary_lab: servers.Server, lab_journal: Path
) -> None:
    shutil.copy(workspace.app_notebook(), boundary_lab.root / APP_COPY)
    notebook = run(page, boundary_lab, APP_COPY)
    text = notebook.locator(".jp-OutputArea").first.inner_text()
    assert text.index("Where you stand") < text.index("What is left is yours") < text.index("Log something")
    form = widget_box(page, "Log a contact")
    expect(labelled(form, "Who reached out", "select").locator("option:checked")).to_have_text("They reached out")
    letter = widget_box(page, "The letter you will not send")
    letter.locator("textarea").fill("Dear Sam, I am sorry for how it ended. I will not send this.")
    button(letter, "Save").click()
    expect(letter).to_contain_text("Saved.")
    screenshot(page, "care_app_boundary", full=notebook)
    with Journal.open(lab_journal) as journal:
        assert journal.latest_reflection("unsent_letter") == "Dear Sam, I am sorry for how it ended. I will not send this."
