"""The closure path: what the kit offers in place of reaching out while the path is closed (S5.4, S5.5).

Every surface reads the closure once (`guide.closure`, `guide.situation`) and asks this module
what to show instead of contact: the card's title and words (`title`, `lead`, `words`), the
guide's advice that speaks for the closure (`advice`), the checklist (`checklist`), and the
outcomes the outcome form may offer (`outcomes`). The closure tools
themselves (the urge plan, the unsent letter, the closing reflection) are questions in
`care.prompts`. docs/care.md lists what every surface does on a closed path.
"""

from __future__ import annotations

from typing import Any

from ..guide.closure import Closure, closure_of, says_blocked
from ..guide.reading import read_for_guide
from ..guide.stages import ChecklistItem, StageInfo
from ..model import Stage
from ..person import Person

__all__ = [
    "OUTCOME_KEYS",
    "REASON_OUTCOMES",
    "CLOSING_RULES",
    "title",
    "lead",
    "words",
    "advice",
    "checklist",
    "outcomes",
    "says_blocked",
    "was_blocked",
]

OUTCOME_KEYS = ("reconciling", "no", "no_answer", "no_contact")  # forms.outcome.OUTCOMES, in its order
# closure reason -> the outcome that records it (forms.outcome); safety has none: it is not their answer
REASON_OUTCOMES = {"boundary": "no_contact", "refusal": "no", "no_answer": "no_answer"}
# closure reason -> the advice rule that speaks for it (guide.rules); the others are left to the card
CLOSING_RULES = {"boundary": "respect_boundary", "refusal": "accept_refusal", "no_answer": "accept_refusal",
                 "safety": "stay_safe"}  # fmt: skip
_LEFT = ("What is left is yours: a plan for the moments you want to write, a letter you never send, "
         "and what you learned (S5.5).")  # fmt: skip


def was_blocked(timeline: Any, now: Any = None) -> bool:
    """True when the first boundary in the timeline (up to `now`) was logged as a block, in its summary, text or tags."""
    closure = closure_of(read_for_guide(timeline, now))
    return closure is not None and closure.blocked


def title(closure: Closure) -> str:
    """The card's title while the path is closed."""
    return "Your safety comes first" if closure.reason == "safety" else "Closing the chapter"


def lead(closure: Closure, person: Person, *, blocked: bool = False) -> str:
    """What the kit does now that the path is closed, in plain words (no dates: the advice gives those)."""
    s = person
    if closure.reason == "safety":
        return (
            "You told the kit that you do not feel safe with them, so everything about reaching out is off "
            "for this journal. What is here now is for you: people who can help, and room to write things "
            "down. Nothing is sent anywhere."
        )
    if closure.reason == "boundary":
        what = f"{s.subject(True)} {'blocked you' if blocked else closure.boundary_words}"
        return (
            f"{what}. Every page of the kit now turns to you: nothing here will help with reaching out to "
            f"{s.object()} again, and it asks you to honour that fully (S5.4). {_LEFT}"
        )
    if closure.reason == "refusal":
        return f"{s.subject(True)} said no. The kit will not help with asking again (S2.3, S5.4). {_LEFT}"
    return f"You recorded that no answer came. The kit will not suggest chasing it (S1.5, S5.4). {_LEFT}"


def _item(item_id: str, text: str, *guide_ids: str) -> ChecklistItem:
    return ChecklistItem(item_id, guide_ids, text)


# The outcome stage's items say "if the answer is no ..."; on the closed path the answer is known, so
# the same ids (their ticks carry over) get words for where the user stands.
_HONOUR = _item("S5.4-boundary", "Honour their wish fully: no messages, calls or visits, and nothing passed on through friends.", "S5.4")
_ACCEPT = _item("S5.4", "Accept the answer with grace: no plea, no argument, no asking again.", "S5.4")
_LEARNED = _item("S5.5", "Note what you learned: you tried, and that counts.", "S5.5")
_URGES = _item("S5.4-urges", "Have a plan for the moments you want to write, and follow it instead.", "S5.4")
_LETTER = _item("S5.5-letter", "If it helps, write the letter you will not send: it stays here.", "S5.5")
_SELF = _item("S5.5-self", "Lean on the people around you, and give it time.", "S5.5")
_CLOSING_ITEMS: dict[str, tuple[ChecklistItem, ...]] = {
    "boundary": (_HONOUR, _URGES, _LETTER, _LEARNED, _SELF),
    "refusal": (_ACCEPT, _URGES, _LETTER, _LEARNED, _SELF),
    "safety": (
        _item("care-help", "Keep a helpline number somewhere safe (see Support)."),
        _item("care-owe", "You do not owe them contact, an explanation or an apology."),
        _item("care-trust", "Tell someone you trust how things are."),
        _LETTER,
    ),
}
_CLOSING_ITEMS["no_answer"] = _CLOSING_ITEMS["refusal"]
_INTROS = {
    "safety": "Nothing here is about reaching out. These are for you, and for your safety.",
    "boundary": "Their wish is clear, however much it hurts. These steps are all yours.",
    "refusal": "The answer is theirs to give. These steps are all yours.",
    "no_answer": "No answer is, for now, an answer. These steps are all yours.",
}


def checklist(closure: Closure) -> StageInfo:
    """The checklist every stage's checklist becomes while the path is closed (the ids keep their ticks)."""
    return StageInfo(Stage.OUTCOME, title(closure), _INTROS[closure.reason], _CLOSING_ITEMS[closure.reason])


def outcomes(closure: Closure | None) -> tuple[str, ...]:
    """The outcomes the outcome form offers, closing ones first (keys of `forms.outcome.OUTCOMES`).

    Open path: all four. After a no that they reopened by getting in touch: all four, closing ones
    first. While a no or no answer holds: only closing ones (trying again is not the user's to
    record; if they get in touch, log it, and the path opens again). After a boundary: only no
    contact. A safety concern: none (it is not their answer; the form shows the safety path).
    """
    if closure is None:
        return OUTCOME_KEYS
    if closure.reason == "safety":
        return ()
    if closure.reason == "boundary":
        return ("no_contact",)
    closing = ("no", "no_answer", "no_contact")
    return closing + ("reconciling",) if closure.reopened else closing


def words(closure: Closure, person: Person) -> tuple[str, str]:
    """(title, lead) of the card every surface shows while the path is closed."""
    return title(closure), lead(closure, person)


def advice(sit: Any, timeline: Any) -> list[Any]:
    """The guide's advice on a closed path that speaks for this closure, and the kind word about urges.

    `sit` is the `guide.Situation` read from `timeline` (closed); the card and `status` both show these.
    """
    from ..guide import advise_for

    own = CLOSING_RULES[sit.closure.reason]
    return [a for a in advise_for(sit, timeline) if a.rule in (own, "urges_rising")]
