"""How texting reads: the word valences, emoji and phrases the tone suggestions add to VADER's lexicon.

VADER (Hutto & Gilbert 2014) was built on tweets and reviews. Messages from a former partner
read differently: a bare "ok." is cool, "xx" and "haha" are warm, "sorry" is mostly politeness,
a delayed train is not a feeling, and the coolest messages ("please don't text me again", "you
made your choice") hold no emotion word at all. Everything here is a general rule of texting,
written from how people text, never from any evaluation message. Rules: docs/tone.md.

Phrase tables are tuples of regular expressions in lower case with plain apostrophes; the
scorer builds them into `phrases.Phrases` on first use (so importing the kit compiles nothing),
where each apostrophe may be left out ("dont", "im"), since many people text without them
(write `\x27` in a look-behind, which must keep a fixed width). Each phrase must match whole
words and start with a spelled-out word (`phrases.starts`), so it can be filed under it.
"""

from __future__ import annotations

import re

__all__ = [
    "ACKNOWLEDGEMENTS",
    "BANTER",
    "CIRCUMSTANCE",
    "COOL",
    "CURT_ALONE",
    "CURT_VOCABULARY",
    "CURT_WITH_STOP",
    "EMOJI",
    "GREETING",
    "LEXICON",
    "NEGATIONS",
    "PRACTICAL",
    "PRACTICAL_WORDS",
    "RELATIONAL",
    "REWRITES",
    "REWRITE_WORDS",
    "SARCASM",
    "SARCASM_HINTS",
    "SENTENCE_MARKS",
    "SIGN_OFF",
    "WARM",
]


# -- words ----------------------------------------------------------------------------------

# Acknowledgements and politeness: VADER scores them as praise ("ok" +1.6, "cheers" +2.1), but
# "ok", "yeah", "thanks for letting me know" carry no warmth. Kept slightly positive.
ACKNOWLEDGEMENTS: dict[str, float] = {
    "ok": 0.3, "okay": 0.3, "kk": 0.2, "k": 0.0, "yeah": 0.3, "yea": 0.3, "ya": 0.3, "ye": 0.3,
    "yep": 0.3, "yup": 0.3, "yes": 0.6, "sure": 0.3, "fine": 0.2, "alright": 0.3, "right": 0.0,
    "thanks": 0.5, "thank": 0.5, "ty": 0.5, "thx": 0.5, "cheers": 0.5, "ta": 0.3, "please": 0.0,
    "pls": 0.0, "plz": 0.0, "cool": 0.5, "noted": 0.0, "like": 0.5, "pretty": 0.3, "honestly": 0.3,
    "wow": 1.0, "np": 0.3, "welcome": 0.5, "fair": 0.5, "grand": 0.6, "interesting": 0.3,
    "appreciate": 0.5, "appreciated": 0.5, "perfect": 0.4, "lovely": 1.2, "great": 1.5, "clearly": 0.0,
}  # fmt: skip

# Things that happen (a train, a phone, an illness): news, not a feeling about the reader.
# Their VADER valence is kept at a fifth.
CIRCUMSTANCE = (
    "delayed", "delay", "delays", "cancelled", "canceled", "cancel", "cancelling", "lost", "died",
    "dead", "sick", "ill", "broke", "broken", "ruined", "stolen", "flooded", "leaked", "leak",
    "sadly", "unfortunately", "closed", "late", "stuck", "crashed", "crash", "injured", "pain",
    "storm", "chaos", "hectic", "tired", "exhausted", "knackered", "funeral", "accident",
    "problem", "problems", "trouble", "failed", "fail", "disaster", "nightmare", "mess", "poorly",
    "busy", "stressed", "stress", "stressful", "struggling", "hard", "tough", "rough", "passed",
)  # fmt: skip

LEXICON: dict[str, float | None] = {
    **ACKNOWLEDGEMENTS,
    # missing someone or something shared is warm (REWRITES make it "missx"); missing a bus is not
    "miss": 0.0, "misses": 0.0, "missed": 0.0, "missing": 0.0, "missx": 1.2, "dear": 0.3,
    "sorry": 0.0,  # politeness; condolence is a WARM phrase
    "ugh": -0.3, "stop": -0.3, "weird": -0.3, "mad": -1.0,
    "aw": 1.5, "aww": 1.5, "yay": 2.4, "omg": 0.5, "iconic": 1.5, "legend": 1.5, "blushing": 1.5,
    "xo": 2.0, "xoxo": 2.0, "defo": 0.5, "deffo": 0.5, "whatever": 0.0,
    # pseudo-words put in by REWRITES and EMOJI (see below)
    "kissx": 2.0, "laughx": 1.5, "heartx": 2.5, "smilex": 1.5, "softsmilex": 0.8, "happytearsx": 1.5,
    "sobx": 0.8, "eyerollx": -2.0, "shrugx": -1.2, "sadx": -1.0, "brokenheartx": -1.5, "flatx": 0.0,
    "okx": 0.0, "neutralx": 0.0, "polite": 0.3, "still": 0.0, "keep": 0.0, "no": 0.0, "nah": 0.0,
    "touched": 1.2, "damn": -0.5,
}  # fmt: skip
# Pseudo-words for emoji, kisses and laughter: their valence stands, never negated or boosted.
SIGNS = frozenset(
    {"kissx", "laughx", "heartx", "smilex", "softsmilex", "happytearsx", "sobx", "eyerollx", "shrugx", "sadx", "brokenheartx"}
)
LEXICON.update({word: None for word in CIRCUMSTANCE if word not in LEXICON})  # None = a fifth of VADER's

