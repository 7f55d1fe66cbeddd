"""How the apology workbench reads a draft once: where the apologies, quotes, owned choices and owned acts are.

`Draft` holds what every check of `guide.apology` asks of the text: which sentences carry a real
apology (not one only reported or quoted), which clauses are the writer owning an act or a choice,
what a negation covers. The findings (`apology_flaws`) and the parts (`apology_parts`) read it.
"""

from __future__ import annotations

import re

from . import apology_flaw_phrases as F
from . import apology_phrases as P
from .clauses import Clause, Reading
from .lexicon import ACT_NOUNS, GENERIC_ACTS, HARM_VERBS, is_act, verb_lemma

# "sorry you were hurt by what I did" owns the act; "sorry you were offended by my remark" still puts it on them.
_OWN_HURT = re.compile(r"[^.!?]{0,40}?\b(?:by what i|because of (?:me|what i)|that i (?:caused|did)|i caused|when i|by me|by my)\b", re.I)
_HURT_WORDS = re.compile(r"\b(?:hurt|hurting|wounded|in pain|let down|betrayed|scared|frightened)\b", re.I)
_NEG_RAISING = re.compile(
    r"\b(?:don't|do not|didn't|did not|can't|cannot|won't|never|still don't|honestly don't)\s+(?:really\s+|honestly\s+|still\s+)?"
    r"(?:think|believe|feel|see|accept|agree|reckon|know|say|consider)\b",
    re.I,
)
_WASNT_THERE = re.compile(r"\bi (?:wasn't|was not|was never|wasnae) (?:there|at (?:your|the|his|her|our)|around|home)\b", re.I)
_AUX = frozenset({"just", "also", "then", "even", "actually", "basically", "completely", "totally", "literally", "honestly",
                  "really", "still", "kind", "sort", "of", "once", "ever", "deliberately", "knowingly", "repeatedly",
                  "finally", "simply", "straight", "quietly", "openly", "all", "both", "only", "somehow", "first"})  # fmt: skip
_PERFECT = frozenset({"have", "'ve", "i've", "had", "i'd", "'d"})
_OMISSION = frozenset({"didn't", "did", "not", "never", "i'd", "had"})


_WORDS = re.compile(r"[\w']+")
_BACKGROUND = frozenset({"if", "when", "while", "as", "since", "until", "because"})



