"""The commands for single entries: log, list, show, edit, delete and undo.

Each opens the journal (`base.open_journal`), calls one `Journal` method and prints one line
or a table; library errors propagate and the group turns them into one line on stderr. `log` then
prints where to get help when the user's own words carry crisis wording (`care.entry_signals`).
"""

from __future__ import annotations

from typing import Any

import click

from ..model import VOCABULARY, Interaction
from .base import open_journal
from .times import AT_HELP, parse_at

__all__ = ["register", "log", "list_", "show", "edit", "delete", "undo", "COMMANDS"]


def _choice(field: str) -> click.Choice:
    return click.Choice(VOCABULARY[field], case_sensitive=False)


def _short(uid: str | None) -> str:
    return (uid or "")[:8]


def _when(at: Any, zone: Any) -> str:
    """A time as `list` shows it: on the journal's calendar (`clock.zone_for`; None: this computer's)."""
    return (at.astimezone(zone) if zone is not None else at.astimezone()).strftime("%Y-%m-%d %H:%M")


def _journal_zone(journal: Any) -> Any:
    """The journal's `timezone` setting as a zone, or None for this computer's (read when first needed)."""
    from ..clock import TIMEZONE_SETTING, zone_named

    name = journal.get_setting(TIMEZONE_SETTING)
    return zone_named(name) if name else None


def _mood(value: str | None) -> Any:
    if value is None or value.strip().lower() in ("", "none"):
        return None
    return value.strip()


@click.command()
@click.argument("summary")
@click.option("--direction", type=_choice("direction"), required=True, help="out: you reached out; in: they did; both: you met.")
@click.option("--channel", type=_choice("channel"), default="text", show_default=True, help="How it happened.")
@click.option("--kind", type=_choice("kind"), default="message", show_default=True,
              help="What it was; held_back: a message you wanted to send and did not (with --direction out).")
@click.option("--tone", type=_choice("tone"), default="none", show_default=True, help="How they came across.")
@click.option("--at", "at_text", default="now", show_default=True, help=AT_HELP)
@click.option("--mood", default=None, help="Your own mood, 1 (low) to 5 (good).")
@click.option("--text", default="", help="The full message, if you want to keep it.")
@click.option("--tag", "tags", multiple=True, help="A tag; repeat for more.")
@click.option("--notes", default="", help="Notes for yourself.")
@click.option("--source", default="manual", show_default=True, help="Where the entry came from.")
@click.pass_context
def log(ctx: click.Context, summary: str, at_text: str, mood: str | None, tags: tuple[str, ...], **fields: Any) -> None:
    """Log one contact: a text, a call, a coffee, a note to yourself.

    SUMMARY is a few words about it, in your own words.

    Example:

    \b
        reconcile-kit log "Sent a short hello about the film" --direction out --at "yesterday 18:00"
    """
    from ..clock import TIMEZONE_SETTING, now_for

    with open_journal(ctx) as journal:
        zone = _journal_zone(journal)
        at = parse_at(at_text, now_for(journal), zone)
        item = Interaction(at=at, summary=summary, mood=_mood(mood), tags=tags, **fields)
        saved = journal.add(item)
        setting = journal.get_setting(TIMEZONE_SETTING)
    click.echo(f"Logged {_short(saved.uid)}: {saved.summary} ({_when(saved.at, zone)}).")
    _support(saved, setting)


def _support(saved: Interaction, zone: str | None) -> None:
    """Where to get help, after the save, when the user's own words carry crisis wording (docs/care.md)."""
    if str(saved.direction) == "in" and not saved.notes.strip():
        return  # their message and no notes: nothing of the user's (`care.entry_signals`), and no reading to pay for
    from ..care import entry_signals  # about 0.4 s on first use: the guide's reading brings pandas (docs/cli.md)
    from .support import support_lines

    for line in support_lines(entry_signals(saved), zone):
        click.echo(line)


