"""Whose crisis words, and when: the writer's own and now, or another person's, a story's, or a past told from safety.

`care.signals` finds crisis wording with its rules; this module says whether the words it found are the
writer's now. `safe_now` and `distanced` set aside distress told as past with the writer safe now ("last
year I felt hopeless, I'm OK now"); `someone_elses` sets aside words that belong to another person or a
character ("she says she can't see the point", a film); `told_then` says whether a sentence tells of a past
or another person and nothing of now, which decides whether the learned reading may set the rules' crisis
wording aside (`signals.VETO`, docs/care.md).
"""

from __future__ import annotations

import re

from ..guide.clauses import Reading

__all__ = ["safe_now", "distanced", "someone_elses", "told_then", "speaks_of_now"]

# Past distress told from a safe distance: a past frame in its sentence, and the writer safe now.
_PAST = re.compile(
    r"\b(?:used to|back then|at the time|at that time|that was (?:\w+ )?(?:years?|months?|weeks?|ages|a while|back)|those (?:days|weeks|months)|"
    r"\w+ (?:years?|months?|weeks?) ago|a (?:year|month|week|while) ago|last (?:year|spring|summer|autumn|fall|winter|month)|"
    r"in the first (?:weeks|months|days)|after (?:my|the) (?:divorce|breakup|break-up)|(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december) me|when \w+ (?:first )?left|i remember (?:when|sitting|lying|being|the)|"
    r"the time i|there was a time|i once|once (?:felt|thought|wanted)|at my lowest|in my darkest|"
    r"(?:19|20)\d\d|in '\d\d|back in|when i was (?:\d+|a (?:teenager|kid|student))|at (?:1[3-9]|2\d)\b(?![:.]\d| ?(?:am|pm|o'?clock|hours))|in year \d+|"
    r"(?:after|when) my (?:first|last|old) (?:husband|wife|girlfriend|boyfriend|partner|marriage|divorce|break-?up|big break-?up)|"
    r"(?:that|the) (?:winter|summer|spring|autumn|year) (?:after|when|before|\w+ (?:died|left|passed))|"
    r"(?:\w+ )?years? later|\w+ years (?:and|of)\b)\b",
    re.IGNORECASE,
)
_SAFE_NOW = re.compile(
    r"\b(?:i'?m|i am) (?:okay|ok|fine|good|safe|alright|all right|better|happy|doing (?:well|better|ok|okay)|in a (?:much )?better "
    r"place|not in that place|glad i stayed|so glad i stayed)\b|\bin the past\b|\b(?:that|the) feeling'?s? (?:is )?gone\b|"
    r"\bgot help\b|\bturns out i could\b|\bi did\. new\b|\b(?:things|life) (?:are|is) (?:good|better|okay|ok)\b|\bit did\.|"
    r"\bi'?m safe\b|\bhow far i'?ve come\b|\btoday me is fine\b|\bdoing well\b|\bstarted climbing out\b|\bi have people\b|\bi'?m alright\b|"
    r"\bat peace\b|\bi'?ll live\b|\bsurvivable\b|\bnot (?:that|the same) (?:man|woman|girl|boy|person) any ?more\b|\bnot there any ?more\b|"
    r"\bstill here,? and glad\b|\bglad (?:i'?m|to be) (?:still )?(?:here|alive)\b|\bit gets better\b|\b(?:proper|completely|very|so) different now\b|"
    r"\bi lived\b|\bi'?m (?:still )?standing\b|\bi got through\b|\bcame through\b|\bit (?:lifted|passed)\b|\bi'?m well now\b|"
    r"\bgot (?:a|my|me a) (?:therapist|counsellor|counselor|doctor)\b|\b(?:therapy|counselling|counseling|treatment|the clinic|rehab) (?:helped|saved|worked)\b|"
    r"\bi'?(?:ve| have) been (?:sober|clean|well|okay|ok|fine|safe)\b|\bdifferent (?:girl|boy|man|woman|person) now\b|\bthat (?:girl|boy|man|woman) (?:didn't|did not)\b|"
    r"\bi remember that (?:girl|boy|man|woman)\b|\bi'?m not (?:that|there|in that place)\b",
    re.IGNORECASE,
)