class Draft:
    """One apology read once: where the apologies, quotes, owned choices and owned acts are."""

    def __init__(self, reading: Reading) -> None:
        self.r = reading
        self.text = reading.text
        self.mentions = [(m.start(), self._mention_end(m.start())) for m in P.MENTION.finditer(self.text)]
        self.reported = [m.span() for m in P.REPORTED_APOLOGY.finditer(self.text)]
        self.apologies = [m for m in P.APOLOGY.finditer(self.text) if self._real_apology(m)]
        self.feelings = [m for m in F.FEELINGS.finditer(self.text) if self._feelings(m)]
        self.choices = [m for m in P.OWN_CHOICE.finditer(self.text) if self._counts(m)]
        self._acts: list[tuple[int, int, bool, str]] | None = None
        self.owned = self._ownership()

    # --- where things stand ---------------------------------------------------------------
    def _sentence_end(self, pos: int) -> int:
        index = self.r.sentence_at(pos)
        return self.r.sentences[index][1] if self.r.sentences else len(self.text)

    def _mention_end(self, pos: int) -> int:
        """A quote runs to the end of its sentence, or to where the writer speaks again ("... and I wasn't there")."""
        index = self.r.clause_index(pos)
        end = self._sentence_end(pos)
        for clause in self.r.clauses[index + 1 :]:
            if clause.start >= end:
                break
            if clause.own_subject and clause.link in {"and", "but", "so", "then", "or"}:
                return clause.start
        return end

    def mentioned(self, pos: int) -> bool:
        """Inside a quote or report ("people keep telling me ...", "I told myself ...")."""
        return any(start <= pos <= end for start, end in self.mentions)

    def negated(self, match: re.Match[str] | tuple[int, int]) -> bool:
        start, end = match.span() if isinstance(match, re.Match) else match
        return self.r.negated(start) or self._raised(start)

    def _raised(self, pos: int) -> bool:
        """ "I don't think, hand on heart, that it was mine": a negation raised from a verb of thinking."""
        index = self.r.clause_index(pos)
        clause = self.r.clauses[index] if self.r.clauses else None
        for back in (1, 2):
            if clause is None or index - back < 0:
                return False
            before = self.r.clauses[index - back]
            if before.sentence != clause.sentence:
                return False
            raising = _NEG_RAISING.search(self.text, before.start, before.end)
            if raising and not re.search(r"\w", self.text[raising.end() : before.end]):
                return True  # the clause before ends on "I don't think": what follows is what is not thought
            if before.link in {"but", "and", "so", "because", "though"} and before.own_subject:
                return False
        return False

    def in_if(self, pos: int) -> bool:
        clause = self.r.clause_at(pos)
        return clause is not None and clause.link == "if"

    def question(self, pos: int) -> bool:
        index = self.r.sentence_at(pos)
        return bool(self.r.sentences) and self.text[self.r.sentences[index][1] - 1 : self.r.sentences[index][1]] == "?"

    def _counts(self, match: re.Match[str]) -> bool:
        return not (self.negated(match) or self.mentioned(match.start()) or self.in_if(match.start()))

    def _real_apology(self, match: re.Match[str]) -> bool:
        start = match.start()
        if any(s <= start < e for s, e in self.reported):
            return False
        if re.match(r"\s+enough\b", self.text[match.end() :]):
            return True  # "I can't apologise enough"
        if P.SHRUG.match(self.text, start) or self.mentioned(start):
            return False
        return not self.negated(match) or match.group().lower().startswith("not proud")

    def _feelings(self, match: re.Match[str]) -> bool:
        if self.negated(match) or self.mentioned(match.start()):
            return False
        owns = _OWN_HURT.match(self.text, match.end())  # "sorry you were hurt by what I did"
        return not (owns and _HURT_WORDS.search(match.group() + owns.group()))

    # --- owning it ------------------------------------------------------------------------
    def _ownership(self) -> list[tuple[int, int, bool]]:
        """(start, end, specific) of every place the writer owns something."""
        owned = [(m.start(), m.end(), self._names_act(m.start())) for m in P.OWNING.finditer(self.text) if self._counts(m)]
        owned += [(m.start(), m.end(), True) for m in _WASNT_THERE.finditer(self.text) if not self.mentioned(m.start())]
        owned += self._act_clauses()
        feeling_starts = {m.start() for m in self.feelings}
        for m in P.SORRY_FOR_ACT.finditer(self.text):
            if m.start() not in feeling_starts and self._counts(m) and not any(m.start() in range(f.start(), f.end()) for f in self.feelings):
                named = re.search(r"\b(?:for|about|that|of)\s+(.*)$", m.group(), re.I)
                owned.append((m.start(), m.end(), not (named and _generic(self.text[m.start() + named.start(1) : m.end() + 40]))))
        return owned

    def _names_act(self, pos: int) -> bool:
        """Whether the sentence of `pos` names what was done ("the lying ... was mine", not just "my fault")."""
        sentence = self.r.sentence_text(self.r.sentence_at(pos))
        if ACT_NOUNS.search(sentence):
            return True
        plain_only = all(verb_lemma(m.group()) in _PLAIN_VERBS for m in P.HARM_WORD.finditer(sentence))
        return not plain_only and len(sentence.split()) > 6  # "I put you through hell" names nothing; "I lied to your mum" does

    def _act_clauses(self, links: frozenset[str] = _BACKGROUND) -> list[tuple[int, int, bool]]:
        """ "I snapped at you", "I went behind your back", "I didn't come": first person, an act done or not done.

        Clauses opened by one of `links` ("if I hurt you", "when I was there") are left out.
        """
        if self._acts is None:
            self._acts = self._all_act_clauses()
        return [(start, end, specific) for start, end, specific, link in self._acts if link not in links]

    def _all_act_clauses(self) -> list[tuple[int, int, bool, str]]:
        found = []
        for clause in self.r.clauses:
            if clause.subject != "i":
                continue
            verb = self._act_verb(clause)
            if verb is None:
                continue
            start, end, omitted = verb
            body = self.text[clause.start : clause.end]
            if self.mentioned(start) or self.question(start):
                continue
            if omitted and re.search(r"\b(?:anything|any|at all)\b", self.text[end : clause.end]):
                continue  # "I didn't do anything", "I didn't spend it on anything dodgy": a denial
            word = self.text[start:end].lower()
            if any(s <= start < e for s, e in self.reported):
                continue  # "I said sorry about it": an apology reported
            perfect = re.search(r"(?:'ve|\bhave)\s+(?:\w+\s+)?$", self.text[clause.subject_end - 4 : start], re.I)
            harm = verb_lemma(word) in HARM_VERBS
            if perfect and not harm:
                continue  # "I've deleted the apps": what has changed since, not the act
            if not omitted and not harm and not re.search(r"\b(?:you|your|yours|yourself)\b", body, re.I):
                continue  # "I danced with some people": an act, but nothing done to them
            specific = not GENERIC_ACTS.match(self.text, start)  # "I hurt you" names nothing; "I lied" does
            found.append((start, clause.end, specific, clause.link))
        return found

    def _act_verb(self, clause: Clause) -> tuple[int, int, bool] | None:
        """The past act verb after "I" in the clause (start, end, omitted), if it has one."""
        starts = [clause.subject_end] + [
            clause.subject_end + m.end() for m in re.finditer(r"\b(?:i|i've|i'd)\b", self.text[clause.subject_end : clause.end], re.I)
        ]
        for origin in dict.fromkeys(starts):
            verb = self._verb_after(origin, clause.end)
            if verb is not None:
                return verb
        return None

    def _verb_after(self, origin: int, end: int) -> tuple[int, int, bool] | None:
        omitted = emphatic = False
        for w in list(_WORDS.finditer(self.text, origin, end))[:8]:
            word = w.group().lower()
            if word in _AUX or word in _PERFECT:
                continue
            if word in _MODALS:
                return None  # "I never would have said it": not something done
            if word in _SORRY_THAT:
                omitted = False
                continue  # "I'm so sorry that I ...": the act comes after
            if word in {"didn't", "never", "hadn't", "haven't"} or (word == "not" and emphatic):
                omitted, emphatic = True, False
                continue
            if word == "did":
                emphatic = not omitted
                continue
            start, stop = w.start(), w.end()
            plain = word.isalpha() and word.isascii() and not word.endswith("ing") and verb_lemma(word) not in _NOT_DONE
            if is_act(word) or ((omitted or emphatic) and plain):
                return start, stop, omitted  # "I did go to the party", "I didn't call"
            return None
        return None


