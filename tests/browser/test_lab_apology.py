"""The apology workbench in JupyterLab (notebook 04): non-apology patterns are highlighted as you type."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from .jlab import open_notebook, run_all, widget_box
from .servers import Server

APOLOGY = "I'm sorry if you were hurt, but I was under a lot of stress that year."

pytestmark = pytest.mark.browser


def test_but_and_if_you_were_hurt_are_highlighted(page: Page, lab: Server) -> None:
    open_notebook(page, lab, "04_heart_to_heart_and_apology.ipynb")
    run_all(page)
    bench = widget_box(page, "apology")
    bench.locator(".widget-textarea textarea").first.fill(APOLOGY)
    marks = bench.locator("mark")
    expect(marks.filter(has_text="but")).to_have_count(1)
    expect(marks.filter(has_text="if you were hurt")).to_have_count(1)
