"""Logging a contact in JupyterLab (notebook 01): the journal, the table and the advice all show it.

The three tests share one run of the notebook (and one kernel), so each uses its own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Locator, expect

from reconcile_kit.store import Journal

from .conftest import NotebookRunner
from .jlab import button, labelled, widget_box

pytestmark = pytest.mark.browser

NOTEBOOK = "01_log_interactions.ipynb"
XSS = '<img src=x onerror="window.__pwned=1">'


def log_form(notebooks: NotebookRunner) -> Locator:
    """The log form of notebook 01 after Run All."""
    form = widget_box(notebooks.open(NOTEBOOK), "Log a contact")
    expect(form).to_be_visible()
    return form


def test_logged_contact_reaches_journal_table_and_advice(notebooks: NotebookRunner, lab_journal: Path) -> None:
    form = log_form(notebooks)
    labelled(form, "In a few words", "text").fill("Robin wrote: please give me space")
    labelled(form, "What it was", "select").select_option(label="They asked for no contact / blocked me")
    labelled(form, "Who reached out", "select").select_option(label="They reached out")
    button(form, "Log").click()
    expect(form).to_contain_text("Logged: Robin wrote: please give me space")
    page = notebooks.page
    expect(widget_box(page, "Your recent entries").locator("table")).to_contain_text("Robin wrote: please give me space")
    expect(page.locator(".widget-html", has_text="Where you are").last).to_contain_text("asked for no contact")
    with Journal.open(lab_journal) as journal:
        assert "Robin wrote: please give me space" in set(journal.timeline()["summary"])


def test_markup_in_a_summary_is_shown_as_text_never_run(notebooks: NotebookRunner) -> None:
    form = log_form(notebooks)
    labelled(form, "In a few words", "text").fill(f"Sent {XSS} a hello")
    button(form, "Log").click()
    expect(widget_box(notebooks.page, "Your recent entries").locator("table")).to_contain_text(f"Sent {XSS} a hello")
    assert notebooks.page.evaluate("() => typeof window.__pwned") == "undefined"


def test_empty_summary_shows_the_error_and_keeps_what_was_typed(notebooks: NotebookRunner) -> None:
    form = log_form(notebooks)
    labelled(form, "In a few words", "text").fill("")
    labelled(form, "Full text (optional)", "textarea").fill("Saw the film you loved and thought of you.")
    labelled(form, "Notes to myself", "textarea").fill("Felt calm writing it")
    button(form, "Log").click()
    expect(form.locator(".widget-html", has_text="In a few words is empty")).to_be_visible()
    expect(labelled(form, "Full text (optional)", "textarea")).to_have_value("Saw the film you loved and thought of you.")
    expect(labelled(form, "Notes to myself", "textarea")).to_have_value("Felt calm writing it")
