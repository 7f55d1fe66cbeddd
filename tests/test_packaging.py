"""Packaging facts: environment.yml and pyproject agree, the import stays light."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _name_and_spec(requirement: str) -> tuple[str, str]:
    match = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", requirement)
    assert match, requirement
    return match.group(1).lower().replace("_", "-"), match.group(2).replace(" ", "")


def _pyproject_requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = list(project["dependencies"])
    for extra in ("test", "app"):
        reqs += project["optional-dependencies"][extra]
    return dict(_name_and_spec(r) for r in reqs)


def _conda_requirements() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps = [d for d in env["dependencies"] if isinstance(d, str)]
    return dict(_name_and_spec(d) for d in deps if not d.startswith(("python", "pip")))


def test_environment_yml_lists_the_same_packages_as_pyproject():
    assert _conda_requirements() == _pyproject_requirements()


def test_environment_yml_uses_conda_forge_and_installs_the_package_editable():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d for d in env["dependencies"] if isinstance(d, dict))
    assert env["channels"] == ["conda-forge"]
    assert pip_section["pip"] == ["-e ."]


def test_python_floor_matches():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert project["requires-python"] == ">=3.11"
    assert "python>=3.11" in env["dependencies"]


def test_import_reconcile_kit_loads_no_heavy_libraries():
    code = (
        "import sys, reconcile_kit;"
        "print(sorted(m for m in ('pandas','numpy','matplotlib','ipywidgets') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_package_is_typed():
    assert (ROOT / "reconcile_kit" / "py.typed").exists()
