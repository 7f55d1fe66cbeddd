"""The apology workbench reads people, not phrases: ownership in their own words, negation, hedges, texting."""

import pytest

from reconcile_kit.guide import check_apology

# These tests pin the rules alone; the learned reading is tested in test_learned.py.
pytestmark = pytest.mark.usefixtures("rules_alone")


def _parts(text):
    return {name for name, has in check_apology(text).components.items() if has}


@pytest.mark.parametrize(
    "text",
    [
        "I snapped at you in the car.",
        "I went behind your back.",
        "I was selfish and unkind.",
        "That one is all on me.",
        "It was a rotten thing to do.",
        "I didn't show up for you.",
        "i ghosted u for a month",
        "I never called you back after the scan.",
        "I made you wait at the station for two hours.",
    ],
)
def test_ownership_in_the_persons_own_words_is_responsibility(text):
    assert "responsibility" in _parts(text)


@pytest.mark.parametrize(
    "text",
    [
        "If I upset you, sorry.",
        "I didn't do anything to you.",
        "People keep telling me it was all my fault.",
        "I had a couple of drinks and I danced with my friends.",
    ],
)
def test_hedged_denied_or_quoted_ownership_is_not_responsibility(text):
    assert "responsibility" not in _parts(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Honestly none of it was down to me.", "no_responsibility"),
        ("I still can't see what I did that was so bad.", "no_responsibility"),
        ("Work's been mental, sorry I was short with you.", "excuse"),
        ("I've had so much on my plate lately.", "excuse"),
        ("You know how to wind me up.", "blame_shift"),
        ("I'm sorry, but you hurt me too.", "blame_shift"),
        ("Your present got forgotten in all the chaos.", "passive"),
        ("Sorry you were offended by my remark.", "blames_feelings"),
        ("I'm sorry I shouted. That said, you were rude first.", "but"),
        ("I'm sorry I shouted at you. You know what you're like though.", "but"),
        ("It was just a tiny white lie, sorry.", "minimizing"),
        ("I'll do anything, I can't live without you.", "pleading"),
        ("I'm sorry for everything.", "vague"),
        ("I'm sorry for my actions.", "vague"),
        ("It's not like I cheated, I just flirted a little.", "minimizing"),
        ("Some hurtful words were exchanged and I regret that.", "passive"),
        ("I'm not going to say sorry for something I didn't do.", "no_responsibility"),
        ("You always take everything so personally.", "blames_feelings"),
        ("I'll do whatever you want, just don't leave me.", "pleading"),
        ("I'm sorry I missed your birthday, things at the office have been nonstop.", "excuse"),
    ],
)
def test_each_failure_class_is_read(text, rule):
    assert rule in check_apology(text).rules


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("I was exhausted, but that is no excuse, I chose to do it. I'm sorry I shouted.", "excuse"),
        ("I was exhausted after the night shift. I still chose to snap at you, and that's on me.", "excuse"),
        ("It might look small, but it wasn't, and I'm sorry I read your diary.", "minimizing"),
        ("I'm sorry for not calling back when you needed me.", "vague"),
        ("I'm sorry I didn't show up to your brother's wedding.", "vague"),
        ("I'm sorry you were hurt by what I did on your birthday.", "blames_feelings"),
        ("I won't pretend it was no big deal. I lied to you and I'm sorry.", "minimizing"),
        ("You did nothing to deserve it. I'm sorry I yelled at you.", "blame_shift"),
    ],
)
def test_owning_and_quoting_keep_a_clean_apology_clean(text, absent):
    assert absent not in check_apology(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "im sorry i snapped at u on the wknd, thats on me",
        "sry i forgot ur bday. i made u feel like u didnt matter. im gonna set reminders from now on",
        "I'm sorry I read your messages while you were asleep. It was a violation of your privacy and I knew it.",
        "I said your job was a waste of time in front of your parents. That was cruel of me and I'm sorry.",
        "For months I made jokes about your weight. I thought it was harmless at the time, but I can see now it was cruel.",
        "Last summer I promised to help you move and then went to a festival instead. I'm sorry.",
    ],
)
def test_a_sincere_apology_in_any_register_raises_nothing(text):
    assert check_apology(text).findings == []


def test_pleading_never_counts_as_repair():
    report = check_apology("I'm sorry I lied. I'll do anything, please, I'm begging you, just come back.")
    assert ("pleading" in report.rules, report.components["repair"]) == (True, False)


@pytest.mark.parametrize(
    "text",
    ["I made you feel small in front of your friends.", "You were left on your own at the hospital because of me."],
)
def test_naming_what_it_did_to_them_acknowledges_harm(text):
    assert "acknowledges_harm" in _parts(text)


def test_a_sincere_apology_outscores_flawed_ones():
    sincere = check_apology("I lied to you about the money. That was wrong of me and I'm sorry.").score
    flawed = [
        check_apology("I'm sorry if you were upset, but I was stressed.").score,
        check_apology("It wasn't my fault. I did nothing wrong.").score,
        check_apology("Please, I'm begging you, I can't live without you. I'm sorry.").score,
    ]
    assert all(sincere > score for score in flawed)


