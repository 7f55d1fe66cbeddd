"""What the CLI tests share: run the real `cli` group through click's CliRunner."""

from __future__ import annotations

from click.testing import CliRunner

from reconcile_kit.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def on(journal, *args: str):
    return run("--journal", str(journal.path), *args)


def main_run(capsys, *args: str) -> tuple[int, str, str]:
    """Run the console script's single exit point (`main`): (status, stdout, stderr); errors are one line there."""
    import pytest

    from reconcile_kit.cli import main

    with pytest.raises(SystemExit) as stop:
        main(list(args))
    out, err = capsys.readouterr()
    return stop.value.code, out, err
