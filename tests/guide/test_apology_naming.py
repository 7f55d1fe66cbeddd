"""What an apology names (`guide.apology_naming`): the object of each sorry, and whether an act is named at all."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.guide import apology
from reconcile_kit.guide.apology_draft import Draft
from reconcile_kit.guide.apology_naming import naming
from reconcile_kit.guide.clauses import read


def named(text: str) -> set[str]:
    return naming(Draft(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an occasion without the act (DEFINITIONS.md: "the Vegas thing" is vague)
        ("Sorry about Saturday.", {"o:occasion", "o:np", "o:short", "o:head:saturday", "o:generic", "o:nothing-named"}),
        ("sorry for what happened at the party", {"o:wh", "o:wh-long", "o:generic", "o:nothing-named"}),
        ("im sorry for everything", {"o:wh", "o:generic", "o:nothing-named"}),
        # something not done, named: specific
        ("Sorry for not ringing back when your nan was in hospital.", {"o:act-not", "o:own-specific"}),
        ("I am so sorry for reading your diary.", {"o:act-ing", "o:act-harm", "o:act-long", "o:gerund", "o:own-specific"}),
        ("Sorry I read your messages while you were asleep.", {"o:i", "o:iv:read", "o:i-act", "o:i-long", "o:own-specific"}),
        # "sorry I said what I said" owns a saying and names none
        ("Sorry I said what I said.", {"o:i", "o:iv:say", "o:i-act", "o:i-generic", "o:own-specific"}),
        ("Sorry you feel that way.", {"o:you", "o:you-feel", "o:nothing-named"}),
        ("Sorry it ended like this.", {"o:outcome", "o:nothing-named"}),
        ("Sorry for being such an idiot.", {"o:being", "o:being-long", "o:nothing-named"}),
        ("Sorry if I upset you.", {"o:if", "o:act-clause", "o:tells"}),
        ("Sorry. I lied about where I was on Friday.", {"o:bare", "o:act-clause", "o:own-specific", "o:tells"}),
        ("You were right about the money.", {"o:no-apology", "o:nothing-named"}),
    ],
)
def test_what_the_apology_names(text, expected):
    assert named(text) == expected


def test_a_word_in_ing_is_an_act_only_when_it_is_a_verb():
    assert "o:act-ing" not in named("Sorry for everything this morning.")
    assert "o:act-ing" in named("Sorry for shouting at you this morning.")


def test_the_head_word_of_a_named_thing_is_singular():
    assert {"o:head:text", "o:act-noun"} <= named("Sorry about the texts.")
    assert "o:head:kiss" in named("Sorry about the kiss.")


def test_texting_style_names_the_same_thing():
    assert named("im sorry i read ur messages") == named("I'm sorry I read your messages")


def test_the_learned_reading_reads_what_the_apology_names():
    draft, findings, parts = apology.rules_reading("Sorry about Saturday, it was one drink.")
    found = apology.features(draft, findings, parts)
    assert {"o:occasion", "o:nothing-named", "w:saturday", "r:minimizing"} <= found


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_is_read_without_error(text):
    found = naming(Draft(read(text)))
    assert found and all(name.startswith("o:") for name in found)
