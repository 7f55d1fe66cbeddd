"""Phrase tables of the apology checker: the non-apology patterns and the six parts.

Written from the guide's S4.3 and Lewicki, Polin and Lount (2016). English only. A space in a
phrase matches any white space; text is normalised first (plain apostrophes), case ignored.
"""

from __future__ import annotations

from .phrases import PhraseRule, phrases

__all__ = ["FINDINGS", "COMPONENTS", "REGRET", "OWNING", "OWN_CHOICE", "SPECIFIC", "AFTER_BUT"]

_S43 = ("S4.3",)
_APOLOGY = r"(?:sorry|apologi[sz]e[sd]?|apologies|apology)"
_NEG = r"(?:not|never|\w+n't)"

REGRET = phrases(
    r"sorry", r"apologi[sz]e[sd]?", r"apologies", r"my apology", r"regret(?:s|ted|ting)?",
    r"i wish i (?:had|hadn't|had not|could take|never)", r"i feel (?:so |really )?(?:terrible|awful|bad|horrible|sick|ashamed|guilty)",
    r"ashamed", r"remorse\w*",
)

CONDITIONAL = PhraseRule("conditional", phrases(
    _APOLOGY + r",? (?:\w+ )?(?:if|in case|to the extent|insofar as)",
    r"if (?:i|anything i|my \w+|what i \w+) (?:\w+ ){0,2}?(?:hurt|upset|offended|bothered|wronged|caused|did|said|made you)",
    r"if you (?:were|felt|feel|got|have been|'ve been) (?:\w+ )?(?:hurt|offended|upset|bothered|sad|angry)",
    r"if (?:that|this|it) (?:hurt|upset|offended|bothered)", r"to whatever extent",
    r"(?:may|might|could) have (?:hurt|upset|offended|caused|bothered)",
    r"for any (?:hurt|pain|offen[cs]e|upset|harm|inconvenience|distress)",
), "'If' makes the hurt sound uncertain; say what happened instead (S4.3).", _S43)

BLAMES_FEELINGS = PhraseRule("blames_feelings", phrases(
    _APOLOGY + r" (?:(?!if\b)\w+ )?(?:that )?you(?:'re| are| were| feel| felt| got| take| took| see| saw| think| thought| have been|'ve been|'d feel)",
    _APOLOGY + r" (?:\w+ )?(?:for )?(?:how|the way) you (?:feel|felt|took|take|see|saw|reacted)",
    _APOLOGY + r" (?:\w+ )?(?:that )?your feelings (?:were|got) hurt",
    r"(?:you're|you are|you were) (?:being |so |too |way too |a bit )*(?:sensitive|touchy|dramatic|emotional)",
    r"over-?sensitive", r"overreact\w*", r"(?:took|take|taking) it (?:the wrong way|personally|too seriously|so badly)",
    r"you (?:took|take|read) it wrong", r"you misunderstood",
), "This apologises for their feelings rather than for what you did (S4.3).", _S43)

PASSIVE = PhraseRule("passive", phrases(
    r"(?:mistakes|errors) (?:were|have been) made",
    r"(?:things|words|hurtful things|stuff|feelings|promises|some things|lines) (?:were|got|have been) (?:said|done|hurt|broken|crossed)",
    r"(?:it|that|this|things|stuff) (?:just )?happened", r"what happened",
    r"(?:it|things|that|this) (?:got|went|spiraled|spiralled) (?:out of hand|wrong|too far|bad|badly|south)",
    r"(?:harm|damage) was done", r"it came out wrong", r"(?:it|this|that) wasn't handled well",
), "This leaves out who did it; putting 'I' in the sentence owns it (S4.3).", _S43)

