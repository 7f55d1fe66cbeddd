"""The apology workbench (S4.3): non-apology patterns, the six parts, a score and suggestions.

`check_apology` is a transparent, rule-based guide for English text, not a verdict. It looks
for phrasings that often undo an apology ("sorry, but", "sorry if", "mistakes were made") and
for the six parts that Lewicki, Polin and Lount (2016) found make an apology land: regret,
explanation, responsibility, repentance, repair and a request for forgiveness. Their study
tested written workplace apologies, so the score is a rough guide to a draft, nothing more.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from .apology_phrases import AFTER_BUT, COMPONENTS, FINDINGS, OWN_CHOICE, OWNING, REGRET, SPECIFIC
from .phrases import dedupe, scan
from .text import Finding, FindingsReport, findings_markdown, highlight_html, is_negated, normalize, sentence_of, sentence_spans

__all__ = ["ApologyReport", "check_apology", "WEIGHTS", "PENALTIES"]

# Our rounding of the study's ranking: responsibility weighed most, then repair; explanation,
# regret and repentance in the middle; the request for forgiveness least.
WEIGHTS: dict[str, int] = {
    "responsibility": 27, "repair": 21, "explanation": 15, "regret": 15, "repentance": 15, "forgiveness": 7,
}
# Subtracted once per kind of finding: the ones that disown the act cost most.
PENALTIES: dict[str, int] = {
    "no_responsibility": 25, "blame_shift": 20, "blames_feelings": 15, "but": 12, "conditional": 12,
    "excuse": 12, "minimizing": 12, "passive": 10, "vague": 8,
}
_S43 = ("S4.3",)
_BUT = "A 'but' after an apology tends to cancel it; let the apology stand on its own (S4.3)."
_VAGUE = "It does not say what you are sorry for; naming it shows you understand (S4.3)."
_TIPS = {
    "but": "Stop at the apology: drop the 'but' and keep anything else for another time.",
    "conditional": "Replace the 'if' with what you did: 'I'm sorry I ...'.",
    "blames_feelings": "Apologise for what you did, not for how they feel about it.",
    "passive": "Put yourself in the sentence: 'I said ...', 'I did ...'.",
    "excuse": "Leave out the reasons that let you off; if you explain, add that it was still your choice.",
    "blame_shift": "Keep it about your part; their part is theirs to raise, if they want to.",
    "minimizing": "Let it be as big as it was for them.",
    "vague": "Name the specific thing you are sorry for.",
    "no_responsibility": "Own your part plainly: 'it was my fault', 'I was wrong'.",
    "responsibility": "Say plainly that it was your doing; the study found this counts most.",
    "repair": "Offer to put something right, or ask what would help; the study found this counts next.",
    "explanation": "Say briefly what went wrong, without excusing it.",
    "regret": "Say that you are sorry.",
    "repentance": "Say what you will do differently from now on.",
    "forgiveness": "You may ask whether they can forgive you, with no pressure; it counts least.",
}
_OWN_HURT = re.compile(r"(?:\s+\w+){0,2}?\s+(?:by|because of|that) (?:what |how |the way )?(?:i|my|me)\b", re.I)
_HEDGES = {"conditional", "blames_feelings", "no_responsibility"}
_IF_BEFORE = re.compile(r"\b(?:if|in case|whether)\s+$", re.I)  # "sorry if I hurt you" owns nothing
_NEGATION_CHECKED = {"passive", "excuse", "blame_shift", "minimizing", "blames_feelings", "no_responsibility"}


@dataclass(frozen=True)
class ApologyReport(FindingsReport):
    """What `check_apology` found: findings, the six parts, a 0-100 score and suggestions."""

    text: str
    findings: list[Finding] = field(default_factory=list)
    components: dict[str, bool] = field(default_factory=dict)
    score: int = 0
    suggestions: list[str] = field(default_factory=list)

    def to_markdown(self) -> str:
        """A short report for a notebook: score, parts, findings, suggestions."""
        parts = " · ".join(f"{'✓' if has else '✗'} {name}" for name, has in self.components.items())
        lines = [f"**Apology check**: {self.score}/100", "", f"Parts (Lewicki et al. 2016): {parts}"]
        if self.findings:
            lines += ["", "What to look at:", *findings_markdown(self.text, self.findings)]
        if self.suggestions:
            lines += ["", "Suggestions:", *(f"- {tip}" for tip in self.suggestions)]
        lines += ["", "_A transparent rule-based guide for English text, not a verdict (S4.3)._"]
        return "\n".join(lines)

    def to_html(self) -> str:
        """The apology with findings highlighted (`<mark title=...>`); all user text is escaped."""
        head = f"<p><strong>Apology check</strong>: {self.score}/100 (a guide, not a verdict)</p>"
        tips = "".join(f"<li>{html.escape(tip)}</li>" for tip in self.suggestions)
        return head + highlight_html(self.text, self.findings) + (f"<ul>{tips}</ul>" if tips else "")


def _negated(norm: str, match: re.Match[str], words: int = 4) -> bool:
    if re.match(r"\s+enough\b", norm[match.end() :], re.IGNORECASE):
        return False  # "I can't apologise enough"
    return is_negated(norm, match.start(), words)


def _owning(norm: str, sentences: list[tuple[int, int]]) -> set[int]:
    """Sentences that own the act: "no excuse", "it was my choice", "I should have"."""
    owned = {sentence_of(sentences, m.start()) for m in OWNING.finditer(norm)}
    owned |= {
        sentence_of(sentences, m.start())
        for m in OWN_CHOICE.finditer(norm)
        if not _negated(norm, m)
    }
    return owned


def _keep(f: Finding, norm: str, sentences: list[tuple[int, int]], owned: set[int]) -> bool:
    where = sentence_of(sentences, f.span[0])
    if f.rule in _NEGATION_CHECKED and is_negated(norm, f.span[0]):
        return False  # "I won't pretend it was no big deal"
    if f.rule == "excuse":
        return not owned & {where - 1, where, where + 1}
    if f.rule == "passive":
        return where not in owned
    if f.rule == "blames_feelings":
        return not _OWN_HURT.match(norm, f.span[1])  # "sorry you were hurt by what I did"
    return True


def _buts(norm: str, regrets: list[re.Match[str]], sentences: list[tuple[int, int]]) -> list[Finding]:
    found = []
    for m in regrets:
        index = sentence_of(sentences, m.start())
        end = sentences[index][1] if sentences else len(norm)
        hedge = re.compile(r"\b(?:but|however|although)\b", re.IGNORECASE).search(norm, m.end(), end)
        if hedge is None and index + 1 < len(sentences):
            start = sentences[index + 1][0]
            hedge = re.compile(r"(?:but|however)\b", re.IGNORECASE).match(norm, start)
        if hedge and not AFTER_BUT.match(norm, hedge.start()):
            found.append(Finding("but", hedge.span(), _BUT, _S43))
    return found


def _overlaps(span: tuple[int, int], findings: list[Finding], rules: set[str]) -> bool:
    return any(f.rule in rules and f.span[0] < span[1] and span[0] < f.span[1] for f in findings)


def _counts(norm: str, match: re.Match[str], hedges: list[Finding]) -> bool:
    """A part counts unless negated, inside a hedge, or right after "if" ("sorry if I hurt you")."""
    if _negated(norm, match) or _overlaps(match.span(), hedges, _HEDGES):
        return False
    return not _IF_BEFORE.search(norm, max(0, match.start() - 20), match.start())


def _components(
    norm: str, findings: list[Finding], regrets: list[re.Match[str]], raw: list[Finding]
) -> dict[str, bool]:
    # every hedging match, also the overlapping ones dedupe dropped ("sorry if" + "if I hurt you")
    hedges = findings + [
        Finding(rule.rule, m.span(), "") for rule in FINDINGS if rule.rule in _HEDGES for m in rule.pattern.finditer(norm)
    ]
    has = {"regret": any(not _overlaps(m.span(), hedges, _HEDGES) for m in regrets)}
    for name, pattern in COMPONENTS.items():
        if name != "regret":
            has[name] = any(_counts(norm, m, hedges) for m in pattern.finditer(norm))
    has["explanation"] = has["explanation"] or any(f.rule == "excuse" for f in raw)
    return {name: has[name] for name in COMPONENTS}


def _unspecific(
    norm: str, regrets: list[re.Match[str]], findings: list[Finding], parts: dict[str, bool]
) -> list[Finding]:
    """`vague` when there is an apology but no named act and no owning of it."""
    if not parts["regret"] or parts["responsibility"] or SPECIFIC.search(norm):
        return []
    if any(f.rule == "vague" for f in findings):
        return []
    return [Finding("vague", regrets[0].span(), _VAGUE, _S43)]


def _score(parts: dict[str, bool], findings: list[Finding]) -> int:
    total = sum(WEIGHTS[name] for name, has in parts.items() if has)
    total -= sum(PENALTIES[rule] for rule in {f.rule for f in findings})
    return max(0, min(100, total))


def _suggestions(findings: list[Finding], parts: dict[str, bool]) -> list[str]:
    rules = list(dict.fromkeys(f.rule for f in findings))
    missing = [name for name in sorted(WEIGHTS, key=WEIGHTS.__getitem__, reverse=True) if not parts[name]]
    return [_TIPS[key] for key in rules + missing]


def check_apology(text: str) -> ApologyReport:
    """Check an apology draft: a transparent rule-based guide for English text, not a verdict.

    :param text: the draft, any length and any characters
    :return: findings (`but`, `conditional`, `blames_feelings`, `passive`, `excuse`,
        `blame_shift`, `minimizing`, `vague`, `no_responsibility`), the six parts of Lewicki
        et al. (2016), a 0-100 score weighted as they found, and suggestions
    """
    text = str(text or "")
    norm = normalize(text)
    if not norm.strip():
        return ApologyReport(text, [], {name: False for name in WEIGHTS}, 0, [])
    sentences = sentence_spans(text)
    owned = _owning(norm, sentences)
    raw = scan(text, FINDINGS, norm)
    findings = [f for f in raw if _keep(f, norm, sentences, owned)]
    regrets = [m for m in REGRET.finditer(norm) if not _negated(norm, m, words=3)]
    findings = dedupe(findings + _buts(norm, regrets, sentences))
    parts = _components(norm, findings, regrets, raw)
    findings = dedupe(findings + _unspecific(norm, regrets, findings, parts))
    return ApologyReport(text, findings, parts, _score(parts, findings), _suggestions(findings, parts))
