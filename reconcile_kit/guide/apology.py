"""The apology workbench (S4.3): what undoes an apology, the seven parts, a score and suggestions.

`check_apology` is a guide for English text, not a verdict: rules, then a learned second reading
(`learned`, trained on apologies written by others, which may add or drop a finding). The rules read
the draft in clauses (`clauses.read`: texting style made plain, who each clause is about, what a
negation covers) and look for two things. Findings: phrasings that often undo an apology
("sorry, but", "sorry if", "mistakes were made", excuses, blame, pleading). Parts: the six that
Lewicki, Polin and Lount (2016) found make an apology land (regret, explanation,
responsibility, repentance, repair, a request for forgiveness) and Schumann's (2014) seventh,
acknowledging the harm. Responsibility is read from the person's own words: "I" doing (or not
doing) something, judging it ("that was cruel of me"), or owning it ("that one is on me").
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from . import learned
from .apology_draft import Draft
from .apology_flaws import (
    MESSAGES,
    _blame_shift,
    _blames_feelings,
    _buts,
    _conditional,
    _denials,
    _excuses,
    _finding,
    _minimizing,
    _passive,
    pleads,
    smallness_rejected,
)
from .apology_naming import naming
from .apology_parts import _parts, _vague
from .apology_phrases import HEDGES
from .clauses import read
from .phrases import dedupe
from .text import Finding, FindingsReport, findings_markdown, highlight_html

__all__ = ["ApologyReport", "check_apology", "WEIGHTS", "PENALTIES", "MESSAGES", "COMPONENT_LABELS"]

# The parts of an apology in plain words, for every surface that lists them (forms, CLI).
COMPONENT_LABELS: dict[str, str] = {
    "regret": "Says you regret it",
    "explanation": "Explains what went wrong",
    "responsibility": "Owns your part",
    "repentance": "Says what you will do differently",
    "repair": "Offers to make it right",
    "forgiveness": "Asks for forgiveness",
    "acknowledges_harm": "Says what it did to them",
}

# Our rounding of the studies' ranking: responsibility weighed most, then repair; the request for
# forgiveness least. Acknowledging the harm (Schumann 2014) sits with regret and explanation.
WEIGHTS: dict[str, int] = {
    "responsibility": 25, "repair": 18, "acknowledges_harm": 14, "explanation": 12, "regret": 12, "repentance": 12,
    "forgiveness": 7,
}  # fmt: skip
PARTS = ("regret", "explanation", "responsibility", "repentance", "repair", "forgiveness", "acknowledges_harm")
# Each kind of finding takes this share (in %) off the score, once: disowning it costs most.
PENALTIES: dict[str, int] = {
    "no_responsibility": 70, "pleading": 60, "blame_shift": 50, "blames_feelings": 45, "but": 35, "conditional": 35,
    "excuse": 35, "minimizing": 35, "passive": 30, "vague": 30,
}  # fmt: skip
_TIPS = {
    "but": "Stop at the apology: leave out the 'but' and what follows it.",
    "conditional": "Replace the 'if' with what you did: 'I'm sorry I ...'.",
    "blames_feelings": "Apologise for what you did, not for how they feel about it.",
    "passive": "Put yourself in the sentence: 'I said ...', 'I did ...'.",
    "excuse": "Leave out the reasons that let you off; if you explain, say it was still your choice.",
    "blame_shift": "Keep it about your part; leave theirs out of this message.",
    "minimizing": "Let it be as big as it was for them.",
    "vague": "Name the specific thing you are sorry for.",
    "no_responsibility": "Own your part plainly: 'I did ...', 'that was wrong of me'.",
    "pleading": "Take out the begging and the conditions; say your piece and leave them free to answer or not.",
    "responsibility": "Say plainly what you did and that it was your doing; the studies found this counts most.",
    "repair": "Offer to put something right, or ask what would help; this counts next.",
    "acknowledges_harm": "Say what it did to them: how it left them feeling, what it cost them.",
    "explanation": "Say briefly what was going on for you, without excusing it.",
    "regret": "Say that you are sorry.",
    "repentance": "Say what you will do differently from now on.",
    "forgiveness": "You may ask whether they can forgive you, with no pressure; it counts least.",
}


@dataclass(frozen=True)
class ApologyReport(FindingsReport):
    """What `check_apology` found: findings, the seven parts, a 0-100 score and suggestions."""

    text: str
    findings: list[Finding] = field(default_factory=list)
    components: dict[str, bool] = field(default_factory=dict)
    score: int = 0
    suggestions: list[str] = field(default_factory=list)

    def to_markdown(self) -> str:
        """A short report for a notebook: score, parts, findings, suggestions."""
        parts = " · ".join(f"{'✓' if has else '✗'} {name}" for name, has in self.components.items())
        lines = [f"**Apology check**: {self.score}/100", "", f"Parts (Lewicki et al. 2016; Schumann 2014): {parts}"]
        if self.findings:
            lines += ["", "What to look at:", *findings_markdown(self.text, self.findings)]
        if self.suggestions:
            lines += ["", "Suggestions:", *(f"- {tip}" for tip in self.suggestions)]
        lines += ["", "_A guide for English text (rules and a small model learned from others' apologies), not a verdict (S4.3)._"]
        return "\n".join(lines)

    def to_html(self) -> str:
        """The apology with findings highlighted (`<mark title=...>`); all user text is escaped."""
        head = f"<p><strong>Apology check</strong>: {self.score}/100 (a guide, not a verdict)</p>"
        tips = "".join(f"<li>{html.escape(tip)}</li>" for tip in self.suggestions)
        return head + highlight_html(self.text, self.findings) + (f"<ul>{tips}</ul>" if tips else "")




def _score(parts: dict[str, bool], findings: list[Finding]) -> int:
    """Clean drafts from 50 up, by the weight of their parts; each kind of finding takes its share off."""
    if not any(parts.values()) and not findings:
        return 0
    total = sum(WEIGHTS[name] for name, has in parts.items() if has) / 2
    if not findings:
        return round(50 + total) if parts["responsibility"] else round(25 + total / 2)
    for rule in {f.rule for f in findings}:
        total *= 1 - PENALTIES[rule] / 100
    return max(0, min(49, round(total)))


def _suggestions(findings: list[Finding], parts: dict[str, bool]) -> list[str]:
    """One tip per kind of finding, the weightiest first, then one per missing part, by weight."""
    rules = sorted(dict.fromkeys(f.rule for f in findings), key=lambda rule: -PENALTIES[rule])
    missing = [name for name in sorted(WEIGHTS, key=WEIGHTS.__getitem__, reverse=True) if not parts[name]]
    if "pleading" in rules:
        missing = [name for name in missing if name not in {"repair", "forgiveness"}]
    return [_TIPS[key] for key in rules + missing]


def rules_reading(text: str) -> tuple[Draft, list[Finding], dict[str, bool]]:
    """The rules' answer alone: the draft as read, its findings and its parts (before `learned`)."""
    reading = read(text)
    draft = Draft(reading)
    pleading = pleads(draft)
    findings = (
        _conditional(draft) + _blames_feelings(draft) + _passive(draft) + _excuses(draft) + _blame_shift(draft)
        + _minimizing(draft, pleading) + sum(_denials(draft), []) + [_finding("pleading", draft, s) for s in pleading]
    )  # fmt: skip
    findings += _buts(draft, findings)
    parts = _parts(draft, findings, pleading)
    findings += _vague(draft, parts)
    return draft, [f for f in dedupe(findings) if f.span[1] > f.span[0]], parts


