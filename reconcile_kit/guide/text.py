"""Text helpers shared by the draft and apology checks: findings, sentences, words, HTML.

Everything here keeps offsets into the user's *original* text: `normalize` only swaps
characters one for one (curly quotes, odd apostrophes and dashes), so a span found in the
normalised text is a valid span of the original.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

__all__ = [
    "Finding",
    "normalize",
    "sentence_spans",
    "word_spans",
    "snippet",
    "highlight_html",
    "findings_markdown",
]

# One-for-one swaps only: the string keeps its length, so spans stay valid.
_SWAPS = str.maketrans(
    {
        "\u2019": "'",  # right single quote (the usual curly apostrophe)
        "\u2018": "'",
        "\u02bc": "'",  # modifier letter apostrophe
        "\u2032": "'",  # prime
        "\u00b4": "'",  # acute accent used as an apostrophe
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)

_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
# A sentence ends at . ! ? (not an ellipsis "...") followed by space or the end, or at a newline.
# ... or at an ellipsis followed by a capital ("I tried... It didn't work"); closing quotes and brackets stay with it.
# A title's full stop does not end one ("Dr. Malik", "Mr. Okafor").
_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Mx", "St", "Prof", "Rev")
_NOT_A_TITLE = "".join(rf"(?<!\b{title})" for title in _TITLES)
_SENTENCE_END = re.compile(
    rf"(?:{_NOT_A_TITLE}(?<!\.)\.(?!\.)|[!?])[.!?]*(?=[\s\"')\]]|$)|\n+|\.{{3,}}(?=\s+[A-Z])|…(?=\s+[A-Z])"
)


@dataclass(frozen=True)
class Finding:
    """One thing a check noticed: the rule id, where it is (start, end) and a plain note."""

    rule: str
    span: tuple[int, int]
    message: str
    guide_ids: tuple[str, ...] = ()

    def quote(self, text: str) -> str:
        """The part of `text` this finding points at (trimmed to 80 characters)."""
        return snippet(text, self.span)


class FindingsReport:
    """What every check's report shares: `ok` and the finding ids (mixed into the dataclasses)."""

    findings: list[Finding]

    @property
    def ok(self) -> bool:
        """True when nothing was found."""
        return not self.findings

    @property
    def rules(self) -> tuple[str, ...]:
        """The finding ids, each once, in text order."""
        return tuple(dict.fromkeys(f.rule for f in self.findings))


def normalize(text: str) -> str:
    """Swap curly quotes, odd apostrophes and dashes for plain ones, keeping the length."""
    return text.translate(_SWAPS)


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word: letters or digits, with inner apostrophes and hyphens."""
    return [m.span() for m in _WORD.finditer(normalize(text))]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence that holds at least one word, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    norm = normalize(text)
    for match in _SENTENCE_END.finditer(norm):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(norm)))
    return [_trim(norm, s, e) for s, e in spans if _WORD.search(norm, s, e)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def snippet(text: str, span: tuple[int, int], limit: int = 80) -> str:
    """The text under `span`, on one line, cut to `limit` characters."""
    part = " ".join(text[span[0] : span[1]].split())
    return part if len(part) <= limit else part[: limit - 1] + "…"


def findings_markdown(text: str, findings: list[Finding]) -> list[str]:
    """Markdown bullet lines, one per finding, quoting the words it points at."""
    lines = []
    for finding in findings:
        quoted = finding.quote(text)
        where = f' — "{quoted}"' if quoted and finding.span[1] - finding.span[0] < len(text) else ""
        lines.append(f"- **{finding.rule}**{where}: {finding.message}")
    return lines


def _merged(findings: list[Finding], size: int) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, title) runs; overlapping findings share one mark."""
    runs: list[tuple[int, int, list[str]]] = []
    for f in sorted(findings, key=lambda f: f.span):
        start, end = max(0, f.span[0]), min(size, f.span[1])
        if end <= start:
            continue
        if runs and start < runs[-1][1]:
            last = runs[-1]
            runs[-1] = (last[0], max(last[1], end), last[2] + [f.message])
        else:
            runs.append((start, end, [f.message]))
    return [(s, e, " / ".join(dict.fromkeys(t))) for s, e, t in runs]


def highlight_html(text: str, findings: list[Finding]) -> str:
    """The text as HTML with each finding wrapped in `<mark title=...>`; every piece escaped."""
    parts: list[str] = []
    cursor = 0
    for start, end, title in _merged(findings, len(text)):
        parts.append(html.escape(text[cursor:start]))
        parts.append(f'<mark title="{html.escape(title, quote=True)}">')
        parts.append(html.escape(text[start:end]) + "</mark>")
        cursor = end
    parts.append(html.escape(text[cursor:]))
    body = "".join(parts)
    return f'<div class="rk-draft" style="white-space: pre-wrap">{body}</div>'
