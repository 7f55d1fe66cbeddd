"""The apology workbench (S4.3): what undoes an apology, the seven parts, a score and suggestions.

`check_apology` is a transparent, rule-based guide for English text, not a verdict. It reads
the draft in clauses (`clauses.read`: texting style made plain, who each clause is about, what a
negation covers) and looks for two things. Findings: phrasings that often undo an apology
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

from . import apology_phrases as P
from .clauses import Clause, Reading, read
from .lexicon import ACT_NOUNS, GENERIC_ACTS, HARM_VERBS, is_act, is_past, verb_lemma
from .phrases import dedupe
from .pressure import pleading_spans
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
_S43 = ("S4.3",)
MESSAGES: dict[str, str] = {
    "but": "A 'but' (or 'though', 'that said') after an apology tends to cancel it. Let the apology stand on "
    "its own and keep anything else for another time (S4.3).",
    "conditional": "'If' makes the hurt sound uncertain. Say what you did instead: 'I'm sorry I ...' (S4.3).",
    "blames_feelings": "This is sorry for how they feel rather than for what you did. Name your part instead: "
    "'I'm sorry I ...' (S4.3).",
    "passive": "This leaves out who did it. Putting yourself in the sentence, 'I did ...', shows you own it (S4.3).",
    "excuse": "This reads as an excuse and softens your part. If the reason matters, add that it was still your "
    "choice (S4.3).",
    "blame_shift": "This turns it back on them. Keep to your own part; theirs is theirs to raise, if they want "
    "to (S4.3).",
    "minimizing": "This makes it sound smaller than it may have felt to them. Let it be as big as it was for them "
    "(S4.3).",
    "vague": "It does not say what you are sorry for. Naming the specific thing shows you understand (S4.3).",
    "no_responsibility": "This says it was not your doing. Owning your part plainly is the heart of an apology; "
    "if you truly see none, an apology may not be the right message yet (S4.3).",
    "pleading": "This can read as pleading or pressure. An apology asks for nothing back: they can say no, and "
    "that has to be all right (S4.3, S2.3).",
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
# "sorry you were hurt by what I did" owns the act; "sorry you were offended by my remark" still puts it on them.
_OWN_HURT = re.compile(r"[^.!?]{0,40}?\b(?:by what i|because of (?:me|what i)|that i (?:caused|did)|i caused|when i|by me|by my)\b", re.I)
_HURT_WORDS = re.compile(r"\b(?:hurt|hurting|wounded|in pain|let down|betrayed|scared|frightened)\b", re.I)
_KEEPS_SMALL = re.compile(
    r"\b(?:it|that|this|which)(?:'s| is| was)?(?:n't| not| no)\s+(?:\w+\s+)?(?:small|nothing|minor|just a|only a|little|a small)\b|"
    r"\bbut (?:it|that) (?:wasn't|isn't|was not|is not)\b(?!\s+\w+)|"
    r"\bno, it was not\b|\bnot small\b|\b(?:isn't|aren't|wasn't|is not|are not) (?:the point|small)\b|\bthe point is\b",
    re.I,
)
_NEG_RAISING = re.compile(
    r"\b(?:don't|do not|didn't|did not|can't|cannot|won't|never|still don't|honestly don't)\s+(?:really\s+|honestly\s+|still\s+)?"
    r"(?:think|believe|feel|see|accept|agree|reckon|know|say|consider)\b",
    re.I,
)
# "sorry if you were upset": a sorry about their feelings, so not regret (docs/guide-engine.md).
_IF_FEELINGS = re.compile(r"\s*,?\s*(?:if|that)\s+(?:you|u)(?:'re| are| were| was| felt| feel| got| get|'ve been| have been)\s+(?:\w+\s+)?"
                          r"(?:upset|hurt|offended|bothered|sad|angry|embarrassed|uncomfortable|disappointed)", re.I)
_WASNT_THERE = re.compile(r"\bi (?:wasn't|was not|was never|wasnae) (?:there|at (?:your|the|his|her|our)|around|home)\b", re.I)
_AUX = frozenset({"just", "also", "then", "even", "actually", "basically", "completely", "totally", "literally", "honestly",
                  "really", "still", "kind", "sort", "of", "once", "ever", "deliberately", "knowingly", "repeatedly",
                  "finally", "simply", "straight", "quietly", "openly", "all", "both", "only", "somehow", "first"})  # fmt: skip
_PERFECT = frozenset({"have", "'ve", "i've", "had", "i'd", "'d"})
_OMISSION = frozenset({"didn't", "did", "not", "never", "i'd", "had"})


_WORDS = re.compile(r"[\w']+")
_BACKGROUND = frozenset({"if", "when", "while", "as", "since", "until", "because"})


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
        lines += ["", "_A transparent rule-based guide for English text, not a verdict (S4.3)._"]
        return "\n".join(lines)

    def to_html(self) -> str:
        """The apology with findings highlighted (`<mark title=...>`); all user text is escaped."""
        head = f"<p><strong>Apology check</strong>: {self.score}/100 (a guide, not a verdict)</p>"
        tips = "".join(f"<li>{html.escape(tip)}</li>" for tip in self.suggestions)
        return head + highlight_html(self.text, self.findings) + (f"<ul>{tips}</ul>" if tips else "")


class _Draft:
    """One apology read once: where the apologies, quotes, owned choices and owned acts are."""

    def __init__(self, reading: Reading) -> None:
        self.r = reading
        self.text = reading.text
        self.mentions = [(m.start(), self._mention_end(m.start())) for m in P.MENTION.finditer(self.text)]
        self.reported = [m.span() for m in P.REPORTED_APOLOGY.finditer(self.text)]
        self.apologies = [m for m in P.APOLOGY.finditer(self.text) if self._real_apology(m)]
        self.feelings = [m for m in P.FEELINGS.finditer(self.text) if self._feelings(m)]
        self.choices = [m for m in P.OWN_CHOICE.finditer(self.text) if self._counts(m)]
        self._acts: list[tuple[int, int, bool, str]] | None = None
        self.owned = self._ownership()

    # --- where things stand ---------------------------------------------------------------
    def _sentence_end(self, pos: int) -> int:
        index = self.r.sentence_at(pos)
        return self.r.sentences[index][1] if self.r.sentences else len(self.text)

    def _mention_end(self, pos: int) -> int:
        """A quote runs to the end of its sentence, or to where the writer speaks again ("... and I wasn't there")."""
        index = self.r.clause_index(pos)
        end = self._sentence_end(pos)
        for clause in self.r.clauses[index + 1 :]:
            if clause.start >= end:
                break
            if clause.own_subject and clause.link in {"and", "but", "so", "then", "or"}:
                return clause.start
        return end

    def mentioned(self, pos: int) -> bool:
        """Inside a quote or report ("people keep telling me ...", "I told myself ...")."""
        return any(start <= pos <= end for start, end in self.mentions)

    def negated(self, match: re.Match[str] | tuple[int, int]) -> bool:
        start, end = match.span() if isinstance(match, re.Match) else match
        return self.r.negated(start) or self._raised(start)

    def _raised(self, pos: int) -> bool:
        """ "I don't think, hand on heart, that it was mine": a negation raised from a verb of thinking."""
        index = self.r.clause_index(pos)
        clause = self.r.clauses[index] if self.r.clauses else None
        for back in (1, 2):
            if clause is None or index - back < 0:
                return False
            before = self.r.clauses[index - back]
            if before.sentence != clause.sentence:
                return False
            raising = _NEG_RAISING.search(self.text, before.start, before.end)
            if raising and not re.search(r"\w", self.text[raising.end() : before.end]):
                return True  # the clause before ends on "I don't think": what follows is what is not thought
            if before.link in {"but", "and", "so", "because", "though"} and before.own_subject:
                return False
        return False

    def in_if(self, pos: int) -> bool:
        clause = self.r.clause_at(pos)
        return clause is not None and clause.link == "if"

    def question(self, pos: int) -> bool:
        index = self.r.sentence_at(pos)
        return bool(self.r.sentences) and self.text[self.r.sentences[index][1] - 1 : self.r.sentences[index][1]] == "?"

    def _counts(self, match: re.Match[str]) -> bool:
        return not (self.negated(match) or self.mentioned(match.start()) or self.in_if(match.start()))

    def _real_apology(self, match: re.Match[str]) -> bool:
        start = match.start()
        if any(s <= start < e for s, e in self.reported):
            return False
        if re.match(r"\s+enough\b", self.text[match.end() :]):
            return True  # "I can't apologise enough"
        if P.SHRUG.match(self.text, start) or self.mentioned(start):
            return False
        return not self.negated(match) or match.group().lower().startswith("not proud")

    def _feelings(self, match: re.Match[str]) -> bool:
        if self.negated(match) or self.mentioned(match.start()):
            return False
        owns = _OWN_HURT.match(self.text, match.end())  # "sorry you were hurt by what I did"
        return not (owns and _HURT_WORDS.search(match.group() + owns.group()))

    # --- owning it ------------------------------------------------------------------------
    def _ownership(self) -> list[tuple[int, int, bool]]:
        """(start, end, specific) of every place the writer owns something."""
        owned = [(m.start(), m.end(), self._names_act(m.start())) for m in P.OWNING.finditer(self.text) if self._counts(m)]
        owned += [(m.start(), m.end(), True) for m in _WASNT_THERE.finditer(self.text) if not self.mentioned(m.start())]
        owned += self._act_clauses()
        feeling_starts = {m.start() for m in self.feelings}
        for m in P.SORRY_FOR_ACT.finditer(self.text):
            if m.start() not in feeling_starts and self._counts(m) and not any(m.start() in range(f.start(), f.end()) for f in self.feelings):
                named = re.search(r"\b(?:for|about|that|of)\s+(.*)$", m.group(), re.I)
                owned.append((m.start(), m.end(), not (named and _generic(self.text[m.start() + named.start(1) : m.end() + 40]))))
        return owned

    def _names_act(self, pos: int) -> bool:
        """Whether the sentence of `pos` names what was done ("the lying ... was mine", not just "my fault")."""
        sentence = self.r.sentence_text(self.r.sentence_at(pos))
        if ACT_NOUNS.search(sentence):
            return True
        plain_only = all(verb_lemma(m.group()) in _PLAIN_VERBS for m in P.HARM_WORD.finditer(sentence))
        return not plain_only and len(sentence.split()) > 6  # "I put you through hell" names nothing; "I lied to your mum" does

    def _act_clauses(self, links: frozenset[str] = _BACKGROUND) -> list[tuple[int, int, bool]]:
        """ "I snapped at you", "I went behind your back", "I didn't come": first person, an act done or not done.

        Clauses opened by one of `links` ("if I hurt you", "when I was there") are left out.
        """
        if self._acts is None:
            self._acts = self._all_act_clauses()
        return [(start, end, specific) for start, end, specific, link in self._acts if link not in links]

    def _all_act_clauses(self) -> list[tuple[int, int, bool, str]]:
        found = []
        for clause in self.r.clauses:
            if clause.subject != "i":
                continue
            verb = self._act_verb(clause)
            if verb is None:
                continue
            start, end, omitted = verb
            body = self.text[clause.start : clause.end]
            if self.mentioned(start) or self.question(start):
                continue
            if omitted and re.search(r"\b(?:anything|any|at all)\b", self.text[end : clause.end]):
                continue  # "I didn't do anything", "I didn't spend it on anything dodgy": a denial
            word = self.text[start:end].lower()
            if any(s <= start < e for s, e in self.reported):
                continue  # "I said sorry about it": an apology reported
            perfect = re.search(r"(?:'ve|\bhave)\s+(?:\w+\s+)?$", self.text[clause.subject_end - 4 : start], re.I)
            harm = verb_lemma(word) in HARM_VERBS
            if perfect and not harm:
                continue  # "I've deleted the apps": what has changed since, not the act
            if not omitted and not harm and not re.search(r"\b(?:you|your|yours|yourself)\b", body, re.I):
                continue  # "I danced with some people": an act, but nothing done to them
            specific = not GENERIC_ACTS.match(self.text, start)  # "I hurt you" names nothing; "I lied" does
            found.append((start, clause.end, specific, clause.link))
        return found

    def _act_verb(self, clause: Clause) -> tuple[int, int, bool] | None:
        """The past act verb after "I" in the clause (start, end, omitted), if it has one."""
        starts = [clause.subject_end] + [
            clause.subject_end + m.end() for m in re.finditer(r"\b(?:i|i've|i'd)\b", self.text[clause.subject_end : clause.end], re.I)
        ]
        for origin in dict.fromkeys(starts):
            verb = self._verb_after(origin, clause.end)
            if verb is not None:
                return verb
        return None

    def _verb_after(self, origin: int, end: int) -> tuple[int, int, bool] | None:
        omitted = emphatic = False
        for w in list(_WORDS.finditer(self.text, origin, end))[:8]:
            word = w.group().lower()
            if word in _AUX or word in _PERFECT:
                continue
            if word in _MODALS:
                return None  # "I never would have said it": not something done
            if word in _SORRY_THAT:
                omitted = False
                continue  # "I'm so sorry that I ...": the act comes after
            if word in {"didn't", "never", "hadn't", "haven't"} or (word == "not" and emphatic):
                omitted, emphatic = True, False
                continue
            if word == "did":
                emphatic = not omitted
                continue
            start, stop = w.start(), w.end()
            plain = word.isalpha() and word.isascii() and not word.endswith("ing") and verb_lemma(word) not in _NOT_DONE
            if is_act(word) or ((omitted or emphatic) and plain):
                return start, stop, omitted  # "I did go to the party", "I didn't call"
            return None
        return None


_MODALS = frozenset({"would", "could", "should", "might", "must", "will", "can", "shall", "'ll", "may", "wouldn't",
                     "couldn't", "shouldn't", "won't", "can't", "cannot"})
_SORRY_THAT = frozenset({"sorry", "so", "truly", "very", "deeply", "am", "that", "i", "i've", "i'd", "i'm", "regret",
                         "apologise", "apologize", "ashamed"})
_NOT_DONE = frozenset({"mean", "think", "know", "want", "realise", "realize", "see", "expect", "care", "feel", "intend",
                       "plan", "understand", "believe", "have", "be", "need", "like", "ask", "deserve", "do", "say",
                       "regret", "apologise", "apologize", "hear", "notice", "wish", "get", "try", "remember"})  # fmt: skip


def _finding(rule: str, draft: _Draft, span: tuple[int, int]) -> Finding:
    return Finding(rule, draft.r.span(span), MESSAGES[rule], _S43 if rule != "pleading" else ("S4.3", "S2.3"))


_RELATIVE = re.compile(r"\b(?:a|an|the|some|any|every|that|this|those|these) (?:\w+ ){1,2}(?:that |which )?$", re.I)


def _owned_sentences(draft: _Draft) -> set[int]:
    return {draft.r.sentence_at(start) for start, _end, _specific in draft.owned}


def _conditional(draft: _Draft) -> list[Finding]:
    found = [m.span() for m in P.CONDITIONAL.finditer(draft.text) if not draft.negated(m) and not draft.mentioned(m.start())]
    apology_sentences = {draft.r.sentence_at(m.start()) for m in draft.apologies} | {
        draft.r.sentence_at(m.start()) for m in P.APOLOGY.finditer(draft.text)
    }
    denial_sentences = {draft.r.sentence_at(m.start()) for m in P.DENIALS.finditer(draft.text)}
    for clause in draft.r.clauses:
        body = draft.text[clause.start : clause.end]
        if clause.link != "if" or P.IF_THEIR_CHOICE.match(body) or not P.IF_HARM.search(body, 2):
            continue
        hurt = re.search(r"hurt|upset|offen|bother|pain|distress|embarrass|wound|harm", body, re.I)
        if clause.sentence in denial_sentences or not (clause.sentence in apology_sentences or hurt):
            continue
        found.append((clause.start, clause.end))
    return [_finding("conditional", draft, span) for span in found]


def _blames_feelings(draft: _Draft) -> list[Finding]:
    return [_finding("blames_feelings", draft, m.span()) for m in draft.feelings]


def _passive(draft: _Draft) -> list[Finding]:
    owned = _owned_sentences(draft)
    found = []
    for m in P.PASSIVE.finditer(draft.text):
        head = m.group("subject").split()[-1].lower()
        participle = m.group("participle").lower()
        if head in {"i", "you", "we", "he", "she", "they", "u", "me", "who", "there", "i'm", "you're", "she's", "he's"}:
            continue
        used = participle == "used" and not re.match(r"\s+to\b", draft.text[m.end() :])  # "the money got used", not "got used to"
        if participle in P.NOT_PARTICIPLES and participle not in P.PASSIVE_ACTS and not used:
            continue
        lemma = verb_lemma(participle)
        stems = {lemma, participle[:-1], participle[:-2]}
        if not (participle in P.PASSIVE_ACTS or " " in participle or lemma in HARM_VERBS or stems & P.PASSIVE_VERBS):
            continue  # "the flat was booked": a passive, but not of something done to them
        if re.match(r"\s+by (?:me|myself|i)\b", draft.text[m.end() :], re.I) or draft.mentioned(m.start()):
            continue
        start = m.start("subject") + len(m.group("subject")) - len(head)
        found.append((start, m.end()))
    found += [m.span() for m in P.PASSIVE_EVENTS.finditer(draft.text) if not draft.mentioned(m.start()) and not draft.negated(m)]
    return [_finding("passive", draft, s) for s in found if draft.r.sentence_at(s[0]) not in owned]


def _corrected(draft: _Draft, pos: int) -> bool:
    """A past belief the writer corrects: "I thought it was harmless at the time, but I can see now it was cruel"."""
    end = draft.r.sentences[draft.r.sentence_at(pos)][1] if draft.r.sentences else len(draft.text)
    return bool(_CORRECTION.search(draft.text, pos, end))


_CORRECTION = re.compile(r"\b(?:but|and) (?:i (?:can )?(?:see|know|realise|realize|understand)(?: now)?|now i (?:see|know|realise|realize))\b", re.I)


def _neutralised(draft: _Draft, pos: int) -> bool:
    """An excuse the writer sets aside: quoted, corrected, or next to owning the choice ("but that's no excuse, I chose it")."""
    if draft.mentioned(pos) or _corrected(draft, pos):
        return True
    here = draft.r.sentence_at(pos)
    owning = [m for m in P.OWNING.finditer(draft.text) if draft._counts(m) and _OWNS_CHOICE.search(m.group())]
    for m in draft.choices + owning:
        there = draft.r.sentence_at(m.start())
        if here - 1 <= there <= here + 2 and not re.match(r"[\s,]*(?:but|however|though|still)\b", draft.text[m.end() :], re.I):
            return True
    return False


# Owning that sets a reason aside: fault, blame, a choice, "that was cruel of me" (not "I was short with you").
_OWNS_CHOICE = re.compile(r"^(?:that|it|this|which) (?:was|is) |fault|responsib|on me|blame|mine|my doing|choice|chose|excuse|coward|of me|should|shouldn't|"
                          r"to do|wrong|inexcusable|unacceptable|unforgivable|belongs to me|i did it|it was me|i own|i admit", re.I)


def _excuses(draft: _Draft) -> list[Finding]:
    found = []
    for m in P.EXCUSES.finditer(draft.text):
        if draft.negated(m) or draft.in_if(m.start()) or _neutralised(draft, m.start()):
            continue
        if re.fullmatch(r"(?:it|things|everything|that|this) \w+", m.group(), re.I) or (
            re.fullmatch(r"(?:work|life) \w+", m.group(), re.I)
            and re.search(r"\b(?:you|i|we|they|he|she|to)\s+$", draft.text[max(0, m.start() - 6) : m.start()], re.I)
        ):
            continue  # "I took it hard", "you work hard": a verb, not "it was hard", "work's been hard"
        if _RELATIVE.search(draft.text, max(0, m.start() - 30), m.start()) and re.match(r"i (?:didn't|did not|never) (?:mean|meant|intend)", m.group(), re.I):
            continue  # "a proposal I never meant to make": the intent belongs to the thing named, not an excuse for the act
        found.append(m.span())
    return [_finding("excuse", draft, s) for s in found]


def _blame_shift(draft: _Draft) -> list[Finding]:
    found = [
        m.span() for m in P.BLAME_SHIFT.finditer(draft.text)
        if not draft.negated(m) and not draft.mentioned(m.start()) and not _reported_feeling(draft, m.start())
    ]  # fmt: skip
    for hedge in P.HEDGES.finditer(draft.text):
        target = _clause_after(draft, hedge)
        if target is None:
            continue
        head = re.match(r"[\s,]*(?:[\w']+[\s,]+){0,4}?(?:you|you're|you'd|you've|you'll)\b", draft.text[hedge.end() : target.end], re.I)
        if head is None:
            continue  # "your grants always get funded": about theirs, not a charge against them
        body = draft.text[target.start : target.end]
        if P.HARM_DONE.search(body) or draft.r.negated(target.end) or draft.mentioned(target.start):
            continue
        if re.match(r"\s*to\b", draft.text[hedge.end() + head.end() :]) or re.search(
            r"\b(?:want|need|ask|asked|tell|told|let|thank|love|miss|owe|for|with|to)\W+(?:you|you're|you'd|you've|you'll)$", head.group(), re.I
        ):
            continue  # "Still, I want you to know I understand": "you" as the object, not a charge against them
        if not re.search(r"\byou(?:'re| are| were) right\b|\byou (?:deserve|mean)", body, re.I):
            found.append((target.start, target.end))
    return [_finding("blame_shift", draft, s) for s in found]


def _reported_feeling(draft: _Draft, pos: int) -> bool:
    """ "I made you feel you were nagging": what the writer made them feel, not a charge against them."""
    return bool(re.search(r"\b(?:feel|felt|think|thought|believe|believed|as if|like)\s*$", draft.text[max(0, pos - 25) : pos], re.I))


def _clause_after(draft: _Draft, hedge: re.Match[str]) -> Clause | None:
    """The clause a hedge opens: its own, or the next one when the hedge stands alone ("That said, ...")."""
    index = draft.r.clause_index(hedge.start())
    clauses = draft.r.clauses
    if not clauses:
        return None
    clause = clauses[index]
    if len(re.findall(r"[\w']+", draft.text[hedge.end() : clause.end])) >= 2:
        return clause
    if index + 1 < len(clauses) and clauses[index + 1].sentence == clause.sentence:
        return clauses[index + 1]
    return None


def _minimizing(draft: _Draft, pleads: list[tuple[int, int]]) -> list[Finding]:
    found = []
    for m in P.MINIMIZING.finditer(draft.text):
        if draft.negated(m) or draft.mentioned(m.start()) or any(s <= m.start() < e for s, e in pleads):
            continue
        if re.search(r"\b(?:like|as if|as though)\s+$", draft.text[max(0, m.start() - 12) : m.start()], re.I):
            continue  # "I brushed it off like it was nothing": how I treated it, not a claim
        if _corrected(draft, m.start()):
            continue  # "I thought it was harmless, but I can see now it was cruel"
        here = draft.r.sentence_at(m.start())
        nearby = " ".join(draft.r.sentence_text(i) for i in (here, here + 1, here + 2))
        if _KEEPS_SMALL.search(nearby):
            continue  # "it might look small, but it wasn't"
        found.append(m.span())
    return [_finding("minimizing", draft, s) for s in found]


def _denials(draft: _Draft) -> tuple[list[Finding], list[Finding]]:
    """Denials ("none of it was down to me"), and partial ones ("it wasn't all on me"), which shift blame."""
    found = [m.span() for m in P.DENIALS.finditer(draft.text) if not draft.mentioned(m.start())]
    partial = []
    owner = r"\b(?:my fault|down to me|(?:was|is|'s|were|be|being|lands|falls|rests)\s+(?:\w+\s+){0,2}?on me|my (?:doing|responsibility|decision|problem)|mine to (?:answer for|carry))\b"
    for m in re.finditer(owner, draft.text, re.I):
        if not (draft.r.negated(m.start()) or draft._raised(m.start())) or draft.mentioned(m.start()):
            continue
        around = draft.text[max(0, m.start() - 25) : m.end() + 12]
        if re.search(r"(?:\bnot|n't) (?:only|just|all|entirely|completely|100%|fully|solely)\b", around, re.I):
            partial.append(m.span())  # "it wasn't all on me": some of it was theirs
        elif not re.search(r"\bnot yours\b|\bnot on you\b", around, re.I):
            found.append(m.span())
    return [_finding("no_responsibility", draft, s) for s in found], [_finding("blame_shift", draft, s) for s in partial]


def _pleading(draft: _Draft) -> list[Finding]:
    return [_finding("pleading", draft, s) for s in pleading_spans(draft.r) if not draft.mentioned(s[0])]


def _buts(draft: _Draft, defences: list[Finding]) -> list[Finding]:
    """A hedge after an apology or an admission, in its sentence or the next; or a defence told right after it."""
    found = []
    feelings = [m.span() for m in draft.feelings]
    anchors = [(m.start(), m.end(), any(s <= m.start() < e + 1 for s, e in feelings)) for m in draft.apologies]
    if not any(f.rule == "no_responsibility" for f in defences):
        anchors += [(start, end, False) for start, end, _specific in draft.owned]
    for start, end, about_feelings in sorted(anchors):
        limit = _hedge_limit(draft, start)
        hedges = [h for h in P.HEDGES.finditer(draft.text, end, limit) if _hedges(draft, h, defences)]
        if hedges:
            found.append(_finding("but", draft, hedges[0].span()))
            continue
        rules = _DEFENCES | ({"excuse"} if about_feelings else set())  # "sorry you feel that way; I did my best"
        first, last = draft.r.span((end, end))[0], draft.r.span((limit, limit))[0]
        defence = [
            f for f in defences
            if f.rule in rules and first <= f.span[0] < last and not _shared(draft, f) and (f.rule != "excuse" or _effort(draft, f))
        ]  # fmt: skip
        if defence:
            found.append(Finding("but", defence[0].span, MESSAGES["but"], _S43))
    return found


def _hedge_limit(draft: _Draft, pos: int) -> int:
    """Where a hedge still answers the apology at `pos`: the end of the next sentence (one more after "I really do.")."""
    here = draft.r.sentence_at(pos)
    last = len(draft.r.sentences) - 1
    nxt = min(here + 1, last)
    if nxt > here and len(draft.r.sentence_text(nxt).split()) <= 4:
        nxt = min(nxt + 1, last)
    return draft.r.sentences[nxt][1] if draft.r.sentences else len(draft.text)


_DEFENCES = {"blame_shift", "no_responsibility"}


def _effort(draft: _Draft, finding: Finding) -> bool:
    """ "I did my best", "that was never the intent", "I didn't think it mattered": effort or intent set against their
    feeling, which takes the apology back (a circumstance told after it does not)."""
    words = draft.r.original[finding.span[0] : finding.span[1] + 30]
    return bool(re.search(r"\b(?:try|tri(?:ed|ing)|best|as much as|all i could|everything i could|what i could|intent\w*|meant|mean|"
                          r"think|thought|realis\w+|realiz\w+|know|knew)\b", words, re.I))


def _shared(draft: _Draft, finding: Finding) -> bool:
    """Blame spread over both ("on both sides", "we were both knackered"): a charge against no one, so not a hedge."""
    words = draft.r.original[finding.span[0] : finding.span[1]]
    return bool(re.search(r"\b(?:both|we|we're|we'd|we've|each other|neither)\b", words, re.I))


def _hedges(draft: _Draft, hedge: re.Match[str], defences: list[Finding]) -> bool:
    """A hedge that takes the apology back (not "but it was my fault", not a quoted one).

    A hedge that turns to owning it, to the harm done or to putting it right, with nothing
    defensive after it, keeps the apology whole ("but I want to say it properly: I lied").
    """
    follow = draft.text[hedge.end() : hedge.end() + 60].lstrip(" ,:;-")
    if P.HEDGE_KEEPS.match(follow) or draft.mentioned(hedge.start()):
        return False
    end = draft.r.sentences[draft.r.sentence_at(hedge.start())][1] if draft.r.sentences else len(draft.text)
    if any(hedge.end() <= m.start() < end for m in draft.choices):
        return False  # "but I could have gone, and I chose not to"
    return not _turns_to_owning(draft, hedge.end(), end, defences)


_TURNS = (P.HARM_DONE, P.REPAIR, P.REPENTANCE)
_DEFENSIVE = frozenset({"excuse", "blame_shift", "minimizing", "no_responsibility", "blames_feelings", "passive"})


def _turns_to_owning(draft: _Draft, start: int, end: int, defences: list[Finding]) -> bool:
    """What follows a hedge (to the end of its sentence) owns the act, names the harm or offers repair, and defends nothing."""
    first, last = draft.r.span((start, start))[0], draft.r.span((end, end))[0]
    if any(f.rule in _DEFENSIVE and first <= f.span[0] < last for f in defences):
        return False
    if any(start <= s < end for s, _e, _specific in draft.owned):
        return True
    return any(
        m and not draft.negated(m) and not draft.in_if(m.start()) for m in (pattern.search(draft.text, start, end) for pattern in _TURNS)
    )


def _parts(draft: _Draft, findings: list[Finding], pleads: list[tuple[int, int]]) -> dict[str, bool]:
    text = draft.text
    feeling_starts = [m.span() for m in draft.feelings]
    regret = any(
        not any(s <= m.start() < e + 1 for s, e in feeling_starts) and not _IF_FEELINGS.match(text, m.end())
        for m in draft.apologies
    )
    pleading = [draft.r.span(s) for s in pleads]

    def counts(pattern: re.Pattern[str], *, allow_if: bool = False) -> bool:
        for m in pattern.finditer(text):
            if draft.negated(m) or draft.mentioned(m.start()) or (not allow_if and draft.in_if(m.start())):
                continue
            if any(s <= m.start() < e for s, e in feeling_starts):
                continue  # "sorry that the photos hurt you": sorry about their feeling, not owning the harm
            span = draft.r.span(m.span())
            if any(s < span[1] and span[0] < e for s, e in pleading):
                continue
            return True
        return False

    excuse_spans = [f.span for f in findings if f.rule in {"excuse", "blame_shift"}]
    explanation = any(
        not any(s < draft.r.span(m.span())[1] and draft.r.span(m.span())[0] < e for s, e in excuse_spans)
        for m in P.EXPLANATION.finditer(text)
        if not draft.negated(m) and not draft.in_if(m.start())
    )
    return {
        "regret": regret,
        "explanation": explanation,
        "responsibility": bool(draft.owned),
        "repentance": counts(P.REPENTANCE),
        "repair": counts(P.REPAIR, allow_if=True),
        "forgiveness": counts(P.FORGIVENESS, allow_if=True),
        "acknowledges_harm": counts(P.HARM_DONE),
    }


def _vague(draft: _Draft, parts: dict[str, bool]) -> list[Finding]:
    """`vague` when there is an apology but nothing specific is named or owned.

    Two ways: the apology's object names nothing ("sorry for everything", "for my part in it")
    and no act is owned anywhere; or nothing in the text says what happened at all.
    """
    named_acts = draft._act_clauses(frozenset())
    specific = any(specific for _s, _e, specific in draft.owned + named_acts) or _events_named(draft) or _gerund_act(draft)
    reported = [m for m in P.REPORTED_APOLOGY.finditer(draft.text)]
    if specific or not (draft.apologies or reported or any(P.FORGIVENESS.finditer(draft.text))):
        return []
    objects = [(m, _object(draft, m)) for m in draft.apologies]
    for m, named in objects:
        if named is not None and _generic(named):
            return [_finding("vague", draft, m.span())]
    if _tells_what(draft):
        return []
    for m, named in objects:
        after = draft.text[m.end() : m.end() + 90]
        if named is not None or re.match(r"\s*(?:that\s+)?i\s+\w+\s+\w+", after, re.I):
            return []  # "sorry about your birthday", "sorry I was a bit jealous": it says what
        sentence = draft.r.sentence_text(draft.r.sentence_at(m.start()))
        if ACT_NOUNS.search(sentence) and not P.OCCASION_ONLY.search(sentence):
            return []  # "sorry you took the joke so personally": the joke is named
    anchor = (draft.apologies or reported)[0].span() if draft.apologies or reported else (0, len(draft.text))
    return [_finding("vague", draft, anchor)]


def _object(draft: _Draft, apology: re.Match[str]) -> str | None:
    """What an apology is for ("sorry for <object>"), if it says."""
    named = re.match(r"\s*(?:\w+\s+)?(?:for|about|over|regarding)\s+([^.!?,;]+)", draft.text[apology.end() : apology.end() + 90], re.I)
    return named.group(1) if named else None


def _generic(words: str) -> bool:
    """ "everything", "the whole thing with the dog", "what I said": no act in it."""
    words = words.strip()
    if P.OCCASION_ONLY.search(words):
        return True
    return bool(P.GENERIC_OBJECTS.match(words))


def _tells_what(draft: _Draft) -> bool:
    """Some clause says, in the first person, what happened ("I forgot the day", "I was at the pub")."""
    for clause in draft.r.clauses:
        if clause.subject != "i" or draft.mentioned(clause.start):
            continue
        body = draft.text[clause.start : clause.end]
        if _SOMEWHERE_ELSE.search(body) and not draft.r.negated(clause.end):
            return True  # "while I was at the pub": where the writer was instead
        if GENERIC_ACTS.search(body) and len(body.split()) < 8:
            continue  # "I messed up": names nothing
        for w in re.finditer(r"[\w']+", body):
            word = w.group().lower()
            if is_past(word) and verb_lemma(word) not in _STATES and len(body.split()) >= 4:
                return True
    return False


_SOMEWHERE_ELSE = re.compile(r"\bi (?:was|were) (?:out |off |still |already )?(?:at|in|down|with) (?:the|a|my|his|her|their|some|a mate's|work)\b", re.I)
_STATES = frozenset({"be", "have", "feel", "think", "know", "want", "hope", "wish", "mean", "need", "guess", "believe",
                     "try", "do", "say", "get", "mess", "screw", "hurt", "let", "make", "fail", "apologise", "apologize",
                     "realise", "realize", "understand", "love", "miss", "regret", "deserve"})


def _gerund_act(draft: _Draft) -> bool:
    """An act named as a verb of harm in -ing with its object: "cancelling your birthday plans", "reading your diary"."""
    for m in _GERUND.finditer(draft.text):
        lemma = verb_lemma(m.group(1))
        if lemma in HARM_VERBS and lemma not in _PLAIN_VERBS and not draft.negated(m) and not draft.mentioned(m.start()):
            return True
    return False


# Verbs of harm too plain to name an act on their own ("sending you love", "giving you space").
_PLAIN_VERBS = frozenset({"send", "give", "keep", "take", "make", "do", "say", "tell", "go", "put", "let", "bring", "talk",
                          "speak", "open", "look", "ring", "text", "stay", "pick", "treat", "act", "decide", "choose", "use",
                          "move", "turn", "switch", "sign", "book", "follow", "check", "search", "call", "show", "share",
                          "forward", "walk", "run", "drive", "cover", "stand", "drop", "spend", "leave", "miss"})  # fmt: skip
_GERUND = re.compile(r"\b([a-z]{3,}ing) (?:your|you|ur|my|our|her|his|their|the|that|those|them|a|an)\b(?! (?:way|feeling|time))", re.I)


def _events_named(draft: _Draft) -> bool:
    """A concrete harm told in the third person ("the necklace ended up broken", "the forms did not get submitted")."""
    for m in P.PASSIVE.finditer(draft.text):
        words = m.group("subject").lower().split()
        if words and words[-1] in _GENERIC_SUBJECTS or m.group("participle").lower() in {"had", "made", "said", "done", "given"}:
            continue
        return True
    return False


_GENERIC_SUBJECTS = frozenset({
    "i", "you", "we", "it", "things", "stuff", "that", "this", "what", "everything", "feelings", "mistakes", "errors",
    "trust", "lines", "words", "there", "he", "she", "they", "decisions", "damage", "hurt", "pain", "harm", "all",
    "who", "which", "something", "anything", "some", "lot", "few",
})  # fmt: skip


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


def check_apology(text: str) -> ApologyReport:
    """Check an apology draft: a transparent rule-based guide for English text, not a verdict.

    :param text: the draft, any length and any characters
    :return: findings (`but`, `conditional`, `blames_feelings`, `passive`, `excuse`, `blame_shift`,
        `minimizing`, `vague`, `no_responsibility`, `pleading`), the seven parts (Lewicki et al.
        2016's six and Schumann 2014's `acknowledges_harm`), a 0-100 score and suggestions
    """
    text = str(text or "")
    reading = read(text)
    if not re.search(r"\w", reading.text):
        return ApologyReport(text, [], {name: False for name in PARTS}, 0, [])
    draft = _Draft(reading)
    pleads = [s for s in pleading_spans(reading) if not draft.mentioned(s[0])]
    findings = (
        _conditional(draft) + _blames_feelings(draft) + _passive(draft) + _excuses(draft) + _blame_shift(draft)
        + _minimizing(draft, pleads) + sum(_denials(draft), []) + [_finding("pleading", draft, s) for s in pleads]
    )  # fmt: skip
    findings += _buts(draft, findings)
    parts = _parts(draft, findings, pleads)
    findings += _vague(draft, parts)
    findings = [f for f in dedupe(findings) if f.span[1] > f.span[0]]
    return ApologyReport(text, findings, parts, _score(parts, findings), _suggestions(findings, parts))
