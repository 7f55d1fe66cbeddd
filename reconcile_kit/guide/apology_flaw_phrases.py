"""Word tables of what undoes an apology: conditional, sorry for their feelings, passive, excuses,
blame put on them, minimising and denial (`apology_flaws` reads them).

Written from the guide's S4.3 and the finding definitions in docs/guide-engine.md. English only,
run on the normalised text of `clauses.read`, case ignored; `apology_flaws` decides what a match
means in its clause. The apology itself, owning it, hedges and the seven parts: `apology_phrases`.
"""

from __future__ import annotations

import re

from .phrases import alternatives

__all__ = [
    "CONDITIONAL", "IF_HARM", "IF_THEIR_CHOICE", "FEELINGS", "PASSIVE", "NOT_PARTICIPLES", "PASSIVE_ACTS",
    "PASSIVE_VERBS", "PASSIVE_EVENTS", "EXCUSES", "BLAME_SHIFT", "MINIMIZING", "DENIALS",
]  # fmt: skip


_any = alternatives

# --- conditional ----------------------------------------------------------------------------
CONDITIONAL = _any(
    r"(?:may|might|could)(?: well)? have (?:\w+ )?(?:hurt|upset|offended|caused|bothered|been|contributed|made|affected|wounded|embarrassed|seemed|come across)",
    r"for any (?:\w+ )?(?:hurt|pain|offen[cs]e|upset|harm|inconvenience|distress|embarrassment|misunderstanding|trouble|discomfort)",
    r"to (?:the|whatever|any|what(?:ever)?) extent", r"insofar as", r"in case (?:i|my|anything|that|it|you)",
    r"should (?:any|my|i|anything|it|that)\b[^.!?]{0,60}?\b(?:have|cause|hurt|offend|upset|wound|bother)",
    r"if (?:any|there was any) (?:\w+ )?(?:hurt|pain|harm|offen[cs]e|upset|distress|damage) (?:was|has been|were)",
    r"whatever (?:hurt|pain|harm|offen[cs]e|upset|distress|misunderstandings?)",
)
# An "if" clause about the act or the hurt ("if I hurt you", "if that upset you") ...
IF_HARM = _any(
    r"hurt\w*", r"upset\w*", r"offen\w+", r"bother\w*", r"pain\w*", r"distress\w*", r"embarrass\w*", r"wound\w*",
    r"harm\w*", r"uncomfortable", r"trouble", r"caused", r"contributed", r"unloved", r"harsh", r"short with",
    r"rude", r"i (?:\w+ )?(?:did|said|was|went|made|came|acted|behaved|ever)", r"my \w+", r"anything i", r"what i",
    r"something i", r"any of", r"some of", r"that", r"it", r"things", r"stuff", r"(?:a|the) \w+ (?:was|were|went|came)",
    r"tough spot", r"bad", r"sad", r"down", r"neglected", r"ignored", r"excluded",
)
# ... and one about what the other person may choose (not a hedge: "if you'll let me", "if not").
IF_THEIR_CHOICE = re.compile(
    r"^(?:if|unless|whether)\s+(?:you|u|they|she|he|not|so|it helps|that's ok|that's okay|there's|there is|you'll|you'd|"
    r"you're|one day|someday|ever|at all|need be|possible|i may|i can|i could|i might|i ever (?:get|can|could))\b"
    r"(?!(?:'re|'ve been|\s+(?:were|was|felt|feel|got|get|have been|'ve been|took|take|saw|see|are|still|are still))?\s+(?:\w+\s+)?(?:hurt|offended|upset|bothered|embarrassed|uncomfortable|sad|angry))",
    re.IGNORECASE,
)
# --- blaming the feelings -------------------------------------------------------------------
FEELINGS = _any(
    r"(?:sorry|apologi[sz]e|apologies)\s+(?:(?!if\b)\w+\s+)?(?:that\s+)?(?:it|this|that|my \w+|the \w+(?: \w+){0,3}?) (?:upset|hurt|offended|bothered|embarrassed|annoyed|made) (?:you|u)\b",
    r"(?:for|about) (?:your|any) hurt feelings", r"for how (?:it|that|this|i|my \w+) (?:made|makes|left) (?:you|u) feel",
    r"(?:you|u) (?:always |just |really |clearly |obviously )?(?:take|took|read|see|saw|interpret|interpreted|heard|hear|twist|twisted) (?:it|things|everything|this|that|me|what i (?:say|said)) (?:the wrong way|wrong|(?:so |too |way too )?personally|out of context|(?:so |too )?seriously|(?:so )?badly|to heart)",
    r"(?:you'?re|you are|you were|you've been|you) (?:\w+ )?over-?react\w*", r"you chose to (?:be|feel|get|take|see)", r"your feelings are (?:your|not my)",
    r"(?:i can't|i cannot|i'm not responsible for|not my job to) (?:control|manage|fix)? ?how (?:you|u) (?:feel|react|take|hear)",
    r"(?:you|u) (?:get|got|are|were) (?:so|too|way too|really|all|easily|so easily) (?:offended|upset|worked up|wound up|triggered)",
    r"(?:sorry|apologi[sz]e|apologies|regret)(?:\s+(?!if\b|in\b)\w+)?(?:\s+that)?\s+(?:you|your feelings|you've|you're)\s+(?:\w+\s+)?(?:feel|felt|feeling|were|are|was|got|get|getting|take|took|see|saw|think|thought|experienced|chose|choose|had to see|didn't enjoy|hurting|heard|upset|hurt|angry|sad|disappointed|offended|embarrassed|uncomfortable|worked up|annoyed|mad|have been|'ve been|reacted|ended up)",
    r"(?:sorry|apologi[sz]e|apologies)\s+(?:\w+\s+)?(?:for\s+)?(?:how|the way)\s+you\s+(?:feel|felt|took|take|see|saw|reacted|heard)",
    r"(?:sorry|apologi[sz]e|apologies|regret)\s+(?:(?!if\b|in\b)\w+\s+)?(?:that\s+)?(?:it|this|that|they|things|the \w+(?: \w+){0,4}?|my \w+(?: \w+){0,2}?|your \w+)\s+(?:came across|landed|came out|has been|have been|had been|was|were|are|is|made you feel|bothered you|upset you|hurt you|offended you|wasn't what|didn't go|looked|seemed)\b(?!\s+(?:late|broken|sold|lost|not|never|my|mine|me|i|done|made|told|said|left|taken|forgotten|missed|wrong of me))",
    r"(?:you're|you are|you were|you've always been|you can be|you get|you always were|you|you've been|you're being|you were being|you're still)\s+(?:being\s+|always\s+|honestly\s+|just\s+|way\s+|so\s+|too\s+|a bit\s+|far\s+|bit\s+|quite\s+|really\s+|very\s+|a little\s+|overly\s+|over\s+|still\s+)*(?:sensitive|touchy|precious|dramatic|emotional|easily offended|thin-skinned|hysterical|paranoid|oversensitive|over-sensitive|quick to see the worst)",
    r"(?:way|far|much|too) (?:too |to )?(?:sensitive|touchy|precious|dramatic)", r"over-?sensitive", r"(?:you|everyone thinks you) overreact\w*",
    r"(?<!i )(?<!i have )(?<!i've )(?:took|take|taking|took it) (?:it |this |that |things |my \w+ |the \w+ )?(?:so |too |way too )?(?:the wrong way|personally|too seriously|so badly|to heart|badly|in that spirit|hard|so hard)",
    r"(?:you|u) (?:completely |totally |just )?(?:misread|misunderstood|misheard|read (?:it|too much) (?:wrong|into))",
    r"how (?:you|u) choose to (?:hear|see|take|read)", r"(?:you|u) heard (?:criticism|an insult|it wrong)",
    r"(?:you|u) experienced (?:them|it|that|this) as", r"(?:you|u) got (?:so |really |all )?(?:worked up|upset|wound up|offended)",
    r"made yourself (?:so )?(?:miserable|upset|ill|sick)", r"(?:contributed to|led to) (?:you|u) feeling", r"chose to see it", r"landed (?:so )?(?:hard|badly)",
    r"(?:sorry|apologi[sz]e)\s+(?:\w+\s+)?(?:for\s+)?how (?:you|u) feel", r"(?:came|come|comes|coming) (?:across|off|out) (?:that way|wrong|badly|as|harsher|harsh|worse|the wrong way)", r"(?:it|that|this|my \w+) (?:sounded|read|landed) (?:that way|wrong|badly|worse)",
    r"rubbed (?:you|u) (?:up )?the wrong way", r"got under (?:your|ur) skin", r"(?:landed|came out|went down) (?:wrong|badly|the wrong way)",
    r"you (?:always|never) (?:take|took|see|saw) (?:things|it|anything)", r"quick to see the worst",
)
# --- passive --------------------------------------------------------------------------------
PASSIVE = re.compile(
    r"(?<![\w'])(?P<subject>[\w']+)\s+(?:was|were|got|has been|have been|had been|is being|was being|"
    r"were being|did not get|didn't get|never got|never were|weren't|wasn't|ended up|end up|went|'s been)\s+"
    r"(?:\w+ly\s+|just\s+|all\s+|a bit\s+|kind of\s+|sort of\s+|somehow\s+|then\s+|also\s+|never\s+|not\s+)*"
    r"(?P<participle>\w+(?:ed|en)|said|done|told|sold|lost|left|made|had|hit|hurt|cut|broken|thrown|put|spent|taken|"
    r"given|forgotten|kept|shown|sent|stolen|hidden|paid|crossed|flung|bought|moved|resold|missed|spread|read|"
    r"out of hand|online|in the (?:\w+ )?(?:chat|group chat|bin|post)|on (?:rent|bills|the \w+)|into the \w+|toward \w+|"
    r"wrong|too far)\b",
    re.IGNORECASE,
)
# Participles that are states or adjectives here ("was tired", "were married"), or time words.
NOT_PARTICIPLES = frozenset({
    "tired", "stressed", "married", "worried", "scared", "ashamed", "embarrassed", "interested", "excited", "involved",
    "supposed", "used", "meant", "concerned", "finished", "based", "related", "located", "called", "named", "born",
    "pleased", "surprised", "shocked", "annoyed", "bored", "confused", "frustrated", "exhausted", "overwhelmed",
    "determined", "prepared", "convinced", "allowed", "expected", "needed", "wanted", "owed", "engaged", "divorced",
    "separated", "depressed", "committed", "attached", "obsessed", "stuck", "drunk", "hungover", "hooked", "addicted",
    "relieved", "disappointed", "devastated", "terrified", "heartbroken", "gutted", "scarred", "damaged",
    "thrilled", "delighted", "amazed", "impressed", "blessed", "sorted", "settled", "done", "closed", "open", "seen",
    "been", "even", "often", "ten", "eleven", "seven", "kitchen", "garden", "children", "women", "men", "oxygen",
    "listened", "happened", "started", "ended", "changed", "opened", "covered", "handled", "mixed", "booked",
    "organised", "organized", "planned", "scheduled", "invited", "included", "welcomed", "loved", "liked",
    "raised", "grown", "brought", "taught", "trained", "qualified", "employed", "unemployed", "paid", "fed",
    "fired", "hired", "promoted", "diagnosed", "admitted", "discharged", "released", "arrested", "released",
    "broken", "shaken", "stolen", "lost", "spent", "wasted", "blown", "mistaken", "taken", "forgotten", "hidden",
    "hurt", "left", "made", "put", "read", "sent", "shown", "given", "kept", "moved", "said", "told", "done",
    "cancelled", "canceled", "delayed", "adjusted", "buckled", "funded", "swallowed", "questioned", "postponed",
})  # fmt: skip
# Participles of a harmful act: "the rings got pawned", "things were said" (checked against NOT_PARTICIPLES' act half).
PASSIVE_ACTS = frozenset({
    "said", "done", "sold", "lost", "left", "made", "had", "broken", "thrown", "spent", "taken", "given", "forgotten",
    "kept", "shown", "sent", "stolen", "hidden", "crossed", "flung", "moved", "resold", "missed", "spread", "told",
    "hurt", "put", "read", "cut", "hit", "paid",
})  # fmt: skip
# Verbs of a passive that hides who did it, beside the verbs of harm ("hurtful words were exchanged").
PASSIVE_VERBS = frozenset({"exchange", "handle", "mishandle", "overlook", "misplace", "misunderstand", "mix", "misread",
                           "miscommunicate", "neglect", "drop", "let", "leave", "waste", "use", "raise", "mess", "muck", "screw",
                           "spoil", "bin", "delete", "forget", "ignore", "break", "cancel", "skip", "blow", "spend"})
