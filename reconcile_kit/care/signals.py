"""Crisis wording in the user's own text: thoughts of self-harm, "I can't live without you", hopelessness.

`signals(text)` reads the text like the guide's checks do (`guide.clauses.read`: texting style
made plain, negation read in its clause) and returns one `Signal` per place that reads as crisis
wording. It never blocks anything: the kit shows a support card beside the user's words.

Three things keep it from crying wolf:
- figures of speech: "this traffic is killing me", "dead tired", "I'd die for a coffee",
  "dying of embarrassment", "I'd rather die than go to that party";
- negation: "I don't want to die", "I'm not going to hurt myself";
- distance: past distress told as past, with the writer safe now ("last year I felt hopeless,
  I'm OK now", "I used to think I couldn't go on without you; turns out I could").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..guide.clauses import Reading, read
from ..guide.phrases import alternatives

__all__ = ["Signal", "signals", "KINDS", "MESSAGES"]

KINDS = ("self_harm", "cant_live_without", "hopelessness")
MESSAGES = {
    "self_harm": "These words sound like you might be thinking about hurting yourself or not being alive. You do not "
    "have to carry that alone: please reach out to someone you trust or a crisis line now.",
    "cant_live_without": "This sounds like it feels impossible to go on without them. That is a heavy place to be; "
    "please talk to someone you trust or a crisis line about how you are feeling.",
    "hopelessness": "This sounds like things feel hopeless right now. Feelings this heavy deserve support: please "
    "talk to someone you trust, your doctor or a crisis line.",
}
_YOU = r"(?:you|him|her|them|\w+)"
_SELF_HARM = [
    r"\b(?:kill|killing|killed|end|ending|ended|take|taking) (?:myself|my (?:own )?life|it all)\b", r"\bsuicid\w*",
    r"\b(?:want|wanna|wanted|going|planning|plan|ready|about) to (?:die|end it|disappear)\b", r"\bi want to die\b",
    r"\b(?:wish|wished) i (?:was|were|could) (?:dead|just die|disappear|not exist|not be here|stop existing|sleep forever)",
    r"\b(?:don't|do not|didn't) (?:want|wanna|plan) (?:to )?(?:be alive|be here|exist|live|wake up|be in it|on being)",
    r"\b(?:tired|sick) of being alive\b", r"\bnot (?:to )?exist at all\b", r"\b(?:better off|rather be) dead\b",
    r"\brather not be alive\b", r"\b(?:hurt|hurting|harm|harming|cut|cutting) (?:myself|my arms?|my wrists?)\b",
    r"\bi (?:cut|self[- ]harmed) again\b", r"\bi'?d hurt myself\b", r"\boverdose\b",
    r"\b(?:take|taking|took|swallow|swallowing) (?:all )?(?:of )?(?:my|the|her|his|mum's|mother's|these|those) (?:\w+ ){0,3}?(?:pills|tablets|meds|paracetamol)",
    r"\bhow many (?:of )?(?:my |the )?(?:\w+ )?(?:pills|tablets|paracetamol|sleeping tablets)\b",
    r"\b(?:bought|buying|stockpil\w+|saving up) (?:way )?(?:more )?(?:\w+ )?(?:paracetamol|pills|tablets)\b",
    r"\bthe (?:pills|tablets) are\b", r"\b(?:tallest|highest) (?:car park|building|bridge)\b", r"\bthe drop\b",
    r"\b(?:sat|sitting|sit) in the car in the garage\b", r"\b(?:won't|will not|wouldn't) be (?:around|here|a problem) (?:to see|for (?:much )?longer|by then|much longer)",
    r"\b(?:don't|do not) think i'?ll (?:still )?be here\b", r"\bnot (?:planning|plan) on (?:coming back|being (?:here|around|in it))\b",
    r"\b(?:made|making|wrote|writing) a (?:list|will) of who gets\b", r"\bwho gets my (?:things|stuff)\b",
    r"\bgive(?:n|s)? (?:away )?my (?:cat|dog|things|stuff) (?:to|away)\b", r"\bi (?:don't|can't) see myself getting older\b",
    r"\b(?:thinking|thought|think) about (?:it properly|not getting out|ending it|killing myself|making it happen|doing it)\b",
    r"\bwant everything to stop\b[^.!?]{0,20}\bme\b", r"\bjust want (?:it|everything) to stop\b",
    r"\bsleeping forever\b", r"\bnot waking up\b", r"\bif i died\b",
]
_CANT_LIVE = [
    r"\bcan(?:'t|not|nae) (?:live|survive|go on|keep going|carry on|do this|breathe|make it|exist|cope)\b[^.!?]{0,30}\bwithout " + _YOU,
    r"\bwithout (?:you|him|her|\w+)\b[^.!?]{0,30}\b(?:no (?:point|reason)|not (?:a life|worth)|isn't (?:a life|worth)|i (?:won't|can't) (?:make it|survive|live))",
    r"\b(?:won't|will not|wont|no gonna|not going to|am not going to|'m not going to) (?:make it|survive)\b", r"\bi'?m not going to\.",
    r"\bcan't survive (?:this|another|it)\b", r"\bi won't survive\b", r"\bhow (?:do|does|am|are|can) (?:people|i|anyone) (?:survive|keep going|go on|supposed to keep going)",
    r"\bno (?:you|him|her) ?= ?no point\b", r"\b(?:life|living) without \w+ (?:isn't|is not|isnt) (?:a life|worth)",
    r"\blife without (?:you|him|her) isn'?t worth\b", r"\bnot worth (?:living|it) without\b",
    r"\b(?:only|whole) (?:thing|reason|one) (?:keeping me (?:alive|going)|i(?:'m| am)? (?:living|alive) for|for me to be here)",
    r"\bno reason (?:for me )?to (?:be here|live|go on|keep going)\b", r"\b(?:the answer|what i'?m living for) is (?:you|nothing)\b",
    r"\bso am i\.? with everything\b", r"\bthen so am i\b", r"\bmy life ended\b", r"\b(?:exist|live|be alive) in a (?:life|world) (?:that doesn't|without)",
    r"\bdon't want to (?:keep doing it|go on|keep going|learn) without\b", r"\bi'?d rather (?:just )?stop\b",
    r"\b(?:not built|wasn't built|not made) to live without\b", r"\blove you more than life\b", r"\bsuffocating without\b",
    r"\bcan't live another\b", r"\bdon't know how to (?:be a person|live|survive|go on|keep going) without\b",
    r"\bi (?:don't|can't) see how i (?:keep going|go on|carry on|survive)\b", r"\bif you'?re (?:really )?done with me\b",
    r"\brather (?:not be alive|be dead|die|not exist) than (?:\w+ ){0,3}without\b", r"\bto live without (?:you|him|her|\w+)\b[^.!?]{0,25}\bcan't\b",
]
_HOPELESS = [
    r"\bno point (?:in )?(?:anything|getting up|trying|going on|living|any of it|in me)\b", r"\b(?:don't|can't) see (?:the|any) point\b",
    r"\b(?:everything|it all|life) (?:feels|is|seems) (?:so )?(?:pointless|meaningless|hopeless)\b", r"\bnothing (?:left|coming)\b",
    r"\bno way out\b", r"\bno exit\b", r"\bno (?:light|future|hope)\b", r"\bnever going to (?:get better|stop|change|open|end)\b",
    r"\b(?:it's|it is) (?:all )?over for me\b", r"\bi'?m finished\b", r"\bgive up on (?:everything|life|myself)\b",
    r"\b(?:should|could|want to) (?:just )?give up\b", r"\b(?:better off|be better) (?:without me|w/o me|if i)\b",
    r"\bnobody would (?:notice|care|miss)\b", r"\bno one would (?:notice|care|miss)\b", r"\b(?:a|the) (?:burden|problem) (?:for|to|on) everyone\b",
    r"\b(?:so )?tired of being (?:a|the) (?:problem|burden|person everyone)\b", r"\bi (?:don't|dont) matter\b",
    r"\b(?:done|finished) with everything\b", r"\bcan'?t (?:keep doing this|do this anymore|do it anymore|take (?:it|this) anymore)\b",
    r"\bwhat(?:'s| is) the (?:use|point)\b", r"\b(?:stopped|stop) (?:trying|caring|shouting|hoping)\b", r"\bstop hoping\b",
    r"\b(?:doesn't|won't|never) get(?:s)? (?:better|fixed)\b", r"\bbroken in a way\b", r"\bi'?ll always be (?:worse|like this|alone)\b",
    r"\bnot (?:good|worth) (?:for )?anyone\b", r"\bdrag everyone down\b", r"\bnothing to show for\b", r"\bmy (?:whole )?life is a failure\b",
    r"\b(?:it's|it is) (?:all )?too much\b", r"\bnot (?:for )?someone like me\b",
    r"\bdon't have it in me\b", r"\bcan't think of (?:one|a single|any) reason\b",
    r"\bthere'?s nothing (?:left|coming|for me)\b", r"\bdon't see any way\b",
    r"\bnobody(?:'s| is) coming\b", r"\bnothing (?:is|ever) (?:working|going to work) out\b",
]
_PATTERNS = [(kind, alternatives(*p)) for kind, p in
             (("cant_live_without", _CANT_LIVE), ("self_harm", _SELF_HARM), ("hopelessness", _HOPELESS))]  # fmt: skip
# Figures of speech: the words of crisis used for a coffee, a queue, a laugh.
_FIGURE = re.compile(
    r"\b(?:is|are|was|'s|were) (?:\w+ )?killing me\b|\bkilling it\b|\bdead (?:tired|on|good|easy|serious|funny|and buried)\b|"
    r"\bdie for (?:a|an|some|the)\b|\bto die for\b|\bdying (?:of|for|to know|laughing)\b|\bdied (?:laughing|of)\b|"
    r"\b(?:could|nearly|almost) (?:have )?(?:died|killed me)\b|\bkill (?:me now|someone|for)\b|\bi'?d kill\b|\bover my dead body\b|"
    r"\b(?:i'?m|i am) (?:so |basically |literally )?(?:dead|deceased)\b(?! (?:inside|serious))|\bdeath of (?:my|me)\b|"
    r"\b(?:phone|laptop|battery|plant|conversation|wi-?fi|fringe|legs|car)(?:'s| is| was| has)? (?:\w+ )?(?:dead|died)\b|"
    r"\bmurder on\b|\bshot myself in the foot\b|\bstarving to death\b|\bkilled me\b(?! (?:inside))|\bcar crash\b|"
    r"\b(?:rather|sooner) die than (?:go|see|be seen|sit|do|eat|wear|text|call|message|ask|tell)\b|\bthe death of\b|"
    r"\bi'?ll (?:literally )?die (?:if|of|when)\b(?! (?:you|he|she) (?:leave|go|don't))",
    re.IGNORECASE,
)
_LITERAL = re.compile(r"\b(?:i mean (?:that|it) literally|not as a saying|not being dramatic|i mean it)\b", re.IGNORECASE)
# Past distress told from a safe distance: a past frame in its sentence, and the writer safe now.
_PAST = re.compile(
    r"\b(?:used to|back then|at the time|at that time|that was|those (?:days|weeks|months)|\w+ (?:years?|months?|weeks?) ago|"
    r"a (?:year|month|week) ago|last (?:year|spring|summer|autumn|fall|winter|month|time)|in the first (?:weeks|months|days)|"
    r"after (?:my|the) (?:divorce|breakup|break-up)|(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december) me|when \w+ left|i remember|the time i|i once|once felt|i wrote|i thought|i felt|i spent|i hurt|"
    r"i nearly|i genuinely wanted|felt like|honestly thought)\b",
    re.IGNORECASE,
)
_SAFE_NOW = re.compile(
    r"\b(?:i'?m|i am) (?:okay|ok|fine|good|safe|alright|all right|better|happy|doing (?:well|better|ok|okay)|in a (?:much )?better "
    r"place|not in that place|glad i stayed|so glad i stayed)\b|\bin the past\b|\b(?:that|the) feeling'?s? (?:is )?gone\b|"
    r"\bgot help\b|\bturns out i could\b|\bi did\. new\b|\b(?:things|life) (?:are|is) (?:good|better|okay|ok)\b|\bit did\.|"
    r"\bi'?m safe\b|\bhow far i'?ve come\b|\btoday me is fine\b|\bdoing well\b|\bstarted climbing out\b|\bi have people\b|\bi'?m alright\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Signal:
    """One place that reads as crisis wording: the kind, where it is (start, end) in the text, a gentle note."""

    kind: str
    span: tuple[int, int]
    message: str


def signals(text: str) -> list[Signal]:
    """Crisis wording in `text` (a draft, a note, a reflection), in text order; [] when there is none.

    :param text: any text; never raises
    """
    reading = read(str(text or ""))
    safe_now = bool(_SAFE_NOW.search(reading.text))
    figures = [m.span() for m in _FIGURE.finditer(reading.text)] if not _LITERAL.search(reading.text) else []
    found: list[Signal] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(reading.text):
            if any(s < m.end() and m.start() < e for s, e in figures + taken):
                continue
            if _denied(reading, m) or (safe_now and _distanced(reading, m.start())):
                continue
            taken.append(m.span())
            found.append(Signal(kind, reading.span(m.span()), MESSAGES[kind]))
    return sorted(found, key=lambda s: s.span)


def _denied(reading: Reading, match: re.Match[str]) -> bool:
    if re.search(r"n't|\bnot\b|\bno\b|\bnever\b|\bnothing\b|\bnobody\b|\bwithout\b", match.group(), re.IGNORECASE):
        return False
    return reading.negated(match.start())


def _distanced(reading: Reading, pos: int) -> bool:
    """Told as past: a past frame in the sentence of `pos` or the one before it."""
    index = reading.sentence_at(pos)
    here = " ".join(reading.sentence_text(i) for i in (index - 1, index) if i >= 0)
    return bool(_PAST.search(here))
