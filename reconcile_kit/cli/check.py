"""The `check` command: the guide's draft and apology checks on a file or standard input, in the journal's context.

`reconcile-kit check first|ask|apology [FILE|-]` runs `guide.check_first_message`,
`check_meet_ask` or `check_apology` with the journal's timeline, clock and settings (so a closed
path adds `contact_closed`), and prints each finding with the words it is about marked: in
colour on a terminal, between `[[` and `]]` when piped. A check is advice, not a failure: the
exit status is 0 whatever it finds, and 2 only when the input cannot be read. Crisis wording in
the draft (the rules' reading, `care.rules_signals`) puts the support card's lines first, and then
the draft never hears the all-clear. Registered through `base.LAZY_COMMANDS` (imported only when `check` runs).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import click

from .base import open_journal
from .status import with_ids

__all__ = ["register", "check", "CHECKS", "SCHEMA", "read_draft", "marked", "report_dict"]

SCHEMA = 1  # the version of `check --json`'s layout (docs/cli.md)
# what -> (the guide function, what the draft is checked as)
CHECKS: dict[str, tuple[str, str]] = {
    "first": ("check_first_message", "a first message"),
    "ask": ("check_meet_ask", "an ask to meet"),
    "apology": ("check_apology", "an apology"),
}
PLAIN_MARKS = ("[[", "]]")
CONTEXT = 60  # characters of the sentence shown on each side of the marked words
_SPACE = re.compile(r"\s+")


def read_draft(source: str) -> str:
    """The draft in `source` (a path, or "-" for standard input) as text.

    :raises click.BadParameter: (exit status 2, one line) when it cannot be read, is not text
        (a binary file), is empty, or is longer than the kit keeps (`model.TEXT_MAX`)
    """
    from ..model import TEXT_MAX

    label = "standard input" if source == "-" else source
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as error:
        raise click.BadParameter(f"{label} could not be read ({error.strerror or error})", param_hint="'[FILE|-]'") from None
    try:
        text = raw.decode("utf-8-sig") if b"\x00" not in raw else None
    except UnicodeDecodeError:
        text = None
    if text is None:
        raise click.BadParameter(f"{label} is not text (it looks like a binary file); give a plain-text draft in UTF-8",
                                 param_hint="'[FILE|-]'")  # fmt: skip
    if not text.strip():
        hint = "pipe a draft in, e.g. reconcile-kit check first < draft.txt" if source == "-" else "write the draft in it first"
        raise click.BadParameter(f"{label} is empty, so there is nothing to check; {hint}", param_hint="'[FILE|-]'")
    if len(text) > TEXT_MAX:
        raise click.BadParameter(f"{label} has {len(text):,} characters; the check reads at most {TEXT_MAX:,}",
                                 param_hint="'[FILE|-]'")  # fmt: skip
    return text


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text)


def marked(text: str, span: tuple[int, int], colour: bool) -> str:
    """The sentence(s) around `span` on one line, with the words of `span` marked.

    Colour (click.style) on a terminal; `[[...]]` otherwise. A span over the whole draft reads
    "(the whole draft)".
    """
    from bisect import bisect_right

    from ..guide.text import sentence_spans

    def sentence_of(spans: list[tuple[int, int]], offset: int) -> int:
        return max(0, bisect_right([s for s, _e in spans], offset) - 1)

    start, end = max(0, span[0]), min(len(text), span[1])
    if end <= start or (start, end) == (0, len(text)) or not text[:start].strip() and not text[end:].strip():
        return "(the whole draft)"
    sentences = sentence_spans(text) or [(0, len(text))]
    first, last = sentence_of(sentences, start), sentence_of(sentences, max(start, end - 1))
    before = _one_line(text[min(sentences[first][0], start) : start]).lstrip()
    words = _one_line(text[start:end]).strip()
    after = _one_line(text[end : max(sentences[last][1], end)]).rstrip()
    before = before if len(before) <= CONTEXT else "…" + before[-CONTEXT:]
    after = after if len(after) <= CONTEXT else after[:CONTEXT] + "…"
    words = words if len(words) <= 2 * CONTEXT else f"{words[:CONTEXT - 1]}…{words[-CONTEXT + 1:]}"
    mark = click.style(words, fg="yellow", bold=True, underline=True) if colour else f"{PLAIN_MARKS[0]}{words}{PLAIN_MARKS[1]}"
    return f"{before}{mark}{after}"


def report_dict(what: str, text: str, report: Any) -> dict[str, Any]:
    """The check's report as plain JSON values (layout in docs/cli.md, `check --json`)."""
    apology = what == "apology"
    return {
        "schema": SCHEMA,
        "check": what,
        "ok": report.ok,
        "findings": [{"rule": f.rule, "start": f.span[0], "end": f.span[1], "words": text[f.span[0] : f.span[1]],
                      "message": f.message, "guide_ids": list(f.guide_ids)} for f in report.findings],
        "words": None if apology else report.words,
        "sentences": None if apology else report.sentences,
        "score": report.score if apology else None,
        "components": dict(report.components) if apology else None,
        "suggestions": list(report.suggestions) if apology else [],
        "notes": [] if apology else list(report.notes),
    }  # fmt: skip


