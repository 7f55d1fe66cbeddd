"""The questions the kit asks the user to reflect on, and what replaces them while the path is closed.

Each prompt is (prompt_id, question): the journal keeps answers under the id (`Journal.add_reflection`).
Answers are for the user alone: nothing here is ever sent anywhere, the unsent letter least of all.
"""

from __future__ import annotations

__all__ = [
    "Prompt",
    "GOOD_FOR_ME_NOW",
    "FEELINGS",
    "OPENNESS",
    "OPENNESS_ANSWERS",
    "WAIT_FOR_THEM",
    "UNSENT_LETTER",
    "LETTER_NOTE",
    "CLOSING",
    "URGE_PLAN",
    "URGE_IDEAS",
    "GOOD_FOR_ME",
    "FIRST_STEP",
    "WENT_WRONG",
]

Prompt = tuple[str, str]

# Stage 4: what you feel (S4.1), asked only once they seem open to it (S3.2)
FEELINGS: Prompt = ("S4.1", "What would you like them to know about how you feel?")
OPENNESS: Prompt = ("S3.2", "Before any talk about the two of you: do they seem open to it? (S3.2)")
OPENNESS_ANSWERS = {"yes": "Yes, they have shown it", "not_sure": "Not sure", "no": "No"}
WAIT_FOR_THEM = (
    "Then it is kinder to wait. Let any talk about the two of you come from them, if it comes at all; "
    "for now keep things easy and about life now, and notice how they respond (S3.2, S3.3)."
)

# The closure path (S5.4, S5.5)
UNSENT_LETTER: Prompt = ("unsent_letter", "The letter you will not send: say everything you need to say, for yourself.")
LETTER_NOTE = ("Write it for yourself. It stays in your journal on this computer and is never sent "
               "anywhere; the kit has no way to send it.")  # fmt: skip
CLOSING: Prompt = ("S5.5", "Closing the chapter (S5.5): what did you learn, and what can you be proud of having tried?")
URGE_PLAN: Prompt = ("urge_plan", "When the urge to write to them comes, what will you do instead?")
URGE_IDEAS = (
    "Write it in the unsent letter instead: say everything, send nothing.",
    "Text or call a friend first, and tell them how you feel.",
    "Go outside for ten minutes, then see how the urge feels.",
    "Log it as a message you held back: the kit reads those kindly, never as contact.",
)

# Whether it is good for you, not only whether you own your part (S1.4, S5.2)
GOOD_FOR_ME: Prompt = (
    "good_for_me",
    "Setting their feelings aside for a moment: would getting back together be good for you? "
    "What would need to be different for it to be?",
)

# ... and on a closed path, where getting back together is not the question: what is good for you now (S5.5)
GOOD_FOR_ME_NOW: Prompt = (
    "good_for_me_now",
    "Setting them aside for a moment: what would be good for you now, and what do you want to carry with you "
    "from all this (S5.5)?",
)

# The slow path (S5.1, S5.2)
FIRST_STEP: Prompt = ("S5.1", "Going slowly (S5.1): what is a small, easy next step, and what can wait?")
WENT_WRONG: Prompt = ("S5.2", "What went wrong the first time (S5.2)? Write the things you both want to keep an eye on.")
