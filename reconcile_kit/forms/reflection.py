"""`ReflectionPrompt`: one question and the user's saved answer (kept in the journal)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import Form, escape, set_fields

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["ReflectionPrompt"]


class ReflectionPrompt(Form):
    """A question with a text area; Save stores a new version of the answer (`add_reflection`).

    :param journal: the open `Journal`.
    :param prompt_id: where answers are kept, e.g. "S1.4" or "what_went_wrong".
    :param question: the question, in plain words.
    """

    def __init__(self, journal: Journal, prompt_id: str, question: str) -> None:
        super().__init__()
        self.journal = journal
        self.prompt_id = prompt_id
        self.question = question
        self.title = question
        self.answer = widgets.Textarea(
            value=journal.latest_reflection(prompt_id) or "",
            layout=widgets.Layout(width="40em", height="7em"),
            placeholder="Only you will read this.",
        )
        self.button = widgets.Button(description="Save", icon="save")
        self.button.on_click(lambda _b: self.submit())
        self._box = widgets.VBox(
            [widgets.HTML(f"<b>{escape(question)}</b>"), self.answer,
             widgets.HBox([self.button, self.status_line, self.error_line])]
        )

    @property
    def widget(self) -> widgets.Widget:
        """The question, the answer box and Save."""
        return self._box

    def describe(self) -> str:
        """Plain-text view: the question and the saved answer, if any."""
        saved = self.journal.latest_reflection(self.prompt_id)
        return f"{self.question}\n" + (f"Your answer: {saved}" if saved else "(no answer saved yet)")

    def fill(self, **fields: Any) -> None:
        """Set the answer: `fill(text="...")`."""
        set_fields(fields, {"text": self.answer})

    def submit(self) -> int | None:
        """Save the answer as a new version; returns its id, or None when the answer is empty."""
        self._clear_messages()
        text = self.answer.value.strip()
        if not text:
            self._set_error("The answer is empty: write a few words first, then Save.")
            return None
        reflection_id = self.journal.add_reflection(self.prompt_id, text)
        self._set_status("Saved. You can come back and change it any time.")
        self._notify()
        return reflection_id
