"""The advice rules (guide/rules.py): each rule's trigger, figures, GUIDE IDs and settings."""

import pandas as pd
import pytest

from reconcile_kit.guide import AdviceSettings, advise
from reconcile_kit.guide.rules import RULES, stage_tip, summary_message
from reconcile_kit.guide.settings import InvalidSettings
from reconcile_kit.timeline import from_records

NOW = "2026-03-20T12:00:00+00:00"
OUT, IN = ("out", "message"), ("in", "message")


def timeline(*rows):
    """Rows of (day in March 2026, direction, kind, tone="none", channel="text")."""
    rows = [(d, di, k, *rest) + ("none", "text")[len(rest):] for d, di, k, *rest in rows]
    return from_records({
        "at": [f"2026-03-{d:02d}T10:00:00+00:00" for d, *_ in rows], "direction": [r[1] for r in rows],
        "kind": [r[2] for r in rows], "tone": [r[3] for r in rows], "channel": [r[4] for r in rows],
    })


def rules(*rows, now=NOW, **settings):
    return [a.rule for a in advise(timeline(*rows), now=now, settings=settings)]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ((), []),
        (((19, *OUT),), []),
        (((19, *OUT, "none", "call"),), ["use_writing_first"]),
        (((19, *OUT, "none", "video_call"),), ["use_writing_first"]),
        (((1, *IN, "neutral"), (19, *OUT, "none", "call")), []),
        (((1, *IN, "neutral", "text"), (2, *OUT), (15, *OUT, "none", "in_person")), []),
        (((1, *IN, "neutral", "text"), (17, *OUT, "none", "in_person")), []),
        (((14, *OUT), (16, *OUT), (18, *OUT)), ["pestering"]),
        (((14, *OUT), (15, *IN, "neutral"), (16, *OUT), (18, *OUT)), []),
        (((18, *IN, "positive"),), ["wait_after_positive"]),
        (((18, *IN, "positive"), (19, *OUT)), []),
        (((16, *IN, "positive"),), []),
        (((10, "out", "meet_ask"), (19, *IN, "positive")), []),
        (((14, *OUT), (15, "out", "meet_ask")), ["too_early_to_meet"]),
        (((14, *OUT), (15, *IN, "positive"), (16, "out", "meet_ask")), []),
        (((8, *IN, "positive"), (9, *IN, "positive")), ["ready_to_ask"]),
        # a message of yours still waiting for an answer holds the ask back (one voice with the draft check)
        (((5, *IN, "positive"), (9, *IN, "positive"), (12, *OUT)), []),
        # warm replies weeks old do not make it a good time
        (((1, *IN, "positive"), (2, *IN, "positive")), []),
        (((5, *IN, "positive"), (5, *IN, "positive"), (12, *OUT)), []),
        (((5, *IN, "positive"), (9, *IN, "positive"), (10, "out", "meet_ask")), []),
        (((5, *IN, "positive"), (9, *IN, "positive"), (10, *OUT), (11, *OUT), (12, *OUT)), ["pestering"]),
        (((10, "out", "meet_ask"), (12, "in", "refusal", "negative")), ["accept_refusal"]),
        (((10, "out", "meet_ask"), (12, "in", "refusal"), (13, *OUT), (14, *OUT), (15, *OUT)), ["accept_refusal"]),
        (((3, *OUT), (4, *OUT), (5, *OUT), (6, "in", "boundary")), ["respect_boundary"]),
        (((5, *IN, "positive"), (9, *IN, "positive"), (10, "in", "boundary")), ["respect_boundary"]),
        (((2, "both", "meeting", "positive"), (12, "both", "date", "positive")), ["watch_old_habits"]),
        (((12, "both", "date", "negative"),), []),
        (((12, "both", "date", "positive"), (14, "in", "refusal")), ["accept_refusal"]),
    ],
)
def test_rules_fire_exactly_when_they_should(rows, expected):
    assert rules(*rows) == expected


def test_pestering_by_weekly_volume_without_a_reply():
    assert rules((15, *OUT), (16, *OUT), (17, *OUT), (18, *OUT), pestering_run=10) == ["pestering"]


