"""What every command module needs: the lazy-loading group, KitError, describe and open_journal.

Command modules import this module (and lower layers), never the package `__init__`, which
imports them: so there is no import circle, not even through the module names in
`PLUGIN_MODULES` / `LAZY_COMMANDS` that the group imports lazily.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, MutableMapping
from typing import TYPE_CHECKING, Any

import click

from ..errors import Advised, ImportFormatError, InvalidInteraction, ReconcileError

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["PROG", "PLUGIN_MODULES", "LAZY_COMMANDS", "BAD_INPUT", "OPTIONS", "describe", "KitError", "LazyCommands", "KitGroup",
           "open_journal"]

PROG = "reconcile-kit"
# Modules that add commands: each defines `register(group: click.Group) -> None`.
PLUGIN_MODULES = ("reconcile_kit.cli.workspace", "reconcile_kit.cli.backup", "reconcile_kit.cli.status",
                  "reconcile_kit.cli.check", "reconcile_kit.cli.remind")
# Their commands, imported on first use: name -> (module, the first line of its help). `--help`
# lists them from here; tests/cli/test_help.py checks the lines against the commands' docstrings.
# A module in PLUGIN_MODULES with no entry here is imported whenever the commands are listed.
LAZY_COMMANDS: dict[str, tuple[str, str]] = {
    "app": ("reconcile_kit.cli.workspace", "Open the kit's forms as a simple app, no code: log a contact, read the advice, see your timeline."),
    "backup": ("reconcile_kit.cli.backup", "Save a copy of your journal now, beside it in `backups/` (readable by you only)."),
    "check": ("reconcile_kit.cli.check", "Check a draft (first message, ask to meet) or an apology, from FILE or standard input."),
    "lab": ("reconcile_kit.cli.workspace", "Open JupyterLab in your private workspace, with the kit's notebooks copied in."),
    "remind": ("reconcile_kit.cli.remind", "Write the guide's next dates to an iCalendar file: all-day events, the guide step and the date only."),
    "restore": ("reconcile_kit.cli.backup", "List your backups, or put BACKUP (a number from the list, or a file) in place of the journal."),
    "status": ("reconcile_kit.cli.status", "Where you are in the guide, what it suggests now (with its guide IDs), and the rhythm of contact."),
}  # fmt: skip
BAD_INPUT = (InvalidInteraction, ImportFormatError)
# The import options as the CLI names them, for messages that advise one (errors.Advised).
OPTIONS = {"me": "--me", "chat": "--chat", "contact": "--contact",
           "order": "--format whatsapp:dmy or --format whatsapp:mdy"}


def describe(error: BaseException) -> str:
    """One plain line for an error the CLI reports."""
    if isinstance(error, sqlite3.Error):
        text = f"the journal could not be written: {error}"
    elif isinstance(error, OSError) and error.strerror and error.filename:
        text = f"{error.strerror}: {error.filename}"
    elif isinstance(error, Advised):
        text = error.worded(OPTIONS)
    else:
        text = str(error) or type(error).__name__
    return " ".join(text.split())


class KitError(click.ClickException):
    """A library error on its way to the user: one line, and the exit status for its kind."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(describe(error))
        self.exit_code = 2 if isinstance(error, BAD_INPUT) else 1  # type: ignore[misc]


class LazyCommands(MutableMapping[str, click.Command]):
    """A group's commands: the ones added so far, plus `LAZY_COMMANDS`, whose module is imported
    (and registers its commands) the first time one of them is looked up. Listing the names
    imports nothing; `items()` and `values()` import every module (what a docs walk needs)."""

    def __init__(self, group: click.Group) -> None:
        self._group = group
        self._loaded: dict[str, click.Command] = {}
        self._lazy = dict(LAZY_COMMANDS)
        self._unlisted = [name for name in PLUGIN_MODULES if name not in {m for m, _ in LAZY_COMMANDS.values()}]

    def _load(self, module_name: str) -> None:
        import importlib

        self._lazy = {name: entry for name, entry in self._lazy.items() if entry[0] != module_name}
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            return  # not installed: its commands are simply not there
        module.register(self._group)

    def short_help(self, name: str) -> str | None:
        """The static first help line of a command not imported yet (None once it is loaded)."""
        entry = self._lazy.get(name) if name not in self._loaded else None
        return entry[1] if entry else None

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._loaded and name in self._lazy:
            self._load(self._lazy[name][0])
        return self._loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._loaded[name] = command
        self._lazy.pop(name, None)

    def __delitem__(self, name: str) -> None:
        self._lazy.pop(name, None)
        del self._loaded[name]

    def __contains__(self, name: object) -> bool:
        return name in self._loaded or name in self._lazy

    def __iter__(self) -> Iterator[str]:
        while self._unlisted:
            self._load(self._unlisted.pop())
        return iter([*self._loaded, *(name for name in self._lazy if name not in self._loaded)])

    def __len__(self) -> int:
        return len(list(iter(self)))


class KitGroup(click.Group):
    """The command group: commands of other modules load lazily (`LazyCommands`), and library
    errors raised in any command become `KitError`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        commands = LazyCommands(self)
        for name, command in self.commands.items():
            commands[name] = command
        self.commands = commands

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The "Commands" list of `--help`; a lazy command's line comes from `LAZY_COMMANDS`."""
        names = [name for name in self.list_commands(ctx)]
        limit = formatter.width - 6 - max((len(name) for name in names), default=0)
        rows = []
        for name in names:
            static = self.commands.short_help(name) if isinstance(self.commands, LazyCommands) else None
            command = None if static is not None else self.get_command(ctx, name)
            if static is not None:  # click's own shortening, on a stand-in that only has the help
                rows.append((name, click.Command(name, help=static).get_short_help_str(limit)))
            elif command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise
        except (ReconcileError, OSError, sqlite3.Error) as error:
            raise KitError(error) from error


def open_journal(ctx: click.Context) -> Journal:
    """Open the journal chosen by --journal / $RECONCILE_KIT_JOURNAL (for commands of any module)."""
    from ..store import crypto
    from ..store import Journal, default_path

    settings = ctx.find_root().obj or {}
    path = settings.get("journal") or default_path()
    ask: Callable[[str], str] = lambda text: click.prompt(text, hide_input=True)  # noqa: E731
    passphrase = crypto.passphrase_for(path, prompt=settings.get("prompt", False), ask=ask)
    return Journal.open(path, passphrase=passphrase)

