"""Word tables of the draft checks (first message, ask to meet): invitations, date framing, time frames.

Patterns run on the normalised text of `clauses.read` (texting style already plain: "tmrw" is
"tomorrow", "u" is "you"), case ignored. Pleading and anger are shared with the apology
workbench (`pressure.py`).
"""

from __future__ import annotations

import re

from .phrases import alternatives

__all__ = ["ASKS_TO_MEET", "QUESTION_ASK", "PAST_MEETING", "DATE_FRAMING", "GROUP", "GROUP_FREE_DATE_WORDS", "TIME_FRAME"]


_any = alternatives


_MEAL = (
    r"(?:a |an |some |quick |a quick |the )*(?:coffee|coffees|cuppa|tea|chai|drink|drinks|pint|pints|beer|beers|bite|lunch|"
    r"dinner|brunch|breakfast|brekkie|meal|walk|film|movie|gig|show|wine|stroll|wander|hike|picnic|swim|bike ride|food|catch-up|"
    r"chat|game|match|exhibition|play|concert|bite to eat)"
)
# Doing something together, as a verb in any form: "grabbing a coffee", "to catch a film".
_DO = (
    r"(?:meet(?:ing)?|go(?:ing)?|grab(?:bing)?|get(?:ting)?|hav(?:e|ing)|catch(?:ing)?|see(?:ing)?|join(?:ing)?|"
    r"walk(?:ing)?|hang(?:ing)?|head(?:ing)?|pop(?:ping)?|watch(?:ing)?)"
)
_INVITE = (
    r"(?:let's|lets|let us|shall we|should we|why don't we|how about we|maybe we could|we could|we should|we can|could we|"
    r"can we|we must)"
)
ASKS_TO_MEET = _any(
    r"meet(?:ing)? (?:up|me|for|sometime|some time|again|in person|and|to talk)", r"(?:could|can|should|shall|might|would|to|we|wanna|want to) meet",
    r"(?:grab|get|have|go for|fancy|head out for|out for|up for|meet for) " + _MEAL, r"(?:how|what) about " + _MEAL,
    _MEAL + r"(?: together)? (?:sometime|some time|soon|one day|at some point|with me|this week|next week)",
    r"(?:can|could|may|might) i (?:see|visit|take) you", r"(?:want|wanna|like|love|hope|hoping) to see you",
    r"(?:nice|great|good|lovely) to (?:see you|catch up)(?! at| last| the other)", r"see(?:ing)? (?:you|each other) (?:again|sometime|some time|soon|in person|there|then)",
    r"(?:up for|open to|fancy|like) (?:meeting|seeing each other|seeing you|getting together|catching up)",
    r"(?<!used to )(?:get together|hang out)(?! (?:at|in) (?:that|the) \w+ (?:we|you) (?:used|loved))",
    r"are you free", r"when (?:are you|you're|you are) free", r"(?:are you|you) (?:around|about|available|free)(?: (?:\w+ ){0,3}?(?:for|on|this|next|at|tonight|tomorrow|saturday|sunday|sat|sun|friday|the weekend))?\s*\?",
    r"(?:are you|you) (?:around|about|available) (?:\w+ ){0,3}?for", r"(?:free|around|available) (?:for|to grab|to get) " + _MEAL,
    r"(?:buy|get) you " + _MEAL, r"catch up (?:in person|face to face|properly|over " + _MEAL + r"|there|then|sometime|soon)",
    _INVITE + r" (?:meet|go out|grab|get|have|catch up|see each other|hang out|do)", r"(?:would|do) you (?:like|want|fancy|wanna|be up for|be open to) (?:to )?(?:meet|go|grab|get|have|catch up|see|join)",
    r"take you (?:out|to)", r"come (?:over|round|around|by)", r"swing by", r"pop round", r"stop by", r"(?:let me )?see you\b(?! at| last)",
    r"(?<!i )(?<!i'd )(?:fancy|want|wanna|feel like|like|up for|keen on|keen to) (?:to )?(?:join|joining|come|coming|catching|go|going) ?(?:\w+ ){0,2}?(?:together|along|with me)?",
    r"if (?:you|u) (?:feel like|fancy|want to|wanna|'d like to) (?:joining|coming|join|come)", r"catch you (?:while|when|there|then)",
    r"(?:meet|see) (?:you|me) (?:anywhere|somewhere|wherever)", r"(?:let's|lets|we should) (?:do|have) (?:a|that|the)",
    r"(?:we|let's|lets|shall we|should we|maybe we could|we could|could we|can we|how about we|why don't we|want to|wanna|fancy|keen to|up for|would you like to|do you want to) (?:\w+ ){0,2}?(?:meet|catch up|get together|hang|go for|go out|see each other|link up|do (?:lunch|dinner|coffee|drinks|brunch|something)|have (?:lunch|dinner|coffee|drinks|a drink|a coffee|a chat|a catch-up))",
    r"(?:catch up|talk|chat|see you|meet) (?:in person|face to face|irl|properly)", r"in person\b[^.!?]{0,20}\?",
    r"(?:if|when|next time) (?:you'?re|you are|i'?m|i am) (?:ever )?(?:in|around|back in|passing through|down|up|over|nearby|in town)\b[^.!?]{0,40}(?:let me know|give me a shout|shout|hit me up|drop me a line|we should|would be|grab|meet|catch up|love to see)",
    r"i'?ll be (?:in|around|back in|down in|up in|visiting|passing through|over in|in town)\b[^.!?]{0,50}(?:\?|would (?:be|you|love)|if you'?re (?:free|around)|free|around|fancy|love to|maybe we)",
    r"my treat", r"(?:can|could|may|let) (?:i|me) (?:treat|take|buy|get) you\b", r"treat you to", r"(?:drinks?|coffee|lunch|dinner)(?:'s| is| are)? on me", r"i'?ll (?:buy|get) (?:you|the)", r"come (?:along|with me|join)", r"join (?:me|us)",
    r"drop (?:by|round|in)", r"pop (?:over|by|in|round)", r"call round", r"have you over", r"pick you up", r"visit (?:you|me)",
    r"(?:free|around|about|available) (?:on |this |next |at the |for |to |at |)(?:\w+ )?(?:weekend|week|saturday|sunday|friday|thursday|wednesday|tuesday|monday|sat|sun|evening|night|morning|afternoon|lunch|dinner|coffee|a coffee|a drink|drinks|tonight|tomorrow|later|soon)\b[^.!?]{0,15}\?",
    r"(?:let me know|give me a shout|drop me a line|hit me up|text me) (?:if|when) (?:you'?re|you are|you) (?:free|around|up for|keen|fancy|want)",
    r"(?:it'?d|it would|would) be (?:so |really )?(?:nice|great|lovely|good|fun|amazing) to (?:see you|catch up|meet|grab|have (?:a|lunch|dinner|coffee)|get together)",
    r"(?:see|watch|catch|check out|do|go to|try|grab|get|have|hit) (?:it|this|that|one|something|a \w+|the \w+ )?\s?together\b",
    # a proposal frame before something done together: "would you be up for grabbing a coffee", "any chance you'd want to"
    r"(?:would you|do you|you|are you|any chance (?:you'?d|you would|you might))(?: be| ever)? (?:up for|keen (?:for|on|to)|fancy|like to|want to|"
    r"wanna|feel like|open to) " + _DO + r"\b",
    r"(?:(?<=^)|(?<=[.!?] ))(?:fancy|up for|keen (?:for|on|to)) " + _DO + r"\b", r"would it be (?:ok|okay|weird|alright|all right|nice) (?:if we|to) " + _DO + r"\b",
    r"(?:fancy|up for|keen (?:for|on)|how about|what about|how would you feel about|would you be up for|any chance of) (?:a |an |some |the odd )?" + _MEAL,
    r"(?:fancy|up for|keen on|interested in|want to come|wanna come) (?:it|that|this|coming|joining|going)\s*\?",
    r"any chance (?:you'?re|you are|you'?d be|you would be|you might be) (?:free|around|about|up for)",
    r"(?:catch|see|watch) a (?:film|movie|gig|show|match|game|play)", r"come (?:to|round to|over to) (?:yours|mine|my place|your place)",
    r"(?:meet|meeting) (?:halfway|in the middle)", r"(?:a|what|which|any) (?:day|time|evening|weekend|date) (?:that )?(?:works|suits|would (?:work|suit)|is good) for you",
    r"when (?:suits|works) (?:you|for you)",
)
# A short question about something done together, with no memory in it: "Coffee soon?", "Drinks on Friday?".
QUESTION_ASK = re.compile(
    r"(?:^|(?<=[.!?]\s))(?![^.!?]*\b(?:did|was|were|is|are|remember|used to|went|had|last|still|ever)\b)[^.!?]{0,40}?"
    r"(?<![\w'])(?<!the )(?<!our )(?<!that )(?<!this )(?<!my )(?<!your )(?<!his )(?<!her )(?<!their )"
    r"(?<!\w )(?:a |an |some |quick |a quick )?" + _MEAL.replace("(?:a |an |some |quick |a quick |the )*", "") +
    r"s?\b(?! (?:place|shop|machine|bar|cup|mug|table|spot|thing|maker|pot))[^.!?]{0,40}\?",
    re.IGNORECASE,
)
# Memories and past meetings are not asks ("the coffee shop where we met", "great to see you at Sam's").
PAST_MEETING = _any(r"(?:was|were|it was) (?:\w+ )?(?:nice|great|good|lovely) to see you", r"used to (?:hang out|meet|get together|go)")
_ROMANTIC_DATE = (
    r"(?:(?:go|going|went) on a|have a|on a|like a|for a|our|first|second|another|proper|real|romantic|little|dinner|movie|"
    r"coffee|lunch|drinks?) (?:\w+ )?dates?(?! (?:that|which|and time|works|suits))"
)
def _date_framing() -> re.Pattern[str]:
    return _any(
        _ROMANTIC_DATE, r"date night", r"it's a date", r"romantic\w*", r"romance", r"dinner(?: for two)?", r"table for two",
        r"candle-?lit", r"candles?", r"like old times", r"for old times'? sake", r"like (?:we|it) used to", r"the way we used to",
        r"like before", r"like back then", r"just like (?:old|back)", r"just (?:the )?(?:two of us|you and me|you and i|us two|us)",
        r"(?:you and me|you and i)(?=\W*$|\W*[?.!,])", r"wine and dine", r"(?:wine|champagne|cocktails)(?:,| and| at)",
        r"our (?:old |favourite |favorite |usual )?(?:spot|place|restaurant|song|table|bench|bar|cafe|café|italian|\w+ place)",
        r"anniversary", r"go out (?:with me|together)", r"i (?:still |really |so )?(?:love|adore) you", r"i (?:still )?think about us",
        r"i(?:'ve| have)? (?:really |still |so )?miss(?:ed)? (?:you|us|holding|having you|your)", r"babe|baby|darling|sweetheart|honey|my love",
        r"kiss(?:es)?", r"holding (?:your|my) hand", r"hand in hand", r"get back together", r"trying again", r"try again", r"start (?:over|again|afresh)",
        r"give us (?:another|a second) (?:go|try|shot|chance)", r"take you (?:out|somewhere)", r"somewhere (?:special|nice|romantic)",
        r"(?:my place|at mine|back to mine|round mine)", r"come over", r"cosy night|cozy night|night in",
        r"see where (?:things|it) (?:go|goes|lead|leads)", r"(?:what|where) (?:we|things) could be",
        r"😘|😍|💕|❤️|❤|😏|💋|🥰|😚|💞|💖",
    )


