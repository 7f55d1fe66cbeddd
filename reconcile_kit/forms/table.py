"""`TimelineTable`: the recent entries, with edit, delete (soft) and undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ..errors import ReconcileError
from .base import Form, display_tz, escape, options_for, set_fields

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["TimelineTable", "recent_entries"]

_STYLE = {"description_width": "9em"}
_WIDE = widgets.Layout(width="32em")


def recent_entries(journal: Journal, limit: int = 10) -> Any:
    """The newest `limit` entries as a display frame: uid, When, How, Who, What, Tone, Summary (plain words)."""
    from dateutil.tz import tzlocal

    from ..model import LABELS

    frame = journal.timeline().iloc[::-1].head(limit)
    zone = display_tz(journal) or tzlocal()
    when = frame["at"].dt.tz_convert(zone).dt.strftime("%a %d %b %Y, %H:%M")
    return (
        frame.assign(
            When=when,
            How=frame["channel"].astype(str).map(LABELS["channel"]),
            Who=frame["direction"].astype(str).map(LABELS["direction"]),
            What=frame["kind"].astype(str).map(LABELS["kind"]),
            Tone=frame["tone"].astype(str).map(LABELS["tone"]),
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
        self.picker = widgets.Dropdown(description="Entry", style=_STYLE, layout=_WIDE)
        self.inputs: dict[str, widgets.Widget] = {
            "summary": widgets.Text(description="In a few words", style=_STYLE, layout=_WIDE),
            "kind": widgets.Dropdown(options=options_for("kind"), description="What it was", style=_STYLE, layout=_WIDE),
            "tone": widgets.Dropdown(options=options_for("tone"), description="How they came across",
                                     style=_STYLE, layout=_WIDE),
            "notes": widgets.Text(description="Notes to myself", style=_STYLE, layout=_WIDE),
        }
        buttons = [("Save changes", self.submit), ("Delete", self.delete), ("Undo last change", self.undo)]
        self.buttons = {label: widgets.Button(description=label) for label, _ in buttons}
        for label, action in buttons:
            self.buttons[label].on_click(lambda _b, act=action: act())
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
        """Reload the entries from the journal (call after a log, an edit or an undo)."""
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
        entry = self.journal.get(uid)
        self.fill(summary=entry.summary, kind=str(entry.kind), tone=str(entry.tone), notes=entry.notes)

    def fill(self, **fields: Any) -> None:
        """Set the editor's values (summary, kind, tone, notes)."""
        set_fields(fields, self.inputs)

    def submit(self) -> Any:
        """Save the editor's values to the picked entry; returns the updated `Interaction` or None."""
        changes = {name: widget.value for name, widget in self.inputs.items()}
        return self._act(lambda uid: self.journal.update(uid, **changes), "Saved your changes.")

    def delete(self) -> bool:
        """Delete the picked entry (soft: Undo brings it back); returns whether it was deleted."""
        return self._act(self.journal.delete, "Deleted. Undo brings it back.") is not None

    def undo(self) -> str | None:
        """Undo the journal's last add, edit or delete; returns its plain description or None."""
        self._clear_messages()
        description = self.journal.undo()
        self.refresh()
        self._set_status(f"Undone: {description}" if description else "There is nothing to undo.")
        if description:
            self._notify()
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
            self._set_error(str(exc))
            return None
        self.refresh()
        self._set_status(done)
        self._notify()
        return True if result is None else result
