"""Messages held back beside messages sent, week by week: the urges to write, and what was done with them (S1.5).

A held-back message (kind ``held_back``) is one the user wanted to send and did not. It is never
contact (``cadence.events``), so this is the one chart that counts them. Same conventions as
every chart (charts/__init__.py).
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .. import cadence
from ..cadence.events import held_back_times, to_times
from . import base as style

__all__ = ["held_back_chart"]

HELD_BACK_COLOUR = style.OKABE_ITO["reddish_purple"]
NOTHING_HELD_BACK = "Nothing held back yet"


def _weekly(df: pd.DataFrame, held: np.ndarray, now: datetime | None) -> pd.DataFrame:
    """Columns ``held_back`` and ``sent`` per calendar week (the weeks of `cadence.weekly_counts`)."""
    sent = cadence.weekly_counts(df, now=now)["out"]
    as_contacts = pd.DataFrame({"at": to_times(held), "direction": "out"})  # binned like contacts, never mixed in
    held_back = cadence.weekly_counts(as_contacts)["out"]
    weeks = sent.index.union(held_back.index)
    every = pd.date_range(weeks.min(), weeks.max(), freq="7D", name="week")
    return pd.DataFrame({"held_back": held_back.reindex(every, fill_value=0),
                         "sent": sent.reindex(every, fill_value=0)})  # fmt: skip


def held_back_chart(
    df: pd.DataFrame, *, ax: Axes | None = None, name: str = "them", now: datetime | None = None
) -> Figure:
    """Draw, per week, the messages to `name` the user held back beside the contacts they made.

    The chart describes and never judges: writing a message down instead of sending it is a
    kind thing to do while waiting (S1.5). With nothing held back it says so.
    """
    if len(df) == 0:
        return style.message_figure(ax=ax, detail="Messages you hold back will show here beside the ones you sent.")
    held = held_back_times(df, now)
    if not len(held):
        return style.message_figure(
            NOTHING_HELD_BACK, ax=ax,
            detail="When you write a message and decide not to send it, log it as held back: it shows here.",
        )  # fmt: skip
    w = _weekly(df, held, now)
    fig, ax = style.new_axes(ax)
    x = style.day_numbers(style.ns(w.index.to_series()))
    ax.bar(x, w["held_back"].to_numpy(), width=3, align="edge", color=HELD_BACK_COLOUR, label="You held back (not sent)")
    ax.bar(x + 3, w["sent"].to_numpy(), width=3, align="edge", color=style.DIRECTION_COLOURS["out"],
           label="You reached out")  # fmt: skip
    if len(w) < 8:  # a lone week would fill the whole width: show it among eight
        ax.set_xlim(x[-1] - 7 * 7, x[-1] + 7)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    style.date_axis(ax)
    style.finish(ax, f"Messages to {name}: held back and sent", "Week", "Messages in the week")
    style.side_legend(ax)
    return fig
