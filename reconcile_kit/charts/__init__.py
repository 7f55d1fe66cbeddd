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

from .base import DENSE_LIMIT  # noqa: F401  (charts.DENSE_LIMIT: the aggregation threshold)
from .contact import contact_timeline, stage_progress
from .feelings import mood_chart, tone_trend
from .habits import check_in_chart
from .heatmaps import calendar_heatmap, weekday_hour_heatmap
from .reciprocity import reciprocity_chart
from .rhythm import gap_chart, initiative_chart, reply_time_chart, weekly_contacts_chart
from .urges import held_back_chart

__all__ = [
    "calendar_heatmap",
    "check_in_chart",
    "contact_timeline",
    "gap_chart",
    "held_back_chart",
    "initiative_chart",
    "mood_chart",
    "reciprocity_chart",
    "reply_time_chart",
    "stage_progress",
    "tone_trend",
    "weekday_hour_heatmap",
    "weekly_contacts_chart",
]

# The eleven charts, in the order the notebooks show them (benchmarks and tests walk this).
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
    "reciprocity_chart",
    "held_back_chart",
)

# Charts over the journal's habit check-ins (`Journal.check_ins()`), not the timeline: the slow path (S5.3).
HABIT_CHARTS: tuple[str, ...] = ("check_in_chart",)
