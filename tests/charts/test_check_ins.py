"""The check-in chart of the slow path (S5.3), and the contact chart's words for a boundary."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.collections import PathCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from reconcile_kit import charts  # noqa: E402

HABITS = pd.DataFrame({"id": [1, 2], "name": ["Going quiet", "Making big plans without asking first, every single time"]})
CHECK_INS = pd.DataFrame({
    "habit_id": [1, 1, 2], "slipped": [False, True, False],
    "at": pd.to_datetime(["2026-05-01T20:00", "2026-05-08T20:00", "2026-05-09T20:00"], utc=True),
})  # fmt: skip


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def test_no_check_ins_yet_says_so():
    assert "Nothing logged yet" in texts(charts.check_in_chart(CHECK_INS.iloc[:0], HABITS))


def test_one_row_per_habit_first_on_top_long_names_cut():
    ax = charts.check_in_chart(CHECK_INS, HABITS).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Making big plans without asking first,…", "Going quiet"]


def test_kept_and_slipped_are_two_marker_sets():
    ax = charts.check_in_chart(CHECK_INS, HABITS).axes[0]
    assert [len(c.get_offsets()) for c in ax.collections if isinstance(c, PathCollection)] == [2, 1]


def test_check_ins_after_now_are_left_out():
    ax = charts.check_in_chart(CHECK_INS, HABITS, now=pd.Timestamp("2026-05-05", tz="UTC")).axes[0]
    assert [len(c.get_offsets()) for c in ax.collections if isinstance(c, PathCollection)] == [1, 0]


def test_it_draws_into_given_axes_and_renders():
    fig = Figure()
    assert charts.check_in_chart(CHECK_INS, ax=fig.add_subplot()) is fig
    FigureCanvasAgg(fig).draw()


def test_the_title_describes_never_scores():
    assert charts.check_in_chart(CHECK_INS, HABITS).axes[0].get_title(loc="left") == "Check-ins on old habits"


def boundary(summary: str) -> pd.DataFrame:
    return pd.DataFrame({"at": pd.to_datetime(["2026-05-01T10:00", "2026-05-02T10:00"], utc=True),
                         "direction": ["out", "in"], "kind": ["message", "boundary"], "summary": ["Hi", summary]})


def test_a_boundary_reads_asked_for_no_contact_never_asked_for_space():
    found = texts(charts.contact_timeline(boundary("Robin asked me to stop writing"), name="Robin"))
    assert ("Robin asked for no contact" in found, any("space" in t for t in found)) == (True, False)


def test_a_boundary_logged_as_a_block_reads_blocked():
    assert "Robin blocked you" in texts(charts.contact_timeline(boundary("Blocked me on every app"), name="Robin"))
