"""Cadence charts: the figure, its title, its artists; empty and one-event timelines."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.collections import LineCollection, PathCollection  # noqa: E402
from matplotlib.container import BarContainer  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from reconcile_kit import charts  # noqa: E402

CHARTS = list(charts.CHART_NAMES)


def test_the_eleven_charts_are_listed_once_in_notebook_order():
    assert CHARTS == ["contact_timeline", "gap_chart", "initiative_chart", "reply_time_chart",
                      "weekly_contacts_chart", "weekday_hour_heatmap", "calendar_heatmap",
                      "tone_trend", "stage_progress", "mood_chart", "reciprocity_chart", "held_back_chart"]
    assert sorted(CHARTS + list(charts.HABIT_CHARTS)) == sorted(charts.__all__)
NOW = pd.Timestamp("2024-03-10 12:00", tz="UTC")


def tl(*rows: tuple) -> pd.DataFrame:
    """A timeline from (at, direction, kind, tone, channel, mood) tuples (trailing fields optional)."""
    pad = [r + ("message", "none", "text", None)[len(r) - 2 :] for r in rows]
    return pd.DataFrame(
        {
            "at": pd.to_datetime([r[0] for r in pad], utc=True, format="ISO8601"),
            "direction": [r[1] for r in pad],
            "kind": [r[2] for r in pad],
            "tone": [r[3] for r in pad],
            "channel": [r[4] for r in pad],
            "mood": pd.array([r[5] for r in pad], dtype="Int64"),
        }
    )


STORY = tl(
    ("2024-03-01T10:00", "out", "message", "none", "text", 2),
    ("2024-03-01T11:00", "out"),
    ("2024-03-01T13:00", "in", "message", "positive"),
    ("2024-03-03T09:00", "in", "message", "neutral", "email", 3),
    ("2024-03-03T10:00", "out"),
    ("2024-03-05T09:00", "out", "meet_ask", "none", "call"),
    ("2024-03-06T09:00", "both", "meeting", "positive", "in_person", 4),
    ("2024-03-09T12:00", "out"),
)


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def draw(name: str, frame: pd.DataFrame, render: bool = False, **kwargs: object) -> Figure:
    fig = getattr(charts, name)(frame, now=NOW, name="Robin", **kwargs)
    if render:
        FigureCanvasAgg(fig).draw()  # rendering must not fail either
    return fig


@pytest.mark.parametrize("name", CHARTS)
def test_empty_timeline_says_nothing_logged_yet(name: str) -> None:
    assert "Nothing logged yet" in texts(draw(name, STORY.iloc[:0], render=True))


@pytest.mark.parametrize("name", CHARTS)
def test_one_event_gives_a_figure(name: str) -> None:
    assert isinstance(draw(name, STORY.iloc[:1], render=True), Figure)


@pytest.mark.parametrize("name", CHARTS)
def test_draws_into_the_given_axes(name: str) -> None:
    fig = Figure()
    ax = fig.add_subplot()
    assert getattr(charts, name)(STORY, ax=ax, now=NOW) is fig


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("contact_timeline", "Your contact with Robin"),
        ("gap_chart", "Time between your conversations with Robin"),
        ("initiative_chart", "Who starts the conversations"),
        ("reply_time_chart", "How long Robin took to reply"),
        ("weekly_contacts_chart", "Contacts each week"),
        ("weekday_hour_heatmap", "When you and Robin are in touch"),
        ("calendar_heatmap", "Days you were in touch with Robin in 2024"),
        ("tone_trend", "How Robin's replies have felt"),
        ("stage_progress", "Stages so far with Robin"),
        ("mood_chart", "How you have been feeling"),
    ],
)
def test_titles_are_plain(name: str, title: str) -> None:
    assert draw(name, STORY, render=True).axes[0].get_title(loc="left") == title


def test_default_name_reads_as_they() -> None:
    assert (
        charts.reply_time_chart(STORY, now=NOW).axes[0].get_title(loc="left") == "How long they took to reply"
    )


def test_contact_timeline_has_one_marker_set_per_channel_and_lane_labels() -> None:
    ax = draw("contact_timeline", STORY).axes[0]
    assert (
        len([c for c in ax.collections if isinstance(c, PathCollection)]) == 4
    )  # text, email, call, in person
    assert [t.get_text() for t in ax.get_yticklabels()] == ["You reached out", "You met", "Robin reached out"]


def test_contact_timeline_names_stages_and_milestones() -> None:
    found = texts(draw("contact_timeline", STORY))
    assert {
        " Getting back in touch",
        " Asking to meet",
        " Catching up",
        "First reply",
        "Asked to meet",
        "First meeting",
    } <= set(found)


def test_contact_timeline_aggregates_per_day_when_large() -> None:
    at = pd.date_range("2024-01-01", periods=5000, freq="15min", tz="UTC")
    big = pd.DataFrame({"at": at, "direction": np.resize(["out", "in"], 5000)})
    ax = draw("contact_timeline", big).axes[0]
    assert [len(c.get_offsets()) for c in ax.collections] == [53, 0, 53]  # one dot a day in each lane


# The reviewer's Auckland journal: a hello at 23:55 NZDT on Sat 5 Dec, Sam's warm reply at 00:05 on Sun 6 Dec
AUCKLAND = tl(("2026-11-24T11:10", "in"), ("2026-12-05T10:55", "out"), ("2026-12-05T11:05", "in"))


@pytest.mark.parametrize(("tz", "shown"), [
    ("Pacific/Auckland", ["2026-11-25 00:10:00", "2026-12-05 23:55:00", "2026-12-06 00:05:00"]),
    ("UTC", ["2026-11-24 11:10:00", "2026-12-05 10:55:00", "2026-12-05 11:05:00"]),
])  # fmt: skip
def test_contact_timeline_reads_its_dates_in_the_users_zone(tz: str, shown: list[str]) -> None:
    ax = charts.contact_timeline(AUCKLAND, now=pd.Timestamp("2026-12-06T00:50", tz="UTC"), tz=tz).axes[0]
    dates = ax.xaxis.get_major_formatter()
    assert sorted(dates.format_data_short(x) for c in ax.collections for x, _ in c.get_offsets()) == shown


@pytest.mark.parametrize(("tz", "first_dot"), [
    # the first event, 00:00 UTC on 1 Jan 2024, fell on 1 Jan in Auckland and on 31 Dec in Los Angeles: noon there
    ("UTC", "2024-01-01 12:00"), ("Pacific/Auckland", "2023-12-31 23:00"), ("America/Los_Angeles", "2023-12-31 20:00"),
])  # fmt: skip
def test_contact_timeline_groups_a_long_history_by_the_users_days(tz: str, first_dot: str) -> None:
    at = pd.date_range("2024-01-01", periods=5000, freq="15min", tz="UTC")
    big = pd.DataFrame({"at": at, "direction": np.resize(["out", "in"], 5000)})
    ax = draw("contact_timeline", big, tz=tz).axes[0]
    assert mdates.num2date(ax.collections[0].get_offsets()[0][0]).strftime("%Y-%m-%d %H:%M") == first_dot


def test_gap_chart_draws_the_two_reference_lines() -> None:
    ax = draw("gap_chart", STORY).axes[0]
    assert sorted(line.get_ydata()[0] for line in ax.get_lines()) == [1.0, 3.0]
    assert len(next(c for c in ax.collections if isinstance(c, LineCollection)).get_segments()) == 4


def test_gap_chart_with_one_conversation_says_so() -> None:
    assert "Only one conversation so far" in texts(draw("gap_chart", STORY.iloc[:2]))


def test_weekly_contacts_chart_stacks_three_bar_sets_over_two_weeks() -> None:
    ax = draw("weekly_contacts_chart", STORY).axes[0]
    bars = [c for c in ax.containers if isinstance(c, BarContainer)]
    assert [[p.get_height() for p in b] for b in bars] == [[3, 2], [2, 0], [0, 1]]


def test_weekday_hour_heatmap_counts_each_slot() -> None:
    image = draw("weekday_hour_heatmap", STORY, tz="UTC").axes[0].get_images()[0].get_array()
    assert (image.shape, int(image.sum()), int(image[4, 10])) == ((7, 24), 8, 1)  # Friday 10:00


def test_calendar_heatmap_is_a_year_of_weeks() -> None:
    grid = draw("calendar_heatmap", STORY, tz="UTC").axes[0].get_images()[0].get_array()
    assert (grid.shape, int(np.nansum(grid)), int(grid[4, 8])) == ((7, 54), 8, 3)  # Fri 1 March: 3


def test_tone_trend_plots_only_the_tones_present() -> None:
    ax = draw("tone_trend", STORY).axes[0]
    assert [len(c.get_offsets()) for c in ax.collections] == [2, 1]  # warm, neutral


def test_stage_progress_has_one_bar_per_span() -> None:
    assert len(draw("stage_progress", STORY).axes[0].patches) == 3


def test_mood_chart_without_mood_says_so() -> None:
    assert "No mood logged yet" in texts(draw("mood_chart", STORY.drop(columns="mood")))


def test_mood_chart_plots_each_logged_mood() -> None:
    ax = draw("mood_chart", STORY).axes[0]
    assert ax.collections[0].get_offsets()[:, 1].tolist() == [2.0, 3.0, 4.0]


def test_charts_leave_pyplot_alone() -> None:
    import matplotlib.pyplot as plt

    draw("contact_timeline", STORY, render=True)
    assert plt.get_fignums() == []


HELD = pd.concat([STORY, tl(("2024-03-02T22:00", "out", "held_back"), ("2024-03-08T23:00", "out", "held_back"),
                            ("2024-03-09T08:00", "out", "held_back"))], ignore_index=True)


def test_held_back_chart_puts_held_back_beside_sent_per_week() -> None:
    ax = draw("held_back_chart", HELD).axes[0]
    held, sent = [c for c in ax.containers if isinstance(c, BarContainer)]
    assert ax.get_title(loc="left") == "Messages to Robin: held back and sent"
    assert ([p.get_height() for p in held], [p.get_height() for p in sent]) == ([1, 2], [3, 2])


def test_held_back_chart_says_so_when_nothing_was_held_back() -> None:
    assert "Nothing held back yet" in texts(draw("held_back_chart", STORY))


def test_contact_timeline_marks_held_back_messages_on_the_you_lane() -> None:
    ax = draw("contact_timeline", HELD).axes[0]
    [marks] = [c for c in ax.collections if c.get_gid() == "held_back"]
    assert (list(marks.get_offsets()[:, 1]), "Held back (not sent)" in texts(ax.figure)) == ([0, 0, 0], True)


SINCE = pd.Timestamp("2024-03-03", tz="UTC")


def band_names(fig: Figure) -> list[str]:
    return [t.get_text().strip() for t in fig.axes[0].texts if t.get_gid() == "stage_band"]


def test_contact_timeline_shades_the_time_before_the_window_apart() -> None:
    fig = draw("contact_timeline", STORY, since=SINCE)
    assert band_names(fig) == ["Before (as it was)", "Getting back in touch", "Asking to meet", "Catching up"]
    assert "Before (as it was)" in [t.get_text() for t in fig.axes[0].get_legend().get_texts()]


def test_contact_timeline_without_a_window_has_no_before_band() -> None:
    fig = draw("contact_timeline", STORY, since=None)
    assert band_names(fig) == ["Getting back in touch", "Asking to meet", "Catching up"]


def test_stage_progress_gives_the_before_period_its_own_bar() -> None:
    ax = draw("stage_progress", STORY, since=SINCE).axes[0]
    assert (len(ax.patches), [t.get_text() for t in ax.get_yticklabels()][-1]) == (4, "Before (as it was)")


def test_a_stage_named_near_the_right_edge_ends_inside_the_axes() -> None:
    """The last band is named even when narrow; near the right edge its name ends at the band's end."""
    late_ask = tl(("2024-01-01T10:00", "out"), ("2024-01-02T10:00", "in", "message", "positive"),
                  ("2024-03-28T10:00", "out"), ("2024-03-30T10:00", "out", "meet_ask"))  # fmt: skip
    fig = charts.contact_timeline(late_ask, now=pd.Timestamp("2024-03-31T10:00", tz="UTC"), name="Robin")
    names = [t for t in fig.axes[0].texts if t.get_gid() == "stage_band"]
    assert [(t.get_text().strip(), t.get_ha()) for t in names] == [("Getting back in touch", "left"),
                                                                   ("Asking to meet", "right")]  # fmt: skip
    assert names[-1].get_position()[0] <= fig.axes[0].get_xlim()[1]
