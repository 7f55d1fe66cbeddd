"""Draft checks, pressure in either kind of draft: pleading and anger (S2.3), and what is neither."""

import pytest

from reconcile_kit.guide import check_first_message, check_meet_ask

# These tests pin the rules alone; the learned reading is tested in test_learned.py.
pytestmark = pytest.mark.usefixtures("rules_alone")


PLEADING = [
    "Please, just one chance. Coffee on Monday?",
    "I'm begging you, meet me next week.",
    "Please please meet me for coffee on Sunday.",
    "I need you. Can we meet tomorrow?",
    "Just ten minutes next week, that's all I ask.",
    "Give me one more chance and meet me on Friday.",
    "I'll do anything, just meet me this weekend.",
    "If you ever loved me, you'll meet me on Sunday.",
    "I can't live without you. Coffee on Saturday?",
    "Please don't say no: coffee next Tuesday?",
]


ANGER = [
    "This is ridiculous, just meet me on Friday.",
    "You owe me a coffee next week after everything.",
    "Meet me on Saturday or else I'm done.",
    "If you don't answer by Friday, then forget it.",
    "Why are you ignoring me? Coffee next week?",
    "Stop ignoring me and meet me tomorrow.",
    "You never listen. Meet me on Monday.",
    "After everything I've done for you, you can give me one coffee this week.",
    "ANSWER ME PLEASE, coffee tomorrow?",
    "It's the least you could do, coffee next week.",
]


@pytest.mark.parametrize("text", PLEADING)
def test_ask_flags_pleading(text):
    assert "pleading" in check_meet_ask(text).rules


@pytest.mark.parametrize("text", ANGER)
def test_ask_flags_anger(text):
    assert "anger" in check_meet_ask(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "If you'd rather not hear from me, no worries at all. Hope the new job is great.",
        "If you don't want to reply, that's completely fine. Just wanted to say happy birthday.",
        "Congrats on the promotion, well done!",
    ],
)
def test_a_respectful_opt_out_is_not_anger(text):
    assert check_first_message(text).rules == ()


@pytest.mark.parametrize(
    "text",
    [
        "Oh brilliant, so you can message Dan but not me.",
        "Do you even care any more?",
        "Nice of you to finally remember I exist.",
        "you never once asked how I was",
        "Funny how you always have time for your gym mates.",
        "Not even the decency of a one-line answer?",
        "Is it really that hard to pick up the phone?",
        "Cool. Very mature.",
        "Fine. Message received.",
        "What's your problem?",
        "Who treats people like that?",
        "Some of us actually reply to texts.",
        "yeah whatever",
    ],
)
def test_sarcasm_rhetorical_questions_and_charges_read_as_anger(text):
    assert "anger" in check_first_message(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "Great, thanks so much for the card!",
        "You always had the best taste in music.",
        "you always made me laugh",
        "You never change haha",
        "Thanks, that was kind of you to let me know.",
        "Whatever happens, I hope you're well.",
        "Do you even remember that awful karaoke night? lol",
        "You never told me how the trip went!",
    ],
)
def test_warm_memories_and_thanks_are_not_anger(text):
    assert "anger" not in check_first_message(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "Come on, you have to tell me how the half marathon went!",
        "Hope you're well. Please say hi to your dad for me.",
        "Fancy a walk on Saturday? If not, no worries at all.",
    ],
)
def test_friendly_asides_are_not_pleading(text):
    assert "pleading" not in check_meet_ask(text).rules


def test_just_one_more_thing_is_not_begging():
    from reconcile_kit.guide import check_apology

    assert "pleading" not in check_apology("I'm sorry I kept you waiting. Just one more thing: I've paid back the deposit.").rules


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for answering literally everyone except me.",
        "Not that you noticed.",
        "I see how it is.",
        "Guess I know where I stand then.",
        "Classic you.",
        "How convenient, busy again.",
        "Glad you're out having fun while I sit here by the phone.",
        "Enjoy your new life, I suppose.",
        "Wow, ok. Noted.",
    ],
)
def test_cold_and_passive_aggressive_replies_read_as_anger(text):
    assert "anger" in check_first_message(text).rules


@pytest.mark.parametrize(
    "text",
    ["Ok, noted, I'll bring the charger round Saturday.", "Enjoy the trip!", "Not sure if you saw my last message, no rush."],
)
def test_plain_replies_are_not_anger(text):
    assert "anger" not in check_first_message(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "Oh right, you're 'swamped'. Again.",
        "Just say what your problem is.",
        "Cool. Block me then.",
        "Do you honestly care or not?",
    ],
)
def test_scare_quotes_and_dares_read_as_anger(text):
    assert "anger" in check_first_message(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "So I'm just meant to sit here and wait, am I?",
        "You could have at least had the decency to say it.",
        "Thanks for finally getting back to me.",
    ],
)
def test_bitter_questions_and_grudging_thanks_read_as_anger(text):
    assert "anger" in check_first_message(text).rules