def _all_clear(report: Any) -> str:
    """The guide's own good word for a draft with no findings (the paragraph after its counts)."""
    return report.to_markdown().split("\n\n")[1]


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _text(what: str, text: str, report: Any, colour: bool, support: list[str] | None = None) -> str:
    """The report in plain words; the findings, good words and suggestions are the guide's.

    :param support: the support card's lines (`support.support_lines`), shown first; with them, no all-clear
    """
    lines = [*support[1:], ""] if support else []
    if what == "apology":
        lines.append(f"Checked as {CHECKS[what][1]}: score {report.score}/100 (a guide, not a verdict).")
    else:
        lines.append(f"Checked as {CHECKS[what][1]}: {_count(report.words, 'word')}, {_count(report.sentences, 'sentence')}.")
    for number, finding in enumerate(report.findings, start=1):
        lines += ["", f"{number}. {marked(text, finding.span, colour)}", f"   {with_ids(finding.message, finding.guide_ids)}"]
    if report.ok and what != "apology" and not support:
        lines += ["", _all_clear(report)]
    lines += [line for note in getattr(report, "notes", ()) for line in ("", note)]  # the guide's reasons to wait
    if what == "apology":
        from ..guide.apology import COMPONENT_LABELS

        parts = [f"[{'x' if has else ' '}] {COMPONENT_LABELS.get(name, name)}" for name, has in report.components.items()]
        lines += ["", "Parts of an apology (Lewicki et al. 2016; Schumann 2014):", *parts]
        if report.suggestions:
            lines += ["", "Suggestions:", *(f"- {tip}" for tip in report.suggestions)]
    return "\n".join(lines)


def _colour(ctx: click.Context) -> bool:
    """Colour when standard output is a terminal (or click's `color` says so)."""
    if ctx.color is not None:
        return bool(ctx.color)
    return bool(getattr(sys.stdout, "isatty", lambda: False)())


@click.command()
@click.argument("what", type=click.Choice(tuple(CHECKS)), metavar="first|ask|apology")
@click.argument("source", default="-", metavar="[FILE|-]",
                type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts (layout in docs/cli.md).")
@click.pass_context
def check(ctx: click.Context, what: str, source: str, as_json: bool) -> None:
    """Check a draft (first message, ask to meet) or an apology, from FILE or standard input.

    Each finding is shown with the words it is about, the guide's note and its guide IDs; an
    apology also gets its parts, a score and suggestions. The check reads your journal too (if
    there is one), so on a closed path (a no, no answer, a request for no contact) it says so
    first. It is advice: the exit status is 0 whatever it finds. Nothing is stored.

    Example:

    \b
        reconcile-kit check ask draft.txt
    """
    from .. import guide
    from ..clock import now_for
    from ..store import default_path

    from ..care import rules_signals
    from ..clock import TIMEZONE_SETTING
    from .support import support_lines

    text = read_draft(source)
    run_check = getattr(guide, CHECKS[what][0])
    chosen = (ctx.find_root().obj or {}).get("journal") or default_path()  # as open_journal picks it
    settings: Any = {}
    if not Path(chosen).exists():  # no journal yet: the text alone (a check stores nothing, not even a new journal)
        report = run_check(text)
    else:
        with open_journal(ctx) as journal:
            timeline, now, settings = journal.timeline(), now_for(journal), journal.settings()
        report = run_check(text, timeline, now, settings)
    # a draft or an apology is written to them: crisis wording by the rules alone (docs/care.md)
    support = support_lines(rules_signals(text), settings.get(TIMEZONE_SETTING))
    if as_json:
        click.echo(json.dumps(report_dict(what, text, report), indent=2, ensure_ascii=False))
    else:
        click.echo(_text(what, text, report, _colour(ctx), support), color=_colour(ctx))


def register(group: click.Group) -> None:
    """Add `check` to the CLI group."""
    group.add_command(check)
