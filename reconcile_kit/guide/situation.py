"""Where the user stands, read once: the state every surface of the guide speaks from (one voice).

`situation(timeline, now, settings)` reads the timeline once and answers the questions the
advice, the draft checks, the checklists, the stage card and the CLI all ask: which stage, is the
path closed, how many of the user's messages wait for an answer, is there a warm reply to let
settle and until which day, did their last message ask the user something, and is it a good
time to suggest meeting. No surface works these out for itself, so none can contradict another.

Days are calendar days in the user's zone (`reconcile_kit.clock`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

import pandas as pd

from .. import clock
from ..cadence.events import as_utc
from ..model import Stage
from .closure import Closure, closure_of, safety_concern
from .reading import read_for_guide
from .settings import AdviceSettings, to_settings
from .stages import stage_of

__all__ = ["Situation", "situation", "QUESTION"]

# Their message asked the user something: a question mark in its text or summary, or a summary
# that says so ("Robin asked how the choir is going").
QUESTION = re.compile(r"\?|\b(?:asked|asks|asking|wants to know|wanted to know|wondered)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Situation:
    """The state of the path at `now`, as every surface of the guide reads it.

    :param events: the contact events read (`reading.read_for_guide`), oldest first
    :param unanswered: the user's contacts since their last reply (all of them if they never replied)
    :param recent_unanswered: the user's contacts in the last `pestering_window_days` calendar days
        (today and the days before it), if they have not replied in that window (else 0)
    :param last_warm: their latest warm reply (a message from them with tone positive), or None
    :param wait_until: the first calendar day it is good to write again after that warm reply
        (S1.3), while it is still ahead and the user has not written since; else None
    :param question_pending: their latest contact asked the user something and the user has not
        answered yet
    :param warm_replies, warm_days: warm replies in the last `ready_recent_days` calendar days (today
        and the days before it, so the answer holds all day), and on how many days
    :param ready_to_ask: the guide's one answer to "may I suggest meeting now?" (S2.1)
    :param holds: why it is not yet time to ask (plain reasons), empty when `ready_to_ask`
    """

    events: pd.DataFrame
    now: pd.Timestamp
    zone: tzinfo
    settings: AdviceSettings
    stage: Stage
    closure: Closure | None
    unanswered: int
    recent_unanswered: int
    last_warm: pd.Timestamp | None
    wait_until: date | None
    question_pending: bool
    warm_replies: int
    warm_days: int
    ready_to_ask: bool
    holds: tuple[str, ...]

    @property
    def closed(self) -> bool:
        """True while a boundary, a no or no answer holds: nothing may suggest contact."""
        return self.closure is not None and self.closure.active

    @property
    def today(self) -> date:
        """Today, in the user's zone."""
        return clock.local_day(self.now.to_pydatetime(), self.zone)

    def days_left(self) -> int:
        """Calendar days until `wait_until` (0 when there is nothing to wait for)."""
        return 0 if self.wait_until is None else clock.calendar_days(self.today, self.wait_until, self.zone)


def _last_days(ev: pd.DataFrame, now: pd.Timestamp, days: int, zone: tzinfo) -> pd.DataFrame:
    """The events of the last `days` calendar days: today and the `days - 1` before (`clock`)."""
    return ev[ev["at"] >= clock.last_days_start(now.to_pydatetime(), days, zone)]


def _unanswered(ev: pd.DataFrame, now: pd.Timestamp, window_days: int, zone: tzinfo) -> tuple[int, int]:
    replies = ev.index[ev["theirs"]]
    after = ev.loc[replies[-1] + 1 :] if len(replies) else ev
    run = int(after["out"].sum())
    window = _last_days(ev, now, window_days, zone)
    recent = 0 if window["theirs"].any() else int(window["out"].sum())
    return run, recent


def _question_pending(ev: pd.DataFrame) -> bool:
    theirs = ev.index[ev["direction"].eq("in")]
    if not len(theirs):
        return False
    last = theirs[-1]
    if ev.loc[last + 1 :, "out"].any():
        return False
    return bool(QUESTION.search(f"{ev.at[last, 'text']} {ev.at[last, 'summary']}"))


def _wait_until(ev: pd.DataFrame, warm: pd.DataFrame, s: AdviceSettings, now: pd.Timestamp, zone: tzinfo) -> date | None:
    if warm.empty:
        return None
    last = warm.index[-1]
    if ev.loc[last + 1 :, "out"].any():
        return None  # they were answered already
    until = clock.add_days(warm.at[last, "at"].to_pydatetime(), s.wait_days, zone)
    return until if until > clock.local_day(now.to_pydatetime(), zone) else None


def situation(
    timeline: Any,
    now: datetime | str | None = None,
    settings: AdviceSettings | dict[str, Any] | None = None,
    *,
    since: datetime | str | None = None,
) -> Situation:
    """Read the timeline once and say where the user stands at `now` (default: the current time).

    :param timeline: a timeline frame (needs at, direction, kind)
    :param settings: `AdviceSettings`, or the journal's settings (`journal.settings()`): thresholds,
        `their_name`, `their_pronouns`, `timezone`, `split_on`, and `safety` (a safety concern
        closes the path: `closure.safety_concern`; only a mapping carries it)
    :param since: the start of the reconnection window; default: the day after `split_on`, if set
    """
    s = to_settings(settings)
    stamp = as_utc(now)
    zone = clock.zone_named(s.timezone)
    start = since if since is not None else s.window_start(zone)
    ev = read_for_guide(timeline, stamp, start)
    closure = closure_of(ev, safety_at=stamp if safety_concern(settings) else None)
    stage = stage_of(ev)
    run, recent = _unanswered(ev, stamp, s.pestering_window_days, zone)
    warm_all = ev[ev["direction"].eq("in") & ev["tone"].eq("positive")]
    last_warm = warm_all["at"].iloc[-1] if len(warm_all) else None
    wait_until = _wait_until(ev, warm_all, s, stamp, zone) if stage == Stage.CONTACT else None
    question = _question_pending(ev)
    recent_warm = _last_days(warm_all, stamp, s.ready_recent_days, zone)
    days = len({clock.local_day(t.to_pydatetime(), zone) for t in recent_warm["at"]})
    holds = _holds(ev, s, stage, closure, run, recent, wait_until, len(recent_warm), days)
    return Situation(ev, stamp, zone, s, stage, closure, run, recent, last_warm, wait_until, question,
                     len(recent_warm), days, not holds, holds)  # fmt: skip


def _holds(
    ev: pd.DataFrame, s: AdviceSettings, stage: Stage, closure: Closure | None, run: int, recent: int,
    wait_until: date | None, warm: int, days: int,
) -> tuple[str, ...]:  # fmt: skip
    """Why it is not (yet) a good time to suggest meeting; empty when it is (S2.1)."""
    if closure is not None and closure.active:
        return ("the path is closed",)
    if stage != Stage.CONTACT or ev["kind"].isin(["meet_ask", "meeting"]).any():
        return ("asking to meet is behind you",)
    holds = []
    if warm < s.ready_replies or days < s.ready_days:
        holds.append(f"fewer than {s.ready_replies} warm replies on {s.ready_days} different days in the last {s.ready_recent_days} days")
    if run:
        holds.append(f"{run} of your messages {'is' if run == 1 else 'are'} still waiting for an answer")
    if recent >= s.pestering_week:
        holds.append("several messages this week with no reply")
    if wait_until is not None:
        holds.append("a warm reply is still settling")
    return tuple(holds)
