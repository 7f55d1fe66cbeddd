"""`AdvicePanel`: where the user is in the guide, and what it suggests now."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from .base import Form, bullet_list, escape, guide_ref

__all__ = ["AdvicePanel"]

_MARKS = {"stop": "&#9632;", "warning": "&#9650;", "caution": "&#9650;"}


class AdvicePanel(Form):
    """The current stage (its title and intro) and the guide's advice, refreshed after each log.

    :param journal: the open `Journal`; the panel reads its timeline, settings and clock.
    """

    title = "What the guide suggests now"

    def __init__(self, journal: Any) -> None:
        super().__init__()
        self.journal = journal
        self.body = widgets.HTML()
        self._box = widgets.VBox([self.body])
        self.stage: Any = None
        self.advice: list[Any] = []
        self.refresh()

    @property
    def widget(self) -> widgets.Widget:
        """The panel."""
        return self._box

    def refresh(self) -> None:
        """Recompute the stage and the advice from the journal."""
        from ..clock import now_for
        from ..guide import advise, current_stage, stage_info

        timeline = self.journal.timeline()
        now = now_for(self.journal)
        self.stage = current_stage(timeline, now=now)
        self.info = stage_info(self.stage)
        self.advice = list(advise(timeline, now=now, settings=self.journal.settings()))
        items = (
            f"{_MARKS.get(str(item.severity), '&#9679;')} {escape(item.message)} {escape(guide_ref(item.guide_ids))}"
            for item in self.advice
        )
        self.body.value = (
            f"<h4>Where you are: {escape(self.info.title)}</h4><p>{escape(self.info.intro)}</p>"
            + (bullet_list(items) or "<p>Nothing to flag right now. Go at your own pace.</p>")
        )

    def describe(self) -> str:
        """Plain-text view: the stage and each piece of advice."""
        lines = [f"Where you are: {self.info.title}", self.info.intro]
        lines += [f"- {item.message} {guide_ref(item.guide_ids)}".rstrip() for item in self.advice]
        return "\n".join(lines if self.advice else lines + ["Nothing to flag right now."])

    def fill(self, **fields: Any) -> None:
        """The panel has no inputs; present so every form can be driven the same way."""

    def submit(self) -> list[Any]:
        """Refresh and return the advice list."""
        self.refresh()
        return self.advice
