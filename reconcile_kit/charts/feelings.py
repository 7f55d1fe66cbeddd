"""How it has felt: the tone of their replies over time, and the user's own mood.

Same conventions as every chart (charts/__init__.py). The tone trend needs the replies with a
tone noted that the summary needs for its warmth figure (`cadence.summary.MIN_TONED`, 3); below
that it keeps its title and says how many there are so far.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .. import cadence
from ..cadence import events
from ..cadence.summary import MIN_TONED
from . import base as style
from .rhythm import too_early

__all__ = ["mood_chart", "tone_trend"]

_TONE_SCORE = {"positive": 1.0, "neutral": 0.0, "negative": -1.0}


def _series(at: pd.Series, values: np.ndarray) -> pd.Series:
    """Return ``values`` indexed by the event times, without missing values."""
    return pd.Series(values, index=pd.DatetimeIndex(at)).dropna()


def _trend_line(ax: Axes, trend: pd.Series, label: str) -> None:
    """Draw a running-average line over dates."""
    x = style.day_numbers(style.ns(trend.index))
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
    ev = events.prepare(df, now)
    if ev.empty:
        return style.message_figure(ax=ax, detail="The tone of replies will show here.")
    tone = ev["tone"]
    mask = (ev["theirs"] & tone.isin(list(_TONE_SCORE))).to_numpy(dtype=bool)
    if not mask.any():
        return style.message_figure(f"No tone noted yet for {style.their(name).possessive()} replies", ax=ax)
    title = f"How {style.their(name).possessive()} replies have felt"
    if mask.sum() < MIN_TONED:
        return too_early(title, int(mask.sum()), MIN_TONED, "replies with a tone noted", ax)
    fig, ax = style.new_axes(ax)
    score = _series(ev["at"][mask], tone[mask].map(_TONE_SCORE).to_numpy(dtype=float))
    if len(score) > style.DENSE_LIMIT:
        _trend_line(ax, score.resample("W").mean().dropna(), "Weekly average")
    else:
        x = style.day_numbers(style.ns(score.index))
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
    style.finish(ax, title, "Date", "")
    style.side_legend(ax)
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
    if len(mood) > style.DENSE_LIMIT:
        _trend_line(ax, mood.resample("D").mean().dropna(), "Daily average")
    else:
        ax.scatter(
            style.day_numbers(style.ns(mood.index)),
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
