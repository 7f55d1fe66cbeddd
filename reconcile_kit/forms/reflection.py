"""`ReflectionPrompt`: one question and the user's saved answer (kept in the journal); `UnsentLetter`, the letter never sent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import Form, escape, set_fields
from .labels import in_form_words

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["ReflectionPrompt", "UnsentLetter"]

LABELS = {"text": "Your answer"}


class ReflectionPrompt(Form):
    """A question with a text area; Save stores a new version of the answer (`add_reflection`).

    Crisis wording in the answer brings a calm support card beside it (`SupportCard.for_text`); it
    never stops the answer being saved.

    :param journal: the open `Journal`.
    :param prompt_id: where answers are kept, e.g. "S1.4" or "what_went_wrong".
    :param question: the question, in plain words.
    :param note: a line under the question (optional).
    """

    def __init__(self, journal: Journal, prompt_id: str, question: str, note: str = "") -> None:
        super().__init__()
        self.journal = journal
        self.prompt_id = prompt_id
        self.question = question
        self.note = note
        self.title = question
        self.answer = widgets.Textarea(
            value=journal.latest_reflection(prompt_id) or "",
            layout=widgets.Layout(width="40em", height="7em"),
            placeholder="Only you will read this.",
        )
        self.button = widgets.Button(description="Save", icon="save")
        self.connect(self.button, lambda: self.submit())
        self.support_box = widgets.VBox()
        self.support: Any = None
        self.answer.observe(lambda _change: self._check_support(), names="value")
        under = f"<br><small>{escape(note)}</small>" if note else ""
        self._box = widgets.VBox(
            [widgets.HTML(f"<b>{escape(question)}</b>{under}"), self.answer,
             widgets.HBox([self.button, self.status_line, self.error_line]), self.support_box]
        )
        self._check_support()

    @classmethod
    def on_path(
        cls, journal: Journal, prompt_id: str, question: str, closed: tuple[str, str] | None = None
    ) -> ReflectionPrompt:
        """This prompt while the path is open; `closed` (default: the closing reflection, S5.5) while it is closed.

        For prompts that look ahead to contact ("if they say no, what would you say back?", "would
        getting back together be good for you?"): after a no, a request for no contact or a safety
        concern the kit asks about you instead (`guide.closure`).
        """
        from ..care.prompts import CLOSING
        from .base import closure_for

        return cls(journal, *(closed or CLOSING)) if closure_for(journal) else cls(journal, prompt_id, question)

    @property
    def widget(self) -> widgets.Widget:
        """The question, the answer box and Save."""
        return self._box

    def describe(self) -> str:
        """Plain-text view: the question and the saved answer, if any."""
        saved = self.journal.latest_reflection(self.prompt_id)
        lines = [self.question] + ([self.note] if self.note else [])
        lines.append(f"Your answer: {saved}" if saved else "(no answer saved yet)")
        return "\n".join(lines + ([self.support.describe()] if self.support else []))

    def fill(self, **fields: Any) -> None:
        """Set the answer: `fill(text="...")`."""
        set_fields(fields, {"text": self.answer})

    def submit(self) -> int | None:
        """Save the answer as a new version; returns its id, or None when the answer is empty."""
        from ..errors import InvalidInteraction

        self._clear_messages()
        text = self.answer.value.strip()
        if not text:
            self._set_error("The answer is empty: write a few words first, then Save.")
            return None
        try:
            reflection_id = self.journal.add_reflection(self.prompt_id, text)
        except InvalidInteraction as exc:
            self._set_error(in_form_words(exc, LABELS))
            return None
        self._set_status("Saved. You can come back and change it any time.")
        self._notify()
        return reflection_id

    def _check_support(self) -> None:
        from .support import SupportCard

        self.support = SupportCard.for_text(self.answer.value, self.journal)
        self.support_box.children = (self.support.widget,) if self.support else ()


class UnsentLetter(ReflectionPrompt):
    """The letter you will not send (S5.5): everything you would like them to know, kept here, never sent.

    A reflection like any other (`prompt_id` "unsent_letter"): the kit has no way to send it.
    """

    def __init__(self, journal: Journal) -> None:
        from ..care.prompts import LETTER_NOTE, UNSENT_LETTER

        super().__init__(journal, *UNSENT_LETTER, note=LETTER_NOTE)
        self.answer.placeholder = "Dear ... (only you will read this)"
