"""Every shipped notebook runs to the end in JupyterLab without an error; a picture of each is kept."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from reconcile_kit.workspace import WorkspaceError, shipped_notebooks_dir

from .jlab import error_outputs, open_notebook, run_all, screenshot
from .servers import Server

pytestmark = pytest.mark.browser


def shipped() -> list[str]:
    """The numbered notebooks the kit ships (none before they are written)."""
    try:
        return sorted(p.name for p in shipped_notebooks_dir().glob("[0-9][0-9]_*.ipynb"))
    except WorkspaceError:
        return []


@pytest.mark.parametrize("name", shipped())
def test_notebook_runs_all_and_is_photographed(page: Page, lab: Server, name: str) -> None:
    notebook = open_notebook(page, lab, name)
    run_all(page)
    path = screenshot(page, name.removesuffix(".ipynb"), full=notebook)
    assert (error_outputs(page), path.stat().st_size > 10_000) == ([], True)
