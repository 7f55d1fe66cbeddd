"""Reciprocity: whether the conversation goes both ways (questions answered, words, who starts and ends, double texts, style matching).

Pure numpy over the contact events (`events.read`) and their texts (`wording.count`). Every
figure carries the count it rests on; below a documented minimum it is "too early to tell"
rather than a number. The lines report, never judge. Definitions: docs/cadence.md, "Reciprocity".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
import pandas as pd

from ..person import Person
from . import wording
from .events import Events, as_utc, read, to_times
from .metrics import CONVERSATION_GAP, MONDAY_OFFSET, NS_WEEK, bounds

__all__ = [
    "MIN_CONVERSATIONS",
    "MIN_MESSAGES",
    "MIN_QUESTIONS",
    "MIN_TURNS",
    "MIN_WEEKS",
    "MIN_WEEK_WORDS",
    "Measure",
    "Reciprocity",
    "reciprocity",
    "weekly_style",
]

MIN_QUESTIONS = 5  # questions asked by one side before the share answered is given
MIN_MESSAGES = 10  # messages with text from each side before words per message are compared
MIN_CONVERSATIONS = 5  # conversations before saying who starts and ends them
MIN_TURNS = 5  # your turns before the share of double texts is given
MIN_WEEK_WORDS = 50  # words from each side in a week before that week's style matching is measured
MIN_WEEKS = 2  # weeks with style matching before an average is given
_LSM_EPSILON = 0.0001  # Ireland et al. 2011: keeps a category neither side used from dividing by zero


@dataclass(frozen=True)
class Measure:
    """One figure and the count it rests on; `value` is None ("too early to tell") below `minimum`."""

    value: float | None
    count: int
    minimum: int

    @classmethod
    def of(cls, value: float, count: int, minimum: int) -> Measure:
        """`value` when `count` reaches `minimum`, else a figure that is too early to tell."""
        return cls(value=float(value) if count >= minimum else None, count=int(count), minimum=minimum)


@dataclass(frozen=True)
class Reciprocity:
    """Whether the conversation goes both ways; every field is defined in docs/cadence.md."""

    my_questions: int = 0
    their_questions: int = 0
    my_questions_answered: Measure = Measure(None, 0, MIN_QUESTIONS)
    their_questions_answered: Measure = Measure(None, 0, MIN_QUESTIONS)
    my_words: Measure = Measure(None, 0, MIN_MESSAGES)
    their_words: Measure = Measure(None, 0, MIN_MESSAGES)
    words_ratio: Measure = Measure(None, 0, MIN_MESSAGES)
    started_by_me: Measure = Measure(None, 0, MIN_CONVERSATIONS)
    ended_by_me: Measure = Measure(None, 0, MIN_CONVERSATIONS)
    double_texts: int = 0
    double_text_share: Measure = Measure(None, 0, MIN_TURNS)
    style_matching: Measure = Measure(None, 0, MIN_WEEKS)
    weekly: pd.DataFrame = field(default_factory=lambda: _empty_weekly(), repr=False, compare=False)
    now: datetime | None = None
    since: datetime | None = None

    def lines(self, name: str = "them") -> list[str]:
        """Plain sentences: each figure with what it rests on, or that it is too early to tell."""
        return reciprocity_lines(self, name)

    def to_markdown(self, name: str = "them") -> str:
        """The lines as a markdown bullet list for a notebook."""
        return "\n".join(f"- {line}" for line in self.lines(name))

    def _repr_markdown_(self) -> str:
        return self.to_markdown()


def _empty_weekly() -> pd.DataFrame:
    columns = ["my_messages", "their_messages", "my_words", "their_words", "my_words_per_message",
               "their_words_per_message", "style_matching"]  # fmt: skip
    return pd.DataFrame({c: pd.Series(dtype=float) for c in columns}, index=pd.DatetimeIndex([], tz="UTC", name="week"))


def reciprocity(
    timeline: pd.DataFrame, now: datetime | str | None = None, since: datetime | str | None = None
) -> Reciprocity:
    """Measure whether the conversation goes both ways, over the contact events up to `now`.

    :param timeline: a timeline or messages frame (`at`, `direction`; `text` for the figures
        about questions, words and style; left untouched)
    :param now: events after it are left out (default: every event)
    :param since: only events at or after it count (e.g. the reconnection window)
    """
    ev, texts = _events(timeline, now, since)
    if len(ev.t) == 0:
        return Reciprocity(now=_moment(now), since=_moment(since))
    mine, theirs = ev.out, ev.theirs & ~ev.both  # messages; a meeting's text is the user's own notes
    week, weeks = _weeks(ev.t)
    side = np.where(mine, 0, np.where(theirs, 1, 2))  # yours / theirs / neither (a meeting's notes): as in `_weekly`
    counted = wording.count(texts, week * 3 + side, 3 * weeks)
    starts, ends = bounds(ev.t, CONVERSATION_GAP)
    answered = _answered(ev.out, counted.question, starts)
    weekly = _weekly(ev.t, week, mine, theirs, counted, weeks)
    return Reciprocity(
        my_questions=int((counted.question & mine).sum()),
        their_questions=int((counted.question & theirs).sum()),
        my_questions_answered=_share(answered[mine & counted.question], MIN_QUESTIONS),
        their_questions_answered=_share(answered[theirs & counted.question], MIN_QUESTIONS),
        **_words(weekly),
        started_by_me=Measure.of(ev.out[starts].mean(), len(starts), MIN_CONVERSATIONS),
        ended_by_me=Measure.of(ev.out[ends].mean(), len(starts), MIN_CONVERSATIONS),
        **_double_texts(ev.out),
        style_matching=_style_average(weekly["style_matching"]),
        weekly=weekly,
        now=_moment(now),
        since=_moment(since),
    )


def _moment(value: datetime | str | None) -> datetime | None:
    return None if value is None else as_utc(value)


def _events(
    timeline: pd.DataFrame, now: datetime | str | None, since: datetime | str | None
) -> tuple[Events, np.ndarray]:
    """The contact events (as `events.read` gives them) from `since` on, and their texts (as they are: a
    missing one counts as empty in `wording.count`, like anything that is not text, so none is filled in)."""
    ev = read(timeline, now)
    if "text" in timeline.columns:
        texts = np.asarray(timeline["text"].array, dtype=object)[ev.index]
    else:
        texts = np.full(len(ev.t), "", dtype=object)
    if since is not None:
        keep = ev.t >= as_utc(since).value
        ev = Events(**{k: (None if v is None else v[keep]) for k, v in vars(ev).items()})
        texts = texts[keep]
    return ev, texts


def _week_numbers(t: np.ndarray) -> np.ndarray:
    """Calendar weeks (Monday 00:00 UTC) as integers, as `weekly_counts` counts them."""
    return (t - MONDAY_OFFSET) // NS_WEEK


def _weeks(t: np.ndarray) -> tuple[np.ndarray, int]:
    """Each event's week slot (0 = the first event's week) and how many weeks there are."""
    week = _week_numbers(t)
    slot = week - week[0]
    return slot, int(slot[-1]) + 1


def _share(hits: np.ndarray, minimum: int) -> Measure:
    """The share of True among the values that are not None (-1 marks "still open")."""
    known = hits[hits >= 0]
    return Measure.of(known.mean() if len(known) else 0.0, len(known), minimum)


def _answered(out: np.ndarray, question: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Per event: 1 if the next turn is the other side's, 0 if it is the same side's, -1 if none yet.

    A turn is a run of events from one side within one conversation (meetings are their side).
    """
    n = len(out)
    new_turn = np.ones(n, dtype=bool)
    new_turn[1:] = out[1:] != out[:-1]
    new_turn[starts] = True
    turn = np.cumsum(new_turn) - 1
    turn_side = out[new_turn]
    following = np.full(len(turn_side), -1, dtype=np.int64)  # the next turn's side matters, not its content
    following[:-1] = (turn_side[1:] != turn_side[:-1]).astype(np.int64)
    return following[turn]


