"""Reading in clauses: who each clause is about, what opens it, what a negation covers."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.guide.clauses import read


def _subjects(text):
    reading = read(text)
    return [(c.link, c.subject) for c in reading.clauses]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("I lied and you found out.", [("", "i"), ("and", "you")]),
        ("I went behind your back and lied.", [("", "i"), ("and", "i")]),
        ("Sorry, but you started it.", [("", "other"), ("but", "you")]),
        ("didnt call when u needed me", [("", "i"), ("when", "you")]),
        ("We both said things.", [("", "we")]),
    ],
)
def test_each_clause_knows_who_it_is_about(text, subjects):
    assert _subjects(text) == subjects


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Honestly none of it was down to me.", "down", True),
        ("I still can't see what I did that was so bad.", "bad", True),
        ("It was not, whatever they say, my fault.", "fault", True),
        ("I'm not perfect, but it was my fault.", "fault", False),
        ("It was my fault.", "fault", False),
        ("I forgot because I was busy, not because I was tired.", "tired", True),
    ],
)
def test_a_negation_covers_its_clause_with_words_in_between(text, word, negated):
    reading = read(text)
    assert reading.negated(reading.text.rindex(word)) is negated


def test_sentences_split_at_stops_and_new_lines():
    assert len(read("Sorry. I was wrong!\nIt won't happen again").sentences) == 3


def test_a_titles_full_stop_does_not_end_a_sentence():
    reading = read("I told Dr. Malik about it. Mr. and Mrs. Shah know too")
    assert [reading.text[s:e] for s, e in reading.sentences] == ["I told Dr. Malik about it.", "Mr. and Mrs. Shah know too"]


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_text_is_read_without_error(text):
    reading = read(text)
    assert all(0 <= c.start <= c.end <= len(reading.text) for c in reading.clauses)
