"""Journal states from real lives (not the demo): every surface is tested on each of them.

Each state is a personal journal about "Sam" (she/her) as it looks at one moment of the path:
empty, a few entries, waiting on a reply, after a no, after a boundary, years of imported chat.
Every journal carries a fixed clock (setting `now`, the way the demo does) and a zone, so
notebooks and checks give the same words on every run. Everything is invented.

    path = build("warm_yesterday", tmp_path / "journal.sqlite3")
    STATES["warm_yesterday"].expect   # words every surface must show for it

The builders use only the public API (`Journal.add`, `import_messages`, `set_setting`, the
outcome and reflection tables), as a person's own use of the kit would.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd

from reconcile_kit import Interaction, Journal
from reconcile_kit.timeline import from_interactions

NOW = datetime(2026, 12, 2, 15, 0, tzinfo=timezone.utc)
ZONE = "Europe/London"
SETTINGS = {"their_name": "Sam", "their_pronouns": "she/her", "timezone": ZONE, "now": NOW.isoformat()}


def ago(days: float = 0, hours: float = 0) -> datetime:
    """A moment before the states' fixed clock."""
    return NOW - timedelta(days=days, hours=hours)


def entry(at: datetime, direction: str, summary: str, kind: str = "message", tone: str = "none",
          channel: str = "text", **extra) -> Interaction:  # fmt: skip
    return Interaction(at=at, channel=channel, direction=direction, kind=kind, tone=tone, summary=summary, **extra)


@dataclass(frozen=True)
class State:
    """A journal state: how to fill it, and sentences every surface must agree on."""

    name: str
    about: str
    fill: Callable[[Journal], None]
    stage: str
    closed: str | None = None  # the closure reason in force, if any
    expect: tuple[str, ...] = field(default_factory=tuple)  # words the advice must contain


def _rows(*items: Interaction) -> Callable[[Journal], None]:
    def fill(journal: Journal) -> None:
        for item in items:
            journal.add(item)

    return fill


def _warm_yesterday(journal: Journal) -> None:
    _rows(entry(ago(9), "out", "Sent Sam the photo from the allotment"),
          entry(ago(8), "in", "Sam said it made her smile", tone="positive"),
          entry(ago(2), "out", "Asked how her sister's wedding went"),
          entry(ago(0, 17.5), "in", "Sam sent a long reply about the wedding", tone="positive"))(journal)  # fmt: skip


def _history(journal: Journal) -> None:
    """Two years of imported chat, five months of silence, then a few logged contacts."""
    rng = random.Random(7)
    start, end = ago(2 * 365 + 160), ago(160)
    rows, at = [], start
    while at < end:
        at += timedelta(hours=rng.expovariate(1 / 9))
        mine = rng.random() < 0.5
        text = rng.choice(["running late, 10 mins", "did you see the match?", "love you x", "ok",
                           "can you grab milk", "haha yes", "miss you already", "home safe?"])  # fmt: skip
        rows.append({"uid": f"wa-{len(rows):06d}", "at": at, "direction": "out" if mine else "in",
                     "channel": "text", "kind": "message", "summary": text, "text": text, "source": "whatsapp"})  # fmt: skip
    journal.import_messages(pd.DataFrame(rows))
    _rows(entry(ago(12), "out", "Wrote to Sam after the long quiet"),
          entry(ago(10), "in", "Sam answered, friendly but short", tone="neutral"),
          entry(ago(4), "out", "Sent her the concert listing"),
          entry(ago(3), "in", "Sam said she might go", tone="positive"))(journal)  # fmt: skip
    journal.set_setting("split_on", (ago(160) + timedelta(days=1)).date().isoformat())


def _large(journal: Journal) -> None:
    rng = random.Random(11)
    tones = ["positive", "neutral", "negative", "none"]
    items = []
    for n in range(10_000):
        at = ago(720) + timedelta(minutes=int(n * 100 + rng.random() * 60))
        mine = rng.random() < 0.5
        items.append(entry(at, "out" if mine else "in", f"message {n}", tone="none" if mine else rng.choice(tones),
                           uid=f"big-{n:05d}", mood=rng.choice([None, 2, 3, 4])))  # fmt: skip
    journal.import_messages(from_interactions(items))


