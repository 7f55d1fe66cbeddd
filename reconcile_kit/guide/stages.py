"""The guide's five stages as data, and which stage a timeline has reached.

Each stage has a title, a short intro in the kit's own words and a checklist. Checklist item
ids ("S1.2", "S3.3-signals", ...) are stable: the journal stores ticks under them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd

from ..model import Stage, coerce
from .events import HEART_TO_HEART_TAGS, prepare

__all__ = ["ChecklistItem", "StageInfo", "STAGES", "stage_info", "checklist_items", "current_stage", "stage_of"]


@dataclass(frozen=True)
class ChecklistItem:
    """One thing to do or keep in mind, with the GUIDE.md IDs it serves."""

    id: str
    guide_ids: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class StageInfo:
    """A stage of the guide: its title, a short intro and its checklist."""

    stage: Stage
    title: str
    intro: str
    items: tuple[ChecklistItem, ...]


def _item(item_id: str, text: str, *guide_ids: str) -> ChecklistItem:
    return ChecklistItem(item_id, guide_ids or (item_id.split("-")[0],), text)


STAGES: dict[Stage, StageInfo] = {
    Stage.CONTACT: StageInfo(
        Stage.CONTACT,
        "Getting back in touch",
        "Small, light steps. The only aim for now is to make the air between you a little easier.",
        (
            _item("S1.1", "Start in writing, a text or an email, above all after a long quiet spell."),
            _item("S1.2", "Keep the first messages short and easy: a shared memory, a simple hello."),
            _item("S1.3", "After a warm reply, let a few days pass before you write again."),
            _item("S1.4", "Go in steady and expect nothing: any answer is information, not a verdict."),
            _item("S1.5", "Leave room: no string of messages while you wait for an answer."),
            _item("S1.6", "Hold off on asking to meet for now."),
        ),
    ),
    Stage.MEET_ASK: StageInfo(
        Stage.MEET_ASK,
        "Asking to meet",
        "When the replies have been warm for a while, you might suggest meeting. A no is a real "
        "possibility, and it deserves the same kindness as a yes.",
        (
            _item("S2.1", "Ask only once contact feels easy again, and only if you want to."),
            _item("S2.2", "Frame it as catching up, not a date: a coffee or a walk, with a rough time."),
            _item("S2.3", "Rehearse hearing a no: stay calm, do not plead, wish them well."),
            _item("S2.4", "If the answer is no, end on good terms."),
        ),
    ),
    Stage.CATCH_UP: StageInfo(
        Stage.CATCH_UP,
        "Catching up",
        "You have met. Let it be an easy conversation about life now, not a review of the past.",
        (
            _item("S3.1", "Have a few things ready to share about your life since: something you started."),
            _item("S3.2", "Bring up the relationship only if they seem open to it."),
            _item("S3.3-signals", "Notice how they respond; if they turn guarded, let it go and change topic.", "S3.3"),
        ),
    ),
    Stage.HEART_TO_HEART: StageInfo(
        Stage.HEART_TO_HEART,
        "Heart-to-heart and apology",
        "If the moment is right, say what you feel and own your part, plainly and without conditions.",
        (
            _item("S4.1", "Say honestly how you feel and what you regret about how it ended."),
            _item("S4.2", "Stay present: look at them, put the phone away."),
            _item("S4.3", "Apologise for something specific and take full responsibility: no buts, no excuses."),
        ),
    ),
    Stage.OUTCOME: StageInfo(
        Stage.OUTCOME,
        "The outcome",
        "Whatever the answer, it is theirs to give. Trying again and closing the chapter are both ways forward.",
        (
            _item("S5.1", "If the answer is yes, go slowly: start with something casual."),
            _item("S5.2", "Keep talking, and keep your list of what went wrong the first time."),
            _item("S5.3", "Check in on old habits now and then."),
            _item("S5.4", "If the answer is no, accept it with grace; do not plead."),
            _item("S5.4-boundary", "If they asked for no contact, honour it fully.", "S5.4"),
            _item("S5.5", "Either way, note what you learned: you tried, and that counts."),
        ),
    ),
}


def stage_info(stage: Stage | str) -> StageInfo:
    """The title, intro and checklist of `stage` (a `Stage` or its string, e.g. "catch_up")."""
    return STAGES[Stage(coerce("stage", stage))]


def checklist_items() -> tuple[ChecklistItem, ...]:
    """Every checklist item of every stage, in guide order."""
    return tuple(item for info in STAGES.values() for item in info.items)


_RANK = {"message": 0, "meet_ask": 1, "meeting": 2, "apology": 3}
_TALK_TAGS = r"(?:^|,)\s*(?:" + "|".join(HEART_TO_HEART_TAGS) + r")\s*(?:,|$)"
_ORDER = (Stage.CONTACT, Stage.MEET_ASK, Stage.CATCH_UP, Stage.HEART_TO_HEART)


def _highest(events: pd.DataFrame, floor: int = 0) -> Stage:
    ranks = events["kind"].map(_RANK).fillna(0)
    talk = events["tags"].str.contains(_TALK_TAGS, regex=True)
    ranks = ranks.where(~talk, 3)
    return _ORDER[int(max(floor, ranks.max() if len(ranks) else 0))]


def current_stage(timeline: Any, now: datetime | str | None = None) -> Stage:
    """The stage the timeline has reached by `now` (default: the current time).

    contact until a meeting is asked for; meet_ask until one happens; catch_up after a meeting;
    heart_to_heart once an apology (or a meeting tagged `heart_to_heart`) is logged; outcome after
    a `date`, any `boundary`, or a `refusal`, including a no to the ask to meet (S2.3, S2.4:
    accept it). Only a meeting logged after a refusal reopens the path: they said yes later.
    A boundary always means outcome. Soft-deleted rows, notes and events after `now` are ignored.
    """
    return stage_of(prepare(timeline, now))


def stage_of(events: pd.DataFrame) -> Stage:
    """The stage reached by already prepared events (`events.prepare`)."""
    kinds = events["kind"]
    if kinds.isin(["boundary", "date"]).any():
        return Stage.OUTCOME
    refusals = events.index[kinds.eq("refusal")]
    if len(refusals):
        after = events.loc[refusals[-1] + 1 :]
        if not after["kind"].eq("meeting").any():
            return Stage.OUTCOME
        return _highest(after, floor=2)
    return _highest(events)
