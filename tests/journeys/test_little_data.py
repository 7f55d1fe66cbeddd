"""Honest with little data, on the user's calendar: what the charts of notebooks 02 and 06 show on each state.

Charts that need history keep their title and say "Too early to tell" below their minimum (the
summary's own minimums for gaps, replies and tone; `heatmaps.MIN_CONTACTS` for the grids), and
the heatmaps put times on the journal's calendar (its zone), not this computer's.
"""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from reconcile_kit import Journal, charts
from reconcile_kit.charts.heatmaps import MIN_CONTACTS, calendar_years
from reconcile_kit.clock import now_for, zone_for
from tests.states import build


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    """read(state) -> (its timeline, the options its notebook passes: now, name, the journal's zone)."""
    folder, read_once = tmp_path_factory.mktemp("little"), {}

    def read(name: str) -> tuple[pd.DataFrame, dict]:
        if name not in read_once:
            with Journal.open(build(name, folder / f"{name}.sqlite3")) as journal:
                read_once[name] = journal.timeline(), {"now": now_for(journal), "name": "Sam", "tz": zone_for(journal)}
        return read_once[name]

    return read


def draw(chart: str, timeline: pd.DataFrame, options: dict) -> Figure:
    kwargs = dict(options) if chart in ("weekday_hour_heatmap", "calendar_heatmap") else {
        key: value for key, value in options.items() if key != "tz"}
    return getattr(charts, chart)(timeline, **kwargs)


def words(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


@pytest.mark.parametrize("state", ["one_entry", "sparse", "unanswered", "warm_yesterday"])
@pytest.mark.parametrize("chart", ["reply_time_chart", "tone_trend", "weekday_hour_heatmap", "calendar_heatmap"])
def test_a_few_entries_give_a_placeholder_not_a_near_empty_chart(read, state, chart):
    fig = draw(chart, *read(state))
    shown = words(fig)
    assert ("Too early to tell" in shown or "Only one conversation so far" in shown or "No replies logged yet" in shown
            or any(text.startswith("No tone noted") for text in shown)) and not fig.axes[0].get_images()  # fmt: skip


@pytest.mark.parametrize(("chart", "detail"), [
    ("reply_time_chart", "This chart fills in from 3 replies; 2 so far."),
    ("tone_trend", "This chart fills in from 3 replies with a tone noted; 2 so far."),
    ("weekday_hour_heatmap", f"This chart fills in from {MIN_CONTACTS} contacts; 4 so far."),
    ("calendar_heatmap", f"This chart fills in from {MIN_CONTACTS} contacts in 2026; 4 so far."),
])  # fmt: skip
def test_the_placeholder_keeps_the_title_and_counts_what_there_is(read, chart, detail):
    fig = draw(chart, *read("sparse"))
    assert fig.axes[0].get_title(loc="left") != "" and detail in words(fig)


@pytest.mark.parametrize("state", ["history", "large"])
@pytest.mark.parametrize("chart", ["weekday_hour_heatmap", "calendar_heatmap"])
def test_a_real_history_gets_the_real_grid(read, state, chart):
    assert draw(chart, *read(state)).axes[0].get_images()


@pytest.mark.parametrize(("state", "shown"), [("one_entry", "Only one conversation so far"),
                                              ("first_coffee", "This chart fills in from 3 quiet spells; 2 so far.")])
def test_the_gap_chart_waits_for_three_quiet_spells(read, state, shown):
    assert shown in words(draw("gap_chart", *read(state)))


def test_the_heatmap_reads_the_journals_zone_not_this_computers(monkeypatch):
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    at = pd.Series(pd.to_datetime(["2026-06-01T23:30:00Z"] * MIN_CONTACTS, utc=True))  # Tue 00:30 in London
    frame = pd.DataFrame({"at": at, "direction": "out", "kind": "message"})
    image = charts.weekday_hour_heatmap(frame, tz="Europe/London").axes[0].get_images()[0].get_array()
    assert int(image[1, 0]) == MIN_CONTACTS


def test_the_calendar_years_are_the_journals_own(read):
    timeline, options = read("history")
    assert calendar_years(timeline, now=options["now"], tz=options["tz"]) == [2024, 2025, 2026]