def _words(weekly: pd.DataFrame) -> dict[str, Measure]:
    """Mean words per message with text, each side, and theirs / mine (from the weekly sums, whole numbers: exact)."""
    my_count, their_count = int(weekly["my_messages"].sum()), int(weekly["their_messages"].sum())
    my_mean = weekly["my_words"].sum() / my_count if my_count else 0.0
    their_mean = weekly["their_words"].sum() / their_count if their_count else 0.0
    both = min(my_count, their_count)
    return {
        "my_words": Measure.of(my_mean, my_count, MIN_MESSAGES),
        "their_words": Measure.of(their_mean, their_count, MIN_MESSAGES),
        "words_ratio": Measure.of(their_mean / my_mean if my_mean else 0.0, both, MIN_MESSAGES),
    }


def _double_texts(out: np.ndarray) -> dict[str, object]:
    """Runs of two or more of your events with nothing from their side between, and their share of your turns."""
    change = np.flatnonzero(np.diff(np.concatenate(([False], out, [False])).astype(np.int8)))
    lengths = change[1::2] - change[::2]  # each run of your events
    doubles = int((lengths >= 2).sum())
    return {"double_texts": doubles, "double_text_share": Measure.of(doubles / max(len(lengths), 1), len(lengths), MIN_TURNS)}


