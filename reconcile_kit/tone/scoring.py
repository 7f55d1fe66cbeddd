"""Scoring one message's tone: VADER's word rules over a texting lexicon, then the texting cues.

`score(text)` is the reference: one message, alone, from scratch. `score_chunk` reads many
messages the same way, the steps every message takes done for all of them at once and each
distinct word worked out once (`words.Vocabulary`); `batch.scores` builds on it. VADER
(vaderSentiment 3.3.2, MIT; Hutto & Gilbert 2014) is loaded on first use, so importing the kit
stays cheap. Rules: docs/tone.md; speed: docs/tone.md, "Speed".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, count, repeat
from operator import not_, or_
from typing import Any

from . import texting
from .phrases import Found, PhraseIndex, Phrases
from .valence import unmodified, word_valence
from .words import Vocabulary

__all__ = ["NEGATIVE_AT", "POSITIVE_AT", "TABLES", "Squashed", "label", "reader", "score", "score_chunk"]

POSITIVE_AT = 0.25  # a compound score at or above this reads warm
NEGATIVE_AT = -0.25  # at or below this, cool
CIRCUMSTANCE_SHARE = 0.2  # what is left of a circumstance word's VADER valence
PRACTICAL_SHARE = 0.3  # what is left of negative words in practical talk
PRACTICAL_SHARE_WARM = 0.5  # ... and of positive words ("sure, Thursday's great")
WARM_CUE = 1.5  # each warm phrase (at most two count)
COOL_CUE = 2.0  # a shutting-down phrase: the score is pushed at least this far below zero
SARCASM_CUE = 1.5
CURT = -1.6  # a curt reply's whole valence (compound about -0.38)
GREETING_CUE = 1.0
DISTANCE_CUE = 1.2  # a negated statement about the two of them (compound about -0.3)
PLAIN_WORDS = 1.0  # at most this much positive valence: acknowledgements, a negated complaint, no warm word
STRETCH_CUE = 0.8

# The phrase tables of `texting`, by the name the scan reports them under.
TABLES: dict[str, tuple[str, ...]] = {
    "cool": texting.COOL, "reproach": texting.REPROACH, "sarcasm": texting.SARCASM, "hints": texting.SARCASM_HINTS,
    "warm": texting.WARM, "greeting": texting.GREETING, "practical": texting.PRACTICAL, "rewrites": texting.REWRITES,
    "sign_off": texting.SIGN_OFF,
}  # fmt: skip

_APOSTROPHES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'", "\u201c": '"', "\u201d": '"'}
)
_TICK = "`"  # the one ASCII character `_Reader.plain` replaces (tests/tone/test_tone.py checks)
_SPECIAL = re.compile(r"[^\x00-\x5f\x61-\x7f]+")  # runs of anything but ASCII, and backticks
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class _Reader:
    """VADER's lexicon with the texting changes, and the compiled pieces every message goes through."""

    module: Any  # the vaderSentiment module (its constants and helpers)
    lexicon: dict[str, float]
    plain: dict[int, str | None]  # str.translate table: apostrophes, emoji -> " word(s) ", modifiers dropped
    tables: dict[str, Phrases]  # the phrase tables of `texting`, compiled
    phrases: PhraseIndex  # ... filed together for one pass over a message

    def translated(self, run: re.Match[str]) -> str:
        """A run of text through the `plain` table (for `re.sub`)."""
        return run.group().translate(self.plain)


