"""Reading text in clauses: sentences, clauses, who each clause is about, and what a negation covers.

`read(text)` normalises texting style (`normalise.py`), splits sentences and clauses, and
tags each clause with the connective that opens it ("but", "because", "if" ...) and its
subject: ``"i"`` (I, my ...), ``"you"``, ``"we"`` or ``"other"`` (it, that, a name, things).
A clause with no subject of its own after "and" or a comma ("I lied and hid it") keeps the
subject before it. `Reading.negated(pos)` is true when a negation stands earlier in the same
clause, however many words lie between ("none of it was down to me").

Spans are in the normalised text (`Reading.text`); `Reading.span(...)` maps one back onto the
user's text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .normalise import Normalised, normalise
from .text import sentence_spans

__all__ = ["Clause", "Reading", "read", "NEGATION"]

_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*'?")
_BREAK = re.compile(r"\s*(?:[,;:()\"]|\s[-–—]+\s|\.{3,}|…)\s*")
# Words that open a clause, and what they link it to.
LINKS = {
    "and": "and", "but": "but", "so": "so", "because": "because", "though": "though", "although": "though",
    "while": "while", "whereas": "while", "when": "when", "whenever": "when", "until": "until", "till": "until",
    "if": "if", "unless": "if", "or": "or", "then": "then", "which": "which", "who": "which", "yet": "but",
    "however": "but", "since": "since", "before": "when", "after": "when", "cause": "because", "as": "as",
    "whether": "if", "once": "when", "except": "but", "otherwise": "or", "instead": "but",
}  # fmt: skip
# "so" and "as" open a clause only before a subject ("so I left"), not in "so sorry", "as much".
_WEAK_LINKS = {"so", "as", "since", "then", "before", "after", "once", "or", "yet", "instead", "except"}
NEGATION = re.compile(
    r"\b(?:not|no|never|nothing|none|nobody|no-one|noone|neither|nor|hardly|barely|scarcely|without|nowhere)\b"
    r"|n't\b|\bno\s+one\b|\bcannot\b",
    re.IGNORECASE,
)
# Words skipped when looking for a clause's subject.
_LEAD = frozenset({
    "honestly", "just", "well", "look", "ok", "okay", "yeah", "yes", "yeah", "no", "oh", "ah", "right", "listen",
    "anyway", "also", "really", "actually", "literally", "basically", "truly", "frankly", "sure", "then", "now",
    "still", "even", "maybe", "perhaps", "like", "and", "so", "tbh",
    "seriously", "genuinely", "obviously", "clearly", "but", "aye", "hey", "hi", "hello", "dear", "please",
    "lol", "haha", "ugh", "wow", "again", "sometimes", "first", "second", "third", "finally", "plus", "because",
    "though", "thus", "hence", "therefore", "later", "afterwards", "besides", "instead", "meanwhile", "yet",
})  # fmt: skip
_SUBJECTS = {
    "i": "i", "i'm": "i", "i've": "i", "i'd": "i", "i'll": "i", "me": "i", "my": "i", "myself": "i", "mine": "i",
    "you": "you", "you're": "you", "you've": "you", "you'd": "you", "you'll": "you", "your": "you",
    "yourself": "you", "yours": "you", "we": "we", "we're": "we", "we've": "we", "we'd": "we", "we'll": "we",
    "our": "we", "us": "we", "both": "we",
}  # fmt: skip
_PERSONAL_OTHER = frozenset({"he", "she", "they", "he's", "she's", "they're", "his", "her", "their", "everyone",
                             "everybody", "people", "nobody", "anyone", "someone", "somebody"})  # fmt: skip


@dataclass(frozen=True)
class Clause:
    """One clause: its span (normalised text), sentence, opening link, subject and first words."""

    start: int
    end: int
    sentence: int
    link: str  # the connective that opens it ("but", "because", "if", "and", ...) or ""
    subject: str  # "i", "you", "we", "other" or "" (none found)
    own_subject: bool  # False when the subject was carried over from the clause before
    subject_end: int  # where the subject's word ends (start of the predicate)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(frozen=True)
class Reading:
    """A text read in sentences and clauses (see the module doc)."""

    normalised: Normalised
    sentences: tuple[tuple[int, int], ...]
    clauses: tuple[Clause, ...]
    _clause_starts: tuple[int, ...]

    @property
    def text(self) -> str:
        """The normalised text every span refers to."""
        return self.normalised.text

    @property
    def original(self) -> str:
        return self.normalised.original

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        """A span of the normalised text as a span of the user's text."""
        return self.normalised.original_span(span)

    def clause_at(self, pos: int) -> Clause | None:
        """The clause holding `pos` (None outside every clause)."""
        index = bisect_right(self._clause_starts, pos) - 1
        if index < 0:
            return None
        clause = self.clauses[index]
        return clause if pos <= clause.end else None

    def clause_index(self, pos: int) -> int:
        """Index of the clause holding `pos` or the nearest one before it (0 when none)."""
        return max(0, bisect_right(self._clause_starts, pos) - 1)

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding `pos`, or the nearest one before it (0 when none)."""
        return max(0, bisect_right([s for s, _ in self.sentences], pos) - 1)

    def sentence_text(self, index: int) -> str:
        if 0 <= index < len(self.sentences):
            start, end = self.sentences[index]
            return self.text[start:end]
        return ""

    def negated(self, pos: int, within: int = 0) -> bool:
        """A negation earlier in the clause of `pos` (or in the `within` clauses before it, same sentence)."""
        index = self.clause_index(pos)
        first = index
        while within and first > 0 and self.clauses[first - 1].sentence == self.clauses[index].sentence:
            first, within = first - 1, within - 1
        if not self.clauses:
            return False
        start = self.clauses[first].start
        if self._negation_before(index):
            return True  # "It was not, whatever they say, my fault"
        head = self.text[start:pos]
        if re.search(r"(?:\bnot|n't)[\s,]*$", self.text[max(0, start - 8) : start], re.I):
            return True  # "not because I was busy", "isn't that I ..."
        return bool(NEGATION.search(head)) and not _double(head)

    def _negation_before(self, index: int) -> bool:
        """A clause before `index` (same sentence, at most two back) that ends on "not", "never" or "n't"."""
        sentence = self.clauses[index].sentence
        for back in (1, 2):
            if index - back < 0 or self.clauses[index - back].sentence != sentence:
                return False
            before = self.clauses[index - back]
            if re.search(r"(?:\bnot|n't|\bnever)\W*$", self.text[before.start : before.end], re.I):
                return True
            if self.clauses[index - back + 1].link in {"but", "and", "so", "or"}:
                return False
        return False


def _double(head: str) -> bool:
    """ "not only", "never not", "no doubt": a negation that does not deny what follows."""
    return bool(re.search(r"\b(?:not only|not just|no doubt|no matter|nothing but|not least|don't forget|do not forget|never forget|not to mention|don't get me wrong|no wonder)\b", head, re.I)) and len(
        NEGATION.findall(head)
    ) == 1


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one sentence at punctuation, then at the words that open a clause."""
    cuts = [start]
    for match in _BREAK.finditer(text, start, end):
        cuts += [match.start(), match.end()]
    cuts.append(end)
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    result = []
    for s, e in pieces:
        words = list(_WORD.finditer(text, s, e))
        last = s
        for i, w in enumerate(words):
            lower = w.group().lower()
            if i == 0 or lower not in LINKS:
                continue
            if lower in _WEAK_LINKS and not _subject_next(words, i):
                continue
            if lower == "and" and not _subject_next(words, i) and not _verb_like(words, i + 1):
                continue
            result.append((last, w.start()))
            last = w.start()
        result.append((last, e))
    return [(s, e) for s, e in result if _WORD.search(text, s, e)]


