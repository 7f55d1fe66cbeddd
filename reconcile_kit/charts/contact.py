"""The whole story on one axis: every contact on its lane with the guide's stages behind it, and the stages as bars.

Same conventions as every chart (charts/__init__.py): Figure out, ``ax=None``, ``name="them"``,
``now=None``, never pyplot, a friendly figure for an empty timeline, aggregates for long histories.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .. import cadence, clock
from ..cadence.events import held_back_times
from ..care.closing import was_blocked
from ..guide.stages import BEFORE, stage_spans
from ..model import LABELS, VOCABULARY
from . import base as style

__all__ = ["contact_timeline", "stage_progress"]

_LANES = {"out": 0, "both": 1, "in": 2}
HELD_BACK_LABEL = "Held back (not sent)"
HELD_BACK_GID = "held_back"  # the marker set's id, so tests can tell it from the contacts
_KEY_EVENTS = (
    ("meet_ask", "Asked to meet"),
    ("meeting", "First meeting"),
    ("apology", "Apology"),
    ("date", "A date"),
    ("refusal", "{S} said no"),
    ("boundary", "{S} asked for no contact"),
)
# A boundary the user logged as a block (its summary, text or tags say so) reads in their own word.
_BLOCKED_LABEL = "{S} blocked you"


def _zone(tz: str | tzinfo | None) -> tzinfo:
    """The zone a chart's dates are read in: `tz` (a name or a tzinfo), else this computer's (`clock`)."""
    return tz if isinstance(tz, tzinfo) else clock.zone_named(tz)


def _lane_labels(name: str) -> list[str]:
    """Return the y labels of the three direction lanes, bottom to top."""
    return ["You reached out", "You met", f"{style.their(name).subject(start=True)} reached out"]


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


def _draw_daily(ax: Axes, t: np.ndarray, y: np.ndarray, zone: tzinfo) -> list[Line2D | Patch]:
    """Draw one dot per day (in the user's zone) and lane, its size growing with the number of events that day."""
    day = style.local_days(t, zone)
    first = int(day.min()) if len(day) else 0
    per_slot = np.bincount((day - first) * 3 + y, minlength=3)
    keys = np.flatnonzero(per_slot)
    counts = per_slot[keys]
    days, lanes = keys // 3 + first, keys % 3
    x = style.day_numbers(style.noon_of(days, zone))
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


def _draw_held_back(ax: Axes, df: pd.DataFrame, now: datetime | None, zone: tzinfo) -> list[Line2D | Patch]:
    """Mark the messages the user held back on their own lane, apart from contact (never counted as one)."""
    held = held_back_times(df, now)
    if not len(held):
        return []
    if len(held) > style.DENSE_LIMIT:  # one mark a day (in the user's zone) is enough to see when the urges came
        held = style.noon_of(np.unique(style.local_days(held, zone)), zone)
    x = style.day_numbers(held)
    ax.scatter(x, np.full(len(x), _LANES["out"]), marker="x", s=40, color=style.DIRECTION_COLOURS["out"],
               linewidths=1.2, zorder=2, gid=HELD_BACK_GID)  # fmt: skip
    return [Line2D([], [], marker="x", color=style.DIRECTION_COLOURS["out"], linestyle="", label=HELD_BACK_LABEL)]


def _stage_name(stage: str) -> str:
    """A span's name as the charts show it: the stage's label, or "Before (as it was)"."""
    return style.BEFORE_LABEL if stage == BEFORE else LABELS["stage"][stage]


def _stage_bands(ax: Axes, df: pd.DataFrame, now: datetime | None, since: datetime | None) -> list[Line2D | Patch]:
    """Shade each stage's span behind the events and name it at the top; the "before" band gets a legend entry."""
    spans = stage_spans(df, now, since=since)
    starts, ends = style.day_numbers(style.ns(spans["start"])), style.day_numbers(style.ns(spans["end"]))
    width = max(float(ends.max() - starts.min()), 1.0) if len(spans) else 1.0
    # a handful of spans: a loop over spans, not rows
    for i, (stage, start, end) in enumerate(zip(spans["stage"], starts, ends, strict=True)):
        ax.axvspan(
            start, max(end, start + 0.2), color=style.STAGE_COLOURS[stage], alpha=0.13, linewidth=0, zorder=0
        )
        if (end - start) / width >= 0.04 or i == len(spans) - 1:  # name only bands wide enough to read
            late = (start - starts.min()) / width > 0.75  # near the right edge: end the name at the band's end,
            ax.text(  # so it stays inside the axes instead of running into the legend
                max(end, start + 0.2) if late else start,
                0.99 - 0.07 * (i % 2),
                _stage_name(stage) + " " if late else " " + _stage_name(stage),
                transform=ax.get_xaxis_transform(),
                fontsize=8,
                va="top",
                ha="right" if late else "left",
                color="#444444",
                gid="stage_band",
            )
    if BEFORE not in set(spans["stage"]):
        return []
    return [Patch(color=style.STAGE_COLOURS[BEFORE], alpha=0.3, label=style.BEFORE_LABEL)]


def _key_events(ax: Axes, ev: pd.DataFrame, x: np.ndarray, y: np.ndarray, name: str, blocked: bool = False) -> None:
    """Label the first reply and the first of each milestone kind with a short note (`blocked`: the boundary was a block)."""
    direction = ev["direction"].to_numpy(dtype=object)
    marks = [(np.flatnonzero(direction == "in")[:1], "First reply")]
    if "kind" in ev:
        kind = ev["kind"].to_numpy(dtype=object)
        labels = [(k, _BLOCKED_LABEL if k == "boundary" and blocked else label) for k, label in _KEY_EVENTS]
        marks += [(np.flatnonzero(kind == k)[:1], label) for k, label in labels]
    for hits, label in marks:  # a handful of milestones, not a loop over rows
        if len(hits) and not np.isnan(y[hits[0]]):
            text = label.format(S=style.their(name).subject(start=True))
            ax.annotate(
                text,
                (x[hits[0]], y[hits[0]]),
                xytext=(4, 10),
                textcoords="offset points",
                fontsize=8,
                arrowprops={"arrowstyle": "-", "color": "#777777"},
            )


def contact_timeline(
    df: pd.DataFrame, *, ax: Axes | None = None, name: str = "them", now: datetime | None = None,
    since: datetime | None = None, tz: str | tzinfo | None = None,
) -> Figure:
    """Draw every contact on three lanes (you / met / them), with stage bands and milestones.

    The dates on the axis, and the days of the dense view, are on the calendar of ``tz`` (pass
    ``clock.zone_for(journal)``; default this computer's zone, `clock.local_zone`), as the heatmaps'.

    With ``since`` (the start of the reconnection window, ``AdviceSettings.window_start``) the
    contacts before it are shaded grey as one band, "Before (as it was)", never as a stage.

    Markers show the channel and colours the tone. Above ``style.DENSE_LIMIT`` events the chart
    draws one dot per day and lane instead, sized by how many events the day held. Messages the
    user held back (kind ``held_back``) get their own cross on the "you" lane; they are not
    contact, so nothing else in the chart counts them.
    """
    ev = cadence.contact_events(df, now)
    if ev.empty:
        return style.message_figure(ax=ax, detail="Your contacts will appear here once you log one.")
    zone = _zone(tz)
    fig, ax = style.new_axes(ax)
    t = style.ns(ev["at"])
    direction = ev["direction"]
    y = np.select([(direction == d).to_numpy(dtype=bool) for d in _LANES], list(_LANES.values()), np.nan)
    x = style.day_numbers(t)
    bands = _stage_bands(ax, df, now, since)
    if len(ev) > style.DENSE_LIMIT:
        known = ~np.isnan(y)
        handles = _draw_daily(ax, t[known], y[known].astype(np.int64), zone)
    else:
        handles = _draw_events(ax, ev, x, y)
        blocked = "kind" in ev and bool(ev["kind"].eq("boundary").any()) and was_blocked(df, now)
        _key_events(ax, ev, x, y, name, blocked)
    handles += _draw_held_back(ax, df, now, zone) + bands
    ax.set_yticks(list(_LANES.values()), _lane_labels(name))
    ax.set_ylim(-0.6, 3.0)
    style.date_axis(ax, zone)
    style.finish(ax, f"Your contact with {name}", "Date", "")
    style.side_legend(ax, handles=handles)
    return fig


def stage_progress(
    df: pd.DataFrame, *, ax: Axes | None = None, name: str = "them", now: datetime | None = None,
    since: datetime | None = None, tz: str | tzinfo | None = None,
) -> Figure:
    """Draw when each stage of the guide began and how long it lasted (``guide.stages.stage_spans``).

    With ``since`` the time before the reconnection window is its own grey bar, "Before (as it was)".
    The dates on the axis are on the calendar of ``tz`` (default this computer's zone), as in `contact_timeline`.
    """
    spans = stage_spans(df, now, since=since)
    if spans.empty:
        return style.message_figure(ax=ax, detail="The stages you move through will show here.")
    fig, ax = style.new_axes(ax, figsize=(9.0, 3.0))
    shown = (*VOCABULARY["stage"], *([BEFORE] if BEFORE in set(spans["stage"]) else []))
    row = {stage: len(shown) - 1 - i for i, stage in enumerate(shown)}
    left = style.day_numbers(style.ns(spans["start"]))
    width = np.maximum(style.day_numbers(style.ns(spans["end"])) - left, 0.5)  # a one-day stage stays visible
    ax.barh(
        spans["stage"].map(row).to_numpy(),
        width,
        left=left,
        height=0.6,
        color=[style.STAGE_COLOURS[s] for s in spans["stage"]],
    )
    ax.set_yticks(list(row.values()), [_stage_name(s) for s in row])
    style.date_axis(ax, _zone(tz))
    style.finish(ax, f"Stages so far with {name}", "Date", "")
    return fig
