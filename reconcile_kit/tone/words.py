"""A message's words as the tone scoring reads them, each distinct word worked out once per batch.

VADER (vaderSentiment 3.3.2, MIT; Hutto & Gilbert 2014) splits a message at spaces and strips a
word's outer punctuation unless that leaves two characters or fewer (which keeps emoticons such
as ":)"). The kit looks words up in lower case, a stretched word as the lexicon knows it ("yesss"
as "yes"), and reads laughs and kisses as pseudo-words ("laughx", "kissx"). Chats repeat their
words, so a `Vocabulary` works out what each distinct piece of a batch gives the first time it is
seen, and a message is read from dictionary and set lookups: the same lists and answers as
working every piece, and the whole message, out again.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Mapping
from operator import itemgetter

from . import texting
from .phrases import RUNS

__all__ = ["PUNCTUATION", "Vocabulary"]

PUNCTUATION = ".,!?;:'\"()*-~"
_TRIPLE = re.compile(r"([a-zA-Z])\1\1")  # on lower-case text it finds "sss"; on a word, "SSS" too
_STRETCH = re.compile(r"([a-zA-Z])\1\1+")
_DIGIT = re.compile(r"\d")
_VADER_PUNCTUATION = string.punctuation
# a word that may be a laugh or a kiss (`_sign` decides)
_SIGN_FIRST = frozenset("xhalrk" + PUNCTUATION)  # a laugh or a kiss starts so (after any punctuation)
_SIGN_HINT = re.compile(r"(?<![\w'])(?:x{1,6}|x[xo]{1,5}|[ha]{4,}|he[he]{2,}|l[lo]*l|lm[lmafo]+|rofl|kek|lolz)(?![\w'])")


class Vocabulary:
    """What each distinct piece of a batch of messages gives, worked out the first time it is seen.

    A piece is what lies between spaces, as it stands ("Sooo", "x!", "train's"). Kept for each:
    VADER's word, its lower case and its unstretched form, the runs of its lower case (runs of
    letters, digits, "_" and "'", as `phrases` reads a message) that may start a phrase, and the
    questions below. Each question is about something no space can be part of, and lower-casing
    piece by piece gives the message's lower case, so a message's answer is whether any of its
    pieces says yes (tests/tone/test_words.py checks both against reading the whole message).

    :param lexicon: the words the scoring knows (a stretched word is looked up in it)
    :param files: which runs may start a phrase (`PhraseIndex.files`)
    """

    def __init__(self, lexicon: Mapping[str, float], files: Callable[[str], bool]) -> None:
        self._lexicon, self._files = lexicon, files
        self._known: set[str] = set()
        self._bare: dict[str, str] = {}
        self._lower: dict[str, str] = {}
        self._unstretched: dict[str, str] = {}
        self._value: dict[str, float] = {}  # the lexicon value of its lower case, 0.0 for none
        self._value_unstretched: dict[str, float] = {}  # ... of its unstretched form
        self._heads: dict[str, tuple[str, ...]] = {}  # only the pieces with one
        self._stretched: set[str] = set()
        self._hinted: set[str] = set()
        self._practical: set[str] = set()
        self._numbered: set[str] = set()
        self._curt: set[str] = set()
        self._cased: set[str] = set()  # VADER's word changes in lower case
        self._signs: dict[str, tuple[str, str]] = {}  # a lower-case word -> its sign, and its sign at the end

    def learn(self, pieces: Iterable[str]) -> None:
        """Work out every piece not seen before."""
        for piece in set(pieces).difference(self._known):
            self._learn(piece)

    def _learn(self, piece: str) -> None:
        bare = _bare(piece)
        lower = bare.lower()
        self._bare[piece], self._lower[piece] = bare, lower
        if lower != bare:
            self._cased.add(piece)
        self._unstretched[piece] = unstretched = _unstretched(lower, self._lexicon) if _TRIPLE.search(lower) else lower
        self._value[piece] = self._lexicon.get(lower, 0.0)
        self._value_unstretched[piece] = self._lexicon.get(unstretched, 0.0)
        for word in (lower, unstretched):
            bare_sign = word.strip(PUNCTUATION)
            if word[:1] in _SIGN_FIRST and any(signs := (_sign(bare_sign, False), _sign(bare_sign, True))):
                self._signs[word] = signs
        lowered = piece.lower()
        runs = RUNS.findall(lowered)
        if heads := tuple(run for run in runs if self._files(run)):
            self._heads[piece] = heads
        if _TRIPLE.search(lowered):
            self._stretched.add(piece)
        if _SIGN_HINT.search(lowered):
            self._hinted.add(piece)
        if not texting.PRACTICAL_WORDS.isdisjoint(runs):
            self._practical.add(piece)
        if _DIGIT.search(lowered):
            self._numbered.add(piece)
        if texting.CURT_VOCABULARY.issuperset(filter(None, texting.SENTENCE_MARKS.split(lowered))):
            self._curt.add(piece)
        self._known.add(piece)

    def heads(self, pieces: list[str]) -> list[str]:
        """The message's runs that may start a phrase, in order."""
        heads = self._heads
        return [run for piece in pieces if piece in heads for run in heads[piece]]

    def stretched(self, pieces: list[str]) -> bool:
        """A letter three times in a row ("yesss")."""
        return not self._stretched.isdisjoint(pieces)

    def practical(self, pieces: list[str]) -> bool:
        """A word of days, times, things and plans (`texting.PRACTICAL_WORDS`)."""
        return not self._practical.isdisjoint(pieces)

    def numbered(self, pieces: list[str]) -> bool:
        """A digit."""
        return not self._numbered.isdisjoint(pieces)

    def curt(self, pieces: list[str]) -> bool:
        """Only words a curt reply can have (`texting.CURT_VOCABULARY`), between sentence marks."""
        return self._curt.issuperset(pieces)

    def read(self, pieces: list[str], stretched: bool, hinted: list[str]) -> tuple[list[str], list[str], list[float]]:
        """VADER's words of a message split into `pieces` (outer punctuation stripped), laughs and kisses
        as pseudo-words; the same in lower case, stretched words as the lexicon knows them; and the
        lexicon value of each (0.0 for a word not in it).

        :param stretched: the message has a letter three times in a row (`stretched`)
        :param hinted: the message's pieces before any rewrite (where laughs and kisses are looked for)
        """
        lowers, values = (self._unstretched, self._value_unstretched) if stretched else (self._lower, self._value)
        if len(pieces) > 1:  # one lookup in C for every piece (itemgetter gives a lone piece's value bare)
            get = itemgetter(*pieces)
            lower = list(get(lowers))
            read = list(get(self._bare)) if stretched or not self._cased.isdisjoint(pieces) else lower, lower, list(get(values))
        else:
            read = tuple([table[piece] for piece in pieces] for table in (self._bare, lowers, values))
        if not self._hinted.isdisjoint(hinted) and not self._signs.keys().isdisjoint(read[1]):
            self._sign(*read)
        return read

    def _sign(self, words: list[str], lower: list[str], values: list[float]) -> None:
        """Laughs and kisses as pseudo-words, in the three lists; a lone "x" is a kiss only at the end
        (before any other signs and punctuation)."""
        end = len(lower) - 1
        while end > 0 and (lower[end] in texting.SIGNS or not lower[end].strip(PUNCTUATION)):
            end -= 1
        signs = self._signs
        for i, word in enumerate(lower):
            if word in signs and (sign := signs[word][i >= end]):
                words[i] = lower[i] = sign
                values[i] = self._lexicon.get(sign, 0.0)


