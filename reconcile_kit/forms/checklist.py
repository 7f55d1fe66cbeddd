"""`StageChecklist`: a stage's guide items as checkboxes whose ticks live in the journal; the closure's items while the path is closed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import Form, escape, guide_ref

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["StageChecklist"]


class StageChecklist(Form):
    """The checklist of one stage (or a few, in order); ticking a box stores it in the journal (`set_ticked`).

    While the path is closed (`guide.closure`: a safety concern, a boundary, a no, no answer) it is
    the closure's checklist instead (`care.closing.checklist`), whatever stage was asked for: the
    kit never lists steps toward meeting or catching up then.

    :param journal: the open `Journal`.
    :param stages: stage names ("contact", "meet_ask", ...) or `Stage`s.
    """

    def __init__(self, journal: Journal, *stages: Any) -> None:
        super().__init__()
        from ..care.closing import checklist
        from ..guide import stage_info
        from .base import closure_for

        if not stages:
            raise TypeError("StageChecklist needs a stage, e.g. StageChecklist(journal, \"meet_ask\")")
        self.journal = journal
        self.closure = closure_for(journal)
        asked = [stage_info(stage) for stage in stages]  # a stage name the guide does not know is an error either way
        infos = [checklist(self.closure)] if self.closure else asked
        self.info = infos[0]
        self.title = "Checklist: " + " · ".join(info.title for info in infos)
        items = [item for info in infos for item in info.items]
        done = journal.ticked()
        self.boxes: dict[str, widgets.Checkbox] = {
            item.id: widgets.Checkbox(
                value=item.id in done,
                description=f"{item.text} {guide_ref(item.guide_ids, item.text)}".strip(),
                indent=False,
                layout=widgets.Layout(width="auto"),
            )
            for item in items
        }
        for item_id, box in self.boxes.items():
            box.observe(lambda change, key=item_id: self._store(key, change["new"]), names="value")
        intro = f"<br><small>{escape(self.info.intro)}</small>" if self.closure else ""
        self._box = widgets.VBox([widgets.HTML(f"<b>{escape(self.title)}</b>{intro}"), *self.boxes.values()])

    @property
    def widget(self) -> widgets.Widget:
        """The checkboxes."""
        return self._box

    @property
    def ticked(self) -> list[str]:
        """The ids of the ticked items, in guide order."""
        return [item_id for item_id, box in self.boxes.items() if box.value]

    def describe(self) -> str:
        """Plain-text view: one line per item, [x] when ticked."""
        lines = [self.title] + ([self.info.intro] if self.closure else [])
        lines += [f"[{'x' if box.value else ' '}] {box.description}" for box in self.boxes.values()]
        return "\n".join(lines)

    def tick(self, item_id: str, done: bool = True) -> None:
        """Tick (or untick) one item; unknown ids are an error naming the valid ones."""
        if item_id not in self.boxes:
            raise KeyError(f"no item {item_id!r} in this checklist; items are: {', '.join(self.boxes)}")
        self.boxes[item_id].value = done

    def fill(self, ticked: Iterable[str] = ()) -> None:
        """Tick exactly the items in `ticked`."""
        wanted = set(ticked)
        for item_id in self.boxes:
            self.tick(item_id, item_id in wanted)

    def submit(self) -> list[str]:
        """Ticks are saved as they change; returns the ticked ids."""
        return self.ticked

    def _store(self, item_id: str, done: bool) -> None:
        self.journal.set_ticked(item_id, done)
        self._notify()
