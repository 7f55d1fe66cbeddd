"""What a good apology says: the seven parts (Lewicki et al. 2016's six, Schumann 2014's seventh)
and whether the apology names what was done (the `vague` finding).
"""

from __future__ import annotations

import re

from . import apology_flaw_phrases as F
from . import apology_phrases as P
from .apology_draft import _PLAIN_VERBS, Draft, _generic
from .apology_flaws import _finding
from .lexicon import ACT_NOUNS, GENERIC_ACTS, HARM_VERBS, is_past, verb_lemma
from .text import Finding

# "sorry if you were upset": a sorry about their feelings, so not regret (docs/guide-engine.md).
_IF_FEELINGS = re.compile(r"\s*,?\s*(?:if|that)\s+(?:you|u)(?:'re| are| were| was| felt| feel| got| get|'ve been| have been)\s+(?:\w+\s+)?"
                          r"(?:upset|hurt|offended|bothered|sad|angry|embarrassed|uncomfortable|disappointed)", re.I)


def _parts(draft: Draft, findings: list[Finding], pleads: list[tuple[int, int]]) -> dict[str, bool]:
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


def _vague(draft: Draft, parts: dict[str, bool]) -> list[Finding]:
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


def _object(draft: Draft, apology: re.Match[str]) -> str | None:
    """What an apology is for ("sorry for <object>"), if it says."""
    named = re.match(r"\s*(?:\w+\s+)?(?:for|about|over|regarding)\s+([^.!?,;]+)", draft.text[apology.end() : apology.end() + 90], re.I)
    return named.group(1) if named else None




def _tells_what(draft: Draft) -> bool:
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


def _gerund_act(draft: Draft) -> bool:
    """An act named as a verb of harm in -ing with its object: "cancelling your birthday plans", "reading your diary"."""
    for m in _GERUND.finditer(draft.text):
        lemma = verb_lemma(m.group(1))
        if lemma in HARM_VERBS and lemma not in _PLAIN_VERBS and not draft.negated(m) and not draft.mentioned(m.start()):
            return True
    return False


_GERUND = re.compile(r"\b([a-z]{3,}ing) (?:your|you|ur|my|our|her|his|their|the|that|those|them|a|an)\b(?! (?:way|feeling|time))", re.I)


def _events_named(draft: Draft) -> bool:
    """A concrete harm told in the third person ("the necklace ended up broken", "the forms did not get submitted")."""
    for m in F.PASSIVE.finditer(draft.text):
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