def answers(text: str, findings: list[Finding], parts: dict[str, bool]) -> list[str]:
    """The rules' answers as features of the learned reading ("r:excuse", "p:regret"), with the
    words each finding points at ("q:excuse|tired"), so the model can weigh what the rule saw."""
    found = [f"r:{rule}" for rule in dict.fromkeys(f.rule for f in findings)]
    found += [f"p:{name}" for name, has in parts.items() if has]
    for finding in findings:
        found += learned.quoted(finding.rule, text[finding.span[0] : finding.span[1]])
    return found


def features(draft: Draft, findings: list[Finding], parts: dict[str, bool]) -> set[str]:
    """What the learned reading reads of a draft: its words and clauses (`learned.features`), what its
    apologies name (`apology_naming`) and the rules' answers (`answers`). The trainer reads the
    training texts through this same function."""
    return learned.features(draft.r, answers(draft.r.original, findings, parts)) | naming(draft)


def _second_reading(draft: Draft, findings: list[Finding], parts: dict[str, bool]) -> list[Finding]:
    """Findings and parts where the learned model (`learned`) and the rules meet; `parts` in place
    (a part the rules found stands: its `keep` threshold is 0)."""
    models = learned.model("apology")
    if not models:
        return findings
    found = features(draft, findings, parts)
    if not learned.enough(found, learned.MIN_WORDS_APOLOGY):
        return findings
    how_much = learned.size(found)
    read = learned.chances(models, found, how_much)
    for name in parts.keys() & models.keys():
        parts[name] = models[name].says(found, parts[name], how_much, read)
    labels = [label for label in models if label not in parts]
    mark = lambda label, span: _learned_finding(label, draft, span)  # noqa: E731
    return learned.decide(models, labels, found, findings, draft.r, mark, read)


def turn(draft: Draft) -> re.Match[str] | None:
    """The first turning word ("but", "though", "that said", "mind you" ...) after the draft's first
    apology (anywhere when it has none). DEFINITIONS.md's `but` is a turn and its note speaks of one,
    so the learned reading adds a `but` only where there is one, and marks it there."""
    return HEDGES.search(draft.text, draft.apologies[0].end() if draft.apologies else 0)


def _learned_finding(label: str, draft: Draft, span: tuple[int, int]) -> Finding | None:
    """A finding the learned reading adds, at `span` (`learned.best_part`); a `but` at its turning
    word, and none without one (`turn`); no `minimizing` where every smallness named is rejected
    (`apology_flaws.smallness_rejected`)."""
    if label == "minimizing" and smallness_rejected(draft):
        return None  # "it might look small, but it wasn't": the smallness is named to reject it
    if label != "but":
        return _finding(label, draft, span)
    hedge = turn(draft)
    return _finding(label, draft, hedge.span()) if hedge else None


def check_apology(text: str) -> ApologyReport:
    """Check an apology draft: a transparent guide for English text, not a verdict.

    :param text: the draft, any length and any characters
    :return: findings (`but`, `conditional`, `blames_feelings`, `passive`, `excuse`, `blame_shift`,
        `minimizing`, `vague`, `no_responsibility`, `pleading`), the seven parts (Lewicki et al.
        2016's six and Schumann 2014's `acknowledges_harm`), a 0-100 score and suggestions
    """
    text = str(text or "")
    if not re.search(r"\w", read(text).text):
        return ApologyReport(text, [], {name: False for name in PARTS}, 0, [])
    draft, findings, parts = rules_reading(text)
    findings = _second_reading(draft, findings, parts)
    return ApologyReport(text, findings, parts, _score(parts, findings), _suggestions(findings, parts))
