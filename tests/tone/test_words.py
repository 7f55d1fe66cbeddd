"""A vocabulary worked out piece by piece gives what reading each whole message gives."""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.tone import scoring, texting
from reconcile_kit.tone.phrases import RUNS
from reconcile_kit.tone.words import _SIGN_HINT, _TRIPLE, PUNCTUATION, Vocabulary, _sign, _unstretched

READER = scoring.reader()
PIECES = [
    "x", "xx", "X", "xo", "xoxo", "haha", "HAHA!", "lmaooo", "lol.", "'xx'", "(x)", "yesss", "Goood", "sooo",
    "ok", "OK.", "don't", "can't", "I'm", "at", "5pm", "10:30", "Friday", "the", "keys", "miss", "you", "😂", "🙄",
    "ΟΔΟΣ", "İstanbul", "café", "Σ", "...", "!", "?", "kissx", "laughx", "so", "really", "not", "good",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), min_size=1, max_size=8).map(" ".join)


def vocabulary_of(text: str) -> tuple[Vocabulary, list[str], str]:
    vocabulary = Vocabulary(READER.lexicon, READER.phrases.files)
    pieces = text.split()
    vocabulary.learn(pieces)
    return vocabulary, pieces, text.lower()


def words_read_whole(prepared: str, stretched: bool, lowered: str) -> tuple[list[str], list[str]]:
    """The oracle: how the words were read before the vocabulary, word by word and from the whole message."""
    words = [bare if len(bare := token.strip(string.punctuation)) > 2 else token for token in prepared.split()]
    lower = [word.lower() for word in words]
    if stretched:
        lower = [_unstretched(word, READER.lexicon) if _TRIPLE.search(word) else word for word in lower]
    if _SIGN_HINT.search(lowered):
        end = len(lower) - 1
        while end > 0 and (lower[end] in texting.SIGNS or not lower[end].strip(PUNCTUATION)):
            end -= 1
        signs = [
            (i, sign) for i, word in enumerate(lower)
            if word[:1] in "xhalrk" + PUNCTUATION and (sign := _sign(word.strip(PUNCTUATION), i >= end))
        ]  # fmt: skip
        for i, sign in signs:
            words[i] = lower[i] = sign
    return words, lower


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_a_message_reads_as_its_pieces_say(text: str) -> None:
    vocabulary, pieces, lowered = vocabulary_of(text)
    runs = RUNS.findall(lowered)
    read = (vocabulary.stretched(pieces), vocabulary.practical(pieces), vocabulary.numbered(pieces))
    whole = (_TRIPLE.search(lowered), not texting.PRACTICAL_WORDS.isdisjoint(runs), re.search(r"\d", lowered))
    assert read == tuple(bool(answer) for answer in whole)
    assert vocabulary.heads(pieces) == [run for run in runs if READER.phrases.files(run)]


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.booleans())
def test_the_words_read_are_those_read_word_by_word(text: str, stretched: bool) -> None:
    vocabulary, pieces, lowered = vocabulary_of(text)
    words, lower, values = vocabulary.read(pieces, stretched, pieces)
    assert (words, lower) == words_read_whole(text, stretched, lowered)
    assert values == [READER.lexicon.get(word, 0.0) for word in lower]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["ok", "OK.", "k", "fine.", "no", "thanks!", "sure,", "thing.", "well", "oh", "..", ";", "x"])
                | st.sampled_from(PIECES), min_size=1, max_size=5).map(" ".join))
def test_a_curt_reply_has_only_words_a_curt_reply_can_have(text: str) -> None:
    vocabulary, pieces, lowered = vocabulary_of(text)
    assert vocabulary.curt(pieces) or not scoring._curt(lowered)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_lower_casing_piece_by_piece_gives_the_messages_lower_case(text: str) -> None:
    assert [piece.lower() for piece in text.split()] == text.lower().split()


def test_a_final_x_is_a_kiss_and_a_lone_x_elsewhere_is_not() -> None:
    vocabulary, pieces, _ = vocabulary_of("x marks the spot x")
    assert vocabulary.read(pieces, False, pieces)[1] == ["x", "marks", "the", "spot", "kissx"]
