"""Tone suggestions: how a message from the other person comes across (warm, neutral or cool), read from its text.

Imported chats arrive with tone `none`; these suggestions fill the gap. They are suggestions:
the tone the user chooses always wins, and when they disagree with the user's own reading of
this person too often, the kit stops suggesting (`agreement_for`). Built on VADER (Hutto &
Gilbert 2014), tuned for texting. What it reads and what it misses: docs/tone.md.

Example::

    from reconcile_kit import tone
    tone.suggest_tone(["haha go on then x", "ok.", "train's cancelled, Friday instead?"])
    # ['positive', 'negative', 'neutral']
"""

from __future__ import annotations

from collections.abc import Iterable

from .agreement import (
    MIN_KAPPA,
    MIN_LABELS,
    Agreement,
    agreement,
    agreement_for,
    cohen_kappa,
)
from .batch import scores
from .scoring import NEGATIVE_AT, POSITIVE_AT, label

__all__ = [
    "MIN_KAPPA",
    "MIN_LABELS",
    "NEGATIVE_AT",
    "POSITIVE_AT",
    "Agreement",
    "agreement",
    "agreement_for",
    "cohen_kappa",
    "suggest_tone",
    "tone_scores",
]


def tone_scores(texts: Iterable[str] | str) -> list[float]:
    """The compound tone score of each message, -1 (cool) to 1 (warm); 0.0 for an empty or missing text.

    :param texts: messages from the other person (a single string counts as one message)
    """
    return scores([texts] if isinstance(texts, str) else texts)


def suggest_tone(texts: Iterable[str] | str) -> list[str]:
    """A suggested tone for each message from the other person: `positive`, `neutral` or `negative`.

    Scores at or above `POSITIVE_AT` read warm, at or below `NEGATIVE_AT` cool. Never raises on
    text; anything that is not a string reads `neutral`.

    :param texts: messages from the other person (a single string counts as one message)
    """
    return [label(value) for value in tone_scores(texts)]