# Emoji (single code points; skin tones, ZWJ and variation selectors are dropped first) ->
# pseudo-words scored in LEXICON. Emoji not listed read as VADER reads them (their description).
_EMOJI_GROUPS = {
    "laughx": "😂🤣💀☠😹😆😅😄😁😀😃",
    "heartx": "❤♥💕💖💗💓💞💘💝💜💙💚💛🧡🤍🤎🫶😍🥰😘😚😙😗💋🤗😻",
    "smilex": "😊☺😉😜😝😛🤪😋😌🙈🙌🎉🥳✨💃🕺😇😏",
    "softsmilex": "🙂",
    "happytearsx": "🥹🥲",
    "sobx": "😭",
    "eyerollx": "🙄🙃😒😑😐😤😠😡🤬🖕💅",
    "shrugx": "🤷",
    "sadx": "😢😞😔☹🙁😟😕",
    "brokenheartx": "💔",
    "okx": "👍👌✅🆗👋",
    "neutralx": "😩😫😬🫠😳🤔",
}
EMOJI: dict[str, str] = {ch: word for word, chars in _EMOJI_GROUPS.items() for ch in chars}
# Skin tones, variation selectors, the zero-width joiner and the gender signs it joins: dropped.
EMOJI_MODIFIERS = "".join(map(chr, range(0x1F3FB, 0x1F400))) + "\ufe0f\ufe0e\u200d\u2640\u2642"

# -- phrases rewritten before scoring (phrase -> a pseudo-word in LEXICON) ------------------

_REWRITES: tuple[tuple[str, str], ...] = (
    # polite phrases VADER reads as negation ("no" + "worries") or praise
    (r"no worries|no problem|no prob|no probs|nbd|no bother|not a problem|no stress", "polite"),
    (r"not bad", "polite"),
    (r"(?:don't|do not|dont) (?:you )?worry(?: about it)?|(?:i )?(?:don't|do not|dont) mind|no rush|no hurry", "polite"),
    (r"good (?:morning|afternoon|evening|night)", "polite"),
    (r"(?:not sure|unsure|no idea)", "neutralx"),
    (r"(?:have a |a )?(?:good|great|nice|lovely) (?:day|weekend|week|one)", "polite"),
    # logistics: a missed call is not missing someone
    ((r"miss(?:ed|ing)? (?:your |the |a |my |his |her |their )?(?:call|calls|text|texts|message|messages|bus|train|"
     r"flight|plane|deadline|post|parcel|delivery|appointment|email|emails)"), "neutralx"),
    ((r"miss(?:ed|ing|es)?(?= (?:you|u|ya|us|our|your|ur|having|talking|chatting|seeing|hearing|hanging|those|these|"
     r"the way|the old|that|this|him|her|them))"), "missx"),
    ((r"(?:(?<=i )|(?<=ive )|(?<=i\x27ve )|(?<=have )|(?<=really )|(?<=so )|(?<=do )|(?<=still ))miss(?:ed)?"
     r"(?=[ .!,]*(?:\w+x *)*$)"), "missx"),
    # double negatives: "never stopped caring" = still caring, "can't stop laughing" = keep laughing
    (r"(?:never|didn't|did not|haven't|have not|hasn't|won't|will never) stop(?:ped)?", "still"),
    (r"(?:can't|cannot|can not|couldn't) stop", "keep"),
    (r"(?:i )?hate (?:that|how) (?:much )?i", "neutralx"),
    (r"(?<!i\x27m )(?<!im )(?<!i am )(?<!so )mad (?:that|how)", "neutralx"),  # "mad that you messaged": surprise
    (r"(?:i'm|i am|im) (?:so |such )?(?:terrible|awful|useless|rubbish|the worst|bad|hopeless|crap) at", "neutralx"),
    # status answers to "how are you": polite, not warmth ("pretty good", "doing fine")
    ((r"(?:i'm |i am |im |i've been |ive been |been |doing |all )(?:pretty |really |very )?"
     r"(?:good|fine|well|ok|okay|alright|grand)"), "polite"),
    (r"pretty good", "polite"),
    (r"wrong (?:chat|number|person|message|convo|group|thread)", "neutralx"),
)  # fmt: skip
REWRITES = tuple(phrase for phrase, _ in _REWRITES)
REWRITE_WORDS = tuple(word for _, word in _REWRITES)  # the word that replaces each of REWRITES