def _subject_next(words: list[re.Match[str]], i: int) -> bool:
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1].group().lower()
    return nxt in _SUBJECTS or nxt in _PERSONAL_OTHER or nxt in {"it", "it's", "that", "this", "there", "things"}


_PAST = re.compile(r"[a-z]{2,}(?:ed|en)$")


def _verb_like(words: list[re.Match[str]], i: int) -> bool:
    if i >= len(words):
        return False
    word = words[i].group().lower()
    return bool(_PAST.match(word)) or word in _COMMON_VERBS


_COMMON_VERBS = frozenset({
    "went", "took", "told", "said", "left", "broke", "made", "kept", "let", "put", "lied", "hid", "sent", "gave",
    "got", "ran", "threw", "spent", "stole", "forgot", "never", "didn't", "did", "was", "were", "had", "chose",
    "then", "still", "also", "just", "even", "stopped", "started", "tried", "acted", "blamed",
})  # fmt: skip


def _dropped_i(text: str, first: re.Match[str]) -> bool:
    """A sentence opening on a past verb, texting style, is about the writer ("didn't answer when you rang")."""
    word = first.group().lower()
    return word in _DROPPED_I or (word.endswith("ed") and len(word) > 4)


_DROPPED_I = frozenset({"didn't", "never", "wasn't", "couldn't", "went", "forgot", "told", "said", "got", "left", "took",
                        "broke", "lost", "spent", "sent", "kept", "made", "ran", "thought", "felt", "knew", "saw", "did",
                        "had", "was", "shouldn't", "should've", "wouldn't"})  # fmt: skip


