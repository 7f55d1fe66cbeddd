"""Phrase tables that stay fast on 200,000 messages: each phrase is tried only where a word starts with its first letters.

A table is a list of regular-expression phrases matched as whole words. Python's `re` tries
every alternative of a long alternation at every position, so a few tables of a hundred phrases
cost tens of microseconds a message. Here each phrase is filed under the one or two letters any
of its matches must start with (read from the parsed pattern, `re._parser`), and `scan` walks
the words of a message once, trying at each word only the phrases filed under its first two
letters. A phrase whose start cannot be read (it starts with a character class, say) is searched
for in the whole message, so the filing saves work and never changes what a phrase matches.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from re import _constants as sre
from re import _parser as parser

__all__ = ["RUNS", "Found", "PhraseIndex", "Phrases"]

RUNS = re.compile(r"[\w']+")  # a message's words, as a scan reads them
_WORDISH = re.compile(r"[\w']")
_WIDTH = 2  # a phrase whose first word is open-ended is filed under its first two letters
_WORD = 40  # ... and one whose first word is spelled out under that word (any length up to this)
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}

State = frozenset[tuple[str, bool]]  # (letters so far, finished)
Found = dict[str, list[re.Match[str]]]  # table name -> its matches, in order


def _advance(items: list, state: State, width: int) -> State | None:
    """Carry every unfinished start through the parsed `items`; None when a start cannot be known."""
    for op, av in items:
        if all(done for _, done in state):
            return state
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            state = _literal(chr(av), state, width)
        elif op is sre.SUBPATTERN:
            state = _advance(list(av[-1]), state, width)
        elif op is sre.BRANCH:
            found = [_advance(list(branch), state, width) for branch in av[1]]
            state = None if any(s is None for s in found) else frozenset().union(*found)  # type: ignore[arg-type]
        elif op in _REPEATS:
            state = _repeat(av, state, width)
        elif op is sre.IN and all(kind is sre.LITERAL and not _WORDISH.match(chr(ch)) for kind, ch in av):
            state = _literal(" ", state, width)  # a set of punctuation ("[,.]") ends a word like a space does
        else:  # a class of characters, any character, a back-reference: unknown letters
            return None
        if state is None:
            return None
    return state


def _literal(ch: str, state: State, width: int) -> State | None:
    """One more known character; a non-letter finishes a start (and cannot begin one)."""
    out = set()
    for text, done in state:
        if done:
            out.add((text, done))
        elif _WORDISH.match(ch):
            if width == _WORD and len(text) + 1 >= width:
                return None  # a word this long is a repeat without end: not spelled out
            out.add((text + ch, len(text) + 1 >= width))
        elif not text:
            return None  # the match could begin with punctuation or a space
        else:
            out.add((text, True))
    return frozenset(out)


def _repeat(av: tuple, state: State, width: int) -> State | None:
    """A repeat: the starts after each allowed number of rounds (at most width + 1 are needed)."""
    low, high, body = av
    rounds = [state]
    for _ in range(min(high, width + 1)):
        if all(done for _, done in rounds[-1]):
            break
        nxt = _advance(list(body), rounds[-1], width)
        if nxt is None or nxt == rounds[-1]:
            return None  # the body can match nothing: its start cannot be pinned down
        rounds.append(nxt)
    else:
        if high > width + 1 and any(not done for _, done in rounds[-1]):
            return None
    return frozenset().union(*rounds[min(low, len(rounds) - 1) :])


def starts(phrase: str) -> tuple[str, set[str]] | None:
    """How every match of `phrase` starts: ("word", its possible first words) when they are spelled
    out, else ("prefix", its possible first one or two letters); None when that cannot be read."""
    items = list(parser.parse(phrase))
    state = _advance(items, frozenset({("", False)}), _WORD)
    if state is not None and all(text for text, _ in state):
        return "word", {text for text, _ in state}  # an unfinished word ends with the phrase
    state = _advance(items, frozenset({("", False)}), _WIDTH)
    if state is None or any(not text for text, _ in state):
        return None
    return "prefix", {text for text, _ in state}


def _tail(alternatives: list[str]) -> re.Pattern[str]:
    """Phrases to try at one place (`match` there): any of them, as whole words."""
    return re.compile(rf"(?<![\w'])(?:{'|'.join(alternatives)})(?![\w'])")


class Phrases:
    """A table of phrases matched as whole words; apostrophes may be left out ("dont", "im").

    :param alternatives: regular expressions in lower case, run on lower-case text
    :param words: for a table of rewrites, the word that replaces each phrase
    """

    def __init__(self, *alternatives: str, words: tuple[str, ...] = ()) -> None:
        self.bodies = tuple(alt.replace("'", "'?") for alt in alternatives)
        self.words = words
        names = [f"p{i}" for i in range(len(self.bodies))]
        # every phrase at once, searched anywhere: what `scan` must agree with
        self.whole = re.compile(rf"(?<![\w'])(?:{'|'.join(f'(?P<{n}>{b})' for n, b in zip(names, self.bodies))})(?![\w'])")
        filed: dict[str, dict[str, list[str]]] = {"word": {}, "prefix": {}}
        anywhere: list[str] = []
        for name, body in zip(names, self.bodies):
            found = starts(body)
            if found is None:
                anywhere.append(f"(?P<{name}>{body})")
                continue
            kind, heads = found
            for head in heads:
                filed[kind].setdefault(head, []).append(body)
        self.filed_words = {head: bodies for head, bodies in filed["word"].items()}  # plain bodies, for `PhraseIndex`
        named = {body: f"(?P<{n}>{body})" for n, body in zip(names, self.bodies)}
        self.by_word, self.by_prefix = (
            {head: _tail([named[b] for b in bodies]) for head, bodies in filed[kind].items()} for kind in ("word", "prefix")
        )
        self.anywhere = re.compile(rf"(?<![\w'])(?:{'|'.join(anywhere)})(?![\w'])") if anywhere else None

    def word(self, match: re.Match[str]) -> str:
        """The replacement word of the phrase that made `match` (tables with `words`)."""
        return self.words[int((match.lastgroup or "p0")[1:])]


class PhraseIndex:
    """Several tables filed together, so one pass over a message's words finds them all."""

    def __init__(self, tables: Mapping[str, Phrases]) -> None:
        by_word: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        by_prefix: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        bodies: dict[str, list[str]] = {}
        for name, table in tables.items():
            for head, rx in table.by_word.items():
                by_word.setdefault(head, []).append((name, rx))
                bodies.setdefault(head, []).extend(table.filed_words[head])
            for head, rx in table.by_prefix.items():
                by_prefix.setdefault(head, []).append((name, rx))
        # a word filed in several tables first tries one gate of all their phrases (most tries fail)
        self.gates = {head: _tail(bodies[head]) for head, found in by_word.items() if len(found) > 1}
        self.by_word = {head: tuple(found) for head, found in by_word.items()}
        # what is tried first where a word occurs: its gate, or its one table's phrases
        self.first = {head: (self.gates[head] if len(found) > 1 else found[0][1], tuple(found)) for head, found in by_word.items()}
        self.by_prefix = {head: tuple(found) for head, found in by_prefix.items()}
        self.anywhere = tuple((name, t.anywhere) for name, t in tables.items() if t.anywhere is not None)
        self.words, self.prefixes = frozenset(self.by_word), frozenset(self.by_prefix)

    def files(self, run: str) -> bool:
        """True when phrases are filed under `run` (one of a message's words) or its first letters."""
        return run in self.words or run[:_WIDTH] in self.prefixes

    def scan(self, lowered: str, runs: Sequence[str] | None = None) -> Found:
        """Every phrase match in a lower-case message, per table (at each word, the phrases filed under it).

        :param runs: the message's words (runs of letters, digits, "_" and "'"), or just those that
            `files`; read from `lowered` when not given
        """
        found: Found = {}
        runs = RUNS.findall(lowered) if runs is None else runs
        for word in self.words.intersection(runs):
            first, filed = self.first[word]
            at = lowered.find(word)
            while at != -1:  # every place the word occurs; each pattern's own edges reject part of a word
                if (match := first.match(lowered, at)) is not None:
                    if len(filed) == 1:  # the match of the word's one table
                        found.setdefault(filed[0][0], []).append(match)
                    else:
                        for name, rx in filed:
                            if (match := rx.match(lowered, at)) is not None:
                                found.setdefault(name, []).append(match)
                at = lowered.find(word, at + 1)
        if self.prefixes and not self.prefixes.isdisjoint([run[:_WIDTH] for run in runs]):
            for run in RUNS.finditer(lowered):
                for name, rx in self.by_prefix.get(run.group()[:_WIDTH], ()):
                    match = rx.match(lowered, run.start())
                    if match is not None:
                        found.setdefault(name, []).append(match)
        for name, rx in self.anywhere:
            hits = list(rx.finditer(lowered))
            if hits:
                found.setdefault(name, []).extend(hits)
        return found
