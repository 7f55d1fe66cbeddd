"""The safety screen: a few gentle questions, and what a yes to any of them means for the journal.

The start-your-journal form (forms.start) asks them once. Any yes is a safety concern: the
journal setting `safety` becomes `concern` (`guide.closure.SAFETY_SETTING`), and the guide then
reads the path as closed for good (reason `safety`), so every surface of the kit (advice, draft
checks, forms, notebooks, the app, the CLI) turns its reconnecting features off through the same
closure. The kit then says why in warm words and shows where to get help (support topic
`abuse`). Nothing here is sent anywhere, and the answers themselves are not stored: only the
outcome (`concern` or `none`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..guide.closure import SAFETY_CONCERN, SAFETY_SETTING, safety_concern

__all__ = [
    "Question",
    "QUESTIONS",
    "ANSWERS",
    "SAFETY_SETTING",
    "SAFETY_CONCERN",
    "SAFETY_CLEAR",
    "safety_concern",
    "concern_in",
    "unanswered",
    "setting_for",
    "WHY_OFF",
    "NOT_SURE",
    "LIFT_CONFIRM",
]

SAFETY_CLEAR = "none"  # the setting's value once every answer was no


@dataclass(frozen=True)
class Question:
    """One safety question: a stable id and its words (the label the form shows)."""

    id: str
    text: str


QUESTIONS: tuple[Question, ...] = (
    Question("afraid", "Are you afraid of them, or of what they might do?"),
    Question("harm", "Have they ever hurt you, threatened you, or tried to control your money, your phone or "
                     "who you see?"),
    Question("order", "Is there a protective, restraining or no-contact order between you, or has one been "
                      "asked for?"),
)  # fmt: skip
# answer value -> the words on its button; "not_sure" is not a concern, but the form shows where
# to talk it through (NOT_SURE)
ANSWERS: dict[str, str] = {"no": "No", "yes": "Yes", "not_sure": "Not sure"}

WHY_OFF = (
    "Thank you for telling the kit. Because of what you answered, it has turned off everything about "
    "reaching out to them for this journal: no advice about getting in touch, no help with messages, no "
    "ask to meet. That is not a judgement of you or of what you feel. Your safety matters more than "
    "anything this kit does, and the people below know how to help, whatever you decide. You can still "
    "use the journal to write things down for yourself; nothing here is sent anywhere."
)
NOT_SURE = (
    "Not being sure is worth listening to. If you would like to talk it through, the people below "
    "listen without judging, and you can come back and change an answer at any time. If you are not "
    "sure whether an order exists, please find out before any contact."
)
LIFT_CONFIRM = "I am safe, and I want the kit's pages about reaching out back for this journal."


def concern_in(answers: Mapping[str, str | None]) -> bool:
    """True when any answer is yes: the journal's reconnecting features go off."""
    return any(answers.get(q.id) == "yes" for q in QUESTIONS)


def unanswered(answers: Mapping[str, str | None]) -> tuple[Question, ...]:
    """The questions without an answer yet (any answer is fine, but each needs one)."""
    return tuple(q for q in QUESTIONS if answers.get(q.id) not in ANSWERS)


def setting_for(answers: Mapping[str, str | None]) -> str:
    """The value of the `safety` setting for these answers: `concern` or `none`."""
    return SAFETY_CONCERN if concern_in(answers) else SAFETY_CLEAR
