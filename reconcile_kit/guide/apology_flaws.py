"""What undoes an apology (S4.3): the workbench's findings and the words that explain them.

Each finding reads the draft (`apology_draft.Draft`): conditional, sorry for their feelings,
passive, excuses, blame put on them, minimising, denial, pleading, and the "but" that takes an
apology back. `MESSAGES` says each in plain words; `guide.apology` scores and lists them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import apology_flaw_phrases as F
from . import apology_phrases as P
from .apology_draft import Draft
from .clauses import Clause
from .lexicon import HARM_VERBS, verb_lemma
from .pressure import pleading_spans
from .text import Finding

_S43 = ("S4.3",)
_KEEPS_SMALL = re.compile(
    r"\b(?:it|that|this|which)(?:'s| is| was)?(?:n't| not| no)\s+(?:\w+\s+)?(?:small|nothing|minor|just a|only a|little|a small)\b|"
    r"\bbut (?:it|that) (?:wasn't|isn't|was not|is not)\b(?!\s+\w+)|"
    r"\bno, it was not\b|\bnot small\b|\b(?:isn't|aren't|wasn't|is not|are not) (?:the point|small)\b|\bthe point is\b",
    re.I,
)
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




def _finding(rule: str, draft: Draft, span: tuple[int, int]) -> Finding:
    return Finding(rule, draft.r.span(span), MESSAGES[rule], _S43 if rule != "pleading" else ("S4.3", "S2.3"))


_RELATIVE = re.compile(r"\b(?:a|an|the|some|any|every|that|this|those|these) (?:\w+ ){1,2}(?:that |which )?$", re.I)


def _owned_sentences(draft: Draft) -> set[int]:
    return {draft.r.sentence_at(start) for start, _end, _specific in draft.owned}


def _conditional(draft: Draft) -> list[Finding]:
    found = [m.span() for m in F.CONDITIONAL.finditer(draft.text) if not draft.negated(m) and not draft.mentioned(m.start())]
    apology_sentences = {draft.r.sentence_at(m.start()) for m in draft.apologies} | {
        draft.r.sentence_at(m.start()) for m in P.APOLOGY.finditer(draft.text)
    }
    denial_sentences = {draft.r.sentence_at(m.start()) for m in F.DENIALS.finditer(draft.text)}
    for clause in draft.r.clauses:
        body = draft.text[clause.start : clause.end]
        if clause.link != "if" or F.IF_THEIR_CHOICE.match(body) or not F.IF_HARM.search(body, 2):
            continue
        hurt = re.search(r"hurt|upset|offen|bother|pain|distress|embarrass|wound|harm", body, re.I)
        if clause.sentence in denial_sentences or not (clause.sentence in apology_sentences or hurt):
            continue
        found.append((clause.start, clause.end))
    return [_finding("conditional", draft, span) for span in found]


def _blames_feelings(draft: Draft) -> list[Finding]:
    return [_finding("blames_feelings", draft, m.span()) for m in draft.feelings]


def _passive(draft: Draft) -> list[Finding]:
    owned = _owned_sentences(draft)
    found = []
    for m in F.PASSIVE.finditer(draft.text):
        head = m.group("subject").split()[-1].lower()
        participle = m.group("participle").lower()
        if head in {"i", "you", "we", "he", "she", "they", "u", "me", "who", "there", "i'm", "you're", "she's", "he's"}:
            continue
        used = participle == "used" and not re.match(r"\s+to\b", draft.text[m.end() :])  # "the money got used", not "got used to"
        if participle in F.NOT_PARTICIPLES and participle not in F.PASSIVE_ACTS and not used:
            continue
        lemma = verb_lemma(participle)
        stems = {lemma, participle[:-1], participle[:-2]}
        if not (participle in F.PASSIVE_ACTS or " " in participle or lemma in HARM_VERBS or stems & F.PASSIVE_VERBS):
            continue  # "the flat was booked": a passive, but not of something done to them
        if re.match(r"\s+by (?:me|myself|i)\b", draft.text[m.end() :], re.I) or draft.mentioned(m.start()):
            continue
        start = m.start("subject") + len(m.group("subject")) - len(head)
        found.append((start, m.end()))
    found += [m.span() for m in F.PASSIVE_EVENTS.finditer(draft.text) if not draft.mentioned(m.start()) and not draft.negated(m)]
    return [_finding("passive", draft, s) for s in found if draft.r.sentence_at(s[0]) not in owned]


def _corrected(draft: Draft, pos: int) -> bool:
    """A past belief the writer corrects: "I thought it was harmless at the time, but I can see now it was cruel"."""
    end = draft.r.sentences[draft.r.sentence_at(pos)][1] if draft.r.sentences else len(draft.text)
    return bool(_CORRECTION.search(draft.text, pos, end))


_CORRECTION = re.compile(r"\b(?:but|and) (?:i (?:can )?(?:see|know|realise|realize|understand)(?: now)?|now i (?:see|know|realise|realize))\b", re.I)


def _neutralised(draft: Draft, pos: int) -> bool:
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


def _excuses(draft: Draft) -> list[Finding]:
    found = []
    for m in F.EXCUSES.finditer(draft.text):
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


def _blame_shift(draft: Draft) -> list[Finding]:
    found = [
        m.span() for m in F.BLAME_SHIFT.finditer(draft.text)
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


def _reported_feeling(draft: Draft, pos: int) -> bool:
    """ "I made you feel you were nagging": what the writer made them feel, not a charge against them."""
    return bool(re.search(r"\b(?:feel|felt|think|thought|believe|believed|as if|like)\s*$", draft.text[max(0, pos - 25) : pos], re.I))


def _clause_after(draft: Draft, hedge: re.Match[str]) -> Clause | None:
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


def _minimizing(draft: Draft, pleading: list[tuple[int, int]]) -> list[Finding]:
    return [_finding("minimizing", draft, m.span()) for m, aside in _smallness(draft, pleading) if aside is None]


def smallness_rejected(draft: Draft) -> bool:
    """Every smallness the draft names is named to reject it ("it might look small, but it wasn't"):
    the learned reading does not add `minimizing` there (`apology._learned_finding`)."""
    if not _KEEPS_SMALL.search(draft.text):
        return False
    return all(aside is not None for _, aside in _smallness(draft, pleads(draft)))


def pleads(draft: Draft) -> list[tuple[int, int]]:
    """Where the draft pleads (`pressure.pleading_spans`), leaving out pleading it only mentions."""
    return [s for s in pleading_spans(draft.r) if not draft.mentioned(s[0])]


def _smallness(draft: Draft, pleading: list[tuple[int, int]]) -> Iterator[tuple[re.Match[str], str | None]]:
    """Each smallness the draft names (`MINIMIZING`), with why the rules set it aside (None: they do not)."""
    for m in F.MINIMIZING.finditer(draft.text):
        if draft.negated(m) or draft.mentioned(m.start()) or any(s <= m.start() < e for s, e in pleading):
            yield m, "not claimed"
        elif re.search(r"\b(?:like|as if|as though)\s+$", draft.text[max(0, m.start() - 12) : m.start()], re.I):
            yield m, "how I treated it"  # "I brushed it off like it was nothing": not a claim
        elif _corrected(draft, m.start()):
            yield m, "corrected"  # "I thought it was harmless, but I can see now it was cruel"
        elif _KEEPS_SMALL.search(_nearby(draft, m.start())):
            yield m, "rejected"  # "it might look small, but it wasn't"
        else:
            yield m, None


def _nearby(draft: Draft, pos: int) -> str:
    """The sentence of `pos` and the two after it."""
    here = draft.r.sentence_at(pos)
    return " ".join(draft.r.sentence_text(i) for i in (here, here + 1, here + 2))


def _denials(draft: Draft) -> tuple[list[Finding], list[Finding]]:
    """Denials ("none of it was down to me"), and partial ones ("it wasn't all on me"), which shift blame."""
    found = [m.span() for m in F.DENIALS.finditer(draft.text) if not draft.mentioned(m.start())]
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


def _pleading(draft: Draft) -> list[Finding]:
    return [_finding("pleading", draft, s) for s in pleading_spans(draft.r) if not draft.mentioned(s[0])]


def _buts(draft: Draft, defences: list[Finding]) -> list[Finding]:
    """A turning word ("but", "though", "that said" ...) after an apology or an admission, in its
    sentence or the next, that takes it back. A defence told with no turning word is its own finding
    (`blame_shift`, `excuse` ...), not a `but` (DEFINITIONS.md: `but` is a turn; its note speaks of one)."""
    found = []
    anchors = [(m.start(), m.end()) for m in draft.apologies]
    if not any(f.rule == "no_responsibility" for f in defences):
        anchors += [(start, end) for start, end, _specific in draft.owned]
    for start, end in sorted(anchors):
        hedges = [h for h in P.HEDGES.finditer(draft.text, end, _hedge_limit(draft, start)) if _hedges(draft, h, defences)]
        if hedges:
            found.append(_finding("but", draft, hedges[0].span()))
    return found


def _hedge_limit(draft: Draft, pos: int) -> int:
    """Where a hedge still answers the apology at `pos`: the end of the next sentence (one more after "I really do.")."""
    here = draft.r.sentence_at(pos)
    last = len(draft.r.sentences) - 1
    nxt = min(here + 1, last)
    if nxt > here and len(draft.r.sentence_text(nxt).split()) <= 4:
        nxt = min(nxt + 1, last)
    return draft.r.sentences[nxt][1] if draft.r.sentences else len(draft.text)


def _hedges(draft: Draft, hedge: re.Match[str], defences: list[Finding]) -> bool:
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


def _turns_to_owning(draft: Draft, start: int, end: int, defences: list[Finding]) -> bool:
    """What follows a hedge (to the end of its sentence) owns the act, names the harm or offers repair, and defends nothing."""
    first, last = draft.r.span((start, start))[0], draft.r.span((end, end))[0]
    if any(f.rule in _DEFENSIVE and first <= f.span[0] < last for f in defences):
        return False
    if any(start <= s < end for s, _e, _specific in draft.owned):
        return True
    return any(
        m and not draft.negated(m) and not draft.in_if(m.start()) for m in (pattern.search(draft.text, start, end) for pattern in _TURNS)
    )