# A formal sign-off with a name ("Best, Carol"; "Regards, Gordon"): a formality, not warmth.
# (The name must start with a capital in the message itself.)
SIGN_OFF = (
    (r"(?:^|(?<=[.!?,\n] )|(?<=[.!?,\n]))(?:best|regards|kind regards|best wishes|all the best|sincerely|yours|warmly|"
    r"warm regards|cheers|thanks|many thanks|respectfully)[,.]? +[^\W\d_][\w-]*\.? *$"),
)  # a tuple of one

# -- cues: phrases that set the tone whatever the words' valence ------------------------------

# Shutting down: asking the sender to stop, closing the subject, refusing, blaming the leaving.
# Cool whatever else the message says.
_CONTACT = r"(?:text|txt|message|msg|messag|contact|call|ring|email|dm|write to|reach out to|get in touch with)"
_END = r"(?= *(?:[.!?,]|$))"  # the phrase ends its clause ("go away." but not "go away for the weekend")
COOL = (
    # stop contacting me
    r"(?:don't|do not|dont|stop|quit|never|pls don't|please don't|please stop) (?:\w+ ){0,2}?" + _CONTACT
    + r"(?:ing|ed)? (?:me|this number|us|again|here)",
    r"(?:can|could|would|will) (?:you|u) (?:please )?(?:not|stop) " + _CONTACT + r"(?:ing)? (?:me|this number|us)",
    r"(?:stop|quit) (?:\w+ )?(?:texting|messaging|contacting|calling|ringing|emailing|dming|writing|reaching out|"
    r"getting in touch|bothering|harassing|pestering)" + _END,
    r"(?:asked|told|begged) (?:you|u) (?:not to|to stop|to leave)", r"(?:lose|delete|forget) (?:my|this) number",
    r"forget (?:you ever knew me|about me|i exist)", r"leave me (?:the hell |the fuck )?alone", r"leave me be", r"let me be",
    r"(?:block|blocking|blocked) (?:you|this number|your number|u)",
    r"respect my (?:wishes|decision|boundaries|boundary|space|choice)", r"(?:don't|do not) want (?:any )?contact",
    r"(?:i'd|i would) appreciate (?:it )?if (?:you|u) (?:didn't|did not|stopped|would stop|left|don't)",
    r"direct (?:any )?(?:further )?(?:communication|contact|correspondence)", r"through my (?:solicitor|lawyer|attorney)",
    r"(?:won't|will not|not going to|not gonna) (?:be )?(?:answer|repl(?:y|ie)|respond|engag)(?:ing|e)?",
    r"(?:go away|get lost|back off|jog on|do one)" + _END, r"piss off", r"f(?:uck|ck|k) off",
    r"(?:want|need) nothing (?:more )?(?:to do )?with (?:you|u)", r"(?:stay|keep) (?:out of my life|away from me)",
    r"out of my life", r"(?:don't|dont|do not|stop) check(?:ing)? (?:up )?on me",
    r"(?:don't|dont|do not) (?:ever )?(?:come|turn up|show up) (?:here|round|to my \w+|at my \w+)(?= *(?:[.!,]|$| again| ever))",
    r"(?:don't|dont|do not) ['\"]\w[^'\"]*['\"] me", r"leave (?:me|my \w+|us|them|him|her) out of (?:this|it)",
    # it is over
    r"(?:nothing|not much|nothing more|nothing else|nothing left|nothing further) (?:left )?to (?:talk about|say|discuss|add)",
    r"(?:conversation|chapter|discussion|subject)(?:'s| is| was| has been) (?:over|closed|done|finished)",
    r"(?:we're|we are|we were|i'm|i am|im) (?:so |well and truly )?(?:done|finished|over)(?= *(?:[.!]|$| with (?:you|this|us)))",
    r"(?:said|say) (?:everything|all) (?:that )?(?:i|i'm|im) (?:needed|wanted|had|have|need|want|going|gonna) to(?: say)?",
    r"(?:(?<=was your )|(?<=was the ))(?:decision|choice|answer)", r"you made your (?:choice|decision|bed)",
    r"you (?:chose|decided) (?:this|that|her|him)", r"(?:there's|there is) no (?:us|we|going back)", r"no going back",
    r"ship has sailed", r"not (?:getting|going to get|gonna get) back together",
    r"never (?:getting|get|going to get) back together", r"(?:happy|happier|better off|fine) without (?:you|u)",
    r"better this way", r"(?<=for the )best" + _END, r"(?:(?<=it\x27s )|(?<=its )|(?<=it is )|(?<=we\x27re )|(?<=we are )|(?<=this is )|(?<=it was ))over" + _END,
    r"(?:best|better) (?:if |that )?we (?:don't|do not|dont) (?:talk|speak|see each other|contact|meet|stay in touch)",
    r"go our (?:separate|own) ways", r"need (?:some |my )?(?:space|distance)(?= *(?:[.!,]|$| from))",
    (r"(?:i've|i have|ive|i) (?:already |finally )?moved on(?= *(?:[.!,]|$| from (?:you|u|us|this)| a long time| ages|"
    r" years| months| already| since))"),
    r"(?:you|u) (?:need|should|have|ought) to move on", r"move on" + _END, r"accept (?:that|it)(?= *(?:[.!]|$))",
    r"(?:i'm|i am|im) (?:seeing|dating) someone", r"(?:with|seeing) someone new",
    r"too late(?= *(?:[.!,]|$| now| for (?:that|this|sorry|us|apologies)))", r"late for (?:sorry|apologies|an apology)",
    r"(?:we're|we are) not (?:friends|together|mates)", r"last person (?:i|i'd|i'd ever)", r"(?:i'm|im|i am) (?:so )?over (?:you|u|it|us|this)(?= *(?:[.!?,]|$| and| now| already))",
    r"never again", r"(?:^|(?<=[.!?] ))(?:goodbye|farewell)(?= *\.?$)", r"(?<=\. )bye(?= *\.?$)",
    r"made my (?:decision|choice|mind up)" + _END, r"mind is made up",
    r"keep (?:this|it|things|contact) (?:strictly|purely|civil|professional)",
    # no
    r"(?:not happening|not a chance|no chance)(?= *(?:[.!,]|$|lol|lmao|haha|laughx|mate|sorry|tbh|thanks))",
    r"not in a million years", r"over my dead body", r"hard pass", r"(?:i'll|ill|i will) pass(?= *(?:[.!,]|$|thanks|on (?:that|this)))",
    r"said no" + _END, r"(?<!oh )(?<!ugh )(?<!omg )(?<!or )(?<!say )(?<!yes )(?<!no )(?:no|nah|nope)(?= *[.!]*$)",
    r"(?:i'd|i would|id) (?:rather|prefer) (?:not|you didn't|you did not|you not|to not|that you don't)",
    r"rather not (?:hear|talk|see|speak)", r"rather (?:we|you|u) (?:didn't|did not|don't|not|stopped)",
    r"(?:should|need to|have to|gotta|must) stop (?:talking|texting|messaging|contact|speaking|this|doing this)",
    r"(?:don't|do not|dont) think (?:that's|that is|it's|it is|this is) a good idea",
    r"(?:don't|do not|dont) (?:really )?want to (?:talk|catch up|see (?:you|u)|hear from|meet up|be friends|do this)",
    r"(?:don't|do not|dont) want to be (?:your )?(?:friends?|with (?:you|u)|together)",
    r"(?:don't|do not|dont) want (?:anything|this|to know)" + _END, r"not (?:really |exactly )?in the mood",
    r"(?:can't|cannot|won't) do (?:this|small talk|that)(?= *(?:[.!,]|$| anymore| again| with you))",
    r"(?:i'm|im|i am|we're|we are) not (?:having|doing) (?:this|that)(?= *(?:[.!,]|$| again| anymore| conversation| now| with))",
    r"not doing this (?:again|anymore)", r"(?:can|could) we not(?: do this)?(?= *[.!?]*$)", r"don't bother(?= *(?:[.!]|$))",
    r"(?:let's |lets )?leave it(?= *(?:[.!]|$| there| at that| alone))", r"let it go(?= *(?:[.!]|$))",
    r"save it(?= *[.!]*$)", r"spare me",
    (r"(?:please|pls|plz) (?:just )?(?:stop(?= *(?:[.!,]|$| (?:this|it|texting|messaging|contacting|calling)))|"
    r"accept (?:it|that|this|my)|respect (?:it|that|this|my)|leave me|move on|understand(?= *(?:[.!,]|$| that))|"
    r"(?:don't|do not)(?! (?:worry|apologi[sz]e|be|feel|stress|forget|hesitate|panic|rush|mind)))"),
    # not caring
    r"not interested(?= *(?:[.!,]|$| in (?:this|you|u|talking|getting|being|us|any|hearing|that)))",
    r"(?:don't|do not|dont) care(?! (?:which|where|when|either|whether|if we|what we|too much|much))",
    r"couldn't care less", r"idc|idgaf|dgaf", r"doesn't matter (?:to me|anymore|now)", r"not my problem",
    r"suit yourself", r"whatever (?:you say|floats)", r"do what(?:ever)? (?:you|u) (?:want|like)(?= *(?:[.!]|$))",
    r"(?:don't|do not|dont) have time for (?:this|you)", r"(?:ok|okay|sure|fine|cool|great|congrats|good|nice|thanks) i guess",
    r"(?:don't|do not|dont) miss (?:it|you|this|us)", r"(?:can't|cannot|don't|do not) trust (?:you|u|anything you|a word you|what you)",
    # blaming the leaving, ultimatums
    r"(?:you|u) (?:left|walked out|walked away)(?= *(?:[.!,]|$| me| us))", r"or (?:it|they|everything|i)(?:'ll| will| goes| go| gets)",
)  # fmt: skip

