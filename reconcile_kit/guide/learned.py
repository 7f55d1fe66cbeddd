"""A second reading of drafts and apologies, learned from texts the rules were never written with.

The rules (`apology_flaws`, `apology_parts`, `drafts`) know the phrasings they were written
for; people put the same things in many other words. This module holds one small linear model
per finding and part (logistic regression), trained by `benchmarks/train_checks.py` on the
training corpus of `tests/data/corpora/train/` (written and labelled by people who never saw the
rules; see docs/guide-quality.md). Its features are what the text says, read the kit's way:
the words and word pairs of the normalised text (texting style made plain), the kinds of word it
uses (`lexicon.CONCEPTS`: drink, strain, busy-ness, smallness ...), who each clause
is about and the verb that follows, as a lemma and as a kind ("i>snap", "i>@harm", "you>@past"),
whether the clause is negated, how it is linked ("but", "because"), the words after the
apology, for an apology what it is for (`apology_naming`, "o:" features), and its own rule's
answer with the words that rule's finding points at (each label's model is trained on those
alone, see `benchmarks/train_checks.py`). The weights ship
in `learned_apology.npz`, `learned_draft.npz` and `learned_care.npz` (the crisis wording of
`care.signals`) beside this file (`learned_file`); nothing is downloaded. A text's features are looked up once
for all the models of a kind (`Models.bank`, one matrix), and each model's probability follows.

The checks turn the rules' answers and the model's into one (`LabelModel.says`): a finding or
part stands when the model's probability reaches its label's threshold, one threshold where the
rules found it (`keep`, never above `add`) and another where they did not (`add`, at least 0.5, or 0.3
for an apology finding, whose probability runs low: see `benchmarks/train_checks.py`), both chosen
by cross-validation over writers when the model was trained. A part the rules found is never taken
away (they can say why), and a text of fewer than `MIN_WORDS` different words (an apology:
`MIN_WORDS_APOLOGY`) is left to the rules. An apology finding's probability is the mean of two
opinions: its own, and how likely the apology is flawed at all (one shared model of the
words and clauses) times how likely this finding is among flawed apologies (`LabelModel`). A finding's own
opinion (an apology's or a draft's) may itself be the mean of its logistic model's and naive Bayes' over the
same features (`LabelModel.bayes`), where the trainer found that reads new writers better. Where the model adds a finding the
rules missed, it points at the clause whose words weigh most towards it, and says it in the same
plain words as the rule would.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise
from pathlib import Path

from . import learned_file
from .clauses import Reading
from .lexicon import HARM_VERBS, NOT_ACTS, concepts, is_past, verb_lemma
from .normalise import normalise
from .text import Finding

__all__ = [
    "Linear", "LabelModel", "Models", "chances", "features", "sentence_features", "quoted", "model", "enough", "said", "size", "is_answer",
    "probability", "opinions", "best_part", "decide",
]  # fmt: skip

# One weights file per kind of text, so a draft check never parses the apology models ("care": the
# crisis-wording reading of `care.signals`).
WEIGHTS = {kind: Path(__file__).with_name(f"learned_{kind}.npz") for kind in ("apology", "draft", "care")}
_WORDS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Ways of saying sorry that the model reads as "sorry": how formally a person apologises says
# nothing about whether the apology is sound. The training writers almost never put "I apologise"
# in a sincere apology (4 of the 133 training apologies that say it; none of the 29 in the held-out
# sets), so a model that could see the word learned that it marks a hollow one
# (docs/guide-quality.md, round 7).
_SAME_AS_SORRY = {"apologise": "sorry", "apologize": "sorry", "apologies": "sorry"}
# Words between a subject and its verb that are not the verb: "I (never) lied", "I (didn't even) call".
_BEFORE_VERB = frozenset({
    "do", "did", "does", "don't", "didn't", "doesn't", "have", "had", "has", "haven't", "hadn't", "hasn't", "will",
    "would", "wouldn't", "could", "couldn't", "should", "shouldn't", "can", "can't", "cannot", "might", "must",
    "never", "not", "just", "really", "honestly", "also", "only", "even", "ever", "actually", "totally",
    "completely", "literally", "still", "always", "probably", "genuinely", "truly", "simply", "basically", "kind",
    "sort", "of", "kinda", "sorta", "then", "now", "already", "definitely", "certainly", "clearly", "obviously",
})  # fmt: skip
_APOLOGY_WORDS = frozenset({"w:sorry", "w:apology", "w:regret"})
MIN_WORDS = 10
# An apology is read by the model from six different words: over the training writers, apologies of
# six to nine words were read better by the model than by the rules alone, at the same precision
# (docs/guide-quality.md, round 9). Drafts and care notes keep `MIN_WORDS`.
MIN_WORDS_APOLOGY = 6
_NEGATED_BE = frozenset({"wasn't", "weren't", "isn't", "aren't", "ain't"})
_ANSWERS = frozenset({"r:", "p:", "k:"})  # the rules' answers and the kind of draft
_NEGATIONS = frozenset({"don't", "didn't", "doesn't", "haven't", "hadn't", "hasn't", "wouldn't", "couldn't",
                        "shouldn't", "can't", "cannot", "never", "not", "wasn't", "weren't", "isn't", "won't"})  # fmt: skip


@dataclass(frozen=True, eq=False)
class Linear:
    """A logistic model: a bias and feature weights ("#size" weighs the text's `size`). Two are the
    same only if they are one object: each is read once per text (`chances`, `probability`)."""

    bias: float
    weights: Mapping[str, float]


@dataclass(frozen=True, eq=False)
class LabelModel:
    """One label's model: bias, feature weights, and the probability it takes to say yes: `add`
    where the rules found nothing, `keep` where they found it (both chosen over new writers).

    An apology finding's model has a second opinion, `flawed` and `given`: how likely the apology
    is flawed at all (one model for every finding, read from the words and clauses), times how likely
    this finding is among flawed apologies. Its probability is the mean of the two opinions. The
    second is learned from the flawed apologies only, so it learns what tells one flaw from
    another rather than a flaw from a sincere apology (docs/guide-quality.md, round 7). A finding
    with `bayes` (an apology's or a draft's, where the trainer chose it) takes as its own opinion the
    mean of this model's and naive Bayes' over the same features (which are there or not, so it
    reads as a linear model too): out of fold, the two together gave a finding to a sincere apology
    less often than the logistic model alone, at the same recall (docs/guide-quality.md, round 18).
    Like `Linear`, a model is the same as another only if it is the same object."""

    bias: float
    weights: Mapping[str, float]
    add: float
    keep: float
    flawed: Linear | None = None
    given: Linear | None = None
    bayes: Linear | None = None

    def says(self, found: set[str], by_rules: bool, how_much: float | None = None,
             read: dict[object, float] | None = None) -> bool:  # fmt: skip
        """Whether the label applies to a text with these features, given the rules' answer
        (`how_much`: the text's `size`, when the caller has it already; `read`: see `probability`)."""
        return probability(self, found, how_much, read) >= (self.keep if by_rules else self.add)


class Models(dict[str, LabelModel]):
    """The shipped models of one kind, by label (`model`), with all of them as one matrix (`bank`:
    the file's own, or built on first use from the models' weights)."""

    def __init__(self, labels: Mapping[str, LabelModel] | None = None, bank: _Bank | None = None) -> None:
        super().__init__(labels or {})
        if bank is not None:
            self.__dict__["bank"] = bank

    @cached_property
    def bank(self) -> _Bank:
        """Every linear model here, the shared ones once, as the columns of one matrix."""
        linears = (m for label in self.values() for m in opinions(label) if m is not None)
        return _Bank.of(list(dict.fromkeys(linears)))


class _Bank:
    """Linear models as the columns of one matrix, with a row for each feature any of them weighs: a
    text's features are looked up once for all of them (an apology check reads 36), not once per model.
    numpy is imported on first use: `import reconcile_kit` stays light, and where a check runs
    pandas has loaded it already."""

    def __init__(self, models: list[Linear | LabelModel], index: dict[str, int], matrix: object, bias: object,
                 size: object) -> None:  # fmt: skip
        self.models, self.index, self.matrix, self.bias, self.size = models, index, matrix, bias, size

    @classmethod
    def of(cls, models: list[Linear | LabelModel]) -> _Bank:
        """The bank of models that each hold their weights as a mapping (a test's own, say)."""
        import numpy as np

        index = {name: i for i, name in enumerate(dict.fromkeys(n for m in models for n in m.weights if n != "#size"))}
        matrix = np.zeros((len(index), len(models)))
        for column, m in enumerate(models):
            names = [name for name in m.weights if name != "#size"]
            matrix[list(map(index.__getitem__, names)), column] = list(map(m.weights.__getitem__, names))
        return cls(models, index, matrix, np.array([m.bias for m in models]),
                   np.array([m.weights.get("#size", 0.0) for m in models]))  # fmt: skip

    def read(self, found: set[str], how_much: float) -> dict[object, float]:
        """Each model's probability for a text with these features and this `size`."""
        import numpy as np

        rows = [i for name in found if (i := self.index.get(name)) is not None]
        z = self.bias + self.size * how_much + self.matrix[rows].sum(axis=0)
        return dict(zip(self.models, (1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))).tolist(), strict=True))


