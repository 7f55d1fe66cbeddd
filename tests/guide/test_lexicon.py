"""The word lists the checks read people with: verb forms, acts, verbs of harm."""

import pytest

from reconcile_kit.guide.lexicon import HARM_VERBS, IRREGULAR, NOT_ACTS, is_act, is_past, verb_lemma


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("snapped", "snap"), ("lied", "lie"), ("lying", "lie"), ("ghosted", "ghost"), ("went", "go"), ("cried", "cry"),
     ("humiliated", "humiliate"), ("dismissed", "dismiss"), ("forgot", "forget"), ("stole", "steal")],
)  # fmt: skip
def test_verb_forms_come_back_to_their_lemma(word, lemma):
    assert verb_lemma(word) == lemma


@pytest.mark.parametrize(
    ("word", "act"),
    [("snapped", True), ("ghosted", True), ("went", True), ("felt", False), ("thought", False), ("was", False),
     ("need", False), ("hoped", False), ("blocked", True)],
)  # fmt: skip
def test_an_act_is_a_past_verb_that_is_not_a_state_of_mind(word, act):
    assert is_act(word) is act


def test_a_verb_of_harm_is_never_a_state_of_mind():
    assert sorted(HARM_VERBS & {"feel", "think", "know", "want", "hope", "wish", "believe"}) == []


def test_need_is_not_a_past_tense():
    assert (is_past("need"), is_past("snapped")) == (False, True)


def test_irregular_forms_agree_with_lemminflect():
    lemminflect = pytest.importorskip("lemminflect")
    wrong = [
        (form, lemma) for form, lemma in IRREGULAR.items()
        if form not in {inflection for tag in ("VBD", "VBN") for inflection in lemminflect.getAllInflections(lemma, "VERB").get(tag, ())}
    ]  # fmt: skip
    assert wrong == []


# Verbs newer than lemminflect's tables.
RECENT_VERBS = {"badmouth", "gaslight", "guilt", "screenshot", "text"}


def test_every_listed_verb_is_an_english_verb():
    lemminflect = pytest.importorskip("lemminflect")
    unknown = sorted(v for v in (HARM_VERBS | NOT_ACTS) - RECENT_VERBS if not lemminflect.getAllInflections(v, "VERB"))
    assert unknown == []
