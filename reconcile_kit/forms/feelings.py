"""`FeelingsPrompt`: what you feel (S4.1), asked only once they seem open to it (S3.2); while closed, the unsent letter instead.

On an open path a small question comes first: do they seem open to talking about the two of
you? "Yes" opens the feelings prompt; "Not sure" or "No" says to wait and let the talk come
from them (S3.2, S3.3). While the path is closed (`guide.closure`) there is no "what would you
like them to know": the unsent letter and the closing reflection take its place (S5.5).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ..care.prompts import WAIT_FOR_THEM
from .base import Form, escape, set_fields
from .reflection import ReflectionPrompt, UnsentLetter

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["FeelingsPrompt"]


class FeelingsPrompt(Form):
    """The S4.1 reflection behind the S3.2 question, or, while the path is closed, the closure's reflections.

    :param journal: the open `Journal`.
    """

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        from ..care.prompts import CLOSING, FEELINGS, OPENNESS, OPENNESS_ANSWERS
        from .base import closure_for

        self.journal = journal
        self.closure = closure_for(journal)
        self.openness = widgets.ToggleButtons(options=[(label, key) for key, label in OPENNESS_ANSWERS.items()],
                                              value=None, style={"button_width": "auto"})  # fmt: skip
        self.reply = widgets.HTML()
        self.feelings: ReflectionPrompt | None = None
        self.letter: UnsentLetter | None = None
        self.closing: ReflectionPrompt | None = None
        if self.closure:
            self.title = "What you feel, for yourself"
            self.letter, self.closing = UnsentLetter(journal), ReflectionPrompt(journal, *CLOSING)
            children = [widgets.HTML(f"<b>{escape(self.title)}</b>"), self.letter.widget, self.closing.widget]
        else:
            self.title = OPENNESS[1]
            self.feelings = ReflectionPrompt(journal, *FEELINGS)
            self.openness.observe(lambda _change: self._answer(), names="value")
            children = [widgets.HTML(f"<b>{escape(self.title)}</b>"), self.openness, self.reply]
        self._box = widgets.VBox(children)
        self._answer()

    @property
    def widget(self) -> widgets.Widget:
        """The question (or the closure's reflections)."""
        return self._box

    def fill(self, **fields: Any) -> None:
        """Set `open` ("yes", "not_sure", "no"); on a closed path there is nothing to answer here."""
        set_fields(fields, {"open": self.openness})

    def submit(self) -> str | None:
        """The openness answer given (None before one is); the reflections have their own Save."""
        return self.openness.value

    @property
    def shown(self) -> list[str]:
        """The prompt ids on show now, in order (what the user can write in)."""
        forms = (self.feelings if self.openness.value == "yes" else None, self.letter, self.closing)
        return [form.prompt_id for form in forms if form is not None]

    def describe(self) -> str:
        """Plain-text view: the question and what it opened, or the closure's reflections."""
        if self.closure:
            return "\n\n".join([self.title, self.letter.describe(), self.closing.describe()])  # type: ignore[union-attr]
        lines = [self.title, " / ".join(label for label, _ in self.openness.options)]
        if self.openness.value == "yes":
            lines.append(self.feelings.describe())  # type: ignore[union-attr]
        elif self.openness.value:
            lines.append(WAIT_FOR_THEM)
        return "\n".join(lines)

    def _answer(self) -> None:
        if self.closure:
            return
        if self.openness.value == "yes":
            self._box.children = (*self._box.children[:2], self.feelings.widget)  # type: ignore[union-attr]
        else:
            self.reply.value = f"<p>{escape(WAIT_FOR_THEM)}</p>" if self.openness.value else ""
            self._box.children = (*self._box.children[:2], self.reply)