_MODALS = frozenset({"would", "could", "should", "might", "must", "will", "can", "shall", "'ll", "may", "wouldn't",
                     "couldn't", "shouldn't", "won't", "can't", "cannot"})


_SORRY_THAT = frozenset({"sorry", "so", "truly", "very", "deeply", "am", "that", "i", "i've", "i'd", "i'm", "regret",
                         "apologise", "apologize", "ashamed"})


_NOT_DONE = frozenset({"mean", "think", "know", "want", "realise", "realize", "see", "expect", "care", "feel", "intend",
                       "plan", "understand", "believe", "have", "be", "need", "like", "ask", "deserve", "do", "say",
                       "regret", "apologise", "apologize", "hear", "notice", "wish", "get", "try", "remember"})  # fmt: skip


def _generic(words: str) -> bool:
    """ "everything", "the whole thing with the dog", "what I said": no act in it."""
    words = words.strip()
    if P.OCCASION_ONLY.search(words):
        return True
    return bool(P.GENERIC_OBJECTS.match(words))


# Verbs of harm too plain to name an act on their own ("sending you love", "giving you space").
_PLAIN_VERBS = frozenset({"send", "give", "keep", "take", "make", "do", "say", "tell", "go", "put", "let", "bring", "talk",
                          "speak", "open", "look", "ring", "text", "stay", "pick", "treat", "act", "decide", "choose", "use",
                          "move", "turn", "switch", "sign", "book", "follow", "check", "search", "call", "show", "share",
                          "forward", "walk", "run", "drive", "cover", "stand", "drop", "spend", "leave", "miss"})  # fmt: skip