@click.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many recent entries.")
@click.option("--all", "show_all", is_flag=True, help="Show every entry, not only the recent ones.")
@click.option("--deleted", is_flag=True, help="Include deleted entries (marked).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def list_(ctx: click.Context, limit: int, show_all: bool, deleted: bool, as_json: bool) -> None:
    """Show your most recent entries, oldest first, the newest at the bottom.

    Example:

    \b
        reconcile-kit list --limit 5
    """
    from .. import clock
    from ..export import to_json
    from .tables import listing, table

    with open_journal(ctx) as journal:
        frame = journal.timeline(include_deleted=deleted)
        zone = clock.zone_for(journal)
    frame = frame if show_all else frame.tail(limit)
    if as_json:
        click.echo(to_json(frame), nl=False)
    elif frame.empty:
        click.echo('No entries yet. Log one with: reconcile-kit log "Sent a short hello" --direction out')
    else:
        click.echo(table(listing(frame, zone)))


@click.command()
@click.argument("uid")
@click.pass_context
def show(ctx: click.Context, uid: str) -> None:
    """Show every field of one entry. UID may be the first few characters shown by `list`.

    Example:

    \b
        reconcile-kit show 3f2a9c1e
    """
    from ..clock import zone_for

    with open_journal(ctx) as journal:
        item = journal.get(journal.resolve(uid))
        zone = zone_for(journal)
    fields = item.to_dict()
    fields["at"] = item.at.astimezone(zone).isoformat(timespec="minutes")
    for name, value in fields.items():
        click.echo(f"{name + ':':<11}{'' if value is None else value}")


@click.command()
@click.argument("uid")
@click.option("--summary", default=None, help="New summary.")
@click.option("--direction", type=_choice("direction"), default=None, help="out, in or both.")
@click.option("--channel", type=_choice("channel"), default=None, help="How it happened.")
@click.option("--kind", type=_choice("kind"), default=None, help="What it was.")
@click.option("--tone", type=_choice("tone"), default=None, help="How they came across.")
@click.option("--at", "at_text", default=None, help=AT_HELP)
@click.option("--mood", default=None, help="1-5, or 'none' to clear it.")
@click.option("--text", default=None, help="New full text.")
@click.option("--tag", "tags", multiple=True, help="Replace the tags; repeat for more.")
@click.option("--notes", default=None, help="New notes.")
@click.pass_context
def edit(ctx: click.Context, uid: str, at_text: str | None, mood: str | None, tags: tuple[str, ...], **fields: Any) -> None:
    """Change fields of one entry; the others stay as they are. `undo` puts it back.

    Example:

    \b
        reconcile-kit edit 3f2a9c1e --tone positive --mood 4
    """
    from ..clock import now_for

    changes = {name: value for name, value in fields.items() if value is not None}
    changes |= {"mood": _mood(mood)} if mood is not None else {}
    changes |= {"tags": tags} if tags else {}
    if not changes and at_text is None:
        raise click.UsageError("nothing to change: give at least one option, e.g. --summary or --tone")
    with open_journal(ctx) as journal:
        zone = _journal_zone(journal)
        if at_text is not None:
            changes["at"] = parse_at(at_text, now_for(journal), zone)
        saved = journal.update(journal.resolve(uid), **changes)
    click.echo(f"Updated {_short(saved.uid)}: {saved.summary} ({_when(saved.at, zone)}).")


@click.command()
@click.argument("uid")
@click.pass_context
def delete(ctx: click.Context, uid: str) -> None:
    """Delete one entry. It stays recoverable: `reconcile-kit undo` brings it back.

    Example:

    \b
        reconcile-kit delete 3f2a9c1e
    """
    with open_journal(ctx) as journal:
        full = journal.resolve(uid)
        summary = journal.get(full).summary
        journal.delete(full)
    click.echo(f"Deleted {_short(full)}: {summary}. `reconcile-kit undo` brings it back.")


@click.command()
@click.pass_context
def undo(ctx: click.Context) -> None:
    """Undo your last log, edit, delete or import (run it again to go further back).

    Example:

    \b
        reconcile-kit undo
    """
    with open_journal(ctx) as journal:
        done = journal.undo()
    click.echo(f"{done}." if done else "Nothing to undo.")


COMMANDS = (log, list_, show, edit, delete, undo)


def register(group: click.Group) -> None:
    """Add log, list, show, edit, delete and undo to the CLI group."""
    for command in COMMANDS:
        group.add_command(command)
