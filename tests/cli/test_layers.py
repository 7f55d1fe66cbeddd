"""The CLI's layers: no module of reconcile_kit/cli/ imports the package `__init__` (which imports them).

Command modules import `base` and lower layers only, so there is no import circle, not even
through the module names in `PLUGIN_MODULES` / `LAZY_COMMANDS`, which the group imports lazily.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import reconcile_kit.cli
from reconcile_kit.cli.base import LAZY_COMMANDS, PLUGIN_MODULES

PACKAGE = "reconcile_kit.cli"
FOLDER = Path(reconcile_kit.cli.__file__).parent
SUBMODULES = {path.stem for path in FOLDER.glob("*.py")} - {"__init__"}


def _absolute(module: str | None, level: int, name: str) -> str:
    """The absolute name a `from` import reads from, for a module `name` of the cli package."""
    if level == 0:
        return module or ""
    return ".".join(name.split(".")[:-level] + ([module] if module else []))


def imports_of_the_package(path: Path) -> list[str]:
    """Each import in `path` that reads the package `__init__`, as 'line N: what'."""
    name = f"{PACKAGE}.{path.stem}"
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [f"line {node.lineno}: import {alias.name}" for alias in node.names if alias.name == PACKAGE]
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(node.module, node.level, name)
            if source == PACKAGE:  # `from . import base` is fine; `from . import open_journal` is not
                found += [f"line {node.lineno}: from {source} import {alias.name}"
                          for alias in node.names if alias.name not in SUBMODULES]
            elif source == "reconcile_kit":
                found += [f"line {node.lineno}: from reconcile_kit import cli" for alias in node.names if alias.name == "cli"]
        elif isinstance(node, ast.Constant) and node.value in (PACKAGE, ".cli"):  # importlib.import_module("...")
            found.append(f"line {node.lineno}: the string {node.value!r}")
    return sorted(found, key=lambda text: int(text.split(":")[0].split()[1]))


def test_the_cli_package_has_its_modules():
    assert {"base", "entries", "io", "backup", "workspace", "times", "tables", "status", "check", "remind"} <= SUBMODULES


@pytest.mark.parametrize("module", sorted(SUBMODULES))
def test_command_modules_do_not_import_the_package_init(module):
    assert imports_of_the_package(FOLDER / f"{module}.py") == []


def test_the_check_sees_each_kind_of_import_of_the_package(tmp_path):
    path = tmp_path / "entries.py"
    path.write_text("from . import open_journal\nfrom . import base\nfrom .. import cli\nfrom ..cli import main\n"
                    "import reconcile_kit.cli\nfrom reconcile_kit.cli import cli\nfrom .base import KitError\n"
                    "importlib.import_module('reconcile_kit.cli')\n")
    assert [line.split(":")[0] for line in imports_of_the_package(path)] == [
        "line 1", "line 3", "line 4", "line 5", "line 6", "line 8"]


def test_lazily_loaded_modules_are_submodules_not_the_package():
    named = set(PLUGIN_MODULES) | {module for module, _ in LAZY_COMMANDS.values()}
    assert named == {f"{PACKAGE}.{stem}" for stem in ("backup", "workspace", "status", "check", "remind")}
