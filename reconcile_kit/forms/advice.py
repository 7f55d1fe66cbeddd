"""`AdvicePanel`: where the user is in the guide, and what it suggests now."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import Form, Reading, bullet_list, escape, guide_ref, read_journal

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["AdvicePanel"]

# severity (guide.rules.SEVERITIES) -> a plain word and a calm colour
SEVERITY_WORDS = {"info": ("Good to know", "#2b6cb0"), "gentle": ("Gently", "#975a16"),
                  "caution": ("Please respect", "#9b2c2c")}


class AdvicePanel(Form):
    """The current stage (its title and intro) and the guide's advice, refreshed after each log.

    The stage card and the advice come from ONE reading of the journal (`guide.situation`, then
    `guide.advise_for`), so they cannot disagree; `situation` is kept for anything shown beside
    the panel, and `checklist()` opens the checklist of the same stage.

    :param journal: the open `Journal`; the panel reads its timeline, settings and clock.
    :param as_of: look back: the stage and advice as they stood at this moment (a datetime or
        ISO text; a naive one is UTC). Entries logged after it are left out. Default: now.
    """

    title = "What the guide suggests now"

    def __init__(self, journal: Journal, as_of: datetime | str | None = None) -> None:
        super().__init__()
        self.journal = journal
        self.as_of = _moment(as_of)
        self.body = widgets.HTML()
        self._box = widgets.VBox([self.body])
        self.stage: Any = None
        self.advice: list[Any] = []
        self.reading: Reading | None = None
        self.refresh()

    @property
    def widget(self) -> widgets.Widget:
        """The panel."""
        return self._box

    @property
    def situation(self) -> Any:
        """The `guide.Situation` the panel shows (stage, closure, holds)."""
        return self.reading.situation if self.reading is not None else None

    def refresh(self) -> None:
        """Read the journal once and show its stage and advice."""
        from ..guide import advise_for, stage_info, stage_tip

        self.reading = read_journal(self.journal, self.as_of)
        sit = self.reading.situation
        self.stage = sit.stage
        self.info = stage_info(self.stage)
        if sit.closed:  # the closure's own card, as everywhere while the path is closed (docs/care.md)
            from ..care.closing import words
            from ..person import Person

            heading, intro = words(sit.closure, Person.of(self.journal))
            self.info = replace(self.info, title=heading, intro=intro)
        self.advice = list(advise_for(sit, self.reading.timeline))
        self.tip = stage_tip(self.stage)
        when = f"On {self.as_of:%a %d %b %Y, %H:%M}: " if self.as_of else ""
        self.body.value = (
            f"<h4>{escape(when)}Where you are: {escape(self.info.title)}</h4><p>{escape(self.info.intro)}</p>"
            + (bullet_list(_item_html(item) for item in self.advice) or f"<p>{escape(self.tip)}</p>")
        )

    def checklist(self) -> Any:
        """The checklist of the stage this panel shows (`StageChecklist`), from the same reading."""
        from .checklist import StageChecklist

        return StageChecklist(self.journal, self.stage)

    def describe(self) -> str:
        """Plain-text view: the stage and each piece of advice."""
        when = f"On {self.as_of:%a %d %b %Y, %H:%M}: " if self.as_of else ""
        lines = [f"{when}Where you are: {self.info.title}", self.info.intro]
        lines += [f"- {SEVERITY_WORDS.get(str(item.severity), ('Note',))[0]}: {item.message} "
                  f"{guide_ref(item.guide_ids, item.message)}".rstrip() for item in self.advice]
        return "\n".join(lines if self.advice else lines + [self.tip])

    def fill(self, **fields: Any) -> None:
        """The panel has no inputs; present so every form can be driven the same way."""

    def submit(self) -> list[Any]:
        """Refresh and return the advice list."""
        self.refresh()
        return self.advice


def _item_html(item: Any) -> str:
    """One piece of advice as HTML: a plain severity word, the message and its GUIDE IDs, escaped."""
    word, colour = SEVERITY_WORDS.get(str(item.severity), ("Note", "#4a5568"))
    return (f'<b style="color:{colour}">{escape(word)}:</b> {escape(item.message)} '
            f"{escape(guide_ref(item.guide_ids, item.message))}").rstrip()


def _moment(value: datetime | str | None) -> datetime | None:
    """`as_of` as an aware UTC datetime; naive values are UTC (the demo's clock is UTC)."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)
