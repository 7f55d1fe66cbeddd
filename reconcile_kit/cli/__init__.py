"""The `reconcile-kit` command line: the `cli` group and `main`, its single exit point.

Each command opens the journal, calls one library method, and turns the library's errors into
one line on stderr. The commands live in entries.py (log, list, show, edit, delete, undo),
io.py (export, import, demo), backup.py and workspace.py; the group's machinery in base.py,
which is all the command modules import from this package.

Exit status: 0 done, 1 the journal or a file could not be used, 2 bad input (a value, an
option, an export that cannot be read). Other modules add commands through `register(group)`
(see `PLUGIN_MODULES` and docs/cli.md); the group imports such a module only when one of its
commands runs (`LAZY_COMMANDS`), so `reconcile-kit log` starts without them.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from .. import __version__, environment
from ..errors import ReconcileError
from . import entries, io
from .base import BAD_INPUT, LAZY_COMMANDS, PLUGIN_MODULES, PROG, KitError, KitGroup, describe, open_journal

__all__ = ["cli", "main", "open_journal", "describe", "KitError", "PLUGIN_MODULES", "LAZY_COMMANDS"]


@click.group(cls=KitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--journal",
    "journal_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar=environment.JOURNAL,
    help=f"The journal file (default: ${environment.JOURNAL}, else journal.sqlite3 in your user data folder).",
)
@click.option("--passphrase-prompt", is_flag=True, help="Ask for the passphrase of an encrypted journal.")
@click.version_option(__version__, prog_name=PROG)
@click.pass_context
def cli(ctx: click.Context, journal_path: Path | None, passphrase_prompt: bool) -> None:
    """A private journal and gentle guide for reconnecting with a former partner.

    Everything stays on this computer. Run a command with --help for its options.

    Example:

    \b
        reconcile-kit log "Sent a short hello" --direction out
    """
    ctx.obj = {"journal": journal_path, "prompt": passphrase_prompt}


entries.register(cli)
io.register(cli)


def _register(group: click.Group) -> None:
    """Add the commands of `PLUGIN_MODULES` that are installed now; a missing module is skipped.

    The CLI itself does not need this (its group loads them on first use, `LazyCommands`).
    """
    import importlib

    for name in PLUGIN_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.register(group)


def _run(args: Sequence[str] | None) -> int:
    try:
        result = cli.main(args=args, prog_name=PROG, standalone_mode=False)
    except click.UsageError as error:  # one line, like every other error (not click's three)
        hint = f" (see '{error.ctx.command_path} --help')" if error.ctx else ""
        click.echo(f"Error: {error.format_message()}{hint}", err=True)
        return error.exit_code
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 1
    except BrokenPipeError:
        return 1
    except (ReconcileError, OSError, sqlite3.Error) as error:  # raised outside a command
        click.echo(f"Error: {describe(error)}", err=True)
        return 2 if isinstance(error, BAD_INPUT) else 1
    except Exception as error:  # a bug of ours: still one line, and say how to see more
        if os.environ.get(environment.DEBUG):  # any non-empty value, as before (is_on would need "1")
            raise
        click.echo(f"Error: something went wrong inside reconcile-kit ({type(error).__name__}: {error}); "
                   f"nothing more was written. Run again with {environment.DEBUG}=1 to see the details.", err=True)
        return 1
    return result if isinstance(result, int) else 0


def main(args: Sequence[str] | None = None, standalone_mode: bool = True) -> int:
    """Run the CLI; the single exit point of `reconcile-kit`.

    :param standalone_mode: True (the console script) prints errors and exits with the status;
        False returns 0 and lets errors propagate as click exceptions (`KitError`, whose
        `exit_code` is the status and `__cause__` the library error), like click.
    """
    if not standalone_mode:
        result = cli.main(args=args, prog_name=PROG, standalone_mode=False)
        return result if isinstance(result, int) else 0
    sys.exit(_run(args))
