"""The apology workbench in JupyterLab (notebook 04): non-apology patterns are highlighted as you type."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import NotebookRunner
from .jlab import widget_box

pytestmark = pytest.mark.browser

APOLOGY = "I'm sorry if you were hurt, but I was under a lot of stress that year."


def test_but_and_if_you_were_hurt_are_highlighted(notebooks: NotebookRunner) -> None:
    bench = widget_box(notebooks.open("04_heart_to_heart_and_apology.ipynb"), "apology")
    bench.locator(".widget-textarea textarea").first.fill(APOLOGY)
    # the vague "sorry" (sorry only for their feelings, the act never named: round 13's sentence in
    # tests/data/corpora/DEFINITIONS.md, learned since round 14), the conditional "if you were hurt" (sorry for
    # their feelings too), the "but", and since round 11 the excuse "I was under a lot" (stress offered to lessen
    # the writer's part)
    expect(bench.locator("mark")).to_have_text(["sorry", "if you were hurt", "but", "I was under a lot"])
    expect(bench.locator("mark").first).to_have_attribute("title", re.compile("does not say what you are sorry for"))
    expect(bench.locator("mark").nth(1)).to_have_attribute("title", re.compile("'If' makes the hurt sound uncertain"))