# Reproach: cool unless the message laughs, kisses or warms ("seriously?" is cool, "seriously?? 😂" teasing).
REPROACH = (
    r"get a grip", r"get over it", r"grow up" + _END, r"(?:got|have|has) (?:a|some) cheek", r"audacity",
    r"(?:tired|sick|exhausted|done) (?:of|by|with) (?:this|you|u|it all|all this|all of this)" + _END,
    r"(?:tired|sick|exhausted) of (?:your|ur) (?:games|lies|drama|excuses|nonsense|crap|shit|behaviour|behavior)",
    r"(?:(?<=some )|(?<=lot of ))nerve", r"how dare (?:you|u)", r"after (?:what|everything|all) (?:you|u) (?:did|put me through|said)",
    r"(?:you|u) had (?:\w+ ){1,2}(?:to say|to fix|to make|chances)", r"(?:never|not) once (?:asked|called|checked|bothered)",
    r"(?:you|u) had (?:your|ur|a|every|plenty of|so many|all the) (?:chance|chances|shot|time)",
    r"(?:i'm|i am|im) not your \w+", r"why (?:are|r) (?:you|u) (?:texting|messaging|contacting|calling|writing to|telling) me",
    r"why now", r"what do (?:you|u) (?:actually |even |really )?want(?: from me)?(?= *[.!?]*$)",
    r"(?:not sure|don't know|dunno|no idea) what (?:you|u) want (?:me to say|from me)",
    r"(?:something|anything) (?:you|u) (?:actually|even|really) (?:need|want)",
    r"typical(?: (?:you|u|of you))?(?= *(?:[.!]|$))", r"same old (?:you|u)", r"(?:you|u) always do (?:this|that)",
    r"(?:you|u) never (?:listen|change|learn)(?= *(?:[.!]|$))", r"(?:(?<=you )|(?<=u )|(?<=you really )|(?<=you clearly )|(?<=you still ))haven't changed",
    r"(?:^|(?<=[.!?] ))unbelievable(?= *\.?$)", r"are (?:you|u) (?:serious|kidding|joking)", r"seriously\?",
    r"(?:you've|you have|you) got to be kidding", r"(?<=is this a )joke", r"what(?:'s| is) (?:wrong with you|your problem)",
    r"(?:(?<=that\x27s )|(?<=thats )|(?<=that is )|(?<=it\x27s )|(?<=its ))(?:your|ur) problem", r"(?:(?<=a you )|(?<=a u ))problem", r"not everything is about (?:you|u)",
    r"don't flatter yourself", r"(?:(?<=you )|(?<=u ))should(?:'ve| have) thought",
    r"now (?:you|u) (?:care|wanna talk|want to talk|remember me|miss me)" + _END,
    r"where (?:were|was) (?:you|u) when", r"why would i care", r"(?:you|u) (?:never|don't|didn't) (?:cared|care)",
    r"(?:(?<=you )|(?<=u ))lied", r"(?:(?<=you )|(?<=u ))cheated", r"(?:you|u) (?:hurt|broke) me", r"(?:(?<=you )|(?<=u ))broke my heart", r"smh",
    r"exactly why", r"(?:we've|we have|we) been (?:over|through) (?:this|that|it)", r"not my (?:job|responsibility|concern)",
    r"like nothing (?:happened|ever happened)", (r"(?:you're|you are|ur|youre|u r) (?:so |just )?(?:unreal|unbelievable|"
    r"ridiculous|impossible|a joke|pathetic|delusional|something else)"), r"rich coming from", r"(?:nobody|no one|no-one) asked",
    r"(?:you|u) (?:don't|do not|dont) get to (?:decide|say|tell me|do this|do that|act|choose|judge|ask|be|come back|make)",
    r"not how (?:this|it|that) works", r"(?:you|u) need (?:help|therapy|to grow up)" + _END,
    r"(?:don't|didn't|do not|did not) remember asking", r"what do (?:you|u) want me to do(?: about it)?",
)  # fmt: skip

