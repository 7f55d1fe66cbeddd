"""The calendar, tone, stage and mood charts (re-exported by ``reconcile_kit.charts``).

Same conventions as ``charts``: Figure out, ``ax=None``, ``name="them"``, ``now=None``,
never pyplot, "Nothing logged yet" for an empty timeline, aggregates for long histories.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Literal

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from reconcile_kit import cadence
from reconcile_kit import chart_style as style

__all__ = ["calendar_heatmap", "mood_chart", "stage_progress", "tone_trend", "weekday_hour_heatmap"]

DENSE_LIMIT = 3_000
_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_TONE_SCORE = {"positive": 1.0, "neutral": 0.0, "negative": -1.0}


def _ns(times: pd.Series | pd.Index) -> np.ndarray:
    """Return tz-aware datetimes as int64 nanoseconds (UTC)."""
    return np.asarray(times.to_numpy(dtype="datetime64[ns]")).view(np.int64)


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


def _series(at: pd.Series, values: np.ndarray) -> pd.Series:
    """Return ``values`` indexed by the event times, without missing values."""
    return pd.Series(values, index=pd.DatetimeIndex(at)).dropna()


def _trend_line(ax: Axes, trend: pd.Series, label: str) -> None:
    """Draw a running-average line over dates."""
    x = style.day_numbers(_ns(trend.index))
    ax.plot(x, trend.to_numpy(dtype=float), color=style.OKABE_ITO["blue"], linewidth=2, label=label)


def tone_trend(
    df: pd.DataFrame,
    *,
    ax: Axes | None = None,
    name: str = "them",
    now: datetime | None = None,
    window: int = 5,
) -> Figure:
    """Draw how their replies came across (warm, neutral, cool) and a running average of ``window``."""
    ev = cadence.contact_events(df, now)
    if ev.empty:
        return style.message_figure(ax=ax, detail="The tone of replies will show here.")
    tone = ev["tone"].astype(object) if "tone" in ev else pd.Series(np.nan, index=ev.index, dtype=object)
    mask = (ev["direction"].isin(cadence.THEIR_SIDE) & tone.isin(list(_TONE_SCORE))).to_numpy(dtype=bool)
    if not mask.any():
        return style.message_figure(f"No tone noted yet for {style.possessive(name)} replies", ax=ax)
    fig, ax = style.new_axes(ax)
    score = _series(ev["at"][mask], tone[mask].map(_TONE_SCORE).to_numpy(dtype=float))
    if len(score) > DENSE_LIMIT:
        _trend_line(ax, score.resample("W").mean().dropna(), "Weekly average")
    else:
        x = style.day_numbers(_ns(score.index))
        for key, value in _TONE_SCORE.items():  # three tones
            hit = score.to_numpy() == value
            if hit.any():
                ax.scatter(
                    x[hit],
                    score.to_numpy()[hit],
                    color=style.TONE_COLOURS[key],
                    s=30,
                    zorder=3,
                    label=style.TONE_LABELS[key],
                )
        _trend_line(ax, score.rolling(window, min_periods=1).mean(), f"Average of the last {window}")
    ax.set_yticks([-1, 0, 1], ["Cool", "Neutral", "Warm"])
    ax.set_ylim(-1.3, 1.3)
    style.date_axis(ax)
    style.finish(ax, f"How {style.possessive(name)} replies have felt", "Date", "")
    style.side_legend(ax)
    return fig


def stage_progress(
    df: pd.DataFrame, *, ax: Axes | None = None, name: str = "them", now: datetime | None = None
) -> Figure:
    """Draw when each stage of the guide began and how long it lasted (``cadence.stage_spans``)."""
    spans = cadence.stage_spans(df, now)
    if spans.empty:
        return style.message_figure(ax=ax, detail="The stages you move through will show here.")
    fig, ax = style.new_axes(ax, figsize=(9.0, 3.0))
    row = {stage: len(cadence.STAGES) - 1 - i for i, stage in enumerate(cadence.STAGES)}
    left = style.day_numbers(_ns(spans["start"]))
    width = np.maximum(style.day_numbers(_ns(spans["end"])) - left, 0.5)  # a one-day stage stays visible
    ax.barh(
        spans["stage"].map(row).to_numpy(),
        width,
        left=left,
        height=0.6,
        color=[style.STAGE_COLOURS[s] for s in spans["stage"]],
    )
    ax.set_yticks(list(row.values()), [style.STAGE_LABELS[s] for s in row])
    style.date_axis(ax)
    style.finish(ax, f"Stages so far with {name}", "Date", "")
    return fig


def mood_chart(
    df: pd.DataFrame,
    *,
    ax: Axes | None = None,
    name: str = "them",
    now: datetime | None = None,
    window: int = 5,
) -> Figure:
    """Draw the mood you logged with each contact (1 low - 5 good) and its running average."""
    ev = cadence.contact_events(df, now)
    if ev.empty:
        return style.message_figure(ax=ax, detail="How you have been feeling will show here.")
    raw = pd.to_numeric(ev["mood"], errors="coerce") if "mood" in ev else pd.Series(np.nan, index=ev.index)
    mood = _series(ev["at"], raw.astype("Float64").to_numpy(dtype=float, na_value=np.nan))
    if mood.empty:
        return style.message_figure(
            "No mood logged yet", ax=ax, detail="Add how you felt (1-5) when you log a contact."
        )
    fig, ax = style.new_axes(ax)
    if len(mood) > DENSE_LIMIT:
        _trend_line(ax, mood.resample("D").mean().dropna(), "Daily average")
    else:
        ax.scatter(
            style.day_numbers(_ns(mood.index)),
            mood.to_numpy(),
            color=style.OKABE_ITO["reddish_purple"],
            s=30,
            zorder=3,
            label="Logged mood",
        )
        _trend_line(ax, mood.rolling(window, min_periods=1).mean(), f"Average of the last {window}")
    ax.set_yticks([1, 2, 3, 4, 5], ["1 low", "2", "3", "4", "5 good"])
    ax.set_ylim(0.5, 5.5)
    style.date_axis(ax)
    style.finish(ax, "How you have been feeling", "Date", "Your mood")
    style.side_legend(ax)
    return fig