# A group makes a meal or "at mine" plain sociable, not a date ("dinner at Nando's with a few of us").
GROUP = _any(
    r"a few of us", r"(?:with|and) (?:\w+, )+\w+,? and \w+", r"(?:with|and) the kids", r"loads of people", r"the usual crew",
    r"the (?:gang|lads|girls|crew|team|whole family)", r"all of us", r"everyone", r"(?:my|our) (?:sister|brother|mum|mom|family|friends|flatmates)",
    r"(?:a bunch|a group|lots) of (?:us|people|friends)", r"\w+'s having", r"and (?:\w+ ){0,2}(?:friends|family)",
)
GROUP_FREE_DATE_WORDS = re.compile(r"^(?:dinner|at mine|my place|round mine|come over|back to mine)$", re.IGNORECASE)
def _time_frame() -> re.Pattern[str]:
    return _any(
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?", r"mon|tue|tues|wed|thu|thur|thurs|fri",
        r"(?:on|this|next|free|around|sat|sun) (?:sat|sun)\b", r"(?:sat|sun)(?= (?:night|morning|afternoon|evening|arvo|lunch)|\s*\?)",
        r"weekends?|weeks?|fortnight|months?|tomorrow|tonight|today", r"(?:this|tomorrow) (?:morning|afternoon|evening|night)",
        r"lunchtime|lunch time|noon|midday|after work|after lunch|after (?:my|your) (?:shift|class|work)|o'clock",
        r"\d{1,2}(?:[:.h]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)", r"\d{1,2}[:h]\d{2}", r"\d{1,2}(?:st|nd|rd|th)", r"\d{1,2}/\d{1,2}(?:/\d{2,4})?",
        r"(?:around|at|about|from) \d{1,2}\b", r"january|february|march|april|june|july|august|september|october|november|december",
        r"jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec", r"(?:in|early|mid|late|mid-) may|may \d{1,2}",
        r"in (?:a|one|two|three|four|a few|a couple of|\d+) (?:days?|weeks?)", r"next few days", r"christmas|easter|new year|the holidays|diwali|eid|pongal|valentine'?s(?: day)?|boxing day|bank holiday|halloween|thanksgiving|hogmanay|st patrick'?s(?: day)?",
        r"(?:after|once|when) (?:your|my|the|ur) (?:exams?|shift|finals|term|semester) (?:finish\w*|end\w*|are (?:over|done)|is (?:over|done))",
        r"(?:this|next|in the|over the) (?:summer|spring|autumn|fall|winter)", r"(?:what|which) (?:date|day) (?:works|suits)",
    )


# Read only for asks to meet, so compiled on first use: a first-message check (`reconcile-kit check
# first`) starts about 30 ms sooner (docs/benchmarks.md, the start-up row).
_ON_FIRST_USE = {"DATE_FRAMING": _date_framing, "TIME_FRAME": _time_frame}


def __getattr__(name: str) -> re.Pattern[str]:
    if name in _ON_FIRST_USE:
        globals()[name] = pattern = _ON_FIRST_USE[name]()
        return pattern
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