# Sarcasm: a warm word turned against the sender. These phrases are cool by themselves (they
# hold the warm word); hints count in pairs, and only in a message with warm words.
SARCASM = (
    r"good luck with that(?= *\.?$)",
    r"(?:nice|good|great|lovely) to know where i stand",
    r"how (?:kind|nice|thoughtful|sweet|lovely|generous|good|considerate|big) of (?:you|u)",
    r"how (?:kind|nice|thoughtful|sweet|lovely|generous|considerate)\.",
    r"^(?:oh|ooh|ah|wow),? (?:great|brilliant|lovely|wonderful|fantastic|perfect|amazing|super|fab|joy|goody|nice|of course)\b",
    r"where (?:was|were) (?:this|that|all this|all that)", r"only (?:took|taken|takes) (?:you|u)",
    r"(?:only|just) (?:ever )?(?:reach|text|message|call|get in touch|remember|write)\w* (?:\w+ ){0,2}when",
    r"when (?:you|u) (?:need|want) (?:something|a favour|a favor|money|help|stuff)",
    r"funny how", r"(?:i'm|i am|im) interesting again", r"(?:^|(?<=[,.!?] ))(?:you|u) again(?= *[.!?]*$)",
    r"remember(?:ed|s)? (?:i exist|my number|me now)", r"(?:i'm|i am|im) still alive",
    r"(?:congrats|congratulations|well done|thanks|nice of you|good of you) (?:\w+ ){0,2}finally",
    r"alert the press", r"thanks for nothing", r"stop the press(?:es)?", r"well done you", r"must be nice", r"good for (?:you|u)\.",
    r"hope (?:you're|you are|ur|you two are|you'll be|youre) (?:very |really |so )?happy (?:together|with (?:her|him|them))",
    r"hope (?:she|he|they|it) (?:was|were|is|are) worth it",
    r"(?<=your )new (?:gf|bf|girlfriend|boyfriend|partner|wife|husband|fella|man|woman|girl|guy|missus|bird)",
    r"(?:she|he)(?:'s| has| is) (?:dumped|left|ditched|finished with) (?:you|u)",
    r"really, (?:thrilled|delighted|happy|glad|touched)",
)  # fmt: skip
SARCASM_HINTS = (
    r"as (?:always|usual|ever)", r"typical", r"finally", r"^(?:great|brilliant|lovely|wonderful|fantastic|perfect|amazing|super|fab|nice|cool|awesome|sweet)[,.]",
    r"(?:genuinely|truly|honestly|literally|seriously) (?:my )?(?:favou?rite|the best|best|thrilled|delighted)",
    r"favou?rite thing", r"(?:great|perfect|amazing|brilliant|impeccable|wonderful|fantastic|excellent) timing", r"thanks? (?:you )?so much for", r"(?:(?<=so )|(?<=very ))(?:touched|flattered|honoured|honored)",
)  # fmt: skip
# A sincerity tag as its own sentence after warm words ("Super happy for you. Truly."): sarcasm.
SINCERE_TAG = re.compile(r"(?:^|(?<=[.!?] ))(?:really|truly|genuinely|seriously|sincerely)\.(?= |$)")
# quoting the sender's words back at them ('just checking in')
QUOTED = re.compile(r"(?:^|\s)['\"][a-z][^'\"]{1,40}['\"](?=\s|$|[.,!?])")

