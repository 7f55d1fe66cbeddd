"""What an apology names: the object of each "sorry" and whether the text names an act anywhere.

`vague` (DEFINITIONS.md in tests/data/corpora) is about *what* the apology is for: "sorry for
everything", "sorry about Saturday" (an occasion without the act) and "sorry I said what I said"
name nothing, where "sorry for not calling back" and "sorry I read your messages" do. A model of
words sees "Saturday" and "messages" wherever they stand; these features say where they stand.
They are read for the learned reading (`learned`, `apology.features`) as "o:" features, which
every label's model sees (they are the text read the kit's way, not a rule's answer):

- the object of each apology (`_object_kinds`): nothing ("o:bare"), an "if" ("o:if"), "for/about"
  with an act in -ing ("o:act-ing", "o:act-harm" for a verb of harm), an omission ("o:act-not"),
  a character ("o:being"), a "what/how" clause ("o:wh", "o:wh-i"), an occasion ("o:occasion"), a
  generic object ("o:generic"), another noun ("o:np", with its head word, "o:head:car"); "sorry
  (that) I ..." ("o:i", its verb "o:iv:say", "o:i-generic", "o:i-state", "o:i-act"), "sorry you
  ..." ("o:you", "o:you-feel"), an outcome ("o:outcome": "sorry it ended like this");
- whether the text names an act at all, as the `vague` rule reads it (`_named`): an act owned
  specifically ("o:own-specific") or only in general ("o:own-generic"), a first-person act clause
  ("o:act-clause"), a harm told in the third person ("o:events"), an act in -ing ("o:gerund"), a
  first-person telling of what happened ("o:tells"), or none of these ("o:nothing-named").

Introduced in round 12 (docs/guide-quality.md, "What changed in round 12").
"""

from __future__ import annotations

import re

from .apology_draft import Draft, _generic
from .apology_parts import _events_named, _gerund_act, _tells_what
from .lexicon import ACT_NOUNS, GENERIC_ACTS, HARM_VERBS, is_past, verb_lemma

__all__ = ["naming"]

# Words between "sorry" and what it is for: "sorry (so so) (again) for ...".
_FILLER = re.compile(r"(?:\s*,?\s*\b(?:so|really|truly|deeply|very|genuinely|honestly|again|too|also|though|tho|babe|mate)\b)*", re.I)
_WORD = re.compile(r"[a-z']+")
_END = re.compile(r"[.!?;\n]")
# An occasion or a stretch of time: "sorry about Saturday", "for the thing at the wedding".
_OCCASION = re.compile(
    r"\b(?:night|nights|day|days|weekend|morning|evening|yesterday|today|tonight|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|christmas|xmas|easter|new year|anniversary|birthday|bday|party|wedding|funeral|trip|"
    r"holiday|do|thing|stuff|incident|situation|episode|business|mix-up|mixup|misunderstanding|confusion|week|month|"
    r"year|summer|lately|recently|earlier|before|then)\b",
    re.I,
)  # fmt: skip
_FEELING = re.compile(r"\b(?:feel|felt|feeling|feelings|upset|hurt|offended|offence|offense|sad|angry|disappointed|"
                      r"uncomfortable|bothered|embarrassed)\b", re.I)  # fmt: skip
_OUTCOME = re.compile(r"(?:it|things|we|everything|the marriage|our marriage|the relationship|us|this)\b", re.I)
_STATE = frozenset({"was", "were", "am", "i'm", "been", "is", "be", "being"})
_NOT_HEAD = frozenset({"the", "my", "that", "this", "your", "ur", "our", "last", "a", "an", "those", "these", "whole",
                       "what", "on", "at"})  # fmt: skip
# Words in -ing that are not verbs: "sorry for everything" names no act.
_NOT_GERUNDS = frozenset({"morning", "evening", "wedding", "ring", "king", "spring", "sibling", "darling", "pudding",
                          "ceiling", "during", "ping", "bling", "sing", "bring", "sting", "swing", "wing", "string"})  # fmt: skip
_ACT_NAMED = frozenset({"o:own-specific", "o:act-clause", "o:events", "o:gerund", "o:tells"})


def naming(draft: Draft) -> set[str]:
    """The "o:" features of a draft: what each apology is for, and whether an act is named anywhere."""
    found: set[str] = set()
    for apology in draft.apologies:
        found.update(_object_kinds(draft.text, apology.end()))
    if not draft.apologies:
        found.add("o:no-apology")
    found |= _named(draft)
    return found


