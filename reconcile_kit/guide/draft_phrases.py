"""Phrase tables of the draft checks (first message, ask to meet): what each finding looks for.

Patterns run on `text.normalize(text)` with IGNORECASE (see `phrases.py`).
"""

from __future__ import annotations

import re

from .phrases import PhraseRule, phrases

__all__ = ["ASKS_TO_MEET", "DATE_FRAMING", "PLEADING", "ANGER", "SHOUTING", "TIME_FRAME"]


_MEAL = r"(?:a |an |some |quick |a quick )*(?:coffee|coffees|cuppa|tea|drink|drinks|pint|beer|bite|lunch|dinner|brunch|breakfast|meal|walk)"
_INVITE = r"(?:let's|lets|let us|shall we|should we|why don't we|how about we|maybe we could|we could|we should|we can|could we|can we)"

ASKS_TO_MEET = PhraseRule(
    "asks_to_meet",
    phrases(
        r"meet(?:ing)? (?:up|me|for|sometime|some time|again|in person)",
        r"(?:could|can|should|shall|might|would|to|we|wanna) meet",
        r"(?:grab|get|have|go for|fancy|head out for|out for|up for|meet for) " + _MEAL,
        r"(?:how|what) about " + _MEAL,
        _MEAL + r"(?: together)? (?:sometime|some time|soon|one day|at some point|with me|this week|next week)",
        r"(?:can|could|may|might) i (?:see|visit|take) you",
        r"(?:want|wanna|like|love|hope|hoping) to see you",
        r"(?<!was\x20)(?<!been\x20)(?:nice|great|good|lovely) to see you",
        r"see(?:ing)? (?:you|each other) (?:again|sometime|some time|soon|in person)",
        r"(?:up for|open to|fancy|like) (?:meeting|seeing each other|seeing you|getting together)",
        r"(?<!used\x20to\x20)(?:get together|hang out)",
        r"are you free", r"when (?:are you|you're|you are) free", r"(?:are you|you) (?:around|about|available) (?:\w+ ){0,3}?for",
        r"(?:free|around|available) (?:for|to grab|to get) " + _MEAL, r"(?:buy|get) you " + _MEAL,
        r"catch up (?:in person|face to face|properly|over " + _MEAL + ")",
        _INVITE + r" (?:meet|go out|grab|get|have|catch up|see each other|hang out)",
        r"(?:would|do) you (?:like|want|fancy|wanna|be up for) (?:to )?(?:meet|go|grab|get|have|catch up|see)",
        r"take you (?:out|to)", r"come (?:over|round|around)", r"swing by", r"pop round", r"stop by",
    ),
    "This reads as an invitation to meet. For now the aim is only to clear the air; "
    "the ask can come later (S1.6).",
    ("S1.6",),
)

_ROMANTIC_DATE = (
    r"(?:(?:go|going|went) on a|have a|on a|like a|for a|our|first|second|another|proper|real|"
    r"romantic|little|dinner|movie|coffee|lunch|drinks?) (?:\w+ )?dates?(?! (?:that|which|and time|works|suits))"
)

DATE_FRAMING = PhraseRule(
    "date_framing",
    phrases(
        _ROMANTIC_DATE, r"date night", r"it's a date", r"romantic\w*", r"romance",
        r"dinner(?: for two)?", r"table for two", r"candle-?lit", r"like old times",
        r"for old times'? sake", r"like (?:we|it) used to", r"like before",
        r"just (?:the )?(?:two of us|you and me|you and i|us two)", r"wine and dine",
        r"our (?:old |favourite |favorite |usual )?(?:spot|place|restaurant|song|table|bench|bar|cafe|café)", r"anniversary",
        r"just us", r"go out (?:with me|together)",
        r"i (?:still |really |so )?(?:love|adore) you", r"i (?:really |still |so )?miss (?:you|us)",
        r"babe|baby|darling|sweetheart|honey|my love", r"kiss(?:es)?",
        r"get back together", r"(?:we could|let's|could we|can we|want to|wanna|should) (?:try again|start (?:over|again|afresh))", r"give us (?:another|a second) (?:go|try|shot|chance)",
        r"take you out", r"(?:my place|at mine|back to mine)", r"come over",
    ),
    "This can read as a date. Framing it as catching up, like a coffee or a walk, "
    "keeps it light for you both (S2.2).",
    ("S2.2",),
)