_STATES = (
    r"tired|stressed|drunk|busy|exhausted|overwhelmed|under (?:a lot of )?(?:pressure|stress)|going through \w+"
    r"|angry|upset|frustrated|hurt|sick|ill|hungover|high|in a bad place|not myself|not thinking"
)
EXCUSE = PhraseRule("excuse", phrases(
    r"(?:because|cause|'cause|since|as) i (?:was|am|'m|had been|felt) (?:just |only |so |really |very |too )*(?:" + _STATES + ")",
    r"i was (?:just|only) \w+", r"i (?:didn't|did not|never) mean (?:it|to|for)",
    r"i (?:couldn't|could not|can't) help (?:it|myself)", r"i had no (?:choice|option)",
    r"i had (?:a lot|so much) (?:going on|on my plate)",
    r"(?:work|life|my job|things) (?:was|were|has been|had been|have been) (?:so |really )?(?:crazy|hectic|insane|busy|stressful|a lot|hard)",
    r"i was (?:having|going through) a (?:\w+ )?(?:day|week|time|patch|phase)",
    r"it was the (?:alcohol|drink|drinks|stress|pressure|wine|beer)", r"blame it on", r"it's just that",
    r"i wasn't (?:myself|thinking)", r"(?:it's|it is|it was) not like i (?:meant|wanted|planned|did it on purpose)", r"i was (?:in a bad place|not in a good place|not myself|drunk|exhausted|stressed)",
    r"(?:everyone|anybody|anyone) (?:does|would do|would have done) (?:it|that|the same)",
    r"you (?:have to|need to|must) understand",
), "This reads as an excuse: it softens your part in it (S4.3).", _S43)

BLAME_SHIFT = PhraseRule("blame_shift", phrases(
    r"you also", r"you (?:were|are|did|said|have been|had been|'ve been|'re) (?:also|just as)", r"you (?:did|were|said) (?:it |that |the same )?too", r"you too (?:were|did|said)",
    r"you started (?:it|this|that|the fight|the argument)?", r"you (?:made|pushed|drove|forced|provoked) me",
    r"you provoked", r"if you (?:hadn't|had not|didn't|had just|would have|had only|wouldn't have)",
    r"(?:it|that|this) (?:was|is) (?:also |partly |half |just as much |as much )+your fault", r"your fault (?:too|as well)",
    r"(?:what|how) about (?:you|what you did)", r"(?:you're|you are|you were|you weren't) not (?:innocent|perfect|blameless|a saint)",
    r"you weren't (?:innocent|perfect|blameless|easy|a saint)", r"it takes two",
    r"we both (?:made mistakes|messed up|screwed up|were (?:wrong|to blame|at fault)|said things|did things|hurt each other)",
    r"both of us (?:were|made|messed)",
    r"because you (?:were|did|said|made|kept|started|wouldn't|didn't|never|always|ignored|went|had|wanted|pushed)",
    r"you (?:should|shouldn't|should not)(?: have|'ve)", r"(?:you're|you are|you were) the one", r"you left me no choice",
    r"you (?:do|did) (?:the same|it|that|exactly the same)(?: thing)?(?: to me)? (?:too|as well|all the time|last)", r"you did the same",
    r"you brought (?:it|this) on", r"you asked for it", r"you know what you did",
    r"you (?:always|never) (?:do|did|listen|listened|care|cared|let|make|made|ignore|ignored|understand|understood)",
), "This turns it back on them; keep to your own part (S4.3).", _S43)

MINIMIZING = PhraseRule("minimizing", phrases(
    r"(?:not|no|wasn't|isn't|is not|was not) (?:a |that |such a |really a |really that |that much of a |that big a )?big(?: of a)? deal",
    r"(?:just|only) (?:a |one )?(?:silly |stupid |small |little |harmless |throwaway |tiny |dumb |bit of a )?(?:joke|little|small|tiny|text|comment|thing|mistake|kiss|drink|words|bit of fun|banter|harmless)",
    r"(?:just|only) (?:joking|kidding|teasing|messing around|messing about|having fun)",
    r"(?:blown|blew (?:it|this|things)|blowing (?:it|this|things)) out of proportion",
    r"(?:not|wasn't|isn't|is not|was not) (?:that|so|really that|even that) (?:bad|serious|terrible|awful|big)",
    r"it was nothing", r"(?:why|making|make|made) (?:\w+ ){0,3}?(?:such |so )?a big deal", r"it was (?:a|just a|only a) joke",
    r"relax", r"calm down", r"lighten up", r"chill out", r"(?:little|small|tiny|minor) (?:thing|mistake|slip|slip-up|issue|incident|argument|fight)",
    r"(?:let's|we should|can we|just) (?:just )?(?:move on|forget (?:about )?it|put (?:it|this) behind us)",
    r"get over it", r"water under the bridge", r"(?:only|just) (?:once|one time)", r"overreact\w*",
    r"(?:no|any) harm done", r"could have been worse", r"(?:these|such) things happen", r"it happens",
    r"everyone makes mistakes",
), "This makes it sound smaller than it may have felt to them (S4.3).", _S43)

