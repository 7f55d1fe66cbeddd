"""`HabitWatch`: the old habits to keep an eye on, and dated check-ins against them (S5.3)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import Form, escape, set_fields
from .labels import in_form_words

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["HabitWatch"]

LABELS = {"name": "Habit", "note": "Note"}


class HabitWatch(Form):
    """Name the habits that hurt last time, then check in now and then: kept to it, or slipped.

    The plan (`care.check_in_plan`) dates the next check-in of each habit, a week after the last;
    `charts.check_in_chart(journal.check_ins(), journal.habits())` draws every check-in so far.

    :param journal: the open `Journal` (`add_habit`, `check_in`).
    """

    title = "Old habits to watch (S5.3)"

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.new_habit = widgets.Text(placeholder="e.g. Going quiet instead of saying what bothers me",
                                      layout=widgets.Layout(width="32em"))
        self.add_button = widgets.Button(description="Add to the list", icon="plus")
        self.connect(self.add_button, lambda: self.submit())
        self.picker = widgets.Dropdown(description="Habit", layout=widgets.Layout(width="32em"))
        self.note = widgets.Text(description="Note", placeholder="optional", layout=widgets.Layout(width="32em"))
        self.kept_button = widgets.Button(description="Kept to it", icon="check")
        self.slipped_button = widgets.Button(description="Slipped", icon="undo")
        self.connect(self.kept_button, lambda: self.check_in(slipped=False))
        self.connect(self.slipped_button, lambda: self.check_in(slipped=True))
        self.table = widgets.HTML()
        self._box = widgets.VBox([
            widgets.HTML(f"<b>{escape(self.title)}</b>"), widgets.HBox([self.new_habit, self.add_button]),
            self.picker, self.note, widgets.HBox([self.kept_button, self.slipped_button]),
            self.error_line, self.status_line, self.table,
        ])
        self.refresh()

    @property
    def widget(self) -> widgets.Widget:
        """The watch list."""
        return self._box

    def summary(self) -> Any:
        """The plan: each habit with its check-ins (Check-ins, Kept, Slipped) and its last and next check-in days."""
        from ..care import check_in_plan
        from ..clock import now_for, zone_for

        return check_in_plan(self.journal.habits(), self.journal.check_ins(), now_for(self.journal),
                             zone_for(self.journal))  # fmt: skip

    def describe(self) -> str:
        """Plain-text view: the habits, their check-ins and when each is next due."""
        t = self.summary()
        rows = ("- " + t["Habit"] + ": " + t["Check-ins"].astype(str) + " check-ins, kept to it " + t["Kept"].astype(str)
                + ", slipped " + t["Slipped"].astype(str) + "; next check-in " + t["Next check-in"]).tolist()  # fmt: skip
        body = rows or ["No habits on the list yet."]
        return "\n".join([self.title, *body] + [line for line in (self.error, self.status) if line])

    def refresh(self) -> None:
        """Reload the habits and the plan."""
        habits = self.journal.habits()
        options = list(zip(habits["name"], habits["id"].astype(int).tolist()))
        keep = self.picker.value if self.picker.value in {value for _, value in options} else None
        self.picker.options = options
        self.picker.value = keep if keep is not None else (options[0][1] if options else None)
        table = self.summary()
        self.table.value = table.to_html(index=False, escape=True, border=0) if not table.empty else ""

    def fill(self, **fields: Any) -> None:
        """Set inputs: `habit` (a new habit's name), `pick` (a habit id), `note`."""
        set_fields(fields, {"habit": self.new_habit, "pick": self.picker, "note": self.note})

    def submit(self) -> int | None:
        """Add the typed habit to the list; returns its id, or None when the name is empty."""
        from ..errors import InvalidInteraction

        self._clear_messages()
        name = self.new_habit.value.strip()
        if not name:
            self._set_error("Type the habit first, in a few words.")
            return None
        try:
            habit_id = self.journal.add_habit(name)
        except InvalidInteraction as exc:
            self._set_error(in_form_words(exc, LABELS))
            return None
        self.new_habit.value = ""
        self.refresh()
        self.picker.value = habit_id
        self._set_status("Added. Check in on it now and then.")
        self._notify()
        return habit_id

    def check_in(self, slipped: bool = False) -> int | None:
        """Record a check-in for the picked habit; returns its id, or None when no habit is picked."""
        from ..errors import InvalidInteraction

        self._clear_messages()
        if self.picker.value is None:
            self._set_error("Add a habit first, then check in on it.")
            return None
        try:
            check_id = self.journal.check_in(self.picker.value, slipped, self.note.value.strip())
        except InvalidInteraction as exc:
            self._set_error(in_form_words(exc, LABELS))
            return None
        self.note.value = ""
        self.refresh()
        self._set_status("Noted. Slips happen; what matters is that you keep noticing." if slipped
                         else "Noted. Well done for keeping to it.")  # fmt: skip
        self._notify()
        return check_id
