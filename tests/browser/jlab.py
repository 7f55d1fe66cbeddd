"""Drive JupyterLab and the kit's widgets with Playwright: open a notebook, run it, find a form, take a picture."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import Locator, Page, expect

from .servers import Server

RUN_TIMEOUT_MS = 120_000
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

# True once the notebook has no queued or running cell ("[*]") and every code cell ran
_RUN_DONE_JS = """() => {
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')];
  return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""

# the height all the cells need (scroll-independent), plus where the notebook starts on the page
_CONTENT_HEIGHT_JS = """(el) => {
  const cells = el.querySelectorAll('.jp-Cell');
  if (!cells.length) return el.scrollHeight;
  const top = cells[0].getBoundingClientRect().top, bottom = cells[cells.length - 1].getBoundingClientRect().bottom;
  return bottom - top + el.getBoundingClientRect().top + 80;
}"""
_SCROLL_TOP_JS = """(el) => { for (const n of [el, ...el.querySelectorAll('.jp-WindowedPanel-outer')]) n.scrollTop = 0; }"""
# resolves once the browser has drawn two more frames: Lab lays out again on the frame after a resize
_TWO_FRAMES_JS = """() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))"""


def open_notebook(page: Page, lab: Server, name: str) -> Locator:
    """Open `name` (e.g. "01_log_interactions.ipynb") in JupyterLab with a fresh layout; wait for an idle kernel."""
    page.goto(f"{lab.url}/lab/tree/{quote(name)}?reset&token={lab.token}")
    notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")
    expect(notebook).to_be_visible(timeout=60_000)
    wait_idle(page)
    return notebook


def wait_idle(page: Page, timeout: float = 60_000) -> None:
    """Wait for the kernel status "| Idle" in the status bar (the execution indicator says idle too early)."""
    expect(page.locator("#jp-main-statusbar").get_by_text("| Idle")).to_be_visible(timeout=timeout)


def menu(page: Page, top: str, item: str) -> None:
    """Click `item` in the menu bar's `top` menu (e.g. "Run", "Run All Cells")."""
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(f"^{top}$")).first.click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(f"^{item}$")).first.click()


def run_all(page: Page) -> None:
    """Clear the saved outputs, Run All Cells, and wait until every cell has run and the kernel is idle.

    Clearing first matters: the shipped notebooks carry execution counts, which would make
    a run look finished before it started.
    """
    menu(page, "Edit", "Clear Outputs of All Cells")
    expect(page.locator(".jp-Notebook .jp-CodeCell .jp-InputArea-prompt", has_text=re.compile(r"\d"))).to_have_count(0)
    menu(page, "Run", "Run All Cells")
    page.wait_for_function(_RUN_DONE_JS, timeout=RUN_TIMEOUT_MS)
    wait_idle(page, RUN_TIMEOUT_MS)


def error_outputs(page: Page) -> list[str]:
    """The text of every error output in the notebook (tracebacks), to show why a run failed."""
    return page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts() + \
        page.locator(".jp-RenderedText[data-mime-type='application/vnd.jupyter.error']").all_inner_texts()


def widget_box(page: Page, text: str) -> Locator:
    """The innermost rendered widget container (a VBox) whose heading contains `text`, e.g. "Log a contact"."""
    return page.locator(".widget-vbox", has=page.locator(".widget-html", has_text=text)).last


def labelled(box: Locator, label: str, kind: str) -> Locator:
    """The input of the widget labelled `label` inside `box`: kind is "text", "textarea" or "select"."""
    selector = {"text": ".widget-text", "textarea": ".widget-textarea", "select": ".widget-dropdown"}[kind]
    inner = {"text": "input", "textarea": "textarea", "select": "select"}[kind]
    return box.locator(selector, has=box.page.locator(".widget-label", has_text=label)).locator(inner).first


def button(box: Locator, text: str) -> Locator:
    """The widget button whose caption is `text`."""
    return box.locator(".widget-button", has_text=text).first


def screenshot(page: Page, name: str, *, full: Locator | None = None) -> Path:
    """Save a PNG under test-artifacts/screenshots/; with `full`, grow the viewport so all of it shows."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    if full is None:
        page.screenshot(path=str(path))
        return path
    size = page.viewport_size or {"width": 1280, "height": 900}
    height = page.evaluate(_CONTENT_HEIGHT_JS, full.element_handle())
    page.set_viewport_size({"width": size["width"], "height": min(max(int(height), size["height"]), 12_000)})
    page.evaluate(_TWO_FRAMES_JS)  # Lab has laid itself out for the new size
    page.evaluate(_SCROLL_TOP_JS, full.element_handle())
    page.evaluate(_TWO_FRAMES_JS)  # and drawn the scrolled page
    full.screenshot(path=str(path))
    page.set_viewport_size(size)
    return path
