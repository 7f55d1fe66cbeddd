"""VADER's rules for one word's valence, re-expressed over ready lower-case word lists, for speed.

`SentimentIntensityAnalyzer.sentiment_valence` (vaderSentiment 3.3.2, MIT; Hutto & Gilbert 2014)
lower-cases the whole message again for every rule it checks. This gives the same number from
words lower-cased once: the lexicon value, "no" before it, ALL CAPS among lower case, boosters
and dampeners up to three words back, negation, "never so", "without doubt", VADER's idioms
and "least". Most words have none of the words those rules look for near them; they get their
lexicon value after two set lookups (`_unmodified`), and `unmodified` says when that holds for a
whole message. tests/tone/test_valence.py checks both against VADER's own method.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["unmodified", "word_valence"]


def word_valence(i: int, words: list[str], lower: list[str], lexicon: dict[str, float], cap_diff: bool, vader: Any) -> float:
    """The valence of word `i` (which is in `lexicon`), as VADER's `sentiment_valence` gives it.

    :param words: the message's words as VADER splits them; `lower` the same in lower case
    :param cap_diff: some but not all words are in capitals (VADER's `allcap_differential`)
    :param vader: the vaderSentiment module (its constants)
    """
    item = lower[i]
    valence = lexicon[item]
    around = lower[i - 3 : i + 3] if i > 2 else []  # the idioms are read only from three words in
    if item != "no" and not (cap_diff and words[i].isupper()) and _unmodified(lower[max(i - 3, 0) : i], around, vader):
        return valence  # most words: no rule below finds anything to change
    if item == "no" and i != len(lower) - 1 and lower[i + 1] in lexicon:
        valence = 0.0
    if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") or (
        i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")
    ):
        valence = lexicon[item] * vader.N_SCALAR
    if cap_diff and words[i].isupper():
        valence += vader.C_INCR if valence > 0 else -vader.C_INCR
    for back in range(3):
        j = i - back - 1
        if j < 0 or lower[j] in lexicon:
            continue
        boost = _booster(words[j], lower[j], valence, cap_diff, vader)
        valence += boost * (1.0, 0.95, 0.9)[back] if boost else 0.0
        valence = _negation(valence, lower, back, i, vader)
        if back == 2 and not _rule_words(vader)[1].isdisjoint(zip(around, around[1:])):
            valence = _idioms(valence, lower, i, vader)
    return _least(valence, lower, i, lexicon, vader)


def _booster(word: str, lowered: str, valence: float, cap_diff: bool, vader: Any) -> float:
    """VADER's `scalar_inc_dec`: a booster or dampener before the word, stronger in capitals."""
    scalar = vader.BOOSTER_DICT.get(lowered, 0.0)
    if not scalar:
        return 0.0
    if valence < 0:
        scalar *= -1
    if word.isupper() and cap_diff:
        scalar += vader.C_INCR if valence > 0 else -vader.C_INCR
    return scalar


def _negated(word: str, vader: Any) -> bool:
    return word in vader.NEGATE or "n't" in word


def _negation(valence: float, lower: list[str], back: int, i: int, vader: Any) -> float:
    """VADER's `_negation_check` for the word `back + 1` places before word `i`."""
    if back == 0:
        return valence * vader.N_SCALAR if _negated(lower[i - 1], vader) else valence
    if back == 1:
        if lower[i - 2] == "never" and lower[i - 1] in ("so", "this"):
            return valence * 1.25
        if lower[i - 2] == "without" and lower[i - 1] == "doubt":
            return valence
        return valence * vader.N_SCALAR if _negated(lower[i - 2], vader) else valence
    if (lower[i - 3] == "never" and lower[i - 2] in ("so", "this")) or lower[i - 1] in ("so", "this"):
        return valence * 1.25
    if lower[i - 3] == "without" and "doubt" in (lower[i - 2], lower[i - 1]):
        return valence
    return valence * vader.N_SCALAR if _negated(lower[i - 3], vader) else valence


def unmodified(lower: list[str], vader: Any) -> bool:
    """True when no rule can change any word's valence in this message, so each word's valence is
    its lexicon value unless it is in capitals among lower case (see `_unmodified`)."""
    return _unmodified(lower, lower, vader)


def _unmodified(before: list[str], around: list[str], vader: Any) -> bool:
    """True when no booster, negation (or word with "n't"), "no", "so", "this" or "least" is in
    `before` (the words the rules look back at) and no two words in a row in `around` come from one
    of VADER's idioms or two- or three-word boosters (each idiom `_idioms` looks for has such a pair)."""
    modifiers, pairs = _rule_words(vader)
    if not modifiers.isdisjoint(before) or "n't" in " ".join(before):
        return False
    return pairs.isdisjoint(zip(around, around[1:]))


@lru_cache(maxsize=1)
def _rule_words(vader: Any) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The words that make a rule read a word's neighbours (boosters, negations, the words the
    negation rules look for); and each pair of words in a row in VADER's idioms and two- or
    three-word boosters."""
    modifiers = frozenset([*vader.BOOSTER_DICT, *vader.NEGATE, "no", "never", "without", "so", "this", "least"])
    phrases = [phrase.split() for phrase in [*vader.SPECIAL_CASES, *vader.BOOSTER_DICT] if " " in phrase]
    return modifiers, frozenset(pair for words in phrases for pair in zip(words, words[1:]))


def _idioms(valence: float, lower: list[str], i: int, vader: Any) -> float:
    """VADER's `_special_idioms_check` (called with three words before word `i`)."""
    special, boosters = vader.SPECIAL_CASES, vader.BOOSTER_DICT
    one_zero = f"{lower[i - 1]} {lower[i]}"
    two_one_zero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    two_one = f"{lower[i - 2]} {lower[i - 1]}"
    three_two_one = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    three_two = f"{lower[i - 3]} {lower[i - 2]}"
    for seq in (one_zero, two_one_zero, two_one, three_two_one, three_two):
        if seq in special:
            valence = special[seq]
            break
    if len(lower) - 1 > i and f"{lower[i]} {lower[i + 1]}" in special:
        valence = special[f"{lower[i]} {lower[i + 1]}"]
    if len(lower) - 1 > i + 1 and f"{lower[i]} {lower[i + 1]} {lower[i + 2]}" in special:
        valence = special[f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"]
    for n_gram in (three_two_one, three_two, two_one):
        if n_gram in boosters:
            valence = valence + boosters[n_gram]
    return valence


def _least(valence: float, lower: list[str], i: int, lexicon: dict[str, float], vader: Any) -> float:
    """VADER's `_least_check`: "least" before a word negates it, unless "at least" or "very least"."""
    if i > 0 and lower[i - 1] == "least" and "least" not in lexicon:
        if i > 1 and lower[i - 2] in ("at", "very"):
            return valence
        return valence * vader.N_SCALAR
    return valence
