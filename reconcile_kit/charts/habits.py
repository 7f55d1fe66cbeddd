"""The slow path's check-ins (S5.3): one row per old habit, a mark for each check-in, kept to it or slipped.

Input is the journal's check-ins (`Journal.check_ins()`: habit_id, at, slipped) and, for the
row names, its habits (`Journal.habits()`: id, name), not the timeline. Otherwise the same
conventions as every chart (charts/__init__.py): Figure out, ``ax=None``, ``name="them"``,
``now=None``, never pyplot, a friendly figure when there is nothing yet. It describes, never
scores: a slip is drawn as plainly as a kept check-in.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from . import base as style

__all__ = ["check_in_chart"]

_KEPT = style.OKABE_ITO["bluish_green"]
_SLIPPED = style.OKABE_ITO["orange"]


def check_in_chart(
    check_ins: pd.DataFrame,
    habits: pd.DataFrame | None = None,
    *,
    ax: Axes | None = None,
    name: str = "them",
    now: datetime | None = None,
) -> Figure:
    """Draw each check-in on its habit's row: a filled dot when you kept to it, a ring when it slipped.

    :param check_ins: `Journal.check_ins()` (habit_id, at, slipped); rows after `now` are left out
    :param habits: `Journal.habits()` (id, name) for the row labels; without it rows read "Habit 1", ...
    :param name: unused here (every chart takes it); the rows are your habits, not theirs
    """
    done = check_ins if now is None else check_ins[check_ins["at"] <= pd.Timestamp(now)]
    if done.empty:
        return style.message_figure(ax=ax, detail="Your check-ins on old habits will show here.")
    ids = list(habits["id"]) if habits is not None else sorted(done["habit_id"].unique())
    names = list(habits["name"]) if habits is not None else [f"Habit {n + 1}" for n in range(len(ids))]
    row = {habit: len(ids) - 1 - i for i, habit in enumerate(ids)}  # the first habit on top
    done = done[done["habit_id"].isin(row)]
    fig, ax = style.new_axes(ax, figsize=(9.0, 1.4 + 0.45 * len(ids)))
    x = style.day_numbers(style.ns(pd.DatetimeIndex(done["at"])))
    y = done["habit_id"].map(row).to_numpy(dtype=float)
    slipped = done["slipped"].to_numpy(dtype=bool)
    ax.scatter(x[~slipped], y[~slipped], s=70, color=_KEPT, zorder=3, label="Kept to it")
    ax.scatter(x[slipped], y[slipped], s=70, facecolors="white", edgecolors=_SLIPPED, linewidths=2, zorder=3,
               label="Slipped")  # fmt: skip
    ax.set_yticks(np.arange(len(ids)), [_short(str(n)) for n in reversed(names)])
    ax.set_ylim(-0.6, len(ids) - 0.4)
    style.date_axis(ax)
    style.finish(ax, "Check-ins on old habits", "Date", "")
    style.side_legend(ax)
    return fig


def _short(label: str, most: int = 40) -> str:
    """A habit's name as a row label: at most `most` characters, an ellipsis when cut."""
    return label if len(label) <= most else label[: most - 1].rstrip() + "…"