PLEADING = PhraseRule(
    "pleading",
    phrases(
        r"(?:i'm |i am )?begging(?: you)?", r"i beg(?: you)?", r"beg",
        r"please[,!.]* (?:please|just|i beg|i'm begging|give|don't|do not|say yes|reconsider|i need)",
        r"pretty please", r"please\b[^.!?]{0,40}\bplease",
        r"(?:just |only )?(?:one|1) (?:more |last )?chance", r"(?:another|a second|one last) chance",
        r"(?<!your\x20)last chance", r"give (?:me|us) a chance",
        r"i need (?:you|to see you|this|you back)", r"i (?:can't|cannot|can not) (?:live|go on|cope|breathe|function|sleep|do this) without you",
        r"i(?:'ll| will) do anything", r"(?:anything|whatever) you want", r"desperate(?:ly)?",
        r"all i(?:'m)? ask(?:ing)?(?: for)?", r"that's all i ask",
        r"just (?:five|5|ten|10|fifteen|15|a few|a couple of) (?:minutes|mins?|hours?)",
        r"just (?:once|one (?:coffee|drink|time|conversation|meeting|talk))",
        r"don't say no", r"if you ever (?:loved|cared)", r"i'm nothing without you",
        r"you're (?:all i have|my everything|the only one)", r"on my knees", r"come on",
    ),
    "This can sound like pleading. Keep it light: they can say no, and that has to be "
    "all right (S2.3).",
    ("S2.3",),
)

ANGER = PhraseRule(
    "anger",
    phrases(
        r"ridiculous", r"pathetic", r"selfish", r"stupid", r"unbelievable", r"childish", r"immature",
        r"grow up", r"how dare you", r"how could you", r"you owe me", r"the least you (?:can|could) do",
        r"after (?:all|everything) i(?:'ve| have)? (?:done|did|gave)", r"you (?:always|never) (?:do|did|have|make|made|say|said|answer|reply|listen|care|think|ignore|call|text|respond|want|let|get|blame|put|understand)",
        r"(?<!not\x20)(?<!n't\x20)(?:all )?your fault", r"or else", r"otherwise i(?:'ll| will)",
        r"if you (?:don't|do not|won't|will not|refuse|can't)\b[^.!?]{0,60}?\b(?:then|i'll|i will|i'm|we're|don't bother|forget it|never)",
        r"(?:this is |it's )?your (?:last|final) chance", r"i won't ask again", r"last time i(?:'m| am)? ask(?:ing)?",
        r"i(?:'m| am) done (?:waiting|asking|trying)", r"(?:stop|quit) ignoring me", r"(?:you're|you are) ignoring me",
        r"why (?:are|do|did|won't|can't) you (?:always|keep|ignore|ignoring|never|even)",
        r"seriously\?", r"fine then", r"don't bother", r"wtf", r"what the (?:hell|fuck)", r"damn\w*", r"fuck\w*",
        r"you (?:should|shouldn't|should not) have", r"you ruined", r"because of you", r"unfair", r"i deserve",
        r"(?:you're|you are) being (?:unfair|ridiculous|childish|cruel|difficult|stubborn|silly|dramatic)",
        r"why (?:won't|can't|don't) you (?:just )?(?:meet|answer|reply|talk|respond|give)",
    ),
    "This can read as anger or pressure. Keep it calm and kind, with no conditions (S2.3).",
    ("S2.3",),
)
SHOUTING = re.compile(r"(?<![\w'])[A-Z]{3,}(?:[\s,!?]+[A-Z]{2,})+(?![\w'])")

TIME_FRAME = phrases(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?", r"mon|tue|tues|wed|thu|thur|thurs|fri",
    r"weekends?|weeks?|fortnight|months?|tomorrow|tonight|today",
    r"(?:this|tomorrow|one|some|an?) (?:morning|afternoon|evening|night)",
    r"lunchtime|lunch time|noon|midday|after work|after lunch|o'clock",
    r"\d{1,2}(?:[:.h]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)", r"\d{1,2}[:h]\d{2}", r"\d{1,2}(?:st|nd|rd|th)",
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?",
    r"january|february|march|april|june|july|august|september|october|november|december",
    r"jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec", r"(?:in|early|mid|late|mid-) may|may \d{1,2}",
    r"in (?:a|one|two|three|four|a few|a couple of|\d+) (?:days?|weeks?)", r"next few days",
    r"christmas|easter|new year|the holidays",
    r"(?:this|next|in the|over the) (?:summer|spring|autumn|fall|winter)",
)

DRAFT_RULES: dict[str, PhraseRule] = {r.rule: r for r in (ASKS_TO_MEET, DATE_FRAMING, PLEADING, ANGER)}
