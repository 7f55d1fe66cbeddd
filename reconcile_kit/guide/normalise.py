"""Texting style read as plain English ("u" -> you, "im" -> I'm, "dont" -> don't), spans kept on the original.

The checks read the normalised text; `Normalised.original_span` maps any span of it back onto
the user's own text, so highlighting marks what they wrote. Whole words are swapped, one word
(or one run of spelling) at a time; everything else stays character for character, after the
one-for-one swaps of `text.normalize` (curly quotes, odd apostrophes and dashes). The table is
in docs/guide-quality.md.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .text import normalize

__all__ = ["Normalised", "normalise", "TEXTING"]

# Always the same reading, wherever the word stands (lower case; a value may be several words).
TEXTING: dict[str, str] = {
    # you, your, are, why
    "u": "you", "ya": "you", "ye": "you", "yu": "you", "urs": "yours", "urself": "yourself", "yall": "you all",
    "youre": "you're", "youve": "you've", "youd": "you'd", "youll": "you'll", "ure": "you're",
    # I
    "im": "i'm", "ive": "i've", "i'd've": "i'd have", "iv": "i've",
    # apostrophes left out
    "dont": "don't", "cant": "can't", "wont": "won't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't",
    "wasnt": "wasn't", "werent": "weren't", "arent": "aren't", "havent": "haven't", "hasnt": "hasn't",
    "hadnt": "hadn't", "wouldnt": "wouldn't", "couldnt": "couldn't", "shouldnt": "shouldn't", "mustnt": "mustn't",
    "neednt": "needn't", "aint": "isn't", "ain't": "isn't", "dnt": "don't", "cnt": "can't", "didn't've": "didn't have",
    "thats": "that's", "whats": "what's", "theres": "there's", "heres": "here's", "wheres": "where's",
    "whos": "who's", "hows": "how's", "hes": "he's", "shes": "she's", "theyre": "they're", "theyve": "they've",
    "weve": "we've", "lets": "let's", "couldve": "could've", "shouldve": "should've", "wouldve": "would've",
    "mustve": "must've", "mightve": "might've", "itll": "it'll", "thatll": "that'll",
    "shoulda": "should have", "coulda": "could have", "woulda": "would have", "musta": "must have",
    # Scots and Irish forms
    "wasnae": "wasn't", "didnae": "didn't", "couldnae": "couldn't", "wouldnae": "wouldn't", "hadnae": "hadn't",
    "cannae": "can't", "canny": "can't", "dinnae": "don't", "isnae": "isn't", "havnae": "haven't",
    "havenae": "haven't", "shouldnae": "shouldn't", "gonnae": "going to",
    # spoken forms
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "hafta": "have to", "kinda": "kind of",
    "sorta": "sort of", "outta": "out of", "dunno": "don't know", "lemme": "let me", "gimme": "give me",
    "cuz": "because", "coz": "because", "cos": "because", "bc": "because", "bcos": "because", "bcoz": "because",
    "bcuz": "because", "becoz": "because", "becuz": "because", "becuase": "because", "beacuse": "because",
    "becasue": "because", "bcause": "because", "tho": "though", "altho": "although", "thru": "through",
    # short forms
    "pls": "please", "plz": "please", "plss": "please", "plez": "please", "pleas": "please", "pleez": "please",
    "sry": "sorry", "srry": "sorry", "soz": "sorry", "sozz": "sorry", "sorri": "sorry", "sory": "sorry",
    "sowwy": "sorry", "ppl": "people", "msg": "message", "msgs": "messages", "txt": "text", "txts": "texts",
    "abt": "about", "bout": "about", "smth": "something", "sth": "something", "bday": "birthday",
    "b'day": "birthday", "xmas": "christmas", "ngl": "not going to lie", "tbh": "to be honest",
    "tbf": "to be fair", "imo": "in my opinion", "idk": "i don't know", "idc": "i don't care", "ik": "i know",
    "rn": "right now", "atm": "at the moment", "ofc": "of course", "obvs": "obviously", "prob": "probably",
    "probs": "probably", "nvm": "never mind", "shld": "should", "wld": "would", "cld": "could", "shud": "should",
    "cud": "could", "wud": "would", "wat": "what", "wot": "what", "dat": "that", "hv": "have", "jus": "just",
    "jst": "just", "luv": "love", "nite": "night", "tonite": "tonight", "2nite": "tonight", "2day": "today",
    "2moro": "tomorrow", "2morrow": "tomorrow", "tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow",
    "tomoz": "tomorrow", "wknd": "weekend", "wkend": "weekend", "wkd": "weekend", "b4": "before",
    "l8r": "later", "arvo": "afternoon", "brekkie": "breakfast", "realy": "really", "rly": "really",
    "whatevs": "whatever", "fone": "phone", "kk": "ok", "okie": "ok", "kno": "know", "knw": "know", "wen": "when",
    "bcuz": "because", "ova": "over", "wiv": "with", "ne1": "anyone", "every1": "everyone", "some1": "someone", "no1": "no one",
    "w/": "with", "w/o": "without", "yr": "your", "thnx": "thanks", "thx": "thanks", "wk": "week", "wks": "weeks",
    # common misspellings
    "hidding": "hiding", "definately": "definitely", "defo": "definitely", "wierd": "weird", "alot": "a lot",
    "untill": "until", "truely": "truly", "sincerly": "sincerely", "appologise": "apologise", "appologize": "apologize",
    "apolagise": "apologise", "apologise's": "apologises", "responsability": "responsibility", "beleive": "believe",
    "recieve": "receive", "tommorow": "tomorrow", "tomorow": "tomorrow", "accidently": "accidentally",
    "embarassed": "embarrassed", "embarrased": "embarrassed", "dissapointed": "disappointed", "freind": "friend",
    "jelous": "jealous", "jealouse": "jealous", "thier": "their", "begining": "beginning", "forgivness": "forgiveness",
    "promiss": "promise", "buisness": "business", "apoligise": "apologise", "appology": "apology", "apologie": "apology",
    "srsly": "seriously", "sorrry": "sorry", "sorrey": "sorry", "becaus": "because", "becuse": "because",
}  # fmt: skip

# Doubled letters that are spelling, not stretching ("sorryyy" -> "sorry", "pleeease" -> "please").
_DOUBLED = frozenset({"sorry", "too", "soon", "good", "feel", "need", "see", "free", "miss", "all", "will", "still",
                      "really", "off", "call", "tell", "well", "till", "kill", "goodbye", "sooo"})  # fmt: skip
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['/][A-Za-z0-9]+)*'?|w/o?(?![A-Za-z])")
# "ur" is "you're" before these (or any -ing word), "your" otherwise.
_YOURE_NEXT = frozenset({
    "not", "so", "too", "being", "going", "gonna", "the", "a", "an", "always", "never", "just", "still", "right",
    "wrong", "welcome", "ok", "okay", "only", "really", "honestly", "literally", "such", "all", "better", "worse",
    "way", "like", "sensitive", "upset", "angry", "mad", "busy", "free", "around", "here", "there", "back", "done",
    "over", "sure", "fine", "allowed", "meant", "supposed", "reading", "ignoring", "making", "doing", "acting",
    "clearly", "obviously", "definitely", "probably", "kidding", "joking", "the", "overreacting", "my", "no",
    "happy", "sad", "hurt", "ready", "in", "on", "out", "at", "with", "without", "also", "both", "one",
})  # fmt: skip
# "ill" is the adjective after these, "I'll" elsewhere ("ill make it up to u").
_ILL_BEFORE = frozenset({
    "was", "were", "am", "is", "are", "be", "been", "being", "feel", "felt", "feeling", "fell", "get", "got",
    "getting", "so", "very", "really", "too", "seriously", "quite", "become", "became", "look", "looked",
    "looking", "mentally", "terminally", "critically", "i'm", "he's", "she's", "you're", "they're", "it's",
    "gravely", "falls", "fall", "an", "of", "speak", "speaking", "spoke", "no", "more", "seem", "seemed",
})  # fmt: skip
_VERB_BEFORE_CAUSE = frozenset({
    "to", "may", "might", "could", "would", "will", "did", "didn't", "can", "not", "won't", "the", "a", "no", "any",
    "good", "root", "this", "that", "my", "your", "our", "common", "lost", "just", "main", "real", "only",
})  # fmt: skip
_TO_BEFORE_2 = frozenset({"want", "need", "have", "going", "got", "like", "love", "used", "trying", "try", "wanna",
                          "able", "hard", "back", "ought", "sorry", "meant", "supposed", "hate", "easy", "nice", "good"})  # fmt: skip
_FOR_BEFORE_4 = frozenset({"sorry", "thanks", "thank", "you", "here", "there", "wait", "waiting", "me"})


@dataclass(frozen=True)
class Normalised:
    """The normalised text and the map back to the original (`original_span`)."""

    original: str
    text: str
    # one entry per swapped word: (start, end) in `text`, (start, end) in `original`
    _swaps: tuple[tuple[int, int, int, int], ...] = ()
    _starts: tuple[int, ...] = ()

    def original_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """The span of `original` that `span` (a span of `text`) came from."""
        start, end = span
        return self._start(start), max(self._start(start), self._end(end))

    def _start(self, pos: int) -> int:
        index = bisect_right(self._starts, pos) - 1
        if index < 0:
            return min(pos, len(self.original))
        n_start, n_end, o_start, o_end = self._swaps[index]
        return o_start if pos < n_end else min(len(self.original), pos - n_end + o_end)

    def _end(self, pos: int) -> int:
        index = bisect_right(self._starts, pos - 1) - 1
        if index < 0:
            return min(pos, len(self.original))
        n_start, n_end, o_start, o_end = self._swaps[index]
        return o_end if pos <= n_end else min(len(self.original), pos - n_end + o_end)


def _unstretch(word: str) -> str:
    if not _STRETCHED.search(word):
        return word
    twice = _STRETCHED.sub(r"\1\1", word)
    return twice if twice in _DOUBLED or twice in TEXTING else _STRETCHED.sub(r"\1", word)


def _reading(words: list[str], i: int) -> str | None:
    """How word `i` reads in plain English, or None to leave it as written."""
    word = _unstretch(words[i])
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if word == "ur":
        return "you're" if after in _YOURE_NEXT or after.endswith("ing") else "your"
    if word == "r":
        return "are" if {before, after} & {"u", "you", "we", "they", "ya", "there"} else None
    if word == "ill":
        return None if before in _ILL_BEFORE else "i'll"
    if word == "id":
        return None if before in {"my", "your", "the", "photo", "an", "his", "her", "their", "of"} else "i'd"
    if word == "its":
        return None if after == "own" else "it's"
    if word == "cause":
        return None if before in _VERB_BEFORE_CAUSE or after == "of" else "because"
    if word == "n":
        return "and" if before and after and before.isalpha() and after.isalpha() else None
    if word == "y":
        return "why" if after in {"r", "are", "do", "did", "would", "u", "you", "won't", "can't", "don't"} else None
    if word == "b":
        return "be" if before in {"will", "i'll", "ill", "to", "2", "can", "could", "would", "should", "might", "must"} else None
    if word == "2":
        return "to" if before in _TO_BEFORE_2 else ("too" if before in {"me", "you", "u", "us"} else None)
    if word == "4":
        return "for" if before in _FOR_BEFORE_4 else None
    if word in TEXTING:
        return TEXTING[word]
    return word if word != words[i] else None


def normalise(text: str) -> Normalised:
    """Read texting style as plain English, keeping the way back to the original (see module doc)."""
    original = str(text)
    plain = normalize(original)
    matches = list(_WORD.finditer(plain))
    words = [m.group().lower() for m in matches]
    parts: list[str] = []
    swaps: list[tuple[int, int, int, int]] = []
    cursor, length = 0, 0
    for i, match in enumerate(matches):
        reading = _reading(words, i)
        if reading is None or reading == match.group():
            continue
        gap = plain[cursor : match.start()]
        parts.append(gap)
        length += len(gap)
        parts.append(reading)
        swaps.append((length, length + len(reading), match.start(), match.end()))
        length += len(reading)
        cursor = match.end()
    parts.append(plain[cursor:])
    return Normalised(original, "".join(parts), tuple(swaps), tuple(s[0] for s in swaps))
