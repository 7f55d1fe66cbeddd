"""What messages say, counted for many messages at once: words, question marks and function words.

All texts are joined into one byte array and counted with numpy, never one message at a time,
so a million messages take well under a second. Words are whitespace-separated, exactly as
`str.split` gives them (Unicode spaces too); a question is a message holding "?". Function words
(for language style matching, Ireland et al. 2011) are lower-case ASCII words in the categories of
`FUNCTION_WORDS`; the word lists are the kit's own, written from the category definitions of that
paper (see docs/cadence.md, "Reciprocity").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["CATEGORIES", "FUNCTION_WORDS", "Wording", "count"]

FUNCTION_WORDS: dict[str, tuple[str, ...]] = {
    "personal pronouns": (
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
        "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them",
        "their", "theirs", "themselves", "i'm", "i've", "i'll", "i'd", "you're", "you've", "you'll", "you'd",
        "we're", "we've", "we'll", "we'd", "he's", "he'll", "he'd", "she's", "she'll", "she'd", "they're",
        "they've", "they'll", "they'd", "im", "ive", "u", "ur", "ya", "youre",
    ),
    "impersonal pronouns": (
        "it", "its", "itself", "it's", "it'll", "it'd", "that", "this", "these", "those", "that's", "what",
        "what's", "which", "whatever", "anything", "something", "everything", "nothing", "anyone", "someone",
        "everyone", "anybody", "somebody", "everybody", "nobody", "one", "thing", "things",
    ),
    "articles": ("a", "an", "the"),
    "conjunctions": (
        "and", "but", "or", "so", "because", "cos", "cause", "though", "although", "while", "whereas", "nor",
        "yet", "if", "unless", "until", "whether", "also", "plus",
    ),
    "prepositions": (
        "in", "on", "at", "to", "for", "with", "about", "from", "of", "by", "into", "onto", "over", "under",
        "after", "before", "between", "through", "during", "without", "around", "near", "across", "behind",
        "beyond", "up", "down", "off", "out", "than", "towards", "toward", "upon", "within", "along", "since",
        "till", "against", "among", "like",
    ),
    "auxiliary verbs": (
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "isn't", "aren't", "wasn't",
        "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't",
        "haven't", "hasn't", "hadn't", "i'm", "i've", "i'll", "i'd", "you're", "you've", "you'll", "we're",
        "they're", "it's", "that's", "gonna", "dont", "cant", "wont", "didnt", "doesnt", "isnt",
    ),
    "common adverbs": (
        "very", "really", "just", "quite", "too", "now", "then", "here", "there", "always", "often", "even",
        "still", "already", "again", "only", "well", "maybe", "almost", "actually", "probably", "totally",
        "so", "pretty", "soon", "ever", "also", "once", "sometimes", "usually", "yet", "anyway", "though",
    ),
    "negations": (
        "no", "not", "never", "none", "nobody", "nothing", "nor", "neither", "nope", "nah", "isn't", "aren't",
        "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't",
        "shouldn't", "haven't", "hasn't", "hadn't", "dont", "cant", "wont", "didnt", "doesnt", "isnt", "without",
    ),
    "quantifiers": (
        "all", "some", "any", "many", "much", "more", "most", "few", "less", "lot", "lots", "every", "each",
        "both", "several", "enough", "plenty", "half", "whole", "loads", "little", "bit", "least", "either",
    ),
}  # fmt: skip
CATEGORIES = tuple(FUNCTION_WORDS)
_CHUNK = 200_000  # messages joined at a time, so memory stays bounded


def _key(word: str) -> int:
    """A word's first eight bytes read as one little-endian integer (the rest of the word is ignored)."""
    return int.from_bytes(word[:8].encode("ascii").ljust(8, b"\0"), "little")


def _entries() -> tuple[list[int], list[int], list[int]]:
    """Each function word's key, its length and the bit mask of the categories it belongs to."""
    masks: dict[int, int] = {}
    lengths: dict[int, int] = {}
    for bit, words in enumerate(FUNCTION_WORDS.values()):
        for word in words:
            masks[_key(word)] = masks.get(_key(word), 0) | (1 << bit)
            lengths[_key(word)] = len(word)  # no two function words share their first eight letters
    keys = list(masks)
    return keys, [lengths[k] for k in keys], [masks[k] for k in keys]


