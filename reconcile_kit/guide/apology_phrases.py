"""Word tables of the apology workbench: the apology itself, owning it, hedges, and the seven parts.

Written from the guide's S4.3, Lewicki, Polin and Lount (2016) and Schumann (2014). English only.
Every pattern runs on the normalised text of `clauses.read` (texting style already plain:
"u" is "you", "im" is "i'm", apostrophes restored), case ignored. `apology.py` decides what a
match means in its clause: who the subject is, whether a negation covers it, whether it is only
quoted ("people keep telling me it was nobody's fault"), whether the writer owns the choice.
The tables of what undoes an apology (excuses, blame, minimising ...) are in `apology_flaw_phrases`.
"""

from __future__ import annotations

import re

from .lexicon import SELF_JUDGEMENTS, harm_pattern
from .phrases import alternatives

__all__ = [
    "APOLOGY", "SHRUG", "REPORTED_APOLOGY", "MENTION", "OWN_CHOICE", "OWNING", "SORRY_FOR_ACT", "HEDGES",
    "EXPLANATION", "REPENTANCE", "REPAIR", "FORGIVENESS",
    "HARM_DONE", "GENERIC_OBJECTS", "OCCASION_ONLY", "HARM", "HARM_WORD",
]  # fmt: skip


_any = alternatives


HARM = harm_pattern()
HARM_WORD = alternatives(*HARM.split("|"))  # any form of a verb of harm, as a word

# --- the apology itself ---------------------------------------------------------------------
APOLOGY = _any(
    r"sorry", r"apologi[sz]e[sd]?", r"apologi[sz]ing", r"apologies", r"(?:an|my) apology", r"regret(?:s|ted|ting)?",
    r"i feel (?:so |really |very |truly |just )?(?:bad|terrible|awful|horrible|sick|ashamed|guilty)",
    r"ashamed", r"not proud", r"not (?:my|the) proudest", r"remorse\w*", r"forgive me", r"i wish i(?: had| hadn't| had not| could take| never|'d)",
)
# A shrug, not an apology: "sorry ig", "but fine, sorry", "sorry, grand".
SHRUG = _any(r"sorry(?: i guess| i suppose| or whatever| ok| okay| lol|,? grand)(?=\W*$|\W*[.!?])", r"sorry ig",
             r"fine[.,!]* sorry", r"ok(?:ay)? sorry", r"so sorry(?:,)? i guess")  # fmt: skip