def _bare(piece: str) -> str:
    """VADER's word: outer punctuation stripped, unless that leaves two characters or fewer."""
    bare = piece.strip(_VADER_PUNCTUATION)
    return bare if len(bare) > 2 else piece


def _unstretched(word: str, lexicon: Mapping[str, float]) -> str:
    """A stretched word as the lexicon knows it: runs of three or more letters cut to two, else to one."""
    double = _STRETCH.sub(r"\1\1", word)
    single = _STRETCH.sub(r"\1", word)
    return double if double in lexicon else single if single in lexicon else word


def _sign(word: str, last: bool) -> str:
    """"laughx" for laughter ("hahaha", "lmaooo", "lool"), "kissx" for kisses ("xx", "xoxo", a final "x")."""
    first = word[:1]
    if first == "x":
        if word.strip("x") == "" and len(word) <= 6 and (len(word) > 1 or last):
            return "kissx"
        if word.strip("xo") == "" and "o" in word and len(word) <= 6:
            return "kissx"
    elif first in ("h", "a"):
        if len(word) >= 4 and (word.strip("ha") == "" and "h" in word or word.strip("he") == "" and word[:2] == "he"):
            return "laughx"
    elif first == "l":
        if word[-1:] == "l" and word.strip("lo") == "" and "o" in word:
            return "laughx"
        if word[:2] == "lm" and word.strip("lmafo") == "" and "a" in word and "o" in word:
            return "laughx"
    elif word in ("rofl", "kek", "lolz"):
        return "laughx"
    return ""