def test_a_flat_denial_scores_below_a_plain_admission():
    assert check_apology("I did nothing wrong.").score < check_apology("I forgot your birthday.").score


def test_spans_point_at_what_was_written_in_texting_style():
    text = "sorry u took it so personally"
    (finding,) = [f for f in check_apology(text).findings if f.rule == "blames_feelings"]
    assert text[finding.span[0] : finding.span[1]] == "sorry u took"


def test_every_finding_message_says_what_to_do_instead():
    report = check_apology("Sorry if you were upset, but it was just a joke and you started it.")
    assert all(("(S4.3" in f.message and len(f.message.split(". ")) >= 2) for f in report.findings)


@pytest.mark.parametrize(
    "text",
    [
        "I'm really sorry, but I want to say it properly: I stole from your purse, and you deserved better.",
        "I'm sorry, though I know saying it doesn't undo anything. I told your boss things that were untrue.",
        "I'm sorry I binned your letters. Still, I want you to know I'll rewrite the ones I can remember.",
        "I'm sorry I went quiet for weeks. I'll take it as slowly as you like, however you want to do it.",
        "Sorry I laughed at your poem. But what I did next was worse: I read it out to my brother.",
    ],
)
def test_a_but_that_turns_to_owning_or_repair_is_not_a_hedge(text):
    assert "but" not in check_apology(text).rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("I'm sorry I binned your letters. Still, you never told me they mattered.", "but"),
        ("I'm sorry I shouted, but you kept pushing and pushing until I snapped.", "blame_shift"),
        ("I'm sorry I was late. However, the roads were awful and you know that.", "but"),
    ],
)
def test_a_but_that_defends_is_still_a_hedge(text, rule):
    assert rule in check_apology(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry I strung you along for years with a holiday I never meant to book.",
        "Sorry about the barbecue. I got drunk and I insulted your uncle in front of everyone. That was ugly and unkind.",
        "I know it seemed minor to me then, but skipping your recital hurt you, and I'm sorry.",
    ],
)
def test_sincere_apologies_with_a_reason_or_a_gerund_stay_clean(text):
    assert check_apology(text).findings == []


def test_sorry_that_something_hurt_them_is_not_acknowledging_the_harm():
    report = check_apology("I apologise that the seating plan hurt you.")
    assert report.components["acknowledges_harm"] is False
    assert "blames_feelings" in report.rules


def test_a_plain_verb_in_ing_does_not_name_an_act():
    assert "vague" in check_apology("Sorry for everything. Sending you lots of love.").rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Sorry I barked at you, I'd had maybe four hours of sleep.", "excuse"),
        ("Sorry I forgot the tickets, my brain has been fried lately.", "excuse"),
        ("Sorry I was off with you, rough shift.", "excuse"),
        ("I'm sorry about the wedding. Seeing my ex there really threw me.", "excuse"),
        ("Sorry I never texted back, my phone has been on the blink.", "excuse"),
        ("I'm sorry I swore at you. I get snappy when I'm tired.", "excuse"),
        ("Sorry I was late, the roads were gridlocked.", "excuse"),
        ("I'm sorry, it was banter, nothing more.", "minimizing"),
        ("Sorry I read your notes, it was only for a minute.", "minimizing"),
        ("I'm sorry about the kiss, it didn't mean anything.", "minimizing"),
        ("Sorry I was a tad sharp with you.", "minimizing"),
        ("I'm sorry I said it, but people say far worse online.", "minimizing"),
        ("Sorry the rent money got used on other stuff.", "passive"),
        ("I'm sorry your weekend was mucked up by the change of plan.", "passive"),
        ("I'm sorry the photos got out.", "passive"),
        ("Sorry that my joke rubbed you the wrong way.", "blames_feelings"),
        ("I'm sorry if you're upset about it.", "conditional"),
        ("Sorry, but I honestly don't think I did anything wrong.", "no_responsibility"),
        ("I don't see why I should apologise for that.", "no_responsibility"),
        ("I don't feel I owe you an apology.", "no_responsibility"),
        ("Sorry for the way I've been.", "vague"),
    ],
)
def test_common_ways_of_putting_each_flaw_are_read(text, rule):
    assert rule in check_apology(text).rules


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("I'm sorry. You'd barely slept for weeks and I still left you with the kids.", "excuse"),
        ("I switched off my phone because I was scared, and you found out from my cousin. I'm sorry.", "excuse"),
        ("I'm sorry I got used to you doing everything.", "passive"),
        ("I'm sorry you had a long day and I made it worse.", "excuse"),
    ],
)
def test_their_hardship_and_my_own_reasons_owned_are_not_excuses(text, absent):
    assert absent not in check_apology(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "Night after night I left you to put the kids down on your own. I'm sorry.",
        "People would call it small, skipping a dinner. It was your promotion dinner. I'm sorry.",
        "you waited two hours at the station while i was at a mate's playing cards. im sorry",
    ],
)
def test_what_happened_told_plainly_is_not_vague(text):
    assert "vague" not in check_apology(text).rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sorry about the shouting match. We were both shattered and it went on too long.", False),
        ("I'm sorry my job made you feel second best. The warehouse was a mess that year.", False),
        # a defence with no turning word is its own finding, not a `but` (DEFINITIONS.md: `but` is a turn)
        ("I'm sorry you felt left out at the party. I did try to include you.", False),
        ("I'm sorry the poem upset you. That was never what I meant.", False),
        ("Sorry I slammed the door. You know I can't stand being lectured.", False),
        # the same defences after a turning word
        ("I'm sorry you felt left out at the party, but I was run off my feet hosting all night.", True),
        ("I'm sorry the poem upset you. That said, it was never what I meant.", True),
        ("Sorry I slammed the door. Still, you know I can't stand being lectured.", True),
    ],
)
def test_a_defence_after_the_apology_is_a_but_only_after_a_turning_word(text, expected):
    assert ("but" in check_apology(text).rules) is expected


