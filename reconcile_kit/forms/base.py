"""Shared pieces of the forms: escaping, the error and status lines, listeners, `show()`.

Every form owns its widgets and exposes `.widget` (the container), `.show()` (the only
`display` call), `fill(**fields)`, `submit()` and `error`, so tests can drive a form
without a kernel. Forms hold no rules of their own: they call the package and show the result.

Errors speak the form's words: `FIELD_LABELS` maps each field of an entry to the label the
user sees ("When", "In a few words"), and `field_message` puts that label where the package's
message names the field ("When is missing", never "at is missing"). Labels are shown in full
(`LABEL_STYLE`). A form's status line belongs to its last action: `refresh()` clears it, and
`link(*forms)` makes every action of one form refresh the others.

Every button is connected through `Form.connect(button, action)` (`on_click`): one click is one
action. A double click sends two click messages, and both reach the kernel before the first is
handled, so the second would write again (a second delete, a second outcome) or act on the emptied
form ("In a few words is empty"). `ClickGuard` ignores, quietly, a repeat of the same button that
arrives while its action runs, or within `REPEAT_SECONDS` after it ended while nothing in the form
has changed since (`Form.snapshot`: a new summary typed, another entry picked, and the next click
counts at once), measured on a monotonic clock (`click_clock`, which tests replace).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from time import monotonic
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

if TYPE_CHECKING:
    from ..store import Journal

__all__ = [
    "Form",
    "FIELD_LABELS",
    "LABEL_STYLE",
    "field_message",
    "link",
    "Reading",
    "read_journal",
    "escape",
    "guide_ref",
    "display_tz",
    "to_display",
    "from_inputs",
    "options_for",
    "bullet_list",
    "ClickGuard",
    "on_click",
    "REPEAT_SECONDS",
]

ERROR_STYLE = "color:#9b2c2c"
STATUS_STYLE = "color:#276749"
# Labels as wide as their words: never cut ("How they came...") at any screen width.
LABEL_STYLE = {"description_width": "initial"}
# An entry's fields by the labels the forms show (the log form, the table's editor, the CLI's words).
FIELD_LABELS: dict[str, str] = {
    "at": "When",
    "date": "When",
    "time": "Time",
    "channel": "How",
    "direction": "Who reached out",
    "kind": "What it was",
    "tone": "How they came across",
    "summary": "In a few words",
    "text": "Full text (optional)",
    "mood": "My mood",
    "tags": "Tags",
    "notes": "Notes to myself",
}


def field_message(message: str, field: str | None) -> str:
    """`message` with the field it names put as the form labels it: "at is missing" -> "When is missing".

    A message that names the field some other way ("tag 'x' is longer ...") gets the label in front.
    """
    label = FIELD_LABELS.get(field or "")
    if label is None or message.startswith(label):
        return message
    first, _, rest = message.partition(" ")
    return f"{label} {rest}" if first == field else f"{label}: {message}"


def escape(value: Any) -> str:
    """Return `value` as text that is safe inside HTML (quotes escaped too)."""
    return html.escape("" if value is None else str(value), quote=True)


def guide_ref(guide_ids: Iterable[str], message: str = "") -> str:
    """Return the GUIDE IDs as a short reference like "(S1.3, S1.5)", leaving out those `message` already cites."""
    ids = [str(item) for item in guide_ids if str(item) not in message]
    return f"({', '.join(ids)})" if ids else ""


def bullet_list(lines: Iterable[str]) -> str:
    """Return an HTML list of already-escaped lines, or "" when there are none."""
    items = "".join(f"<li>{line}</li>" for line in lines)
    return f"<ul>{items}</ul>" if items else ""


def display_tz(journal: Journal) -> tzinfo:
    """The time zone forms show times in: the user's zone (`clock.zone_for`: the journal's
    `timezone` setting, else this computer's). The demo sets its own, so its outputs are the same anywhere."""
    from ..clock import zone_for

    return zone_for(journal)


def to_display(at: datetime, journal: Journal) -> datetime:
    """Return `at` in the time zone the forms show (see `display_tz`)."""
    return at.astimezone(display_tz(journal))


def from_inputs(day: date, clock: time, journal: Journal) -> datetime:
    """Combine a picked date and time into an aware datetime in the forms' time zone."""
    moment = datetime.combine(day, clock.replace(tzinfo=None))
    return moment.replace(tzinfo=display_tz(journal))