def _subject(text: str, start: int, end: int) -> tuple[str, int]:
    """The clause's subject and where its word ends ("" when the clause starts with a verb).

    A fronted time or place ("For months I ...", "At the party you ...") is read past.
    """
    opener = False
    for i, match in enumerate(_WORD.finditer(text, start, end)):
        word = match.group().lower()
        if word in _SUBJECTS:
            return _SUBJECTS[word], match.end()
        if word in LINKS or word in _LEAD:
            continue
        if i == 0 and word in _OPENERS:
            opener = True
        if opener and i < 7 and not (_PAST.match(word) or word in _COMMON_VERBS):
            continue
        if _PAST.match(word) or word in _COMMON_VERBS:
            return "", match.start()
        return "other", match.end()
    return "", end


# Words that open a fronted time or place: "for months", "at the party", "last night", "on Saturday".
_OPENERS = frozenset({
    "for", "at", "in", "on", "after", "before", "during", "since", "last", "every", "over", "through", "throughout",
    "by", "from", "around", "all", "most", "some", "years", "months", "weeks", "one", "that", "this", "earlier",
    "yesterday", "tonight", "today", "back", "twice", "once", "again", "eventually", "afterwards",
    "year", "day", "night", "week", "month", "time", "each", "many", "several", "two", "three", "four", "five",
})  # fmt: skip


@lru_cache(maxsize=256)
def read(text: str) -> Reading:
    """Read `text` in sentences and clauses (see the module doc); results are cached per text."""
    normalised = normalise(text)
    norm = normalised.text
    sentences = sentence_spans(norm)
    clauses: list[Clause] = []
    for index, (s, e) in enumerate(sentences):
        previous = ""
        for start, end in _pieces(norm, s, e):
            first = _WORD.search(norm, start, end)
            link = first.group().lower() if first else ""
            link = LINKS[link] if link in LINKS and first and first.start() == start else ""
            subject, subject_end = _subject(norm, start, end)
            own = bool(subject)
            if not subject and previous and link in {"and", "or", "then", "but", ""}:
                subject = previous
            elif not subject and not previous and first is not None and link == "" and _dropped_i(norm, first):
                subject = "i"  # texting drops the "I": "didn't answer when you rang"
            clauses.append(Clause(start, end, index, link, subject, own, subject_end))
            previous = subject or previous
    return Reading(normalised, tuple(sentences), tuple(clauses), tuple(c.start for c in clauses))