def chances(models: dict[str, LabelModel], found: set[str], how_much: float | None = None) -> dict[object, float]:
    """The probability of every model in `models` (shipped ones, `Models`) for a text with these
    features, read in one pass, by model: what `probability` and `LabelModel.says` take as `read`.
    Empty for models that are not shipped ones (a test's own): `probability` reads those one by one."""
    if not isinstance(models, Models) or not models:
        return {}
    return models.bank.read(found, size(found) if how_much is None else how_much)


def _sentence_grams(words: list[str]) -> set[str]:
    padded = ["^", *words]
    grams = {f"w:{w}" for w in words}
    grams.update(f"b:{a} {b}" for a, b in pairwise(padded))
    return grams


def _words(text: str) -> list[str]:
    """The words of lower-cased `text`, "apologise" and its like read as "sorry" (`_SAME_AS_SORRY`):
    "I apologise for" reads as "I'm sorry for"."""
    words = _WORDS.findall(text)
    for i, word in enumerate(words):
        if word in _SAME_AS_SORRY:
            words[i] = _SAME_AS_SORRY[word]
            if i and words[i - 1] == "i":
                words[i - 1] = "i'm"
    return words


def sentence_features(reading: Reading) -> list[set[str]]:
    """The word features of each sentence of `reading` (words and word pairs; "^" opens it)."""
    text = reading.text.lower()
    return [_sentence_grams(_words(text[s:e])) for s, e in reading.sentences]


