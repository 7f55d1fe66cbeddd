"""Word tables as fast regexes (`alternatives`), and keeping one finding per place (`dedupe`).

Tables run on the normalised text of `clauses.read` (plain apostrophes, texting style made
plain) with IGNORECASE; `alternatives` adds the word boundaries, so a branch is written bare.
"""

from __future__ import annotations

import re
import sys
from functools import cached_property
from collections.abc import Iterable, Iterator
from typing import Any

try:  # the regex parser; its module name changed in Python 3.11
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse as _parser  # type: ignore[no-redef]

from .text import Finding

__all__ = ["alternatives", "dedupe", "Table", "lowered"]


def dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """Drop a finding that overlaps an earlier one of the same rule; sort by position."""
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.span[0], -f.span[1], f.rule)):
        if not any(k.rule == f.rule and k.span[0] < f.span[1] and f.span[0] < k.span[1] for k in kept):
            kept.append(f)
    return kept


class Table:
    """A word table (`alternatives`): matches its branches in any case, like a regex compiled with
    IGNORECASE, but reads the text lower-cased (`lowered`) with a case-sensitive twin, which Python's
    engine runs two to three times faster on a big table. Spans are the text's own; a match's groups
    are lower case. `pattern` and `flags` are those of the IGNORECASE regex (`regex`)."""

    def __init__(self, source: str, lower_source: str | None, flags: int) -> None:
        self.pattern, self._flags = source, flags
        self._lower_source = lower_source if flags & re.IGNORECASE else None

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The table as one IGNORECASE regex (compiled on first use, like the twin: the kit starts sooner)."""
        return re.compile(self.pattern, self._flags)

    @property
    def flags(self) -> int:
        return self.regex.flags

    @cached_property
    def _lower(self) -> re.Pattern[str] | None:
        return None if self._lower_source is None else re.compile(self._lower_source, self._flags & ~re.IGNORECASE)

    def _read(self, text: str) -> tuple[re.Pattern[str], str]:
        return (self.regex, text) if self._lower is None else (self._lower, lowered(text))

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        regex, text = self._read(text)
        return regex.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        regex, text = self._read(text)
        return regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        regex, text = self._read(text)
        return regex.match(text, pos, endpos)


def lowered(text: str) -> str:
    """`text` in lower case, character for character, so every position stays where it was (a
    character whose lower case is longer, "İ", is left as it is)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def alternatives(*branches: str, flags: int = re.IGNORECASE) -> Table:
    """One word table matching any of `branches` as whole words, tried only where its first letter fits.

    Python's regex engine tries every branch of an alternation at every word; grouping the
    branches by their possible first letters (read from the parsed branch) lets it skip most of
    them, which keeps the big word tables fast. Branch order is kept within each letter. A branch
    that may start with `WIDE` letters or more ("(?:a |the |some )*coffee") is written once, in its
    place, behind a class of those letters, rather than copied into each letter's group: at any
    word the branches are tried in the same order, and the invitation and anger tables compile in
    about half the time (docs/guide-engine.md). With IGNORECASE (the default) the table reads the text
    lower-cased (`Table`), unless a branch names a capital letter.
    """
    # runs of branches grouped by first letter, with each wide branch between two runs
    segments: list[dict[str, list[str]] | tuple[set[str], str]] = [{}]
    anywhere: list[str] = []
    for branch in branches:
        branch = re.sub(r"^\\b|\\b$", "", branch)  # the whole pattern carries the word boundaries
        firsts = _first_letters(branch, flags)
        if firsts is None:
            anywhere.append(branch)
        elif len(firsts) >= WIDE:
            segments += [(firsts, branch), {}]
        else:
            for letter in firsts:
                segments[-1].setdefault(letter, []).append(branch)  # type: ignore[union-attr]

    def source(lower: bool) -> str:
        parts: list[str] = []
        for segment in segments:
            if isinstance(segment, tuple):
                letters, branch = segment
                parts.append(f"(?=[{_letters(sorted(letters), lower)}])(?:{branch})")
                continue
            parts += [
                f"(?={re.escape(c)})(?:{'|'.join(alts)})" if lower else f"(?=[{_letters([c], lower)}])(?:{'|'.join(alts)})"
                for c, alts in sorted(segment.items())
            ]  # fmt: skip
        parts += [f"(?:{'|'.join(anywhere)})"] if anywhere else []
        return r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])"

    capitals = re.search(r"[A-Z]", re.sub(r"\\.", "", "".join(branches)))  # outside escapes such as \b, \w
    return Table(source(False), None if capitals else source(True), flags)


WIDE = 6  # a branch that may start with this many letters or more is written once (`alternatives`)


def _letters(letters: Iterable[str], lower: bool) -> str:
    """Letters for a character class: each as it is, and in upper case too where the text is not lowered."""
    return "".join(re.escape(c) if lower else f"{re.escape(c)}{re.escape(c.upper())}" for c in letters)


def _first_letters(branch: str, flags: int) -> set[str] | None:
    """The lower-case characters a match of `branch` can start with (None when that cannot be told).
    Most branches start with a plain letter (`_starts_plain`), read without parsing: three in four of
    the kit's 2,254, which parsing took about half of the 70 ms the word tables cost at import."""
    if _starts_plain(branch):
        return {branch[0].lower()}
    try:
        tree = _parser.parse(branch, flags)
    except re.error:
        return None
    return _firsts(list(tree), 0)


def _starts_plain(branch: str) -> bool:
    """`branch` must start with its first character, a letter or digit: nothing after it makes it
    optional or repeats it ("?", "*", "+", "{"), and no "|" outside brackets offers another start."""
    if len(branch) < 2 or not (branch[0].isascii() and branch[0].isalnum()) or branch[1] in "?*+{|":
        return False
    depth, escaped, in_class = 0, False, False
    for char in branch:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return False
    return True


def _firsts(items: list[Any], index: int) -> set[str] | None:
    if index >= len(items):
        return None  # the branch may match nothing at all
    op, av = items[index]
    name = str(op)
    if name == "LITERAL":
        return {chr(av).lower()}
    if name == "IN":
        chars: set[str] = set()
        for kind, value in av:
            if str(kind) == "LITERAL":
                chars.add(chr(value).lower())
            elif str(kind) == "RANGE" and value[1] - value[0] < 64:
                chars |= {chr(c).lower() for c in range(value[0], value[1] + 1)}
            else:
                return None
        return chars
    if name == "SUBPATTERN":
        inner = _firsts(list(av[-1]), 0)
        return inner if inner is None or not _may_be_empty(av[-1]) else None
    if name == "BRANCH":
        found: set[str] = set()
        for sub in av[1]:
            first = _firsts(list(sub), 0)
            if first is None:
                return None
            found |= first
        return found
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        low, _high, sub = av
        first = _firsts(list(sub), 0)
        if first is None:
            return None
        if low == 0:
            rest = _firsts(items, index + 1)
            return None if rest is None else first | rest
        return first
    return None


def _may_be_empty(sub: Any) -> bool:
    return any(str(op) in ("MAX_REPEAT", "MIN_REPEAT") and av[0] == 0 for op, av in list(sub)[:1])