VAGUE = PhraseRule("vague", phrases(
    _APOLOGY + r" (?:\w+ )?(?:for|about) (?:everything|whatever|anything|it all|all (?:of )?(?:that|this|it)|things|stuff)",
    _APOLOGY + r" (?:\w+ )?(?:for|about) (?:it|that|this)(?=\s*(?:[.!,;]|$))",
    r"whatever (?:i did|i said|it was|i've done|i have done|went wrong)", r"anything i (?:did|said|may have)",
    r"(?:how|the way) (?:things|it) (?:turned out|ended|went)",
), "This does not say what you are sorry for; naming it shows you understand (S4.3).", _S43)

NO_RESPONSIBILITY = PhraseRule("no_responsibility", phrases(
    _NEG + r" (?:\w+ )?(?:all )?my (?:fault|responsibility|doing|problem)",
    r"i (?:didn't|did not|never) do anything(?: wrong)?", r"(?:i have|i've|i had) (?:nothing|no reason) to (?:apologi[sz]e|be sorry)",
    r"nothing to (?:apologi[sz]e|be sorry) for", r"(?:i'm|i am) not (?:the one|to blame|at fault|responsible|sorry|apologi[sz]ing)",
    r"i (?:don't|do not) (?:think|see|know|believe) (?:that |what |how )?i did (?:anything |something )?wrong",
    r"i (?:don't|do not) know what i did",
    r"(?:don't|do not) (?:think|believe|feel) (?:that )?(?:it|this|that) (?:was|is) (?:really |all |entirely )?my (?:fault|responsibility|doing)", r"(?:no one|nobody|no-one)'s fault", r"(?:not|n't) anyone's fault",
    r"it wasn't me", r"i (?:don't|do not|won't|will not) (?:apologi[sz]e|regret)", r"i (?:don't|do not) owe you",
    r"not (?:on|down to) me", r"why should i (?:apologi[sz]e|be sorry)", r"i (?:refuse|won't) to (?:apologi[sz]e|take the blame)",
    r"(?:i'm|i am) not (?:going to|gonna) (?:apologi[sz]e|take the blame)",
), "This says it was not your doing; owning your part is the heart of it (S4.3).", _S43)

FINDINGS: tuple[PhraseRule, ...] = (
    CONDITIONAL, BLAMES_FEELINGS, PASSIVE, EXCUSE, BLAME_SHIFT, MINIMIZING, VAGUE, NO_RESPONSIBILITY,
)

