"""Pressure in a message: pleading (begging, ultimatums, desperation) and anger, for drafts and apologies.

Both read the normalised text of `clauses.read` (texting style already plain). Pleading has
strong cues, any one of which is enough ("I'm begging you", "I can't live without you", "either
you answer by Sunday or ..."), and weak ones that count only in twos ("please", "I'll do anything",
"I swear"). A cue inside a negation ("I won't beg") or a respectful opt-out ("if you'd rather
not, no worries") does not count.
"""

from __future__ import annotations

import re

from .clauses import Reading
from .phrases import alternatives

__all__ = ["pleading_spans", "anger_spans", "OPT_OUT"]

_YOU = r"(?:you|him|her|them)"
_RETURN = (
    r"come (?:back|home|over|round|down)|don't (?:go|leave|block|give up|shut|throw|take|do this|ignore|delete|say no|"
    r"hate|let this)|call(?: me)?|answer(?: me)?|reply|respond|talk to me|pick (?:up|my call)|say (?:something|yes)|"
    r"tell me|forgive|give (?:me|us|it)|meet me|see me|let me (?:see|explain|talk)|reconsider|just|stay|wait|"
    r"text me|write back|message me|open the door|unblock|read this|think about"
)
STRONG_PLEADING = alternatives(
    *[
        r"\b(?:i'?m |am )?beg+(?:ing)?(?: you)?\b(?! to differ)", r"\bi beg\b", r"\bpleading with you\b", r"\babeg\b",
        r"\bon my knees\b", r"\bkneel\w*\b", r"\bgrovel\w*\b", r"\bget down on the floor\b",
        r"\bplease[\s,!.]*(?:please|pls)\b",
        r"\bplease\W+(?:\w+\W+){0,2}?(?:" + _RETURN + r")\b",
        r"\bcan't (?:live|breathe|cope|go on|function|survive|sleep|eat|manage|do (?:this|it|life)|be alone|keep "
        r"going|carry on|think|stand it|lose you|take it)\b[^.!?]{0,40}\bwithout " + _YOU + r"\b",
        r"\bwithout (?:you|him|her)[^.!?]{0,20}\b(?:i'?m|i am|i)\s+(?:\w+\s+)?(?:nothing|lost|dying|like|can't|"
        r"cannot|don't know)\b",
        r"\b(?:i'?m|i am) (?:nothing|no one|nobody) (?:without|on my own)\b",
        r"\bdon't know who i am without\b",
        r"\b(?:you'?re|you are) (?:my |the )?(?:all i (?:have|'ve got)|whole world|everything|only (?:thing|one|person)"
        r"(?: i have| keeping| that)?|world|life)\b",
        r"\b(?:they'?re|it'?s) all i have(?: left)?\b",
        r"\b(?:i'?m|i am) (?:literally |actually |honestly )?(?:falling apart|dying|suffocating|drowning)\b",
        r"\bi need (?:you|u)\b(?! to know)", r"\bi need (?:you|u) to (?:forgive|come|answer|reply|talk|call|meet)",
        r"\b(?:one|1) (?:more|last) (?:chance|try)\b", r"\b(?:another|a second|one) chance\b",
        r"\bgive (?:me|us) (?:a|one|another|a second) (?:chance|shot|go)\b", r"\bjust (?:once|one (?:\w+ )?(?:more|last))\b",
        r"\beither (?:you|u)\b[^.!?]{0,100}?\bor (?:i|i'm|i'll|we're|we)\b",
        r"\byou have until\b", r"\b(?:this is )?the last time i'?m (?:reaching|asking|messaging|writing|trying)\b",
        r"\b(?:i'?m|i am) not (?:leaving|going anywhere|moving|giving up on us)\b",
        r"\bnot (?:leaving|going anywhere) (?:until|till|unless)\b", r"\bthat'?s the deal\b",
        r"\bi'?ll keep (?:messaging|calling|texting|trying|writing|coming) (?:until|till)\b",
        r"\bif (?:you|u) don't\b[^.!?]{0,60}?\bi (?:honestly |really |seriously )?don't know what i'?(?:ll| will|'d| would) do\b",
        r"\bi (?:honestly |really )?don't know what i'?(?:ll| will|'d| would) do\b",
        r"\b(?:i'?m|i am) (?:so |really |completely |absolutely )?desperate\b", r"\bdesperately\b",
        r"\bi can't be alone\b", r"\bi can't do (?:this|it) alone\b", r"\bi can't keep (?:going|doing this)\b",
        r"\bi'?d (?:cut off|die|give) (?:my own|for|anything)\b", r"\bwith everything i have\b",
        r"\bi can't lose (?:you|u)\b", r"\bdon't (?:throw|give) (?:away|up on) (?:us|this|\w+ years)\b",
        r"\bmy life has no (?:more )?(?:sense|meaning|point)\b", r"\bthe days have no taste\b",
        r"\bi'?m not above begging\b", r"\bthat'?s all i'?m? ?ask(?:ing)?\b", r"\ball i(?:'m)? ask(?:ing)?(?: for)?\b",
        r"\bi'?ll (?:wait|be waiting) (?:as long as|forever|however long)\b", r"\bif (?:you|u) ever (?:loved|cared|meant)\b",
        r"\bdon't say no\b", r"\bjust (?:five|ten|fifteen|twenty|\d+|a few|a couple of) (?:minutes|mins?|hours?)\b",
        r"\bcome on\b(?! over| round| along)", r"\b(?:i'?ll|i will) do anything\b", r"\bi'?ll never ask (?:you )?(?:for )?anything again\b",
        r"\bwhatever it takes\b", r"\bi can't stop hoping\b", r"\bi can't lose (?:you|u|us)\b",
    ]
)  # fmt: skip
WEAK_PLEADING = alternatives(
    *[
        r"\bplease\b(?! (?:forgive|accept|know|let me know|pass|find|take care|look after|tell (?:him|her|them|your)))", r"\b(?:i'?ll|i will|i'd|i would|i do) (?:do )?(?:anything|whatever|everything)\b",
        r"\banything at all\b", r"\b(?:anything|whatever) (?:it takes|you (?:want|say|ask|need|like))\b",
        r"\bi swear\b", r"\bi'?ll change\b", r"\bi can'?t (?:sleep|eat|think|breathe|stop)\b",
        r"\bi (?:haven'?t|have not|can't|cannot) (?:slept|eaten|sleep|eat)\b", r"\bwhy are you making me\b",
        r"\b(?:i'?ll|i will) (?:drive|fly|come|go|move|wait) (?:to you|anywhere|wherever)\b", r"\banywhere you (?:want|like)\b",
        r"\bi (?:know i )?(?:don't|do not) deserve\b", r"\bno one else\b|\bnobody else\b", r"\bjust (?:tell|say|give|let) me (?:we|you|there|that|it|if)\b",
        r"\bi'?m a (?:mess|wreck)\b", r"\blost \w+ (?:pounds|kilos|stone)\b", r"\bi'?m sitting (?:outside|in the car)\b",
        r"\bcome home\b", r"\bcome back\b", r"\bfor (?:\w+ )?minutes?\b", r"\bjust one\b", r"\bone (?:message|reply|word)\b",
    ]
)  # fmt: skip
# A respectful way out after an "if you don't": not a threat.
OPT_OUT = re.compile(
    r"\b(?:no worries|no pressure|no stress|(?:that'?s|it'?s|totally|completely|absolutely|honestly) "
    r"(?:fine|ok|okay|cool|all right|alright|understandable)|i (?:completely |totally )?understand|all good|"
    r"happy either way|fine by me|no problem|i get it|no hard feelings|no need to reply)\b",
    re.IGNORECASE,
)
ANGER = alternatives(
    *[
        r"\bridiculous\b", r"\bpathetic\b", r"\bunbelievable\b", r"\bchildish\b", r"\bimmature\b", r"\bgrow up\b",
        r"\bhow dare you\b", r"\bhow could you\b", r"\b(?:you|u) owe me\b", r"\bowe me (?:an?|the|that)\b",
        r"\bthe least (?:you|u) (?:can|could) do\b", r"\bafter (?:all|everything)(?: i(?:'ve| have)? (?:done|did|gave))?[,.]",
        r"\bafter (?:all|everything) i(?:'ve| have)? (?:done|did|gave)\b",
        r"\b(?:you|u) (?:always|never) (?:do|did|have|make|made|say|said|answer|reply|listen|care|think|ignore|call|text|"
        r"respond|want|let|get|blame|put|understand|flake|cancel|show|bother)\b",
        r"\blike (?:you|u) always do\b", r"\bor else\b", r"\botherwise i'?(?:ll| will)\b",
        r"\b(?:this is |it'?s )?your (?:last|final) chance\b", r"\bi won't ask again\b",
        r"\b(?:i'?m|i am) (?:asking|telling you) (?:one|1) (?:more|last) time\b",
        r"\b(?:i'?m|i am) done (?:waiting|asking|trying)\b", r"\b(?:stop|quit) ignoring me\b",
        r"\b(?:you'?re|you are|still|too busy) ignoring me\b", r"\bignoring me\b",
        r"\bleav(?:e|ing) me on (?:read|seen|delivered)\b", r"\bwhy (?:are|do|did|won't|can't) you (?:always|keep|ignore|never|even)\b",
        r"\bwhy (?:won't|can't|don't) you (?:just )?(?:meet|answer|reply|talk|respond|give)\b", r"\bseriously\?",
        r"\bfine then\b", r"\bdon't bother\b", r"\bwtf\b", r"\bwhat the (?:hell|fuck)\b", r"\bdamn\w*\b", r"\bfuck\w*\b",
        r"\b(?:you|u) ruined\b", r"\bbecause of you\b", r"\bi deserve\b(?! (?:it|this|that|what))",
        r"\b(?:you'?re|you are) being (?:unfair|ridiculous|childish|cruel|difficult|stubborn|silly|dramatic|selfish)\b",
        r"\bdisrespectful\b", r"\b(?:real|very|so) classy\b", r"\btypical\b", r"\bso now (?:you|u)\b",
        r"\bwhether you like it or not\b", r"\bdon't (?:flake|pretend|you dare|lie)\b", r"\bi can see (?:you'?re|your) online\b",
        r"\bexplain (?:yourself|why)\b", r"\bi'?m not letting (?:this|it) go\b", r"\bthe decency\b",
        r"\bsomeone so important\b", r"\btoo much effort\b", r"\bmaking me beg\b",
        r"\bi'?ve (?:asked|messaged|texted|called|rung) (?:you )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
        r"so many|a dozen) times\b",
        r"\b(?:you|u) (?:clearly )?don't (?:even )?care\b", r"\bguess (?:you'?ve|you have) forgotten\b",
        r"\bor i'?m (?:ringing|calling|telling|going to|coming|done)\b", r"\b(?:you|u) should be ashamed\b",
        r"\bwhat (?:is|'s) wrong with you\b", r"\bselfish\b", r"\bdisgusting\b", r"\bcoward\b", r"\bliar\b",
        r"\bshame on you\b", r"\bhave some respect\b", r"\bi expect\b", r"\bnot a single word\b",
        r"\b(?:nice|good|great) to (?:see|know) (?:you'?re|you are)\b", r"\b(?:you'?re|you are) (?:still )?too (?:busy|good|important)\b",
        r"\byou (?:can|could) at least\b", r"\bcould at least\b", r"\bit'?s your fault\b", r"\ball your fault\b",
    ]
)  # fmt: skip
_IF_NOT = re.compile(
    r"\bif (?:you|u) (?:don't|do not|won't|will not|refuse|can't|don't want)\b[^.!?]{0,60}?"
    r"\b(?:then|i'?ll|i will|i'?m|we'?re|don't bother|forget it|never)\b[^.!?]*",
    re.IGNORECASE,
)
_SHOUTING = re.compile(r"(?<![\w'])[A-Z]{2,}(?:[\s,!?.]+[A-Z]{2,})*(?![\w'])")
_CAPS_OK = frozenset({"I", "OK", "UK", "US", "USA", "TV", "GP", "PM", "AM", "ICU", "DJ", "BBQ", "LOL", "OMG", "NYC", "LA",
                      "ID", "PS", "ASAP", "FYI", "GA", "AA", "SMS", "COO", "CEO", "IT", "BP", "SMSES", "RIP", "BTW",
                      "HR", "MRI", "NHS", "IKEA", "ATM", "DM", "DMS", "XX", "XXX", "A", "NA", "UN", "EU"})  # fmt: skip


