"""`RemindButton`: save the guide's next dates as a calendar file (.ics) and say where it went."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import ipywidgets as widgets

from .base import STATUS_STYLE, Form, escape

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["RemindButton"]


class RemindButton(Form):
    """A button that writes the guide's next dates (`calendar_file.save_for`) to an .ics file.

    The file goes into the workspace the user works in (`workspace.workspace_in_use`: the notebook's
    folder under `reconcile-kit lab --workspace`, else the folder of the journal the server was
    given), or to `path`; it is readable by the user only. The form then says where it is, what it holds, and that the
    events carry only the guide step and the date. Errors are shown in the form.

    :param journal: the open `Journal` (timeline, clock, settings, habit check-ins)
    :param path: where to write the file (default: `reconcile-kit-reminders.ics` in the workspace)
    :param with_name: put their name in the event titles (off by default: calendars sync to servers)
    """

    title = "Add the guide's next dates to your calendar"

    def __init__(self, journal: Journal, path: str | Path | None = None, *, with_name: bool = False) -> None:
        super().__init__()
        self.journal = journal
        self.path = Path(path).expanduser() if path is not None else None
        self.with_name = with_name
        self.button = widgets.Button(description="Save calendar file", icon="calendar")
        self.connect(self.button, lambda: self.submit())
        self._box = widgets.VBox([widgets.HTML(f"<b>{escape(self.title)}</b>"), self.button, self.error_line,
                                  self.status_line])  # fmt: skip

    @property
    def widget(self) -> widgets.Widget:
        """The button and the line that says where the file went."""
        return self._box

    def describe(self) -> str:
        """Plain-text view: the title, and what the last save said."""
        return "\n".join(line for line in (self.title, self.error, self.status) if line)

    def fill(self, **fields: object) -> None:
        """The button has no inputs; present so every form can be driven the same way."""

    def target(self) -> Path:
        """The file the button writes: `path`, or the reminders file in the workspace folder."""
        if self.path is not None:
            return self.path
        from ..calendar_file import FILE_NAME
        from ..workspace import ensure_private_dir, workspace_in_use

        return ensure_private_dir(workspace_in_use()) / FILE_NAME

    def submit(self) -> Path | None:
        """Write the file; returns its path, or None when nothing was written (no dates, or an error)."""
        from ..calendar_file import save_for, saved_lines
        from ..errors import ReconcileError

        self._clear_messages()
        try:
            target = self.target()
            items = save_for(self.journal, target, with_name=self.with_name)
        except (ReconcileError, OSError) as exc:
            where = f": {exc.filename}" if isinstance(exc, OSError) and exc.filename else ""
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self._set_error(f"The calendar file could not be saved ({reason}{where}).")
            return None
        lines = saved_lines(target, items)
        self._status = "\n".join(lines)
        self.status_line.value = f'<span style="{STATUS_STYLE}">' + "<br>".join(escape(line) for line in lines) + "</span>"
        return target if items else None