# Owning the choice itself: this also turns a nearby reason into an explanation, not an excuse.
_OWN_CHOICE = (
    r"(?:all )?my (?:fault|mistake|choice|decision|doing|responsibility)", r"i take (?:full |complete |total |all |the )*(?:responsibility|blame)",
    r"(?:i'm|i am) (?:fully |completely |totally |entirely )?(?:responsible|to blame|at fault)",
    r"i was (?:wrong|in the wrong|at fault|to blame|out of line)", r"(?:that's|that is|it's|it is|it was|that was) (?:all )?on me",
    r"i own (?:it|that|this|what i did|my)", r"i (?:should|shouldn't|should not)(?: have|'ve)", r"i blame (?:only )?myself",
    r"i chose", r"i made (?:a |the |some )?(?:mistake|bad|wrong|terrible|awful|poor)", r"i accept (?:that |the |full )?(?:it was|blame|responsibility|my)",
)
OWN_CHOICE = phrases(*_OWN_CHOICE)
RESPONSIBILITY = phrases(
    *_OWN_CHOICE,
    r"i (?:messed|screwed|fucked) (?:up|it up|things up)", r"i know what i did", r"i acknowledge",
    r"i (?:hurt|betrayed|disrespected|wronged|humiliated|insulted|belittled|embarrassed) you", r"i let you down",
    r"(?:was|that was|it was) (?:wrong|unkind|unfair|cruel|selfish|thoughtless|careless) of me",
    r"(?:there's|there is|that's|it's) no excuse", r"(?:it's|that's|it is|that is|it was|that was) (?:inexcusable|unacceptable)",
)
OWNING = phrases(
    r"(?:not|no|isn't|is not|wasn't|was not) (?:meant as )?an? excuse", r"no excuse",
    r"(?:doesn't|does not|don't|do not|won't|will not) (?:excuse|justify|make (?:it|that|this|what i did) (?:ok|okay|right|better))",
)
EXPLANATION = phrases(
    r"because", r"the reason", r"(?:that's|this is|that is) why i", r"explanation", r"what (?:happened|went wrong) (?:was|is)",
    r"i (?:think|realize|realise|realized|realised|know|understand|see) (?:now )?(?:that )?i (?:did|said|was|acted|reacted|pulled|shut|lashed)",
    r"i was (?:feeling|scared|afraid|jealous|insecure|hurt|angry|stressed|overwhelmed|tired|drunk|ashamed)",
    r"out of (?:fear|jealousy|anger|insecurity|pride|habit)", r"it came from", r"i (?:let|allowed) my", r"when i (?:felt|was)",
)
REPENTANCE = phrases(
    r"i(?:'ll| will) (?!understand|miss|always love|never forget)\w+",
    r"i (?:won't|will not) (?:do|ever|let|make|repeat|be)", r"i promise", r"never again",
    r"(?:won't|will not|will never|never will) happen again",
    r"(?:i'm|i am) (?:working on|going to|committed to|getting help|learning|changing|in therapy|seeing a)",
    r"i(?:'ve| have) (?:started|been working|been going|learned|learnt|changed|joined|begun)",
    r"from now on", r"going forward", r"in (?:the )?future", r"i intend to", r"i plan to",
    r"i want to (?:change|do better|be better|grow|learn)", r"i (?:commit|vow)", r"next time",
)
REPAIR = phrases(
    r"make (?:it|this|that|things) (?:up|right|better)", r"make amends", r"how (?:can|could|do) i (?:make|fix|repair|help|put)",
    r"what can i do", r"is there anything i can do",
    r"(?:let me|i(?:'d| would) like to|i want to|allow me to) (?:make|fix|repair|pay|replace|cover|help|earn|put)",
    r"i(?:'ll| will) (?:pay|replace|fix|cover|repair|return|give back|refund|make it up|do whatever|do anything|do what)",
    r"i can (?:pay|replace|fix|cover)", r"to (?:repair|rebuild|restore|fix) (?:this|things|it|the|our|your|trust)",
    r"(?:whatever|anything) (?:it takes|you need)", r"earn (?:back )?your trust", r"rebuild (?:your |our )?trust",
)
FORGIVENESS = phrases(
    r"forgive me", r"(?:can|will|would|could|might) you (?:ever |please |one day |someday |possibly )?forgive",
    r"(?:hope|hoping|ask|asking|beg|wish) (?:\w+ ){0,4}?forgive", r"forgiveness", r"pardon",
)
COMPONENTS = {
    "regret": REGRET, "explanation": EXPLANATION, "responsibility": RESPONSIBILITY,
    "repentance": REPENTANCE, "repair": REPAIR, "forgiveness": FORGIVENESS,
}

# An apology that names a concrete act: "I lied", "my comment", "sorry for shouting".
SPECIFIC = phrases(
    r"i(?:'ve|'d| have| had)?(?: \w+ly| just| also| then| even| never)? (?!(?:need|feel|was|am|want|hope|wish|mean|know|think|believe)\w*\b)(?!(?:tired|stressed|ashamed|scared|embarrassed|worried|overwhelmed|exhausted|concerned|confused|frustrated|interested|pleased|excited)\b)(?:\w+ed|said|did|broke|forgot|lied|left|made|took|told|hurt|snapped|cheated|kept|went|spent|threw|wrote|blew up|ran|sent|gave|put|drank|hid|stole|swore|chose|fought|lost|stood you up|let you down)",
    r"i was (?:late|rude|mean|cruel|unkind|cold|harsh|dismissive|selfish|careless|thoughtless|absent|distant|jealous|controlling|short with you|out of line|unfaithful|dishonest)",
    r"i (?:wasn't|was not) there", r"my (?:words|behaviou?r|actions|comments?|lies|lying|drinking|temper|jealousy|tone|outburst|absence|silence|texts?|messages?|remarks?|affair|mistake|reaction|anger)",
    _APOLOGY + r" (?:\w+ )?(?:for |about )?(?:not )?\w+ing", r"regret (?:not )?\w+ing",
    _APOLOGY + r" (?:\w+ )?(?:for|about) (?:the|that|last|my|our) (?!way|things|stuff|situation|mess)\w+",
)
# After "sorry, but": words that keep owning it ("but it was my fault") are not a hedge.
AFTER_BUT = phrases(
    r"but (?:\w+ ){0,3}?(?:my (?:fault|choice|decision|responsibility)|on me|no excuse|not an excuse|i was wrong|i take|i own|i know|i should|i chose"
    r"|(?:doesn't|does not|don't|do not|won't|will not) (?:excuse|justify|make))"
)