def pleading_spans(reading: Reading) -> list[tuple[int, int]]:
    """Spans (normalised text) of pleading: every strong cue, or the weak ones when there are two or more."""
    text = reading.text
    strong = [m.span() for m in STRONG_PLEADING.finditer(text) if not _denied(reading, m)]
    weak = [m.span() for m in WEAK_PLEADING.finditer(text) if not _denied(reading, m)]
    return strong + (weak if len(weak) >= 2 else [])


def _denied(reading: Reading, match: re.Match[str]) -> bool:
    """A cue inside a negation ("I won't beg"), except ones whose words already carry it ("don't go")."""
    words = match.group().lower()
    if re.search(r"n't|\bnot\b|\bno\b|\bnothing\b|\bwithout\b|\bnever\b", words):
        return False
    return reading.negated(match.start())


def anger_spans(reading: Reading) -> list[tuple[int, int]]:
    """Spans (normalised text) of anger and pressure, shouting in capitals, and "if you don't ... then" threats."""
    text = reading.text
    spans = [m.span() for m in ANGER.finditer(text) if not _mild(reading, m)]
    spans += [m.span() for m in _IF_NOT.finditer(text) if not OPT_OUT.search(m.group())]
    shouts = [m for m in _SHOUTING.finditer(reading.original) if _shouts(m.group())]
    if spans or any(len(re.findall(r"[A-Z]+", m.group())) >= 2 for m in shouts):
        spans += [_normalised_span(reading, m.span()) for m in shouts]  # one capital word alone is emphasis
    spans += [m.span() for m in re.finditer(r"[?!]{3,}", text)]
    return spans


def _normalised_span(reading: Reading, span: tuple[int, int]) -> tuple[int, int]:
    """A span of the original text as a span of the normalised one (close enough for a highlight)."""
    for start in range(max(0, span[0] - 40), len(reading.text) + 1):
        if reading.span((start, start))[0] >= span[0]:
            return start, max(start, start + span[1] - span[0])
    return span


def _shouts(run: str) -> bool:
    words = [w for w in re.findall(r"[A-Z]+", run) if w not in _CAPS_OK]
    return bool(words) and (len(words) >= 2 or len(words[0]) >= 3) and sum(map(len, words)) >= 3


def _mild(reading: Reading, match: re.Match[str]) -> bool:
    """ "not selfish", "I deserve" about oneself in an apology-like line ... read as not angry."""
    words = match.group().lower()
    if words in {"selfish", "coward", "liar", "pathetic"}:
        clause = reading.clause_at(match.start())
        if clause is not None and clause.subject == "i":
            return True  # "I was selfish", "i know im pathetic for writing this"
    if re.search(r"n't|\bnot\b|\bnever\b", words):
        return False
    return reading.negated(match.start())
