"""What every chart shares: one look (a colour-blind-safe palette, readable dates, plain gentle words), the density limit, figure helpers.

Colours are the Okabe-Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays
distinguishable for the common forms of colour blindness. Titles describe, never judge.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any, cast

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import Colormap, LinearSegmentedColormap
from matplotlib.figure import Figure

from ..person import Person

OKABE_ITO: dict[str, str] = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}
GREY = "#999999"  # for "not noted": a neutral that never competes with the palette

DIRECTION_COLOURS = {"out": OKABE_ITO["blue"], "in": OKABE_ITO["orange"], "both": OKABE_ITO["bluish_green"]}
TONE_COLOURS = {
    "positive": OKABE_ITO["bluish_green"],
    "neutral": OKABE_ITO["sky_blue"],
    "negative": OKABE_ITO["vermillion"],
    "none": GREY,
}
TONE_LABELS = {"positive": "Warm", "neutral": "Neutral", "negative": "Cool", "none": "Not noted"}
STAGE_COLOURS = {
    "contact": OKABE_ITO["sky_blue"],
    "meet_ask": OKABE_ITO["yellow"],
    "catch_up": OKABE_ITO["bluish_green"],
    "heart_to_heart": OKABE_ITO["reddish_purple"],
    "outcome": OKABE_ITO["orange"],
    "before": GREY,  # the relationship as it was, before the reconnection window (guide.stages.BEFORE)
}
BEFORE_LABEL = "Before (as it was)"
CHANNEL_MARKERS = {
    "text": "o",
    "email": "s",
    "call": "^",
    "video_call": "v",
    "voice_message": "D",
    "in_person": "*",
    "social": "P",
    "letter": "X",
    "other": ".",
}
CHANNEL_LABELS = {
    "text": "Text",
    "email": "Email",
    "call": "Call",
    "video_call": "Video call",
    "voice_message": "Voice message",
    "in_person": "In person",
    "social": "Social media",
    "letter": "Letter",
    "other": "Other",
}
ZERO_COLOUR = "#ebedf0"  # a day or hour with no contact
EMPTY_MESSAGE = "Nothing logged yet"
FIGSIZE = (9.0, 3.6)
DENSE_LIMIT = 3_000  # above this many points a chart draws per-day or per-week aggregates


def new_axes(ax: Axes | None = None, figsize: tuple[float, float] = FIGSIZE) -> tuple[Figure, Axes]:
    """Return (figure, axes): the given axes and its figure, or a fresh pyplot-free figure."""
    if ax is not None:
        return cast(Figure, ax.get_figure(root=True)), ax  # an Axes always belongs to a figure
    fig = Figure(figsize=figsize, layout="constrained")
    return fig, fig.add_subplot()


def side_legend(ax: Axes, **options: Any) -> None:
    """The legend every chart uses: small, unframed, to the right of the plot."""
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False, **options)


def finish(ax: Axes, title: str, xlabel: str = "", ylabel: str = "") -> None:
    """Give the axes a plain title and labels, a light grid and no top/right frame."""
    ax.set_title(title, loc="left", fontsize=12)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(True, color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)


NS_DAY = 86_400 * 10**9


def date_axis(ax: Axes, tz: tzinfo | None = None) -> None:
    """Show dates on the x axis compactly ("Mar", "2024", "12"), on the calendar of `tz` (default UTC).

    The points stay where they are (date numbers are instants); only the ticks and their labels
    follow the zone, so a reply at 00:05 in Auckland sits after the tick of its own day there.
    """
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8, tz=tz)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, tz=tz))


def day_numbers(ns: np.ndarray) -> np.ndarray:
    """Return int64 nanoseconds (UTC) as matplotlib date numbers (float days)."""
    return np.asarray(mdates.date2num(np.asarray(ns, dtype=np.int64).view("M8[ns]")), dtype=float)


def local_days(times: np.ndarray, tz: tzinfo) -> np.ndarray:
    """int64 ns (UTC) -> the calendar day of each in `tz`, as days since 1970-01-01 (for day buckets)."""
    wall = pd.DatetimeIndex(np.asarray(times, dtype=np.int64).view("M8[ns]"), tz="UTC").tz_convert(tz).tz_localize(None)
    return np.asarray(wall.asi8, dtype=np.int64) // NS_DAY


def noon_of(days: np.ndarray, tz: tzinfo) -> np.ndarray:
    """Days since 1970-01-01 (`local_days`) -> noon of each day in `tz`, as int64 ns (UTC): one mark a day."""
    wall = pd.DatetimeIndex((np.asarray(days, dtype=np.int64) * NS_DAY + NS_DAY // 2).view("M8[ns]"))
    noon = wall.tz_localize(tz, ambiguous=np.ones(len(wall), dtype=bool), nonexistent="shift_forward")
    return np.asarray(noon.tz_convert("UTC").asi8, dtype=np.int64)


def count_cmap() -> Colormap:
    """Return the colour map for counts: light to deep bluish green, grey below 1, white off-grid.

    Use it with ``vmin=1`` so that zero counts take the grey "under" colour.
    """
    cmap = LinearSegmentedColormap.from_list("contacts", ["#c9eadf", OKABE_ITO["bluish_green"], "#003d2b"])
    return cmap.with_extremes(under=ZERO_COLOUR, bad="white")


def message_figure(message: str = EMPTY_MESSAGE, ax: Axes | None = None, detail: str = "") -> Figure:
    """Return a figure that only says ``message`` (for an empty timeline, never an exception)."""
    fig, ax = new_axes(ax)
    ax.set_axis_off()
    ax.text(0.5, 0.55, message, ha="center", va="center", fontsize=13, transform=ax.transAxes)
    if detail:
        ax.text(
            0.5, 0.4, detail, ha="center", va="center", fontsize=10, color="#555555", transform=ax.transAxes
        )
    return fig


def ns(times: pd.Series | pd.Index) -> np.ndarray:
    """Tz-aware datetimes as int64 nanoseconds (UTC)."""
    return np.asarray(times.to_numpy(dtype="datetime64[ns]")).view(np.int64)


def their(name: str) -> Person:
    """The other person a chart's `name` stands for ("them" = no name set): reconcile_kit.person."""
    return Person.named(name)