def _weekly(
    t: np.ndarray, week: np.ndarray, mine: np.ndarray, theirs: np.ndarray, counted: wording.Wording, weeks: int
) -> pd.DataFrame:
    """Per calendar week (Monday 00:00 UTC): messages and words per side, words per message, style matching.

    :param week: each event's week slot (`_weeks`)
    """
    cell = week * 3 + np.where(mine, 0, np.where(theirs, 1, 2))  # (week, yours / theirs / neither) as one number
    messages = np.bincount(cell[counted.words > 0], minlength=3 * weeks).reshape(weeks, 3)
    words = np.bincount(cell, weights=counted.words, minlength=3 * weeks).reshape(weeks, 3)
    none = np.zeros(weeks, dtype=np.int64)  # a side without any event: int64 zeros, as np.bincount of nothing gives
    frame = {
        "my_messages": messages[:, 0],
        "their_messages": messages[:, 1],
        "my_words": words[:, 0] if mine.any() else none,
        "their_words": words[:, 1] if theirs.any() else none,
    }
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["my_words_per_message"] = np.where(frame["my_messages"] > 0, frame["my_words"] / frame["my_messages"], np.nan)
        frame["their_words_per_message"] = np.where(
            frame["their_messages"] > 0, frame["their_words"] / frame["their_messages"], np.nan
        )
    frame["style_matching"] = _style(counted.function, frame["my_words"], frame["their_words"])
    first = _week_numbers(t[:1])[0] * NS_WEEK + MONDAY_OFFSET
    index = pd.DatetimeIndex(to_times(first + np.arange(weeks) * NS_WEEK), name="week")
    return pd.DataFrame(frame, index=index)


def _style(function: np.ndarray, my_words: np.ndarray, their_words: np.ndarray) -> np.ndarray:
    """Language style matching per week (Ireland et al. 2011): per category 1 - |p1 - p2| / (p1 + p2 + 0.0001),
    p = that side's share of its words (in %), averaged over the categories; NaN below MIN_WEEK_WORDS words."""
    mine, theirs = function[0::3].astype(float), function[1::3].astype(float)  # groups (week, side), `reciprocity`
    enough = (my_words >= MIN_WEEK_WORDS) & (their_words >= MIN_WEEK_WORDS)
    with np.errstate(divide="ignore", invalid="ignore"):
        p1 = 100 * mine / my_words[:, None]
        p2 = 100 * theirs / their_words[:, None]
        per_category = 1 - np.abs(p1 - p2) / (p1 + p2 + _LSM_EPSILON)
    return np.where(enough, per_category.mean(axis=1), np.nan)


