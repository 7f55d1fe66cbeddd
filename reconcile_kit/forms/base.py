"""Shared pieces of the forms: escaping, the error and status lines, listeners, `show()`.

Every form owns its widgets and exposes `.widget` (the container), `.show()` (the only
`display` call), `fill(**fields)`, `submit()` and `error`, so tests can drive a form
without a kernel. Forms hold no rules of their own: they call the package and show the result.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timezone, tzinfo
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

if TYPE_CHECKING:
    from ..store import Journal

__all__ = [
    "Form",
    "escape",
    "guide_ref",
    "display_tz",
    "to_display",
    "from_inputs",
    "options_for",
    "bullet_list",
]

ERROR_STYLE = "color:#9b2c2c"
STATUS_STYLE = "color:#276749"


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
    return bullet_list(lines)


def findings_text(text: str, findings: Iterable[Any]) -> list[str]:
    """Plain-text lines for draft findings, for `describe()`."""
    lines = []
    for finding in findings:
        start, end = finding.span
        words = " ".join(text[start:end].split())
        quoted = f'"{words[:60]}": ' if words and end - start < len(text) else ""
        lines.append(f"- {quoted}{finding.message} {guide_ref(finding.guide_ids, finding.message)}".rstrip())
    return lines