def _named(draft: Draft) -> set[str]:
    found = set()
    if any(specific for _s, _e, specific in draft.owned):
        found.add("o:own-specific")
    elif draft.owned:
        found.add("o:own-generic")
    if any(specific for _s, _e, specific in draft._act_clauses(frozenset())):
        found.add("o:act-clause")
    if _events_named(draft):
        found.add("o:events")
    if _gerund_act(draft):
        found.add("o:gerund")
    if _tells_what(draft):
        found.add("o:tells")
    if not found & _ACT_NAMED:
        found.add("o:nothing-named")
    return found


def _object_kinds(text: str, end: int) -> list[str]:
    """What the apology ending at `end` is for, read from the rest of its sentence."""
    rest = text[end : end + 160]
    rest = rest[_FILLER.match(rest).end() :]
    stop = _END.search(rest)
    said = (rest[: stop.start()] if stop else rest).strip().lstrip(",").strip().lower()
    if not said or said.startswith(("but ", "though", "ok", "xx", "x ")) or not _WORD.match(said):
        return ["o:bare"]
    if said.startswith(("if ", "in case", "should ")):
        return ["o:if"]
    if named := re.match(r"(?:for|about|over|regarding|re|of)\s+(.*)", said):
        return _thing_kinds(named.group(1))
    said = re.sub(r"^that\s+", "", said)
    if said.startswith(("i ", "i'", "im ")):
        return _clause_kinds(_WORD.findall(said), said)
    if said.startswith(("you", "u ", "your", "ur ")):
        return ["o:you"] + (["o:you-feel"] if _FEELING.search(said) else [])
    if _OUTCOME.match(said):
        return ["o:outcome"]
    if said.startswith("to "):
        return ["o:to"]
    if said.startswith(("and ", "&")):
        return ["o:and"]
    return ["o:other"]


def _thing_kinds(named: str) -> list[str]:
    """ "sorry for <named>": an act in -ing, an omission, a character, a what-clause, an occasion, a noun."""
    words = _WORD.findall(named)
    if not words:
        return ["o:bare"]
    if words[0] in {"not", "never", "ignoring"} or words[0].endswith("n't"):
        return ["o:act-not"]
    kinds = ["o:generic"] if _generic(named) else []
    if words[0] in {"being", "having"}:
        return [*kinds, "o:being"] + (["o:being-long"] if len(words) >= 4 else [])
    if _gerund(words[0]):
        kinds.append("o:act-ing")
        if verb_lemma(words[0]) in HARM_VERBS:
            kinds.append("o:act-harm")
        if len(words) >= 3:
            kinds.append("o:act-long")
        return kinds
    if re.match(r"(?:what|how|the way|the things|everything)\b", named):
        kinds.append("o:wh")
        if re.search(r"\bi\b", named):
            kinds.append("o:wh-i")
        if len(words) >= 5:
            kinds.append("o:wh-long")
        return kinds
    if words[0] in {"any", "anything", "all"}:
        return [*kinds, "o:any"]
    if ACT_NOUNS.search(named):
        kinds.append("o:act-noun")
    if _OCCASION.search(" ".join(words[:4])):
        kinds.append("o:occasion")
    if len(words) <= 3:
        kinds.append("o:short")
    if any(is_past(w) or w.endswith("ing") for w in words[1:]):
        kinds.append("o:np-verb")
    if head := next((w for w in words if w not in _NOT_HEAD), ""):
        kinds.append("o:head:" + (head[:-1] if head.endswith("s") and not head.endswith("ss") else head))  # "texts": text
    return [*kinds, "o:np"]


def _gerund(word: str) -> bool:
    """ "reading", "lying", "ignoring": a verb in -ing (not "everything", "morning")."""
    return word.endswith("ing") and not word.endswith("thing") and word not in _NOT_GERUNDS and verb_lemma(word) != word


def _clause_kinds(words: list[str], said: str) -> list[str]:
    """ "sorry (that) I <verb> ...": its verb, and whether it names an act, a state or nothing."""
    kinds = ["o:i"]
    if words[1:2]:
        kinds.append("o:iv:" + verb_lemma(words[1]))
    if GENERIC_ACTS.match(said) or re.match(r"i (?:said|did) what i", said) or re.match(r"i (?:hurt|upset) you\b", said):
        kinds.append("o:i-generic")
    if words[1:2] and (words[1] in _STATE or words[0] in {"i'm", "im"}):
        kinds.append("o:i-state")
    elif len(words) >= 4:
        kinds.append("o:i-act")
    if len(words) >= 7:
        kinds.append("o:i-long")
    return kinds
