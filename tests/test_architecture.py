"""The package's plan holds: no import circles, imports point down the layers (docs/architecture.md).

Every `import` and `from ... import` in every module counts, wherever it stands: at the top,
inside a function (a lazy import), or under `if TYPE_CHECKING:`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "reconcile_kit"

# Lower layers never import higher ones (docs/architecture.md, "Layers").
LAYERS: dict[str, int] = {
    "errors": 0, "environment": 0, "files": 0, "arrays": 0, "clock": 0, "model": 0, "person": 0,
    "timeline": 1, "store": 1, "importers": 1, "tone": 1,
    "cadence": 2,
    "guide": 3, "care": 3, "demo": 3, "export": 3, "calendar_file": 3,
    "charts": 4, "workspace": 4,
    "forms": 5, "notebook_helpers": 5, "cli": 5, "app": 5,
    "__init__": 6, "__main__": 6,
}  # fmt: skip


def module_name(path: Path) -> str:
    parts = ["reconcile_kit", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1]) if parts[-1] == "__init__" else ".".join(parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _resolve(name: str) -> str:
    """The most specific module of ours that `name` (a dotted path) stands for."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name


def imports_of(module: str) -> set[str]:
    """The modules of reconcile_kit that `module` imports, anywhere in its source."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {_resolve(alias.name) for alias in node.names if alias.name.startswith("reconcile_kit")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            if not base.startswith("reconcile_kit"):
                continue
            for alias in node.names:  # the package's __version__ is data, not a layer above
                if alias.name != "__version__":
                    found.add(_resolve(f"{base}.{alias.name}"))
    return {name for name in found if name and name != module}


GRAPH = {module: imports_of(module) for module in MODULES}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def layer(module: str) -> int:
    parts = module.split(".")
    return LAYERS[parts[1] if len(parts) > 1 else "__init__"]


def test_the_walk_sees_lazy_and_typing_imports():
    assert "reconcile_kit.store" in GRAPH["reconcile_kit"]  # under TYPE_CHECKING
    assert "reconcile_kit.guide" in GRAPH["reconcile_kit.forms.advice"]  # inside a method


def test_a_circle_is_found():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_circles():
    assert _cycles(GRAPH) == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_has_a_layer_and_imports_point_down(module):
    upward = sorted(target for target in GRAPH[module] if layer(target) > layer(module))
    assert upward == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_says_its_job_in_its_first_line(module):
    doc = ast.get_docstring(ast.parse(MODULES[module].read_text(encoding="utf-8")))
    assert doc and len(doc.splitlines()[0]) > 10


def test_no_module_at_the_top_is_named_by_size():
    names = [path.stem for path in PACKAGE.glob("*.py")]
    families = [n for n in names if n.startswith(("store_", "cli_", "chart", "cadence_", "demo_")) or "extra" in n]
    assert families == []
