"""The cases that went wrong for real users, with the corrected wording (one calendar, one voice)."""

import pandas as pd

from reconcile_kit.cadence import summarize
from reconcile_kit.clock import zone_named
from reconcile_kit.guide import advise
from reconcile_kit.guide.situation import situation
from reconcile_kit.timeline import from_records

ROBIN = {"their_name": "Robin", "timezone": "Europe/London"}


def timeline(*rows):
    """Rows of (UTC time, direction, tone[, text])."""
    return from_records({
        "at": pd.to_datetime([r[0] for r in rows], utc=True), "direction": [r[1] for r in rows],
        "kind": ["message"] * len(rows), "tone": [r[2] for r in rows], "channel": ["text"] * len(rows),
        "text": [r[3] if len(r) > 3 else "" for r in rows], "summary": ["a message"] * len(rows),
    })  # fmt: skip


def test_a_warm_reply_on_30_november_asked_on_2_december():
    frame = timeline(("2026-11-29 18:00", "out", "none"), ("2026-11-30 20:00", "in", "positive"))
    (advice,) = advise(frame, now="2026-12-02T15:00+00:00", settings=ROBIN)
    summary = summarize(frame, now="2026-12-02T15:00+00:00", zone=zone_named("Europe/London"))
    assert advice.message == (
        "Robin replied warmly 2 days ago. Let it settle: give it 1 more day, until Thu 3 Dec, "
        "before you write again (S1.3)."
    )
    assert summary.lines("Robin")[1] == "Last word from Robin: 2 days ago."


def test_thirteen_hours_after_a_reply_late_the_evening_before_is_yesterday():
    frame = timeline(("2026-12-01 19:00", "out", "none"), ("2026-12-01 23:00", "in", "positive"))
    (advice,) = advise(frame, now="2026-12-02T12:00+00:00", settings=ROBIN)
    assert advice.message.startswith("Robin replied warmly yesterday. Let it settle: give it 2 more days, until Fri 4 Dec")


def test_two_unanswered_messages_hold_back_the_ask():
    frame = timeline(("2026-11-25 10:00", "in", "positive"), ("2026-11-26 10:00", "in", "positive"),
                     ("2026-11-28 10:00", "out", "none"), ("2026-11-30 10:00", "out", "none"))  # fmt: skip
    sit = situation(frame, now="2026-12-02T15:00+00:00", settings=ROBIN)
    assert ([a.rule for a in advise(frame, now="2026-12-02T15:00+00:00", settings=ROBIN)], sit.ready_to_ask) == ([], False)
    assert sit.holds == ("2 of your messages are still waiting for an answer",)


def test_a_question_from_them_means_answering_is_fine():
    frame = timeline(("2026-12-01 18:00", "out", "none"), ("2026-12-01 20:00", "in", "positive", "How was the concert?"))
    (advice,) = advise(frame, now="2026-12-02T09:00+00:00", settings=ROBIN)
    assert advice.message.startswith("Robin replied warmly yesterday and asked you something. Answering is fine")
