"""The `status` command: where you are in the guide, what it suggests now, and the rhythm in a few lines.

Every sentence comes from the guide and cadence functions the notebooks use (`guide.situation`,
`guide.advise_for`, `guide.stage_tip`, `cadence.summarize`); this module adds only headings.
Registered through `base.LAZY_COMMANDS` (imported only when `status` runs).
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date, datetime, timedelta
from typing import Any

import click

from .base import open_journal

__all__ = ["register", "status", "SCHEMA", "as_of_moment", "jsonable", "with_ids"]

SCHEMA = 1  # the version of `status --json`'s layout (docs/cli.md); raised when a key changes meaning
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SUMMARY_LEFT_OUT = ("now", "since", "zone")  # the summary's context, given once at the top instead


def jsonable(value: Any) -> Any:
    """Plain JSON values for the figures the guide and cadence return (times as ISO text)."""
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    if isinstance(value, datetime):  # pandas Timestamps too
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy numbers
        return value.item()
    return value


def as_of_moment(text: str, now: datetime, zone: Any) -> datetime:
    """The moment `--as-of` means: a day (YYYY-MM-DD, or a day word: today, yesterday, 3 days ago)
    is its end in the user's zone; else a time as `log --at` reads it ("yesterday 18:00", "5 hours
    ago"). Never after `now` (a later moment on today is today's `now`).

    :raises click.BadParameter: for text that is no date, or a day after today
    """
    from .. import clock
    from .times import day_meant, parse_at

    clean = text.strip()
    try:  # a day word is read on the journal's calendar (times.day_meant), the same day an ISO date names
        day = date.fromisoformat(clean) if _DATE.fullmatch(clean) else day_meant(clean, now, zone)
        if day is None:
            moment = parse_at(clean, now, zone)
        else:
            moment = clock.start_of_day(day + timedelta(days=1), zone) - timedelta(microseconds=1)
    except ValueError:  # InvalidInteraction is one too
        moment = None
    if moment is None:
        raise click.BadParameter(f"{text!r} is not a date I can read; use e.g. 2026-05-01, yesterday or 2 days ago",
                                 param_hint="'--as-of'")
    if clock.local_day(moment, zone) > clock.local_day(now, zone):
        raise click.BadParameter(f"{text!r} is after today ({clock.day_label(now, zone)}); give a day up to today",
                                 param_hint="'--as-of'")
    return min(moment, now)


def _report(journal: Any, as_of: str | None) -> dict[str, Any]:
    """Everything `status` shows, read once from the journal (plain values, ready for JSON)."""
    from .. import cadence, clock
    from ..care import closing
    from ..guide import advise_for, situation, stage_info, stage_tip
    from ..person import Person

    timeline, settings, now = journal.timeline(), journal.settings(), clock.now_for(journal)
    zone = clock.zone_for(journal)
    moment = as_of_moment(as_of, now, zone) if as_of is not None else now
    sit = situation(timeline, moment, settings)
    advice = advise_for(sit, timeline)
    summary = cadence.summarize(timeline, moment, since=sit.settings.window_start(sit.zone), zone=sit.zone)
    info = stage_info(sit.stage)
    where = {"title": info.title, "intro": info.intro}
    if sit.closed:  # the closure's card, as the notebooks and the app show it (care.closing)
        title, lead = closing.words(sit.closure, Person.of(journal))
        where = {"title": title, "intro": lead}
    figures = {f.name: getattr(summary, f.name) for f in dataclasses.fields(summary) if f.name not in _SUMMARY_LEFT_OUT}
    closure = dataclasses.asdict(sit.closure) if sit.closure is not None else None
    return jsonable({
        "schema": SCHEMA,
        "as_of": moment,
        "looked_back": as_of is not None,
        "zone": str(getattr(sit.zone, "key", sit.zone)),
        "stage": {"id": str(sit.stage), "title": info.title, "intro": info.intro},
        "where": where,
        "help": _help(sit, zone) if sit.closed and sit.closure.reason == "safety" else None,
        "closed": None if closure is None else closure | {"active": sit.closed},
        "advice": [{"rule": a.rule, "severity": a.severity, "guide_ids": a.guide_ids, "message": a.message,
                    "data": dict(a.data)} for a in advice],
        "tip": None if advice else stage_tip(sit.stage),
        "next": {"wait_until": sit.wait_until, "ready_to_ask": sit.ready_to_ask, "unanswered": sit.unanswered,
                 "question_pending": sit.question_pending},
        "summary": {"lines": summary.lines(Person(sit.settings.their_name).label), **figures},
    })  # fmt: skip


def _help(sit: Any, zone: Any) -> str:
    """Where to get help, in plain text (a safety concern: the abuse helplines, the user's region first)."""
    from ..care.support import region_for_zone, support_markdown

    return support_markdown("abuse", region_for_zone(str(getattr(zone, "key", zone)))).replace("**", "")


def with_ids(message: str, guide_ids: list[str] | tuple[str, ...]) -> str:
    """The message, with any of its guide IDs it does not cite already (the guide's messages cite their own)."""
    missing = [i for i in guide_ids if i not in message]
    return f"{message} ({', '.join(missing)})" if missing else message


def _text(report: dict[str, Any]) -> str:
    """The report in plain words: headings of our own, every sentence from the guide and cadence."""
    from .. import clock

    out = []
    if report["looked_back"]:
        moment = datetime.fromisoformat(report["as_of"])
        day = clock.local_day(moment, clock.zone_named(report["zone"]))
        out += [f"As it stood on {clock.day_label(day)} {day.year}", ""]
    where = report["where"]
    out += [f"Where you are: {where['title']}", where["intro"], "", "What the guide suggests now"]
    out += [f"- {with_ids(a['message'], a['guide_ids'])}" for a in report["advice"]] or [f"- {report['tip']}"]
    if report["help"]:
        out += ["", "Support", report["help"]]
    out += ["", "The rhythm in a few lines", *(f"- {line}" for line in report["summary"]["lines"])]
    return "\n".join(out)


@click.command()
@click.option("--as-of", "as_of", default=None, metavar="DATE",
              help="Look back: the guide as it stood at the end of DATE (e.g. 2026-05-01, yesterday); later entries are left out.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts (layout in docs/cli.md).")
@click.pass_context
def status(ctx: click.Context, as_of: str | None, as_json: bool) -> None:
    """Where you are in the guide, what it suggests now (with its guide IDs), and the rhythm of contact.

    The same words as the notebooks: the stage, the advice (most pressing first), and the
    summary lines (last contact, unanswered messages, reply time). Nothing is written.

    Example:

    \b
        reconcile-kit status --as-of 2026-10-01
    """
    with open_journal(ctx) as journal:
        report = _report(journal, as_of)
    click.echo(json.dumps(report, indent=2, ensure_ascii=False) if as_json else _text(report))


def register(group: click.Group) -> None:
    """Add `status` to the CLI group."""
    group.add_command(status)
