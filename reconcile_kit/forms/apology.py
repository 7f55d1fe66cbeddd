"""`ApologyWorkbench`: draft an apology, see what it has and lacks, keep versions (S4.3).

The draft is checked in the journal's context (`guide.check_apology` with its timeline): while the
path is closed the first note is `contact_closed` (S5.4), never an all-clear. Crisis wording in the
draft ("I can't live without you") brings the crisis support card beside it (`SupportCard.for_text`),
read by the rules alone: the learned reading of crisis wording knows notes, not apologies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ..guide.apology import COMPONENT_LABELS

from .base import Form, bullet_list, display_tz, escape, findings_text, set_fields
from .labels import in_form_words

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["ApologyWorkbench", "COMPONENT_LABELS", "PROMPT_ID"]

PROMPT_ID = "apology_draft"
CAVEAT = ("The score is a guide, not a verdict: the research behind it (Lewicki et al. 2016) "
          "looked at written workplace apologies. What matters most is that you mean it.")


class ApologyWorkbench(Form):
    """A text area for an apology with findings highlighted, the six parts, a score and saved versions.

    :param journal: the open `Journal`; "Save this version" stores the text as a reflection.
    """

    title = "Apology workbench (S4.3)"

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.text = widgets.Textarea(placeholder="Write your apology here, in your own words.",
                                     layout=widgets.Layout(width="40em", height="8em"))
        self.highlighted = widgets.HTML()
        self.parts = {name: widgets.Checkbox(description=label, disabled=True, indent=False)
                      for name, label in COMPONENT_LABELS.items()}
        self.score_bar = widgets.FloatProgress(min=0, max=100, description="Score")
        self.score_label = widgets.HTML()
        self.suggestions = widgets.HTML()
        self.versions_html = widgets.HTML()
        self.support_box = widgets.VBox()
        self.support: Any = None
        self.button = widgets.Button(description="Save this version", icon="save")
        self.connect(self.button, lambda: self.submit())
        self.report: Any = None
        self.text.observe(lambda _change: self.check(), names="value")
        self._box = widgets.VBox([
            widgets.HTML(f"<b>{escape(self.title)}</b>"), self.text, self.support_box, self.highlighted,
            widgets.HBox([widgets.VBox(list(self.parts.values())[:3]), widgets.VBox(list(self.parts.values())[3:])]),
            widgets.HBox([self.score_bar, self.score_label]), widgets.HTML(f"<small>{escape(CAVEAT)}</small>"),
            self.suggestions, widgets.HBox([self.button, self.status_line, self.error_line]), self.versions_html,
        ])
        self._context: tuple[Any, Any, Any] = (None, None, None)
        self.refresh()
        self._show_versions()

    @property
    def widget(self) -> widgets.Widget:
        """The workbench."""
        return self._box

    def fill(self, **fields: Any) -> None:
        """Set the apology text: `fill(text="...")` (it is checked at once)."""
        set_fields(fields, {"text": self.text})

    def refresh(self) -> None:
        """Re-read the journal's timeline, clock and settings the checks read the draft against."""
        from ..clock import now_for

        self._context = (self.journal.timeline(), now_for(self.journal), self.journal.settings())

    def check(self) -> Any:
        """Check the current text; returns the `ApologyReport` (None while the text is empty)."""
        from ..guide import check_apology
        from .support import SupportCard

        text = self.text.value
        self.report = check_apology(text, *self._context) if text.strip() else None
        self.support = SupportCard.for_text(text, self.journal, learned=False)  # an apology: the rules' crisis wording
        self.support_box.children = (self.support.widget,) if self.support else ()
        report = self.report
        self.highlighted.value = report.to_html() if report else ""
        for name, box in self.parts.items():
            box.value = bool(report and report.components.get(name))
        self.score_bar.value = float(report.score) if report else 0.0
        self.score_label.value = f"{report.score:.0f} / 100" if report else ""
        tips = [escape(tip) for tip in (report.suggestions if report else ())]
        self.suggestions.value = f"<b>Ideas to try</b>{bullet_list(tips)}" if tips else ""
        return report

    def submit(self) -> int | None:
        """Save this version of the apology; returns its id, or None when the text is empty."""
        from ..errors import InvalidInteraction

        self._clear_messages()
        text = self.text.value.strip()
        if not text:
            self._set_error("There is nothing to save yet: write your apology first.")
            return None
        try:
            saved = self.journal.add_reflection(PROMPT_ID, text)
        except InvalidInteraction as exc:
            self._set_error(in_form_words(exc, {"text": "Your apology"}))
            return None
        self._set_status("Saved this version. Earlier ones are kept below.")
        self._show_versions()
        self._notify()
        return saved

    def versions(self) -> Any:
        """The saved versions, newest first: Saved (date), Score, Beginning."""
        import pandas as pd

        from ..guide import check_apology

        saved = self.journal.reflections(PROMPT_ID)
        zone = display_tz(self.journal)
        stamps = pd.to_datetime(saved["at"], utc=True, format="ISO8601")
        return pd.DataFrame({
            "Saved": stamps.dt.tz_convert(zone).dt.strftime("%d %b %Y, %H:%M"),
            "Score": saved["text"].map(lambda t: int(round(check_apology(t).score))),
            "Beginning": saved["text"].str.slice(0, 60),
        }).iloc[::-1].reset_index(drop=True)

    def describe(self) -> str:
        """Plain-text view: the draft, its parts, score, notes and ideas, and the saved versions."""
        lines = [self.title]
        report = self.report
        if self.support:
            lines.append(self.support.describe())
        if report:
            lines += [self.text.value, "", f"Score: {report.score:.0f} / 100 (a guide, not a verdict)"]
            lines += [f"[{'x' if report.components.get(n) else ' '}] {label}" for n, label in COMPONENT_LABELS.items()]
            lines += findings_text(self.text.value, report.findings)
            lines += [f"Idea: {tip}" for tip in report.suggestions]
        versions = self.versions()
        if not versions.empty:
            rows = versions["Saved"] + " · score " + versions["Score"].astype(str) + " · " + versions["Beginning"]
            lines += ["", "Saved versions:", *rows.tolist()]
        return "\n".join(lines)

    def _show_versions(self) -> None:
        versions = self.versions()
        self.versions_html.value = (
            "<b>Saved versions</b>" + versions.to_html(index=False, escape=True, border=0)
            if not versions.empty else ""
        )
