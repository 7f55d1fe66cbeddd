"""`TimelineTable`: the recent entries, with edit, delete (soft) and undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ..errors import InvalidInteraction, ReconcileError
from .base import (FIELD_LABELS, LABEL_STYLE, Form, display_tz, escape, field_message, options_for,
                   set_fields)

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["TimelineTable", "recent_entries"]

def _wide() -> widgets.Layout:
    return widgets.Layout(width="34em")  # one per widget: a shared layout model would tie them together


def recent_entries(journal: Journal, limit: int = 10) -> Any:
    """The newest `limit` entries as a display frame: uid, When, How, Who, What, Tone, Summary (plain words);
    a tone the kit suggested on import reads "Warm (suggested)" until the user keeps or changes it."""
    from ..model import LABELS

    frame = journal.timeline().iloc[::-1].head(limit)
    zone = display_tz(journal)
    when = frame["at"].dt.tz_convert(zone).dt.strftime("%a %d %b %Y, %H:%M")
    return (
        frame.assign(
            When=when,
            How=frame["channel"].astype(str).map(LABELS["channel"]),
            Who=frame["direction"].astype(str).map(LABELS["direction"]),
            What=frame["kind"].astype(str).map(LABELS["kind"]),
            Tone=frame["tone"].astype(str).map(LABELS["tone"]).where(
                frame["tone_by"].astype(str) != "suggested", frame["tone"].astype(str).map(LABELS["tone"]) + " (suggested)"
            ),
            Summary=frame["summary"],
        )[["uid", "When", "How", "Who", "What", "Tone", "Summary"]]
        .reset_index(drop=True)
    )


class TimelineTable(Form):
    """The recent entries as a table; pick one to edit, delete (it can be undone) or undo the last change.

    :param journal: the open `Journal`.
    :param limit: how many recent entries to show.
    """

    title = "Your recent entries"

    def __init__(self, journal: Journal, limit: int = 10) -> None:
        super().__init__()
        self.journal = journal
        self.limit = limit
        self.table = widgets.HTML()
        self.picker = widgets.Dropdown(description="Entry", style=LABEL_STYLE, layout=_wide())
        self.inputs: dict[str, widgets.Widget] = {
            "summary": widgets.Text(description=FIELD_LABELS["summary"], style=LABEL_STYLE, layout=_wide()),
            "kind": widgets.Dropdown(options=options_for("kind"), description=FIELD_LABELS["kind"],
                                     style=LABEL_STYLE, layout=_wide()),
            "tone": widgets.Dropdown(options=options_for("tone"), description=FIELD_LABELS["tone"],
                                     style=LABEL_STYLE, layout=_wide()),
            "notes": widgets.Text(description=FIELD_LABELS["notes"], style=LABEL_STYLE, layout=_wide()),
        }
        buttons = [("Save changes", self.submit), ("Delete", self.delete), ("Undo last change", self.undo)]
        self.buttons = {label: widgets.Button(description=label) for label, _ in buttons}
        for label, action in buttons:
            self.connect(self.buttons[label], action)
        self.picker.observe(lambda change: self.select(change["new"]), names="value")
        self._box = widgets.VBox(
            [widgets.HTML(f"<b>{escape(self.title)}</b>"), self.table, self.picker, *self.inputs.values(),
             widgets.HBox(list(self.buttons.values())), self.error_line, self.status_line]
        )
        self.refresh()

    @property
    def widget(self) -> widgets.Widget:
        """The table and its editor."""
        return self._box

    @property
    def entries(self) -> Any:
        """The entries shown, newest first (a DataFrame in plain words)."""
        return self._entries

    @property
    def selected(self) -> str | None:
        """The uid of the entry picked for editing, or None."""
        return self.picker.value

    def describe(self) -> str:
        """Plain-text view of the table (when, what, summary)."""
        if self._entries.empty:
            return f"{self.title}: nothing logged yet."
        entries = self._entries
        what = entries["What"].str.ljust(int(entries["What"].str.len().max()))
        rows = (entries["When"] + "  " + what + "  " + entries["Summary"].str.slice(0, 60)).tolist()
        return "\n".join([f"{self.title}:", *rows] + [line for line in (self.error, self.status) if line])

    def refresh(self) -> None:
        """Reload the entries from the journal (call after a log, an edit or an undo); the last status goes."""
        self._clear_messages()
        self._entries = recent_entries(self.journal, self.limit)
        shown = self._entries.drop(columns="uid")
        self.table.value = (
            shown.to_html(index=False, escape=True, border=0)
            if not shown.empty else "<i>Nothing logged yet.</i>"
        )
        labels = self._entries["When"] + " · " + self._entries["Summary"].str.slice(0, 40)
        options = list(zip(labels, self._entries["uid"]))
        keep = self.picker.value if self.picker.value in {uid for _, uid in options} else None
        self.picker.options = options
        self.picker.value = keep if keep is not None else (options[0][1] if options else None)

    def select(self, uid: str | None) -> None:
        """Pick the entry to edit and load its values into the editor."""
        if uid is None:
            return
        if self.picker.value != uid:
            self.picker.value = uid  # triggers select again through the observer
            return
        self._clear_messages()
        entry = self.journal.get(uid)
        self.fill(summary=entry.summary, kind=str(entry.kind), tone=str(entry.tone), notes=entry.notes)

    def fill(self, **fields: Any) -> None:
        """Set the editor's values (summary, kind, tone, notes)."""
        set_fields(fields, self.inputs)

    def submit(self) -> Any:
        """Save the editor's values to the picked entry; returns the updated `Interaction` or None."""
        changes = {name: widget.value for name, widget in self.inputs.items()}
        if changes["kind"] == "held_back":  # a message held back is always the user's own
            changes["direction"] = "out"
        return self._act(lambda uid: self.journal.update(uid, **changes), "Saved your changes.")

    def delete(self) -> bool:
        """Delete the picked entry (soft: Undo brings it back); returns whether it was deleted."""
        return self._act(self.journal.delete, "Deleted. Undo brings it back.") is not None

    def undo(self) -> str | None:
        """Undo the journal's last add, edit or delete; returns its plain description or None."""
        self._clear_messages()
        description = self.journal.undo()
        self.refresh()
        if description:
            self._notify()  # first: a listener that refreshes this table must not wipe what it says
        self._set_status(f"Undone: {description}" if description else "There is nothing to undo.")
        return description

    def _act(self, action: Any, done: str) -> Any:
        self._clear_messages()
        uid = self.picker.value
        if uid is None:
            self._set_error("Pick an entry first: there is none selected.")
            return None
        try:
            result = action(uid)
        except ReconcileError as exc:
            self._set_error(field_message(str(exc), exc.field if isinstance(exc, InvalidInteraction) else None))
            return None
        self.refresh()
        self._notify()  # first: a listener that refreshes this table must not wipe what it says
        self._set_status(done)
        return True if result is None else result
