"""The draft and apology checks in the journal's context: the text checks, plus what the path says (one voice).

`check_first_message`, `check_meet_ask` and `check_apology` read the text (`drafts`, `apology`);
given the timeline they also read the situation (`situation.situation`), so a check never says
something the advice contradicts:

- while the path is closed (a safety concern, a boundary, a no, no answer: `closure.closed`) every
  check adds the finding `contact_closed` (S5.4) and never gives an all-clear; a draft to them then
  gets nothing else, no tip on how to word it better, and an apology keeps its reading (writing it
  for oneself is fine) but no suggestions on making it land with them;
- when the guide says it is a good time to suggest meeting (`ready_to_ask`), the first-message
  check does not call an ask to meet "too early" (S1.6 has done its work);
- a draft's `notes` carry the guide's reasons to wait, in the advice's own words: beside an ask
  while it is too early to ask (`Situation.holds`, S2.1), and beside a first message while a warm
  reply is settling (the advice `wait_after_positive`, S1.3).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from . import drafts
from .settings import AdviceSettings
from .situation import Situation, situation
from .text import Finding

if TYPE_CHECKING:
    from .apology import ApologyReport

__all__ = ["check_first_message", "check_meet_ask", "check_apology", "contact_closed", "wait_notes", "CLOSED_IDS"]

CLOSED_IDS = ("S5.4",)
Report = TypeVar("Report", bound=drafts.FindingsReport)
Settings = AdviceSettings | Mapping[str, Any] | None


def contact_closed(sit: Situation, text: str) -> Finding | None:
    """The `contact_closed` finding for a draft while the path is closed (None when it is open)."""
    if not sit.closed or sit.closure is None:
        return None
    c, s = sit.closure, sit.settings
    if c.reason == "safety":
        message = (
            "You told the kit that you do not feel safe with them, so it will not help with a message to them. "
            "If you are in danger now, call your local emergency number; the Support section lists people who "
            "can help. Writing here, for yourself, is fine."
        )
    elif c.reason == "boundary":
        message = (
            f"{s.subject(True)} {c.boundary_words}. Please do not send this: "
            "honouring that is the one "
            "thing left to do, however much you want to be heard (S5.4). Writing it here, for yourself, is fine."
        )
    elif c.reason == "refusal" and c.written_since == 0:
        message = (
            f"{s.subject(True)} said no. If you answer at all, one short, warm line that accepts it and "
            f"wishes {s.object()} well is enough; anything more can feel like pressure (S2.3, S5.4)."
        )
    else:
        reason = "said no" if c.reason == "refusal" else "has not answered"
        message = (
            f"{s.subject(True)} {reason}, and the kit will not help with another message (S5.4). "
            "If it helps, keep this draft for yourself instead of sending it."
        )
    return Finding("contact_closed", (0, len(text)), message, CLOSED_IDS)


def _in_context(report: Report, text: str, sit: Situation | None, *, drop: tuple[str, ...] = (),
                draft: bool = True) -> Report:  # fmt: skip
    if sit is None:
        return report
    closed = contact_closed(sit, text)
    kept = [] if closed and draft else [f for f in report.findings if f.rule not in drop]
    findings = ([closed] if closed else []) + kept
    return dataclasses.replace(report, findings=findings)


def wait_notes(sit: Situation | None, asks: bool) -> tuple[str, ...]:
    """The guide's reasons to wait before sending a draft that `asks` to meet (or not), in the advice's words."""
    if sit is None or sit.closed:
        return ()
    if asks:
        holds = sit.holds if str(sit.stage) == "contact" else ()
        return (f"The guide would wait before asking: {'; '.join(holds)} (S2.1).",) if holds else ()
    from .rules import advise_for

    settling = [a for a in advise_for(sit) if a.rule == "wait_after_positive" and a.data.get("days_left")]
    return tuple(a.message for a in settling)


def _situation(timeline: Any, now: datetime | str | None, settings: Settings) -> Situation | None:
    if timeline is None:
        return None
    return situation(timeline, now, dict(settings) if isinstance(settings, Mapping) else settings)


def check_first_message(
    text: str, timeline: Any = None, now: datetime | str | None = None, settings: Settings = None
) -> drafts.DraftReport:
    """Check a first message (S1.2, S1.6); with `timeline`, in the journal's context (see module)."""
    sit = _situation(timeline, now, settings)
    drop = ("asks_to_meet",) if sit is not None and sit.ready_to_ask else ()
    report = drafts.check_first_message(text)
    notes = wait_notes(sit, "asks_to_meet" in report.rules)
    return dataclasses.replace(_in_context(report, str(text or ""), sit, drop=drop), notes=notes)


def check_meet_ask(
    text: str, timeline: Any = None, now: datetime | str | None = None, settings: Settings = None
) -> drafts.DraftReport:
    """Check an ask to meet (S2.2, S2.3); with `timeline`, in the journal's context (see module)."""
    sit = _situation(timeline, now, settings)
    return dataclasses.replace(_in_context(drafts.check_meet_ask(text), str(text or ""), sit), notes=wait_notes(sit, True))


def check_apology(
    text: str, timeline: Any = None, now: datetime | str | None = None, settings: Settings = None
) -> ApologyReport:
    """Check an apology (S4.3); with `timeline`, in the journal's context (see module)."""
    from . import apology  # its phrase tables load on first use

    sit = _situation(timeline, now, settings)
    report = _in_context(apology.check_apology(text), str(text or ""), sit, draft=False)
    if sit is not None and sit.closed:  # written for oneself now: no ideas on making it land with them
        report = dataclasses.replace(report, suggestions=[])
    return report
