"""Draft checks, the ask to meet: date framing and a time frame (S2.2)."""

import pytest

from reconcile_kit.guide import check_meet_ask

# These tests pin the rules alone; the learned reading is tested in test_learned.py.
pytestmark = pytest.mark.usefixtures("rules_alone")


DATE_FRAMING = [
    "Would you like to go on a date with me on Friday?",
    "Dinner for two on Saturday, like old times?",
    "Let me take you out for a romantic dinner next week.",
    "How about dinner on Friday?",
    "Just the two of us, Saturday night at our old spot?",
    "I miss you. Coffee next week?",
    "Coffee date on Sunday?",
    "Want to come over to my place on Friday?",
    "Let's have a proper date night this weekend.",
    "Could we meet next week, like we used to?",
    "I love you. Can we meet on Tuesday?",
    "Maybe we could try again? Drinks next Friday?",
]


NO_TIME = [
    "Would you like to grab a coffee sometime?",
    "We should catch up soon.",
    "Fancy meeting up at some point?",
    "Let me know if you'd ever like to catch up over coffee.",
    "Coffee whenever you're free?",
]


GOOD_ASKS = [
    "Would you like to catch up over a coffee some time next week?",
    "Fancy a walk on Saturday morning? No pressure at all.",
    "Hi! Would you be up for a coffee next week to catch up?",
    "Would you like to grab lunch on Thursday? Totally fine if not.",
    "Coffee one afternoon this week? It'd be good to hear how you are.",
    "I'm free most evenings next week if you fancy a quick coffee.",
    "Would you like to meet for a coffee on the 14th?",
    "Are you around this weekend for a walk by the river?",
    "Any chance you'd like a coffee tomorrow at 3pm? Happy either way.",
    "Would a coffee sometime in June suit you?",
]


@pytest.mark.parametrize("text", DATE_FRAMING)
def test_ask_flags_date_framing(text):
    assert "date_framing" in check_meet_ask(text).rules


@pytest.mark.parametrize("text", NO_TIME)
def test_ask_flags_no_time_frame(text):
    assert check_meet_ask(text).rules == ("no_time_frame",)


@pytest.mark.parametrize("text", GOOD_ASKS)
def test_a_light_ask_with_a_time_raises_nothing(text):
    assert check_meet_ask(text).findings == []


def test_date_as_a_calendar_word_is_not_date_framing():
    assert "date_framing" not in check_meet_ask("Coffee next week? Pick a date that works for you.").rules


def test_no_time_frame_spans_the_whole_draft():
    text = "Coffee sometime?"
    assert [f.span for f in check_meet_ask(text).findings] == [(0, len(text))]


def test_texting_style_time_frame_counts():
    assert check_meet_ask("r u free tmrw after work for a quick coffee?").rules == ()


@pytest.mark.parametrize(
    "text",
    ["Dinner at Mia's on Friday with a few of us from the old team? Would be good to catch up.",
     "Not a date, just a coffee on Saturday morning to catch up?"],
)
def test_a_group_meal_or_a_denied_date_is_not_date_framing(text):
    assert "date_framing" not in check_meet_ask(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "Fancy a coffee one afternoon? Would be good to hear your news.",
        "Shall we go for a walk some morning? No pressure at all.",
    ],
)
def test_one_evening_on_its_own_is_no_time_frame(text):
    # "one afternoon" names no day or period: the training corpus's writers and readers read it so
    assert check_meet_ask(text).rules == ("no_time_frame",)


@pytest.mark.parametrize(
    "text",
    [
        "Fancy a coffee one afternoon next week?",
        "Coffee on Boxing Day morning, before the family descends?",
        "Would you be up for a walk once your exams are over?",
        "How about a coffee after your shift ends on the 4th?",
    ],
)
def test_a_day_or_a_period_is_a_time_frame(text):
    assert "no_time_frame" not in check_meet_ask(text).rules
