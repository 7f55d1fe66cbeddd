"""`SafetyScreen`: a few gentle questions about safety; any yes turns the journal's reconnecting features off (`care.safety`).

The start-your-journal form shows it; it can also be shown on its own to change the answers.
Turning the features back on after a yes is its own explicit step: a box to tick
(`care.safety.LIFT_CONFIRM`), never a silent change. Only the outcome is stored (the journal
setting `safety`: `concern` or `none`), never the answers themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import Form, escape

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["SafetyScreen"]


class SafetyScreen(Form):
    """The safety questions (Yes / No / Not sure each); `apply(journal)` writes the outcome.

    :param journal: the journal whose setting is shown (and written by `submit`)
    """

    title = "A few questions about safety"

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        from ..care.safety import ANSWERS, LIFT_CONFIRM, QUESTIONS, SAFETY_SETTING

        self.journal = journal
        options = [(label, key) for key, label in ANSWERS.items()]
        self.questions = {
            q.id: widgets.ToggleButtons(options=options, value=None, style={"button_width": "auto"}) for q in QUESTIONS
        }
        self.confirm = widgets.Checkbox(description=LIFT_CONFIRM, value=False, indent=False,
                                        layout=widgets.Layout(width="auto"))  # fmt: skip
        self.reply = widgets.VBox()
        self.setting: str | None = journal.get_setting(SAFETY_SETTING)
        rows: list[widgets.Widget] = [widgets.HTML(
            f"<b>{escape(self.title)}</b><br><small>Please answer each one; any answer is fine, and only you "
            "will see it. The kit keeps only whether there is a concern, not your answers.</small>")]
        for q in QUESTIONS:
            rows += [widgets.HTML(escape(q.text)), self.questions[q.id]]
        self.lift_box = widgets.VBox()
        self._box = widgets.VBox(rows + [self.lift_box, self.error_line, self.status_line, self.reply])
        if self.concern:
            self._show_reply()

    @property
    def widget(self) -> widgets.Widget:
        """The questions and, once answered, the reply."""
        return self._box

    @property
    def concern(self) -> bool:
        """True while the journal holds a safety concern."""
        from ..care.safety import SAFETY_CONCERN

        return self.setting == SAFETY_CONCERN

    @property
    def untouched(self) -> bool:
        """True while no question has been answered on this screen."""
        return all(value is None for value in self.answers.values())

    @property
    def answers(self) -> dict[str, str | None]:
        """Question id -> "yes", "no", "not_sure", or None while unanswered."""
        return {key: box.value for key, box in self.questions.items()}

    def fill(self, **fields: Any) -> None:
        """Set answers by question id (`afraid`, `harm`, `order`: "yes", "no", "not_sure"), and `lift` (True/False)."""
        from .base import check_fields

        check_fields(fields, (*self.questions, "lift"))
        for key, value in fields.items():
            if key == "lift":
                self.confirm.value = bool(value)
            else:
                self.questions[key].value = value

    def problem(self, journal: Journal | None = None) -> str:
        """Why the answers cannot be applied to `journal` (default: this form's) yet; "" when they can."""
        from ..care.safety import LIFT_CONFIRM, unanswered

        missing = unanswered(self.answers)
        if missing:
            return f"Please answer each safety question (any answer is fine): {missing[0].text}"
        if self._lifting(journal or self.journal) and not self.confirm.value:
            return f"Your earlier answers turned the kit's pages about reaching out off. To turn them back on, tick \"{LIFT_CONFIRM}\""
        return ""

    def apply(self, journal: Journal) -> str | None:
        """Write the outcome to `journal` (setting `safety`); returns it, or None (see `error`) when it cannot."""
        from ..care.safety import SAFETY_SETTING, setting_for

        self._clear_messages()
        self.lift_box.children = (self.confirm,) if self._lifting(journal) else ()
        problem = self.problem(journal)
        if problem:
            self._set_error(problem)
            return None
        self.setting = setting_for(self.answers)
        journal.set_setting(SAFETY_SETTING, self.setting)
        self.confirm.value = False
        self.lift_box.children = ()
        self._show_reply()
        return self.setting

    def _lifting(self, journal: Journal) -> bool:
        """True when these answers would lift a concern `journal` holds (it needs the box ticked)."""
        from ..care.safety import SAFETY_SETTING, concern_in, safety_concern

        held = safety_concern({SAFETY_SETTING: journal.get_setting(SAFETY_SETTING)})
        return held and not concern_in(self.answers)

    def submit(self) -> str | None:
        """Apply the answers to this form's journal; returns the setting written, or None."""
        written = self.apply(self.journal)
        if written is not None:
            self._notify()
        return written

    @property
    def reply_text(self) -> str:
        """What the kit says to the answers ("" when there is nothing to say)."""
        from ..care.safety import NOT_SURE, WHY_OFF

        if self.concern:
            return WHY_OFF
        return NOT_SURE if "not_sure" in self.answers.values() else ""

    def describe(self) -> str:
        """Plain-text view: the questions, and the reply once answered."""
        from ..care.safety import QUESTIONS

        lines = [self.title] + [f"- {q.text} (Yes / No / Not sure)" for q in QUESTIONS]
        return "\n".join(lines + ([self.reply_text] if self.reply_text else []))

    def _show_reply(self) -> None:
        from .support import SupportCard

        text = self.reply_text
        self.reply.children = (SupportCard(self.journal, "abuse", text).widget,) if text else ()

