"""Checks for two drafts: the first message (S1.2, S1.6) and the ask to meet (S2.2, S2.3).

A guide for English text, rules first and then a learned second reading (`learned`, pleading and
invitations only): it points at wording that often lands badly
and says why. It is not a verdict on the draft or on the person writing it. Drafts are read
with `clauses.read`, so texting style ("r u free tmrw?") reads like plain English and
negation is read in its clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import draft_phrases, learned
from .clauses import Reading, read
from .draft_phrases import (
    ASKS_TO_MEET,
    GROUP,
    GROUP_FREE_DATE_WORDS,
    PAST_MEETING,
    QUESTION_ASK,
)
from .phrases import dedupe
from .pressure import anger_spans, pleading_spans
from .text import (
    Finding,
    FindingsReport,
    findings_markdown,
    highlight_html,
    sentence_spans,
    word_spans,
)

__all__ = ["DraftReport", "check_first_message", "check_meet_ask", "FIRST_MESSAGE_WORDS", "FIRST_MESSAGE_SENTENCES", "MESSAGES"]

FIRST_MESSAGE_WORDS = 50
FIRST_MESSAGE_SENTENCES = 3
# A sign-off or signature after the last sentence frames a message rather than says something, and
# is left out of its count of sentences: up to three words with no full stop, each a sign-off word
# or a capitalised name ("Warm wishes,", "Roy", "love, Sam x"). A greeting ("Hi Eli.") still counts, as the corpus's writers
# counted it. (Training drafts: 8 of the 167 first messages the count called too long were not, by
# their writers' and readers' labels, for these reasons; docs/guide-quality.md, round 7.)
_SIGN_OFF_WORDS = frozenset({
    "love", "lots", "of", "with", "warm", "warmest", "wishes", "best", "all", "the", "kind", "regards", "yours",
    "truly", "sincerely", "ever", "cheers", "x", "xx", "xxx",
})  # fmt: skip

_TITLES = {"first_message": "First message", "meet_ask": "Ask to meet"}
_GOOD = {
    "first_message": "Short, light and with no ask: that fits a first message (S1.2, S1.6).",
    "meet_ask": "Light, with a rough time and no pressure: that fits an ask to meet (S2.2, S2.3).",
}
MESSAGES = {
    "asks_to_meet": "This reads as an invitation to meet. For now the aim is only to clear the air; the ask can "
    "come later, once they have written back warmly (S1.6).",
    "date_framing": "This can read as a date. Framing it as catching up, like a coffee or a walk in daylight, "
    "keeps it light for you both (S2.2).",
    "no_time_frame": "No day, week or time is mentioned. A rough time, like 'some time next week', makes it easy "
    "to answer yes or no (S2.2).",
    "pleading": "This can sound like pleading. Keep it light and ask once: they can say no, and that has to be all "
    "right (S2.3).",
    "anger": "This can read as anger or pressure. Say it calmly and kindly, with no conditions; if you are angry, "
    "it may be worth waiting a day before sending (S2.3).",
}
_GUIDE_IDS = {"asks_to_meet": ("S1.6",), "date_framing": ("S2.2",), "no_time_frame": ("S2.2",), "pleading": ("S2.3",),
              "anger": ("S2.3",)}  # fmt: skip


@dataclass(frozen=True)
class DraftReport(FindingsReport):
    """What a draft check found: `findings` in text order, with word and sentence counts."""

    kind: str
    text: str
    findings: list[Finding] = field(default_factory=list)
    words: int = 0
    sentences: int = 0
    notes: tuple[str, ...] = ()  # what the journal's moment adds (`checks`): the guide's reasons to wait

    def to_markdown(self) -> str:
        """A short report for a notebook: counts, then one line per finding (or a good word), then any notes."""
        head = f"**{_TITLES[self.kind]}**: {_count(self.words, 'word')}, {_count(self.sentences, 'sentence')}."
        notes = [f"_{note}_" for note in self.notes]
        if self.ok:
            return "\n\n".join([head, _GOOD[self.kind], *notes])
        lines = findings_markdown(self.text, self.findings)
        return "\n".join([head, "", *lines, "", *[f"{note}\n" for note in notes], "_A guide for English text, not a verdict._"])

    def to_html(self) -> str:
        """The draft with findings highlighted (`<mark title=...>`); all user text is escaped."""
        return highlight_html(self.text, self.findings)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _finding(rule: str, reading: Reading, span: tuple[int, int]) -> Finding:
    return Finding(rule, reading.span(span), MESSAGES[rule], _GUIDE_IDS[rule])


def message_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of a draft as its length is counted: `sentence_spans` without a sign-off or
    signature after them (`_SIGN_OFF_WORDS`)."""
    sentences = sentence_spans(text)
    last = len(sentences)
    while last > 1 and _sign_off(text[sentences[last - 1][0] : sentences[last - 1][1]]):
        last -= 1
    return sentences[:last]


