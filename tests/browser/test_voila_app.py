"""The no-code app (Voila): it loads (icons and all, from this computer), a contact is logged, the new row shows."""

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
    check = button(form, "Log").locator("i.fa-check")  # the icon: Voila's own Font Awesome, not a CDN's
    assert "Font Awesome" in check.evaluate("icon => getComputedStyle(icon, '::before').fontFamily")
    labelled(form, "In a few words", "text").fill("Sent a short hello about the concert")
    button(form, "Log").click()
    expect(widget_box(page, "Your recent entries").locator("table")).to_contain_text("Sent a short hello about the concert")
    screenshot(page, "app_voila", full=page.locator("#rendered_cells"))
    with Journal.open(voila_journal) as journal:
        assert list(journal.timeline()["summary"]) == ["Sent a short hello about the concert"]


LONG = "Longword_" + "a" * 120 + " " + "word " * 73  # 494 characters (the most is 500), one word wider than the page


def test_at_800_px_long_text_wraps_and_the_pronouns_show(page: Page, voila: Server) -> None:
    """A long summary wraps in the entries table and the "Logged: ..." line (no sideways scroll needed)."""
    page.set_viewport_size({"width": 800, "height": 900})
    page.goto(f"{voila.url}/?token={voila.token}")
    form = widget_box(page, "Log a contact")
    expect(form).to_be_visible(timeout=90_000)
    labelled(form, "In a few words", "text").fill(LONG.strip())
    button(form, "Log").click()
    table = widget_box(page, "Your recent entries").locator("table")
    expect(table).to_contain_text("Longword_")
    screenshot(page, "app_800_wraps", full=page.locator("#rendered_cells"))
    status = form.locator(".widget-html", has_text="Logged: Longword_")
    widths = [int(box["x"] + box["width"]) for box in (table.bounding_box(), status.bounding_box())]
    assert max(widths) <= 800 and page.evaluate("document.documentElement.scrollWidth") <= 800
    pronouns = labelled(widget_box(page, "Start your journal"), "Their pronouns", "text")
    assert pronouns.input_value() == "they/them"
    assert pronouns.evaluate("input => input.scrollWidth <= input.clientWidth") is True