# Warmth: asking after the user, kisses, sympathy, wanting to meet, warm idioms.
WARM = (
    r"how(?: are| r| have|'ve|ve| re|'re) (?:you|u|ya|things)(?: been| doing| keeping| getting on)?",
    r"how(?:'s|s| is| are| was| did| do|'d) (?:your|ur|the|it|life|things|everything|work|uni|school|yours)",
    r"how(?:'s| is| are) \w+ (?:\w+ )?(?:doing|treating (?:you|u)|going|getting on)",
    r"how (?:about|abt) (?:you|u)\b", r"(?:and|what about|wbu|hbu) ?(?:you|u|yourself)?\?", r"(?:^|(?<=[.!?] )|(?<=[.!?]))(?:you|u|yourself)\?",
    r"tell me (?:everything|stuff|more|all|about)", r"what(?:'s| is| have) (?:new|up|you been up to)",
    r"are (?:you|u) (?:ok|okay|alright|doing ok|feeling better)", r"wondering how (?:you|u)", r"how (?:you|u) (?:keeping|doing|been)",
    r"here (?:for (?:you|u)|if (?:you|u) (?:need|want))", r"thinking (?:of|about) (?:you|u)",
    r"sorry (?:about|for|to hear about|to hear) (?:your|the|that|what)", r"call me if", r"take care",
    r"hope (?:you're|you are|ur|youre|you) (?:ok|okay|alright|well|good|doing (?:ok|well|good|alright)|feeling better)",
    r"proud of (?:you|u)", r"(?:you'll|you will|gonna|you're gonna) (?:smash|nail|ace|crush|kill) it", r"good luck",
    r"(?:no need|don't need|you don't have|don't have) to (?:apologi[sz]e|say sorry|be sorry|explain)",
    r"don't be (?:daft|silly|sorry|soft|an idiot)", r"no hard feelings", r"we're (?:good|all good|cool|fine|grand)",
    r"made my (?:whole |entire )?(?:day|week|night|year|month)", r"over the moon", (r"hoping (?:you'd|you would|you'll|you might) "
    r"(?:text|message|call|get in touch|reach out|say|ask)"), r"(?:any ?time|of course)(?= *!)",
    r"(?:we should|let's|lets) do this (?:more often|again|more)", r"means (?:a lot|so much|the world)", r"(?:(?<=good to )|(?<=nice to )|(?<=lovely to )|(?<=great to )|(?<=amazing to ))hear from",
    r"been (?:ages|too long|forever|a while)", r"of course i (?:remember|will|'ll|would|'d)", r"wouldn't miss it",
    r"i(?:'d| would) (?:really |so |very much |honestly )?(?:like|love) (?:that|to)", r"(?:let's|lets|love to|be nice to|be good to|would be nice to|we should|we could) catch up",
    r"catch up (?:soon|sometime|properly|over)", r"can't wait", r"glad (?:you|u) (?:texted|messaged|wrote|reached out|got in touch|asked)",
    r"(?:say|said) hi", r"go on then", r"yes please", r"count me in", r"(?:i'm|im) in(?= *[!.]|$)",
    r"(?:didn't|did not|should have|should've) (?:do|done) this sooner", r"(?:(?<=you )|(?<=u ))remembered", r"i (?:still )?remember",
    r"(?:can't|cant) lie", r"(?:not gonna|won't) lie", r"forgot how (?:\w+ ){0,2}(?:you|u) (?:are|were)",
    r"keep me posted", r"(?:didn't|did not|don't|do not) have to (?:do that|do this|get me|bring|send)", r"let me know how (?:it|you|that|they|the \w+) (?:go|goes|went|get on|got on)", r"fingers crossed",
    r"think(?:ing)? (?:about|of) (?:that|the|our|those|when)", r"sending (?:hugs|love|you)", r"big hugs?",
    r"(?:love|luv) (?:ya|you|u)", r"look(?:ing)? forward", r"(?:i've |i |i have |i've really |really )?miss(?:ed)? (?:you|u|ya|us|this)", r"(?:me|same) too", r"same here", r"glad to hear", r"happy for (?:you|u)(?= *(?:!|x|$))",
    r"(?:happy|hope you have a (?:great|lovely|good)) (?:birthday|bday|christmas|new year)",
)  # fmt: skip