# An apology reported, not made: "I already said sorry", "I'm not going to keep apologising".
REPORTED_APOLOGY = _any(
    r"(?:already |i |i've |i have |i'd )(?:said|say|told you) (?:i was |i'm |i am )?sorry",
    r"i already apologi[sz]ed", r"keep apologi[sz]ing", r"not apologi[sz]ing", r"sorry isn't (?:enough|big enough|the word)",
    r"an apology (?:isn't|is not) for", r"owe(?:s)? (?:you |me )?(?:an? )?(?:honest )?apology", r"waiting for an apology",
    r"write an apology", r"apology (?:is|was) owed", r"apologi[sz]e (?:to|for) (?:him|her|them|my|your (?:mum|dad|mother|father|sister|brother|parents|family))",
)
# Words only quoted or reported, not said by the writer now.
MENTION = _any(
    r"i (?:told|said to) (?:you|him|her|them|people|everyone|myself)(?: that)?", r"i said (?:that (?:i|you|it|he|she|we|they)\b|it was|you|i|i'd|i was|nothing|there was)",
    r"i (?:told|tell|kept telling|keep telling|used to tell|would tell) (?:myself|people|everyone|them|my friends)",
    r"i (?:told|tell) (?:you|him|her) (?:it was|that it was|i|i'd|i was|i had)",
    r"i (?:said|claimed|pretended|made out) (?:it was|that it was|i|i'd|i was|i had|i'd)",
    r"(?:people|everyone|everybody|my friends|my family|my sister|my mum|my therapist|they|others) (?:keep |keeps |kept |will |would |might |may )?(?:tell|tells|telling|told|say|says|saying|said|think|thinks)(?: me)?(?! (?:way |much |far )?worse)",
    r"(?:it|this|that) (?:might |may |could |would )?(?:look|looks|looked|sound|sounds|sounded|seem|seems|seemed) like",
    r"on paper", r"in words", r"it sounds like", r"(?:i was going|i started|i could|i was about|i almost|i nearly) to say",
    r"i (?:could|would|might) say", r"i'm not (?:going to|gonna) (?:say|tell you|pretend|claim)(?! sorry)",
    r"i (?:won't|will not|can't|cannot) (?:say|pretend|tell you|claim)(?! sorry)", r"not going to tell you",
    r"i used to (?:think|say|tell)", r"as if", r"acted like", r"made (?:it|you) out", r"called it",
    r"the (?:easy|usual|obvious) excuse", r"i could blame", r"i thought (?:about )?(?:saying|blaming)",
)
# Owning the choice: turns a nearby reason into an explanation and keeps the apology whole.
OWN_CHOICE = _any(
    r"(?:(?:that's|that is|it's|it is|this is|which is)(?: not| no)|isn't|wasn't|is not|was not|not)(?: meant as| really)? an? excuse",
    r"no excuse", r"(?:doesn't|does not|don't|do not|won't|will not|didn't|did not) (?:excuse|justify|cover|change|make (?:it|that|this|what i did) (?:ok|okay|right|better|any better))",
    r"i chose", r"(?:was|is) (?:a|my) choice", r"(?:it|that) was mine", r"my (?:choice|decision|doing)", r"i (?:could|should) have",
    r"i decided", r"(?:all )?on me", r"my fault", r"i own (?:it|that|this)", r"thin one", r"(?:isn't|aren't|is not|are not|wasn't|not) the point",
    r"not something i did to you", r"so were my choices", r"that's not the apology", r"not the reason",
    r"i'm not (?:going to|gonna) (?:hide|blame|use)", r"still (?:my|mine)", r"i picked", r"i knew (?:it|exactly|what)",
    r"(?:i|i'd) rather (?:not|own)", r"i (?:still )?did it", r"it was still", r"not (?:an |any )?excuse",
)
# Stock ways of owning it, and judging the act or oneself.
OWNING = _any(
    r"(?:all |entirely |completely |totally |100% |fully )?(?:my|mine) (?:fault|mistake|doing|responsibility|choice|decision|bad)",
    r"(?:it|that|this|the \w+) (?:was|is|'s) (?:all |entirely |completely )?(?:mine|on me)(?: alone)?", r"was mine(?! to)", r"mine and (?:nobody|no one) else's",
    r"(?:that one|this one|it|that|this)(?:'s| is| was)? (?:all |entirely |completely |totally )?on me", r"(?:all )?on me",
    r"i take (?:full |complete |total |all |the )*(?:responsibility|blame|ownership)",
    r"(?:i'm|i am) (?:fully |completely |totally |entirely )?(?:responsible|to blame|at fault|accountable)",
    r"i(?: was| am|'m| have been|'ve been) (?:so |really |very |completely |totally |absolutely |such an? |being )*(?:" + SELF_JUDGEMENTS + r")",
    r"i own (?:it|that|this|what i did|my|up|the)", r"i (?:was|were) (?:\w+ )?late\b", r"(?:i'll|i will|let me) own (?:that|it|this)", r"i (?:should|shouldn't|should not)(?: have|'ve)",
    r"i blame (?:only )?myself", r"i chose", r"i made (?:a |the |some |such a )?(?:mistake|bad|wrong|terrible|awful|poor|stupid|selfish)",
    r"i accept (?:that |the |full |my )?(?:it was|blame|responsibility|my|i)", r"i admit", r"i (?:fully )?acknowledge",
    r"i (?:messed|screwed|fucked|mucked|cocked) (?:up|it up|things up|everything up)", r"i know what i did",
    r"i (?:hurt|betrayed|disrespected|wronged|humiliated|insulted|belittled|embarrassed|failed|abandoned|deceived|used) (?:you|u)",
    r"i let (?:you|u) (?:down|carry|be|think|believe|sit|walk|wonder|spend|find|take|drive|deal|pay|face|go)",
    r"(?:was|that was|it was|that's|this was) (?:so |really |very |completely |totally )?(?:wrong|unkind|unfair|cruel|selfish|thoughtless|careless|mean|nasty|rude|cowardly|disrespectful|out of order|out of line|not ok|not okay|not fair|no way to treat \w+) (?:of me|to do|to you|and)",
    r"(?:that|it|this|which) (?:was|is) (?:so |really |very |completely |totally |just |a |\w+ and )*(?:wrong|unkind|unfair|cruel|selfish|thoughtless|careless|disrespectful|controlling|possessive|cowardice|cowardly|a violation|control|a lie|lies|untrue|not true|false|betrayal|inexcusable|unacceptable|unforgivable|not ok|not okay|not fair|no way to treat \w+|out of order|out of line|bang out of order)\b",
    r"(?:it|that|this) was (?:a |such a )?(?:rotten|terrible|awful|horrible|cruel|nasty|shitty|shit|low|stupid|selfish|cowardly|horrible|mean|vile|disgusting|hurtful|cruel|dreadful|despicable) (?:thing|move|way|trick|thing to do)",
    r"(?:there's|there is|that's|it's|that is|it is) no excuse", r"(?:it's|that's|it is|that is|it was|that was) (?:inexcusable|unacceptable|unforgivable)",
    r"i (?:did|do) (?:that|this|it) to (?:you|u)", r"i did it", r"it was me", r"(?:that|this) (?:one )?belongs to me",
    r"i was the one who", r"i'm the one who", r"nobody else's", r"no one else's", r"mine alone", r"i am ashamed of (?:that|it|what)",
    r"i (?:made|put) (?:you|u) (?:the|feel|doubt|think|believe|wait|choose|ask|pay|carry|through|in|into)",
    r"i broke (?:your|my|our|a|the|that|this|something)", r"i ruined", r"i (?:kept|keep) (?:you|u|it|doing|going|the)",
)
# "sorry for shouting", "sorry I lied", "sorry for the insults I sent": an apology that names what was done.
SORRY_FOR_ACT = re.compile(
    r"(?:sorry|apologi[sz]e|apologies|regret|ashamed)\s+(?:(?!if\b|in\b|case\b|you\b)\w+\s+){0,2}?(?:for\s+|about\s+|that\s+|of\s+)?"
    r"(?:(?:not |never )?(?:" + HARM + r")\b|(?<=for |out )(?:not |never )?(?!(?:every|any|no|some)thing\b|being\b|feeling\b|going\b|during\b)\w+ing\b|i\s+(?:\w+\s+)?(?:" + HARM + r")\b|(?:the|my|those|that|these|all the) (?:\w+ ){0,2}?"
    r"(?:insults?|comments?|remarks?|words|tone|lies|lying|affair|outburst|voice notes?|texts?|messages?|jokes?|things|stuff) (?:i|that i|about|on|at|in|to)\b)",
    re.IGNORECASE,
)
# Hedges that take an apology back when they follow it (same sentence, or the next one).
HEDGES = re.compile(
    r"(?<![\w'])(?:but|however(?! (?:much|long|many|hard|far|often|little|big|small|bad)\b| (?:you|they|we) (?:want|need|like|feel|choose|prefer|decide|wish|see fit)\b)|yet(?=,)|still(?=,)|(?<!even )(?<!as )though|(?<!even )although|(?<=[.,;:!?] )(?:that said|having said that|"
    r"that being said|mind you|then again|at the same time|to be fair|in fairness|in my defen[cs]e|even so|all the same|"
    r"saying that|on the other hand|be that as it may|except|just so you know|you have to (?:see|understand|remember)|"
    r"you've got to understand|in (?:all )?honesty|honestly though|to be honest|anyway(?=,)))(?![\w'])|"
    r"(?<=^)(?:that said|having said that|mind you|then again|at the same time|to be fair|in fairness|in my defen[cs]e|except)(?![\w'])",
    re.IGNORECASE | re.MULTILINE,
)
# What a hedge may go on to say without taking the apology back ("but it was my fault").
HEDGE_KEEPS = _any(
    r"(?:that's|that is|it's|it is|this is|which is) (?:no|not an?) excuse", r"i (?:really |truly |honestly )?am\b",
    r"(?:it|that|this|the \w+) (?:was|is) (?:all )?(?:my fault|on me|mine)", r"no excuse", r"not an excuse", r"i was wrong",
    r"i take", r"i own", r"i chose", r"i should have", r"i knew", r"i could have", r"(?:doesn't|does not|don't|won't) (?:excuse|justify|change|cover|make)",
    r"sorry isn't", r"i am sorry", r"i'm sorry", r"i really am", r"i mean it", r"i did", r"i still", r"(?:it|that) (?:was|is)n't (?:small|nothing|minor|a small)",
    r"you (?:didn't|did not|weren't|were not|never|don't|do not) ", r"i'm not asking", r"i don't expect", r"i hope", r"if you",
    r"i (?:hid|lied|let|made|kept|went|took|put|broke)", r"i can (?:see|tell|admit)", r"now i (?:see|know|realise|realize|understand)", r"i (?:know|realise|realize|understand) (?:i|it|that|now)\b", r"it (?:was|is) (?:still )?(?:my|mine|all my|a choice|wrong)\b", r"that's not (?:ok|okay|fair|right)",
    r"i'd (?:rather|like)", r"i want", r"that (?:doesn't|does not) (?:cover|excuse|change)", r"i wasn't", r"i didn't",
    r"(?:the|my) \w+ (?:isn't|aren't|is not|are not|wasn't) (?:the point|something|an excuse)", r"i think about", r"the truth",
    r"it wasn't", r"i'm not", r"i am not", r"we both know", r"i understand", r"i see", r"i get", r"i'll understand",
    # humility about the apology itself: "though I know saying it doesn't undo anything"
    r"i know (?:that )?(?:saying (?:it|sorry|this)|words|an apology|sorry|this|it) (?:doesn't|does not|won't|will not|can't|cannot|isn't|is not)",
    r"(?:saying (?:it|sorry|this)|words|an apology|sorry) (?:doesn't|does not|won't|will not|can't|cannot) (?:undo|fix|change|erase|take back|make up|mend)",
)


