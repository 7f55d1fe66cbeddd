"""`WindowForm`: where the reconnection window starts (setting `split_on`), proposed from a long silence in the chat.

Without `split_on`, when the timeline holds a silence of 30 days or more (`cadence.last_long_silence`),
the form proposes its first day, the day of the last contact before it, as the day they parted:
the window starts the day after, so the silence is in it (the guide reads the first message after
a long quiet as a fresh start, S1.1) and everything before it is "before": how it was. The user
can pick another day, or clear it. Only the buttons write.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import LABEL_STYLE, Form, escape
from .labels import in_form_words

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["WindowForm", "full_day"]

SPLIT_LABEL = "The day you split up"


def full_day(day: Any, zone: Any) -> str:
    """A day with its year, as the import forms write it: "Sat 9 Aug 2025" (`clock.day_label`)."""
    from .. import clock

    return f"{clock.day_label(day, zone)} {clock.local_day(day, zone).year}"


class WindowForm(Form):
    """Set, change or clear the start of the reconnection window; proposes one after a long silence.

    :param journal: the open `Journal`
    """

    title = "Where the reconnection window starts"

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.proposal: date | None = None  # the split_on day the form proposes, if any
        self.message = widgets.HTML()
        self.accept_button = widgets.Button(description="Use that day", button_style="primary")
        self.connect(self.accept_button, lambda: self.accept())
        self.picker = widgets.DatePicker(description=SPLIT_LABEL, style=LABEL_STYLE)
        self.save_button = widgets.Button(description="Save this day")
        self.connect(self.save_button, lambda: self.submit())
        self.clear_button = widgets.Button(description="Clear it")
        self.connect(self.clear_button, lambda: self.clear())
        self._box = widgets.VBox([widgets.HTML(f"<b>{escape(self.title)}</b>"), self.message, self.accept_button,
                                  widgets.HBox([self.picker, self.save_button, self.clear_button]), self.error_line,
                                  self.status_line])  # fmt: skip
        self._load()

    @property
    def widget(self) -> widgets.Widget:
        """The proposal (or the day set), the date picker and the buttons."""
        return self._box

    def refresh(self) -> None:
        """Read the journal again (after an import, say)."""
        super().refresh()
        self._load()

    def fill(self, **fields: Any) -> None:
        """Set `split_on` (a date or ISO text) in the date picker; nothing is saved until `submit()`."""
        if set(fields) - {"split_on"}:
            raise TypeError(f"unknown field {sorted(set(fields) - {'split_on'})[0]!r}; this form has: split_on")
        value = fields.get("split_on")
        self.picker.value = value if isinstance(value, date) or value is None else date.fromisoformat(str(value)[:10])

    def accept(self) -> date | None:
        """Save the proposed day; returns it, or None when there is no proposal."""
        self._clear_messages()
        if self.proposal is None:
            self._set_error("There is no long silence in your chat to start from: pick the day yourself.")
            return None
        return self._save(self.proposal)

    def submit(self) -> date | None:
        """Save the day in the date picker as `split_on`; returns it, or None (see `error`)."""
        self._clear_messages()
        if self.picker.value is None:
            self._set_error(f"{SPLIT_LABEL} is empty: pick a day, or use Clear it.")
            return None
        return self._save(self.picker.value)

    def clear(self) -> None:
        """Remove `split_on`: the advice and charts read the whole history again."""
        self._clear_messages()
        self.journal.set_setting("split_on", None)
        self._load()
        self._set_status("Cleared: the kit reads your whole history again.")
        self._notify()

    def describe(self) -> str:
        """Plain-text view: the proposal or the day set, and the last result."""
        return "\n".join([self.title, self._said, *[line for line in (self.error, self.status) if line]])

    # -- helpers ------------------------------------------------------------------------
    def _save(self, day: date) -> date | None:
        from .. import clock
        from ..errors import InvalidSettings
        from ..guide.settings import check_split_day

        try:
            check_split_day(day, clock.now_for(self.journal), clock.zone_for(self.journal))
        except InvalidSettings as exc:
            self._set_error(in_form_words(exc, {"split_on": SPLIT_LABEL}, "split_on"))
            return None
        self.journal.set_setting("split_on", day.isoformat())
        self._load()
        start = full_day(day + timedelta(days=1), clock.zone_for(self.journal))
        self._set_status(f"Saved. The reconnection window starts on {start}; everything before it is how it was.")
        self._notify()
        return day

    def _load(self) -> None:
        from .. import clock
        from ..cadence import last_long_silence

        zone = clock.zone_for(self.journal)
        split = self.journal.get_setting("split_on")
        self.proposal = None
        if split:
            day = date.fromisoformat(str(split)[:10])
            self.picker.value = day
            self._say(f"Your reconnection window starts on {full_day(day + timedelta(days=1), zone)}, "
                      f"the day after {full_day(day, zone)}. Change the day or clear it below.")  # fmt: skip
            self.accept_button.layout.display = "none"
            return
        silence = last_long_silence(self.journal.timeline(), now=clock.now_for(self.journal))
        self.accept_button.layout.display = None if silence else "none"
        if silence is None:
            self._say("No day is set, so the kit reads your whole history. If you know the day you split up, "
                      "pick it below.")  # fmt: skip
            return
        start, end = (moment.to_pydatetime() for moment in silence)
        self.proposal = clock.local_day(start, zone)
        self._say(f"Your chat has a long silence, from {full_day(start, zone)} to {full_day(end, zone)}. Was "
                  f"{full_day(start, zone)}, its first day, the day you parted? The guide would then read from the "
                  "day after, the silence included, and everything before stays in your journal as how it was.")  # fmt: skip

    def _say(self, text: str) -> None:
        """Show `text` (plain words, escaped here) as the form's message; `describe` gives it back as it is."""
        self._said = text
        self.message.value = f"<p>{escape(text)}</p>"