@lru_cache(maxsize=1)
def reader() -> _Reader:
    """The analyser, built once on first use (it reads VADER's 7,500-word lexicon)."""
    from vaderSentiment import vaderSentiment as vader

    analyzer = vader.SentimentIntensityAnalyzer()
    lexicon = dict(analyzer.lexicon)
    for word, value in texting.LEXICON.items():
        if value == 0.0:
            lexicon.pop(word, None)  # gone, so boosters and negations have nothing to work on
        elif value is not None:
            lexicon[word] = value
        elif word in lexicon:
            lexicon[word] = lexicon[word] * CIRCUMSTANCE_SHARE
    plain: dict[int, str | None] = {ord(ch): f" {text} " for ch, text in analyzer.emojis.items() if len(ch) == 1}
    plain.update({ord(ch): f" {word} " for ch, word in texting.EMOJI.items()})
    plain.update({ord(ch): None for ch in texting.EMOJI_MODIFIERS})
    plain.update(_APOSTROPHES)
    tables = {name: Phrases(*phrases) for name, phrases in TABLES.items()}
    tables["rewrites"] = Phrases(*texting.REWRITES, words=texting.REWRITE_WORDS)
    return _Reader(module=vader, lexicon=lexicon, plain=plain, tables=tables, phrases=PhraseIndex(tables))


def _plains(texts: list[str], r: _Reader) -> list[str]:
    """Each message with plain apostrophes and every emoji as a word (skin tones, joiners and variation
    selectors dropped, so "🤷🏽‍♀️" reads as the shrug). Most messages have nothing to replace (ASCII
    without a backtick): those are only stripped, found with C-level maps. In the others only the runs
    of characters the table may replace are translated (each character is translated on its own)."""
    plains = list(map(str.strip, texts))
    others = map(or_, map(not_, map(str.isascii, texts)), map(str.__contains__, texts, repeat(_TICK)))
    for i in compress(count(), others):
        plains[i] = _SPECIAL.sub(r.translated, texts[i]).strip()
    return plains


def _valences(words: list[str], lower: list[str], values: list[float], capitals: bool, r: _Reader) -> list[float]:
    """VADER's valence of each word (negation, boosters, capitals, "but"); 0.0 for a word not in the lexicon.

    :param values: each word's lexicon value (0.0 for none), which is its valence when no rule applies
    """
    # VADER's allcap_differential: some words, not all, in capitals
    cap_diff = capitals and 0 < len(words) - sum(map(str.isupper, words)) < len(words)
    if not cap_diff and "but" not in lower and unmodified(lower, r.module):
        return values  # no rule reads a neighbour: each word's valence is its own
    lexicon, vader = r.lexicon, r.module
    found = [0.0] * len(words)
    for i, word in enumerate(lower):
        if word not in lexicon:
            continue
        if word in texting.SIGNS:  # an emoji, a kiss or a laugh means what it means, negated or not
            found[i] = lexicon[word]
        elif word not in vader.BOOSTER_DICT and not (word == "kind" and lower[i + 1 : i + 2] == ["of"]):
            found[i] = word_valence(i, words, lower, lexicon, cap_diff, vader)
    if "but" in lower:
        cut = lower.index("but")
        found = [v * 0.5 if i < cut else v * 1.5 if i > cut else v for i, v in enumerate(found)]
    return found


def _curt(lowered: str) -> bool:
    """A whole message of acknowledgement words: cool alone ("k", "no thanks"), or closed by a full stop ("ok.")."""
    if len(lowered) > 30 or "!" in lowered:
        return False
    pieces = [_SPACES.sub(" ", p.strip()) for p in texting.SENTENCE_MARKS.split(lowered)]
    pieces = [p for p in pieces if p]
    if not pieces:
        return False
    alone = False
    for piece in pieces:
        words = piece.split()
        if piece in texting.CURT_ALONE or not texting.CURT_ALONE_WORDS.isdisjoint(words):
            alone = True
        if piece not in texting.CURT_ALONE and piece not in texting.CURT_WITH_STOP and not texting.CURT_WORDS.issuperset(words):
            return False
    return alone or (lowered.endswith(".") and not lowered.endswith(".."))


def _emphasis(text: str) -> float:
    """VADER's punctuation emphasis: up to four "!" and two or more "?"."""
    bangs = min(text.count("!"), 4) * 0.292
    asks = text.count("?")
    return bangs + (0.0 if asks < 2 else asks * 0.18 if asks <= 3 else 0.96)