# --- the parts ------------------------------------------------------------------------------
EXPLANATION = _any(
    r"(?:because|since|cause) i(?: was| felt| wanted| didn't want| thought| needed| couldn't| didn't know| liked| believed| was scared| was afraid| was jealous| was angry| was annoyed| was insecure| was ashamed| was too|'d| had)",
    r"the (?:honest |real )?reason", r"(?:that's|that is|this is) (?:the )?(?:reason|why i)", r"explanation", r"the truth is",
    r"i (?:think|guess|know|realise|realize|see|understand) (?:now )?(?:that )?i (?:was|did|wanted|needed|felt|got|let|had|liked|reproduced|went|used)",
    r"i (?:was|felt|got) (?:so |really |very )?(?:jealous|scared|afraid|insecure|threatened|ashamed|angry|annoyed|frightened|panicked|petty|depressed|resentful|bitter|envious|proud|too proud|hurt|lonely|terrified|embarrassed|defensive|desperate)",
    r"out of (?:fear|jealousy|anger|insecurity|pride|habit|spite|shame|cowardice|panic|resentment)", r"it came from",
    r"(?:it|that) comes from", r"i (?:let|allowed) my (?:\w+ ){0,2}?(?:drive|take|win|get)", r"(?:so|so that) i(?: wouldn't| could| didn't| would|'d)",
    r"(?:just )?to (?:look|feel|seem|be) (?:good|big|clever|smart|modern|important|in control|right)", r"i (?:wanted|needed) to (?:be|feel|look|win|hurt)",
    r"i grew up", r"(?:it|that) was easier", r"i (?:didn't|did not) (?:know how|want to deal|want to face)", r"i was (?:afraid|scared) (?:of|that)",
)
REPENTANCE = _any(
    r"i(?:'ll| will) (?:be (?:better|different|honest|there|more|on time)|change|do better|never|not|stop|work on|make sure|listen|get help|go to|keep (?:working|going to|trying)|try to|learn|always|be a|call|tell you|show up|come|respect|give you space|think|talk|ask|check)",
    r"i(?: won't| will not| will never|'ll never) (?:do|ever|let|make|repeat|be|treat|say|speak|lie|hide|put|drink|go|cheat|shout|raise)",
    r"(?:won't|will not|will never|never will|never going to) happen again", r"never again", r"i promise",
    r"(?:i'm|i am) (?:now )?(?:seeing|getting|in (?:therapy|counselling|counseling|treatment|rehab|recovery|a program|a programme)|learning|working on|trying to (?:understand|change|learn|be)|sober|clean|on medication|committed to|continuing|going to|taking steps)",
    r"i(?:'ve| have) (?:now )?(?:been )?(?:seeing|talking to|going to|started|joined|stopped|quit|deleted|cut back|cut down|handed|begun|sought|got help|gotten help|been working on|been in|been doing the work|confessed|signed up|enrolled|booked|found a|been sober|been clean|given up)",
    r"i go to (?:\w+ ){0,2}?(?:meetings|therapy|ga|aa|na|group|groups|counselling|counseling|course|sessions|a counsellor|a therapist|church)",
    r"(?:sober|clean) (?:for|now|since)", r"\w+ (?:months|years|weeks|days) (?:sober|clean)", r"(?:now )?sober",
    r"from now on", r"going forward", r"in (?:the )?future", r"i intend to", r"i plan to", r"next time",
    r"i want to (?:change|do better|be better|grow|learn|understand)", r"i (?:commit|vow)", r"the work",
    r"support group", r"anger (?:course|management)", r"i(?:'ll| will) be (?:at|there)", r"i'm going to be (?:at|there|better)",
    r"i(?: see| am seeing|'m seeing) (?:someone|a counsellor|a therapist)", r"i'm learning", r"i(?:'ll| will) (?:actually )?listen",
)
REPAIR = _any(
    r"make (?:it|this|that|things) (?:up|right|better)", r"make (?:it )?up to (?:you|u)", r"make amends", r"put (?:it|this|things) right",
    r"how (?:can|could|do) i (?:make|fix|repair|help|put|start)", r"what can i do", r"is there anything i can do",
    r"(?:if|whatever) (?:you|u) need(?: from me)?", r"anything practical", r"just say(?: and i'?ll| the word)?",
    r"(?:i've|i have|i'll|i will|i'd like to|i want to|i would like to|let me|i can|i'm going to|i plan to|i'd|i've also|i've now|i am)(?: \w+ly)? (?:already )?(?:pay|paid|send|sent|transfer|transferred|return|returned|give (?:it |you )?back|given (?:it )?back|replace|replaced|fix|fixed|cover|covering|repair|repaired|buy|buying|bought|set up|arrange|arranged|tell (?:them|him|her|your|my|those|the|everyone|people)|told (?:them|him|her|your|my|those|the|every|everyone|people)|written to|write to|wrote to|call|called|correct|corrected|drive (?:her|him|it|them|you)|sort|sorted|refund|refunded|apologi[sz]e to|say sorry to|filed|reported|notified|instructed|found|closed|put (?:it|things) right|come with you|sit|pay(?:ing)? (?:it |you )?back|start paying|help)",
    r"pay(?:ing)? (?:you |it |them |that )?back", r"(?:until|till) it'?s (?:all )?(?:paid|back|covered|complete|done)", r"(?:check|cheque|payment|transfer) (?:is |was )?(?:enclosed|went out)",
    r"(?:every|each) (?:payday|month|week)", r"i'?m covering", r"i'?m paying", r"i'?m buying", r"starting (?:whenever|this|next)",
    r"(?:if|when) you'?ll (?:send|let|allow)", r"your (?:details|name is off)", r"(?:i'?ll|i will) (?:send|get) (?:you|u) (?:something|the money|it)",
    r"(?:take|drop|bring) (?:it|her|him|them) (?:back|over|round)", r"earn (?:back )?(?:your|the) trust",
)
FORGIVENESS = _any(
    r"forgive me", r"(?:can|will|would|could|might) (?:you|u) (?:ever |please |one day |someday |possibly |find it in your heart to )?forgive",
    r"(?:hope|hoping|ask|asking|beg|wish|pray|praying|want)(?: \w+){0,5}? (?:forgive|forgiveness)", r"forgiveness", r"pardon",
    r"(?:if|when) (?:you|u) (?:can )?(?:ever )?(?:can |could )?forgive",
)
# Schumann (2014): naming what it did to them.
HARM_DONE = _any(
    r"(?:made|left|let|had) (?:you|u) (?:feel|think|believe|doubt|carry|wonder|sit|stand|wait|do it|deal|face|walk|drive|pay|go|spend|find out|hear|learn|explain|look|chase|ask|be alone|alone|on your own|wondering|question|tiptoe|second-guess)",
    r"(?:you|u) (?:were|was|felt|must have felt|must've felt|'d have felt) (?:so |very |really |completely |totally |all )?(?:alone|scared|frightened|humiliated|hurt|small|stupid|foolish|worthless|unloved|invisible|abandoned|betrayed|afraid|terrified|embarrassed|ashamed|lonely|on your own|neglected|like a|trapped|unsafe|crushed|devastated|heartbroken|going through)",
    r"(?:it|that|this) (?:was|must have been|must've been|mustve been|would have been|is) (?:so |very |really |deeply |completely )?(?:humiliating|scary|frightening|hard|painful|awful|horrible|devastating|terrifying|lonely|cruel|embarrassing|confusing|exhausting|heartbreaking|unfair) (?:for|to|on) (?:you|u)",
    r"(?:humiliating|scary|frightening|painful|devastating|terrifying|embarrassing|hard|cruel) for (?:you|u)",
    r"(?:what|how much) (?:it|that|this|i) (?:cost|did to|put|took from) (?:you|u)", r"(?:it|that) cost (?:you|u)",
    r"i (?:hurt|humiliated|embarrassed|scared|frightened|betrayed|abandoned|belittled|shamed|broke|crushed|wounded|failed|isolated) (?:you|u|your|something in you)",
    r"(?:you|u) (?:lost|had to|spent|sat|waited|stood|walked|drove|carried|cancelled|started tiptoeing|deserved|needed|found out|came home|rang|asked|looked for|went through|dealt|took a cab|held|barely|settled|changed|were going thru|were going through)",
    r"(?:you|u) deserved", r"on (?:your|ur) own", r"(?:alone|by yourself)(?:,| at| in| for| on| while| with|\.)", r"in front of (?:everyone|your|ur|the|my|our|all)",
    r"(?:took|take) (?:it|that|this) (?:out )?(?:on|from) (?:you|u)", r"kicked (?:you|u) when", r"(?:your|ur) (?:own )?(?:eyes|mind|judgment|judgement|home|trust)",
    r"what (?:it|that) did to (?:you|us)", r"(?:the|your) (?:pain|hurt|harm|damage) (?:i|that i) (?:caused|did)",
    r"(?:you|u) (?:must|must've|mustve) (?:have )?(?:felt|been)", r"i know (?:how|what) (?:that|it|this) (?:felt|did|must)",
    r"(?:you|u) had (?:nights|days|to)", r"(?:stopped|stop) (?:wearing|going|trusting|believing|feeling)", r"(?:your|ur) sense of",
    r"(?:you|u) (?:found|heard) (?:out )?(?:from|about it from)", r"(?:that|this|it) mattered (?:to|so much to) (?:you|u)",
    r"a day that mattered", r"the most private", r"(?:it|that) (?:hurt|humiliated|embarrassed|scared|frightened) (?:you|u)",
    r"(?<!if )(?<!have )(?<!i )(?<!might )(?<!may )\b(?:hurt|humiliated|embarrassed|frightened|scared|crushed|wounded) (?:you|u)\b(?! (?:too|as well|first|back))",
)
# What counts as naming nothing: "sorry for everything", "the whole thing", "how I was".
GENERIC_OBJECTS = _any(
    r"everything", r"all of (?:it|this|that)", r"it all", r"all that", r"all this", r"all (?:the )?(?:things|stuff)", r"all things", r"all",
    r"every (?:last )?thing", r"any (?:\w+ )?(?:distress|hurt|pain|upset|offen[cs]e|harm|inconvenience|embarrassment|trouble|damage)", r"(?:the )?whole (?:thing|lot|mess|situation|business)", r"whatever(?: \w+){0,4}", r"anything(?: \w+){0,4}",
    r"(?:my|the|whatever|any) (?:part|share|role)(?: i (?:played|had))?(?: in (?:it|this|that|all (?:of )?(?:this|that|it)|how it ended|the \w+))?",
    r"how i(?: was| behaved| acted| treated you| have been|'ve been)", r"(?:my|the) (?:behaviou?r|actions|conduct|attitude|mistakes|wrongs|failings)(?: (?:those|these|that|this|over|in|at|during|the) \w+(?: \w+)?)?",
    r"(?:how|the way) (?:it|things|it all|everything|we) (?:\w+ )?(?:ended|went|turned out|happened|was|finished|played out)", r"the (?:events|situation|stuff|drama|mess)(?: \w+){0,3}",
    r"(?:all|any) (?:the |of the )?(?:drama|hurt|pain|upset|trouble|things|stuff)(?: \w+){0,2}", r"what (?:happened|i did|i said|i've done|went wrong|went down|went on)", r"being (?:me|myself|who i am|the way i am|like (?:this|that))",
    r"the (?:hurt|pain|upset|harm|damage|heartache|drama)(?: (?:i|that i) (?:caused|did))?",
    r"(?:the|last|these|those|the last|this past|the past) (?:few |two |three |\w+ )?(?:years?|months?|weeks?)", r"it", r"that", r"this",
    r"(?:my|our) (?:mistakes?|errors?)", r"(?:how|the way) i(?: was| am| have been|'ve been| behaved| acted| carried on)", r"things", r"stuff", r"us",
    r"the (?:\w+ )?(?:thing|things)(?: (?:at|with|about|in) (?:the )?\w+)?", r"the \w+ thing", r"errors",
    r"(?:the other|last|that|the|on) (?:night|day|evening|weekend|morning|afternoon|time)(?=\W*$|\W*[.!,;])", r"(?:(?:last|on|that|this) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| evening| morning)?(?=\W*$|\W*[.!,;])",
)
# "Sorry about the Vegas thing": an occasion without the act.
OCCASION_ONLY = _any(r"the (?:whole )?(?:\w+ ){1,2}thing", r"the thing (?:at|with|about|in) (?:the |my |your |ur )?\w+", r"that one")
