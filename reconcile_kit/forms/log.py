"""`LogInteractionForm`: log one contact (a text, a call, a coffee, a note) into the journal."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ..errors import InvalidInteraction
from .base import Form, check_fields, escape, from_inputs, options_for, render_findings

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["LogInteractionForm"]

_WIDE = widgets.Layout(width="32em")
_STYLE = {"description_width": "9em"}
_DEFAULTS = {"channel": "text", "direction": "out", "kind": "message", "tone": "none"}
_MOODS = [("Not noted", 0), ("1 · very low", 1), ("2 · low", 2), ("3 · okay", 3), ("4 · good", 4), ("5 · very good", 5)]
FIELDS = ("at", "date", "time", "channel", "direction", "kind", "tone", "summary", "text", "mood", "tags", "notes")


class LogInteractionForm(Form):
    """A form to log one contact; bad input is shown beside its field and nothing is written.

    :param journal: the open `Journal` to write to.

        form = LogInteractionForm(journal)
        form.fill(summary="Sent a short hello", tone="positive")
        form.submit()     # -> the stored Interaction, or None (see form.error)
    """

    title = "Log a contact"

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.inputs: dict[str, widgets.Widget] = {
            "date": widgets.DatePicker(description="Date", style=_STYLE),
            "time": widgets.TimePicker(description="Time", style=_STYLE),
            **{
                name: widgets.Dropdown(options=options_for(name), description=label, style=_STYLE, layout=_WIDE)
                for name, label in (("channel", "How"), ("direction", "Who reached out"),
                                    ("kind", "What it was"), ("tone", "How they came across"))
            },
            "summary": widgets.Text(description="In a few words", style=_STYLE, layout=_WIDE,
                                    placeholder="e.g. Sent a short hello about the concert"),
            "text": widgets.Textarea(description="Full text (optional)", style=_STYLE, layout=_WIDE,
                                     placeholder="Paste or draft the message here"),
            "mood": widgets.Dropdown(options=_MOODS, description="My mood", style=_STYLE),
            "tags": widgets.Text(description="Tags", style=_STYLE, layout=_WIDE, placeholder="comma, separated"),
            "notes": widgets.Textarea(description="Notes to myself", style=_STYLE, layout=_WIDE),
        }
        self.field_errors = {name: widgets.HTML() for name in self.inputs}
        self.draft_findings = widgets.HTML()
        self.button = widgets.Button(description="Log", button_style="primary", icon="check")
        self.button.on_click(lambda _button: self.submit())
        self.inputs["text"].observe(lambda _change: self._check_draft(), names="value")
        self._stage = self._current_stage()
        self._box = widgets.VBox(
            [widgets.HTML(f"<b>{escape(self.title)}</b>")]
            + [widgets.VBox([self.inputs[n], self.field_errors[n]] + ([self.draft_findings] if n == "text" else []))
               for n in self.inputs]
            + [widgets.HBox([self.button, self.error_line]), self.status_line]
        )
        self.reset()

    @property
    def widget(self) -> widgets.Widget:
        """The form's container."""
        return self._box

    def describe(self) -> str:
        """Plain-text view: the form's title and any message it shows."""
        lines = [f"{self.title}: date and time, how, who reached out, what it was, how they came across, "
                 "a few words, the full text, your mood, tags and notes."]
        lines += [line for line in (self.error, self.status) if line]
        return "\n".join(lines)

    # -- values -------------------------------------------------------------------------
    def fill(self, **fields: Any) -> None:
        """Set input values: `at` (datetime or ISO text), `date`, `time`, vocabulary values, text fields, `mood`."""
        check_fields(fields, FIELDS)
        if "at" in fields:
            at = fields.pop("at")
            at = datetime.fromisoformat(at) if isinstance(at, str) else at
            fields.setdefault("date", at.date())
            fields.setdefault("time", at.time().replace(tzinfo=None))
        if isinstance(fields.get("date"), str):
            fields["date"] = date.fromisoformat(fields["date"])
        if isinstance(fields.get("time"), str):
            fields["time"] = time.fromisoformat(fields["time"])
        if "mood" in fields:
            fields["mood"] = fields["mood"] or 0
        if isinstance(fields.get("tags"), (list, tuple)):
            fields["tags"] = ", ".join(fields["tags"])
        for name, value in fields.items():
            self.inputs[name].value = value

    def reset(self) -> None:
        """Empty the form: the journal's "now" for the time, the usual defaults for the rest."""
        from ..clock import now_for
        from .base import to_display

        now = to_display(now_for(self.journal), self.journal)
        self.fill(date=now.date(), time=now.time().replace(second=0, microsecond=0, tzinfo=None),
                  summary="", text="", mood=0, tags="", notes="", **_DEFAULTS)
        self._show_field_error(None, "")

    def interaction(self) -> Any:
        """Build the `Interaction` from the inputs (raises `InvalidInteraction`)."""
        from ..model import Interaction

        values = {name: widget.value for name, widget in self.inputs.items()}
        if values["date"] is None or values["time"] is None:
            raise InvalidInteraction("at is missing: pick the date and the time of the contact", field="at")
        return Interaction(
            at=from_inputs(values["date"], values["time"], self.journal),
            channel=values["channel"], direction=values["direction"], kind=values["kind"],
            tone=values["tone"], summary=values["summary"], text=values["text"],
            mood=values["mood"] or None, tags=values["tags"], notes=values["notes"],
        )

    # -- actions ------------------------------------------------------------------------
    def submit(self) -> Any:
        """Log the contact: returns the stored `Interaction`, or None when the input needs fixing."""
        self._clear_messages()
        try:
            stored = self.journal.add(self.interaction())
        except InvalidInteraction as exc:
            self._show_field_error(exc.field, str(exc))
            return None
        self.reset()
        self._stage = self._current_stage()
        self._set_status(f"Logged: {stored.summary}. Thank you for keeping track, it helps you see the pattern.")
        self._notify()
        return stored

    def _show_field_error(self, field: str | None, message: str) -> None:
        target = {"at": "date"}.get(field or "", field or "")
        for name, label in self.field_errors.items():
            label.value = (f'<span style="color:#9b2c2c">{escape(message)}</span>'
                           if name == target and message else "")
        beside = target in self.field_errors  # shown beside its field; keep the line by the button short
        self._set_error(message, shown="Please check the field marked above." if beside else None)

    def _current_stage(self) -> str | None:
        """The guide stage now, so the first-message checks show only while getting back in touch."""
        try:
            from ..clock import now_for
            from ..guide import current_stage

            return str(current_stage(self.journal.timeline(), now=now_for(self.journal)))
        except ImportError:  # the guide is optional for logging
            return None

    def _check_draft(self) -> None:
        text = self.inputs["text"].value
        applies = self._stage == "contact" and bool(text.strip())
        self.draft_findings.value = (
            render_findings(text, self.findings, ok="This reads short and light (S1.2).") if applies else ""
        )

    @property
    def findings(self) -> list[Any]:
        """The first-message findings for the text being typed (empty outside the contact stage)."""
        text = self.inputs["text"].value
        if self._stage != "contact" or not text.strip():
            return []
        from ..guide import check_first_message

        return list(check_first_message(text).findings)