def score(text: Any) -> float:
    """The tone of one message from the other person, -1 (cool) to 1 (warm); 0 for no text.

    The reference for `scores`: this message alone, from scratch.
    """
    if not isinstance(text, str):
        return 0.0
    r = reader()
    return score_chunk([text], r, Vocabulary(r.lexicon, r.phrases.files), Squashed())[0]


def score_chunk(texts: list[str], r: _Reader, vocabulary: Vocabulary, squashed: Squashed) -> list[float]:
    """The scores of `texts` (strings), with what earlier chunks worked out in `vocabulary` and
    `squashed`: the steps every message takes (made plain, lower-cased, split at spaces, its pieces
    worked out) are done for the whole chunk at once, then each message is read (`_valence`)."""
    plains = _plains(texts, r)
    splits = list(map(str.split, plains))
    vocabulary.learn(chain.from_iterable(splits))
    totals = [
        _valence(plain, lowered, pieces, r, vocabulary) if plain else 0.0
        for plain, lowered, pieces in zip(plains, map(str.lower, plains), splits)
    ]
    return [squashed[total] if total else 0.0 for total in totals]


def _valence(plain: str, lowered: str, pieces: list[str], r: _Reader, vocabulary: Vocabulary) -> float:
    """A message's valence sum, before squashing: made plain (`_plains`), with its lower case and its
    pieces (worked out in `vocabulary`); 0.0 when nothing in it scores."""
    if vocabulary.curt(pieces) and _curt(lowered):
        return CURT
    found = r.phrases.scan(lowered, vocabulary.heads(pieces))
    stretched = vocabulary.stretched(pieces)
    prepared = _rewritten(plain, lowered, found, r.tables["rewrites"]) if found else plain
    if prepared is plain:
        words, lower, values = vocabulary.read(pieces, stretched, pieces)
    else:
        vocabulary.learn(rewritten := prepared.split())
        words, lower, values = vocabulary.read(rewritten, stretched, pieces)
    if not (found or stretched or any(values)) and not _distancing(lower):
        return 0.0  # no word in the lexicon (none is worth 0), no phrase, no distance: nothing scores
    cues = _Cues(lowered, found, stretched, pieces, vocabulary)
    total = _total(_valences(words, lower, values, plain != lowered, r), lower, cues, r.lexicon)
    if total == 0.0:
        return 0.0
    emphasis = _emphasis(plain) if "!" in plain or "?" in plain else 0.0  # VADER's: "!" and "??" push a score further from zero
    return total + emphasis if total > 0 else total - emphasis


class _Cues:
    """What the phrase scan found in a message, with the message (lower case) and its pieces."""

    __slots__ = ("found", "lowered", "pieces", "stretched", "vocabulary")

    def __init__(self, lowered: str, found: Found, stretched: bool, pieces: list[str], vocabulary: Vocabulary) -> None:
        self.lowered, self.found, self.stretched = lowered, found, stretched
        self.pieces, self.vocabulary = pieces, vocabulary

    def practical(self) -> bool:
        """Talk of days, times, things and plans."""
        if "practical" in self.found or self.vocabulary.practical(self.pieces):
            return True
        return self.vocabulary.numbered(self.pieces) and texting.PRACTICAL_NUMBERS.search(self.lowered) is not None


