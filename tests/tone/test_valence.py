"""The lean re-expression of VADER's per-word rules gives VADER's own numbers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment import vaderSentiment as vader

from reconcile_kit.tone.valence import unmodified, word_valence

ANALYZER = vader.SentimentIntensityAnalyzer()
# lexicon words, boosters, negations, idiom parts and plain words, in both cases
WORDS = [
    "good", "bad", "love", "hate", "happy", "sad", "no", "not", "never", "isn't", "very", "so", "kind", "of",
    "least", "at", "without", "doubt", "this", "the", "shit", "bomb", "yeah", "right", "or", "nor", "sort",
    "GOOD", "BAD", "VERY", "NOT", "cake", "you", "me", "bus", "stop", "kiss", "death", "to", "die", "for",
]  # fmt: skip


class _Text:
    def __init__(self, words: list[str]) -> None:
        self.words_and_emoticons = words
        self.is_cap_diff = vader.allcap_differential(words)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8), st.data())
def test_word_valence_matches_vaders_sentiment_valence(words: list[str], data: st.DataObject) -> None:
    i = data.draw(st.sampled_from([k for k, w in enumerate(words) if w.lower() in ANALYZER.lexicon] or [-1]))
    if i < 0:
        return
    text = _Text(words)
    expected = ANALYZER.sentiment_valence(0, text, words[i], i, [])[0]
    lower = [w.lower() for w in words]
    assert word_valence(i, words, lower, ANALYZER.lexicon, text.is_cap_diff, vader) == expected


def test_negation_three_words_back() -> None:
    words = ["not", "a", "very", "good"]
    assert round(word_valence(3, words, words, ANALYZER.lexicon, False, vader), 4) == -1.6228  # (1.9 + 0.293 for "very") x -0.74 for "not"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["isn't", "ok", "lovely", "rubbish", "kiss", "death", "yeah"]), min_size=1, max_size=8))
def test_in_a_message_no_rule_reads_every_word_keeps_its_lexicon_value(words: list[str]) -> None:
    lower = [w.lower() for w in words]
    if not unmodified(lower, vader) or vader.allcap_differential(words):
        return
    text = _Text(words)
    found = [ANALYZER.sentiment_valence(0, text, w, i, [])[0] for i, w in enumerate(words) if w.lower() in ANALYZER.lexicon]
    assert found == [ANALYZER.lexicon[w] for w in lower if w in ANALYZER.lexicon]
