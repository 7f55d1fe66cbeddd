"""The `backup` and `restore` commands: copies of the journal in `backups/` beside it.

Registered on the main group through `base.PLUGIN_MODULES` (loaded on first use). `restore`
never opens the journal as a Journal, so it also works when the journal itself is damaged.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from ..store import backup as backups
from ..errors import JournalError
from .base import open_journal

__all__ = ["register", "backup", "restore", "choose_backup"]


def _journal_path(ctx: click.Context) -> Path:
    from ..store import default_path

    settings = ctx.find_root().obj or {}
    return Path(settings.get("journal") or default_path())


def _passphrase(ctx: click.Context, journal: Path) -> str | None:
    from ..store import crypto

    settings = ctx.find_root().obj or {}
    ask = lambda text: click.prompt(text, hide_input=True)  # noqa: E731
    return crypto.passphrase_for(journal, prompt=settings.get("prompt", False), ask=ask)


def _when(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1024:,.0f} KB"


def choose_backup(journal: Path, choice: str) -> Path:
    """Find the backup meant by `choice`: its number in the list, its file name, or a path."""
    found = backups.list_backups(journal)
    if choice.isdigit() and 1 <= int(choice) <= len(found):
        return found[int(choice) - 1].path
    for item in found:
        if choice in (item.path.name, str(item.path)):
            return item.path
    if Path(choice).is_file():
        return Path(choice)
    raise JournalError(
        f"no backup {choice!r}: give a number 1-{len(found)} or a file name from `reconcile-kit restore`"
        if found
        else f"no backup {choice!r}, and {journal} has no backups yet; `reconcile-kit backup` makes one"
    )


@click.command()
@click.pass_context
def backup(ctx: click.Context) -> None:
    """Save a copy of your journal now, beside it in `backups/` (readable by you only).

    A copy is also made by itself when you open the journal and the last one is over a day
    old; the newest seven are kept.

    Example:

        reconcile-kit backup
    """
    with open_journal(ctx) as journal:
        made = journal.backup()
    click.echo(f"Saved a backup of your journal: {made}")


def _list(journal: Path) -> None:
    found = backups.list_backups(journal)
    if not found:
        click.echo(f"No backups of {journal} yet. `reconcile-kit backup` makes one.")
        return
    click.echo(f"Backups of {journal}, newest first:")
    for number, item in enumerate(found, start=1):
        click.echo(f"{number:>3}  {_when(item.at)}  {item.reason:<16} {_size(item.path):>8}  {item.path.name}")
    click.echo("Restore one with: reconcile-kit restore <number or file name>")


@click.command()
@click.argument("choice", metavar="[BACKUP]", required=False)
@click.option("--yes", is_flag=True, help="Restore without asking first.")
@click.pass_context
def restore(ctx: click.Context, choice: str | None, yes: bool) -> None:
    """List your backups, or put BACKUP (a number from the list, or a file) in place of the journal.

    Before anything is replaced, the journal as it is now is backed up too, so a restore can
    itself be undone by restoring that copy. Close notebooks that have the journal open first.

    Example:

        reconcile-kit restore          # list the backups
        reconcile-kit restore 2        # restore the second newest
    """
    from ..store import crypto

    journal = _journal_path(ctx)
    if choice is None:
        _list(journal)
        return
    chosen = choose_backup(journal, choice)
    if not yes:
        click.confirm(
            f"Replace your journal {journal} with the backup {chosen.name}? "
            "The journal as it is now is saved as a backup first.",
            abort=True,
        )
    safety = backups.restore(journal, chosen, connect=crypto.connector(_passphrase(ctx, journal)))
    click.echo(f"Restored {chosen.name} into {journal}.")
    if safety is not None:
        click.echo(f"The journal as it was is saved as {safety.name}.")


def register(group: click.Group) -> None:
    """Add `backup` and `restore` to the CLI group."""
    group.add_command(backup)
    group.add_command(restore)