def test_pestering_message_gives_the_count_since_their_reply():
    (advice,) = advise(timeline((10, *IN, "neutral"), (14, *OUT), (16, *OUT), (18, *OUT)), now=NOW)
    assert "You have sent 3 messages since their last reply." in advice.message and advice.data["unanswered"] == 3


def test_wait_says_how_long_and_until_when():
    (advice,) = advise(timeline((19, *IN, "positive")), now=NOW, settings={"their_name": "Robin"})
    assert advice.message.startswith("Robin replied warmly yesterday. Let it settle: give it 2 more days, until Sun 22 Mar")


def test_ready_to_ask_counts_warm_replies_and_days():
    (advice,) = advise(timeline((8, *IN, "positive"), (9, *IN, "positive"), (9, *IN, "positive")), now=NOW)
    assert (advice.data["warm_replies"], advice.data["days"], advice.severity) == (3, 2, "info")


def test_boundary_silences_every_other_rule_and_never_suggests_contact():
    (advice,) = advise(timeline((3, *OUT), (4, *OUT), (5, "in", "boundary"), (6, *OUT)), now=NOW)
    assert advice.severity == "caution" and "will not suggest reaching out again" in advice.message
    assert "You have been in touch once since. Please let that be the last time." in advice.message


def test_refusal_then_silence_is_gentle():
    (advice,) = advise(timeline((10, "out", "meet_ask"), (12, "in", "refusal")), now=NOW)
    assert (advice.severity, advice.data["written_since"]) == ("gentle", 0)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_cites_its_guide_ids_in_the_message(rule):
    ids = RULES[rule]
    assert ids and all(i.startswith("S") for i in ids)


def test_messages_cite_the_ids_they_carry():
    advice = advise(timeline((10, "out", "meet_ask"), (12, "in", "refusal"), (13, *OUT)), now=NOW)[0]
    assert advice.guide_ids == ("S2.3", "S2.4", "S5.4") and "(S2.3, S2.4, S5.4)" in advice.message


def test_advice_carries_the_stage():
    assert str(advise(timeline((14, *OUT), (15, "out", "meet_ask")), now=NOW)[0].stage) == "meet_ask"


@pytest.mark.parametrize(("pronouns", "word"), [("she/her", "her"), ("he/him", "him"), ("they/them", "them"), ("ze/zir/zir", "zir")])
def test_pronouns_are_used(pronouns, word):
    (advice,) = advise(timeline((14, *OUT), (16, *OUT), (18, *OUT)), now=NOW, settings={"their_pronouns": pronouns})
    assert advice.message.endswith(f"leave the next move to {word} (S1.5).")


def test_settings_from_a_journal_dict_ignore_unknown_keys_and_coerce_numbers():
    assert rules((17, *OUT), (18, *OUT), now=NOW, pestering_run="2", my_names=["Sam"]) == ["pestering"]


def test_a_bad_threshold_names_the_setting():
    with pytest.raises(InvalidSettings, match="advice setting wait_days is 0; it must be a whole number of 1 or more"):
        AdviceSettings(wait_days=0)


def test_deleted_rows_and_later_events_are_ignored():
    frame = timeline((14, *OUT), (16, *OUT), (18, *OUT), (25, *IN, "positive"))
    frame.loc[0, "deleted_at"] = pd.Timestamp("2026-03-19", tz="UTC")
    assert advise(frame, now=NOW) == []


def test_the_timeline_is_not_changed():
    frame = timeline((14, *OUT), (16, *OUT), (18, *OUT))
    before = frame.copy()
    advise(frame, now=NOW)
    pd.testing.assert_frame_equal(frame, before)


def test_summary_message_is_never_empty():
    assert summary_message([], "outcome") == "**The outcome.** " + stage_tip("outcome")


def test_summary_message_lists_each_advice():
    advice = advise(timeline((14, *OUT), (16, *OUT), (18, *OUT)), now=NOW)
    assert summary_message(advice).startswith("**Getting back in touch.**\n- *gentle*: You have sent 3 messages")


@pytest.mark.parametrize("stage", ["contact", "meet_ask", "catch_up", "heart_to_heart", "outcome"])
def test_no_message_promises_a_reunion(stage):
    assert not any(p in stage_tip(stage).lower() for p in ("will get back", "win them back", "don't give up"))
