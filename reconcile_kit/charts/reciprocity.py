"""Whether the conversation goes both ways: words per message each week, yours and theirs, and style matching.

Same conventions as every chart (charts/__init__.py). The figures are `cadence.reciprocity`'s
weekly ones (docs/cadence.md, "Reciprocity").
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .. import cadence
from . import base as style

__all__ = ["MIN_WEEKS_DRAWN", "reciprocity_chart"]

MIN_WEEKS_DRAWN = 2  # weeks in which you both wrote something, before the chart draws lines
_MARKERS_UP_TO = 60  # weeks; beyond that, plain lines


def reciprocity_chart(
    df: pd.DataFrame,
    *,
    ax: Axes | None = None,
    name: str = "them",
    now: datetime | None = None,
) -> Figure:
    """Draw words per message each week, yours and theirs, with language style matching on a second scale."""
    if cadence.contact_events(df, now).empty:
        return style.message_figure(ax=ax, detail="How the conversation goes both ways will show here.")
    weekly = cadence.weekly_style(df, now=now)
    both = (weekly["my_messages"] > 0) & (weekly["their_messages"] > 0)
    if int(both.sum()) < MIN_WEEKS_DRAWN:
        return style.message_figure(
            "Not enough messages with text yet",
            ax=ax,
            detail=f"Words per message show once you have both written in {MIN_WEEKS_DRAWN} different weeks.",
        )
    fig, ax = style.new_axes(ax)
    person = style.their(name)
    x = style.day_numbers(style.ns(weekly.index))
    marker = "o" if len(weekly) <= _MARKERS_UP_TO else None
    for column, colour, label in (
        ("my_words_per_message", style.DIRECTION_COLOURS["out"], "You"),
        ("their_words_per_message", style.DIRECTION_COLOURS["in"], person.label if person.name else "Them"),
    ):
        ax.plot(x, weekly[column].to_numpy(dtype=float), color=colour, marker=marker, markersize=4, label=label)
    matching = weekly["style_matching"].to_numpy(dtype=float)
    handles, labels = ax.get_legend_handles_labels()
    if not np.isnan(matching).all():
        twin = ax.twinx()
        # always with markers: a week measured between unmeasured ones has no line to draw
        (line,) = twin.plot(x, matching, color=style.OKABE_ITO["bluish_green"], linestyle="--", marker="o",
                            markersize=3, label="Style matching (right)")  # fmt: skip
        twin.set_ylim(0, 1.05)
        twin.set_ylabel("Style matching (1 = the same)")
        twin.spines[["top"]].set_visible(False)
        handles, labels = [*handles, line], [*labels, line.get_label()]
    ax.set_ylim(bottom=0)
    style.date_axis(ax)
    style.finish(ax, f"Words per message each week, you and {person.object()}", "Week", "Words per message")
    ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.08, 1.0), fontsize=8, frameon=False)
    return fig