def _style_average(weekly: pd.Series) -> Measure:
    measured = weekly.dropna()
    return Measure.of(measured.mean() if len(measured) else 0.0, len(measured), MIN_WEEKS)


def weekly_style(
    timeline: pd.DataFrame, now: datetime | str | None = None, since: datetime | str | None = None
) -> pd.DataFrame:
    """The weekly figures of `reciprocity` (for charts): index `week`; messages, words and words per
    message for each side, and `style_matching` (NaN in weeks with too few words)."""
    return reciprocity(timeline, now=now, since=since).weekly


# -- plain-language lines -------------------------------------------------------------------


def _so_far(measure: Measure, what: str) -> str:
    """ "(3 weeks so far, 5 needed)" for a figure that is too early to tell ("1 week": one is singular)."""
    first, _, rest = what.partition(" ")
    if measure.count == 1 and first.endswith("s"):
        what = " ".join(filter(None, (first[:-1], rest)))
    return f"{measure.count} {what} so far, {measure.minimum} needed"


def reciprocity_lines(r: Reciprocity, name: str = "them") -> list[str]:
    """The plain sentences of `Reciprocity.lines` (they report, never judge)."""
    person = Person.named(name)
    they = person.subject()
    if r.started_by_me.count == 0:
        return ["Nothing logged yet: these figures fill in as you log contact."]
    lines = [
        _questions_line("You", r.my_questions, r.my_questions_answered, they),
        _questions_line(person.subject(start=True), r.their_questions, r.their_questions_answered, "you"),
    ]
    if r.words_ratio.value is None:
        lines.append(
            f"Words per message: too early to tell (messages with text: {r.my_words.count} from you, "
            f"{r.their_words.count} from {person.object()}; {MIN_MESSAGES} each needed)."
        )
    else:
        lines.append(
            f"Words per message: {person.label if person.name else 'theirs'} {r.their_words.value:.1f}, "
            f"yours {r.my_words.value:.1f} ({r.words_ratio.value:.2f} times yours)."
        )
    started, ended = r.started_by_me, r.ended_by_me
    if started.value is None or ended.value is None:
        lines.append(f"Who starts and ends conversations: too early to tell ({_so_far(started, 'conversations')}).")
    else:
        lines.append(f"Of {started.count} conversations you started {started.value:.0%} and ended {ended.value:.0%}.")
    share = r.double_text_share
    how_often = (
        f"in {share.value:.0%} of your {share.count} turns" if share.value is not None
        else f"too early to tell how often ({_so_far(share, 'turns')})"
    )  # fmt: skip
    lines.append(f"Double texts (two or more of yours before a reply): {r.double_texts}, {how_often}.")
    style = r.style_matching
    if style.value is None:
        lines.append(
            f"Language style matching: too early to tell ({_so_far(style, 'weeks')}; a week counts when you each "
            f"wrote {MIN_WEEK_WORDS} words)."
        )
    else:
        lines.append(f"Language style matching: {style.value:.2f} on average over {style.count} weeks (1 = the same style).")
    return lines


def _questions_line(asker: str, asked: int, answered: Measure, answerer: str) -> str:
    if asked == 0:
        return f"{asker} asked no questions yet."
    told = (
        f"{answerer} replied in the next turn to {answered.value:.0%} of them" if answered.value is not None
        else f"too early to tell how many {answerer} replied to ({_so_far(answered, 'with a next turn')})"
    )  # fmt: skip
    return f"{asker} asked {asked} question{'s' if asked != 1 else ''}; {told}."