# What makes a sentence tell of then (`told_then`): a past tense of the writer's state, a reporting verb,
# a third person, a year, an age or a time long gone ...
_THEN = re.compile(
    r"\b(?:was|were|wanted|used to|didn't|did|tried|took|thought|felt|had|spent|remember|remembered|wrote|written|said|says|"
    r"told|tells|texted|asked|he|she|they|his|her|their|him|them|years? ago|months? ago|back then|back in|at \d+|when i was|"
    r"that (?:winter|summer|year|spring|autumn|night|time)|in (?:19|20)\d\d|'\d\d)\b",
    re.IGNORECASE,
)
# ... and what makes it now, whatever else it says: an overdose "an hour ago" is now.
_NOW = re.compile(
    r"\b(?:still|again|anymore|any more|tonight|today|this (?:morning|afternoon|evening|week)|last night|just now|right now|"
    r"(?:an?|\d+|few|couple of) (?:minutes?|mins?|hours?|hrs?) ago|these days|every (?:night|day|morning|evening)|"
    r"most (?:nights|days|evenings|mornings))\b|\b(?:i|i'm|i am|i've|i'll)\s+(?:\w+\s+){0,2}?(?:want|wanna|need|keep|can't|cannot|"
    r"don't|do not|won't|will|plan|planning|going|gonna|think|feel|wish|am|have|can|could|got|gotten|been|started|bought|written|decided)\b",
    re.IGNORECASE,
)
# A word of saying or writing just before a quotation (`_quoted`) ...
_REPORTED = re.compile(
    r"\b(?:said|says|say|saying|seh|sey|goes|going|went|texted|texts|messaged|messages|wrote|writes|posted|posts|typed|"
    r"told (?:me|us|her|him|them|my \w+)|tells (?:me|us)|asked|asks|screamed|shouted|yelled|cried|whispered|sobbed|kept saying|"
    r"keeps saying|voicemail|voice note|voice message|message|text|post|note|status|tweet|caption|wrote back|replied|answered)\b[^\"]{0,25}$",
    re.IGNORECASE,
)
# ... and the writer as its speaker: "I said", "I typed", "we kept saying".
_OWN_WORDS = re.compile(r"\b(?:i|i've|i'd|we|me)\s+(?:\w+\s+){0,2}?$", re.IGNORECASE)
_NOW_OPENING = re.compile(
    r"^\W*(?:want|wanna|wish|can't|cant|don't|dont|nobody|no one|everyone|there's no|no point|thinking|planning|been|ready|"
    r"going|gonna|done|tired|suicidal)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i'd|i've|ive|i'll|me|my|mine|myself|mi|ah)\b", re.IGNORECASE)
# A third person as the subject just before the crisis words: a pronoun, then at most a few words that
# say, think or feel ("she says", "he's been thinking of", "she'd", "they keep saying").
_SAY = (r"(?:'s|'d|'ll|'re|\s+(?:is|was|were|are|has|had|have|would|will|could|keeps?|kept|says?|said|saying|say|told \w+|tells \w+|"
        r"thinks?|thought|thinking|feels?|felt|sees?|see|saw|don't|doesn't|didn't|dont|can't|cannot|cant|just|really|still|now|even|"
        r"honestly|wants?|wanted|been|of|about|that|literally|actually|truly|swears?|swore|admitted|admits|wrote|writes|texted|posted|means?|meant))*")
_THIRD_SUBJECT = re.compile(r"\b(?:she|he|they)" + _SAY + r"\s*(?:,\s*)?$", re.IGNORECASE)
_FOR_THEM = re.compile(r"[^.!?\n]{0,12}?\bfor (?:her|him|them|his|their)\b", re.IGNORECASE)
_THIRD = re.compile(r"\b(?:she|he|they|his|her|their|the (?:man|woman|girl|boy|lad|lass|husband|wife|heroine|hero|character|singer|"
                    r"mother|father|goalie|widows?|women|men|couple|bride|groom|guy|bloke|lady|soldier|old man|old woman))\b", re.IGNORECASE)
