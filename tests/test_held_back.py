"""Messages the user held back (kind `held_back`): direction out only, never contact, one kind word (`urges_rising`).

The equality test runs every metric and every chart on journal states with and without added
held-back rows: the figures and the plotted data must be the same (the held-back marker on the
contact timeline aside), because a message that was never sent is not contact.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from reconcile_kit import Interaction, Journal, cadence, charts, guide  # noqa: E402
from reconcile_kit.charts.contact import HELD_BACK_GID, HELD_BACK_LABEL  # noqa: E402
from reconcile_kit.clock import now_for  # noqa: E402
from reconcile_kit.errors import InvalidInteraction  # noqa: E402
from tests.cli.helpers import on  # noqa: E402
from tests.states import NOW, ago, build, entry  # noqa: E402

# -- the kind and its direction ---------------------------------------------------------------


@pytest.mark.parametrize("direction", ["in", "both"])
def test_a_held_back_message_must_be_outgoing(direction):
    with pytest.raises(InvalidInteraction, match=f"direction '{direction}' does not fit kind held_back"):
        entry(ago(1), direction, "Wanted to send: hello", kind="held_back")


def test_an_outgoing_held_back_message_is_valid():
    assert entry(ago(1), "out", "Wanted to send: hello", kind="held_back").kind == "held_back"


def test_the_journal_refuses_to_turn_an_incoming_message_into_a_held_back_one(journal):
    saved = journal.add(entry(ago(1), "in", "Sam wrote"))
    with pytest.raises(InvalidInteraction, match="its direction is out"):
        journal.update(saved.uid, kind="held_back")


@pytest.mark.parametrize(("direction", "code", "line"), [
    ("out", 0, "Logged "),
    ("in", 2, "Error: direction 'in' does not fit kind held_back: a message you held back was yours to send, "
              "so its direction is out\n"),
])  # fmt: skip
def test_log_kind_held_back(journal, direction, code, line):
    result = on(journal, "log", "Wanted to send: are you there?", "--kind", "held_back", "--direction", direction)
    assert (result.exit_code, (result.stdout + result.stderr).startswith(line)) == (code, True)


# -- urges_rising, on the held_back journal state ---------------------------------------------


@pytest.fixture(scope="module")
def held_back_journal(tmp_path_factory):
    return build("held_back", tmp_path_factory.mktemp("held") / "journal.sqlite3")


def _advice(path):
    with Journal.open(path) as journal:
        timeline, now, settings = journal.timeline(), now_for(journal), journal.settings()
    return guide.advise(timeline, now, settings)


def test_urges_rising_speaks_on_the_held_back_state(held_back_journal):
    [urges] = [a for a in _advice(held_back_journal) if a.rule == "urges_rising"]
    assert (urges.severity, urges.guide_ids, dict(urges.data)) == (
        "info", ("S1.5",), {"held_back_this_week": 4, "held_back_before": 2})
    assert urges.message.startswith("You held back 4 messages this week, more than the week before.")


def test_urges_rising_stays_quiet_when_the_urges_fall(tmp_path):
    path = build("held_back", tmp_path / "journal.sqlite3")
    with Journal.open(path) as journal:
        for n in range(3):
            journal.add(entry(ago(9, n), "out", f"Wanted to send ({n})", kind="held_back"))  # 5 the week before
    assert "urges_rising" not in [a.rule for a in _advice(path)]


# -- never contact: every metric and chart, with and without held-back rows -------------------

EQUAL_STATES = ("sparse", "unanswered", "warm_yesterday", "first_coffee", "reconciling", "closure",
                "boundary_then_contact", "refusal_then_reply", "history")  # fmt: skip


def _held_back_rows(timeline: pd.DataFrame) -> list[Interaction]:
    """Held-back messages everywhere a mistake would show: before the first contact, at the very
    instant of each contact, a minute after it, in the last days, and at the clock's own now."""
    times = list(timeline["at"].iloc[-40:]) if len(timeline) else []
    moments = [NOW - timedelta(days=400), NOW - timedelta(hours=2), NOW]
    for at in times:
        moments += [at.to_pydatetime(), at.to_pydatetime() + timedelta(minutes=1)]
    return [Interaction(at=at, channel="text", direction="out", kind="held_back", tone="positive", mood=1,
                        summary=f"Wanted to send ({n})", text="please answer me") for n, at in enumerate(moments)]  # fmt: skip


@pytest.fixture(scope="module")
def pairs(tmp_path_factory):
    """state -> (timeline, timeline with held-back rows, now, settings)."""
    folder = tmp_path_factory.mktemp("pairs")
    found = {}
    for name in EQUAL_STATES:
        plain = build(name, folder / f"{name}.sqlite3")
        held = build(name, folder / f"{name}-held.sqlite3")
        with Journal.open(plain) as journal:
            timeline, now, settings = journal.timeline(), now_for(journal), journal.settings()
        with Journal.open(held) as journal:
            for item in _held_back_rows(timeline):
                journal.add(item)
            with_held = journal.timeline()
        assert len(with_held) > len(timeline)
        found[name] = (timeline, with_held, now, settings)
    return found


