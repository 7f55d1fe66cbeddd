"""Texting style read as plain English, with spans that still point into the user's own text."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.guide.normalise import normalise


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("u", "you"),
        ("ur right", "you're right"),
        ("ur mum", "your mum"),
        ("im sorry", "i'm sorry"),
        ("ill make it up to u", "i'll make it up to you"),
        ("i was ill", "i was ill"),
        ("thats on me", "that's on me"),
        ("didnt", "didn't"),
        ("see u on the wknd", "see you on the weekend"),
        ("r u free tmrw", "are you free tomorrow"),
        ("sorryyy", "sorry"),
        ("pleeease", "please"),
        ("bc i was scared", "because i was scared"),
        ("the cause of it", "the cause of it"),
        ("its fine", "it's fine"),
        ("I couldnae", "I couldn't"),
    ],
)
def test_texting_style_reads_as_plain_english(text, plain):
    assert normalise(text).text == plain


def test_a_span_of_the_plain_text_maps_back_to_what_was_written():
    text = "im sorry i forgot ur bday"
    norm = normalise(text)
    start = norm.text.index("your birthday")
    assert text[slice(*norm.original_span((start, start + len("your birthday"))))] == "ur bday"


def test_untouched_text_keeps_its_offsets():
    norm = normalise("Sorry I snapped at you.")
    assert (norm.text, norm.original_span((6, 15))) == ("Sorry I snapped at you.", (6, 15))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_maps_every_word_back_inside_it(text):
    norm = normalise(text)
    for match in re.finditer(r"\w+", norm.text):
        start, end = norm.original_span(match.span())
        assert 0 <= start <= end <= len(text)
