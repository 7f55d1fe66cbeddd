"""Charts of the contact rhythm: timeline DataFrame in, ``matplotlib.figure.Figure`` out.

Every chart accepts ``ax=None`` (draw into your own axes), ``name="them"`` (the other person,
used in titles and labels) and ``now=None`` (events after it are left out). None calls
``plt.show()`` or touches pyplot, and an empty timeline gives a figure that says
"Nothing logged yet". Large histories are aggregated before drawing (per day or per week),
so a million messages draw as quickly as a few hundred. Definitions: ``docs/cadence.md``.

Example::

    from reconcile_kit import charts
    charts.gap_chart(journal.timeline(), name="Robin")
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FormatStrFormatter, MaxNLocator, PercentFormatter

from reconcile_kit import cadence
from reconcile_kit import chart_style as style
from reconcile_kit.charts_extra import (
    calendar_heatmap,
    mood_chart,
    stage_progress,
    tone_trend,
    weekday_hour_heatmap,
)

__all__ = [
    "calendar_heatmap",
    "contact_timeline",
    "gap_chart",
    "initiative_chart",
    "mood_chart",
    "reply_time_chart",
    "stage_progress",
    "tone_trend",
    "weekday_hour_heatmap",
    "weekly_contacts_chart",
]

# The ten charts, in the order the notebooks show them (benchmarks and tests walk this).
CHART_NAMES: tuple[str, ...] = (
    "contact_timeline",
    "gap_chart",
    "initiative_chart",
    "reply_time_chart",
    "weekly_contacts_chart",
    "weekday_hour_heatmap",
    "calendar_heatmap",
    "tone_trend",
    "stage_progress",
    "mood_chart",
)
DENSE_LIMIT = 3_000  # above this many points a chart draws per-day or per-week aggregates
WARM_WAIT_DAYS = 3.0  # S1.3: after a warm reply, give it a few days
PESTER_GAP_DAYS = 1.0  # S1.5: conversations closer than this can feel like a lot
_LANES = {"out": 0, "both": 1, "in": 2}
_KEY_EVENTS = (
    ("meet_ask", "Asked to meet"),
    ("meeting", "First meeting"),
    ("apology", "Apology"),
    ("date", "A date"),
    ("refusal", "{S} said no"),
    ("boundary", "{S} asked for space"),
)


def _ns(times: pd.Series) -> np.ndarray:
    """Return a tz-aware datetime Series as int64 nanoseconds (UTC)."""
    return times.to_numpy(dtype="datetime64[ns]").view(np.int64)


def _lane_labels(name: str) -> list[str]:
    """Return the y labels of the three direction lanes, bottom to top."""
    return ["You reached out", "You met", f"{style.capital(style.subject(name))} reached out"]


def _draw_events(ax: Axes, ev: pd.DataFrame, x: np.ndarray, y: np.ndarray) -> list[Line2D | Patch]:
    """Scatter each event: marker by channel, colour by tone; return legend handles."""
    channel = (
        ev["channel"].astype(object).fillna("other") if "channel" in ev else pd.Series("text", index=ev.index)
    )
    tone = ev["tone"].astype(object).fillna("none") if "tone" in ev else pd.Series("none", index=ev.index)
    colours = tone.map(style.TONE_COLOURS).fillna(style.GREY).to_numpy(dtype=object)
    handles: list[Line2D | Patch] = []
    for ch in [c for c in style.CHANNEL_MARKERS if c in set(channel)]:  # at most nine channels
        mask = (channel == ch).to_numpy(dtype=bool)
        marker = style.CHANNEL_MARKERS[ch]
        ax.scatter(
            x[mask],
            y[mask],
            marker=marker,
            c=list(colours[mask]),
            s=60,
            edgecolors="#333333",
            linewidths=0.4,
            zorder=3,
        )
        handles.append(
            Line2D([], [], marker=marker, color="#555555", linestyle="", label=style.CHANNEL_LABELS[ch])
        )
    for key in [k for k in style.TONE_COLOURS if k in set(tone)]:
        handles.append(Patch(color=style.TONE_COLOURS[key], label=style.TONE_LABELS[key]))
    return handles


def _draw_daily(ax: Axes, t: np.ndarray, y: np.ndarray) -> list[Line2D | Patch]:
    """Draw one dot per day and lane, its size growing with the number of events that day."""
    day = t // (86_400 * 10**9)
    first = int(day.min()) if len(day) else 0
    per_slot = np.bincount((day - first) * 3 + y, minlength=3)
    keys = np.flatnonzero(per_slot)
    counts = per_slot[keys]
    days, lanes = keys // 3 + first, keys % 3
    x = style.day_numbers(days * 86_400 * 10**9 + 43_200 * 10**9)
    sizes = 12 + 60 * np.sqrt(counts / counts.max())
    for direction, lane in _LANES.items():
        mask = lanes == lane
        ax.scatter(
            x[mask],
            lanes[mask],
            s=sizes[mask],
            color=style.DIRECTION_COLOURS[direction],
            alpha=0.7,
            linewidths=0,
            zorder=3,
        )
    return [Line2D([], [], marker="o", color="#555555", linestyle="", label="Bigger dot: more that day")]


def _stage_bands(ax: Axes, df: pd.DataFrame, now: datetime | None) -> None:
    """Shade each stage's span behind the events and name it at the top."""
    spans = cadence.stage_spans(df, now)
    starts, ends = style.day_numbers(_ns(spans["start"])), style.day_numbers(_ns(spans["end"]))
    width = max(float(ends.max() - starts.min()), 1.0) if len(spans) else 1.0
    # a handful of spans: a loop over spans, not rows
    for i, (stage, start, end) in enumerate(zip(spans["stage"], starts, ends, strict=True)):
        ax.axvspan(
            start, max(end, start + 0.2), color=style.STAGE_COLOURS[stage], alpha=0.13, linewidth=0, zorder=0
        )
        if (end - start) / width >= 0.04 or i == len(spans) - 1:  # name only bands wide enough to read
            ax.text(
                start,
                0.99 - 0.07 * (i % 2),
                " " + style.STAGE_LABELS[stage],
                transform=ax.get_xaxis_transform(),
                fontsize=8,
                va="top",
                color="#444444",
            )


