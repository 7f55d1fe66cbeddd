"""When contact happens: a weekday-by-hour heatmap and a calendar of the year, in the user's time zone.

Same conventions as every chart (charts/__init__.py). Times are put on the user's calendar:
pass `tz=clock.zone_for(journal)`; without it, this computer's zone (`clock.local_zone`, with its
daylight-saving rules). Honest with little data: a 7 x 24 grid or a year of days drawn from a
handful of contacts is nearly empty, so below `MIN_CONTACTS` contacts (in the year shown, for
the calendar) each keeps its title and says how many there are so far (`rhythm.too_early`).
`calendar_years` lists the years a journal's calendars can show.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Literal

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .. import cadence, clock
from . import base as style
from .rhythm import too_early

__all__ = ["calendar_heatmap", "weekday_hour_heatmap", "calendar_years", "MIN_CONTACTS"]

_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MIN_CONTACTS = 8  # about two weeks of light back-and-forth: fewer leave a grid nearly empty


def _local(at: pd.Series, tz: str | tzinfo | None) -> pd.DatetimeIndex:
    """Return the times in ``tz`` (default: this computer's zone), for day and hour buckets."""
    zone = tz if tz is not None else clock.local_zone()
    return pd.DatetimeIndex(at).tz_convert(zone)


def calendar_years(df: pd.DataFrame, *, now: datetime | None = None, tz: str | tzinfo | None = None) -> list[int]:
    """The years with contact in ``tz`` (default: this computer's zone), oldest first: one calendar each."""
    ev = cadence.contact_events(df, now)
    return sorted({int(year) for year in _local(ev["at"], tz).year}) if not ev.empty else []


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
    """Draw a weekday-by-hour grid of how many contacts fell in each slot, in ``tz`` (see module)."""
    ev = cadence.contact_events(df, now)
    if ev.empty:
        return style.message_figure(ax=ax, detail="When you are in touch will show here.")
    title = f"When you and {name} are in touch"
    if len(ev) < MIN_CONTACTS:
        return too_early(title, len(ev), MIN_CONTACTS, "contacts", ax)
    fig, ax = style.new_axes(ax, figsize=(9.0, 3.2))
    local = _local(ev["at"], tz)
    counts = np.bincount(local.day_of_week * 24 + local.hour, minlength=7 * 24).reshape(7, 24)
    _count_image(ax, counts, aspect="auto", label="Contacts (grey: none)")
    ax.set_yticks(range(7), _WEEKDAYS)
    ax.set_xticks(range(0, 24, 3), [f"{h:02d}:00" for h in range(0, 24, 3)])
    style.finish(ax, title, "Hour of the day", "")
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
    """Draw a year of days as a grid of weeks, darker on days with more contact (GitHub-style).

    :param year: the year to show (default: the year of the latest contact, in ``tz``)
    """
    ev = cadence.contact_events(df, now)
    if ev.empty:
        return style.message_figure(ax=ax, detail="A calendar of your contact will show here.")
    local = _local(ev["at"], tz).tz_localize(None).normalize()
    shown = int(local[-1].year) if year is None else year
    title = f"Days you were in touch with {name} in {shown}"
    in_year = int((local.year == shown).sum())
    if in_year < MIN_CONTACTS:
        return too_early(title, in_year, MIN_CONTACTS, f"contacts in {shown}", ax)
    fig, ax = style.new_axes(ax, figsize=(10.0, 2.4))
    grid = _year_grid(local, shown)
    _count_image(ax, grid, aspect="equal", label="Contacts")
    months = pd.date_range(f"{shown}-01-01", periods=12, freq="MS")
    columns = (months.day_of_year - 1 + pd.Timestamp(year=shown, month=1, day=1).day_of_week) // 7
    ax.set_xticks(columns, months.strftime("%b"))
    ax.set_yticks([0, 2, 4, 6], ["Mon", "Wed", "Fri", "Sun"])
    style.finish(ax, title, "", "")
    ax.grid(False)
    ax.spines[["left", "bottom"]].set_visible(False)
    return fig