def _multiplier(keys: np.ndarray) -> np.uint64:
    """An odd multiplier that sends every key to a slot of its own (multiplicative hashing, `_SLOT_BITS` bits).

    Found once, at import, from a seeded generator (any such multiplier gives the same counts); a
    word is then looked up in one step instead of a binary search over the keys.
    """
    rng = np.random.default_rng(0)
    while True:
        multiplier = rng.integers(1 << 62, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        if len(np.unique(_slot(keys, multiplier))) == len(keys):
            return multiplier


def _slot(keys: np.ndarray, multiplier: np.uint64) -> np.ndarray:
    """The table slot of each key: the top `_SLOT_BITS` bits of key x multiplier (mod 2**64)."""
    return (keys * multiplier) >> np.uint64(64 - _SLOT_BITS)


def _table() -> tuple[np.uint64, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The multiplier; per slot the key (0 = empty), its length and its mask's number; each mask number's categories."""
    keys, lengths, masks = (np.array(values, dtype=np.uint64) for values in _entries())
    multiplier = _multiplier(keys)
    slot = _slot(keys, multiplier)
    numbers, codes = np.unique(masks, return_inverse=True)  # the few category masks that occur
    slot_keys, slot_lengths, slot_masks = (np.zeros(1 << _SLOT_BITS, dtype=d) for d in (np.uint64, np.int64, np.int64))
    slot_keys[slot], slot_lengths[slot], slot_masks[slot] = keys, lengths, codes
    categories = (numbers.astype(np.int64)[:, None] >> np.arange(len(CATEGORIES))) & 1
    return multiplier, slot_keys, slot_lengths, slot_masks, categories


_SLOT_BITS = 14  # a table of 16,384 slots for 252 keys: a free multiplier is found in a few tries
_MULTIPLIER, _SLOT_KEYS, _SLOT_LENGTHS, _SLOT_MASKS, _MASK_CATEGORIES = _table()
# for a word of length n (1..8), at n - 1: a mask keeping its own bytes of the eight-byte window
_KEEP = np.array([(1 << (8 * n)) - 1 for n in range(1, 9)], dtype=np.uint64)


@dataclass(frozen=True)
class Wording:
    """Counts for a list of messages: per message, and per group of messages (for function words)."""

    words: np.ndarray  # int64 per message: whitespace-separated words
    question: np.ndarray  # bool per message: holds a question mark
    function: np.ndarray  # int64 (groups x categories): function words per group and category


def count(texts: Sequence[Any], groups: np.ndarray | None = None, n_groups: int = 1) -> Wording:
    """Count words, question marks and function words in `texts` (anything not text counts as empty).

    :param groups: for each message, the group (0 .. n_groups - 1) its function words add to;
        None puts every message in group 0
    """
    n = len(texts)
    groups = np.zeros(n, dtype=np.int64) if groups is None else np.asarray(groups, dtype=np.int64)
    words, question = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=bool)
    function = np.zeros((n_groups, len(CATEGORIES)), dtype=np.int64)
    spans = _spans(n)

    def one(span: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        lo, hi = span
        return _count(list(texts[lo:hi]), groups[lo:hi], n_groups)

    # numpy lets go of the interpreter lock in its array work, so two chunks at once use two cores
    if len(spans) > 1:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=2) as pool:
            counted = list(pool.map(one, spans))
    else:
        counted = [one(span) for span in spans]
    for (lo, hi), (w, q, f) in zip(spans, counted, strict=True):
        words[lo:hi], question[lo:hi] = w, q
        function += f
    return Wording(words=words, question=question, function=function)


def _spans(n: int) -> list[tuple[int, int]]:
    """(lo, hi) chunks of at most `_CHUNK` messages: of equal size and, when there are several, an even
    number of them, so the two threads end together (five chunks of 200k would leave one thread the last)."""
    pieces = -(-n // _CHUNK)
    pieces += pieces % 2 if pieces > 1 else 0
    size = -(-n // pieces) if pieces else 1
    return [(lo, min(lo + size, n)) for lo in range(0, n, size)]


def _bytes(texts: list[Any]) -> tuple[np.ndarray, np.ndarray]:
    """The texts joined by NUL bytes as UTF-8, ASCII letters lower-cased, curly apostrophes made plain
    (with eight NUL bytes after, so every word has an eight-byte window), and where each text begins."""
    try:
        joined = "\x00".join(texts)
    except TypeError:  # something that is not text: it counts as an empty message
        texts = [t if isinstance(t, str) else "" for t in texts]
        joined = "\x00".join(texts)
    encoded = joined.replace("\u2019", "'").encode("utf-8", "surrogatepass") + b"\x00" * 8
    data = np.frombuffer(encoded.lower(), dtype=np.uint8)  # bytes.lower: ASCII only, fast
    after = np.flatnonzero(data[:-8] == 0) + 1
    if len(after) > max(len(texts) - 1, 0):  # a NUL inside a message would split it: read it as \x01,
        return _bytes([t.replace("\x00", "\x01") for t in texts])  # a control that is not a space, as NUL is
    return data, np.concatenate(([0], after))


# What `str.split` splits on: these ASCII bytes (a NUL parts messages) and, outside ASCII, the
# characters whose UTF-8 `_spaces` finds.
_SPACE_BYTES = np.zeros(256, dtype=bool)
_SPACE_BYTES[[0, 9, 10, 11, 12, 13, 28, 29, 30, 31, 32]] = True
_WIDE = [c.encode() for c in map(chr, range(128, 0x3001)) if c.isspace()]  # U+0085, U+00A0 ... U+3000
_WIDE_KEYS = np.array([int.from_bytes(wide.ljust(3, b"\x00")) for wide in _WIDE], dtype=np.uint32)


def _spaces(data: np.ndarray) -> np.ndarray:
    """True at every byte of a space: ASCII ones by table, and all the UTF-8 bytes of each wide one."""
    space = data <= 32
    controls = np.flatnonzero((data - np.uint8(1)) < 31)  # bytes 1 to 31: newlines, tabs, the odd control
    space[controls] = _SPACE_BYTES[data[controls]]
    if data.max(initial=0) < 0x80:
        return space
    lead = np.flatnonzero(((data - np.uint8(0xE1)) < 3) | (data == 0xC2))  # where a wide one may begin (E1-E3, C2)
    if len(lead):  # the padding after the texts keeps `lead + 2` inside the array
        first, second, third = (data[lead + offset].astype(np.uint32) for offset in range(3))
        two = first == 0xC2
        key = (first << 16) | (second << 8) | np.where(two, 0, third)  # a two-byte one's key ends in 0
        at = lead[np.isin(key, _WIDE_KEYS)]
        space[at] = space[at + 1] = True
        three = at[data[at] != 0xC2]
        space[three + 2] = True
    return space


def _count(texts: list[Any], groups: np.ndarray, n_groups: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One chunk: words and question marks per message, function words per group."""
    data, starts = _bytes(texts)
    question = np.zeros(len(starts), dtype=bool)
    question[np.searchsorted(starts, np.flatnonzero(data == ord("?")), side="right") - 1] = True
    solid = ~_spaces(data)  # not a space, tab, newline or separator
    begins = solid.copy()
    begins[1:] &= ~solid[:-1]
    words = np.add.reduceat(begins, starts, dtype=np.int32)  # int32 would take a message of over 4 GB to overflow
    return words.astype(np.int64), question, _function_words(data, starts, groups, n_groups)


def _function_words(data: np.ndarray, starts: np.ndarray, groups: np.ndarray, n_groups: int) -> np.ndarray:
    """Function words per group and category: runs of a-z (an apostrophe inside counts) looked up by key."""
    az = (data - np.uint8(ord("a"))) < 26  # a-z (the subtraction wraps below "a")
    letter = az.copy()
    letter[1:-1] |= (data[1:-1] == ord("'")) & az[:-2] & az[2:]
    change = np.empty(len(data), dtype=bool)  # where a word begins, and just after it ends
    change[0] = letter[0]
    np.not_equal(letter[1:], letter[:-1], out=change[1:])
    begin, end = np.flatnonzero(change).reshape(-1, 2).T  # in pairs: the padding ends every word
    length = end - begin
    windows = np.ndarray((len(data) - 7,), dtype="<u8", buffer=data, strides=(1,))  # the eight bytes from each byte on
    key = windows[begin] & _KEEP[np.minimum(length, 8) - 1]
    slot = _slot(key, _MULTIPLIER)
    hit = (_SLOT_KEYS[slot] == key) & (_SLOT_LENGTHS[slot] == length)  # a run over 10 letters never matches
    group = groups[np.searchsorted(starts, begin[hit], side="right") - 1]
    masks = len(_MASK_CATEGORIES)  # a word's categories as one mask: count each (group, mask) once
    per_mask = np.bincount(group * masks + _SLOT_MASKS[slot[hit]], minlength=n_groups * masks).reshape(n_groups, masks)
    return per_mask @ _MASK_CATEGORIES
