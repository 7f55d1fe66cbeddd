"""Draft checks, the first message after a silence: its length (S1.2) and an ask to meet in it (S1.6)."""

import pytest

from reconcile_kit.guide import check_first_message

# These tests pin the rules alone; the learned reading is tested in test_learned.py.
pytestmark = pytest.mark.usefixtures("rules_alone")


ASKS_TO_MEET = [
    "Hey, would you like to grab a coffee sometime?",
    "Would you like to meet up some time?",
    "Can I see you?",
    "Fancy a drink one evening?",
    "I'd love to see you again.",
    "We should get together soon.",
    "Are you free this weekend?",
    "Want to get dinner sometime?",
    "Maybe we could meet for lunch.",
    "How about a coffee?",
    "Let’s catch up over a coffee.",
    "Do you want to hang out this week?",
    "Could we meet and talk?",
    "It would be nice to see you sometime.",
    "Up for a walk in the park?",
    "Coffee sometime?",
    "Hi! Shall we meet up?",
    "Can I take you out for a drink?",
    "Would you be up for seeing each other again?",
    "Come over for a cup of tea?",
]


GOOD_FIRST = [
    "Hey, saw the film you loved on TV last night and thought of you. Hope you're well.",
    "Hi! Walked past the coffee shop where we met and smiled. Hope life is good.",
    "Happy birthday! Hope it's a lovely day.",
    "Hi, I heard your sister got married. Please pass on my congratulations.",
    "That song from our road trip came on the radio today. Made me smile.",
    "Hey, hope the new job is going well.",
    "Hi. Just wanted to say I hope you're doing okay.",
    "Congrats on the marathon! I saw the photos, amazing.",
    "We used to hang out at that bar; it closed this week. End of an era!",
    "It was great to see you at Sam's party. Hope you got home okay.",
    "",
]


@pytest.mark.parametrize("text", ASKS_TO_MEET)
def test_first_message_flags_an_ask_to_meet(text):
    assert "asks_to_meet" in check_first_message(text).rules


@pytest.mark.parametrize("text", GOOD_FIRST)
def test_light_first_messages_raise_nothing(text):
    assert check_first_message(text).findings == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("word " * 51, True),
        ("word " * 50, False),
        ("Hi. How are you? I saw a film. It reminded me of you.", True),
        ("Hi. How are you? I saw a film that reminded me of you.", False),
        ("I've been thinking... maybe... hope you're well!", False),
        ("One!\nTwo!\nThree!\nFour!", True),
        # a sign-off or signature is not a sentence of the message; a greeting is
        ("Dear Ann, I heard you retired. Congratulations, you earned it.\n\nWarm wishes,\nRoy", False),
        ("Hello Kofi. I found the photo from the beach. I hope you are well. Adjoa", False),
        ("Saw the film. Loved it. Thought of you.\nlove, Sam x", False),
        ("Hello Kofi. I found the photo from the beach. I hope you are well. Sorry.", True),
        ("Hi Eli. It has been two years. I think of you. I hope you are well.", True),
        # a title's full stop does not end a sentence
        ("Your old teacher Mr. Okafor retired this week. Thought you'd want to know. Hope you're well.", False),
    ],
)
def test_too_long_counts_words_and_sentences(text, expected):
    assert ("too_long" in check_first_message(text).rules) is expected


def test_too_long_marks_the_part_over_the_limit():
    text = "Hi. How are you? I saw a film. It reminded me of you."
    (finding,) = check_first_message(text).findings
    assert text[finding.span[0] : finding.span[1]] == "It reminded me of you."


def test_first_message_counts_words_and_sentences():
    report = check_first_message("Hey you. Hope you’re well!")
    assert (report.words, report.sentences, report.ok) == (5, 2, True)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Why are you ignoring me?? You owe me an answer.", "anger"),
        ("I think you owe me that much.", "anger"),
        ("Please reply, I can't cope without you. Please.", "pleading"),
        ("Hey, the new Pixar film is out. Want to see it together?", "asks_to_meet"),
        ("u around sat? could grab a drink", "asks_to_meet"),
    ],
)
def test_first_message_reads_pressure_and_invitations(text, rule):
    assert rule in check_first_message(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "Would you be up for grabbing a tea one afternoon?",
        "Would you be up for a wander round the market some weekend?",
        "any chance you'd want to catch a gig?",
        "Pints on Thursday? Zero pressure.",
        "fancy getting breakfast?",
        "Shall I come to yours for a bit?",
        "I'm in Bristol on the 3rd, any chance you're around?",
        "Is there a day that works for you for a quick chat over tea?",
        "keen for a picnic one of these days?",
        "We could meet halfway, if that's easier for you.",
    ],
)
def test_indirect_invitations_read_as_asks_to_meet(text):
    assert "asks_to_meet" in check_first_message(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "Hope you get some rest this weekend.",
        "I want to go to bed early these days haha",
        "Did you ever see the film about the otters?",
        "Is the tea place on Mill Lane still open?",
        "You still drinking that awful herbal tea?",
        "Any good films lately?",
    ],
)
def test_questions_about_their_life_are_not_asks_to_meet(text):
    assert "asks_to_meet" not in check_first_message(text).rules


@pytest.mark.parametrize(
    "text",
    ["The photography show at the library looks great, fancy it?", "Any chance of a tea next time you're in Leeds?"],
)
def test_fancy_it_and_any_chance_of_read_as_asks(text):
    assert "asks_to_meet" in check_first_message(text).rules


def test_offering_to_treat_them_is_an_ask():
    assert "asks_to_meet" in check_first_message("Could I treat you to a coffee?").rules
