"""`LogInteractionForm`: log one contact (a text, a call, a coffee, a note) into the journal.

Crisis wording in the user's own words of what was logged (`care.entry_signals`: the summary and
text of their own entries, and their notes; never the other person's message) brings the support card
beside the success line, after the save: it never stops or changes what is saved.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ..errors import InvalidInteraction
from .base import (
    FIELD_LABELS,
    LABEL_STYLE,
    Form,
    Reading,
    check_fields,
    escape,
    field_message,
    from_inputs,
    options_for,
    read_journal,
    render_findings,
)

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["LogInteractionForm", "THANKS", "HELD_BACK_THANKS"]

def _wide() -> widgets.Layout:
    return widgets.Layout(width="34em")  # one per widget: a shared layout model would tie them together
_DEFAULTS = {"channel": "text", "direction": "out", "kind": "message", "tone": "none"}
_MOODS = [("Not noted", 0), ("1 · very low", 1), ("2 · low", 2), ("3 · okay", 3), ("4 · good", 4), ("5 · very good", 5)]
FIELDS = ("at", "date", "time", "channel", "direction", "kind", "tone", "summary", "text", "mood", "tags", "notes")
THANKS = "Thank you for keeping track, it helps you see the pattern."
HELD_BACK_THANKS = "Putting the words here instead of sending them is a kind thing to do, for you both (S1.5)."
_CLOSING_RULES = ("respect_boundary", "accept_refusal")
_OK = {"first_message": "This reads short and light (S1.2).",
       "meet_ask": "A relaxed catch-up with a rough time: easy to say yes or no to (S2.2)."}  # fmt: skip


class LogInteractionForm(Form):
    """A form to log one contact; bad input is shown beside its field and nothing is written.

    The status after a log speaks for the guide: on a closed path (a boundary, a no, no answer)
    it gives the advice's own words instead of a thank-you. A message the user wanted to send
    and did not is logged as kind `held_back` (always "I reached out"; never contact).

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
            "date": widgets.DatePicker(description=FIELD_LABELS["date"], style=LABEL_STYLE),
            "time": widgets.TimePicker(description=FIELD_LABELS["time"], style=LABEL_STYLE),
            **{
                name: widgets.Dropdown(options=options_for(name), description=FIELD_LABELS[name],
                                       style=LABEL_STYLE, layout=_wide())
                for name in ("channel", "direction", "kind", "tone")
            },
            "summary": widgets.Text(description=FIELD_LABELS["summary"], style=LABEL_STYLE, layout=_wide(),
                                    placeholder="e.g. Sent a short hello about the concert"),
            "text": widgets.Textarea(description=FIELD_LABELS["text"], style=LABEL_STYLE, layout=_wide(),
                                     placeholder="Paste or draft the message here"),
            "mood": widgets.Dropdown(options=_MOODS, description=FIELD_LABELS["mood"], style=LABEL_STYLE),
            "tags": widgets.Text(description=FIELD_LABELS["tags"], style=LABEL_STYLE, layout=_wide(),
                                 placeholder="comma, separated"),
            "notes": widgets.Textarea(description=FIELD_LABELS["notes"], style=LABEL_STYLE, layout=_wide()),
        }
        self.field_errors = {name: widgets.HTML() for name in self.inputs}
        self.draft_findings = widgets.HTML()
        self.support_box = widgets.VBox()
        self.support: Any = None
        self.button = widgets.Button(description="Log", button_style="primary", icon="check")
        self.connect(self.button, self.submit)
        for name in ("text", "direction"):
            self.inputs[name].observe(lambda _change: self._check_draft(), names="value")
        self.inputs["kind"].observe(lambda _change: self._kind_changed(), names="value")
        self.reading: Reading = read_journal(journal)
        self._box = widgets.VBox(
            [widgets.HTML(f"<b>{escape(self.title)}</b>")]
            + [widgets.VBox([self.inputs[n], self.field_errors[n]] + ([self.draft_findings] if n == "text" else []))
               for n in self.inputs]
            + [widgets.HBox([self.button, self.error_line]), self.status_line, self.support_box]
        )
        self.reset()

    @property
    def widget(self) -> widgets.Widget:
        """The form's container."""
        return self._box

    def describe(self) -> str:
        """Plain-text view: the form's title and any message it shows."""
        lines = [f"{self.title}: when, how, who reached out, what it was, how they came across, "
                 "a few words, the full text, your mood, tags and notes."]
        lines += [line for line in (self.error, self.status) if line]
        return "\n".join(lines + ([self.support.describe()] if self.support else []))

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
        kind = fields.pop("kind", None)
        if kind is not None:  # first, so a held-back message fixes the direction before it is read
            self.inputs["kind"].value = kind
        for name, value in fields.items():
            if not (name == "direction" and self.inputs["direction"].disabled):
                self.inputs[name].value = value

    def reset(self) -> None:
        """Empty the form: the journal's "now" for the time, the usual defaults for the rest."""
        from .base import to_display

        now = to_display(self.reading.now, self.journal)
        self.fill(date=now.date(), time=now.time().replace(second=0, microsecond=0, tzinfo=None),
                  summary="", text="", mood=0, tags="", notes="", **_DEFAULTS)
        self._show_field_error(None, "")

    def refresh(self) -> None:
        """Read the journal again (after a change elsewhere): the draft checks follow the path as it is now."""
        self._clear_messages()
        self.reading = read_journal(self.journal)
        self._check_draft()

    def interaction(self) -> Any:
        """Build the `Interaction` from the inputs (raises `InvalidInteraction`)."""
        from ..model import Interaction

        values = {name: widget.value for name, widget in self.inputs.items()}
        if values["date"] is None or values["time"] is None:
            raise InvalidInteraction("When is missing: pick the date and the time of the contact", field="at")
        return Interaction(
            at=from_inputs(values["date"], values["time"], self.journal),
            channel=values["channel"], direction=values["direction"], kind=values["kind"],
            tone=values["tone"], summary=values["summary"], text=values["text"],
            mood=values["mood"] or None, tags=values["tags"], notes=values["notes"],
        )

    # -- actions ------------------------------------------------------------------------
    def submit(self) -> Any:
        """Log the contact: returns the stored `Interaction`, or None when the input needs fixing."""
        from ..care import entry_signals
        from .support import SupportCard

        self._clear_messages()
        self._show_support(None)
        try:
            stored = self.journal.add(self.interaction())
        except InvalidInteraction as exc:
            self._show_field_error(exc.field, str(exc))
            return None
        self.reading = read_journal(self.journal)
        self.reset()
        self._notify()  # first: a listener that refreshes this form must not wipe the answer
        self._set_status(self._answer(stored))
        self._show_support(SupportCard.for_signals(entry_signals(stored), self.journal))  # read after the save
        return stored

    def _show_support(self, card: Any) -> None:
        self.support = card
        self.support_box.children = (card.widget,) if card else ()

    def _answer(self, stored: Any) -> str:
        """What the form says after a log: the guide's closing words on a closed path, else thanks."""
        if str(stored.kind) == "held_back":
            return f"Kept, not sent: {stored.summary}. {HELD_BACK_THANKS}"
        if self.reading.situation.closed:
            from ..guide import advise_for

            closing = [a.message for a in advise_for(self.reading.situation, self.reading.timeline)
                       if a.rule in _CLOSING_RULES]
            if closing:
                return f"Logged: {stored.summary}. {closing[0]}"
        return f"Logged: {stored.summary}. {THANKS}"

    def _show_field_error(self, field: str | None, message: str) -> None:
        message = field_message(message, field)
        target = {"at": "date"}.get(field or "", field or "")
        for name, label in self.field_errors.items():
            label.value = (f'<span style="color:#9b2c2c">{escape(message)}</span>'
                           if name == target and message else "")
        beside = target in self.field_errors  # shown beside its field; keep the line by the button short
        self._set_error(message, shown="Please check the field marked above." if beside else None)

    def _kind_changed(self) -> None:
        """A held-back message is always the user's own (direction fixed to "I reached out")."""
        held = self.inputs["kind"].value == "held_back"
        if held:
            self.inputs["direction"].value = "out"
        self.inputs["direction"].disabled = held
        self._check_draft()

    def _check_draft(self) -> None:
        from .support import crisis_signals

        text = self.inputs["text"].value
        check = self._draft_check()
        findings = self.findings
        quiet = not check or not text.strip() or (not findings and crisis_signals(text, learned=False))
        # crisis wording never hears "short and light": the support card comes with the log
        self.draft_findings.value = "" if quiet else render_findings(text, findings, ok=_OK[check])

    def _draft_check(self) -> str | None:
        """Which draft check the text gets: a message of the user's while getting back in touch or on a
        closed path (then every draft hears that the path is closed), an ask to meet; else none."""
        if self.inputs["direction"].value != "out":
            return None
        sit = self.reading.situation
        if self.inputs["kind"].value == "meet_ask":
            return "meet_ask"
        if sit.closed or (str(sit.stage) == "contact" and self.inputs["kind"].value in ("message", "held_back")):
            return "first_message"
        return None

    @property
    def findings(self) -> list[Any]:
        """The draft findings for the text being typed, read in the journal's context (see `_draft_check`)."""
        text = self.inputs["text"].value
        check = self._draft_check()
        if check is None or not text.strip():
            return []
        from .. import guide

        r = self.reading
        return list(getattr(guide, f"check_{check}")(text, r.timeline, r.now, r.settings).findings)