def _clause_features(reading: Reading, text: str) -> set[str]:
    """Who each clause is about and what they did: "s:i>snap", "s:i>@harm", "n:i>@harm" (negated), "l:but>you"."""
    found: set[str] = set()
    for clause in reading.clauses:
        subject = clause.subject or "-"
        after = _words(text[clause.subject_end : clause.end])[:6]
        skipped = 0
        while skipped < len(after) - 1 and after[skipped] in _BEFORE_VERB:
            skipped += 1
        main = after[skipped:]
        verb = verb_lemma(main[0]) if main else ""
        negated_be = verb in _NEGATED_BE
        verb = "be" if negated_be else verb
        negated = negated_be or reading.negated(clause.subject_end) or any(w in _NEGATIONS for w in after[: skipped + 1])
        kinds = [verb]
        if verb in HARM_VERBS:
            kinds.append("@harm")
        elif verb in NOT_ACTS:
            kinds.append("@state")
        if main and (is_past(main[0]) or (skipped and after[0] in {"did", "didn't", "had", "hadn't"})):
            kinds.append("@past")
        for kind in kinds:
            found.add(f"s:{subject}>{kind}")
            if negated:
                found.add(f"n:{subject}>{kind}")
        if len(main) > 1:
            found.add(f"s:{subject}>{verb} {main[1]}")
        if clause.link:
            found.add(f"l:{clause.link}>{subject}")
    return found