@dataclass(frozen=True)
class Reading:
    """The journal as the guide reads it at one moment: what every form that speaks for the guide shows.

    :param situation: `guide.situation` of the timeline (the one voice: stage, closure, holds)
    """

    timeline: Any
    now: datetime
    settings: dict[str, Any]
    situation: Any


def read_journal(journal: Journal, as_of: datetime | None = None) -> Reading:
    """Read `journal` once for the guide: its timeline, clock (or `as_of`: entries after it left out), settings, situation."""
    from ..clock import now_for
    from ..guide import situation

    timeline = journal.timeline()
    now = as_of or now_for(journal)
    if as_of is not None:
        timeline = timeline[timeline["at"] <= now].reset_index(drop=True)
    settings = journal.settings()
    return Reading(timeline, now, settings, situation(timeline, now, settings))


def closure_for(journal: Journal, as_of: datetime | None = None) -> Any:
    """The closure in force (`guide.Closure`), or None while the path is open."""
    sit = read_journal(journal, as_of).situation
    return sit.closure if sit.closed else None


def options_for(vocabulary: str) -> list[tuple[str, str]]:
    """Dropdown options (plain label, stored value) for one of the kit's vocabularies."""
    from ..model import LABELS, VOCABULARY

    return [(LABELS[vocabulary].get(value, value), value) for value in VOCABULARY[vocabulary]]


class Form:
    """Base of the forms: an error line, a status line, change listeners and `show()`."""

    title = "Form"

    def __init__(self) -> None:
        self._listeners: list[Callable[[], Any]] = []
        self._error = ""
        self._status = ""
        self.error_line = widgets.HTML(value="")
        self.status_line = widgets.HTML(value="")

    # -- what the form shows ------------------------------------------------------------
    @property
    def widget(self) -> widgets.Widget:
        """The form's container widget."""
        raise NotImplementedError

    @property
    def error(self) -> str:
        """The error message currently shown ("" when none)."""
        return self._error

    @property
    def status(self) -> str:
        """The confirmation or status message currently shown ("" when none)."""
        return self._status

    def describe(self) -> str:
        """A plain-text view of the form, used where widgets cannot be drawn."""
        return self.title

    def show(self) -> None:
        """Display the form in the notebook (the forms' only `display` call)."""
        from IPython.display import display

        bundle = self.widget._repr_mimebundle_()
        bundle["text/plain"] = self.describe()
        display(bundle, raw=True)

    # -- listeners ----------------------------------------------------------------------
    def on_change(self, callback: Callable[[], Any]) -> None:
        """Call `callback()` (no arguments) whenever this form changes the journal."""
        self._listeners.append(callback)

    def _notify(self) -> None:
        for callback in list(self._listeners):
            callback()

    # -- messages -----------------------------------------------------------------------
    def _set_error(self, message: str, shown: str | None = None) -> None:
        """Record `message` as the error; the line by the button shows `shown` (default: the message).

        One write to the line: a message written there and then replaced would reach the
        browser as two updates, and between them it would show in two places at once.
        """
        self._error = message
        text = message if shown is None else shown
        self.error_line.value = f'<span style="{ERROR_STYLE}">{escape(text)}</span>' if message else ""

    def _set_status(self, message: str) -> None:
        self._status = message
        self.status_line.value = (
            f'<span style="{STATUS_STYLE}">{escape(message)}</span>' if message else ""
        )

    def _clear_messages(self) -> None:
        self._set_error("")
        self._set_status("")

    def refresh(self) -> None:
        """Bring the form up to date after a change elsewhere; its last status no longer applies."""
        self._clear_messages()

    def snapshot(self) -> list[Any]:
        """What the user has set in the form now (`inputs_of`): a click with this unchanged is a repeat."""
        return inputs_of(self.widget)

    def connect(self, button: widgets.Button, action: Callable[[], Any]) -> ClickGuard:
        """Connect one of this form's buttons to `action`, one click one action (`on_click`)."""
        return on_click(button, action, self.snapshot)


# A repeat click of the same button this soon after its action ended is the rest of a double click
# (systems count two clicks up to about half a second apart as one double click).
REPEAT_SECONDS = 0.75
click_clock: Callable[[], float] = monotonic  # seconds on a clock that never goes back; tests set their own


