"""The reciprocity chart: weekly words per message, yours and theirs, and style matching."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text

from reconcile_kit import charts

NOW = pd.Timestamp("2024-04-01 12:00", tz="UTC")


def chat(weeks: int, mine: str = "so what are you up to this weekend then", theirs: str = "not much, you?") -> pd.DataFrame:
    at = [pd.Timestamp("2024-03-04 10:00", tz="UTC") + pd.Timedelta(weeks=w, hours=h) for w in range(weeks) for h in (0, 1)]
    return pd.DataFrame({"at": at, "direction": ["out", "in"] * weeks, "text": [mine, theirs] * weeks})


def texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def test_title_and_lines_per_side() -> None:
    fig = charts.reciprocity_chart(chat(3), name="Robin", now=NOW)
    FigureCanvasAgg(fig).draw()
    ax = fig.axes[0]
    assert (ax.get_title(loc="left"), [line.get_label() for line in ax.get_lines()]) == (
        "Words per message each week, you and Robin", ["You", "Robin"])


def test_words_per_message_each_week() -> None:
    ax = charts.reciprocity_chart(chat(3), now=NOW).axes[0]
    assert [line.get_ydata().tolist() for line in ax.get_lines()] == [[9.0, 9.0, 9.0], [3.0, 3.0, 3.0]]


def test_style_matching_draws_on_a_second_scale_once_weeks_have_words() -> None:
    long_mine, long_theirs = "I think it was so good to see you and the dog " * 5, "it was a really good day and I loved it " * 5
    fig = charts.reciprocity_chart(chat(2, long_mine, long_theirs), now=NOW)
    assert (len(fig.axes), fig.axes[1].get_lines()[0].get_label()) == (2, "Style matching (right)")


def test_one_week_of_text_is_not_enough_yet() -> None:
    assert "Not enough messages with text yet" in texts(charts.reciprocity_chart(chat(1), now=NOW))


def test_without_text_it_says_so() -> None:
    assert "Not enough messages with text yet" in texts(charts.reciprocity_chart(chat(3).drop(columns="text"), now=NOW))