def _reconciling(journal: Journal) -> None:
    _rows(entry(ago(60), "out", "First message in months"),
          entry(ago(58), "in", "Sam wrote back warmly", tone="positive"),
          entry(ago(45), "out", "Asked if she'd like a coffee next week", kind="meet_ask"),
          entry(ago(44), "in", "She said yes", tone="positive"),
          entry(ago(38), "both", "Coffee by the canal", kind="meeting", tone="positive", channel="in_person"),
          entry(ago(30), "both", "Walk and the big talk", kind="apology", tone="positive", channel="in_person"),
          entry(ago(20), "both", "We agreed to try again, slowly", kind="date", tone="positive",
                channel="in_person"))(journal)  # fmt: skip
    journal.set_setting("outcome", "reconciling")
    habit = journal.add_habit("Going quiet instead of saying what's wrong", at=ago(19))
    journal.check_in(habit, slipped=False, note="Said I was tired", at=ago(5))


def _closure(journal: Journal) -> None:
    _rows(entry(ago(30), "out", "First message after the summer"),
          entry(ago(28), "in", "Sam replied kindly", tone="positive"),
          entry(ago(15), "out", "Asked about a coffee", kind="meet_ask"),
          entry(ago(14), "in", "Sam said no, gently", kind="refusal", tone="neutral"))(journal)  # fmt: skip
    journal.set_setting("outcome", "no")


def _no_answer(journal: Journal) -> None:
    _rows(entry(ago(40), "out", "Wrote after a long time"),
          entry(ago(30), "out", "A second try"),
          entry(ago(10), "out", "No answer came", kind="note", channel="other", tags=("no_answer",)))(journal)  # fmt: skip
    journal.set_setting("outcome", "no_answer")


def _boundary(journal: Journal, after: int = 0) -> None:
    _rows(entry(ago(20), "out", "Asked how she was"),
          entry(ago(19), "in", "Sam asked me not to contact her again", kind="boundary", tone="negative"),
          *[entry(ago(10 - n), "out", f"Wrote again ({n + 1})") for n in range(after)])(journal)  # fmt: skip
    journal.set_setting("outcome", "no_contact")


def _safety(journal: Journal) -> None:
    _rows(entry(ago(12), "out", "Sent a short hello"),
          entry(ago(11), "in", "Sam answered angrily", tone="negative"))(journal)  # fmt: skip
    journal.set_setting("safety", "concern")  # the start form's safety questions: one answered yes


def _held_back(journal: Journal) -> None:
    _rows(entry(ago(15), "in", "Sam replied politely", tone="neutral"),
          entry(ago(9), "out", "Sent a long message about us"),
          entry(ago(6), "out", "Asked if she got it"),
          *[entry(ago(12 - n), "out", f"Wanted to send: draft {n}", kind="held_back") for n in range(2)],
          *[entry(ago(5 - n, 2), "out", f"Wanted to send: 'please just answer' ({n})", kind="held_back",
                  text="please just answer me") for n in range(4)])(journal)  # fmt: skip


