"""The commands that move entries in and out: export, import, and demo (builds the demo journal).

`export` writes through reconcile_kit.export, `import` reads through reconcile_kit.importers;
both open the journal with `base.open_journal`.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import click

from .base import describe, open_journal

__all__ = ["register", "export", "import_", "demo", "COMMANDS"]


@click.command()
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
    from ..export import render
    from ..files import write_private

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


@click.command("import")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--me", multiple=True, required=True, help="Your name (or number) as the chat shows it; repeat for more.")
@click.option("--tz", default=None, callback=_zone, help="Time zone of the export, e.g. Europe/Berlin (default: this computer's).")
@click.option("--format", "fmt", default="auto", show_default=True,
              help="whatsapp, telegram, sms, messenger, instagram, signal or csv; whatsapp:dmy or whatsapp:mdy "
                   "reads a WhatsApp file's dates day-first or month-first.")
@click.option("--chat", default=None, help="Telegram full export: the chat to read.")
@click.option("--contact", default=None,
              help="The other person, when the file holds several: a number or name in an SMS backup, "
                   "or the one person to keep from a group chat.")
@click.option("-v", "--verbose", is_flag=True, help="List every line or record that could not be read as written, and why.")
@click.pass_context
def import_(ctx: click.Context, path: Path, me: tuple[str, ...], tz: str | None, fmt: str, chat: str | None,
            contact: str | None, verbose: bool) -> None:
    """Import a chat export into the journal; messages already there are skipped.

    Damaged lines (a line cut short, an impossible date, a stray character) are left out or
    repaired, and the summary says which; --verbose lists them all. When every date of a
    WhatsApp file reads both ways (4/5/24), a note says which order was used; choose with
    --format whatsapp:dmy or --format whatsapp:mdy.

    Example:

    \b
        reconcile-kit import WhatsApp-Chat.txt --me Alex --tz Europe/London
    """
    from ..importers import load_messages
    from ..importers.report import entries, summary
    from ..tone.imported import import_with_tones

    options: dict[str, Any] = {key: value for key, value in (("chat", chat), ("contact", contact)) if value}
    with warnings.catch_warnings(record=True) as caught:  # a note in plain words, never Python's warning
        warnings.simplefilter("always")
        messages = load_messages(path, list(me) if len(me) > 1 else me[0], tz=tz, fmt=fmt, **options)
    for note in dict.fromkeys(describe(warning.message) for warning in caught):
        click.echo(f"Note: {note}", err=True)
    with open_journal(ctx) as journal:
        result = import_with_tones(journal, messages)
        name = journal.get_setting("their_name") or "them"
    noun = "message" if result.added == 1 else "messages"
    already = f" ({result.skipped:,} already in the journal)" if result.skipped else ""
    tones = f"{result.suggested:,} {'tone' if result.suggested == 1 else 'tones'} suggested"
    if result.left_out():
        tones += f"; left out {result.left_out()}"
    problems = summary(messages)
    click.echo(f"Imported {result.added:,} {noun}{already}; {tones}" + (f"; {problems}" if problems else ".")
               + ("" if not problems else ":" if verbose else ": see --verbose"))
    if result.stopped:
        click.echo(result.lines(name)[-1])
    if verbose:
        for entry in entries(messages, "skipped"):
            click.echo(f"  {entry['where']}: {entry['reason']}")
        for entry in entries(messages, "repaired"):
            click.echo(f"  {entry['where']} (repaired): {entry['reason']}")


@click.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), required=False)
@click.option("--ending", type=click.Choice(("reconciling", "closure")), default="reconciling", show_default=True, help="How the invented story ends.")
def demo(path: Path | None, ending: str) -> None:
    """Build (or rebuild) the demo journal: an invented story that walks the whole guide.

    PATH defaults to a file in your user cache folder. Your own journal is never touched.

    Example:

    \b
        reconcile-kit demo --ending closure
    """
    from ..demo import demo_journal

    with demo_journal(path, ending=ending) as journal:
        count = len(journal.timeline())
        where = journal.path
    click.echo(f"Built the demo journal (ending: {ending}) with {count} entries: {where}")
    click.echo(f'Look around with: reconcile-kit --journal "{where}" list')


COMMANDS = (export, import_, demo)


def register(group: click.Group) -> None:
    """Add export, import and demo to the CLI group."""
    for command in COMMANDS:
        group.add_command(command)