@pytest.mark.parametrize(
    "text", ["I'm sorry you felt left out at the party. I did try to include you.", "I'm sorry the poem upset you. That was never what I meant."]
)
def test_a_defence_with_no_turning_word_keeps_its_own_finding(text):
    assert check_apology(text).rules[0] == "blames_feelings"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("soz, it wasnt even that deep", "minimizing"),
        ("sry didnt ring back, been proper busy w work", "excuse"),
        ("sorry ive been so stressed w uni", "excuse"),
        ("not sure wat im meant 2 b sorry for", "no_responsibility"),
        ("soz ur headphones got broke", "passive"),
        ("ur making it a bigger deal than it is", "minimizing"),
    ],
)
def test_texting_style_reaches_the_same_findings(text, rule):
    assert rule in check_apology(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "im sorry i lied bout the rent. it was wrong n i kno it hurt u",
        "soz i forgot ur bday, thats on me. ill make it up 2 u",
        "sorry i ghosted u for 2 wks. it was cowardly n u deserved better",
    ],
)
def test_sincere_apologies_in_texting_style_raise_nothing(text):
    assert check_apology(text).findings == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("I'm sorry I snapped, you just wouldn't drop it.", "blame_shift"),
        ("I'm sorry. You weren't exactly a saint either.", "blame_shift"),
        ("I'm sorry it came off that way.", "blames_feelings"),
        ("I'm sorry for what went down.", "vague"),
        ("Sorry for being me, I suppose.", "vague"),
        ("I'm sorry for the heartache.", "vague"),
    ],
)
def test_more_ways_of_shifting_blaming_feelings_and_naming_nothing(text, rule):
    assert rule in check_apology(text).rules


def test_reading_a_message_wrong_myself_is_not_blaming_their_feelings():
    assert "blames_feelings" not in check_apology("I read your text wrong and I snapped at you. I'm sorry.").rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("I'm sorry you're taking this so hard.", "blames_feelings"),
        ("sorry i was short, had the week from hell", "excuse"),
        ("Sorry I swore. You know which buttons to push.", "blame_shift"),
        ("Sorry I forgot, I've got loads on right now.", "excuse"),
    ],
)
def test_more_everyday_flaws_are_read(text, rule):
    assert rule in check_apology(text).rules


def test_taking_it_hard_myself_is_neither_an_excuse_nor_blaming_their_feelings():
    assert check_apology("I took it hard when you left and I lashed out. I'm sorry I smashed your mug.").findings == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Sorry I missed the party, the childminder let me down.", "excuse"),
        ("I'm sorry for everything I put you through.", "vague"),
    ],
)
def test_a_third_party_letting_me_down_and_a_stock_phrase(text, rule):
    assert rule in check_apology(text).rules


def test_you_work_hard_is_not_an_excuse():
    text = "Sorry I sneered at your job at the party. I know you work hard and I made it sound pointless."
    assert check_apology(text).findings == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("So sorry about Saturday night.", "vague"),
        ("Honestly, that one is on you.", "no_responsibility"),
        ("Sorry I missed your call, the training session overran.", "excuse"),
        ("Sorry, the evening got away from me.", "excuse"),
        ("Sorry, I was a bit merry and loud, that's all.", "minimizing"),
        ("Sorry about the remark, I don't mean most of what I say.", "minimizing"),
        ("I only said it because you'd read my texts first.", "blame_shift"),
    ],
)
def test_occasions_tags_and_tit_for_tat_are_read(text, rule):
    assert rule in check_apology(text).rules


def test_naming_the_night_and_what_was_done_is_not_vague():
    assert "vague" not in check_apology("I'm sorry about Saturday night. I shouted at your cousin and I ruined the meal.").rules
