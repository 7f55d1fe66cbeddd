"""The phrase index finds exactly what searching each table's whole pattern finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.tone import scoring
from reconcile_kit.tone.phrases import RUNS, PhraseIndex, Phrases, starts

TABLES = scoring.reader().tables
INDEX = scoring.reader().phrases
WORDS = [
    "i", "i'm", "im", "you", "u", "don't", "dont", "not", "no", "the", "this", "that", "we're", "never", "want",
    "talk", "text", "me", "again", "stop", "texting", "how", "are", "so", "good", "to", "hear", "from", "miss",
    "missed", "your", "call", "over", "done", "it's", "care", "block", "leave", "alone", "lol", "hiii", "hey",
    "aww", "hi", "catch", "up", "soon", "now", "friday", "can't", "wait", "oh", "great", "why", "seriously?",
    "thanks", "for", "nothing", "a", "chance", "pass", ".", "!", ",", "x", "😂",
]  # fmt: skip


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (r"leave me alone", ("word", {"leave"})),
        (r"(?:don'?t|do not) text me", ("word", {"don't", "dont", "do"})),
        (r"miss(?:ed)? you", ("word", {"miss", "missed"})),
        (r"aw+ hi", ("prefix", {"aw"})),
        (r"(?:^|(?<=\. ))bye", ("word", {"bye"})),
        (r"\d+ ?pm", None),  # starts with a class of characters: searched everywhere
    ],
)
def test_phrases_are_filed_under_their_first_word_or_letters(phrase: str, expected: object) -> None:
    assert starts(phrase) == expected


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=9))
def test_the_index_agrees_with_each_tables_whole_pattern(words: list[str]) -> None:
    text = " ".join(words)
    found = INDEX.scan(text)
    assert {name for name in TABLES if name in found} == {name for name, t in TABLES.items() if t.whole.search(text)}


def test_a_word_inside_another_word_is_not_a_phrase() -> None:
    table = Phrases(r"the end")
    index = PhraseIndex({"t": table})
    assert (index.scan("bathe end"), "t" in index.scan("so the end")) == ({}, True)


def test_rewrites_name_their_word() -> None:
    [match] = INDEX.scan("no worries at all")["rewrites"]
    assert TABLES["rewrites"].word(match) == "polite"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=9))
def test_a_scan_given_only_the_filed_words_finds_the_same(words: list[str]) -> None:
    text = " ".join(words)
    runs = RUNS.findall(text)
    spans = [{name: [(m.span(), m.lastgroup) for m in found] for name, found in INDEX.scan(text, given).items()}
             for given in ([run for run in runs if INDEX.files(run)], runs)]  # fmt: skip
    assert spans[0] == spans[1]
