"""`ClosurePath`: what the kit offers in place of reaching out: an urge plan, the unsent letter, what you learned, quiet charts (S5.4, S5.5).

The outcome form shows it under a closing outcome, and the app shows it first while the path is
closed. Nothing here is sent anywhere; the answers stay in the journal as reflections.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import Form, bullet_list, escape
from .reflection import ReflectionPrompt, UnsentLetter
from .support import SupportLink

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["ClosurePath", "HIDE_CHARTS", "charts_hidden"]

HIDE_CHARTS = "hide_charts"  # the journal setting the notebooks and the app read before drawing contact charts
HIDE_LABEL = "Hide the charts of contact with {O} (you can show them again here)"


def charts_hidden(journal: Journal) -> bool:
    """True when the user chose to hide the charts of their contact (setting `hide_charts`)."""
    return bool(journal.get_setting(HIDE_CHARTS))


class ClosurePath(Form):
    """The closure path's tools: a plan for the urge to write, the unsent letter, the closing reflection,
    an option to hide the contact charts, and where to get help.

    :param journal: the open `Journal`.
    :param topic: the support topic to list ("abuse" after a safety concern; default: all).
    :param support: show the Support section (the app has its own at the foot of the page).
    """

    title = "What is left is yours"

    def __init__(self, journal: Journal, topic: str | None = None, support: bool = True) -> None:
        super().__init__()
        from ..care.prompts import CLOSING, URGE_IDEAS, URGE_PLAN
        from ..person import Person

        self.journal = journal
        self.urge_plan = ReflectionPrompt(journal, *URGE_PLAN)
        self.letter = UnsentLetter(journal)
        self.closing = ReflectionPrompt(journal, *CLOSING)
        self.hide = widgets.Checkbox(value=charts_hidden(journal), indent=False, layout=widgets.Layout(width="auto"),
                                     description=HIDE_LABEL.format(O=Person.of(journal).object()))  # fmt: skip
        self.hide.observe(lambda change: self._store_hidden(change["new"]), names="value")
        self.support = SupportLink(journal, topic) if support else None
        ideas = widgets.HTML("<small>Some things that help:</small>" + bullet_list(escape(i) for i in URGE_IDEAS))
        self._box = widgets.VBox([
            widgets.HTML(f"<h4>{escape(self.title)}</h4>"), self.urge_plan.widget, ideas, self.letter.widget,
            self.closing.widget, self.hide, self.status_line, *([self.support.widget] if self.support else []),
        ])  # fmt: skip

    @property
    def widget(self) -> widgets.Widget:
        """The closure path's tools."""
        return self._box

    def fill(self, **fields: Any) -> None:
        """Set `urge_plan`, `letter` or `closing` (their answers' text), or `hide_charts` (True/False)."""
        from .base import check_fields

        check_fields(fields, ("urge_plan", "letter", "closing", "hide_charts"))
        for name, value in fields.items():
            if name == "hide_charts":
                self.hide.value = bool(value)
            else:
                getattr(self, name).fill(text=value)

    def describe(self) -> str:
        """Plain-text view: each tool and its saved answer."""
        parts = [self.title, self.urge_plan.describe(), self.letter.describe(), self.closing.describe(),
                 f"[{'x' if self.hide.value else ' '}] {self.hide.description}"]  # fmt: skip
        return "\n\n".join(parts + ([self.support.describe()] if self.support else []))

    def _store_hidden(self, hidden: bool) -> None:
        self.journal.set_setting(HIDE_CHARTS, bool(hidden) or None)
        self._set_status("The charts are hidden." if hidden else "The charts are shown again.")
        self._notify()
