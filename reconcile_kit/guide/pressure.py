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
    r"hate|let this)|call me|answer me|reply|respond|talk to me|pick (?:up|my call)|say (?:something|yes)|"
    r"give (?:me|us) (?:a|one|another|a second) (?:chance|shot|go)|meet me|see me|let me (?:see|explain|talk)|reconsider|stay|wait for me|"
    r"text me|write back|message me|open the door|unblock|read this"
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
        r"\b(?:you'?re|you are) (?:my |the )?(?:all i(?: have|'ve got)|whole world|everything|only (?:thing|one|person)"
        r"(?: i have| keeping| that)?|world|life)\b",
        r"\b(?:they'?re|it'?s) all i have(?: left)?\b",
        r"\b(?:i'?m|i am) (?:literally |actually |honestly )?(?:falling apart|dying|suffocating|drowning)\b",
        r"\bi need (?:you|u)(?: back| here| so much|[.!,]|$)", r"\bi need (?:you|u) to (?:forgive|come|answer|reply|talk|call|meet)",
        r"\b(?:one|1) (?:more|last) (?:chance|try)\b", r"\b(?:another|a second|one) chance\b",
        r"\bgive (?:me|us) (?:a|one|another|a second) (?:chance|shot|go)\b", r"\bjust (?:once|one (?:\w+ )?(?:more|last))\b(?! (?:thing|question|point|detail|note|bit))",
        r"\beither (?:you|u)\b[^.!?]{0,100}?\bor (?:i|i'm|i'll|we're|we)\b",
        r"\byou have until\b", r"\b(?:this is )?the last time i'?m (?:reaching|asking|messaging|writing|trying)\b",
        r"\b(?:i'?m|i am) not (?:leaving|going anywhere|moving|giving up on us)\b",
        r"\bnot (?:leaving|going anywhere) (?:until|till|unless)\b", r"\bthat'?s the deal\b",
        r"\bi'?ll keep (?:messaging|calling|texting|trying|writing|coming) (?:until|till)\b",
        r"\bif (?:you|u) don't\b[^.!?]{0,60}?\bi (?:honestly |really |seriously )?don't know what i'?(?:ll| will|'d| would) do\b",
        r"\bi (?:honestly |really )?don't know what i'?(?:ll| will|'d| would) do\b",
        r"\b(?:i'?m|i am) (?:so |really |completely |absolutely )?desperate\b",
        r"\bi can't be alone\b", r"\bi can't do (?:this|it) alone\b", r"\bi can't keep (?:going|doing this)\b",
        r"\bi'?d (?:cut off|die|give) (?:my own|for|anything)\b",
        r"\bi can't lose (?:you|u)\b", r"\bdon't (?:throw|give) (?:away|up on) (?:us|this|\w+ years)\b",
        r"\bmy life has no (?:more )?(?:sense|meaning|point)\b", r"\bthe days have no taste\b",
        r"\bi'?m not above begging\b", r"\bthat'?s all i'?m? ?ask(?:ing)?\b", r"\ball i(?:'m)? ask(?:ing)?(?: for)?\b",
        r"\bif (?:you|u) ever (?:loved|cared|meant)\b", r"\bdon't (?:leave|abandon) me\b", r"\bi'?m losing my mind\b",
        r"\bdon't say no\b", r"\bjust (?:five|ten|fifteen|twenty|\d+|a few|a couple of) (?:minutes|mins?|hours?)\b",
        r"\bi'?ll never ask (?:you )?(?:for )?anything again\b",
        r"\bi can't stop hoping\b", r"\bi can't lose (?:you|u|us)\b",
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
        r"\bcome home\b", r"\bcome back\b", r"\bdesperately\b", r"\bwith everything i have\b", r"\bwhatever it takes\b",
        r"\bi'?ll (?:wait|be waiting) (?:as long as|forever|however long)\b", r"\bcome on\b(?! over| round| along| in| by)", r"\bjust (?:meet|see|talk to|call|come|give) (?:me|us)\b", r"\bfor (?:\w+ )?minutes?\b", r"\bjust one\b", r"\bone (?:message|reply|word)\b",
    ]
)  # fmt: skip
# A respectful way out after an "if you don't": not a threat.
OPT_OUT = re.compile(
    r"\b(?:no worries|no pressure|no stress|(?:that'?s|it'?s|totally|completely|absolutely|honestly) "
    r"(?:fine|ok|okay|cool|all right|alright|understandable)|i (?:completely |totally )?understand|all good|"
    r"happy either way|fine by me|no problem|i get it|no hard feelings|no need to reply)\b",
    re.IGNORECASE,
)
_INSULTS = (
    r"idiot|stupid|pathetic|selfish|liar|coward|cowardly|heartless|cold-hearted|cruel|disgusting|fake|a joke|a clown|loser|"
    r"useless|worthless|spineless|gutless|a bitch|a bastard|an? (?:arse|ass|asshole|arsehole|dick|prick|twat|dickhead)|"
    r"immature|childish|ridiculous|unbelievable|a child|a narcissist|toxic|a psycho|crazy|mental|insane|evil|vile|"
    r"disrespectful|rude|a waste of (?:time|space)|an embarrassment|a disgrace|shameless|two-faced|a snake|a cheat"
)
ANGER = alternatives(
    *[
        # insults and contempt aimed at them
        r"(?:you'?re|you are|you were|you've been|you've always been|you always were|you're just|you are just|you really are|how) (?:\w+ ){0,2}?(?:" + _INSULTS + r")\b",
        r"(?:so|such an?|what an?|real|very|honestly|absolutely|completely|totally) (?:" + _INSULTS + r")\b", r"ridiculous", r"pathetic", r"unbelievable",
        r"childish", r"immature", r"grow up", r"get over yourself", r"who do you think you are", r"what(?:'s| is) wrong with you",
        r"how dare you", r"how could you", r"how can you", r"are you (?:serious|kidding|joking)", r"seriously\?", r"you can't be serious",
        r"shame on you", r"you should be ashamed", r"have some (?:respect|decency)", r"the (?:common |basic )?decency", r"basic respect", r"bare minimum",
        r"disrespectful", r"(?:real|very|so) classy", r"typical", r"of course you (?:did|would|didn't|wouldn't)", r"must be nice",
        r"hope (?:you'?re|you are) (?:happy|proud|pleased) (?:now|with yourself)", r"thanks (?:a lot|for nothing)", r"whatever\.",
        # charges and demands
        r"(?:you|u) owe me", r"owe me (?:an?|the|that)", r"the least (?:you|u) (?:can|could) do", r"after (?:all|everything)(?: i(?:'ve| have)? (?:done|did|gave))?[,.]",
        r"after (?:all|everything) i(?:'ve| have)? (?:done|did|gave)", r"(?:you|u) (?:always|never) (?:do|did|have|make|made|say|said|answer|reply|listen|care|think|ignore|call|text|respond|want|let|get|blame|put|understand|flake|cancel|show|bother|reply|pick up|take)\b(?! me (?:laugh|smile|happy|feel (?:good|better|safe|loved|special)))",
        r"like (?:you|u) always do", r"(?:you|u) (?:need|have) to (?:answer|reply|respond|explain|talk to me|tell me|stop|meet)", r"you'?d better", r"i demand",
        r"i(?: deserve| am owed|'m owed) (?:an? )?(?:answer|explanation|reply|apology|response|the truth)", r"answer me", r"reply to me",
        r"(?:your|ur) fault", r"(?:you|u) (?:ruined|destroyed|wrecked|broke|did this|made me|screwed|messed)", r"because of you", r"thanks to you",
        r"(?:you|u) (?:did|do) this to (?:me|us)", r"(?:you'?re|you are) (?:the )?(?:reason|problem)",
        # ultimatums and threats
        r"or else", r"otherwise i'?(?:ll| will)", r"(?:this is |it's )?your (?:last|final) chance", r"i won't ask again", r"(?:i'?m|i am) (?:asking|telling you) (?:one|1) (?:more|last) time",
        r"(?:i'?m|i am) done (?:waiting|asking|trying|with you|being nice)", r"(?:you'?ll|you will) regret", r"don't make me", r"you won't like",
        r"i'?ll (?:tell|show|post|send|ring|call|come round|turn up|show up)(?: \w+)? (?:everyone|your|it|them|the)\b", r"or i'?m (?:ringing|calling|telling|going to|coming|done|posting|sending)",
        r"whether you like it or not", r"(?:i'?m|i am) not letting (?:this|it|you) go", r"you can'?t (?:just )?(?:ignore|hide from|avoid) me",
        r"i'?ll (?:keep|be) (?:calling|texting|messaging|coming)", r"i know where you", r"i can see (?:you'?re|your|that you'?re) (?:online|typing|active)",
        # being ignored
        r"(?:stop|quit) (?:ignoring|avoiding|ghosting|blanking) me", r"(?:you'?re|you are|still|too busy|keep|keeps|kept) (?:ignoring|avoiding|ghosting|blanking) me", r"ignoring me",
        r"leav(?:e|es|ing) me on (?:read|seen|delivered)", r"left me on (?:read|seen)", r"why (?:are|do|did|won't|can't|would|wouldn't) (?:you|u) (?:always|keep|ignore|never|even|just|not)",
        r"why (?:won't|can't|don't) (?:you|u) (?:just )?(?:meet|answer|reply|talk|respond|give|pick up|call)", r"(?:can't|couldn't|won't) even (?:reply|answer|respond|text back|pick up|be bothered)",
        r"(?:not|without) (?:even )?(?:a|one) (?:single )?(?:word|reply|text|message)", r"not a single word", r"too (?:good|busy|important) to (?:reply|answer|text)",
        r"(?:couldn't|can't|could not) be bothered", r"someone so important", r"too much effort", r"making me beg", r"explain (?:yourself|why)",
        r"i'?ve (?:asked|messaged|texted|called|rung|tried) (?:you )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|so many|a dozen|a hundred|hundreds of) times",
        r"(?:you|u) (?:clearly )?don't (?:even )?care", r"guess (?:you'?ve|you have) forgotten", r"so now (?:you|u)", r"don't (?:flake|pretend|you dare|lie|bother)",
        # swearing and heat
        r"wtf", r"ffs", r"what the (?:hell|fuck|heck)", r"damn\w*", r"fuck\w*", r"piss(?:ed)? off", r"screw you", r"go to hell",
        r"fine then", r"forget it", r"i expect", r"you (?:can|could) at least", r"could at least", r"(?:you'?re|you are) being (?:unfair|ridiculous|childish|cruel|difficult|stubborn|silly|dramatic|selfish|petty)",
        # sarcasm: praise that means its opposite, aimed at them
        r"(?:oh )?(?:great|brilliant|perfect|lovely|cool|fab|wonderful)[,.!]+ (?:so (?:you|u|now|that's)|just (?:great|perfect|brilliant)|real (?:nice|mature|classy))\b",
        r"(?:nice|good|big|sweet|decent|lovely) of (?:you|u) to (?:finally|eventually|bother|even|at last)",
        r"(?:funny|interesting|amazing|strange|weird|good to know) how (?:you|u)\b", r"some of us (?:actually |still |do |at least )?(?:have|care|reply|bother|answer|work|know)",
        r"(?<![\w'])(?:real|very|so|how) (?:mature|classy|grown-up|adult|considerate)(?=\W*(?:$|[.!]))",
        r"(?:message|point|hint) (?:received|taken)", r"loud and clear", r"(?:i get|i got|got) the message", r"i can take a hint",
        r"whatever(?=\W*$|[,.!])", r"(?:everyone|everybody|anyone) (?:else )?(?:but|except) me", r"not that (?:you|u) (?:care|cared|'d care|would care|noticed|asked)",
        r"i see how it is", r"i'?m (?:just )?(?:supposed|meant|expected) to\b[^.!?]{0,50}(?:am i|is that it|right)\s*\?", r"could(?:'ve| have) at least",
        r"(?:the|had the) (?:guts|balls|decency|courage|nerve) to (?:say|tell|reply|answer|admit|be honest)", r"thanks for finally", r"(?:you'?re|you were|you are|your|you've been) ['\"‘“][a-z]+['\"’”]", r"(?<=[.!?] )again[.!?]*$",
        r"what (?:your|ur) (?:problem|deal|issue) is", r"(?:ignore|forget|block|leave|delete) me then", r"do (?:you|u) (?:even |actually |really |honestly )?care(?: or not| at all)?(?=\s*\?)", r"(?:i )?(?:guess|suppose|now) i know where i stand", r"classic (?:you|him|her)\b", r"how (?:convenient|predictable|typical)",
        r"while i(?: sit| sat| wait| waited| was sitting|'m sitting| am sitting) (?:here|at home|alone|by the phone)",
        r"enjoy (?:your|ur) (?:new )?(?:life|freedom|girlfriend|boyfriend|weekend|holiday)[,.]? (?:i suppose|i guess|then)\b",
        r"(?:^|(?<=[.!?] ))noted\.?\s*$", r"^k\.?\s*$", r"wow(?=[.,!]?\s+(?:ok|okay|noted|fine|right|cool|just wow)\b)", r"(?:yeah|ok|okay|fine|sure),? whatever",
        # rhetorical questions: "do you even care?", "is it that hard to ...?"
        r"do (?:you|u) even (?:care|read|listen|notice)", r"(?:is|was|would) it (?:really |so |that |too )+(?:hard|difficult|much to ask)",
        r"would it kill (?:you|u)", r"what(?:'s| is) (?:your|ur) (?:problem|deal|issue)", r"what(?:'s| is) the matter with (?:you|u)",
        r"who (?:does|says|treats) (?:that|someone|people like that)", r"what kind of (?:person|man|woman|human|friend)",
        # "you never ...": a charge of what they failed to do
        r"(?:you|u) (?:never|don't ever|didn't ever|never once|never even) (?:once |even |actually |really )?(?:repl(?:y|ied)|answer(?:ed)?|care[sd]?|listen(?:ed)?|call(?:ed)?|text(?:ed)?|"
        r"bother(?:ed)?|apologi[sz]ed?|ask(?:ed)?|made time|make time|had time|have time|show(?:ed)? up|turn(?:ed)? up|came|come|tri(?:ed|es)|gave|give|let me|"
        r"think|thought|help(?:ed)?|support(?:ed)?|notice[sd]?|consider(?:ed)?|appreciate[sd]?|respect(?:ed)?|put me|pick(?:ed)? up)\b",
        r"(?:you|u) always (?:find|found|have|had|make|made) time for\b", r"(?:you|u) always (?:put|choose|chose|run|ran|walk|walked|blame|blamed|turn|turned|make|made) (?:\w+ )?(?:yourself|him|her|them|away|off|everything|it about|me feel)",
        r"not even (?:the|a|one|the (?:common |basic )?decency)",
        r"(?:nice|good|great) to (?:see|know) (?:you'?re|you are|that you)", r"(?:you'?re|you are) (?:still )?too (?:busy|good|important)", r"i deserve\b(?! (?:it|this|that|what|better than (?:that|this)))",
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
    strong = [m.span() for m in STRONG_PLEADING.finditer(text) if not _denied(reading, m) and not _offered(reading, m)]
    weak = [m.span() for m in WEAK_PLEADING.finditer(text) if not _denied(reading, m)]
    return strong + (weak if len(weak) >= 2 else [])


def _offered(reading: Reading, match: re.Match[str]) -> bool:
    """A cue in an "if" clause that is not itself a threat ("if you ever give me a second chance")."""
    clause = reading.clause_at(match.start())
    return clause is not None and clause.link == "if" and not match.group().lower().startswith("if")


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
