"""`PathCard`: where the user stands, the closure path first: the card at the top of the notebooks and the app.

While the path is closed (a safety concern, a boundary, a no, no answer: `guide.closure`) the
card is the closure path's: its title, what the kit does now (`care.closing.lead`), the guide's
closing advice, and for a safety concern where to get help. While it is open, it is the
`AdvicePanel` (the stage and the guide's advice). Either way a run of low moods adds a calm
support card (`care.moods`). Every form that must obey the closure reads it through
`base.read_journal`, so they all speak from the same state.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

import ipywidgets as widgets

from .base import Form, bullet_list, escape, guide_ref, read_journal

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["PathCard"]


class PathCard(Form):
    """Where the user stands: the closure path first when it is closed, else the stage and the advice.

    :param journal: the open `Journal`.
    :param demo_as_of: for the demo journal only, the moment its story is shown at (the notebooks'
        tour, so a first screen does not open on the demo's ending); your own journal is always
        shown as it stands now.
    """

    def __init__(self, journal: Journal, demo_as_of: datetime | str | None = None) -> None:
        super().__init__()
        from ..demo import is_demo

        self.journal = journal
        self.as_of = _utc(demo_as_of) if demo_as_of is not None and is_demo(journal) else None
        self._box = widgets.VBox()
        self.refresh()

    def refresh(self) -> None:
        """Read the journal again and show where the user stands now (linked to a form that records
        the outcome, the card turns to the closure the moment a no or a block is recorded)."""
        from ..care import closing
        from .advice import AdvicePanel
        from .support import SupportCard

        super().refresh()
        journal = self.journal
        sit = read_journal(journal, self.as_of).situation
        self.closure = sit.closure if sit.closed else None
        self.advice = closing.advice(sit, journal.timeline()) if self.closure else []
        self.panel = None if self.closure else AdvicePanel(journal, as_of=self.as_of)
        self.moods = SupportCard.for_moods(journal, self.as_of)
        self.help = SupportCard(journal, "abuse") if self.closure and self.closure.reason == "safety" else None
        self.title, self.lead = self._words()
        parts: list[widgets.Widget] = [self.panel.widget] if self.panel else [widgets.HTML(self._html())]
        parts += [card.widget for card in (self.help, self.moods) if card]
        self._box.children = parts

    @property
    def widget(self) -> widgets.Widget:
        """The card."""
        return self._box

    def _words(self) -> tuple[str, str]:
        from ..care.closing import words
        from ..person import Person

        if not self.closure:
            return self.panel.info.title, self.panel.info.intro  # type: ignore[union-attr]
        return words(self.closure, Person.of(self.journal))

    def _html(self) -> str:
        items = [f"{escape(a.message)} {escape(guide_ref(a.guide_ids, a.message))}".rstrip() for a in self.advice]
        return f"<h4>Where you are: {escape(self.title)}</h4><p>{escape(self.lead)}</p>{bullet_list(items)}"

    def describe(self) -> str:
        """Plain-text view: where you are, what the kit does now, the advice, and any support card."""
        if self.panel:
            lines = [self.panel.describe()]
        else:
            lines = [f"Where you are: {self.title}", self.lead]
            lines += [f"- {a.message} {guide_ref(a.guide_ids, a.message)}".rstrip() for a in self.advice]
        lines += [card.describe() for card in (self.help, self.moods) if card]
        return "\n".join(lines)


def _utc(value: datetime | str) -> datetime:
    """A moment given as a datetime or ISO text; naive is UTC, as the demo's clock is (and `AdvicePanel` reads it)."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
