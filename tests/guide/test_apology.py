"""The apology workbench (S4.3): non-apology patterns, the six parts, the score."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.guide import check_apology
from reconcile_kit.guide.apology import PENALTIES, WEIGHTS

# These tests pin the rules alone; the learned reading is tested in test_learned.py.
pytestmark = pytest.mark.usefixtures("rules_alone")

FINDING_CASES = [
    ("I'm sorry, but you were also rude.", "but"),
    ("Sorry but I had a really long day.", "but"),
    ("I apologise. However, you need to see my side.", "but"),
    ("I'm sorry I snapped. But you kept pushing.", "but"),
    ("I regret what I said, but I stand by the point.", "but"),
    ("I’m sorry if I hurt you.", "conditional"),
    ("Sorry if that upset you.", "conditional"),
    ("I apologize if anything I said offended you.", "conditional"),
    ("I'm sorry if you felt hurt.", "conditional"),
    ("I'm sorry for any pain I may have caused.", "conditional"),
    ("I'm so sorry in case I was rude.", "conditional"),
    ("I'm sorry you feel that way.", "blames_feelings"),
    ("Sorry that you feel so upset about it.", "blames_feelings"),
    ("I'm sorry you were offended.", "blames_feelings"),
    ("I apologise that you took it the wrong way.", "blames_feelings"),
    ("I'm sorry your feelings were hurt.", "blames_feelings"),
    ("You're being too sensitive, but fine, sorry.", "blames_feelings"),
    ("Mistakes were made.", "passive"),
    ("I'm sorry it happened.", "passive"),
    ("Things were said that shouldn't have been.", "passive"),
    ("I'm sorry for what happened.", "passive"),
    ("Things got out of hand that night, sorry.", "passive"),
    ("It just happened, I'm sorry.", "passive"),
    ("I was just tired.", "excuse"),
    ("I shouted because I was stressed.", "excuse"),
    ("Sorry, I was only joking around.", "excuse"),
    ("I didn't mean to hurt you.", "excuse"),
    ("Work was crazy and I had a lot going on.", "excuse"),
    ("I was drunk, I'm sorry.", "excuse"),
    ("I'm sorry I forgot, I was having a bad week.", "excuse"),
    ("It was the alcohol talking.", "excuse"),
    ("You also said some awful things.", "blame_shift"),
    ("You started it, but I'm sorry.", "blame_shift"),
    ("Sorry, but if you hadn't gone through my phone this wouldn't have happened.", "blame_shift"),
    ("You made me so angry that I said it.", "blame_shift"),
    ("It was partly your fault too.", "blame_shift"),
    ("We both made mistakes.", "blame_shift"),
    ("I'm sorry, but what about what you did?", "blame_shift"),
    ("I only said it because you ignored me.", "blame_shift"),
    ("It wasn't a big deal.", "minimizing"),
    ("It was just a joke.", "minimizing"),
    ("Sorry, it was only a little thing.", "minimizing"),
    ("I think this has been blown out of proportion.", "minimizing"),
    ("It wasn't that bad, was it?", "minimizing"),
    ("Sorry. Let's just move on.", "minimizing"),
    ("Everyone makes mistakes.", "minimizing"),
    ("It was only once.", "minimizing"),
    ("Sorry for everything.", "vague"),
    ("I'm sorry about all that.", "vague"),
    ("I apologize for whatever I did.", "vague"),
    ("I'm sorry.", "vague"),
    ("Sorry about that.", "vague"),
    ("I'm sorry for the way things turned out.", "vague"),
    ("It's not my fault.", "no_responsibility"),
    ("It wasn’t my fault, you know that.", "no_responsibility"),
    ("I didn't do anything wrong.", "no_responsibility"),
    ("I'm not sorry, but I understand you're upset.", "no_responsibility"),
    ("I have nothing to apologise for.", "no_responsibility"),
    ("I don't know what I did wrong.", "no_responsibility"),
    ("It was nobody's fault.", "no_responsibility"),
    ("IT WAS NOT MY FAULT.", "no_responsibility"),
]

GOOD_APOLOGIES = [
    "I'm sorry I lied to you about the money. It was my fault and I take full responsibility.",
    "I'm sorry I missed your birthday dinner. I should have been there, and I let you down.",
    "I regret shouting at you in front of your friends. That was wrong of me, and I will not do it again.",
    "I apologise for reading your messages. It was a violation of your trust and I own that.",
    "I'm so sorry I cancelled on you three times. I was careless with your time. How can I make it up to you?",
    "I'm sorry for the things I said that night. I was wrong. I've started seeing a counsellor so it won't happen again.",
    "I was stressed at work, but that's no excuse: I chose to take it out on you, and I'm sorry.",
    "I shouted because I was scared of losing you. That's an explanation, not an excuse: it was my choice. I'm sorry.",
    "I’m sorry I didn’t listen when you told me you were struggling. I should have. Can you forgive me?",
    "I'm sorry I made fun of your painting. It hurt you and it was unkind of me. I'd like to make it right.",
]


@pytest.mark.parametrize(("text", "rule"), FINDING_CASES)
def test_each_non_apology_pattern_is_found(text, rule):
    assert rule in check_apology(text).rules


@pytest.mark.parametrize("text", GOOD_APOLOGIES)
def test_a_sincere_apology_raises_nothing(text):
    assert check_apology(text).findings == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("I'm not sorry but I understand.", "but"),
        ("I'm sorry, but it was my fault, full stop.", "but"),
        ("I'm sorry I hurt you by what I did.", "blames_feelings"),
        ("I won't pretend it was no big deal.", "minimizing"),
        ("I'm not going to say I was just tired.", "excuse"),
        ("I know it happened because I chose to lie.", "passive"),
        ("I can't apologise enough for lying.", "vague"),
        ("It was my fault, not yours.", "no_responsibility"),
    ],
)
def test_hard_cases_do_not_raise(text, absent):
    assert absent not in check_apology(text).rules


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("I'm sorry I lied.", "regret"),
        ("I regret lying to you.", "regret"),
        ("I feel terrible about it.", "regret"),
        ("I lied because I was afraid you would leave.", "explanation"),
        ("The reason I left early was that I panicked.", "explanation"),
        ("It was my fault.", "responsibility"),
        ("I take full responsibility.", "responsibility"),
        ("I was wrong to say that.", "responsibility"),
        ("That's on me.", "responsibility"),
        ("I shouldn’t have left like that.", "responsibility"),
        ("I will never do that again.", "repentance"),
        ("I promise to call when I'm late.", "repentance"),
        ("It won't happen again.", "repentance"),
        ("I've started therapy to work on my temper.", "repentance"),
        ("How can I make it up to you?", "repair"),
        ("I'll pay for the broken phone.", "repair"),
        ("Is there anything I can do to make this right?", "repair"),
        ("Can you forgive me?", "forgiveness"),
        ("I hope one day you can forgive me.", "forgiveness"),
    ],
)
def test_each_part_is_recognised(text, part):
    assert check_apology(text).components[part] is True


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("I'm not sorry.", "regret"),
        ("I don't regret it.", "regret"),
        ("Sorry if you were upset.", "regret"),
        ("It's not my fault.", "responsibility"),
        ("I don't think I was wrong.", "responsibility"),
        ("Sorry if I hurt you.", "responsibility"),
        ("I can't promise it won't happen again.", "repentance"),
        ("I don't expect you to forgive me.", "forgiveness"),
    ],
)
def test_negated_or_hedged_parts_do_not_count(text, part):
    assert check_apology(text).components[part] is False


def test_components_are_the_seven_parts_in_order():
    assert list(check_apology("Sorry.").components) == [
        "regret", "explanation", "responsibility", "repentance", "repair", "forgiveness", "acknowledges_harm"
    ]


def test_weights_follow_the_study():
    ranked = sorted(WEIGHTS, key=WEIGHTS.__getitem__, reverse=True)
    assert (ranked[:2], ranked[-1], sum(WEIGHTS.values())) == (["responsibility", "repair"], "forgiveness", 100)


def test_a_full_apology_scores_high():
    text = ("I'm sorry I lied about the trip. I did it because I was afraid of your reaction, but that's no "
            "excuse. It was my fault. I will be honest from now on, and I'd like to make it up to you. Can you forgive me?")
    report = check_apology(text)
    assert (report.findings, report.score) == ([], 50 + (100 - WEIGHTS["acknowledges_harm"]) // 2)


def test_findings_take_their_share_off_the_score():
    parts = (WEIGHTS["responsibility"] + WEIGHTS["regret"]) / 2
    report = check_apology("I lied to you about the money. I'm sorry, but I was stressed.")
    assert (report.rules, report.score) == (("but", "excuse"), round(parts * (1 - PENALTIES["but"] / 100) * (1 - PENALTIES["excuse"] / 100)))


def test_a_clean_apology_scores_from_fifty_up():
    assert check_apology("I lied to you about the money. I'm sorry.").score == round(50 + (WEIGHTS["responsibility"] + WEIGHTS["regret"]) / 2)


def test_responsibility_counts_more_than_forgiveness():
    assert check_apology("I lied to you about the money.").score > check_apology("Can you forgive me for the money?").score


def test_empty_text_scores_zero_with_no_findings():
    report = check_apology("   ")
    assert (report.score, report.findings, report.suggestions, any(report.components.values())) == (0, [], [], False)


def test_suggestions_cover_findings_by_weight_then_missing_parts_by_weight():
    suggestions = check_apology("Sorry if you were upset.").suggestions
    assert suggestions[0].startswith("Replace the 'if'") and suggestions[1].startswith("Name the specific")
    assert "counts most" in suggestions[2]


def test_span_of_but_points_at_the_word():
    text = "I’m sorry, but I was tired."
    spans = [f.span for f in check_apology(text).findings if f.rule == "but"]
    assert [text[s:e] for s, e in spans] == ["but"]


def test_curly_quotes_and_capitals_read_the_same():
    assert check_apology("IT’S NOT MY FAULT").rules == check_apology("it's not my fault").rules == ("no_responsibility",)


def test_several_sentences_each_checked():
    rules = check_apology("I'm sorry if you were hurt. Mistakes were made. You also yelled.").rules
    assert set(rules) >= {"conditional", "passive", "blame_shift"}


def test_markdown_reports_score_parts_and_caveat():
    markdown = check_apology("Sorry if you were upset.").to_markdown()
    assert "**Apology check**: " in markdown and "✗ responsibility" in markdown and "not a verdict" in markdown


def test_html_escapes_an_injected_tag():
    html = check_apology("<img src=x onerror=alert(1)> I'm sorry if you felt hurt").to_html()
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html and '<mark title="' in html


def test_html_escapes_text_inside_a_mark():
    html = check_apology("Sorry <b>if</b> you felt hurt, but <script>x</script>").to_html()
    assert "<script>" not in html and "<b>" not in html and "&lt;script&gt;" in html


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_is_checked_safely(text):
    report = check_apology(text)
    assert 0 <= report.score <= 100
    assert all(0 <= f.span[0] < f.span[1] <= len(text) for f in report.findings)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["sorry", "but", "if", "you", "I", "not", "my fault", "’", ".", "\n", "İ"]), max_size=30))
def test_apology_like_word_soup_is_checked_safely(words):
    text = " ".join(words)
    report = check_apology(text)
    assert 0 <= report.score <= 100
    assert all(0 <= f.span[0] < f.span[1] <= len(text) for f in report.findings)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["sorry", "small", "but", "it", "wasn't", "only", "just", "not", "a", "thing", "isn't", ".",
                                 "\n", "İ", "’", "like", "no big deal"]), max_size=30))  # fmt: skip
def test_a_smallness_named_and_rejected_in_any_order_is_read_safely(words):
    from reconcile_kit.guide import apology, apology_flaws

    draft = apology.rules_reading(" ".join(words))[0]
    assert apology_flaws.smallness_rejected(draft) in (True, False)
