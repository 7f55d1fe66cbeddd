"""Logging a contact in JupyterLab (notebook 01): the journal, the table and the advice all show it."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from reconcile_kit.store import Journal

from .jlab import button, labelled, open_notebook, run_all, widget_box
from .servers import Server

NOTEBOOK = "01_log_interactions.ipynb"
XSS = '<img src=x onerror="window.__pwned=1">'

pytestmark = pytest.mark.browser


def open_log_form(page: Page, lab: Server) -> object:
    """Open notebook 01, run all, and return the log form's box."""
    open_notebook(page, lab, NOTEBOOK)
    run_all(page)
    form = widget_box(page, "Log a contact")
    expect(form).to_be_visible()
    return form


def test_logged_contact_reaches_journal_table_and_advice(page: Page, lab: Server, lab_journal: Path) -> None:
    form = open_log_form(page, lab)
    labelled(form, "In a few words", "text").fill("Robin wrote: please give me space")
    labelled(form, "What it was", "select").select_option(label="They asked for no contact / blocked me")
    labelled(form, "Who reached out", "select").select_option(label="They reached out")
    button(form, "Log").click()
    expect(form).to_contain_text("Logged: Robin wrote: please give me space")
    expect(widget_box(page, "Your recent entries").locator("table")).to_contain_text("Robin wrote: please give me space")
    expect(page.locator(".widget-html", has_text="Where you are")).to_contain_text("asked for no contact")
    with Journal.open(lab_journal) as journal:
        assert journal.timeline()["summary"].iloc[-1] == "Robin wrote: please give me space"


def test_markup_in_a_summary_is_shown_as_text_never_run(page: Page, lab: Server) -> None:
    form = open_log_form(page, lab)
    labelled(form, "In a few words", "text").fill(f"Sent {XSS} a hello")
    button(form, "Log").click()
    table = widget_box(page, "Your recent entries").locator("table")
    expect(table).to_contain_text(f"Sent {XSS} a hello")
    assert page.evaluate("() => typeof window.__pwned") == "undefined"


def test_empty_summary_shows_the_error_and_keeps_what_was_typed(page: Page, lab: Server) -> None:
    form = open_log_form(page, lab)
    labelled(form, "Full text (optional)", "textarea").fill("Saw the film you loved and thought of you.")
    labelled(form, "Notes to myself", "textarea").fill("Felt calm writing it")
    button(form, "Log").click()
    expect(form.locator(".widget-html", has_text="summary")).to_be_visible()
    expect(labelled(form, "Full text (optional)", "textarea")).to_have_value("Saw the film you loved and thought of you.")
    expect(labelled(form, "Notes to myself", "textarea")).to_have_value("Felt calm writing it")
