"""The advice rules: what the guide (docs/guide.md) says about the timeline as it stands.

`advise` returns only the rules that apply, most pressing first. Each `Advice` has a severity:

- ``"info"``: good to know, or a possibility opening up (`ready_to_ask`, `watch_old_habits`);
- ``"gentle"``: a soft nudge to hold back or do something differently (`use_writing_first`,
  `pestering`, `wait_after_positive`, `too_early_to_meet`, `accept_refusal` before any reply);
- ``"caution"``: a line to respect (`respect_boundary`; `accept_refusal` once the user has written
  after the no).

A logged boundary silences every other rule: only `respect_boundary` speaks about contact, and no
rule ever suggests reaching out again. When nothing applies the list is empty;
`summary_message` then gives a stage tip, so a notebook never shows an empty screen.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pandas as pd

from ..cadence.events import as_utc
from ..model import LABELS, Stage
from .settings import AdviceSettings, to_settings
from .stages import STAGES, read_for_guide, stage_of

__all__ = ["Advice", "advise", "summary_message", "stage_tip", "RULES", "SEVERITIES"]

SEVERITIES: tuple[str, ...] = ("info", "gentle", "caution")
DAY = pd.Timedelta(days=1)


@dataclass(frozen=True)
class Advice:
    """One piece of advice: the rule that fired, the stage, guide IDs, a plain message, figures."""

    rule: str
    stage: Stage
    guide_ids: tuple[str, ...]
    message: str
    severity: str
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class _Context:
    events: pd.DataFrame
    now: pd.Timestamp
    settings: AdviceSettings
    stage: Stage

    def rows(self, kind: str, direction: str | None = None) -> pd.DataFrame:
        chosen = self.events["kind"].eq(kind)
        if direction:
            chosen &= self.events["direction"].eq(direction)
        return self.events[chosen]

    def warm_replies(self) -> pd.DataFrame:
        ev = self.events
        return ev[ev["direction"].eq("in") & ev["tone"].eq("positive")]

    def written_after(self, index: int) -> int:
        """Outgoing contacts (not meetings) after row `index`."""
        return int(self.events.loc[index + 1 :, "out"].sum())


def _times(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _day(stamp: pd.Timestamp) -> str:
    return f"{stamp:%a} {stamp.day} {stamp:%b}"


def _advice(ctx: _Context, rule: str, message: str, severity: str, **data: Any) -> Advice:
    return Advice(rule, ctx.stage, RULES[rule], message, severity, data)


def _respect_boundary(ctx: _Context) -> Advice | None:
    bounds = ctx.rows("boundary")
    if bounds.empty:
        return None
    at = bounds["at"].iloc[-1]
    since = ctx.written_after(bounds.index[-1])
    s = ctx.settings
    message = (
        f"{s.subject(True)} asked for no contact ({_day(at)}). That is {s.possessive()} choice, and "
        "the kit will not suggest reaching out again. "
    )
    if since:
        message += f"You have written {_times(since, 'time')} since; it is kinder to stop here. "
    message += "This is a time to look after yourself and turn toward closure (S5.4, S5.5)."
    return _advice(ctx, "respect_boundary", message, "caution", boundary_at=at, written_since=since)


def _refusal_index(ctx: _Context) -> int | None:
    """Row of the latest refusal still in force (no meeting logged after it)."""
    refusals = ctx.rows("refusal")
    if refusals.empty:
        return None
    last = refusals.index[-1]
    reopened = ctx.events.loc[last + 1 :, "kind"].eq("meeting").any()
    return None if reopened else int(last)


def _accept_refusal(ctx: _Context) -> Advice | None:
    index = _refusal_index(ctx)
    if index is None:
        return None
    at = ctx.events.at[index, "at"]
    since = ctx.written_after(index)
    s = ctx.settings
    if since:
        message = (
            f"{s.subject(True)} said no ({_day(at)}), and you have written {_times(since, 'time')} since. "
            "The kindest thing now is to accept it and stop asking: no plea, no argument "
            "(S2.3, S2.4, S5.4). Ending on good terms is better for you both."
        )
        return _advice(ctx, "accept_refusal", message, "caution", refused_at=at, written_since=since)
    message = (
        f"{s.subject(True)} said no ({_day(at)}). If you answer at all, one short, warm line that "
        f"accepts it and wishes {s.object()} well is enough (S2.3, S2.4). Then turn back to your own "
        "life (S5.4)."
    )
    return _advice(ctx, "accept_refusal", message, "gentle", refused_at=at, written_since=since)


def _unanswered(ctx: _Context) -> tuple[int, int]:
    """(outgoing messages since their last reply, outgoing in the window if they never replied in it)."""
    ev = ctx.events
    replies = ev.index[ev["theirs"]]
    after = ev.loc[replies[-1] + 1 :] if len(replies) else ev
    run = int(after["out"].sum())
    window = ev[ev["at"] > ctx.now - ctx.settings.pestering_window_days * DAY]
    week = 0 if window["theirs"].any() else int(window["out"].sum())
    return run, week


def _pestering(ctx: _Context) -> Advice | None:
    if _refusal_index(ctx) is not None:
        return None  # accept_refusal speaks; nothing here may read as "wait, then write again"
    run, week = _unanswered(ctx)
    s = ctx.settings
    if run < s.pestering_run and week < s.pestering_week:
        return None
    if run >= s.pestering_run:
        replied = ctx.events["theirs"].any()
        where = f"since {s.possessive()} last reply" if replied else "with no reply yet"
        figure = f"You have sent {_times(run, 'message')} {where}."
    else:
        figure = f"You have sent {_times(week, 'message')} in the last {s.pestering_window_days} days with no reply."
    message = (
        f"{figure} A run of messages can feel like pressure, however kindly meant. Let it rest "
        f"and leave the next move to {s.object()} (S1.5)."
    )
    return _advice(ctx, "pestering", message, "gentle", unanswered=run, last_window=week)


def _use_writing_first(ctx: _Context) -> Advice | None:
    ev, s = ctx.events, ctx.settings
    if ctx.stage != Stage.CONTACT or ev.empty:
        return None
    gaps = ev["at"].diff()
    fresh = ev[ev["direction"].eq("out") & (gaps.isna() | (gaps >= s.silence_days * DAY))]
    if fresh.empty:
        return None
    row = fresh.iloc[-1]
    if row["channel"] not in s.spoken_channels or ctx.now - row["at"] > s.writing_first_window_days * DAY:
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
    return _advice(ctx, "use_writing_first", message, "gentle", channel=row["channel"], gap_days=days)


def _wait_after_positive(ctx: _Context) -> Advice | None:
    warm = ctx.warm_replies()
    if warm.empty or ctx.stage != Stage.CONTACT:
        return None  # S1.3 is about getting back in touch; later a warm reply needs no waiting
    at = warm["at"].iloc[-1]
    until = at + ctx.settings.wait_days * DAY
    if until <= ctx.now or ctx.written_after(warm.index[-1]):
        return None
    left = max(1, math.ceil((until - ctx.now) / DAY))
    ago = int((ctx.now - at) / DAY)
    when = "today" if ago == 0 else "yesterday" if ago == 1 else f"{ago} days ago"
    s = ctx.settings
    message = (
        f"{s.subject(True)} replied warmly {when}. Let it settle: give it about {_times(left, 'more day')}, "
        f"until {_day(until)}, before you write again (S1.3)."
    )
    return _advice(ctx, "wait_after_positive", message, "gentle", reply_at=at, wait_until=until, days_left=left)


def _too_early_to_meet(ctx: _Context) -> Advice | None:
    asks = ctx.rows("meet_ask", "out")
    if asks.empty or _refusal_index(ctx) is not None:
        return None
    ev, index = ctx.events, asks.index[-1]
    warm = ev["theirs"] & ev["tone"].eq("positive")
    before, after = warm.loc[: index - 1].any(), warm.loc[index + 1 :].any()
    if before or after or ev.loc[index + 1 :, "kind"].eq("meeting").any():
        return None
    at = asks["at"].iloc[-1]
    message = (
        f"You asked to meet ({_day(at)}) before {ctx.settings.subject()} had replied warmly even once. "
        "Early on, the aim is only to clear the air (S1.6). There is no need to ask again; "
        "let the easy messages come first."
    )
    return _advice(ctx, "too_early_to_meet", message, "gentle", asked_at=at)


def _ready_to_ask(ctx: _Context) -> Advice | None:
    s, kinds = ctx.settings, ctx.events["kind"]
    if ctx.stage != Stage.CONTACT or kinds.isin(["meet_ask", "meeting", "refusal"]).any():
        return None
    warm = ctx.warm_replies()
    days = warm["at"].dt.date.nunique()
    if len(warm) < s.ready_replies or days < s.ready_days:
        return None
    if _pestering(ctx) or _wait_after_positive(ctx):
        return None
    message = (
        f"{s.subject(True)} replied warmly {_times(len(warm), 'time')}, on {days} different days. "
        "If and when it feels right, you could suggest catching up: a coffee or a walk, some time "
        "next week (S2.1). A no is possible, and that is all right."
    )
    return _advice(ctx, "ready_to_ask", message, "info", warm_replies=len(warm), days=days)


def _watch_old_habits(ctx: _Context) -> Advice | None:
    dates = ctx.rows("date")
    if dates.empty or dates["tone"].iloc[-1] == "negative":
        return None
    if ctx.events.loc[dates.index[-1] + 1 :, "kind"].eq("refusal").any():
        return None
    at = dates["at"].iloc[-1]
    days = int((ctx.now - at) / DAY)
    when = "today" if days == 0 else f"{_times(days, 'day')} ago"
    message = (
        f"You are trying again; your last date was {when}. Go slowly, keep your "
        "list of what went wrong the first time close, and check in on old habits now and then "
        "(S5.2, S5.3)."
    )
    return _advice(ctx, "watch_old_habits", message, "info", date_at=at, days_since=days)


RULES: dict[str, tuple[str, ...]] = {
    "respect_boundary": ("S5.4", "S5.5"),
    "accept_refusal": ("S2.3", "S2.4", "S5.4"),
    "pestering": ("S1.5",),
    "too_early_to_meet": ("S1.6",),
    "use_writing_first": ("S1.1",),
    "wait_after_positive": ("S1.3",),
    "ready_to_ask": ("S2.1",),
    "watch_old_habits": ("S5.2", "S5.3"),
}
"""Rule id -> the guide IDs (docs/guide.md) it serves, in the order `advise` reports them."""

_CHECKS: tuple[Callable[[_Context], Advice | None], ...] = (
    _accept_refusal,
    _pestering,
    _too_early_to_meet,
    _use_writing_first,
    _wait_after_positive,
    _ready_to_ask,
    _watch_old_habits,
)


def advise(
    timeline: Any,
    now: datetime | str | None = None,
    settings: AdviceSettings | Mapping[str, Any] | None = None,
) -> list[Advice]:
    """What the guide advises for this timeline at `now`, most pressing first.

    :param timeline: a timeline frame (needs at, direction, kind; channel and tone optional)
    :param now: the moment to advise for; later events are ignored (default: the current time)
    :param settings: `AdviceSettings`, or a dict of overrides such as ``{"their_name": "Robin"}``
    :return: the rules that apply; empty when none does (see `summary_message`)
    """
    chosen = to_settings(settings)
    clock = as_utc(now)
    events = read_for_guide(timeline, clock)
    ctx = _Context(events, clock, chosen, stage_of(events))
    boundary = _respect_boundary(ctx)
    if boundary is not None:
        return [boundary]  # a boundary silences every other rule about contact
    return [advice for check in _CHECKS if (advice := check(ctx)) is not None]


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
