"""What the CLI tests share: run the real `cli` group through click's CliRunner."""

from __future__ import annotations

from click.testing import CliRunner

from reconcile_kit.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def on(journal, *args: str):
    return run("--journal", str(journal.path), *args)