STATES: dict[str, State] = {s.name: s for s in [
    State("empty", "a new personal journal, nothing logged", lambda j: None, "contact"),
    State("one_entry", "one message sent yesterday", _rows(entry(ago(1), "out", "Said happy birthday")), "contact"),
    State("sparse", "four entries over two months", _rows(
        entry(ago(60), "out", "A first hello"), entry(ago(55), "in", "Sam said hi back", tone="neutral"),
        entry(ago(20), "out", "Shared a song"), entry(ago(19), "in", "Sam liked it", tone="positive")), "contact"),
    State("unanswered", "three messages with no reply since hers three weeks ago", _rows(
        entry(ago(21), "in", "Sam replied briefly", tone="neutral"), entry(ago(9), "out", "Checked in"),
        entry(ago(6), "out", "Sent a joke"), entry(ago(2), "out", "Asked if she was ok")), "contact",
        expect=("You have sent 3 messages since Sam's last reply",)),
    State("warm_yesterday", "a warm reply late yesterday evening", _warm_yesterday, "contact",
          expect=("Sam replied warmly yesterday", "2 more days, until Fri 4 Dec")),
    State("ask_pending", "asked to meet two days ago, no answer yet", _rows(
        entry(ago(20), "in", "Sam replied warmly", tone="positive"), entry(ago(12), "in", "Sam wrote again", tone="positive"),
        entry(ago(2), "out", "Asked about a coffee next week", kind="meet_ask")), "meet_ask"),
    State("first_coffee", "after a first coffee", _rows(
        entry(ago(15), "out", "Asked about a coffee", kind="meet_ask"), entry(ago(14), "in", "Sam said yes", tone="positive"),
        entry(ago(3), "both", "Coffee at the market", kind="meeting", tone="positive", channel="in_person")), "catch_up"),
    State("heart_to_heart", "after the heart-to-heart", _rows(
        entry(ago(25), "both", "Coffee", kind="meeting", tone="positive", channel="in_person"),
        entry(ago(6), "both", "Long walk, we talked about us", kind="meeting", tone="neutral", channel="in_person",
              tags=("heart_to_heart",))), "heart_to_heart"),
    State("reconciling", "trying again, slowly", _reconciling, "outcome", expect=("You are trying again",)),
    State("closure", "she said no", _closure, "outcome", closed="refusal", expect=("Sam said no",)),
    State("no_answer", "no answer came", _no_answer, "outcome", closed="no_answer",
          expect=("You recorded that no answer came",)),
    State("boundary", "she asked for no contact", _boundary, "outcome", closed="boundary",
          expect=("Sam asked for no contact",)),
    State("boundary_then_contact", "written three times after a boundary", lambda j: _boundary(j, after=3), "outcome",
          closed="boundary", expect=("can feel like harassment",)),
    State("block", "she blocked the user", _rows(
        entry(ago(8), "out", "Sent a message"),
        entry(ago(7), "in", "Sam blocked me", kind="boundary", channel="social")), "outcome", closed="boundary",
        expect=("Sam blocked you",)),
    State("cold_word_after_no", "she said no, then wrote only to ask him to stop", _rows(
        entry(ago(20), "out", "Asked to meet", kind="meet_ask"), entry(ago(19), "in", "Sam said no", kind="refusal"),
        entry(ago(6), "out", "Wrote to say I still think of her"),
        entry(ago(5), "in", "Sam wrote: please stop writing to me", tone="negative")), "outcome", closed="refusal",
        expect=("Sam said no",)),
    State("safety", "told the safety screen she is afraid of Sam", _safety, "contact", closed="safety",
          expect=("You told the kit that you do not feel safe with them",)),
    State("refusal_then_reply", "she said no, then wrote again herself", _rows(
        entry(ago(20), "out", "Asked to meet", kind="meet_ask"), entry(ago(19), "in", "Sam said no", kind="refusal"),
        entry(ago(3), "in", "Sam wrote to ask how I was", tone="positive")), "contact"),
    State("cold_meeting_after_no", "a cold meeting the user started after a no", _rows(
        entry(ago(20), "out", "Asked to meet", kind="meet_ask"), entry(ago(19), "in", "Sam said no", kind="refusal"),
        entry(ago(4), "both", "Turned up at her work", kind="meeting", tone="negative", channel="in_person")),
        "outcome", closed="refusal"),
    State("thank_you_after_no", "one kind thank-you after a no", _rows(
        entry(ago(10), "out", "Asked to meet", kind="meet_ask"), entry(ago(9), "in", "Sam said no", kind="refusal"),
        entry(ago(9, -1), "out", "Thanked her and wished her well")), "outcome", closed="refusal",
        expect=("You have answered it, and that is enough",)),
    State("held_back", "messages held back while sent ones go unanswered", _held_back, "contact",
          expect=("You held back 4 messages this week",)),
    State("history", "two years of imported chat, five months of silence, reconnection", _history, "contact"),
    State("large", "a 10,000-entry journal", _large, "contact"),
]}  # fmt: skip


def build(name: str, path: Path) -> Path:
    """Create the journal of state `name` at `path` (a new file) and return the path."""
    with Journal.open(path) as journal:
        for key, value in SETTINGS.items():
            journal.set_setting(key, value)
        STATES[name].fill(journal)
    return path