def _sign_off(sentence: str) -> bool:
    words = [sentence[a:b] for a, b in word_spans(sentence)]
    return (1 <= len(words) <= 3 and not sentence.rstrip().endswith((".", "!", "?"))
            and all(w.lower() in _SIGN_OFF_WORDS or w[:1].isupper() for w in words))  # fmt: skip


def _too_long(words: list[tuple[int, int]], sentences: list[tuple[int, int]]) -> list[Finding]:
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
        "The marked part is over that: keep the rest for later."
    )
    end = max(e for _s, e in words[-1:] + sentences[-1:])
    return [Finding("too_long", (min(starts), end), message, ("S1.2",))]


def _pressure(reading: Reading) -> list[Finding]:
    """Pleading and anger: both undo a first message and an ask alike (S2.3)."""
    found = [_finding("pleading", reading, s) for s in pleading_spans(reading)]
    return found + [_finding("anger", reading, s) for s in anger_spans(reading)]


def _asks_to_meet(reading: Reading) -> list[Finding]:
    past = [m.span() for m in PAST_MEETING.finditer(reading.text)]
    found = []
    for m in [*ASKS_TO_MEET.finditer(reading.text), *QUESTION_ASK.finditer(reading.text)]:
        if any(s <= m.start() < e for s, e in past) or re.search(r"\bused to\b|\bwe (?:met|went|had)\b", m.group(), re.I):
            continue  # a memory, not an invitation
        if reading.negated(m.start()) and "n't" not in m.group():
            continue
        found.append(_finding("asks_to_meet", reading, m.span()))
    return found


# Which kind of draft each finding applies to. The learned reading (`learned`) weighs in on every
# finding of the kind that has a shipped model (benchmarks/train_checks.py decides which do).
APPLIES_TO = {
    "too_long": ("first",), "asks_to_meet": ("first",), "date_framing": ("ask",), "no_time_frame": ("ask",),
    "pleading": ("first", "ask"), "anger": ("first", "ask"),
}  # fmt: skip


def answers(kind: str, findings: list[Finding]) -> list[str]:
    """The rules' answers and the kind of draft, as features of the learned reading."""
    return [f"k:{kind}", *(f"r:{rule}" for rule in dict.fromkeys(f.rule for f in findings))]


def _second_reading(kind: str, reading: Reading, findings: list[Finding]) -> list[Finding]:
    """The findings where the learned model and the rules meet (see `learned`)."""
    models = learned.model("draft")
    if not models:
        return findings
    found = learned.features(reading, answers(kind, findings))
    if not learned.enough(found):
        return findings
    labels = [label for label, kinds in APPLIES_TO.items() if kind in kinds]
    mark = lambda label, span: _finding(label, reading, span)  # noqa: E731
    return learned.decide(models, labels, found, findings, reading, mark, learned.chances(models, found))


def _date_framing(reading: Reading) -> list[Finding]:
    group = bool(GROUP.search(reading.text))
    found = []
    for m in draft_phrases.DATE_FRAMING.finditer(reading.text):
        if group and GROUP_FREE_DATE_WORDS.match(m.group()):
            continue  # "dinner at Nando's with a few of us"
        if reading.negated(m.start()) and not re.search(r"n't|\bnot\b|\bno\b", m.group(), re.I):
            continue  # "not a date, just a coffee"
        found.append(_finding("date_framing", reading, m.span()))
    return found


def _no_time_frame(text: str, reading: Reading) -> list[Finding]:
    if not text.strip() or draft_phrases.TIME_FRAME.search(reading.text):
        return []
    return [Finding("no_time_frame", (0, len(text)), MESSAGES["no_time_frame"], ("S2.2",))]


def rules_findings(kind: str, text: str) -> list[Finding]:
    """The rules' findings alone for a draft of `kind` ("first" or "ask"), before the learned reading."""
    reading = read(text)
    if kind == "first":
        words, sentences = word_spans(text), message_sentences(text)
        return dedupe(_too_long(words, sentences) + _asks_to_meet(reading) + _pressure(reading))
    return dedupe(_date_framing(reading) + _pressure(reading) + _no_time_frame(text, reading))


def check_first_message(text: str) -> DraftReport:
    """Check a first message after a silence: `too_long`, `asks_to_meet`, `pleading`, `anger` (S1.2, S1.6, S2.3).

    :param text: the draft, any length; an empty draft finds nothing
    """
    text = str(text or "")
    findings = _second_reading("first", read(text), rules_findings("first", text))
    return DraftReport("first_message", text, findings, len(word_spans(text)), len(message_sentences(text)))


def check_meet_ask(text: str) -> DraftReport:
    """Check an ask to meet: `date_framing`, `no_time_frame`, `pleading`, `anger` (S2.2, S2.3).

    :param text: the draft, any length; an empty draft finds nothing
    """
    text = str(text or "")
    findings = _second_reading("ask", read(text), rules_findings("ask", text))
    return DraftReport("meet_ask", text, findings, len(word_spans(text)), len(message_sentences(text)))