def _same(a, b) -> None:
    """Equal figures: frames and series by value, dataclasses field by field, the rest with ==."""
    if isinstance(a, pd.DataFrame):
        pd.testing.assert_frame_equal(a, b)
    elif isinstance(a, pd.Series):
        pd.testing.assert_series_equal(a, b)
    elif dataclasses.is_dataclass(a) and not isinstance(a, type):
        for field in dataclasses.fields(a):
            _same(getattr(a, field.name), getattr(b, field.name))
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _same(x, y)
    else:
        assert a == b


METRICS = {
    "contact_events": lambda df, now, s: cadence.contact_events(df, now),
    "summarize": lambda df, now, s: cadence.summarize(df, now),
    "summarize (window, zone)": lambda df, now, s: cadence.summarize(
        df, now, since=guide.AdviceSettings(split_on=s.get("split_on", "")).window_start(_zone(s)), zone=_zone(s)),
    "summary lines": lambda df, now, s: cadence.summarize(df, now, zone=_zone(s)).lines("Sam"),
    "conversations": lambda df, now, s: cadence.conversations(df, now=now),
    "gaps": lambda df, now, s: cadence.gaps(df, now=now),
    "reply_times": lambda df, now, s: cadence.reply_times(df, now=now),
    "weekly_counts": lambda df, now, s: cadence.weekly_counts(df, now=now),
    "situation": lambda df, now, s: guide.situation(df, now, s),
    "advise (urges aside)": lambda df, now, s: [a for a in guide.advise(df, now, s) if a.rule != "urges_rising"],
    "current_stage": lambda df, now, s: guide.current_stage(df, now),
    "stage_spans": lambda df, now, s: guide.stage_spans(df, now),
    "closed": lambda df, now, s: guide.closed(df, now),
}  # fmt: skip


def _zone(settings):
    from reconcile_kit.clock import zone_named

    return zone_named(settings.get("timezone"))


@pytest.mark.parametrize("state", EQUAL_STATES)
@pytest.mark.parametrize("metric", sorted(METRICS))
def test_held_back_rows_change_no_metric(pairs, state, metric):
    plain, held, now, settings = pairs[state]
    _same(METRICS[metric](plain, now, settings), METRICS[metric](held, now, settings))


def _numbers(values) -> list:
    """An array as a list that compares equal when the numbers are (NaN and masked cells alike)."""
    array = np.ma.filled(np.ma.asarray(values, dtype=float), np.nan)
    return np.where(np.isnan(array), -1e300, array).tolist()


def _plotted(fig, *, limits: bool = True) -> list:
    """The numbers a figure draws, in data coordinates (not pixels), held-back marks left out."""
    found = []
    for ax in fig.axes:
        found.append(("title", ax.get_title(loc="left"), [t.get_text() for t in ax.texts]))
        for c in ax.collections:
            if c.get_gid() == HELD_BACK_GID:
                continue
            array = c.get_array()
            segments = c.get_segments() if hasattr(c, "get_segments") else []
            found.append((type(c).__name__, _numbers(c.get_offsets()), None if array is None else _numbers(array),
                          [_numbers(s) for s in segments]))  # fmt: skip
        for p in ax.patches:
            found.append(("patch", _numbers(p.get_patch_transform().transform(p.get_path().vertices).round(9))))
        found += [("line", _numbers(line.get_xydata())) for line in ax.lines]
        found += [("image", _numbers(image.get_array())) for image in ax.images]
        legend = ax.get_legend()
        found.append(("legend", [t.get_text() for t in legend.get_texts() if t.get_text() != HELD_BACK_LABEL]
                      if legend else None))  # fmt: skip
        if limits:
            found.append(("limits", ax.get_xlim(), ax.get_ylim()))
    return found


@pytest.mark.parametrize("state", EQUAL_STATES)
@pytest.mark.parametrize("chart", [name for name in charts.CHART_NAMES if name != "held_back_chart"])
def test_held_back_rows_change_no_chart(pairs, state, chart):
    plain, held, now, _settings = pairs[state]
    draw = getattr(charts, chart)
    limits = chart != "contact_timeline"  # its held-back marks may widen the dates shown
    assert _plotted(draw(plain, now=now, name="Sam"), limits=limits) == _plotted(draw(held, now=now, name="Sam"),
                                                                                 limits=limits)


def test_the_comparison_sees_a_change_in_the_plotted_data(pairs):
    plain, _held, now, _settings = pairs["sparse"]
    one_more = pd.concat([plain, plain.iloc[[-1]].assign(kind="message")], ignore_index=True)
    assert _plotted(charts.weekly_contacts_chart(plain, now=now)) != _plotted(charts.weekly_contacts_chart(one_more, now=now))


def test_the_contact_timeline_shows_the_held_back_marks(pairs):
    _plain, held, now, _settings = pairs["sparse"]
    ax = charts.contact_timeline(held, now=now, name="Sam").axes[0]
    [marks] = [c for c in ax.collections if c.get_gid() == HELD_BACK_GID]
    assert len(marks.get_offsets()) == len(cadence.events.held_back_times(held, now))
