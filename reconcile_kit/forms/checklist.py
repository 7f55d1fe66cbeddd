"""`StageChecklist`: a stage's guide items as checkboxes whose ticks live in the journal."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import Form, escape, guide_ref

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["StageChecklist"]


class StageChecklist(Form):
    """The checklist of one stage; ticking a box stores it in the journal (`set_ticked`).

    :param journal: the open `Journal`.
    :param stage: a stage name ("contact", "meet_ask", ...) or `Stage`.
    """

    def __init__(self, journal: Journal, stage: Any) -> None:
        super().__init__()
        from ..guide import stage_info

        self.journal = journal
        self.info = stage_info(stage)
        self.title = f"Checklist: {self.info.title}"
        done = journal.ticked()
        self.boxes: dict[str, widgets.Checkbox] = {
            item.id: widgets.Checkbox(
                value=item.id in done,
                description=f"{item.text} {guide_ref(item.guide_ids, item.text)}".strip(),
                indent=False,
                layout=widgets.Layout(width="auto"),
            )
            for item in self.info.items
        }
        for item_id, box in self.boxes.items():
            box.observe(lambda change, key=item_id: self._store(key, change["new"]), names="value")
        self._box = widgets.VBox([widgets.HTML(f"<b>{escape(self.title)}</b>"), *self.boxes.values()])

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
        lines = [f"{self.title}"]
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
