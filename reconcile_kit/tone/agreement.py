"""Whether the tone suggestions read this person as the user does: Cohen's kappa against the user's own labels.

People text differently: one person's "ok." is cool, another's is just how they write. Once the
user has chosen the tone of at least `MIN_LABELS` of the other person's messages, the kit
compares its suggestions for those same messages with the user's labels; below `MIN_KAPPA`
it stops suggesting for this person and says so. The user's own tone always wins.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import InvalidInteraction, TimelineError
from ..person import Person
from .batch import scores
from .scoring import label

__all__ = ["MIN_KAPPA", "MIN_LABELS", "TONES", "Agreement", "agreement", "agreement_for", "cohen_kappa"]

MIN_LABELS = 20  # the user's own labels needed before agreement is judged
MIN_KAPPA = 0.4  # below this, suggestions stop ("fair" agreement at best; Landis & Koch 1977)
TONES = ("positive", "neutral", "negative")


def cohen_kappa(first: Sequence[str], second: Sequence[str]) -> float:
    """Cohen's kappa of two equally long label sequences: 1 = full agreement, 0 = what chance gives.

    When both always give the same single label, chance agreement is 1 and kappa is undefined:
    this returns 1.0 if they agree everywhere, else 0.0.
    """
    if len(first) != len(second):
        raise InvalidInteraction(
            f"tone labels: {len(first)} in one list and {len(second)} in the other; give one per message",
            field="tone",
        )
    n = len(first)
    if n == 0:
        return 0.0
    observed = sum(a == b for a, b in zip(first, second)) / n
    counts_a, counts_b = Counter(first), Counter(second)
    chance = sum(counts_a[key] * counts_b[key] for key in counts_a) / (n * n)
    if chance >= 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - chance) / (1.0 - chance)


@dataclass(frozen=True)
class Agreement:
    """How well the suggestions matched the user's own tones for this person.

    :param kappa: Cohen's kappa, or None with fewer than `MIN_LABELS` labelled messages
    :param n: messages that carry both the user's tone and a suggestion
    :param trusted: False when kappa is below `MIN_KAPPA` (then the kit stops suggesting)
    :param agreed: of the n, how many got the same tone
    """

    kappa: float | None
    n: int
    trusted: bool
    agreed: int = 0

    def lines(self, name: str = "them") -> list[str]:
        """Plain sentences saying where the suggestions stand for this person."""
        whose = Person.named(name).possessive()
        if self.kappa is None:
            return [
                (f"Too early to tell whether the suggested tones read {whose} messages as you do: you have set "
                f"the tone of {self.n} of {whose} messages with text so far, and {MIN_LABELS} are needed."),
                "Until then the kit suggests a tone for imported messages; yours always wins.",
            ]
        shared = f"{self.agreed} of {self.n} of {whose} messages (agreement {self.kappa:.2f}, chance is 0)"
        if self.trusted:
            return [f"The suggested tones matched yours on {shared}.", "Suggestions stay on; the tone you choose always wins."]
        return [
            f"The suggested tones often differ from how you read {whose} messages: they matched on {shared}.",
            "So the kit has stopped suggesting tones for them; the tones you choose are what counts.",
        ]


def agreement(user_labels: Iterable[Any], suggested: Iterable[Any]) -> Agreement:
    """Compare the user's tones with the suggestions for the same messages, pair by pair.

    Pairs where either side is not `positive`, `neutral` or `negative` (a `none`, an empty
    value) are left out. Below `MIN_LABELS` pairs kappa is None and suggestions stay trusted.

    :raises InvalidInteraction: when the two lists differ in length
    """
    mine, theirs = list(user_labels), list(suggested)
    if len(mine) != len(theirs):
        raise InvalidInteraction(
            f"tone labels: {len(mine)} of yours and {len(theirs)} suggestions; give one suggestion per label",
            field="tone",
        )
    pairs = [(a, b) for a, b in zip(map(_tone, mine), map(_tone, theirs)) if a and b]
    agreed = sum(a == b for a, b in pairs)
    if len(pairs) < MIN_LABELS:
        return Agreement(kappa=None, n=len(pairs), trusted=True, agreed=agreed)
    kappa = cohen_kappa([a for a, _ in pairs], [b for _, b in pairs])
    return Agreement(kappa=kappa, n=len(pairs), trusted=kappa >= MIN_KAPPA, agreed=agreed)


def _tone(value: Any) -> str:
    """A tone word in lower case, or "" for anything else (none, empty, missing)."""
    word = str(value).strip().lower() if isinstance(value, str) else ""
    return word if word in TONES else ""


def agreement_for(timeline: Any) -> Agreement:
    """Agreement for one person, from a timeline: their messages whose tone the user chose, re-scored.

    Counts rows with direction `in`, a tone set by the user (`tone_by` is `user`; a frame
    without `tone_by` counts every tone as the user's), a tone of positive/neutral/negative and
    some text; rows that are deleted, notes or system lines are left out.

    :param timeline: a DataFrame with `direction`, `tone`, `text` (and optionally `tone_by`,
        `kind`, `deleted_at`)
    :raises TimelineError: when a needed column is missing
    """
    for column in ("direction", "tone", "text"):
        if column not in getattr(timeline, "columns", ()):
            raise TimelineError(
                f"timeline has no {column!r} column; tone agreement needs 'direction', 'tone' and 'text'"
            )
    n = len(timeline)
    direction = _words(timeline, "direction", n)
    tone_by = _words(timeline, "tone_by", n, default="user")
    kind = _words(timeline, "kind", n, default="message")
    deleted = timeline["deleted_at"].notna().tolist() if "deleted_at" in timeline.columns else [False] * n
    texts = [t if isinstance(t, str) else "" for t in timeline["text"].tolist()]
    tones = [_tone(value) for value in timeline["tone"].tolist()]
    keep = [
        i for i in range(n)
        if direction[i] == "in" and tone_by[i] == "user" and tones[i] and texts[i].strip()
        and kind[i] not in ("note", "system", "held_back") and not deleted[i]
    ]  # fmt: skip
    mine = [tones[i] for i in keep]
    return agreement(mine, [label(value) for value in scores(texts[i] for i in keep)])


def _words(frame: Any, column: str, n: int, default: str = "") -> list[str]:
    """A column as stripped lower-case words (plain or categorical); `default` where missing or empty."""
    if column not in frame.columns:
        return [default] * n
    return [str(v).strip().lower() if isinstance(v, str) and v.strip() else default for v in frame[column].tolist()]
