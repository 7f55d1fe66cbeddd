"""Checks for two drafts: the first message (S1.2, S1.6) and the ask to meet (S2.2, S2.3).

A transparent, rule-based guide for English text: it points at phrases that often land badly
and says why. It is not a verdict on the draft or on the person writing it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .draft_phrases import ANGER, ASKS_TO_MEET, DATE_FRAMING, PLEADING, SHOUTING, TIME_FRAME
from .phrases import dedupe, scan
from .text import Finding, FindingsReport, findings_markdown, highlight_html, normalize, sentence_spans, word_spans

__all__ = ["DraftReport", "check_first_message", "check_meet_ask", "FIRST_MESSAGE_WORDS", "FIRST_MESSAGE_SENTENCES"]

FIRST_MESSAGE_WORDS = 50
FIRST_MESSAGE_SENTENCES = 3

_TITLES = {"first_message": "First message", "meet_ask": "Ask to meet"}
_GOOD = {
    "first_message": "Short, light and with no ask: that fits a first message (S1.2, S1.6).",
    "meet_ask": "Light, with a rough time and no pressure: that fits an ask to meet (S2.2, S2.3).",
}


@dataclass(frozen=True)
class DraftReport(FindingsReport):
    """What a draft check found: `findings` in text order, with word and sentence counts."""

    kind: str
    text: str
    findings: list[Finding] = field(default_factory=list)
    words: int = 0
    sentences: int = 0

    def to_markdown(self) -> str:
        """A short report for a notebook: counts, then one line per finding (or a good word)."""
        head = f"**{_TITLES[self.kind]}**: {self.words} words, {self.sentences} sentences."
        if self.ok:
            return f"{head}\n\n{_GOOD[self.kind]}"
        lines = findings_markdown(self.text, self.findings)
        return "\n".join([head, "", *lines, "", "_A rule-based guide for English text, not a verdict._"])

    def to_html(self) -> str:
        """The draft with findings highlighted (`<mark title=...>`); all user text is escaped."""
        return highlight_html(self.text, self.findings)


def _counts(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    return word_spans(text), sentence_spans(text)


def _too_long(text: str, words: list[tuple[int, int]], sentences: list[tuple[int, int]]) -> list[Finding]:
    starts = []
    if len(words) > FIRST_MESSAGE_WORDS:
        starts.append(words[FIRST_MESSAGE_WORDS][0])
    if len(sentences) > FIRST_MESSAGE_SENTENCES:
        starts.append(sentences[FIRST_MESSAGE_SENTENCES][0])
    if not starts:
        return []
    message = (
        f"{len(words)} words in {len(sentences)} sentences; a first message lands best short and "
        f"light, at most {FIRST_MESSAGE_WORDS} words in {FIRST_MESSAGE_SENTENCES} sentences (S1.2). "
        "The marked part is over that."
    )
    end = max(e for _s, e in words[-1:] + sentences[-1:])
    return [Finding("too_long", (min(starts), end), message, ("S1.2",))]


def check_first_message(text: str) -> DraftReport:
    """Check a first message after a silence: `too_long` and `asks_to_meet` (S1.2, S1.6).

    :param text: the draft, any length; an empty draft finds nothing
    """
    text = str(text or "")
    words, sentences = _counts(text)
    findings = _too_long(text, words, sentences) + scan(text, [ASKS_TO_MEET])
    findings.sort(key=lambda f: f.span)
    return DraftReport("first_message", text, findings, len(words), len(sentences))


def _no_time_frame(text: str, norm: str) -> list[Finding]:
    if not text.strip() or TIME_FRAME.search(norm):
        return []
    message = (
        "No day, week or time is mentioned. A rough time, like some time next week, "
        "makes it easy to answer yes or no (S2.2)."
    )
    return [Finding("no_time_frame", (0, len(text)), message, ("S2.2",))]


def _shouting(norm: str) -> list[Finding]:
    return [Finding("anger", m.span(), ANGER.message, ANGER.guide_ids) for m in SHOUTING.finditer(norm)]


def check_meet_ask(text: str) -> DraftReport:
    """Check an ask to meet: `date_framing`, `no_time_frame`, `pleading`, `anger` (S2.2, S2.3).

    :param text: the draft, any length; an empty draft finds nothing
    """
    text = str(text or "")
    norm = normalize(text)
    words, sentences = _counts(text)
    found = scan(text, [DATE_FRAMING, PLEADING, ANGER], norm) + _shouting(norm)
    findings = dedupe(found + _no_time_frame(text, norm))
    return DraftReport("meet_ask", text, findings, len(words), len(sentences))