def features(reading: Reading, answers: Iterable[str] = ()) -> set[str]:
    """Every feature of a text: its words, the kinds of word it uses ("c:drink", `lexicon.CONCEPTS`),
    its clauses, the words after the apology ("a:though") and the rules' `answers` ("r:excuse", ...)."""
    per_sentence = sentence_features(reading)
    found: set[str] = set().union(*per_sentence) if per_sentence else set()
    found |= {f"c:{kind}" for name in found if name[:2] == "w:" for kind in concepts(name[2:])}
    found |= _clause_features(reading, reading.text.lower())
    opened = next((i for i, grams in enumerate(per_sentence) if grams & _APOLOGY_WORDS), None)
    if opened is not None:
        for grams in per_sentence[opened + 1 :]:
            found.update("a:" + name[2:] for name in grams if name.startswith("w:"))
    found.add(f"len:{min(len(reading.sentences), 6)}")
    found.update(answers)
    return found


def quoted(rule: str, fragment: str) -> list[str]:
    """The words a rule's finding points at, as features of that rule ("q:excuse|tired")."""
    return [f"q:{rule}|{word}" for word in dict.fromkeys(_WORDS.findall(normalise(fragment).text.lower()))]


@cache
def model(kind: str) -> Models:
    """The trained models of one kind ("apology", "draft" or "care"), by label; empty when none shipped."""
    try:
        stored = learned_file.read(WEIGHTS[kind])
    except FileNotFoundError:
        return Models()
    index = {name: i for i, name in enumerate(stored.features)}
    columns = stored.weights.T

    def weights(column: int) -> _Column:
        return _Column(index, stored.features, columns[column], float(stored.size[column]))

    def linear(column: int) -> Linear:
        return Linear(float(stored.bias[column]), weights(column))

    flawed = linear(stored.meta["flawed"]) if "flawed" in stored.meta else None
    labels = {
        name: LabelModel(float(stored.bias[m["own"]]), weights(m["own"]), m["add"], m["keep"], flawed if "given" in m else None,
                         linear(m["given"]) if "given" in m and flawed else None, linear(m["bayes"]) if "bayes" in m else None)
        for name, m in stored.meta["labels"].items()
    }  # fmt: skip
    by_column = {m["own"]: label for label, m in zip(labels.values(), stored.meta["labels"].values(), strict=True)}
    by_column |= {m[key]: getattr(label, key) for label, m in zip(labels.values(), stored.meta["labels"].values(), strict=True)
                  for key in ("bayes", "given") if key in m and getattr(label, key) is not None}  # fmt: skip
    if flawed is not None:
        by_column[stored.meta["flawed"]] = flawed
    keep = sorted(by_column)  # a column no label reads (a "given" without "flawed") stays out of the bank
    matrix = stored.weights if keep == list(range(stored.weights.shape[1])) else stored.weights[:, keep]
    bank = _Bank([by_column[c] for c in keep], index, matrix, stored.bias[keep], stored.size[keep])
    return Models(labels, bank)


class _Column(Mapping[str, float]):
    """One shipped model's weights, read from its column of the file's matrix (`learned_file`):
    a feature it does not weigh (0) is not there, like a weight the trainer pruned."""

    def __init__(self, index: dict[str, int], features: list[str], column: object, size: float) -> None:
        self._index, self._features, self._column, self._size = index, features, column, size

    def __getitem__(self, name: str) -> float:
        if name == "#size":
            if self._size:
                return self._size
            raise KeyError(name)
        weight = float(self._column[self._index[name]])
        if not weight:
            raise KeyError(name)
        return weight

    def __iter__(self) -> Iterator[str]:
        import numpy as np

        yield from (self._features[i] for i in np.flatnonzero(self._column))
        if self._size:
            yield "#size"

    def __len__(self) -> int:
        import numpy as np

        return int(np.count_nonzero(self._column)) + bool(self._size)


