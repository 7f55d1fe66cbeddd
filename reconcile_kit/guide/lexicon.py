"""Word lists the checks read people with: verbs of harm, verbs that are not acts, judgements of oneself.

Verb forms: `verb_lemma(word)` undoes English inflection ("snapped" -> snap, "lied" -> lie,
"went" -> go) for the verbs listed here, and `is_past(word)` says whether a word after "I" reads as
a past-tense act. Irregular forms are written out (`IRREGULAR`); tests/guide/test_lexicon.py checks
them against lemminflect's tables, so no language model is loaded at run time.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "IRREGULAR", "ACT_NOUNS", "HARM_VERBS", "NOT_ACTS", "SELF_JUDGEMENTS", "GENERIC_ACTS", "verb_lemma", "is_past", "is_act",
    "harm_pattern", "CONCEPTS", "concepts",
]  # fmt: skip

# Past tense and past participle of the irregular verbs apologies use, with their lemma.
IRREGULAR: dict[str, str] = {
    "went": "go", "gone": "go", "took": "take", "taken": "take", "told": "tell", "said": "say", "left": "leave",
    "broke": "break", "broken": "break", "made": "make", "kept": "keep", "let": "let", "put": "put",
    "hid": "hide", "hidden": "hide", "sent": "send", "gave": "give", "given": "give", "got": "get",
    "gotten": "get", "ran": "run", "threw": "throw", "thrown": "throw", "spent": "spend", "stole": "steal",
    "stolen": "steal", "forgot": "forget", "forgotten": "forget", "chose": "choose", "chosen": "choose",
    "did": "do", "done": "do", "had": "have", "was": "be", "were": "be", "been": "be", "came": "come",
    "stood": "stand", "swore": "swear", "sworn": "swear", "drank": "drink", "drunk": "drink", "fought": "fight",
    "lost": "lose", "bit": "bite", "hit": "hit", "hurt": "hurt", "cut": "cut", "shut": "shut", "quit": "quit",
    "slept": "sleep", "sold": "sell", "spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write",
    "read": "read", "drove": "drive", "driven": "drive", "blew": "blow", "blown": "blow", "bet": "bet",
    "knew": "know", "known": "know", "thought": "think", "felt": "feel", "meant": "mean", "saw": "see",
    "seen": "see", "heard": "hear", "found": "find", "brought": "bring", "bought": "buy", "caught": "catch",
    "taught": "teach", "sought": "seek", "dealt": "deal", "led": "lead", "held": "hold", "sat": "sit",
    "slid": "slide", "shot": "shoot", "shook": "shake", "shaken": "shake", "tore": "tear", "torn": "tear",
    "wore": "wear", "worn": "wear", "woke": "wake", "woken": "wake", "began": "begin", "begun": "begin",
    "became": "become", "fell": "fall", "fallen": "fall", "flew": "fly", "flown": "fly", "froze": "freeze",
    "frozen": "freeze", "grew": "grow", "grown": "grow", "hung": "hang", "lay": "lie",
    "lit": "light", "paid": "pay", "rode": "ride", "rang": "ring", "rung": "ring", "rose": "rise",
    "risen": "rise", "shouted": "shout", "sang": "sing", "slung": "sling", "spat": "spit", "split": "split",
    "spread": "spread", "stuck": "stick", "stung": "sting", "struck": "strike", "swung": "swing",
    "understood": "understand", "withdrew": "withdraw", "withdrawn": "withdraw", "overruled": "overrule",
    "misled": "mislead", "forbade": "forbid", "forbidden": "forbid", "won": "win",
    "upset": "upset", "set": "set", "cast": "cast", "beat": "beat", "beaten": "beat", "bent": "bend",
    "bled": "bleed", "fed": "feed", "fled": "flee", "overslept": "oversleep", "dug": "dig",
    "sped": "speed", "spun": "spin", "stank": "stink", "swept": "sweep", "wept": "weep",
    "undid": "undo", "undone": "undo", "overdid": "overdo", "overdone": "overdo", "forgave": "forgive",
    "forgiven": "forgive", "mistook": "mistake", "mistaken": "mistake", "ate": "eat", "eaten": "eat",
    "drew": "draw", "drawn": "draw", "showed": "show", "shown": "show", "wound": "wind", "ground": "grind",
}  # fmt: skip
# Verbs whose first-person past is a state of mind or a report, not something done to someone.
NOT_ACTS = frozenset({
    "be", "have", "feel", "think", "know", "want", "hope", "wish", "mean", "need", "guess", "believe", "realise",
    "realize", "understand", "see", "hear", "like", "love", "remember", "wonder", "assume",
    "suppose", "expect", "imagine", "worry", "care", "appreciate", "owe", "promise", "apologise", "apologize",
    "regret", "try", "manage", "deserve", "notice", "learn", "seem", "look", "sound", "get", "become", "grow",
    "start", "begin", "mention", "wake", "dream", "intend", "plan", "figure", "reckon", "admit", "accept", "acknowledge", "own", "confess", "owe", "reflect", "write", "message", "text", "reach", "pray", "hate", "dread", "fear", "panic", "cry",
    "struggle", "suffer", "cope", "find", "prefer", "agree", "hesitate", "sit", "enjoy", "doubt", "trust",
    "forgive", "wait", "recognise", "recognize", "bristle", "meet", "live", "work", "move", "marry", "date", "help",
})  # fmt: skip
# Verbs of harm: in "I <verb>" they own something done to someone (written as lemmas).
HARM_VERBS = frozenset({
    "lie", "cheat", "snap", "yell", "shout", "scream", "swear", "insult", "mock", "belittle", "humiliate",
    "embarrass", "betray", "hurt", "abandon", "ghost", "ignore", "dismiss", "blank", "block", "break", "steal",
    "hide", "forget", "miss", "cancel", "leave", "threaten", "push", "hit", "slap", "throw", "smash", "kick",
    "manipulate", "gaslight", "control", "accuse", "blame", "criticise", "criticize", "nag", "pressure", "flirt",
    "kiss", "spend", "gamble", "pawn", "sell", "snoop", "spy", "track", "stalk", "post", "spread", "gossip",
    "badmouth", "tease", "ridicule", "forge", "withdraw", "damage", "wreck", "ruin", "crash", "lose", "waste",
    "skip", "bail", "flake", "ditch", "dump", "neglect", "overrule", "interrupt", "patronise", "patronize",
    "sulk", "stonewall", "withhold", "punish", "disappear", "vanish", "deceive", "mislead", "pretend", "fake",
    "exploit", "disrespect", "undermine", "shame", "force", "grab", "corner", "scare", "frighten", "intimidate",
    "rage", "storm", "slam", "stand", "let", "make", "fob", "string", "use", "take", "tell", "read", "go",
    "drink", "bet", "cover", "call", "laugh", "roll", "scroll", "check", "search", "follow", "turn", "switch",
    "sign", "book", "move", "spit", "shove", "blow", "lash", "explode", "freak", "kick", "storm", "run", "walk",
    "drive", "cheat", "sleep", "leak", "share", "show", "forward", "screenshot", "delete", "pawn", "borrow",
    "scratch", "drop", "sneak", "bully", "taunt", "jeer", "sneer", "snub", "exclude", "isolate", "guilt",
    "nitpick", "lecture", "condescend", "ridicule", "fail", "overstep", "cross", "violate", "invade",
    "abuse", "shove", "choke", "bruise", "injure", "wound", "reject", "avoid", "stonewall", "silence",
    "stay", "spend", "pick", "put", "treat", "say", "do", "send", "give", "keep", "decide", "choose", "act",
    "bring", "talk", "speak", "open", "look", "ring", "text", "drop", "wreck", "sink",
})  # fmt: skip
# Judgements of oneself that own the act: "I was selfish", "I was out of order".
SELF_JUDGEMENTS = (
    r"selfish|unkind|cruel|rude|mean|nasty|cold|harsh|dismissive|careless|thoughtless|controlling|possessive|"
    r"petty|a coward|cowardly|dishonest|unfaithful|out of order|out of line|bang out of order|horrible|awful|"
    r"terrible|spiteful|vindictive|manipulative|self[- ]absorbed|self[- ]centred|self[- ]centered|an idiot|"
    r"a jerk|an arse|an ass|an asshole|a dick|a prick|a twat|a fool|disrespectful|unfair|wrong|in the wrong|"
    r"hurtful|insensitive|inconsiderate|irresponsible|reckless|neglectful|a bully|abusive|aggressive|"
    r"condescending|patronising|patronizing|arrogant|ungrateful|unreliable|deceitful|a liar|a cheat|sneaky|"
    r"two-faced|a rubbish \w+|a terrible \w+|a bad \w+|a lousy \w+|a crap \w+|a shit \w+|a shitty \w+|"
    r"an awful \w+|a horrible \w+|a poor \w+|jealous and \w+|vile|toxic|a nightmare|absent|distant|"
    r"stubborn|proud|too proud|childish|immature|defensive|a mess|an absolute \w+|a complete \w+|"
    r"such an? \w+|so \w+ful|the worst|bang out of line|way out of line|well out of order|cruel to you|"
    r"short with you|harsh with you|unkind to you|rude to you|mean to you|nasty to you|horrible to you|"
    r"awful to you|vile to you|a total \w+|unbearable|impossible to live with|a liability"
)
# Nouns that name what was done or what was harmed: "the joke", "the comments", "the ring".
ACT_NOUNS = re.compile(
    r"\b(?:jokes?|comments?|remarks?|texts?|messages?|emails?|letters?|insults?|lies|lie|affair|row|fight|argument|"
    r"outburst|toast|speech|photos?|pictures?|posts?|voice ?notes?|tone|names|jibes?|digs?|tweets?|rumou?rs?|secrets?|"
    r"debts?|loan|money|bills?|rent|ring|car|phone|diary|journal|keys|necklace|watch|savings|account|credit card|"
    r"wedding|funeral|recital|graduation|surgery|operation|op|scan|appointment|interview|exam|party|dinner|speech|"
    r"promise|vows?|trust|secret|password|laptop|emails|search history|flirting|kiss|cheating|drinking|gambling|"
    r"betting|lying|shouting|yelling|swearing|temper|threats?|slap|punch|push|shove)\b",
    re.IGNORECASE,
)
# Acts so general they name nothing: "I messed up", "I hurt you", "I made mistakes".
GENERIC_ACTS = re.compile(
    r"\b(?:mess(?:ed)? up|screw(?:ed)? up|fuck(?:ed)? up|made (?:a |some |many |so many )?mistakes?|"
    r"hurt you|let you down|put you through|did (?:you )?wrong|wronged you|failed you|did what i did|did that|did it|"
    r"was wrong|got it wrong|caused (?:you )?(?:pain|hurt|harm))\b",
    re.IGNORECASE,
)

@lru_cache(maxsize=4096)
def verb_lemma(word: str) -> str:
    """The lemma of an inflected verb: irregular forms from `IRREGULAR`, regular ones by rule.

    Of the stems a regular form could have ("lied": li, lie; "snapped": snapp, snap), the one
    listed in this module wins; otherwise the plain stem is returned.
    """
    word = word.lower().strip("'")
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word in _NOT_PAST:
        return word  # "need", "speed": not a verb with "-ed" added
    for suffix in ("ying", "ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + (0 if suffix == "ying" else 1):
            stem = word[: -len(suffix)]
            if suffix == "ying":
                candidates = [stem + "ie", stem + "y"]
            elif suffix in ("ied", "ies"):
                candidates = [stem + "y", stem + "ie"]
            else:
                candidates = [stem, stem + "e", stem[:-1]]
            known = [c for c in candidates if c in _KNOWN]
            return known[0] if known else candidates[0]
    return word


def is_past(word: str) -> bool:
    """True when `word` reads as a past-tense verb after "I" (regular -ed or a listed irregular form)."""
    lower = word.lower()
    if lower in IRREGULAR:
        return True
    return len(lower) > 3 and lower.endswith("ed") and lower not in _NOT_PAST


# -ed words that are not past verbs after "I" ("I need", "I'm scared" is handled by the "I'm").
_NOT_PAST = frozenset({"need", "bed", "red", "shed", "seed", "feed", "weed", "speed", "wed", "indeed", "proceed",
                       "succeed", "exceed", "breed", "bleed", "naked", "wicked", "sacred", "hundred", "kindred",
                       "sled", "fled", "led", "shred"})  # fmt: skip


_KNOWN = HARM_VERBS | NOT_ACTS

# Word kinds the learned reading generalises with (`guide.learned`): a model of words learns
# "hammered" only if its training texts said "hammered"; with these it also learns what a word of
# the kind weighs, so "steaming" or "too many dops" count the way "drunk" does. Each kind is a
# family of everyday words (British, Irish, American, Australian, South African, Indian, Caribbean
# English, texting forms after `normalise`), written from general knowledge, not from any corpus.
CONCEPTS: dict[str, frozenset[str]] = {
    # drink and drugs: the writer was not sober
    "drink": frozenset("""
        drunk drunken wasted hammered plastered smashed steaming legless pissed tipsy merry sloshed trashed buzzed
        tanked blotto bladdered mullered paralytic hungover hangover drink drinks drinking drank pints pint beers
        beer wine vodka shots tequila prosecco whisky whiskey booze boozing alcohol dops dop sesh bevvies bevvy
        bevs jars cans rum gin cider liquor stoned weed high wrecked mashed blitzed langers locked fluthered
        steamboats lit sozzled tiddly inebriated intoxicated spliff coke pills""".split()),
    # strain, mood and health of the writer
    "strain": frozenset("""
        stressed stress stressful tired exhausted exhaustion knackered shattered overwhelmed anxious anxiety
        depressed depression panic panicked panicking burnt burned burnout frazzled drained overworked sleepless
        insomnia headspace trauma traumatised traumatized triggered grief grieving mourning scared frightened
        froze frozen freaked temper tempers emotional emotions hormones hormonal adhd ptsd insecure insecurities
        paranoid overthinking spiralling spiraling breakdown meds medication ill sick unwell poorly migraine fever
        jetlagged jetlag sleep asleep nerves nervous fragile raw numb lonely heartbroken vulnerable""".split()),
    # work, study and busy-ness
    "busy": frozenset("""
        work working job jobs shift shifts boss manager deadline deadlines project office overtime busy swamped
        slammed hectic meetings meeting exams exam uni university college studies studying client clients rota
        schedule commute business company firm factory contract promotion interview conference career
        workload colleagues colleague duty night-shift nights doubles""".split()),
    # money trouble
    "money": frozenset("""
        money rent bills broke skint debt debts cost costs expensive afford loan loans overdraft cash wages
        salary payday funds savings mortgage paycheck paycheque bank fees""".split()),
    # third persons: family, friends, others
    "others": frozenset("""
        mum mom mother mam ma mammy mummy dad father da daddy papa brother sister family parents friends friend
        mates mate lads boys girls cousin cousins aunt auntie uncle granny gran nan nana grandma grandad grandpa
        grandmother grandfather kids children son daughter flatmate roommate pastor in-laws bestie bro sis
        wife husband relatives neighbour neighbor""".split()),
    # the writer's past and upbringing
    "past": frozenset("""
        grew raised upbringing childhood growing household background culture previous history
        wounds baggage attachment""".split()),
    # circumstances and things happening
    "circumstance": frozenset("""
        circumstances situation timing chaos chaotic mess whirlwind crazy madness blur pressure happening plate
        manic mental nuts rough tough hard difficult hectic period patch season phase""".split()),
    # smallness and lightness
    "small": frozenset("""
        only just little bit small tiny minor harmless joke joking jokes joked banter laugh laughing lol lmao
        haha hahaha once few couple overreacting overreact overreacted dramatic drama fuss petty silly hardly
        barely whatever chill relax innocent trivial merely simply quick teasing kidding messing
        biggie""".split()),
}
_CONCEPT_OF: dict[str, tuple[str, ...]] = {
    word: tuple(kind for kind, words in CONCEPTS.items() if word in words) for word in set().union(*CONCEPTS.values())
}


def concepts(word: str) -> tuple[str, ...]:
    """The kinds (`CONCEPTS`) a lower-case, normalised word belongs to; () for most words."""
    return _CONCEPT_OF.get(word, ())


def is_act(word: str) -> bool:
    """True when the past verb `word` is something done, not a state of mind or a report."""
    return is_past(word) and verb_lemma(word) not in NOT_ACTS


def harm_pattern() -> str:
    """A regex alternative of every inflected form of the verbs of harm (for phrase tables)."""
    forms = set(HARM_VERBS)
    for past, lemma in IRREGULAR.items():
        if lemma in HARM_VERBS:
            forms.add(past)
    for lemma in HARM_VERBS:
        forms |= _inflect(lemma)
    return "|".join(sorted(forms, key=len, reverse=True))


def _inflect(lemma: str) -> set[str]:
    if lemma.endswith("e"):
        return {lemma + "d", lemma + "s", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma) and len(lemma) <= 4:
        return {lemma + lemma[-1] + "ed", lemma + "s", lemma + lemma[-1] + "ing"}
    return {lemma + "ed", lemma + "s", lemma + "es", lemma + "ing"}