# An excited hello: "hi!" (a "!" later on), "hiii", "omg hi", "aww hey".
GREETING = (
    r"(?:hi{1,6}|hey{1,6}|hiya{1,4}|heya{1,4}|hello{1,6}|hallo{1,4})(?=[^!]*!)",
    r"hii{1,5}|heyy{1,5}|hiyaa{1,3}|heyaa{1,3}|helloo{1,5}",
    r"(?:omg|aw|aww|awww|oh|ooh|ah|ahh) (?:hi+|hey+|hiya+|heya+|hello+)",
)
# A stretched word ("yesss", "sooo", "stoppp"): playful enthusiasm. Humming and hushing are not.
STRETCHED = re.compile(r"\b(?![hmz]+\b)(?!s?h+\b)\w*([a-z])\1\1\w*")

# Practical talk (days, times, things, plans, hedges): a sad word there is news, not a tone.
PRACTICAL_WORDS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tues", "tue", "wed",
        "thurs", "thu", "fri", "sat", "sun", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
        "sundays", "weekend", "tomorrow", "tmrw", "tmr", "tonight", "today", "later", "morning", "afternoon",
        "evening", "o'clock", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "address", "key", "keys", "deposit", "landlord", "lease", "rent", "bill", "bills", "post",
        "parcel", "package", "delivery", "mail", "flight", "train", "bus", "car", "phone", "charger", "card", "cards",
        "refund", "ticket", "tickets", "form", "receipt", "box", "document", "documents", "paperwork", "signal",
        "battery", "wifi", "internet", "work", "shift", "meeting", "office", "appointment", "doctor", "hospital",
        "vet", "boiler", "router", "contacts", "insurance", "account", "bank", "money", "payment", "invoice",
        "storage", "unit", "basement", "flat", "house", "move", "moving", "boxes", "stuff", "books", "bike",
        "furniture", "couch", "sofa", "contract", "licence", "license", "laptop", "computer", "photos", "pics", "tv",
        "traffic", "roads", "weather", "rain", "snow", "tube", "taxi", "uber", "parking", "printer", "kids", "school",
        "instead", "reschedule", "pickup", "maybe", "idk", "dunno", "depends", "probably", "now", "atm", "rn",
        "message", "messages", "text", "texts", "email", "emails", "number", "voicemail", "call", "driving", "omw",
        "garage", "shop", "restaurant", "table", "door", "kitchen", "room"
    }
)  # fmt: skip
PRACTICAL = (
    r"(?:next|this|last) (?:week|month)", r"washing machine", r"will reply", r"reply properly", r"get back to (?:you|u)",
    r"let (?:you|u) know", r"i'll (?:text|send|check|ask|let|call|reply|transfer|forward|drop|bring)",
    r"can we (?:do|push|move|make|rearrange|reschedule)", r"pick up", r"drop off", r"so probably", r"so i can't",
    r"let me check", r"haven't checked", r"(?:at|in) (?:the moment|a meeting)", r"(?:on|in) (?:my|the) way",
)  # fmt: skip