# Events with no one doing them: "it just happened", "things got out of hand", "errors crept in".
PASSIVE_EVENTS = _any(
    r"(?:there was|there were|there's been|there has been) (?:a |some |a bit of |a lot of )?(?:miscommunication|misunderstanding|mix-?up|confusion|mistakes?|errors?|issues?|problems?)",
    r"(?:mistakes|errors|a mistake|an error|a mix-?up|decisions) (?:was|were|have been|has been|got) made", r"feelings (?:got|were) hurt",
    r"(?:your|the|our|my) \w+ (?:got|was|were) (?:\w+ )?(?:broken|broke|nicked|binned|chucked|trashed|damaged|lost|ruined|sold|thrown out|thrown away|deleted|spent|left out|forgotten|wrecked|smashed|scratched|dented|leaked|shared|posted|read|opened)",
    r"(?:it|that|things|everything) (?:just )?(?:slipped|fell) (?:through the cracks|my mind)",
    r"(?:it|that|this|things|stuff|everything|all of it|it all) (?:just |kind of |sort of |somehow |all )*happened",
    r"(?:sorry|apologi[sz]e|apologies|regret|regarding)\s+(?:\w+\s+)?(?:for|about|over|regarding)\s+(?:what|everything that|all that|anything that|the way it|how it all)\s+(?:\w+\s+)?(?:happened|went|ended)",
    r"(?:got|went|spiralled|spiraled|gotten) (?:a (?:bit|little) |rather |so |way |completely )?(?:out of hand|out of control|messy|heated|too far|wrong|south|badly|sideways|pear-shaped)",
    r"crept in", r"turned into (?:a|an|this) (?:whole |big )?(?:fight|row|thing|mess|argument|drama)", r"came out wrong",
    r"(?:hurt|pain|harm|damage|offen[cs]e) (?:was|has been|were) (?:caused|done|given|taken)", r"lines? (?:got|were|was) crossed",
    r"resulted from", r"arising from", r"(?:the|some|your|my|a few|a bit of|a lot of|some of your|the \w+) \w+ (?:slipped|fell through|got away)",
    r"(?:the|some|your|our|a bit of|a couple|a few) (?:\w+ ){0,3}?(?:ended up|wound up|went (?:on|into|toward|towards|missing|astray))",
    r"(?:the|our|your) trust (?:\w+ )?(?:was|got|has been) (?:broken|lost|damaged)", r"things (?:were|got) (?:said|done|broken|thrown)",
    r"it was done",
    r"(?:the|your|my|our) (?:secret|news|photos?|pictures?|messages?|story|truth|word|screenshots?|texts?) (?:got|came|leaked|slipped) out",
)
# --- excuses --------------------------------------------------------------------------------
_STATE = (
    r"tired|tipsy|merry|stressed(?: out)?|drunk|wasted|hammered|busy|exhausted|knackered|shattered|overwhelmed|swamped|snowed under|"
    r"under (?:a lot of |so much |huge |a ton of |loads of )?(?:pressure|stress|strain)|hungover|sick|ill|unwell|"
    r"not myself|not thinking(?: straight)?|in a (?:really |very )?(?:bad|dark|rough|weird|low) (?:place|way|headspace|state|patch)|"
    r"going through (?:a lot|a rough|a hard|a tough|so much|stuff|things|it|a bad)|burnt out|burned out|run down|"
    r"three glasses in|a few drinks in|half asleep|jet-?lagged|irritable|sleep[- ]deprived|on edge|not in a good place|"
    r"having a (?:bad|rough|hard|tough|terrible|awful|shit|crap) \w+|all over the place|at breaking point|"
    r"sleeping (?:\w+ )?hours|working (?:two jobs|nights|full time|doubles|double shifts|all hours)|packing|juggling"
)
_PRESSURE = (
    r"mental|crazy|hectic|insane|brutal|mad|manic|chaos|chaotic|a nightmare|a lot|nuts|full[- ]on|stressful|rough|"
    r"hard|difficult|overwhelming|busy|intense|relentless|a blur|so much|non-stop|nonstop|heavy|tough|a mess"
)
_OTHERS = r"(?:my|the|our) (?:\w+ ){0,2}?(?:mum|mom|mother|dad|father|boss|manager|brother|sister|family|parents|friends?|cousin|kids|job|work|company|landlord|bank|doctor|meds|medication|pills|steroids|trauma|depression|anxiety|adhd|illness|nervous system|back|health|schedule|calendar|phone|car|train|flight|bus|alarm|rota|rotas|shifts?|deadline|deadlines|workload|hours|move|exams?)"
EXCUSES = _any(
    r"i(?: was|'d been| had been) (?:going through|dealing with|struggling with|overwhelmed by|stressed about|worried about|exhausted from|run down|not in a good headspace|having a hard time|in a rough patch|under a lot)",
    r"(?:lots|a lot|so much|too much|loads) (?:going on|to deal with|happening|on my mind)", r"i (?:had|have) (?:a lot|so much|too much|loads|enough) (?:going on|on|to deal with)",
    r"my (?:head|mind) (?:wasn't|was not|was) (?:in|all over|elsewhere|somewhere else|in a bad place|a mess|not right)", r"i(?: was|'d been| had been) (?:up|awake) (?:all night|for \w+ hours)",
    r"(?:i'?m|i am|i was) (?:only|just) human", r"nobody'?s perfect", r"i'?m not perfect", r"(?:it|that) (?:just |completely )?slipped my mind",
    r"(?:it was|it's|that was) (?:an|a) (?:honest )?(?:accident|mistake anyone)", r"by accident", r"accidentally", r"(?:wasn't|was not|never) (?:on purpose|intentional|deliberate)",
    r"(?:the|my) (?:alcohol|drink|drinks|booze|meds|medication|pills|hormones|anxiety|depression|adhd|stress|tiredness|exhaustion|pressure|jet lag|grief) (?:made|got|had|was|were|talking|took over|got the better)",
    r"because of (?:work|my job|the stress|stress|my (?:mum|mom|dad|family|boss|health|anxiety|depression|meds|job|work)|the pressure|the drink|alcohol)",
    r"(?:you know|as you know) how i (?:get|am|can be)", r"that'?s just (?:me|my personality|how i'?m wired)", r"(?:my|the) (?:boss|manager|job|work) (?:kept|made|wouldn't let|didn't let|had) me",
    r"i (?:couldn't|could not) (?:get away|leave|make it|get there|get out|say no)", r"i had to (?:work|stay late|look after|take care of|be at)", r"(?:there was|there were) (?:nothing|no way) i could",
    r"i was (?:only |just )?trying to (?:help|protect|do|be|keep|make|look)", r"i (?:didn't|did not) (?:realise|realize|know|think) (?:it|that|how|you'd|you would)\b(?: (?:would|was|mattered|meant|upset|hurt|bother))?",
    r"(?:because|since|as|when|while|after|cause) i(?: was| am|'m| had been|'d been| felt| was feeling| got) (?:just |so |really |too |very |completely |totally |a bit |pretty |quite |properly )*(?:" + _STATE + ")",
    r"i(?: was|'d been| had been| am|'m| felt| got) (?:just |so |really |too |very |completely |totally |literally |honestly |properly |pretty |quite |a bit |absolutely )*(?:" + _STATE + ")",
    r"i (?:wasn't|was not|wasnae) (?:myself|thinking(?: straight)?|in a good place|in my right mind|well)",
    r"(?:(?<=^)|(?<=[.,;!?] )|i'?ve |i have |i'?d |i had )been (?:so |really |mad |well |proper |super |dead |crazy |that |just |totally )*(?:busy|stressed(?: out)?|swamped|slammed|rammed|snowed under|flat out|run off my feet|exhausted|knackered|shattered|ill|sick|unwell|overwhelmed|burnt out|burned out|all over the place|up to my eyes)",
    r"i(?: had|'ve got|'ve had| have| have got|'ve) (?:so much|a lot|loads|too much|such a lot|a ton) (?:on|going on)", r"(?:the |a )?(?:week|day|month|year|night|shift|weekend) from hell", r"(?:so much|a lot|too much|everything i had|loads) on my plate",
    r"(?:my|the) head was (?:all over|a mess|not in|somewhere else|elsewhere|scrambled|fried)", r"my head (?:wasn't|was not) in",
    r"i had no (?:choice|option|idea)", r"(?:there was|there's|i had) no (?:other )?(?:choice|option)", r"it was that or",
    r"i (?:did|do|was doing|tried|was trying) (?:my best|everything i could|all i could|what i could|as much as i could)",
    r"i did try", r"i tried my (?:best|hardest)", r"as much as i could(?: be)?", r"what was possible", r"did what was possible",
    r"i (?:couldn't|could not) (?:help (?:it|myself)|get out of|get away|have known|make it|do anything)", r"i (?:can't|cannot) help (?:it|myself)",
    r"(?:outside|beyond|out of) my control", r"circumstances", r"(?:it|this|that) (?:was|wasn't|was not|is|isn't) (?:never )?(?:my intention|intentional|on purpose|deliberate|planned|meant)",
    r"(?:was |wasn't |it was |never |not )(?:my|the) intent(?:ion)?", r"i (?:didn't|did not|never) (?:mean|meant|intend|intended|plan|planned) (?:it|to|for|that|any)", r"i (?:didn't|did not|never) (?:want|wanted) to (?:hurt|upset|embarrass|offend)",
    r"i never set out to", r"(?:never|not) what i (?:meant|intended|wanted|was going for)", r"no (?:insult|offen[cs]e|harm|malice) (?:was )?(?:intended|meant)",
    r"(?:meant|intended) (?:them |it |that )?(?:affectionately|as a joke|in a (?:teasing|loving|friendly) (?:spirit|way)|well|kindly|as banter)",
    r"i(?: was|'m) (?:only |just )?(?:trying to (?:help|protect|explain|look out)|looking out for|joking|teasing|messing)",
    r"i was (?:only|just) \w+ing",
    r"(?:heat|spur) of the moment", r"(?:could|would|might|can)(?: have)? happen(?:ed)? to anyone",
    r"(?:anyone|anybody|everyone|any \w+|most people|anyone else)(?: in my (?:position|place|shoes|seat)| in that seat)? (?:would|would've|would have|does|do|did|'d) (?:have )?(?:done|do|snapped|looked|reacted|been|the same)",
    r"anyone in that seat", r"(?:that's|it's) (?:just )?(?:how|who|what) i am", r"(?:that's|it's) (?:just )?how i (?:grew up|was raised|am)",
    r"i'm (?:rubbish|useless|terrible|bad|no good|hopeless|awful) (?:with|at|when)", r"i'm no good when",
    r"(?:a lot of |most of |some of |half of |part of )?it was the (?:drink|drinks|alcohol|wine|beer|booze|stress|pressure|meds|medication|steroids|pills|trauma|disease)(?: talking)?",
    r"(?:it was )?my (?:trauma|anxiety|depression|adhd|illness|nervous system|condition|diagnosis) (?:talking|was|that)",
    r"(?:the|my) (?:meds|medication|pills|steroids|drink|alcohol|prosecco|booze) (?:\w+ ){0,3}?(?:was|were|made me|had me|make me|makes me|talking|adjusted|being)",
    r"(?:work|life|things|my job|the job|the office|the move|uni|school|(?:that|this|the) (?:whole |entire )?(?:month|week|year|winter|spring|summer|autumn|fall|period)|everything|it|those weeks)(?: (?:at|with|in) (?:the |my )?\w+)?(?:'s| has| had| was| were|'d| have| are| is)? (?:been |just been )?(?:so |really |absolutely |completely |just |properly |very |pretty |crazy |such )?(?:" + _PRESSURE + r")\b(?! (?:for|on) (?:you|u)\b)",
    r"(?:works|work's|lifes|life's|things've) (?:been|got|getting)", r"(?:it's|it has|it had|it was|this has|that was|it's been) been (?:a |such a |one )?(?:hard|rough|tough|difficult|long|crazy|busy|horrible|awful|stressful|big|heavy|intense) (?:year|week|month|time|few weeks|few months|period|day|season)",
    r"it was (?:a |such a )?(?:very |really |so )?(?:\w+ )?(?:difficult|hard|confusing|crazy|stressful|busy|chaotic|emotional|intense|tough|rough) (?:time|period|year|week|month|day|season|night)",
    r"one of those (?:days|weeks|nights|things)", r"(?:stuff|something|things) (?:came|come|just came) up",
    r"(?:the|my) (?:train|flight|bus|plane|tube|calendar|alarm|laptop|wifi|internet|battery|signal|satnav|boiler)\b[^.!?,]{0,30}?\b(?:was|got|were|had|died|broke|failed|cancelled|delayed|wiped)",
    r"i got paid late",
    r"(?:the|my|a) (?:\w+ )?(?:meeting|shift|call|appointment|class|lecture|match|game|event|do|session|training|rehearsal) (?:overran|ran over|ran late|went on|dragged on|finished late|was cancelled|got cancelled|was delayed|got moved|was moved)",
    r"lost (?:all )?track of (?:the )?(?:time|day|date)", r"(?:time|the day|the evening|the week) (?:got|ran) away (?:from|with) me",
    r"(?:the|my|our) (?:\w+ )?(?:babysitter|sitter|nanny|childminder|lift|ride|driver|plumber|builder|boss|manager|landlord|colleague|plans?|booking|reservation|cover|shift swap)(?:'s)? (?:\w+ )?(?:cancelled|canceled|let me down|didn't show|did not show|fell through|pulled out|bailed|ran late|never showed|called in sick)",
    r"(?:my|the) (?:phone|laptop|car|signal|wifi|internet)(?:'s| is| was| has| had)? (?:been )?(?:playing up|acting up|dead|dying|on the blink|broken|down)",
    r"(?:the )?(?:traffic|roads?|weather|queue|trains?|buses) (?:was|were|is|are|'s been|has been|had been) (?:\w+ )?(?:a nightmare|awful|terrible|horrendous|mad|chaos|murder|dreadful|shocking|backed up|gridlocked|cancelled|delayed)",
    r"(?:i'?d|i had) (?:had )?(?:only |about |barely |maybe |just |like |around )*(?:\w+|\d+) hours?'? (?:of )?sleep", r"i(?: hadn't| had not|'d barely| had barely| barely| hardly|'d hardly|'d not) slept",
    r"my (?:memory|brain|head|mind|nerves)(?:'s| is| was| has been|'s been| had been) (?:so |really |just |completely )?(?:awful|terrible|rubbish|shocking|useless|shot|fried|a sieve|like a sieve|mush|all over the place|frazzled)",
    r"(?<!you )(?<!you had )(?<!your )(?:a |such a |really |another )?(?:long|rough|bad|hard|tough|awful|crap|shit|stressful|mad|mental|horrible) (?:day|week|night|shift)(?: at (?:work|the office|the shop))?(?=\W*$|[.!,;])",
    r"(?:it|that|this|seeing(?: \w+){1,3}?|being there|the \w+) (?:really |just |completely )?(?:threw|rattled|triggered|set off|got to|wound up|shook) me",
    r"i get (?:like (?:that|this)|that way|grumpy|snappy|moody|irritable|short|cranky|angry|defensive|jealous|hangry|funny) when",
    r"i had (?:a |an |this |the )?(?:migraine|headache|hangover|cold|flu|fever|bug|panic attack|anxiety attack|stomach bug|virus)", r"i (?:couldn't|could not|wasn't|was not) think(?:ing)? straight", r"i(?: had |'d )?assumed", r"(?:we|i) (?:had|'d) (?:drunk|been drinking) (?:a lot|too much|loads)", r"i(?: hadn't| had not|'d not) (?:slept|eaten)",
    r"(?:during|in|through) (?:a|that) (?:very |really )?(?:difficult|hard|rough|tough|stressful|busy|crazy|chaotic) (?:year|time|period|week|month)",
    r"(?:the|my) (?:hospital|office|shop|team|firm|company|site|plant|ward) was (?:short|understaffed|short-staffed|slammed|chaos|chaotic)", r"(?:i'd|i had) had (?:a skinful|a few|too many|one too many)", r"(?:glasses|drinks|pints|beers) in",
    r"after (?:that much|a few|too many|so many) (?:\w+ )?(?:drinks|glasses|prosecco|wine|pints|beers)?", r"i was (?:\d+|twenty|nineteen|eighteen|young|a kid|just a kid)\b",
    r"(?:i'd|i had) never seen", r"(?:we|we're|we were) both (?:knackered|tired|exhausted|stressed|drunk|upset|going through|angry)",
    r"(?:everyone|everybody|all of us|we all|both families|both of us) (?:was|were|are) (?:under|stressed|tired|going through|fighting|on edge|struggling|upset|busy)",
    r"(?:it was|that was) (?:mum|my mum|my mom|my mother|my dad|my boss|him|her|them|\w+) who (?:did|made|sent|wrote|told|booked|decided)",
    r"i thought (?:she|he|they|you) (?:already |genuinely |honestly )?(?:knew|would (?:be|understand|not mind)|wouldn't mind|didn't mind|'d (?:be fine|understand|not mind))", r"i thought (?:it|a \w+ \w+|that) (?:would be|was) (?:fine|ok|okay|funny|harmless|easier|better|kinder|for the best|a good idea)",
    r"i (?:didn't|did not) (?:realise|realize|know) (?:that|she|he|they|it'd|it would)\b",
    r"i didn't have (?:anything|it in me|the energy|time|anything left)", r"in our family", r"where i was coming from",
    r"(?:important|some) context", r"(?:the person who said those things|it) wasn't the real me", r"(?:my|the) trauma talking",
    r"with (?:two jobs|everything i had|everything going on|all that going on|the \w+ and the \w+)",
    r"i had (?:a|two|three|so many) deadlines?", r"(?:get|got) out of the deadline", r"the only (?:weekend|day|time) i could",
    r"(?:there was|then there was) the (?:\w+ )?(?:thing|stuff)", r"(?:it )?all piled up", r"i'm in a bad way",
    r"(?:i|we) (?:was|were) (?:closing|packing|moving|working|juggling|running|dealing|caring|looking after)",
    r"(?:" + _OTHERS + r")\b[^.!?,]{0,40}?\b(?:had us|kept us|made me|had me|needed me|was (?:sick|ill|dying|in hospital|in icu|in the icu|calling|shot)|were (?:sick|ill|calling|cancelled|delayed|all over)|was being adjusted|were being adjusted|was delayed|was cancelled|got wiped|was scattering|was in)",
    r"(?:my|the) (?:father|dad|mum|mother|brother|sister) was (?:in|sick|ill|dying)",
    r"no (?:other )?choice",
    r"you know how (?:it is|it was|things are|things were)", r"you know what \w+ is like",
    r"i never meant for", r"not (?:like|as if) i (?:meant|wanted|planned|did it on purpose)",
)
# --- turning it back on them ----------------------------------------------------------------
BLAME_SHIFT = _any(
    r"you(?:'re| are) (?:just )?as (?:bad|guilty|much to blame)", r"(?:you|u) (?:weren't|were not|aren't|are not) (?:exactly )?(?:innocent|perfect|blameless|an angel|a saint)",
    r"(?:you|u) (?:have|had|played) (?:your|some|a) (?:part|share|role|blame)", r"your part in (?:it|this|all)", r"(?:we're|we are|we were) both (?:to blame|at fault|guilty)",
    r"it wasn't (?:just|only|all) (?:me|my fault|on me)", r"(?:what|how) (?:did|do|was) (?:you|u) expect", r"you (?:made|make) me (?:do|say|feel|act|react|lose|snap|angry|jealous|so)",
    r"(?:you|u) (?:know|knew) (?:how|what) i(?: get| am| was|'m like)", r"(?:you|u) (?:know|knew) (?:full well |perfectly well )?(?:that )?i (?:hate|can't stand|cannot stand|can't bear|don't like|do not like|get|go)\b", r"after what you (?:did|said)", r"(?:you|u) (?:did|said|do) (?:worse|it first)",
    r"you (?:brought|asked for|had it coming|deserved) (?:it|this)", r"you'?re no better", r"you(?: had|'d) (?:it|this) coming",
    r"it takes two", r"we(?: were| are|'re| had|'d) both\b", r"(?:you|u) knew (?:this|that|it|what) (?:from the (?:start|beginning)|all along|full well|going in)", r"(?:it|that|this) (?:was|is) (?:also |partly |half |just as much |as much )+your fault", r"your fault (?:too|as well)",
    r"(?:you|u) (?:also|too) (?:did|were|said|made)", r"(?:we|we've|we're) both (?:said|did|made|messed|screwed|hurt|were (?:wrong|to blame|at fault|knackered|tired|awful|bad)|had (?:a|our) (?:part|share|role)|played|let each other)",
    r"both of us (?:were|made|messed|did|said|had)", r"by both of us", r"on both (?:sides|ends|parts)", r"(?:neither|both) of us (?:could|were|was)",
    r"(?:you|u) (?:also|too|as well) (?:said|did|were|made|hurt|have|had|lied|cheated|yelled|shouted)", r"you too said",
    r"(?:you|u) (?:did|were|said|made|have) (?:\w+ ){0,4}?(?:too|as well|also)\b(?! (?:much|many|late|early|far|long|young|good|kind))",
    r"(?:you|u) made mistakes too", r"i (?:only |just )?(?:did|said) (?:it|that|this|what i did) (?:\w+ ){0,2}?because (?:you|u)(?:'d| had)? \w+",
    r"because (?:you|u) [^.!?]{0,40}\bfirst\b", r"your (?:share|part|half|side of it|fair share)", r"you did your share",
    r"(?:you|u) (?:made|pushed|drove|forced|provoked|wound|got|get|goaded) me\b(?! (?:feel (?:loved|happy|safe|better)|laugh|smile|happy|better))",
    r"(?:you|u) (?:know how to|always) (?:wind|push|get|set|rile) me", r"(?:push|press|pushing|pressing|pushed|pressed) my buttons", r"(?:which|what) buttons to (?:press|push)", r"how (?:you|u) get me", r"wind(?:s|ing)? me up",
    r"(?:you|u) (?:just )?(?:kept|keep|started|were|was) (?:on at me|pushing|needling|nagging|going on|poking|picking|provoking|on about|pushing me|winding)",
    r"(?:you|u) started (?:it|this|that|the (?:fight|argument|row)|on (?:at )?me|on about|shouting|yelling|it all)\b", r"(?:you|u) provoked", r"(?:you|u) (?:left|gave) me no (?:choice|option)",
    r"(?:you|u) brought (?:it|this) on", r"(?:you|u) asked for it", r"(?:you|u) know what (?:you|u) did",
    r"if (?:you|u)(?:'d| had| would've| would have)? (?:just |only |simply )?(?:told|listened|been|not|hadn't|had not|didn't|did|said|asked|answered|talked|helped|shown|stopped|done)\b",
    r"(?:you|u) (?:could've|could have|should've|should have|couldve|shouldve|might have|might've|could of|should of) (?:\w+ )?(?:offered|helped|told|said|asked|been|done|listened|called|shown|warned|come)",
    r"(?:you|u)(?:'d| would) have done the same", r"you would have done the same", r"you'd have done the same",
    r"(?:you|u|you're) (?:were |are )?the one (?:who|that)(?! (?:ended up|had to|got|was left|paid|suffered|carried|stayed|did all|held|kept|found|waited|sat|apologi))",
    r"(?:you|u) (?:kept|keep) (?:me )?at arm's length", r"(?:you|u) (?:did|do) (?:it|that|the same)(?: to me)?(?: all the time| too| first)",
    r"(?:you|u) did it like", r"(?:you|u) (?:have|had) a (?:gift|talent|way) (?:for|of)", r"you leaned on",
    r"(?:you|u)(?: were| had been|'d been| have been|'ve been) (?:so |always |being |acting |really |pretty )*(?:secretive|cold|distant|difficult|impossible|crazy|acting crazy|horrible|awful|nasty|absent|out every|wrapped up|on the phone)",
    r"you (?:hadn't|had not|weren't|were not|didn't|did not|never) (?:\w+ ){0,2}?(?:been|given|shown|touched|asked|helped|listened|made|bothered|paid|cared|noticed|told|called)\b(?=[^.!?]{0,60}(?:so|and i|before|months|years|for|since|either|in months|ages))",
    r"(?:your|you're|ur) (?:anxiety|moods?|temper|jealousy|attitude|behaviou?r|silence|drinking|family|mum|mother|coldness|nagging) (?:set|made|drove|pushed|started|caused)",
    r"(?:what|how) about (?:you|what you did|your)", r"(?:you're|you are|you were|you weren't) not (?:innocent|perfect|blameless|a saint)",
    r"(?:you|u) (?:weren't|were not|aren't|are not|haven't been|have not been) (?:exactly |always |that |so |entirely |completely )?(?:innocent|perfect|blameless|easy|a saint|an angel|a picnic)",
    r"(?:you|u) (?:just )?(?:wouldn't|would not|won't|couldn't|never would) (?:let (?:it|me|things|that) go|drop it|stop|leave (?:it|me) alone|listen|back off|give it a rest)", r"(?:because|cause) (?:you|u) (?:'d been |had been |were being |were so |were always |kept |always |never |just )?(?:kept|started|wouldn't|never|always|ignored|pushed|stopped|forwarded|posted|provoked|nagged|pushed|chose to|treated me|did it|said that|made me)\b",
    r"(?:you|u) (?:should|shouldn't|should not)(?: have|'ve)", r"(?:you|u) (?:know|knew) (?:full well|what i wanted|how i get|i hate)",
    r"(?:you|u) (?:did|do) (?:still |also |actually |even )?(?:post|say|start|leave|go|tell|have|send|flirt|text|lie|cheat|forget|ignore)\b", r"knowing full well", r"(?:what|how) (?:was|am) i (?:meant|supposed) to",
    r"(?:you|u) (?:were|was|are) (?:acting|being) (?:pretty |so |really )?(?:crazy|mental|mad|difficult|cold|horrible|awful|unreasonable|impossible)",
    r"you (?:pushed|drove|forced) me (?:to|into)", r"your (?:mum|mother|dad|family|friends?) (?:started|did|said)",
    r"you(?:'d| had)? (?:stopped|quit) (?:paying|talking to me|touching|trying|caring|listening)", r"(?:was|were) in both (?:our )?names",
    r"(?:you|u) (?:had|have) (?:him|her|them|it) (?:still )?on", r"(?:you|u) (?:went|were) out every",
    r"(?:you|u) (?:checked|had checked) out", r"(?:we'd|we had|we were|we've) both (?:checked out|been|had|drifted)",
    r"(?:you|u)(?:'ve| have)? (?:conveniently )?forgot(?:ten)?",
    r"you (?:knew|know) what i (?:wanted|was like)", r"you knew about it", r"(?:you|u) had it last",
    r"i (?:felt|feel) like (?:a|your) (?:flatmate|roommate|guest|stranger|servant)",
    r"asking for (?:it|trouble)", r"(?:you|u) (?:too )?made (?:mistakes|me)", r"(?:you|u) (?:hurt|wronged) me (?:too|as well|first)",
    r"(?:you|u) (?:also|too) (?:hurt|wronged|lied|cheated)", r"(?:you|u) did (?:your|the same|worse)",
)
# --- minimising -----------------------------------------------------------------------------
MINIMIZING = _any(
    r"why (?:it's|it is|this is|that's|it was) (?:such )?(?:a )?(?:big|huge|massive) (?:deal|thing)",
    r"(?:it|that|this)(?:'s| is| was) (?:not |n't )?(?:really )?(?:that|such a|so) (?:big|huge|major|serious|bad|terrible) (?:of a )?(?:deal|thing|problem|issue)?",
    r"(?:over|about) (?:nothing|something so small|such a small thing|a (?:small|little|tiny|silly|stupid) thing)", r"(?:it was|that was|it's) (?:only|just) (?:a|an|one|some) \w+",
    r"(?:a|one) (?:little|tiny|small|slight|minor) (?:mistake|slip|thing|issue|lapse|comment|argument|disagreement|misunderstanding|white lie|fib|lie|row)", r"white lie",
    r"(?:a |an )?(?:harmless|innocent) (?:comment|joke|text|flirt|lie|message|chat|drink)", r"(?:it|that) was (?:completely |totally )?innocent",
    r"making (?:a |such a )?(?:mountain|fuss|big deal|drama|song and dance)", r"(?:such a|a) (?:fuss|drama|big deal) (?:about|over|out of)",
    r"(?:let's|can we|we should|could we|we can|let us) (?:just )?(?:move past|get past|not dwell|not make (?:this|it) (?:a|into))", r"(?:it'?s|it is|that'?s) (?:all )?(?:in the past|history|old news|done now|over now)",
    r"(?:nobody|no one) (?:got|was) (?:hurt|harmed)", r"(?:everything|it all|it) (?:worked out|turned out) (?:fine|ok|okay|alright|all right)", r"nbd", r"no biggie",
    r"(?:everyone|everybody|people|couples|most (?:people|couples)|all couples) (?:does|do|did|argue|fight|make mistakes|say(?:s)? things)\b", r"happens (?:to everyone|all the time|in every relationship)",
    r"(?:barely|hardly) (?:anything|a scratch|noticeable|touched|any)", r"at least (?:i|it|nobody|no one) (?:didn't|wasn't|got|was)",
    r"(?:can't|couldn't) take a joke", r"just (?:messing|kidding|playing|teasing)", r"only joking", r"(?:a|one) (?:single )?(?:mistake|slip|lapse|error) (?:in|after|out of)",
    r"(?:not|no|wasn't|isn't|is not|was not|hardly|never) (?:a |that |such a |really a |really that |that much of a |that big a |some )?(?:big|huge|massive)(?: of a)? (?:deal|affair|thing|betrayal|drama)",
    r"(?<!the )(?<!my )(?<!your )(?:just|only|merely|simply|literally|nothing more than|no more than) (?:a |one |an |two |three |a few |a couple of |a little |a bit of |some )?(?:silly |stupid |small |little |harmless |throwaway |tiny |dumb |bit of |dance|couple |few |single )*(?:joke|jokes|fun|banter|text|texts|comment|comments|kiss|drink|drinks|beer|words|flirting|flirt|dance|evening|night|weekend|hour|message|messages|thing|things|mistake|look|peek|bit of fun|bet|game|chat|photo|photos|once|one time|a laugh|a few \w+|couple of \w+|to look(?! (?:good|big|cool|clever|smart|tough|hard|important))|dinner)",
    r"(?:it was|that was) (?:only |just )?(?:one|a single) (?:\w+ )?(?:time|night|evening|kiss|text|message|weekend|mistake|drink|beer|dance|hour|thing|day)",
    r"one (?:dumb|stupid|silly|bad|little|single) (?:weekend|night|evening|time|mistake|text|comment|thing|week|day|month|drink|kiss)",
    r"(?:over|for|about|because of) (?:one|a single) (?:\w+ )?(?:weekend|night|mistake|text|evening|drink|kiss|time|day|message|comment|beer)",
    r"one \w+[.,!]+ one(?=[.!])", r"(?:don't|didn't|do not|can't) (?:remember|recall|think) (?:it|that|this) (?:being|was|is) (?:that|so|as|too) (?:bad|serious|big|terrible)",
    r"(?:didn't|did not|don't) think it (?:mattered|was a big deal|would matter|was important|was serious)", r"in the grand scheme", r"a fraction of",
    r"(?:any|the) inconvenience", r"in a (?:teasing|joking|playful|light-hearted|loving) (?:spirit|way)", r"(?:it's |it is |it was )?not as if i (?:said|did|meant|was)",
    r"(?:just|only|merely|simply) (?:joking|kidding|teasing|messing|having (?:a )?(?:laugh|fun)|mucking|banter)",
    r"(?:blown|blew|blowing|blow) (?:it |this |things |that |way |all |everything )*(?:way )?out of (?:all )?proportion",
    r"(?:a |make a |making a )?mountain out of",
    r"(?:not|wasn't|isn't|is not|was not|hardly|never) (?:\w+ )?(?:that|so|really that|even that|as) (?:bad|serious|terrible|awful|big|cruel|often|much|deep)",
    r"it was nothing", r"(?:why|making|make|made|makes) (?:\w+ ){0,3}?(?:such |so |a )?(?:a big deal|a big thing|a drama|a fuss|a scene)",
    r"(?:the )?big drama", r"(?:a |such a )?fuss", r"make (?:things|it) (?:bigger|worse) than (?:they|it) (?:were|was)",
    r"relax", r"calm down", r"lighten up", r"chill out", r"(?:little|small|tiny|minor) (?:thing|things|mistake|slip|slip-up|issue|incident|argument|fight|hiccup|blip)",
    r"small small", r"(?:let's|we should|can we|just|could we|we can|let us) (?:just |all )?(?:move on|move forward|forget (?:about )?it|put (?:it|this) behind us|draw a line|leave it|drop it|let it go)",
    r"(?:it's|that's) (?:all )?behind us", r"get over it", r"water under the bridge", r"no point (?:dragging|bringing|going over)",
    r"(?:only|just) (?:once|one time)", r"(?:no|any|little) (?:real )?harm done", r"could have been worse", r"(?:these|such) things happen", r"it happens",
    r"(?:everyone|everybody|we all) makes? mistakes", r"(?:not|isn't|wasn't|hardly) the end of the world", r"hardly (?:a|the) (?:crime|big)",
    r"(?:not|isn't|wasn't) (?:a|some) crime", r"crime of the century", r"(?:not|wasn't|isn't|never) (?:as|that) (?:bad|cruel|serious|often|big) as",
    r"(?:the|that) (?:\w+ )?(?:bad|worst) (?:parts?|bits?) (?:weren't|wasn't|were not)", r"(?:most|half) of (?:it|the money) (?:went back|was paid|came back)",
    r"(?:she|he|it|they|you|the dog|the cat|everything|everyone) (?:was|were|are|is|'s) (?:\w+ )?(?:fine|ok|okay|alright|all right)(?: in the end| now| anyway| tho| though)",
    r"(?:it's|its|that's|everything's|everything is) fine(?=\W*$|[.!])", r"(?:nothing|no one|nobody) (?:\w+ )?(?:even |really |actually |ever )?(?:happened(?! between)|came of it|got hurt|noticed|minded|bats an eye|took (?:them|it) badly|took offen[cs]e|cared)",
    r"nothing (?:physical|serious|bad|terrible) (?:ever |even |really )?(?:happened|came)", r"nothing (?:the|a) \w+ can't (?:sort|fix)",
    r"(?:people|others|so and so|other (?:girls|guys|people|men|women)|half the \w+(?: in \w+)?|most people|everyone else|my (?:da|dad|father|mam|mum)) (?:\w+ ){0,3}?(?:do|does|did|have|has|was|say|says|said) (?:way |much |ten times |far )?worse",
    r"(?:everyone|everybody|the whole \w+|half the room|most of the table|the whole table|the whole parish|half the \w+|even (?:your|ur) \w+)(?: at the table| there)? (?:was|were) (?:\w+ )?laughing",
    r"so did (?:most|everyone|half)", r"(?:a|the) (?:couple|handful|few) (?:of )?(?:thousand|hundred|texts|drinks|messages|quid|bucks|charges|beers)",
    r"(?:a|one) bit (?:of )?(?:harsh|jealous|much|rough|out of hand|scratched|of fun|of banter|of flirting|of a laugh|of stick)",
    r"(?:kind of|sort of|kinda|a bit|a little|a little bit|slightly|a tad|a touch|a wee bit|a smidge|mildly|somewhat) (?:too )?(?:insensitive|thoughtless|careless|blunt|sharp|pushy|loud|over the top|disappeared|harsh|jealous|rude|out of hand|scratched|late|short|off|snappy|grumpy|moody|distant|forgot|went|overdid|flirted)",
    r"(?:not|wasn't) my (?:proudest|finest|best) (?:moment|hour)", r"(?:it'll|it will|that'll) (?:all )?(?:be forgotten|blow over)",
    r"there'll be (?:others|other \w+|more)",
    r"nothing more(?! than| i can| to| i could)", r"(?<=[,.;] )that'?s all(?=\W*$|\W*[.!])",
    r"i (?:don't|didn't|never|do not) (?:really )?mean (?:half|most|any|a word) of (?:it|what i say|what i said|that|them)", r"(?:no|nothing) more than (?:a|an|one|some)", r"(?:only|just|for) (?:like )?(?:a|one) (?:second|sec|minute|min|moment|few (?:seconds|minutes))",
    r"(?:it|that|the \w+|she|he|they) (?:didn't|did not|doesn't|does not) mean (?:anything|a thing|much)", r"throwaway (?:remark|comment|line|joke|text)",
    r"(?:it|that) (?:wasn't|was not|isn't|is not) (?:anything )?(?:serious|meant seriously)",
    r"(?:made|makes|making|make) (?:it|this|that) (?:into|out to be)", r"(?:been |being )?made out to be", r"making it (?:into|out)",
    r"(?:made|makes|make) (?:no|little) (?:real )?difference", r"(?:a )?(?:bigger|more of a|worse) (?:deal|thing|issue|drama|problem) than (?:it|this|that|they) (?:is|was|are|were|needs to be|has to be)",
    r"(?:just|only) didn't mention", r"(?:i'm|i am) not saying (?:it|that|this) (?:was|is) (?:ok|okay|fine|nothing)",

    r"(?:it's|its) (?:literally |honestly |only )?(?:an hour|a day|one night|a weekend|money|just money|a game|a ring|a phone|a text)",
    r"(?:wasn't|was not|isn't|is not) (?:like|as if) i was (?:\w+ing|out)", r"(?:it's|it is|it was|wasn't|isn't) not like (?:i|it)",
    r"perfectly (?:fine|safe|ok|okay|capable)", r"it (?:was|is) (?:just )?(?:banter|a laugh|fun|harmless)", r"harmless",
)
# --- denial ---------------------------------------------------------------------------------
DENIALS = _any(
    r"(?:i'm|i am) not (?:going to|gonna) say sorry", r"why (?:it's|it is|this is|that's) (?:such )?(?:a )?(?:big|huge|massive) (?:deal|thing)",
    r"i (?:really |honestly |genuinely |just |still )?(?:don't|do not) (?:really |honestly |genuinely |actually |still )?(?:think|believe|feel) i(?: did| have done|'ve done) anything", r"i (?:haven't|have not) done anything (?:wrong|bad)?", r"i'?m not the (?:bad guy|villain|one who should)",
    r"(?:that's|it's) on you", r"i(?: won't| will not|'m not going to| am not going to| refuse to) (?:say sorry|apologi[sz]e)", r"(?:don't|do not) expect an apology", r"you won't get an apology",
    r"i (?:don't|do not) regret (?:it|anything|a thing|what i did|a single)", r"i was right", r"i had every right", r"nothing to (?:feel )?(?:sorry|ashamed|guilty) about",
    r"(?:you|u) should be (?:the one )?apologi[sz]ing", r"i owe you nothing", r"it is what it is", r"(?:that's|it's) not my (?:problem|fault|responsibility)",
    r"not my (?:problem|responsibility)", r"i'?m not responsible for (?:your|how you)", r"why should i (?:be sorry|apologi[sz]e|say sorry)", r"what (?:exactly )?(?:am i|do you want me) (?:supposed|meant) to (?:be sorry|apologi[sz]e)",
    r"i (?:didn't|did not|never) do (?:it|that|anything of the sort)", r"that never happened", r"(?:you'?re|you are) (?:making (?:it|this|things) up|imagining (?:it|things))", r"i never said (?:that|it|anything)",
    r"(?:not|isn't|wasn't|never|none of (?:it|this|that)|nothing|neither)(?:\s+\w+){0,6}?\s+(?:my fault|(?:down to|on|to do with) me\b|my (?:doing|responsibility|problem|decision|call)|(?:mine|me) to answer for|mine to (?:answer for|carry|fix|blame|own))",
    r"i (?:didn't|did not|never) do anything(?: wrong| bad| to you)?", r"something i (?:didn't|did not|never) do",
    r"i (?:don't|do not|can't|cannot|still can't|still don't|honestly can't|honestly don't|genuinely don't|genuinely can't|really don't) (?:see|know|understand|get|think)\b[^.!?]{0,30}?\bwhat i(?: did|'ve done| have done|'m (?:meant|supposed) to| am (?:meant|supposed) to| need to| should)",
    r"i (?:don't|do not|can't|cannot) (?:see|think of|find) (?:anything|what|why) i(?: need| have| should|'m supposed| am supposed|'m meant| am meant| did)",
    r"(?:not sure|no idea|don't know) what i'm (?:meant|supposed) to be (?:apologi\w+|sorry) for", r"what (?:else )?(?:you|u) want from me", r"(?:whatever|what) (?:it is )?i'?m (?:meant|supposed|accused) (?:of|to have done)", r"there (?:was|is) nothing (?:in it|wrong|to it|going on)", r"(?:outside|beyond|out of) my control", r"(?:it's|it is|it was|wasn't|isn't) not like i (?:was|did|meant|hid)",
    r"(?:i have|i've|i had) (?:got )?(?:nothing|no reason) to (?:apologi[sz]e|be sorry)", r"nothing to (?:apologi[sz]e|be sorry) for",
    r"(?:i'm|i am) not (?:\w+ )?(?:apologi[sz]ing|going to apologi[sz]e|gonna apologi[sz]e|sorry|responsible|to blame|at fault|the one who|the villain|paying|going to grovel|ready to say sorry|going to keep apologi[sz]ing)",
    r"(?:i'm|i am) not,[^.!?]{0,40}?(?:responsible|to blame|at fault)", r"not,? in any (?:manner|way),? responsible",
    r"i (?:won't|will not|refuse to) (?:apologi[sz]e|be made (?:the|a) villain|take the blame|grovel|say sorry)",
    r"i (?:don't|do not|won't) (?:owe you|regret)(?! (?:an|a|the|more|much|that i))", r"(?:i'd|i would) apologi[sz]e if",
    r"i (?:don't|do not) (?:accept|believe|think) (?:that )?i(?: was| did| am| had|'m) (?:\w+ )?(?:controlling|wrong|anything|to blame|at fault|cruel|bad|abusive|the problem)",
    r"(?:wasn't|was not|isn't|is not) (?:something|anything) i could have (?:prevented|done|stopped|changed)",
    r"(?:was|is) never (?:mine|my (?:decision|choice|call))(?! to (?:make|take|laugh|give|decide|use|tell|share|spend))", r"(?:no one|nobody|no-one|not anyone)'s fault",
    r"(?:wasn't|was not|isn't) (?:anyone|anybody)'s fault", r"it wasn't me", r"not by me", r"i stand by",
    r"i(?: would|'d) (?:do|tell you|say) (?:it |that |the same )?(?:again|all over again)", r"nothing happened between",
    r"only exists in your head", r"(?:i still think|i think|still think) i had (?:a right|every right|the right)",
    r"(?:it|that) was (?:the )?(?:correct|right) (?:decision|call|choice|thing)", r"that's not (?:the same thing as|a crime)",
    r"i did nothing wrong", r"(?:that|this|it)(?: one)?(?:'s| is| was) (?:all |entirely |completely )?on (?:you|u)\b(?! (?:to decide|to choose|whether|if))",
    r"(?:don't|do not|can't|cannot) (?:really |honestly )?see why i(?: should| need to| have to| must| ought to|'d) (?:apologi[sz]e|be sorry|say sorry)",
    r"(?:don't|do not) (?:really |honestly )?(?:feel|think|believe) (?:that )?i owe (?:you|anyone|anybody|her|him|them|people) (?:an? |any )?(?:apology|apologies|anything)",
    r"i owe (?:nobody|no one|no-one) (?:an? |any )?(?:apology|apologies|anything)", r"not the same (?:thing )?as me doing", r"not (?:going to|gonna) grovel",
    r"i'm not (?:the one|the villain)", r"(?:i'm|i am) not (?:going to|gonna) (?:keep )?apologi[sz]", r"(?:i'm|i am) done explaining",
    r"i (?:did not|didn't|never) (?:\"?block\"?|do it)",
)