_STORY = re.compile(r"\b(?:film|movie|book|novel|song|lyrics?|play|show|episode|series|telly|tv|radio|podcast|programme|program|"
                    r"teleserye|soap|opera|sermon|preached|lament|ballad|the news|reporter|documentary|poem|story)\b", re.IGNORECASE)
_PRETEND = re.compile(r"\b(?:pretend\w*|tell(?:ing)?|told|say(?:ing)?|said|act(?:ing)? like|keep saying|thinks?|think|smile|"
                      r"text(?:ed)? back|reply|replied)\b[^.!?]{0,15}$", re.IGNORECASE)


def distanced(reading: Reading, pos: int) -> bool:
    """Told as past: a past frame in the sentence of `pos`, the one before it or the one after it
    ("In 1983 I took an overdose. Forty years ago now.")."""
    index = reading.sentence_at(pos)
    here = " ".join(reading.sentence_text(i) for i in (index - 1, index, index + 1) if i >= 0)
    return bool(_PAST.search(here))


def safe_now(reading: Reading) -> bool:
    """The writer says they are safe now, and means it: not "I tell everyone I'm fine", not "I'm not okay"."""
    for match in _SAFE_NOW.finditer(reading.text):
        before = reading.text[max(0, match.start() - 30) : match.start()]
        if not _PRETEND.search(before) and not reading.negated(match.start()) and "not" not in match.group().lower():
            return True
    return False


def told_then(reading: Reading, pos: int) -> bool:
    """The sentence of `pos` tells of a past or of another person (`_THEN`) and says nothing of now
    (`_NOW`, `_NOW_OPENING`). A sentence with no past in it is now. Words someone else is quoted as
    saying (`_quoted`) are theirs, so only the rest of the sentence is read for now."""
    start, end = reading.sentences[reading.sentence_at(pos)] if reading.sentences else (0, len(reading.text))
    quotes = _quotes(reading.text)
    sentence = reading.text[start:end]
    if any(a < pos < b and _quoted(reading.text, a) for a, b in quotes):
        outside = list(sentence)
        for a, b in quotes:
            low, high = max(a, start), min(b + 1, end)
            if low < high:  # the part of this quotation inside the sentence
                outside[low - start : high - start] = " " * (high - low)
        return not speaks_of_now("".join(outside))
    return bool(_THEN.search(sentence)) and not speaks_of_now(sentence)


def speaks_of_now(text: str) -> bool:
    """Whether a sentence (or what is left of it) speaks of now (`_NOW`, `_NOW_OPENING`)."""
    return bool(_NOW.search(text) or _NOW_OPENING.search(text))


def _quotes(text: str) -> list[tuple[int, int]]:
    """Where double quotation marks open and close (an unclosed one runs to the end)."""
    marks = [i for i, c in enumerate(text) if c == '"']
    spans = list(zip(marks[::2], marks[1::2]))
    return spans + [(marks[-1], len(text))] if len(marks) % 2 else spans


def _quoted(text: str, opening: int) -> bool:
    """The quotation opening at `opening` is someone else's words: a word of saying or writing just
    before it ("he said", "she goes", "messaged me", "in a voicemail"), with no "I" or "we" as its speaker."""
    before = text[max(0, opening - 60) : opening]
    saying = _REPORTED.search(before)
    return bool(saying) and not _OWN_WORDS.search(before[: saying.start()][-25:])


def someone_elses(reading: Reading, match: re.Match[str]) -> bool:
    """Crisis words that are another person's, not the writer's: said with a third person as their
    subject ("she says she can't see the point", "he'd rather not wake up"), for a third person
    ("there's no hope for her"), or told of a character in a film, a book or a song; never where the
    words themselves are the writer's ("better off without me", "I can't live without her")."""
    if _FIRST_PERSON.search(match.group()):
        return False
    sentence = reading.sentence_at(match.start())
    start = reading.sentences[sentence][0] if reading.sentences else 0
    before = reading.text[start : match.start()]
    if _THIRD_SUBJECT.search(before) or _FOR_THEM.match(reading.text, match.end()):
        return True
    stories = list(_STORY.finditer(before))
    between = before[stories[-1].end() :] if stories else None
    return between is not None and not _FIRST_PERSON.search(between) and bool(_THIRD.search(between))
