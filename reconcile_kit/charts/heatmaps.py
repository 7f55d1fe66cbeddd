"""When contact happens: a weekday-by-hour heatmap and a calendar of the year, in the user's time zone.

Same conventions as every chart (charts/__init__.py).
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Literal

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .. import cadence
from . import base as style

__all__ = ["calendar_heatmap", "weekday_hour_heatmap"]

_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _local(at: pd.Series, tz: str | tzinfo | None) -> pd.DatetimeIndex:
    """Return the times in ``tz`` (default: this machine's time zone), for day and hour buckets."""
    zone = tz if tz is not None else datetime.now().astimezone().tzinfo
    return pd.DatetimeIndex(at).tz_convert(zone)


def _count_image(ax: Axes, counts: np.ndarray, aspect: Literal["equal", "auto"], label: str) -> None:
    """Draw a grid of counts: grey where zero, deeper green with more, whole-number colour bar."""
    top = max(2.0, float(np.nanmax(counts)))
    image = ax.imshow(
        counts, aspect=aspect, cmap=style.count_cmap(), vmin=1, vmax=top, interpolation="nearest"
    )
    bar = style.new_axes(ax)[0].colorbar(image, ax=ax, label=label, shrink=0.85)
    bar.locator = MaxNLocator(integer=True)
    bar.update_ticks()
    ax.grid(False)


def weekday_hour_heatmap(
    df: pd.DataFrame,
    *,
    ax: Axes | None = None,
    name: str = "them",
    now: datetime | None = None,
    tz: str | tzinfo | None = None,
) -> Figure:
    """Draw a weekday-by-hour grid of how many contacts fell in each slot (local time by default)."""
    ev = cadence.contact_events(df, now)
    if ev.empty:
        return style.message_figure(ax=ax, detail="When you are in touch will show here.")
    fig, ax = style.new_axes(ax, figsize=(9.0, 3.2))
    local = _local(ev["at"], tz)
    counts = np.bincount(local.day_of_week * 24 + local.hour, minlength=7 * 24).reshape(7, 24)
    _count_image(ax, counts, aspect="auto", label="Contacts (grey: none)")
    ax.set_yticks(range(7), _WEEKDAYS)
    ax.set_xticks(range(0, 24, 3), [f"{h:02d}:00" for h in range(0, 24, 3)])
    style.finish(ax, f"When you and {name} are in touch", "Hour of the day", "")
    ax.grid(False)
    return fig


def _year_grid(days: pd.DatetimeIndex, year: int) -> np.ndarray:
    """Return a 7 x 54 grid of contacts per day of ``year`` (rows Mon-Sun, NaN outside the year)."""
    first = pd.Timestamp(year=year, month=1, day=1)
    length = 366 if first.is_leap_year else 365
    slot = np.arange(length) + first.day_of_week  # counted from the Monday of the first week
    counts = np.bincount(np.asarray(days[days.year == year].day_of_year) - 1, minlength=length)
    grid = np.full((7, 54), np.nan)
    grid[slot % 7, slot // 7] = counts
    return grid


def calendar_heatmap(
    df: pd.DataFrame,
    *,
    ax: Axes | None = None,
    name: str = "them",
    now: datetime | None = None,
    year: int | None = None,
    tz: str | tzinfo | None = None,
) -> Figure:
    """Draw a year of days as a grid of weeks, darker on days with more contact (GitHub-style)."""
    ev = cadence.contact_events(df, now)
    if ev.empty:
        return style.message_figure(ax=ax, detail="A calendar of your contact will show here.")
    local = _local(ev["at"], tz).tz_localize(None).normalize()
    shown = int(local[-1].year) if year is None else year
    fig, ax = style.new_axes(ax, figsize=(10.0, 2.4))
    grid = _year_grid(local, shown)
    _count_image(ax, grid, aspect="equal", label="Contacts")
    months = pd.date_range(f"{shown}-01-01", periods=12, freq="MS")
    columns = (months.day_of_year - 1 + pd.Timestamp(year=shown, month=1, day=1).day_of_week) // 7
    ax.set_xticks(columns, months.strftime("%b"))
    ax.set_yticks([0, 2, 4, 6], ["Mon", "Wed", "Fri", "Sun"])
    style.finish(ax, f"Days you were in touch with {name} in {shown}", "", "")
    ax.grid(False)
    ax.spines[["left", "bottom"]].set_visible(False)
    return fig
