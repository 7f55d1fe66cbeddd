"""The `remind` command: the guide's next dates as an iCalendar file for your calendar app.

The events and the file are `reconcile_kit.calendar_file`'s; this module only opens the journal
and says where the file went. Registered through `base.LAZY_COMMANDS` (imported only when
`remind` runs).
"""

from __future__ import annotations

from pathlib import Path

import click

from .base import open_journal

__all__ = ["register", "remind"]


@click.command()
@click.option("--ics", "path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The calendar file to write (readable by you only), e.g. reminders.ics.")
@click.option("--with-name", is_flag=True, help="Put their name in the event titles (off by default: calendars sync to servers).")
@click.pass_context
def remind(ctx: click.Context, path: Path, with_name: bool) -> None:
    """Write the guide's next dates to an iCalendar file: all-day events, the guide step and the date only.

    The earliest day to write again after a warm reply (S1.3), a good week to suggest catching
    up (S2.1), and check-ins on your old-habits watch list (S5.3). Importing a newer file
    updates the events instead of adding copies; a past date is never written.

    Example:

    \b
        reconcile-kit remind --ics ~/reminders.ics
    """
    from ..calendar_file import save_for, saved_lines

    with open_journal(ctx) as journal:
        items = save_for(journal, path, with_name=with_name)
    for line in saved_lines(path, items):
        click.echo(line)


def register(group: click.Group) -> None:
    """Add `remind` to the CLI group."""
    group.add_command(remind)
