"""The rhythm of contact: silences between conversations, who starts them, reply times, contacts per week.

Same conventions as every chart (charts/__init__.py). Honest with little data: below the
minimums the summary uses for "too early to tell" (`cadence.summary`: 3 quiet spells, 3 replies)
the gap and reply-time charts keep their title and say how many there are so far
(`too_early`) instead of drawing a near-empty picture.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FormatStrFormatter, MaxNLocator, PercentFormatter

from .. import cadence
from ..cadence.summary import MIN_GAPS, MIN_REPLIES
from . import base as style

__all__ = ["gap_chart", "initiative_chart", "reply_time_chart", "weekly_contacts_chart", "too_early"]

WARM_WAIT_DAYS = 3.0  # S1.3: after a warm reply, give it a few days
PESTER_GAP_DAYS = 1.0  # S1.5: conversations closer than this can feel like a lot


def too_early(title: str, count: int, minimum: int, things: str, ax: Axes | None = None) -> Figure:
    """A chart's placeholder below its minimum: its title, "Too early to tell" and the count so far.

    :param things: what is counted, in the plural ("replies")
    """
    fig, ax = style.new_axes(ax)
    style.message_figure("Too early to tell", ax=ax, detail=f"This chart fills in from {minimum} {things}; {count} so far.")
    ax.set_title(title, loc="left", fontsize=12)
    return fig


def gap_chart(
    df: pd.DataFrame,
    *,
    ax: Axes | None = None,
    name: str = "them",
    now: datetime | None = None,
    wait_days: float = WARM_WAIT_DAYS,
    pester_days: float = PESTER_GAP_DAYS,
) -> Figure:
    """Draw the quiet spells between conversations, with the two reference lines of the guide.

    ``wait_days`` marks the pause the guide suggests after a warm reply (S1.3); spells under
    ``pester_days`` mark conversations so close together they may feel like a lot (S1.5).
    """
    if cadence.contact_events(df, now).empty:
        return style.message_figure(ax=ax, detail="The time between conversations will show here.")
    g = cadence.gaps(df, now=now)
    title = f"Time between your conversations with {name}"
    if g.empty:
        return style.message_figure(
            "Only one conversation so far", ax=ax, detail="Gaps appear from the second one on."
        )
    if len(g) < MIN_GAPS:
        return too_early(title, len(g), MIN_GAPS, "quiet spells", ax)
    fig, ax = style.new_axes(ax)
    x = style.day_numbers(style.ns(g["end"]))
    days = g["days"].to_numpy(dtype=float)
    top = max(float(np.max(days)), wait_days)
    floor = 0.2 if top > 30 else 0.0  # one long silence would flatten the rest: use a log scale
    if len(g) > style.DENSE_LIMIT:
        weekly = g.set_index("end")["days"].resample("W").median().dropna()
        ax.plot(
            style.day_numbers(style.ns(weekly.index.to_series())),
            weekly.to_numpy(),
            color=style.OKABE_ITO["blue"],
            label="Weekly median",
        )
    else:
        warm = g["after_warm_reply"].to_numpy(dtype=bool)
        colours = np.where(warm, style.TONE_COLOURS["positive"], style.OKABE_ITO["blue"])
        ax.vlines(x, floor, days, colors=list(colours), linewidth=2)
        ax.scatter(x, days, c=colours, s=25, zorder=3)
        ax.scatter([], [], color=style.TONE_COLOURS["positive"], label="After a warm reply")
        ax.scatter([], [], color=style.OKABE_ITO["blue"], label="Other quiet spells")
    ax.axhline(
        wait_days,
        color=style.OKABE_ITO["bluish_green"],
        linestyle="--",
        label=f"Wait after a warm reply: {wait_days:g} days",
    )
    ax.axhline(
        pester_days,
        color=style.OKABE_ITO["vermillion"],
        linestyle=":",
        label=f"Closer than {pester_days:g} day can feel like a lot",
    )
    if floor:
        ax.set_yscale("log")
        ax.yaxis.set_major_formatter(FormatStrFormatter("%g"))
    ax.set_ylim(floor, top * (1.6 if floor else 1.15))
    style.date_axis(ax)
    style.finish(
        ax,
        title,
        "When the next conversation began",
        "Days between conversations",
    )
    style.side_legend(ax)
    return fig


def initiative_chart(
    df: pd.DataFrame,
    *,
    ax: Axes | None = None,
    name: str = "them",
    now: datetime | None = None,
    window: int = 10,
) -> Figure:
    """Draw the share of recent conversations you started (rolling over ``window`` conversations)."""
    conv = cadence.conversations(df, now=now)
    if conv.empty:
        return style.message_figure(ax=ax, detail="Who starts the conversations will show here.")
    fig, ax = style.new_axes(ax)
    share = conv["initiated"].astype(float).rolling(window, min_periods=1).mean().to_numpy()
    x = style.day_numbers(style.ns(conv["start"]))
    ax.plot(
        x,
        share,
        color=style.OKABE_ITO["blue"],
        marker="o" if len(conv) <= 200 else None,
        markersize=4,
        label="Started by you",
    )
    ax.axhline(0.5, color=style.GREY, linestyle="--", label="Half and half")
    ax.set_ylim(-0.05, 1.05)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    style.date_axis(ax)
    style.finish(ax, "Who starts the conversations", "Date", f"Started by you (last {window})")
    style.side_legend(ax)
    return fig


def reply_time_chart(
    df: pd.DataFrame, *, ax: Axes | None = None, name: str = "them", now: datetime | None = None
) -> Figure:
    """Draw how long each reply took, with a running median (weekly medians for long histories)."""
    if cadence.contact_events(df, now).empty:
        return style.message_figure(ax=ax, detail="Reply times will show here.")
    r = cadence.reply_times(df, now=now)
    title = f"How long {style.their(name).subject()} took to reply"
    if r.empty:
        return style.message_figure(
            "No replies logged yet", ax=ax, detail="Reply times appear once a reply follows a message."
        )
    if len(r) < MIN_REPLIES:
        return too_early(title, len(r), MIN_REPLIES, "replies", ax)
    fig, ax = style.new_axes(ax)
    hours = r.set_index("replied_at")["hours"]
    if len(r) > style.DENSE_LIMIT:
        trend = hours.resample("W").median().dropna()
    else:
        ax.scatter(
            style.day_numbers(style.ns(r["replied_at"])),
            hours.to_numpy(),
            color=style.OKABE_ITO["orange"],
            s=25,
            zorder=3,
            label="One reply",
        )
        trend = hours.rolling(5, min_periods=1).median()
    ax.plot(
        style.day_numbers(style.ns(trend.index.to_series())),
        trend.to_numpy(),
        color=style.OKABE_ITO["blue"],
        label="Typical (median)",
    )
    ax.set_ylim(bottom=0)
    style.date_axis(ax)
    style.finish(ax, title, "Date of the reply", "Hours until a reply")
    style.side_legend(ax)
    return fig


def weekly_contacts_chart(
    df: pd.DataFrame, *, ax: Axes | None = None, name: str = "them", now: datetime | None = None
) -> Figure:
    """Draw contacts per week, stacked by who reached out (areas instead of bars past ~3 years)."""
    w = cadence.weekly_counts(df, now=now)
    if w.empty:
        return style.message_figure(ax=ax, detail="Your weekly contacts will show here.")
    fig, ax = style.new_axes(ax)
    x = style.day_numbers(style.ns(w.index.to_series()))
    labels = {
        "out": "You reached out",
        "in": f"{style.their(name).subject(start=True)} reached out",
        "both": "You met",
    }
    if len(w) <= 156:
        bottom = np.zeros(len(w))
        for direction, label in labels.items():  # three stacked series
            ax.bar(
                x,
                w[direction].to_numpy(),
                width=6,
                bottom=bottom,
                align="edge",
                color=style.DIRECTION_COLOURS[direction],
                label=label,
            )
            bottom += w[direction].to_numpy()
    else:
        ax.stackplot(
            x,
            *[w[d].to_numpy() for d in labels],
            labels=list(labels.values()),
            colors=[style.DIRECTION_COLOURS[d] for d in labels],
            step="post",
        )
    if len(w) < 8:  # a lone week would fill the whole width: show it among eight
        ax.set_xlim(x[-1] - 7 * 7, x[-1] + 7)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # contacts are whole numbers
    style.date_axis(ax)
    style.finish(ax, "Contacts each week", "Week", "Contacts in the week")
    style.side_legend(ax)
    return fig