def _key_events(ax: Axes, ev: pd.DataFrame, x: np.ndarray, y: np.ndarray, name: str) -> None:
    """Label the first reply and the first of each milestone kind with a short note."""
    direction = ev["direction"].to_numpy(dtype=object)
    marks = [(np.flatnonzero(direction == "in")[:1], "First reply")]
    if "kind" in ev:
        kind = ev["kind"].to_numpy(dtype=object)
        marks += [(np.flatnonzero(kind == k)[:1], label) for k, label in _KEY_EVENTS]
    for hits, label in marks:  # a handful of milestones, not a loop over rows
        if len(hits) and not np.isnan(y[hits[0]]):
            text = label.format(S=style.capital(style.subject(name)))
            ax.annotate(
                text,
                (x[hits[0]], y[hits[0]]),
                xytext=(4, 10),
                textcoords="offset points",
                fontsize=8,
                arrowprops={"arrowstyle": "-", "color": "#777777"},
            )


def contact_timeline(
    df: pd.DataFrame, *, ax: Axes | None = None, name: str = "them", now: datetime | None = None
) -> Figure:
    """Draw every contact on three lanes (you / met / them), with stage bands and milestones.

    Markers show the channel and colours the tone. Above ``DENSE_LIMIT`` events the chart
    draws one dot per day and lane instead, sized by how many events the day held.
    """
    ev = cadence.contact_events(df, now)
    if ev.empty:
        return style.message_figure(ax=ax, detail="Your contacts will appear here once you log one.")
    fig, ax = style.new_axes(ax)
    t = _ns(ev["at"])
    direction = ev["direction"]
    y = np.select([(direction == d).to_numpy(dtype=bool) for d in _LANES], list(_LANES.values()), np.nan)
    x = style.day_numbers(t)
    _stage_bands(ax, df, now)
    if len(ev) > DENSE_LIMIT:
        known = ~np.isnan(y)
        handles = _draw_daily(ax, t[known], y[known].astype(np.int64))
    else:
        handles = _draw_events(ax, ev, x, y)
        _key_events(ax, ev, x, y, name)
    ax.set_yticks(list(_LANES.values()), _lane_labels(name))
    ax.set_ylim(-0.6, 3.0)
    style.date_axis(ax)
    style.finish(ax, f"Your contact with {name}", "Date", "")
    style.side_legend(ax, handles=handles)
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
    if g.empty:
        return style.message_figure(
            "Only one conversation so far", ax=ax, detail="Gaps appear from the second one on."
        )
    fig, ax = style.new_axes(ax)
    x = style.day_numbers(_ns(g["end"]))
    days = g["days"].to_numpy(dtype=float)
    top = max(float(np.max(days)), wait_days)
    floor = 0.2 if top > 30 else 0.0  # one long silence would flatten the rest: use a log scale
    if len(g) > DENSE_LIMIT:
        weekly = g.set_index("end")["days"].resample("W").median().dropna()
        ax.plot(
            style.day_numbers(_ns(weekly.index.to_series())),
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
        f"Time between your conversations with {name}",
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
    x = style.day_numbers(_ns(conv["start"]))
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
    if r.empty:
        return style.message_figure(
            "No replies logged yet", ax=ax, detail="Reply times appear once a reply follows a message."
        )
    fig, ax = style.new_axes(ax)
    hours = r.set_index("replied_at")["hours"]
    if len(r) > DENSE_LIMIT:
        trend = hours.resample("W").median().dropna()
    else:
        ax.scatter(
            style.day_numbers(_ns(r["replied_at"])),
            hours.to_numpy(),
            color=style.OKABE_ITO["orange"],
            s=25,
            zorder=3,
            label="One reply",
        )
        trend = hours.rolling(5, min_periods=1).median()
    ax.plot(
        style.day_numbers(_ns(trend.index.to_series())),
        trend.to_numpy(),
        color=style.OKABE_ITO["blue"],
        label="Typical (median)",
    )
    ax.set_ylim(bottom=0)
    style.date_axis(ax)
    style.finish(
        ax, f"How long {style.subject(name)} took to reply", "Date of the reply", "Hours until a reply"
    )
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
    x = style.day_numbers(_ns(w.index.to_series()))
    labels = {
        "out": "You reached out",
        "in": f"{style.capital(style.subject(name))} reached out",
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
