"""`OutcomeForm`: record how it turned out, then walk the matching path (stage 5), the closure path first.

The form offers only outcomes that fit the path (`care.closing.outcomes`): after a boundary,
closure only; while a no holds, the closing outcomes only; after a no that they reopened, the
closing outcomes first. While the path is closed the path shown is the closure's, whatever was
recorded before (a later boundary outranks an earlier "we are trying again").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import Form, escape, from_inputs, set_fields
from .closure import ClosurePath
from .habits import HabitWatch
from .labels import in_form_words
from .reflection import ReflectionPrompt

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["OutcomeForm", "OUTCOMES", "PATHS", "ALIASES", "LABELS"]

# outcome -> (plain label, the interaction it logs)
OUTCOMES: dict[str, tuple[str, dict[str, Any]]] = {
    "reconciling": ("We are trying again, slowly", dict(
        kind="date", direction="both", channel="in_person", tone="positive",
        summary="We agreed to try again, slowly")),
    "no": ("They said no", dict(
        kind="refusal", direction="in", channel="other", tone="neutral", summary="They said no")),
    "no_answer": ("No answer", dict(
        kind="note", direction="out", channel="other", tone="none", summary="No answer came", tags=("no_answer",))),
    "no_contact": ("They asked for no contact, or blocked me", dict(
        kind="boundary", direction="in", channel="other", tone="neutral", summary="They asked for no contact")),
}

# the demo journal records its "kind no" ending as "closure"
ALIASES = {"closure": "no", "slowly": "reconciling"}
# the form's own labels, for errors ("notes has ..." reads "Note has ...")
LABELS = {"at": "When", "notes": "Note"}

# Each path's words; {S} is their name or pronoun starting a sentence, {O} and {P} as in reconcile_kit.person,
# {B} the boundary in the user's own word ("Sam asked for no contact" / "Sam blocked you": care.closing).
PATHS = {
    "reconciling": "Go slowly (S5.1): begin with something casual, a walk or a coffee, before anything bigger. "
                   "Keep talking about how it is going, and keep your list of what went wrong the first time "
                   "close at hand (S5.2). Watch for the old habits that hurt you both (S5.3). Nobody can promise "
                   "how this turns out; going slowly gives you both room to find out.",
    "no": "{S} said no. It was {P} answer to give, and taking it with grace is the kindest thing left to do "
          "(S5.4): no pleading, no trying to change {P} mind. Be gentle with yourself, lean on the people "
          "around you, and give it time.",
    "no_answer": "No answer is, for now, an answer. The kit will not suggest chasing it (S1.5, S5.4). If you "
                 "ever hear from {O}, you can log it; until then, the next step is about you.",
    "no_contact": "{B}. The kit will not suggest any further contact with {O} from here "
                  "on, and it asks you to honour {P} wish fully (S5.4). That is painful to hear, and it is also "
                  "clear. What is left is for you: closing the chapter (S5.5).",
    "safety": "There is no outcome to record here. You told the kit that you do not feel safe with them, so "
              "everything about reaching out is off for this journal. What is left is for you: people who can "
              "help, a place to write things down, and time.",
}  # fmt: skip
HOLDING = {"refusal": "Only the closing outcomes are offered while {P} no holds (S2.3, S5.4).",
           "no_answer": "Only the closing outcomes are offered until you hear from {O} (S1.5, S5.4)."}


class OutcomeForm(Form):
    """Record the outcome (it logs the matching entry and the `outcome` setting), then show its path.

    :param journal: the open `Journal`.
    """

    title = "How did it turn out?"

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        from ..clock import now_for
        from ..person import Person
        from .base import to_display

        self.journal = journal
        self.person = Person.of(journal)
        now = to_display(now_for(journal), journal)
        self.choice = widgets.RadioButtons(value=None, layout=widgets.Layout(width="auto"))
        self.day = widgets.DatePicker(description="When", value=now.date())
        self.note = widgets.Text(description="Note", placeholder="optional", layout=widgets.Layout(width="32em"))
        self.button = widgets.Button(description="Record", button_style="primary")
        self.connect(self.button, lambda: self.submit())
        self.hint = widgets.HTML()
        self.path_box = widgets.VBox()
        recorded = journal.get_setting("outcome")
        self.recorded: str | None = ALIASES.get(recorded, recorded)
        self.outcome: str | None = self.recorded
        self.offered: tuple[str, ...] = ()
        self.closure: Any = None
        self.plan_prompt: ReflectionPrompt | None = None
        self.first_step: ReflectionPrompt | None = None
        self.good_for_me: ReflectionPrompt | None = None
        self.habits: HabitWatch | None = None
        self.closure_path: ClosurePath | None = None
        self.closure_prompt: ReflectionPrompt | None = None
        self.inputs = widgets.VBox([self.choice, self.day, self.note, widgets.HBox([self.button, self.error_line])])
        self._box = widgets.VBox([widgets.HTML(f"<b>{escape(self.title)}</b>"), self.hint, self.inputs,
                                  self.status_line, self.path_box])  # fmt: skip
        self._time = now.time().replace(second=0, microsecond=0, tzinfo=None)
        self._read_path()

    @property
    def widget(self) -> widgets.Widget:
        """The choice, and below it the path for the recorded outcome."""
        return self._box

    def fill(self, **fields: Any) -> None:
        """Set inputs: `outcome` (one of `offered`), `day` (a date), `note`."""
        if "outcome" in fields and fields["outcome"] not in self.offered:
            offered = ", ".join(self.offered) or "none (the path is closed for your safety)"
            raise ValueError(f"outcome {fields['outcome']!r} is not offered on this path; offered: {offered}")
        set_fields(fields, {"outcome": self.choice, "day": self.day, "note": self.note})

    def submit(self) -> Any:
        """Log the outcome and show its path; returns the logged `Interaction`, or None."""
        from ..errors import InvalidInteraction
        from ..model import Interaction

        self._clear_messages()
        key = self.choice.value
        if key not in self.offered or self.day.value is None:
            self._set_error("Pick what happened and the day, then Record.")
            return None
        late = self._after_today(self.day.value)
        if late:
            self._set_error(late)
            return None
        try:
            logged = self.journal.add(Interaction(at=from_inputs(self.day.value, self._time, self.journal),
                                                  notes=self.note.value, **OUTCOMES[key][1]))
        except InvalidInteraction as exc:
            self._set_error(in_form_words(exc, LABELS))
            return None
        self.journal.set_setting("outcome", key)
        self.recorded = key
        self._set_status(f"Recorded: {OUTCOMES[key][0].lower()}.")
        self._read_path()
        self._notify()
        return logged

    def _after_today(self, day: Any) -> str:
        """The error for a day after today on the journal's calendar ("" for today or earlier)."""
        from .. import clock

        late = clock.after_today(day, clock.now_for(self.journal), clock.zone_for(self.journal))
        return f"When is after today: {late}; record what happened once it has happened" if late else ""

    def path_text(self) -> str:
        """The plain words for the path shown ("" before an outcome is recorded on an open path)."""
        from ..clock import now_for
        from ..care.closing import was_blocked

        words = PATHS.get(self.outcome or "", "")
        p = self.person
        blocked = self.outcome == "no_contact" and was_blocked(self.journal.timeline(), now_for(self.journal))
        boundary = f"{p.subject(True)} blocked you" if blocked else f"{p.subject(True)} asked for no contact"
        return words.format(S=p.subject(True), O=p.object(), P=p.possessive(), B=boundary)

    def describe(self) -> str:
        """Plain-text view: the outcome, its path and the forms that go with it."""
        hint = [self.hint_text] if self.hint_text else []
        if self.outcome not in PATHS:
            return "\n".join([f"{self.title} " + " / ".join(OUTCOMES[key][0] for key in self.offered), *hint])
        label = OUTCOMES[self.outcome][0] if self.outcome in OUTCOMES else "Your safety comes first"
        parts = [f"Outcome: {label}", *hint, self.path_text()]
        forms = (self.first_step, self.plan_prompt, self.good_for_me, self.habits, self.closure_path)
        return "\n\n".join(parts + [form.describe() for form in forms if form])

    @property
    def hint_text(self) -> str:
        """A line above the choices when some outcomes are held back ("" when all are offered)."""
        c = self.closure
        if c is None or c.reason == "safety":
            return ""
        if c.reason == "boundary":
            return f"Only the outcome that honours {self.person.possessive()} wish is offered (S5.4)."
        return HOLDING[c.reason].format(P=self.person.possessive(), O=self.person.object())

    def _read_path(self) -> None:
        """Read the closure, offer the outcomes that fit it, and show the path."""
        from ..care.closing import REASON_OUTCOMES, outcomes
        from .base import read_journal

        sit = read_journal(self.journal).situation
        self.closure = sit.closure if sit.closed else None
        self.offered = outcomes(sit.closure)  # a no they reopened still puts the closing outcomes first
        kept = self.choice.value if self.choice.value in self.offered else None
        self.choice.options = [(OUTCOMES[key][0], key) for key in self.offered]
        self.choice.value = kept
        self.inputs.layout.display = "" if self.offered else "none"
        self.hint.value = f"<p>{escape(self.hint_text)}</p>" if self.hint_text else ""
        if self.closure is not None:
            self.outcome = REASON_OUTCOMES.get(self.closure.reason, "safety")
        else:
            self.outcome = self.recorded if self.recorded in OUTCOMES else None
        self._show_path()

    def _show_path(self) -> None:
        from ..care.prompts import FIRST_STEP, GOOD_FOR_ME, WENT_WRONG

        self.first_step = self.plan_prompt = self.good_for_me = self.habits = None
        self.closure_path = self.closure_prompt = None
        if self.outcome not in PATHS:
            self.path_box.children = ()
            return
        children: list[widgets.Widget] = [widgets.HTML(f"<p>{escape(self.path_text())}</p>")]
        if self.outcome == "reconciling":
            self.first_step = ReflectionPrompt(self.journal, *FIRST_STEP)
            self.plan_prompt = ReflectionPrompt(self.journal, *WENT_WRONG)
            self.good_for_me = ReflectionPrompt(self.journal, *GOOD_FOR_ME)
            self.habits = HabitWatch(self.journal)
            forms: list[Form] = [self.first_step, self.plan_prompt, self.good_for_me, self.habits]
        else:
            self.closure_path = ClosurePath(self.journal, "abuse" if self.outcome == "safety" else None)
            self.closure_prompt = self.closure_path.closing
            forms = [self.closure_path]
        self.path_box.children = tuple(children + [form.widget for form in forms])