class ClickGuard:
    """A button's click handler that runs `action()` once per click, ignoring the rest of a double click.

    A click that arrives while the action runs, or less than `REPEAT_SECONDS` after it ended with
    the form as the action left it (`state`), is dropped without a word: no second write, no error.
    A click after the user changed something counts at once. Clicks on other buttons are not
    affected (each button has its own guard).

    :param action: what the button does (called with no arguments)
    :param clock: seconds on a monotonic clock; default `click_clock` (read on each click)
    :param state: what the form holds now (`Form.snapshot`); None: any click that soon is a repeat
    """

    def __init__(
        self, action: Callable[[], Any], clock: Callable[[], float] | None = None, state: Callable[[], Any] | None = None
    ) -> None:
        self.action = action
        self.clock = clock
        self.state = state
        self._running = False
        self._ended: float | None = None
        self._left: Any = None  # the state the last action left

    def _now(self) -> float:
        return (self.clock or click_clock)()

    def _repeat(self) -> bool:
        if self._running:
            return True
        if self._ended is None or self._now() - self._ended >= REPEAT_SECONDS:
            return False
        return self.state is None or self.state() == self._left

    def __call__(self, _button: Any = None) -> Any:
        """Run the action, unless this click repeats one that is running or has just ended."""
        if self._repeat():
            return None
        self._running = True
        try:
            return self.action()
        finally:
            self._running = False
            self._ended = self._now()
            self._left = self.state() if self.state is not None else None


def on_click(button: widgets.Button, action: Callable[[], Any], state: Callable[[], Any] | None = None) -> ClickGuard:
    """Connect `button` to `action` through a `ClickGuard` (one click, one action); returns the guard."""
    guard = ClickGuard(action, state=state)
    button.on_click(guard)
    return guard


_SHOWN_ONLY = (widgets.HTML, widgets.HTMLMath, widgets.Label)  # what a form says, not what the user set


def inputs_of(widget: widgets.Widget) -> list[Any]:
    """The values of every input under `widget` (text, choices, dates, ticks), in layout order."""
    found: list[Any] = []
    stack = [widget]
    while stack:
        item = stack.pop(0)
        if isinstance(item, widgets.ValueWidget) and not isinstance(item, _SHOWN_ONLY):
            found.append(item.value)
        stack[:0] = list(getattr(item, "children", ()))
    return found


def link(*forms: Form) -> None:
    """Keep forms in step: whatever one of them changes in the journal, the others refresh.

        form, table, advice = LogInteractionForm(journal), TimelineTable(journal), AdvicePanel(journal)
        link(form, table, advice)
    """
    for source in forms:
        for other in forms:
            if other is not source:
                source.on_change(other.refresh)


def check_fields(fields: dict[str, Any], allowed: Iterable[str]) -> None:
    """Raise `TypeError` naming the first unknown field and the allowed ones."""
    allowed = tuple(allowed)
    unknown = sorted(set(fields) - set(allowed))
    if unknown:
        raise TypeError(f"unknown field {unknown[0]!r}; this form has: {', '.join(allowed)}")


def set_fields(fields: dict[str, Any], inputs: dict[str, Any]) -> None:
    """What most forms' `fill` does: check the names against `inputs`, then set each widget's value."""
    check_fields(fields, inputs)
    for name, value in fields.items():
        inputs[name].value = value


def render_findings(text: str, findings: Iterable[Any], ok: str) -> str:
    """HTML for draft findings (the words they point at, the note, GUIDE IDs; all escaped), or an all-clear."""
    lines = []
    for finding in findings:
        start, end = finding.span
        words = " ".join(text[start:end].split())
        quoted = f"&ldquo;{escape(words[:60])}&rdquo;: " if words and end - start < len(text) else ""
        lines.append(f"{quoted}{escape(finding.message)} {escape(guide_ref(finding.guide_ids, finding.message))}".rstrip())
    if not lines:
        return f'<span style="{STATUS_STYLE}">{escape(ok)}</span>'
    return bullet_list(dict.fromkeys(lines))  # each note once


def findings_text(text: str, findings: Iterable[Any]) -> list[str]:
    """Plain-text lines for draft findings, for `describe()`."""
    lines = []
    for finding in findings:
        start, end = finding.span
        words = " ".join(text[start:end].split())
        quoted = f'"{words[:60]}": ' if words and end - start < len(text) else ""
        lines.append(f"- {quoted}{finding.message} {guide_ref(finding.guide_ids, finding.message)}".rstrip())
    return list(dict.fromkeys(lines))  # each note once
