"""Every shipped notebook runs to the end in JupyterLab without an error; a picture of each is kept."""

from __future__ import annotations

import pytest

from reconcile_kit.workspace import WorkspaceError, shipped_notebooks_dir

from .conftest import NotebookRunner

pytestmark = pytest.mark.browser


def shipped() -> list[str]:
    """The numbered notebooks the kit ships (none before they are written)."""
    try:
        return sorted(p.name for p in shipped_notebooks_dir().glob("[0-9][0-9]_*.ipynb"))
    except WorkspaceError:
        return []


@pytest.mark.parametrize("name", shipped())
def test_notebook_runs_all_without_error_and_is_photographed(notebooks: NotebookRunner, name: str) -> None:
    errors, picture = notebooks.result(name)
    assert (errors, picture.name, picture.stat().st_size > 10_000) == ([], name.replace(".ipynb", ".png"), True)
