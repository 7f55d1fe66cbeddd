"""The no-code app (Voila): it loads, a contact is logged, the new row shows in the table."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from reconcile_kit.store import Journal

from .jlab import button, labelled, screenshot, widget_box
from .servers import Server

pytestmark = pytest.mark.browser


def test_app_logs_a_contact_and_shows_the_row(page: Page, voila: Server, voila_journal: Path) -> None:
    page.goto(f"{voila.url}/?token={voila.token}")
    form = widget_box(page, "Log a contact")
    expect(form).to_be_visible(timeout=90_000)
    labelled(form, "In a few words", "text").fill("Sent a short hello about the concert")
    button(form, "Log").click()
    expect(widget_box(page, "Your recent entries").locator("table")).to_contain_text("Sent a short hello about the concert")
    screenshot(page, "app_voila", full=page.locator("#rendered_cells"))
    with Journal.open(voila_journal) as journal:
        assert list(journal.timeline()["summary"]) == ["Sent a short hello about the concert"]
