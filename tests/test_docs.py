"""Every CLI command (including ones other modules register) has help, is named in the README and is shown in
docs/cli.md; the README's terminal excerpts are copied from docs/cli.md (real output, kept in one place)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from reconcile_kit.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found += _commands(command, f"{prefix}{name} ")
    return found


COMMANDS = _commands(cli)


def test_the_core_commands_exist():
    names = {name for name, _ in COMMANDS}
    assert {"demo", "log", "list", "show", "edit", "delete", "undo", "export", "import"} <= names


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_command_help_has_a_summary_and_an_example(name, command):
    assert command.help and command.help.strip().splitlines()[0]
    assert "Example:" in command.help


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_command_is_in_the_readme(name):
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## The command line")[1].split("\n## ")[0]
    assert f"`{name}`" in section


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_command_is_in_docs_cli(name):
    assert f"reconcile-kit {name}" in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def _console_blocks(text: str) -> list[str]:
    blocks = [part.split("```")[0] for part in text.split("```console\n")[1:]]
    return [block for block in blocks if block.startswith("$ reconcile-kit")]


def test_the_readme_terminal_excerpts_are_in_docs_cli():
    readme = _console_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert len(readme) == 2
    for block in readme:
        for step in block.split("$ ")[1:]:  # a command with the output it printed
            assert "$ " + step in reference
