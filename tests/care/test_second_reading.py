"""The learned second reading of crisis wording (`care.signals`, `guide.learned`'s care models): what it
adds where the rules found nothing, and when it may set the rules' crisis wording aside (`VETO`, told as
then: `care.distance`). The rules alone are tested in tests/care/test_signals.py; the learned machinery
in tests/guide/test_learned.py."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.care.signals import KINDS, MESSAGES, rules_signals, signals
from reconcile_kit.guide import learned


def test_the_care_reading_adds_crisis_wording_the_rules_missed_as_the_likeliest_kind(monkeypatch):
    text = "I've given the cat to my sister and sorted out who gets the car. Everything is in order now."
    assert rules_signals(text) == []
    always = learned.LabelModel(30.0, {}, 0.5, 0.5)
    likely = learned.LabelModel(0.0, {"w:order": 3.0}, 0.5, 0.5)
    unlikely = learned.LabelModel(-3.0, {}, 0.5, 0.5)
    models = {"crisis": always, "self_harm": likely, "hopelessness": unlikely, "cant_live_without": unlikely}
    monkeypatch.setattr(learned, "model", lambda kind: models if kind == "care" else {})
    [signal] = signals(text)
    assert signal.kind == "self_harm" and signal.message == MESSAGES["self_harm"]
    assert text[slice(*signal.span)] == "Everything is in order now."


def test_the_care_reading_never_takes_away_crisis_wording_said_as_now(monkeypatch):
    never = learned.LabelModel(-30.0, {}, 0.5, 0.5)
    monkeypatch.setattr(learned, "model", lambda kind: {"crisis": never} if kind == "care" else {})
    for text, kind in (
        ("Some nights I think about ending my life, honestly I do.", "self_harm"),
        # past tense, but an hour ago is now
        ("Dentist, then a haircut, then tea at Mum's. I took a load of tablets an hour ago.", "self_harm"),
        # a sentence with no past in it is now, however calm the note around it
        ("Walked the dog, paid the gas bill, bought bread and milk. Suicidal.", "self_harm"),
        # a past beside it does not make the crisis wording past
        ("Back in 2019 I was in a bad way after the divorce. Since she left I still want to die.", "self_harm"),
    ):
        assert [s.kind for s in signals(text)] == [kind], text
    assert signals("I'm sorry I lied to you about the money and the car last winter.") == []


# A past told from safety that the rules card: the safety is shown, not said.
_TOLD_THEN = "That winter after Rob I wanted to die, I really did. Last Saturday I cooked for six friends in my own flat and we danced in the kitchen."


def test_the_care_reading_sets_aside_crisis_wording_told_as_then_only_when_all_but_sure(monkeypatch):
    assert [s.kind for s in rules_signals(_TOLD_THEN)] == ["self_harm"]
    for chance, kinds in ((0.099, []), (0.101, ["self_harm"])):
        model = learned.LabelModel(math.log(chance / (1 - chance)), {}, 0.5, 0.5)
        monkeypatch.setattr(learned, "model", lambda kind, model=model: {"crisis": model} if kind == "care" else {})
        assert [s.kind for s in signals(_TOLD_THEN)] == kinds, chance
    # fear of someone is not crisis wording and brings its own card: the learned reading leaves it
    never = learned.LabelModel(-30.0, {}, 0.5, 0.5)
    monkeypatch.setattr(learned, "model", lambda kind: {"crisis": never} if kind == "care" else {})
    text = "He said he wanted to die back then, when we split. Now he says he'll kill me if I leave, and I believe him."
    assert [s.kind for s in signals(text)] == ["afraid_of_them"]


def test_the_care_reading_must_be_surer_where_the_next_sentence_speaks_of_now(monkeypatch):
    # a crisis of our own: the shipped weights read it at 0.032, below `VETO` but above `VETO_BESIDE_NOW`
    text = "My therapist asked if I'd thought about suicide. I said no, but honestly I have, a lot, and it's getting louder."
    told = "My therapist asked if I'd thought about suicide years ago. We laughed about it on the ferry home last summer."
    for chance, kinds, told_kinds in ((0.01, ["self_harm"], []), (0.004, [], [])):
        model = learned.LabelModel(math.log(chance / (1 - chance)), {}, 0.5, 0.5)
        monkeypatch.setattr(learned, "model", lambda kind, model=model: {"crisis": model} if kind == "care" else {})
        assert [s.kind for s in signals(text)] == kinds, chance
        assert [s.kind for s in signals(told)] == told_kinds, chance
    monkeypatch.undo()
    assert [s.kind for s in signals(text)] == ["self_harm"]


def test_someone_elses_words_in_quotation_marks_are_told_as_then_but_the_writers_own_are_not(monkeypatch):
    never = learned.LabelModel(-30.0, {}, 0.5, 0.5)
    monkeypatch.setattr(learned, "model", lambda kind: {"crisis": never} if kind == "care" else {})
    for text in (
        'My brother rang at midnight. He said "I want to die, I can\'t do this anymore." I kept him on the phone till his wife got home.',
        'Jen texted me at 2am: "I want to die." Her mum is with her now and they are seeing the GP.',
    ):
        assert [s.kind for s in rules_signals(text)] != [], text
        assert signals(text) == [], text
    for text in (
        'She texted "I want to die" and honestly I still do.',  # the rest of the sentence is now
        'I told him "I want to die" and he laughed.',  # the writer's own words
        'I typed "I want to die" to Sam and then deleted it.',
    ):
        assert [s.kind for s in signals(text)] == ["self_harm"], text


@settings(max_examples=100, deadline=None)
@given(st.text(), st.sampled_from(['He said "I want to die.', 'In 2019 I wanted to die', '"', 'I still want to die "']), st.text())
def test_any_text_around_crisis_words_and_quotation_marks_is_read_safely_by_both_readings(before, words, after):
    text = before + words + after
    assert all(0 <= s.span[0] <= s.span[1] <= len(text) and s.kind in KINDS for s in signals(text))


def test_crisis_wording_beside_an_ordinary_day_keeps_its_card():
    # Round 7 tried letting the model take away crisis wording where it was all but sure there was
    # none (below 0.01): it puts the second of these, a calm day until its last line, at 0.0005 (round
    # 22's weights: 0.0035; round 24's: 0.054). Since round 23 it may, below `signals.VETO`, but only where the words are
    # told as then (`care.distance.told_then`), and "still want to" is now.
    for text in (
        "week three without him. cooked pasta, went for a walk. still thinking about ending it all most nights, "
        "nothing has changed there",
        "No contact day 20. Made soup, did the washing, watched a film. Still want to kill myself most evenings, "
        "that part is the same.",
    ):
        assert [s.kind for s in signals(text)] == ["self_harm"]


def test_the_care_reading_leaves_a_few_words_to_the_rules(monkeypatch):
    always = learned.LabelModel(30.0, {}, 0.5, 0.5)
    monkeypatch.setattr(learned, "model", lambda kind: {"crisis": always} if kind == "care" else {})
    assert signals("Long day. Bed now.") == []  # under learned.MIN_WORDS
    assert [s.kind for s in signals("Long day at work and the bus was late again, so bed now I think.")] == ["self_harm"]


# --- the shipped weights, on care notes of our own (never corpus texts) ---------------------------

# Care notes of our own: everyday heartache and figures of speech, and crisis said indirectly.
EVERYDAY_NOTES = [
    "Rough day. Cried in the car after work, then made pasta and watched the football. Tomorrow's another day.",
    "This commute is going to be the death of me, two hours on the train again and the heating was broken.",
    "I miss her so much it aches. Went for a long walk by the river and called my brother, felt a bit better after.",
    "Honestly furious with him for telling his mates before telling me. Writing it here so I don't text him.",
    "Last winter I had some very dark thoughts, but I got help from my GP and I'm in a much better place now.",
    "Gave his jumpers to the charity shop today and cleared out the drawer. Feels like a fresh start, weirdly.",
    "I could have died of embarrassment when I bumped into him at the supermarket with his new girlfriend.",
    "Sleeping badly, eating rubbish, but I booked a counsellor for Thursday and Mum's coming at the weekend.",
]
INDIRECT_CRISIS = [
    ("Everyone would have an easier time if I just wasn't around any more. I keep thinking about how.", "self_harm"),
    ("There's no version of my life without him that I want to live in. I'm done trying.", "cant_live_without"),
]


def test_the_shipped_care_reading_sets_aside_a_past_told_from_safety():
    assert signals(_TOLD_THEN) == []
    # the shipped weights read this at 0.0001: only the guard (`distance.told_then`: "still" is now) keeps its card
    assert [s.kind for s in signals(_TOLD_THEN + " Some nights I still want to die.")] == ["self_harm", "self_harm"]


def test_the_care_reading_leaves_everyday_heartache_alone():
    assert {text: signals(text) for text in EVERYDAY_NOTES if signals(text)} == {}


def test_the_care_reading_finds_crisis_said_indirectly_that_the_rules_miss():
    for text, kind in INDIRECT_CRISIS:
        assert rules_signals(text) == []
        assert [s.kind for s in signals(text)] == [kind]
