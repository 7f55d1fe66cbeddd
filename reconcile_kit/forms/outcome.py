"""`OutcomeForm`: record how it turned out, then walk the matching path (stage 5)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import Form, escape, from_inputs, set_fields
from .habits import HabitWatch
from .reflection import ReflectionPrompt

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["OutcomeForm", "OUTCOMES", "PATHS", "ALIASES"]

# outcome -> (plain label, the interaction it logs)
OUTCOMES: dict[str, tuple[str, dict[str, Any]]] = {
    "reconciling": ("We are trying again, slowly", dict(
        kind="date", direction="both", channel="in_person", tone="positive",
        summary="We agreed to try again, slowly")),
    "no": ("They said no", dict(
        kind="refusal", direction="in", channel="other", tone="neutral", summary="They said no")),
    "no_answer": ("No answer", dict(
        kind="note", direction="out", channel="other", tone="none", summary="No answer came", tags=("no_answer",))),
    "no_contact": ("They asked for no contact", dict(
        kind="boundary", direction="in", channel="other", tone="neutral", summary="They asked for no contact")),
}

# the demo journal records its "kind no" ending as "closure"
ALIASES = {"closure": "no", "slowly": "reconciling"}

PATHS = {
    "reconciling": "Go slowly (S5.1): begin with something casual, a walk or a coffee, before anything bigger. "
              "Keep talking about how it is going, and keep your list of what went wrong the first time "
              "close at hand (S5.2). Watch for the old habits that hurt you both (S5.3). Nobody can promise "
              "how this turns out; going slowly gives you both room to find out.",
    "no": "They said no. That answer is theirs to give, and taking it with grace is the kindest thing left "
          "to do (S5.4): no pleading, no trying to change their mind. Be gentle with yourself, lean on "
          "the people around you, and give it time.",
    "no_answer": "No answer is, for now, an answer. The kit will not suggest chasing it (S1.5, S5.4). "
                 "If they ever get in touch, you can log it; until then, the next step is about you.",
    "no_contact": "They asked for no contact. The kit will not suggest any further contact with them from "
                  "here on, and it asks you to honour their wish fully (S5.4). That is painful to hear, "
                  "and it is also clear. What is left is for you: closing the chapter (S5.5).",
}
CLOSURE_QUESTION = ("Closing the chapter (S5.5): what did you learn, and what can you be proud of "
                    "having tried?")
WENT_WRONG_QUESTION = ("What went wrong the first time (S5.2)? Write the things you both want to "
                       "keep an eye on.")


class OutcomeForm(Form):
    """Record the outcome (it logs the matching entry and the `outcome` setting), then show its path.

    :param journal: the open `Journal`.
    """

    title = "How did it turn out?"

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        from ..clock import now_for
        from .base import to_display

        self.journal = journal
        now = to_display(now_for(journal), journal)
        self.choice = widgets.RadioButtons(options=[(label, key) for key, (label, _) in OUTCOMES.items()],
                                           value=None, layout=widgets.Layout(width="auto"))
        self.day = widgets.DatePicker(description="When", value=now.date())
        self.note = widgets.Text(description="Note", placeholder="optional", layout=widgets.Layout(width="32em"))
        self.button = widgets.Button(description="Record", button_style="primary")
        self.button.on_click(lambda _b: self.submit())
        self.path_box = widgets.VBox()
        recorded = journal.get_setting("outcome")
        self.outcome: str | None = ALIASES.get(recorded, recorded)
        self.plan_prompt: ReflectionPrompt | None = None
        self.habits: HabitWatch | None = None
        self.closure_prompt: ReflectionPrompt | None = None
        self._box = widgets.VBox([widgets.HTML(f"<b>{escape(self.title)}</b>"), self.choice, self.day,
                                  self.note, widgets.HBox([self.button, self.error_line]), self.status_line,
                                  self.path_box])
        self._time = now.time().replace(second=0, microsecond=0, tzinfo=None)
        self._show_path()

    @property
    def widget(self) -> widgets.Widget:
        """The choice, and below it the path for the recorded outcome."""
        return self._box

    def fill(self, **fields: Any) -> None:
        """Set inputs: `outcome` ("reconciling", "no", "no_answer", "no_contact"), `day` (a date), `note`."""
        set_fields(fields, {"outcome": self.choice, "day": self.day, "note": self.note})

    def submit(self) -> Any:
        """Log the outcome and show its path; returns the logged `Interaction`, or None."""
        from ..errors import InvalidInteraction
        from ..model import Interaction

        self._clear_messages()
        key = self.choice.value
        if key not in OUTCOMES or self.day.value is None:
            self._set_error("Pick what happened and the day, then Record.")
            return None
        try:
            logged = self.journal.add(Interaction(at=from_inputs(self.day.value, self._time, self.journal),
                                                  notes=self.note.value, **OUTCOMES[key][1]))
        except InvalidInteraction as exc:
            self._set_error(str(exc))
            return None
        self.journal.set_setting("outcome", key)
        self.outcome = key
        self._set_status(f"Recorded: {OUTCOMES[key][0].lower()}.")
        self._show_path()
        self._notify()
        return logged

    def path_text(self) -> str:
        """The plain words for the recorded outcome's path ("" before one is recorded)."""
        return PATHS.get(self.outcome or "", "")

    def describe(self) -> str:
        """Plain-text view: the outcome, its path and the forms that go with it."""
        if self.outcome not in OUTCOMES:
            return f"{self.title} " + " / ".join(label for label, _ in OUTCOMES.values())
        parts = [f"Outcome: {OUTCOMES[self.outcome][0]}", self.path_text()]
        parts += [form.describe() for form in (self.plan_prompt, self.habits, self.closure_prompt) if form]
        return "\n\n".join(parts)

    def _show_path(self) -> None:
        if self.outcome not in OUTCOMES:
            self.path_box.children = ()
            return
        children: list[widgets.Widget] = [widgets.HTML(f"<p>{escape(self.path_text())}</p>")]
        if self.outcome == "reconciling":
            self.plan_prompt = ReflectionPrompt(self.journal, "S5.2", WENT_WRONG_QUESTION)
            self.habits = HabitWatch(self.journal)
            self.closure_prompt = None
            children += [self.plan_prompt.widget, self.habits.widget]
        else:
            self.closure_prompt = ReflectionPrompt(self.journal, "S5.5", CLOSURE_QUESTION)
            self.plan_prompt = self.habits = None
            children.append(self.closure_prompt.widget)
        self.path_box.children = tuple(children)
