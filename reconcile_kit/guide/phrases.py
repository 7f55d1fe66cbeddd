"""Phrase rules: regexes over normalised text that turn into findings (used by the draft and apology phrase tables).

Patterns run on `text.normalize(text)` (plain quotes, same length) with IGNORECASE, so
curly apostrophes and capitals make no difference and spans fit the original text.
A space in a phrase matches any run of white space (write `\x20` inside a look-behind).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .text import Finding, normalize

__all__ = ["PhraseRule", "phrases", "scan", "dedupe"]


def phrases(*alternatives: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One regex matching any of `alternatives` as whole words; spaces match any white space."""
    body = "|".join(alt.replace(" ", r"\s+") for alt in alternatives)
    return re.compile(r"(?<![\w'])(?:" + body + r")(?![\w'])", flags)


@dataclass(frozen=True)
class PhraseRule:
    """A finding id, the phrases that raise it, and what to say about them."""

    rule: str
    pattern: re.Pattern[str]
    message: str
    guide_ids: tuple[str, ...]


def scan(text: str, rules: Iterable[PhraseRule], norm: str | None = None) -> list[Finding]:
    """Every match of every rule in `text`, as findings with spans into `text`."""
    norm = normalize(text) if norm is None else norm
    found = []
    for rule in rules:
        for match in rule.pattern.finditer(norm):
            if match.end() > match.start():
                found.append(Finding(rule.rule, match.span(), rule.message, rule.guide_ids))
    return dedupe(found)


def dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """Drop a finding that overlaps an earlier one of the same rule; sort by position."""
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.span[0], -f.span[1], f.rule)):
        if not any(k.rule == f.rule and k.span[0] < f.span[1] and f.span[0] < k.span[1] for k in kept):
            kept.append(f)
    return kept
