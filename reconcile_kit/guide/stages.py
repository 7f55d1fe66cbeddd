"""The guide's five stages as data, and which stage a timeline has reached.

Each stage has a title, a short intro in the kit's own words and a checklist. Checklist item
ids ("S1.2", "S3.3-signals", ...) are stable: the journal stores ticks under them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
import pandas as pd

from ..cadence import events
from ..model import Stage, coerce
from .reading import read_for_guide

__all__ = [
    "ChecklistItem",
    "StageInfo",
    "STAGES",
    "HEART_TO_HEART_TAGS",
    "BEFORE",
    "stage_info",
    "checklist_items",
    "reaches_out",
    "stage_codes",
    "stage_of",
    "current_stage",
    "stage_spans",
]


@dataclass(frozen=True)
class ChecklistItem:
    """One thing to do or keep in mind, with the guide IDs (docs/guide.md) it serves."""

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


# Tags that mark a logged contact as the relationship talk of stage 4 (S4.1).
HEART_TO_HEART_TAGS = ("heart_to_heart", "heart-to-heart", "relationship_talk", "relationship talk")
_TALK_TAGS = re.compile(r"(?:^|,)\s*(?:" + "|".join(HEART_TO_HEART_TAGS) + r")\s*(?:,|$)")
# The kinds that move the path on, by the stage they reach (an index into _PATH).
_RANK = {"meet_ask": 1, "meeting": 2, "apology": 3}
_PATH = (Stage.CONTACT, Stage.MEET_ASK, Stage.CATCH_UP, Stage.HEART_TO_HEART, Stage.OUTCOME)
BEFORE = "before"  # the span before the reconnection window (setting split_on), in stage_spans
_FOR_GOOD = ("date", "boundary")  # outcome for good: trying again, or no contact
_CLOSING = ("refusal", "no_answer")  # outcome until they reach out again (guide.closure)
_COLUMNS = ("kind", "tags", "direction", "tone")  # what `stage_codes` reads of the events


def reaches_out(direction: Any, kind: Any, tone: Any = None) -> np.ndarray:
    """Which events are the OTHER person reaching out, the one thing that reopens a no (guide.closure).

    Theirs (direction ``in``), not a closing mark, and not cold: a negative word from them ("please
    stop writing to me") is not an opening, so it never reopens a no.
    """
    theirs = (np.asarray(direction, dtype=object) == "in") & ~np.isin(np.asarray(kind, dtype=object), _CLOSING)
    if tone is not None:
        theirs &= np.asarray(tone, dtype=object) != "negative"
    return theirs


def stage_codes(
    kind: np.ndarray, tags: np.ndarray | None = None, direction: np.ndarray | None = None, tone: np.ndarray | None = None
) -> np.ndarray:
    """The stage reached at each event, as an index into (contact ... outcome): THE stage rule.

    contact until a meeting is asked for (`meet_ask`); meet_ask until one happens; catch_up after
    a `meeting`; heart_to_heart once an `apology` (or a contact tagged `heart_to_heart`) is logged;
    outcome from the first `date` or `boundary` on, for good; outcome from a `refusal` (including
    a no to the ask to meet: S2.3, S2.4) or a recorded no answer until THEY reach out again
    (`reaches_out`): then the stage is the furthest reached since (guide.closure).

    :param kind: the events' kinds (lower-case words), oldest first; ``no_answer`` marks a
        recorded no answer
    :param tags: their tags (lower-case text), or None
    :param direction: their directions (``out``, ``in``, ``both``), or None (nobody reopens)
    :param tone: their tones (``negative`` never reopens), or None
    """
    n = len(kind)
    rank = np.zeros(n, dtype=np.int64)
    for name, value in _RANK.items():
        rank[kind == name] = value
    if tags is not None and n:
        talk = np.fromiter((bool(text) and _TALK_TAGS.search(text) is not None for text in tags), bool, n)
        rank[talk] = 3
    closing = np.isin(kind, _CLOSING)
    rank[closing] = 0
    last_close = np.maximum.accumulate(np.where(closing, np.arange(n), -1))

    def since_last_close(mask: np.ndarray) -> np.ndarray:
        counts = np.cumsum(mask)
        return counts > np.where(last_close >= 0, counts[np.maximum(last_close, 0)], 0)

    reached = np.zeros(n, dtype=np.int64)
    for value in (1, 2, 3):  # the furthest rank seen since the last closing mark
        reached[since_last_close(rank == value)] = value
    theirs = reaches_out(direction, kind, tone) if direction is not None else np.zeros(n, dtype=bool)
    reopened = since_last_close(theirs)
    stage = np.where(np.cumsum(closing) > 0, np.where(reopened, reached, 4), reached)
    stage[np.cumsum(np.isin(kind, _FOR_GOOD)) > 0] = 4
    return stage


def stage_of(events: pd.DataFrame) -> Stage:
    """The stage reached by contact events already read for the guide (`reading.read_for_guide`)."""
    if events.empty:
        return Stage.CONTACT
    codes = stage_codes(*(events[name].to_numpy(dtype=object) for name in _COLUMNS))
    return _PATH[int(codes[-1])]


def current_stage(timeline: Any, now: datetime | str | None = None, since: datetime | str | None = None) -> Stage:
    """The stage the timeline has reached by `now` (default: the current time); see `stage_codes`.

    Soft-deleted rows, notes, held-back messages and events after `now` (or before `since`, the
    reconnection window) are ignored.
    """
    return stage_of(read_for_guide(timeline, now, since))


def stage_spans(
    timeline: pd.DataFrame, now: datetime | str | None = None, since: datetime | str | None = None
) -> pd.DataFrame:
    """When each stage of the guide began and ended (the charts draw these), by `stage_codes`.

    A span runs from the event that began it to the one that began the next; the last (current)
    one ends at ``now``, or at the last event when ``now`` is None. With ``since`` (the start of the
    reconnection window) the events before it form one span of their own, ``before``: the
    relationship as it was, never "getting back in touch".

    :return: columns ``stage``, ``start``, ``end``; one row per span, oldest first
    """
    ev = events.prepare(timeline, now)
    t = ev["at"].to_numpy(dtype="datetime64[ns]").view(np.int64)
    stage = stage_codes(*(ev[name].to_numpy(dtype=object) for name in _COLUMNS))
    if since is not None and len(t):
        before = t < events.as_utc(since).value
        later = stage_codes(*(ev[name].to_numpy(dtype=object)[~before] for name in _COLUMNS))
        stage = np.concatenate((np.full(int(before.sum()), -1, dtype=np.int64), later))
    change = np.flatnonzero(np.concatenate(([True], stage[1:] != stage[:-1]))) if len(stage) else stage
    starts = t[change]
    finish = max(events.as_utc(now).value, int(t[-1])) if now is not None and len(t) else t[-1:]
    ends = np.append(starts[1:], finish).astype(np.int64)
    keep = (ends > starts) | (np.arange(len(starts)) == len(starts) - 1)  # drop same-instant steps
    names = np.array([str(s) for s in _PATH] + [BEFORE], dtype=object)  # index -1 is "before"
    return pd.DataFrame(
        {
            "stage": pd.Series(names[stage[change][keep]], dtype=object),
            "start": events.to_times(starts[keep]),
            "end": events.to_times(ends[keep]),
        }
    )
