"""`DraftChecker`: write a first message or an ask to meet and see the guide's notes as you type."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from .base import Form, escape, findings_text, render_findings, set_fields

__all__ = ["DraftChecker", "KINDS"]

# kind -> (title, placeholder, all-clear line, name of the check in reconcile_kit.guide)
KINDS: dict[str, tuple[str, str, str, str]] = {
    "first_message": (
        "Check a first message",
        "e.g. Walked past the little cinema today and thought of you. Hope you're well.",
        "Short, light and easy to answer (S1.2).",
        "check_first_message",
    ),
    "meet_ask": (
        "Check an ask to meet",
        "e.g. Would you like to catch up over a coffee some time next week?",
        "A relaxed catch-up with a rough time: easy to say yes or no to (S2.2).",
        "check_meet_ask",
    ),
}


class DraftChecker(Form):
    """A text area for a draft with live findings; nothing is sent or stored.

    :param kind: "first_message" or "meet_ask".
    """

    def __init__(self, kind: str = "first_message") -> None:
        super().__init__()
        if kind not in KINDS:
            raise ValueError(f"kind {kind!r} is not one of: {', '.join(KINDS)}")
        self.kind = kind
        self.title, placeholder, self._ok, check_name = KINDS[kind]
        from .. import guide

        self._check = getattr(guide, check_name)
        self.text = widgets.Textarea(placeholder=placeholder, layout=widgets.Layout(width="40em", height="6em"))
        self.findings_html = widgets.HTML()
        self.report: Any = None
        self.text.observe(lambda _change: self.submit(), names="value")
        self._box = widgets.VBox([widgets.HTML(f"<b>{escape(self.title)}</b>"), self.text, self.findings_html])

    @property
    def widget(self) -> widgets.Widget:
        """The text area and its findings."""
        return self._box

    @property
    def findings(self) -> list[Any]:
        """The findings for the current text."""
        return list(self.report.findings) if self.report is not None else []

    def describe(self) -> str:
        """Plain-text view: the draft and its notes."""
        if not self.text.value.strip():
            return f"{self.title}: type a draft to see notes on it."
        notes = findings_text(self.text.value, self.findings) or [self._ok]
        return "\n".join([f"{self.title}:", self.text.value, "", *notes])

    def fill(self, **fields: Any) -> None:
        """Set the draft: `fill(text="...")` (the findings update at once)."""
        set_fields(fields, {"text": self.text})

    def submit(self) -> Any:
        """Check the current text and return the report (None while the text is empty)."""
        text = self.text.value
        if not text.strip():
            self.report = None
            self.findings_html.value = ""
            return None
        self.report = self._check(text)
        self.findings_html.value = render_findings(text, self.report.findings, ok=self._ok)
        return self.report
