"""The word lists the checks read people with: verb forms, acts, verbs of harm."""

import re
from pathlib import Path

import pytest

from reconcile_kit.guide.lexicon import CONCEPTS, HARM_VERBS, IRREGULAR, NOT_ACTS, concepts, is_act, is_past, verb_lemma
from reconcile_kit.guide.normalise import normalise

# These tests pin the rules alone; the learned reading is tested in test_learned.py.
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("snapped", "snap"), ("lied", "lie"), ("lying", "lie"), ("ghosted", "ghost"), ("went", "go"), ("cried", "cry"),
     ("humiliated", "humiliate"), ("dismissed", "dismiss"), ("forgot", "forget"), ("stole", "steal"),
     ("need", "need"), ("needed", "need"), ("speed", "speed")],
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


def _dead_contractions(source: str) -> list[str]:
    """Groups like `i (?:was|'m)`: the space before "'m" means "i'm" can never match that branch."""
    found = []
    for m in re.finditer(r"(?<![A-Za-z\\])(?:i|you|we|they|he|she|it|that|u|there|who) \(\?:", source):
        depth, j = 1, m.end()
        while depth and j < len(source):
            depth += {"(": 1, ")": -1}.get(source[j], 0) if source[j - 1] != "\\" else 0
            j += 1
        group, depth, branches, current = source[m.end() : j - 1], 0, [], ""
        for ch in group:
            depth += {"(": 1, ")": -1}.get(ch, 0)
            branches, current = (branches + [current], "") if ch == "|" and depth == 0 else (branches, current + ch)
        if any(branch.startswith("'") for branch in branches + [current]):
            found.append(source[m.start() : j])
    return found


@pytest.mark.parametrize("module", ["apology_phrases", "apology_flaw_phrases", "pressure", "draft_phrases", "lexicon"])
def test_no_phrase_table_puts_a_space_before_a_contraction(module):
    path = Path(__file__).parents[2] / "reconcile_kit" / "guide" / f"{module}.py"
    assert _dead_contractions(path.read_text(encoding="utf-8")) == []


def test_crisis_wording_puts_no_space_before_a_contraction():
    path = Path(__file__).parents[2] / "reconcile_kit" / "care" / "signals.py"
    assert _dead_contractions(path.read_text(encoding="utf-8")) == []


def test_contractions_reach_the_tables():
    from reconcile_kit.guide import check_apology

    assert "excuse" in check_apology("I'm sorry I snapped, I'm under loads of pressure at work.").rules


@pytest.mark.parametrize(
    ("word", "kinds"),
    [("hammered", ("drink",)), ("dops", ("drink",)), ("knackered", ("strain",)), ("deadline", ("busy",)),
     ("skint", ("money",)), ("mam", ("others",)), ("upbringing", ("past",)), ("banter", ("small",)),
     ("the", ()), ("sorry", ())],
)  # fmt: skip
def test_words_belong_to_their_kinds(word, kinds):
    assert concepts(word) == kinds


def test_every_word_of_a_kind_is_as_normalise_leaves_it():
    # the learned reading looks words up after `normalise`: a word it rewrites ("u", "ur") would never be found
    for kind, words in CONCEPTS.items():
        for word in words:
            assert normalise(f"it was {word} then").text.lower() == f"it was {word} then", (kind, word)
