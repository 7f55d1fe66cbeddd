"""The `reconcile-kit` command line: each command opens the journal, calls one library method,
and turns the library's errors into one line on stderr.

Exit status: 0 done, 1 the journal or a file could not be used, 2 bad input (a value, an
option, an export that cannot be read). Other modules add commands through `register(group)`
(see `PLUGIN_MODULES` and docs/cli.md); the group imports such a module only when one of its
commands runs (`LAZY_COMMANDS`), so `reconcile-kit log` starts without them.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .cli_group import BAD_INPUT, LAZY_COMMANDS, PLUGIN_MODULES, PROG, KitError, KitGroup, describe
from .cli_parse import AT_HELP, parse_at
from .errors import ReconcileError
from .model import VOCABULARY, Interaction

if TYPE_CHECKING:
    from .store import Journal

__all__ = ["cli", "main", "open_journal", "describe", "KitError", "PLUGIN_MODULES", "LAZY_COMMANDS"]

@click.group(cls=KitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--journal",
    "journal_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="RECONCILE_KIT_JOURNAL",
    help="The journal file (default: $RECONCILE_KIT_JOURNAL, else journal.sqlite3 in your user data folder).",
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


def open_journal(ctx: click.Context) -> Journal:
    """Open the journal chosen by --journal / $RECONCILE_KIT_JOURNAL (for commands of any module)."""
    from .store import crypto
    from .store import Journal, default_path

    settings = ctx.find_root().obj or {}
    path = settings.get("journal") or default_path()
    ask: Callable[[str], str] = lambda text: click.prompt(text, hide_input=True)  # noqa: E731
    passphrase = crypto.passphrase_for(path, prompt=settings.get("prompt", False), ask=ask)
    return Journal.open(path, passphrase=passphrase)


def _choice(field: str) -> click.Choice:
    return click.Choice(VOCABULARY[field], case_sensitive=False)


def _short(uid: str | None) -> str:
    return (uid or "")[:8]


def _when(at: Any) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _mood(value: str | None) -> Any:
    if value is None or value.strip().lower() in ("", "none"):
        return None
    return value.strip()


@cli.command()
@click.argument("summary")
@click.option("--direction", type=_choice("direction"), required=True, help="out: you reached out; in: they did; both: you met.")
@click.option("--channel", type=_choice("channel"), default="text", show_default=True, help="How it happened.")
@click.option("--kind", type=_choice("kind"), default="message", show_default=True, help="What it was.")
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
    from .clock import now_for

    with open_journal(ctx) as journal:
        at = parse_at(at_text, now_for(journal))
        item = Interaction(at=at, summary=summary, mood=_mood(mood), tags=tags, **fields)
        saved = journal.add(item)
    click.echo(f"Logged {_short(saved.uid)}: {saved.summary} ({_when(saved.at)}).")


@cli.command("list")
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
    from .cli_export import listing, table, to_json

    with open_journal(ctx) as journal:
        frame = journal.timeline(include_deleted=deleted)
    frame = frame if show_all else frame.tail(limit)
    if as_json:
        click.echo(to_json(frame), nl=False)
    elif frame.empty:
        click.echo('No entries yet. Log one with: reconcile-kit log "Sent a short hello" --direction out')
    else:
        click.echo(table(listing(frame)))


@cli.command()
@click.argument("uid")
@click.pass_context
def show(ctx: click.Context, uid: str) -> None:
    """Show every field of one entry. UID may be the first few characters shown by `list`.

    Example:

    \b
        reconcile-kit show 3f2a9c1e
    """
    with open_journal(ctx) as journal:
        item = journal.get(journal.resolve(uid))
    fields = item.to_dict()
    fields["at"] = item.at.astimezone().isoformat(timespec="minutes")
    for name, value in fields.items():
        click.echo(f"{name + ':':<11}{'' if value is None else value}")


@cli.command()
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
    from .clock import now_for

    changes = {name: value for name, value in fields.items() if value is not None}
    changes |= {"mood": _mood(mood)} if mood is not None else {}
    changes |= {"tags": tags} if tags else {}
    if not changes and at_text is None:
        raise click.UsageError("nothing to change: give at least one option, e.g. --summary or --tone")
    with open_journal(ctx) as journal:
        if at_text is not None:
            changes["at"] = parse_at(at_text, now_for(journal))
        saved = journal.update(journal.resolve(uid), **changes)
    click.echo(f"Updated {_short(saved.uid)}: {saved.summary} ({_when(saved.at)}).")


@cli.command()
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


@cli.command()
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


@cli.command()
@click.option("--format", "fmt", type=click.Choice(("csv", "json", "markdown")), default="csv", show_default=True, help="The file format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write to this file (readable by you only) instead of the screen.")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None) -> None:
    """Export every entry as CSV, JSON or a Markdown table.

    CSV cells that a spreadsheet would run as a formula start with a ' so they stay text.

    Example:

    \b
        reconcile-kit export --format csv -o journal.csv
    """
    from .cli_export import render, write_private

    with open_journal(ctx) as journal:
        frame = journal.timeline()
    text = render(frame, fmt)
    if output is None:
        click.echo(text, nl=False)
        return
    write_private(output, text)
    click.echo(f"Exported {len(frame):,} {'entry' if len(frame) == 1 else 'entries'} to {output}.")


def _zone(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise click.BadParameter(f"{value!r} is not a time zone; use a name like Europe/Berlin or UTC") from None
    return value


@cli.command("import")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--me", multiple=True, required=True, help="Your name (or number) as the chat shows it; repeat for more.")
@click.option("--tz", default=None, callback=_zone, help="Time zone of the export, e.g. Europe/Berlin (default: this computer's).")
@click.option("--format", "fmt", default="auto", show_default=True, help="whatsapp, telegram, sms, messenger, instagram, signal or csv.")
@click.option("--chat", default=None, help="Telegram full export: the chat to read.")
@click.pass_context
def import_(ctx: click.Context, path: Path, me: tuple[str, ...], tz: str | None, fmt: str, chat: str | None) -> None:
    """Import a chat export into the journal; messages already there are skipped.

    Example:

    \b
        reconcile-kit import WhatsApp-Chat.txt --me Alex --tz Europe/London
    """
    from .importers import load_messages

    options: dict[str, Any] = {"chat": chat} if chat else {}
    messages = load_messages(path, list(me) if len(me) > 1 else me[0], tz=tz, fmt=fmt, **options)
    with open_journal(ctx) as journal:
        result = journal.import_messages(messages)
    noun = "message" if result.added == 1 else "messages"
    already = f" ({result.skipped:,} already in the journal)" if result.skipped else ""
    click.echo(f"Imported {result.added:,} {noun}{already}.")


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), required=False)
@click.option("--ending", type=click.Choice(("reconciling", "closure")), default="reconciling", show_default=True, help="How the invented story ends.")
def demo(path: Path | None, ending: str) -> None:
    """Build (or rebuild) the demo journal: an invented story that walks the whole guide.

    PATH defaults to a file in your user cache folder. Your own journal is never touched.

    Example:

    \b
        reconcile-kit demo --ending closure
    """
    from .demo import demo_journal

    with demo_journal(path, ending=ending) as journal:
        count = len(journal.timeline())
        where = journal.path
    click.echo(f"Built the demo journal (ending: {ending}) with {count} entries: {where}")
    click.echo(f'Look around with: reconcile-kit --journal "{where}" list')


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
        if os.environ.get("RECONCILE_KIT_DEBUG"):
            raise
        click.echo(f"Error: something went wrong inside reconcile-kit ({type(error).__name__}: {error}); "
                   "nothing more was written. Run again with RECONCILE_KIT_DEBUG=1 to see the details.", err=True)
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
