"""`DraftChecker`: write a first message or an ask to meet and see the guide's notes as you type.

Crisis wording in the draft ("I keep thinking about ending it all", "I'm scared of what he'll do")
brings the support card first (`SupportCard.for_text`), and the draft never hears the all-clear. It is
read by the rules alone, as an apology is: a draft is written to them, not a note to oneself, and the
learned reading of crisis wording knows notes (docs/care.md, "Crisis wording").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import (
    STATUS_STYLE, Form, Reading, escape, findings_text, read_journal, render_findings, set_fields,
)  # fmt: skip

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["DraftChecker", "KINDS", "HOLD_BACK", "HELD_BACK_STATUS"]

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
HOLD_BACK = "I'll hold this one back"
HELD_BACK_STATUS = ("Kept in your journal as a message you held back; nothing was sent. Putting the words "
                    "here instead is a kind thing to do, for you both (S1.5).")
SNIPPET = 80  # characters of the draft kept as the held-back entry's few words


class DraftChecker(Form):
    """A text area for a draft with live findings; nothing is ever sent.

    With the journal, the checks read it (`guide.check_first_message(text, timeline, now, settings)`):
    on a closed path every draft hears so, and beside an ask the guide's reasons to wait show
    (the report's notes, `guide.checks.wait_notes`: "2 of your messages are still waiting for an answer"; a warm
    reply still settling). "I'll hold
    this one back" keeps the draft in the journal as a message held back (kind `held_back`,
    never contact); it is the one thing this form writes, and only on that click.

    :param kind: "first_message" or "meet_ask".
    :param journal: the open `Journal` (optional: without it the text alone is checked).
    """

    def __init__(self, kind: str = "first_message", journal: Journal | None = None) -> None:
        super().__init__()
        if kind not in KINDS:
            raise ValueError(f"kind {kind!r} is not one of: {', '.join(KINDS)}")
        self.kind = kind
        self.journal = journal
        self.title, placeholder, self._ok, check_name = KINDS[kind]
        from .. import guide

        self._check = getattr(guide, check_name)
        self.reading: Reading | None = read_journal(journal) if journal is not None else None
        self.text = widgets.Textarea(placeholder=placeholder, layout=widgets.Layout(width="40em", height="6em"))
        self.findings_html = widgets.HTML()
        self.holds_html = widgets.HTML()
        self.support_box = widgets.VBox()
        self.support: Any = None
        self.report: Any = None
        self.text.observe(lambda _change: self.submit(), names="value")
        children: list[widgets.Widget] = [widgets.HTML(f"<b>{escape(self.title)}</b>"), self.text,
                                          self.support_box, self.findings_html, self.holds_html]
        self.hold_button = widgets.Button(description=HOLD_BACK, icon="archive", layout=widgets.Layout(width="auto"))
        self.connect(self.hold_button, self.hold_back)
        if journal is not None:
            children.append(widgets.HBox([self.hold_button, self.error_line]))
        self._box = widgets.VBox([*children, self.status_line])

    @property
    def widget(self) -> widgets.Widget:
        """The text area, its findings and (with a journal) the hold-back button."""
        return self._box

    @property
    def findings(self) -> list[Any]:
        """The findings for the current text."""
        return list(self.report.findings) if self.report is not None else []

    @property
    def holds(self) -> tuple[str, ...]:
        """The guide's reasons to wait before sending this draft (`guide.checks.wait_notes`: beside an ask while it
        is too early to ask, beside a message while a warm reply settles); empty otherwise."""
        return tuple(getattr(self.report, "notes", ())) if self.report is not None else ()

    def describe(self) -> str:
        """Plain-text view: the draft, its notes, the reasons to wait and the last status."""
        if not self.text.value.strip():
            return "\n".join([f"{self.title}: type a draft to see notes on it.", *[m for m in (self.error, self.status) if m]])
        support = [self.support.describe()] if self.support else []
        notes = findings_text(self.text.value, self.findings) or ([] if support else [self._ok])
        return "\n".join([f"{self.title}:", self.text.value, "", *support, *notes, *self.holds])

    def fill(self, **fields: Any) -> None:
        """Set the draft: `fill(text="...")` (the findings update at once)."""
        set_fields(fields, {"text": self.text})

    def refresh(self) -> None:
        """Read the journal again after a change elsewhere, and check the draft in that light."""
        if self.journal is not None:
            self.reading = read_journal(self.journal)
        self.submit()

    def submit(self) -> Any:
        """Check the current text and return the report (None while the text is empty)."""
        self._clear_messages()
        text = self.text.value
        from .support import SupportCard

        self.support = SupportCard.for_text(text, self.journal, learned=False) if text.strip() else None
        self.support_box.children = (self.support.widget,) if self.support else ()
        if not text.strip():
            self.report = None
            self.findings_html.value = self.holds_html.value = ""
            return None
        r = self.reading
        self.report = self._check(text) if r is None else self._check(text, r.timeline, r.now, r.settings)
        findings = self.report.findings
        self.findings_html.value = "" if self.support and not findings else render_findings(text, findings, ok=self._ok)
        lines = self.holds
        self.holds_html.value = f'<p style="{STATUS_STYLE}">{"<br>".join(escape(line) for line in lines)}</p>' if lines else ""
        return self.report

    def hold_back(self) -> Any:
        """Keep the draft in the journal as a message held back (not sent); returns the stored entry or None."""
        from ..errors import ReconcileError
        from ..model import Interaction

        self._clear_messages()
        text = self.text.value.strip()
        if self.journal is None or self.reading is None:
            self._set_error("There is no journal here to keep it in.")
            return None
        if not text:
            self._set_error("There is nothing to hold back yet: write the message first.")
            return None
        words = " ".join(text.split())
        summary = words if len(words) <= SNIPPET else words[: SNIPPET - 1].rstrip() + "…"
        from ..clock import now_for

        try:
            stored = self.journal.add(Interaction(at=now_for(self.journal), channel="text", direction="out",
                                                  kind="held_back", summary=summary, text=text))
        except ReconcileError as exc:
            self._set_error(str(exc))
            return None
        self.reading = read_journal(self.journal)
        self.text.value = ""  # put away: a second click does not keep it twice
        self._notify()  # first: a listener that refreshes this form must not wipe what it says
        self._set_status(HELD_BACK_STATUS)
        return stored
