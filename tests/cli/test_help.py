"""`--help` and `--version`: the lazy commands' help lines match their docstrings."""

from __future__ import annotations

import click
import pytest

from reconcile_kit.cli import cli
from reconcile_kit.cli.base import LAZY_COMMANDS

from .helpers import run


def test_version():
    assert run("--version").stdout == "reconcile-kit, version 0.1.0\n"


@pytest.mark.parametrize("name", sorted(LAZY_COMMANDS))
def test_lazy_command_help_lines_match_their_docstrings(name):
    stand_in = click.Command(name, help=LAZY_COMMANDS[name][1])
    assert stand_in.get_short_help_str(200) == cli.commands[name].get_short_help_str(200)


def test_help_lists_lazy_commands_with_their_line():
    assert "  restore  List your backups, or put BACKUP" in run("--help").stdout