def is_answer(name: str) -> bool:
    """Whether a feature is the rules' answer or the kind of draft, not the text's own words."""
    return name[:2] in _ANSWERS


def said(found: set[str]) -> set[str]:
    """What the text itself says: its word and clause features, not the rules' answers nor the words
    their findings point at (which a label's model sees for its own rule only)."""
    return {name for name in found if not is_answer(name) and name[:2] != "q:"}


def size(found: set[str]) -> float:
    """How much a text says: its number of word and clause features (`said`), over 50. The model
    weighs it once (feature `#size`), so a three-word draft is not read as if it lacked only
    counter-evidence."""
    return len(said(found)) / 50


def enough(found: set[str], least: int = MIN_WORDS) -> bool:
    """Whether a text says enough for the model: at least `least` different words (`MIN_WORDS`; an
    apology `MIN_WORDS_APOLOGY`). A few words give a model of words too little to weigh (one stray
    word would decide); the rules read those alone."""
    return sum(1 for name in found if name[:2] == "w:") >= least


def probability(label: LabelModel, found: set[str], how_much: float | None = None,
                read: dict[object, float] | None = None) -> float:  # fmt: skip
    """The model's probability that the label applies to a text with these features
    (`how_much`: the text's `size`, computed here when not given; `read`: probabilities already
    read for this text, by model (`chances`); one not there is computed here and kept there, so the
    shared flawed-at-all model is read once for all findings)."""
    read = {} if read is None else read
    for m in opinions(label):
        if m is not None and m not in read:
            how_much = size(found) if how_much is None else how_much
            read[m] = _chance(m.bias, m.weights, found, how_much)
    own = read[label] if label.bayes is None else (read[label] + read[label.bayes]) / 2
    if label.flawed is None or label.given is None:
        return own
    return (own + read[label.flawed] * read[label.given]) / 2


def opinions(label: LabelModel) -> tuple[Linear | LabelModel | None, ...]:
    """The linear models a label's probability reads (`probability`): its own, and where it has them
    the naive-Bayes one and the two of its second opinion."""
    return label, label.bayes, label.flawed, label.given


def _chance(bias: float, weights: dict[str, float], found: set[str], how_much: float) -> float:
    z = bias + sum(map(weights.__getitem__, weights.keys() & found))
    if "#size" in weights:
        z += weights["#size"] * how_much
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def best_part(label: LabelModel, reading: Reading) -> tuple[int, int]:
    """The clause (span in the normalised text) whose words weigh most towards the label: where a
    finding the model adds is marked (a clause, so the rules' finer marks stay readable beside it)."""
    text = reading.text.lower()
    spans = [c.span for c in reading.clauses] or list(reading.sentences)
    if not spans:
        return 0, len(reading.text)
    weights = label.weights
    scores = [sum(weights.get(name, 0.0) for name in _sentence_grams(_words(text[s:e]))) for s, e in spans]
    return spans[max(range(len(scores)), key=scores.__getitem__)]


def decide(
    models: dict[str, LabelModel], labels: Iterable[str], found: set[str], findings: list[Finding],
    reading: Reading, mark: Callable[[str, tuple[int, int]], Finding | None], read: dict[object, float] | None = None,
) -> list[Finding]:  # fmt: skip
    """The findings once the model has had its say on each of `labels`: a rule's finding it finds
    unlikely is dropped, one it finds likely and the rules missed is added (`mark(label, span)`
    makes it, at `best_part`, or returns None where the check does not let the model add it).
    Text order. `read`: the probabilities already read for this text (`chances`), by model."""
    read = {} if read is None else read  # a model not read yet is read, and its text's `size` counted, on demand
    for label in labels:
        label_model = models.get(label)
        if label_model is None:
            continue
        by_rules = any(f.rule == label for f in findings)
        if not label_model.says(found, by_rules, read=read):
            findings = [f for f in findings if f.rule != label]
        elif not by_rules and (added := mark(label, best_part(label_model, reading))) is not None:
            findings = [*findings, added]
    return sorted(findings, key=lambda f: f.span)