PRACTICAL_NUMBERS = re.compile(r"\d+(?::\d\d)? ?(?:am|pm|st|nd|rd|th)\b|\d+ (?:hours|hrs|mins|minutes|days|weeks)\b")

# Keeping distance: a negated statement about the relationship or talking ("I'm not coming back",
# "I don't owe you an explanation", "I can't trust anything you say"), with nothing warm or
# practical in the message, reads cool even without a feeling word. (Pronouns alone do not
# count: "you don't need to bring anything" is practical.)
NEGATIONS = frozenset(
    {"not", "no", "never", "nothing", "nobody", "none", "cannot", "don't", "dont", "can't", "cant", "won't", "wont",
     "didn't", "didnt", "doesn't", "doesnt", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "shouldn't",
     "wouldn't", "couldn't", "haven't", "hasn't", "hadn't", "ain't", "neither", "nor"}
)  # fmt: skip
RELATIONAL = frozenset(
    {"us", "talk", "talking", "speak", "speaking", "contact", "back", "together", "friend", "friends", "chance",
     "point", "explanation", "argue", "arguing", "fight", "fighting", "drama", "games", "relationship", "past",
     "forgive", "forgiven", "owe", "apology", "apologise", "apologize", "apologised", "apologized", "care",
     "caring", "love", "feelings", "pretend", "mistake", "choice", "regret", "believe", "hear", "closure"}
)  # fmt: skip

# Teasing: laughter, kisses or warm emoji turn "you idiot" and "the worst" into banter.
BANTER = frozenset({"laughx", "kissx", "heartx", "smilex", "happytearsx", "sobx", "xo", "xoxo", "aw", "aww"})

# A curt reply: the whole message is acknowledgement words, cut off. Some read cool by themselves
# ("k", "whatever", "no"); the others only with the full stop that closes them ("ok.", "Fine.")
# (Gunraj et al. 2016 found a full stop makes a one-word text reply read less sincere).
CURT_ALONE_WORDS = frozenset(
    {"k", "whatever", "whatevs", "nope", "nah", "no", "mhm", "mm", "mmhm", "stop", "enough", "don't", "dont"}
)  # fmt: skip
CURT_ALONE = frozenset(
    {"if you say so", "and", "so", "no thanks", "no thank you", "do not", "not now", "cool story", "fine whatever",
     "sure sure", "ok and", "k then", "right ok"}
)  # fmt: skip
CURT_WITH_STOP = frozenset(
    {"ok", "okay", "kk", "fine", "sure", "right", "cool", "great", "yep", "yup", "yeah", "yes", "ya", "nice", "lovely",
     "good", "then", "alright", "ha", "wow", "interesting", "seen", "oh", "ah", "well", "thanks", "thx", "ta", "noted",
     "busy", "bye",
     "nice one", "sure thing", "oh well", "up to you", "if you want", "just wow", "good for you", "got it"}
)  # fmt: skip
CURT_WORDS = CURT_ALONE_WORDS | {phrase for phrase in CURT_WITH_STOP if " " not in phrase}
# Every word a curt reply can have: a message with any other word is not one.
CURT_VOCABULARY = CURT_WORDS | {word for phrase in CURT_ALONE | CURT_WITH_STOP for word in phrase.split()}
# What parts a reply into its sentences when it is read for curtness ("ok. fine." is two).
SENTENCE_MARKS = re.compile(r"[.!?,;]+")