def _total(valences: list[float], lower: list[str], cues: _Cues, lexicon: dict[str, float]) -> float:
    """The message's valence after the texting cues, in order: shutting down, sarcasm, warmth and
    teasing, reproach, keeping distance, practical talk (docs/tone.md, "How a message is read")."""
    found = cues.found
    positive, negative = _sums(valences)
    if "cool" in found:
        return min(positive + negative, 0.0) - COOL_CUE
    if "sarcasm" in found or positive > 0 and _sarcastic(cues.lowered, found, lower):
        return min(positive * -0.74 + negative, 0.0) - SARCASM_CUE
    warmth = min(len(found.get("warm", ())), 2) * WARM_CUE + (GREETING_CUE if "greeting" in found else 0.0)
    warmth += STRETCH_CUE if cues.stretched and texting.STRETCHED.search(cues.lowered) else 0.0
    if warmth or not texting.BANTER.isdisjoint(lower):
        return positive + warmth  # teasing: "you idiot 😂", "the worst x"
    distancing = _distancing(lower)
    if not (positive or negative or found or distancing):
        return 0.0  # nothing scored, no phrase, no distance
    reproach = "reproach" in found
    if reproach or distancing:
        phrased = {word for m in found.get("reproach", ()) for word in m.group().split()}  # "you need help"
        warm_words = sum(v for v, w in zip(valences, lower) if v > 0 and lexicon[w] > 0 and w not in phrased)
        if warm_words <= PLAIN_WORDS and reproach:  # "seriously?" (but "seriously?? 😂" is teasing)
            return min(positive + negative, 0.0) - COOL_CUE
        if warm_words <= PLAIN_WORDS and not cues.practical():  # a negated complaint is no warmth
            return warm_words + min(negative, 0.0) - DISTANCE_CUE
    if cues.practical():
        return positive * PRACTICAL_SHARE_WARM + negative * PRACTICAL_SHARE
    return positive + negative


def _sums(valences: list[float]) -> tuple[float, float]:
    """The sum of the positive valences and of the negative ones, each added in order (most messages
    lean one way: then the non-zero valences are all one side's)."""
    nonzero = list(filter(None, valences))
    if not nonzero:
        return 0, 0
    if min(nonzero) > 0:
        return sum(nonzero), 0
    if max(nonzero) < 0:
        return 0, sum(nonzero)
    return sum(v for v in nonzero if v > 0), sum(v for v in nonzero if v < 0)


def _distancing(lower: list[str]) -> bool:
    """A negation and a word about the two of them, talking, or the sender."""
    return not texting.NEGATIONS.isdisjoint(lower) and not texting.RELATIONAL.isdisjoint(lower)


def _rewritten(plain: str, lowered: str, found: Found, rewrites: Phrases) -> str:
    """The message with its rewrite phrases replaced by their words and a formal sign-off dropped."""
    if "rewrites" not in found and "sign_off" not in found:
        return plain
    text = plain if len(plain) == len(lowered) else lowered  # lower() rarely changes a length
    spans = [(m.start(), m.end(), f" {rewrites.word(m)} ") for m in found.get("rewrites", ())]
    for m in found.get("sign_off", ()):
        signed = m.group().rstrip(" .")
        if text[m.start() + len(signed) - len(signed.rsplit(" ", 1)[-1])].isupper():  # "Best, Carol"
            spans.append((m.start(), m.end(), " "))
    if not spans:
        return text
    pieces, at = [], 0
    for start, end, word in sorted(spans):
        if start >= at:
            pieces += [text[at:start], word]
            at = end
    return "".join(pieces) + text[at:]


def _sarcastic(lowered: str, found: Found, lower: list[str]) -> bool:
    """Warm words turned against the sender: under an eye-roll, with a sincerity tag, or two hints."""
    if "eyerollx" in lower or ("." in lowered and texting.SINCERE_TAG.search(lowered)):
        return True
    hints = len(found.get("hints", ()))
    if hints and ("'" in lowered or '"' in lowered) and texting.QUOTED.search(lowered):
        hints += 1
    return hints >= 2


def _normalize(total: float) -> float:
    """VADER's squashing of a valence sum into -1..1 (alpha 15), rounded to 4 places."""
    return round(total / math.sqrt(total * total + 15), 4)


class Squashed(dict):  # type: ignore[type-arg]
    """`_normalize` of each valence sum, kept for a batch: sums repeat, and rounding costs."""

    def __missing__(self, total: float) -> float:
        value = self[total] = _normalize(total)
        return value


def label(value: float) -> str:
    """positive / neutral / negative for a compound score."""
    return "positive" if value >= POSITIVE_AT else "negative" if value <= NEGATIVE_AT else "neutral"
