"""The advice rules: what the guide (docs/guide.md) says about the timeline as it stands.

`advise` reads the situation once (`situation.situation`: the one state every surface speaks
from) and returns only the rules that apply, most pressing first. Each `Advice` has a severity:

- ``"info"``: good to know, or a possibility opening up (`ready_to_ask`, `watch_old_habits`,
  `urges_rising`);
- ``"gentle"``: a soft nudge to hold back or do something differently (`use_writing_first`,
  `pestering`, `wait_after_positive`, `too_early_to_meet`, `step_back`, `pressure_in_sent`,
  `accept_refusal` while the user has written at most once since the no);
- ``"caution"``: a line to respect (`respect_boundary`; `accept_refusal` once the user keeps
  writing after the no).

A closed path (a boundary, a no, no answer: `closure.closed`) silences every rule that could
read as "write again": only the closing rule speaks about contact, and the kind word about
held-back urges may stay. When nothing applies the list is empty; `summary_message` then gives
a stage tip, so a notebook never shows an empty screen. Days are calendar days (reconcile_kit.clock).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
import pandas as pd

from .. import clock
from ..cadence import events as contact
from ..model import LABELS, Stage
from .settings import AdviceSettings
from .situation import Situation, situation
from .stages import STAGES

__all__ = ["Advice", "advise", "advise_for", "summary_message", "stage_tip", "RULES", "SEVERITIES"]

SEVERITIES: tuple[str, ...] = ("info", "gentle", "caution")
DAY = pd.Timedelta(days=1)
PRESSURE_DAYS = 14  # the user's own sent messages this recent are read for pressure (S1.1, S1.5)
PRESSURE_LOOKED_AT = 50  # ... at most this many of the newest
HARASSMENT = (
    "Continued contact after someone has asked for none can feel like harassment to them, and in "
    "many places it can be against the law."
)


@dataclass(frozen=True)
class Advice:
    """One piece of advice: the rule that fired, the stage, guide IDs, a plain message, figures."""

    rule: str
    stage: Stage
    guide_ids: tuple[str, ...]
    message: str
    severity: str
    data: Mapping[str, Any] = field(default_factory=dict)


def _times(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _day(at: pd.Timestamp, sit: Situation) -> str:
    return clock.day_label(at.to_pydatetime(), sit.zone)


def _ago(at: pd.Timestamp, sit: Situation) -> str:
    return clock.ago(at.to_pydatetime(), sit.now.to_pydatetime(), sit.zone)


def _advice(sit: Situation, rule: str, message: str, severity: str, **data: Any) -> Advice:
    return Advice(rule, sit.stage, RULES[rule], message, severity, data)


def _respect_boundary(sit: Situation) -> Advice | None:
    c = sit.closure
    if c is None or c.reason != "boundary":
        return None
    s = sit.settings
    message = (
        f"{s.subject(True)} {c.boundary_words} ({_day(c.since, sit)}). That is {s.possessive()} choice, "
        "and the kit will not suggest reaching out again. "
    )
    if c.written_since == 1:
        message += "You have been in touch once since. Please let that be the last time. "
    elif c.written_since > 1:
        message += f"You have been in touch {c.written_since} times since. Please stop now. {HARASSMENT} "
    message += "This is a time to look after yourself and turn toward closure (S5.4, S5.5)."
    return _advice(sit, "respect_boundary", message, "caution", boundary_at=c.since, written_since=c.written_since)


def _stay_safe(sit: Situation) -> Advice | None:
    c = sit.closure
    if c is None or c.reason != "safety":
        return None
    message = (
        "You told the kit that you do not feel safe with them, so it will not suggest any contact, on any page. "
        "Your safety comes first: if you are in danger now, call your local emergency number; the Support "
        "section lists people who can help, whatever you decide. What is left here is for you (S5.4)."
    )
    return _advice(sit, "stay_safe", message, "caution")


def _accept_refusal(sit: Situation) -> Advice | None:
    c = sit.closure
    if c is None or c.reason in ("boundary", "safety") or c.reopened:
        return None
    s = sit.settings
    if c.reason == "no_answer":
        opening = f"You recorded that no answer came ({_day(c.since, sit)}). No answer is an answer for now"
    else:
        opening = f"{s.subject(True)} said no ({_day(c.since, sit)})"
    if c.written_since <= 1:
        done = (
            " You have answered it, and that is enough."
            if c.written_since == 1
            else f" If you answer at all, one short, warm line that accepts it and wishes {s.object()} well is enough."
        )
        message = f"{opening}.{done} The kit will not suggest writing again; the next step is about you (S2.3, S2.4, S5.4)."
        return _advice(sit, "accept_refusal", message, "gentle", refused_at=c.since, written_since=c.written_since,
                       reason=c.reason)  # fmt: skip
    message = (
        f"{opening}, and you have been in touch {c.written_since} times since. The kindest thing now is "
        "to stop: no plea, no argument (S2.3, S2.4, S5.4). If they want contact, they know where you are."
    )
    return _advice(sit, "accept_refusal", message, "caution", refused_at=c.since, written_since=c.written_since,
                   reason=c.reason)  # fmt: skip


def _pestering(sit: Situation) -> Advice | None:
    s = sit.settings
    run, week = sit.unanswered, sit.recent_unanswered
    if run < s.pestering_run and week < s.pestering_week:
        return None
    if run >= s.pestering_run:
        where = f"since {s.possessive()} last reply" if sit.events["theirs"].any() else "with no reply yet"
        figure = f"You have sent {_times(run, 'message')} {where}."
    else:
        figure = f"You have sent {_times(week, 'message')} in the last {s.pestering_window_days} days with no reply."
    message = (
        f"{figure} A run of messages can feel like pressure, however kindly meant. Let it rest "
        f"and leave the next move to {s.object()} (S1.5)."
    )
    return _advice(sit, "pestering", message, "gentle", unanswered=run, last_window=week)


def _use_writing_first(sit: Situation) -> Advice | None:
    ev, s = sit.events, sit.settings
    if sit.stage != Stage.CONTACT or ev.empty:
        return None
    contact_rows = ev[~ev["kind"].eq("no_answer")]
    gaps = contact_rows["at"].diff()
    fresh = contact_rows[contact_rows["direction"].eq("out") & (gaps.isna() | (gaps >= s.silence_days * DAY))]
    if fresh.empty:
        return None
    row = fresh.iloc[-1]
    if row["channel"] not in s.spoken_channels or sit.now - row["at"] > s.writing_first_window_days * DAY:
        return None
    gap = gaps.loc[fresh.index[-1]]
    label = LABELS["channel"].get(row["channel"], row["channel"]).lower()
    days = None if pd.isna(gap) else int(gap / DAY)
    after = "Your first contact" if days is None else f"Your first contact after {days} days of quiet"
    opening = "When getting back in touch" if days is None else "After a long gap"
    message = (
        f"{after} was a {label}. {opening}, a text or an email is easier: it gives "
        f"{s.object()} time to think before answering (S1.1)."
    )
    return _advice(sit, "use_writing_first", message, "gentle", channel=row["channel"], gap_days=days)


def _wait_after_positive(sit: Situation) -> Advice | None:
    s = sit.settings
    if sit.question_pending and sit.stage == Stage.CONTACT and sit.last_warm is not None and sit.wait_until:
        message = (
            f"{s.subject(True)} replied warmly {_ago(sit.last_warm, sit)} and asked you something. "
            "Answering is fine, and it is not pestering: keep it short and light, and let "
            f"{s.object()} lead from there (S1.2, S1.3)."
        )
        return _advice(sit, "wait_after_positive", message, "gentle", reply_at=sit.last_warm, question=True,
                       wait_until=None, days_left=0)  # fmt: skip
    if sit.wait_until is None or sit.last_warm is None:
        return None
    left, until = clock.until_words(sit.wait_until, sit.now.to_pydatetime(), sit.zone)
    message = (
        f"{s.subject(True)} replied warmly {_ago(sit.last_warm, sit)}. Let it settle: give it {until}, "
        "before you write again (S1.3)."
    )
    return _advice(sit, "wait_after_positive", message, "gentle", reply_at=sit.last_warm, question=False,
                   wait_until=sit.wait_until, days_left=left)  # fmt: skip


def _too_early_to_meet(sit: Situation) -> Advice | None:
    ev = sit.events
    asks = ev[ev["kind"].eq("meet_ask") & ev["direction"].eq("out")]
    if asks.empty or ev["kind"].eq("refusal").any():
        return None
    index = asks.index[-1]
    warm = ev["theirs"] & ev["tone"].eq("positive")
    before, after = warm.loc[: index - 1].any(), warm.loc[index + 1 :].any()
    if before or after or ev.loc[index + 1 :, "kind"].eq("meeting").any():
        return None
    at = asks["at"].iloc[-1]
    message = (
        f"You asked to meet ({_day(at, sit)}) before {sit.settings.subject()} had replied warmly even once. "
        "Early on, the aim is only to clear the air (S1.6). There is no need to ask again; "
        "let the easy messages come first."
    )
    return _advice(sit, "too_early_to_meet", message, "gentle", asked_at=at)


def _ready_to_ask(sit: Situation) -> Advice | None:
    if not sit.ready_to_ask:
        return None
    s = sit.settings
    message = (
        f"{s.subject(True)} replied warmly {_times(sit.warm_replies, 'time')} recently, on {sit.warm_days} "
        "different days, and nothing of yours is waiting for an answer. If and when it feels right, you "
        "could suggest catching up: a coffee or a walk, some time next week (S2.1, S2.2). A no is "
        "possible, and that is all right."
    )
    return _advice(sit, "ready_to_ask", message, "info", warm_replies=sit.warm_replies, days=sit.warm_days)


def _step_back(sit: Situation) -> Advice | None:
    ev, s = sit.events, sit.settings
    if sit.stage == Stage.OUTCOME or not ev["theirs"].any():
        return None
    reason = _cooling(ev, s) or _quiet(sit)
    if reason is None:
        return None
    message = (
        f"{reason} That can be a sign to step back: leave the next move to {s.object()}, and bring up "
        f"the relationship only when you see openness from {s.object()} (S3.2, S3.3)."
    )
    return _advice(sit, "step_back", message, "gentle", reason=reason)


def _cooling(ev: pd.DataFrame, s: AdviceSettings) -> str | None:
    """Their replies have turned cool, or much slower than their own earlier pace."""
    toned = ev[ev["direction"].eq("in") & ev["tone"].isin(["positive", "neutral", "negative"])]
    last = toned["tone"].tail(s.cool_run)
    if len(last) == s.cool_run and last.eq("negative").all():
        return f"{s.possessive(True)} last {s.cool_run} replies came across as cool."
    hours = _reply_hours(ev)
    if len(hours) >= 8:
        earlier, recent = np.median(hours[:-3]), np.median(hours[-3:])
        if recent >= 24 and recent >= s.slow_factor * max(earlier, 1.0):
            return f"{s.possessive(True)} recent replies have taken much longer than before (about {recent / 24:.0f} days)."
    return None


def _reply_hours(ev: pd.DataFrame) -> np.ndarray:
    """Hours from each first unanswered message of the user to their next reply, oldest first."""
    hours, waiting = [], None
    for at, out, theirs in zip(ev["at"], ev["out"], ev["theirs"], strict=True):  # a journal's rows, not a chat
        if out and waiting is None:
            waiting = at
        elif theirs and waiting is not None:
            hours.append((at - waiting) / pd.Timedelta(hours=1))
            waiting = None
    return np.asarray(hours, dtype=float)


def _quiet(sit: Situation) -> str | None:
    ev = sit.events
    if not sit.unanswered:
        return None
    last_out = ev.loc[ev["out"], "at"].iloc[-1]
    days = clock.calendar_days(last_out.to_pydatetime(), sit.now.to_pydatetime(), sit.zone)
    if days < sit.settings.quiet_days:
        return None
    return f"Your last message was {days} days ago and no answer has come."


def _pressure_in_sent(sit: Situation) -> Advice | None:
    ev = sit.events
    recent = ev[ev["out"] & (ev["at"] > sit.now - PRESSURE_DAYS * DAY) & ev["text"].str.strip().ne("")]
    if recent.empty:
        return None
    for at, text in zip(recent["at"][::-1][:PRESSURE_LOOKED_AT], recent["text"][::-1][:PRESSURE_LOOKED_AT], strict=True):
        found = _pressure(text)
        if found:
            start, end = found[0].span
            quote = " ".join(text[start:end].split())
            quote = quote if len(quote) <= 80 else quote[:79].rstrip() + "…"
            message = (
                f"One of your recent messages ({_day(at, sit)}) says \u201c{quote}\u201d. Words like these can "
                "read as pressure, even when they come from missing someone. If you write again, keep it "
                "light and leave them free to answer or not (S1.1, S1.5)."
            )
            return _advice(sit, "pressure_in_sent", message, "gentle", sent_at=at, finding=found[0].rule)
    return None


def _pressure(text: str) -> list[Any]:
    """Pleading or anger in a message the user sent (the draft checks' findings, S2.3)."""
    from .drafts import check_meet_ask

    return [f for f in check_meet_ask(text).findings if f.rule in ("pleading", "anger")]


def _urges_rising(sit: Situation, held: np.ndarray) -> Advice | None:
    week = 7 * 86_400 * 10**9
    now = sit.now.value
    this_week = int(np.count_nonzero(held > now - week))
    before = int(np.count_nonzero((held > now - 2 * week) & (held <= now - week)))
    if this_week < sit.settings.urges_week or this_week <= before:
        return None
    unanswered = sit.unanswered > 0 or sit.closed
    if not unanswered:
        return None
    message = (
        f"You held back {_times(this_week, 'message')} this week, more than the week before. Wanting to "
        "write while you wait is very human, and putting the words here instead of sending them is a kind "
        "thing to do, for you both (S1.5). If it helps, write the next one here too, then do something "
        "that is just for you."
    )
    return _advice(sit, "urges_rising", message, "info", held_back_this_week=this_week, held_back_before=before)


def _watch_old_habits(sit: Situation) -> Advice | None:
    ev = sit.events
    dates = ev[ev["kind"].eq("date")]
    if dates.empty or dates["tone"].iloc[-1] == "negative":
        return None
    if ev.loc[dates.index[-1] + 1 :, "kind"].eq("refusal").any():
        return None
    at = dates["at"].iloc[-1]
    days = clock.calendar_days(at.to_pydatetime(), sit.now.to_pydatetime(), sit.zone)
    message = (
        f"You are trying again; your last date was {_ago(at, sit)}. Go slowly, keep your "
        "list of what went wrong the first time close, and check in on old habits now and then "
        "(S5.2, S5.3)."
    )
    return _advice(sit, "watch_old_habits", message, "info", date_at=at, days_since=days)


RULES: dict[str, tuple[str, ...]] = {
    "stay_safe": ("S5.4",),  # a safety concern (docs/care.md): turn to your own life
    "respect_boundary": ("S5.4", "S5.5"),
    "accept_refusal": ("S2.3", "S2.4", "S5.4"),
    "pressure_in_sent": ("S1.1", "S1.5"),
    "urges_rising": ("S1.5",),
    "pestering": ("S1.5",),
    "step_back": ("S3.2", "S3.3"),
    "too_early_to_meet": ("S1.6",),
    "use_writing_first": ("S1.1",),
    "wait_after_positive": ("S1.3",),
    "ready_to_ask": ("S2.1",),
    "watch_old_habits": ("S5.2", "S5.3"),
}
"""Rule id -> the guide IDs (docs/guide.md) it serves, in the order `advise` reports them."""

_OPEN_PATH: tuple[Callable[[Situation], Advice | None], ...] = (
    _pressure_in_sent,
    _pestering,
    _step_back,
    _too_early_to_meet,
    _use_writing_first,
    _wait_after_positive,
    _ready_to_ask,
    _watch_old_habits,
)


def advise_for(sit: Situation, timeline: Any = None) -> list[Advice]:
    """The advice for a situation already read (`situation.situation`), most pressing first.

    :param timeline: the frame the situation was read from (for held-back messages); optional
    """
    held = contact.held_back_times(timeline, sit.now) if timeline is not None else np.empty(0, dtype=np.int64)
    urges = _urges_rising(sit, held)
    if sit.closed:  # nothing that could read as "write again"
        closing = _stay_safe(sit) or _respect_boundary(sit) or _accept_refusal(sit)
        return [a for a in (closing, urges) if a is not None]
    found = [check(sit) for check in _OPEN_PATH]
    return [a for a in (found[0], urges, *found[1:]) if a is not None]


def advise(
    timeline: Any,
    now: datetime | str | None = None,
    settings: AdviceSettings | Mapping[str, Any] | None = None,
    *,
    since: datetime | str | None = None,
) -> list[Advice]:
    """What the guide advises for this timeline at `now`, most pressing first.

    :param timeline: a timeline frame (needs at, direction, kind; channel, tone, text optional)
    :param now: the moment to advise for; later events are ignored (default: the current time)
    :param settings: `AdviceSettings`, or the journal's settings such as ``{"their_name": "Robin"}``
    :param since: read only events from here on (default: the reconnection window, setting `split_on`)
    :return: the rules that apply; empty when none does (see `summary_message`)
    """
    return advise_for(situation(timeline, now, dict(settings) if isinstance(settings, Mapping) else settings,
                                since=since), timeline)  # fmt: skip


_TIPS: dict[Stage, str] = {
    Stage.CONTACT: "Nothing needs doing right now. If you write, keep it short and light, in writing (S1.1, S1.2).",
    Stage.MEET_ASK: "Nothing needs doing right now. Whatever the answer to a meeting, meet it calmly (S2.3).",
    Stage.CATCH_UP: "Nothing needs doing right now. Keep it easy, and follow how open they seem (S3.2, S3.3).",
    Stage.HEART_TO_HEART: "Nothing needs doing right now. Own your part plainly, with no buts (S4.3).",
    Stage.OUTCOME: "Nothing needs doing right now. Whatever the outcome, you tried, and that counts (S5.5).",
}


def stage_tip(stage: Stage | str) -> str:
    """A calm line for when no rule applies at `stage`."""
    return _TIPS[Stage(stage)]


def summary_message(advice: list[Advice], stage: Stage | str = Stage.CONTACT) -> str:
    """Markdown for a notebook: one bullet per advice, or the stage tip when there is none.

    Never empty, and it never promises an outcome.
    """
    title = STAGES[Stage(stage)].title if not advice else STAGES[advice[0].stage].title
    if not advice:
        return f"**{title}.** {stage_tip(stage)}"
    lines = [f"**{title}.**"] + [f"- *{a.severity}*: {a.message}" for a in advice]
    return "\n".join(lines)
