"""Cadence metrics on small hand-checked timelines (definitions: docs/cadence.md)."""

from __future__ import annotations

import math
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pytest

from reconcile_kit import cadence
from reconcile_kit.cadence import TimelineColumnsError, summarize
from reconcile_kit.guide.stages import stage_spans

NOW = pd.Timestamp("2024-03-10 12:00", tz="UTC")


def tl(*rows: tuple, **extra: list) -> pd.DataFrame:
    """A timeline from (at, direction[, kind[, tone]]) tuples; plain object columns."""
    frame = pd.DataFrame(
        {
            "at": pd.to_datetime([r[0] for r in rows], utc=True, format="ISO8601"),
            "direction": pd.Series([r[1] for r in rows], dtype=object),
            "kind": pd.Series([r[2] if len(r) > 2 else "message" for r in rows], dtype=object),
            "tone": pd.Series([r[3] if len(r) > 3 else "none" for r in rows], dtype=object),
        }
    )
    return frame.assign(**extra)


# out 10:00, out 11:00, in 13:00 (+) | in 03-03 09:00 (neutral), out 10:00 | out 03-05 meet_ask
# | meeting 03-06 (+) | note 03-07 | out 03-09 12:00
STORY = tl(
    ("2024-03-01T10:00", "out"),
    ("2024-03-01T11:00", "out"),
    ("2024-03-01T13:00", "in", "message", "positive"),
    ("2024-03-03T09:00", "in", "message", "neutral"),
    ("2024-03-03T10:00", "out"),
    ("2024-03-05T09:00", "out", "meet_ask"),
    ("2024-03-06T09:00", "both", "meeting", "positive"),
    ("2024-03-07T09:00", "out", "note"),
    ("2024-03-09T12:00", "out"),
)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("last_contact_at", pd.Timestamp("2024-03-09 12:00", tz="UTC")),
        ("days_since_last_contact", 1.0),
        ("days_since_last_reply", 4.125),
        ("unanswered_streak", 1),
        ("contacts_last_7_days", 3),  # window (03-03 12:00, 03-10 12:00]
        ("median_reply_hours", 37.0),  # replies took 3 h and 71 h
        ("initiative_share", 0.6),  # 5 conversations, started by out, in, out, both, out
        ("median_gap_days", 91 / 48),  # gaps of 44 h, 47 h, 24 h, 75 h
        ("positive_reply_share", 2 / 3),
        ("contacts_per_week", 2.0),  # 8 contacts in 4 weeks
        ("total_contacts", 8),
        ("conversation_count", 5),
    ],
)
def test_summary_of_a_known_story(field: str, expected: object) -> None:
    value = getattr(summarize(STORY, now=NOW), field)
    assert value == pytest.approx(expected) if isinstance(expected, float) else value == expected


def test_empty_timeline_gives_nones_and_zeros() -> None:
    s = summarize(STORY.iloc[:0], now=NOW)
    assert (s.last_contact_at, s.days_since_last_reply, s.median_reply_hours, s.initiative_share) == (
        None,
    ) * 4
    assert (s.unanswered_streak, s.contacts_last_7_days, s.contacts_per_week, s.positive_reply_share) == (
        0,
        0,
        0.0,
        None,
    )


def test_empty_journal_timeline_with_categories_gives_an_empty_summary() -> None:
    from reconcile_kit import timeline

    assert summarize(timeline.empty(), now=NOW).total_contacts == 0


def test_single_outgoing_event() -> None:
    s = summarize(tl(("2024-03-09T12:00", "out")), now=NOW)
    assert (s.days_since_last_contact, s.unanswered_streak, s.initiative_share, s.median_gap_days) == (
        1.0,
        1,
        1.0,
        None,
    )


def test_no_incoming_at_all() -> None:
    s = summarize(
        tl(("2024-03-01T10:00", "out"), ("2024-03-05T10:00", "out"), ("2024-03-08T10:00", "out")), now=NOW
    )
    assert (s.days_since_last_reply, s.median_reply_hours, s.positive_reply_share) == (None, None, None)
    assert s.unanswered_streak == 3


def test_reply_at_the_same_minute_takes_zero_hours() -> None:
    frame = tl(("2024-03-09T10:00", "out"), ("2024-03-09T10:00", "in"))
    assert cadence.reply_times(frame)["hours"].tolist() == [0.0]


def test_same_minute_keeps_the_logged_order() -> None:
    frame = tl(("2024-03-09T10:00", "in"), ("2024-03-09T10:00", "out"))
    assert (summarize(frame, now=NOW).unanswered_streak, len(cadence.reply_times(frame))) == (1, 0)


def test_reply_time_runs_from_the_earliest_unanswered_message() -> None:
    frame = tl(
        ("2024-03-01T08:00", "out"),
        ("2024-03-01T09:00", "out"),
        ("2024-03-01T12:00", "in"),
        ("2024-03-01T13:00", "in"),
    )
    assert cadence.reply_times(frame)["hours"].tolist() == [4.0]


def test_a_meeting_answers_and_resets_the_streak() -> None:
    frame = tl(
        ("2024-03-08T08:00", "out"), ("2024-03-08T09:00", "out"), ("2024-03-09T08:00", "both", "meeting")
    )
    s = summarize(frame, now=NOW)
    assert (s.unanswered_streak, s.median_reply_hours, s.days_since_last_reply) == (
        0,
        24.0,
        pytest.approx(1 + 4 / 24),
    )


def test_events_after_now_are_ignored() -> None:
    s = summarize(tl(("2024-03-09T12:00", "out"), ("2024-03-11T12:00", "in")), now=NOW)
    assert (s.total_contacts, s.days_since_last_reply) == (1, None)


@pytest.mark.parametrize(
    ("at", "counted"), [("2024-03-03T12:00", 0), ("2024-03-03T12:01", 1), ("2024-03-10T12:00", 1)]
)
def test_seven_day_window_is_half_open(at: str, counted: int) -> None:
    assert summarize(tl((at, "out")), now=NOW).contacts_last_7_days == counted


def test_notes_system_rows_and_deleted_rows_are_not_contact() -> None:
    frame = tl(
        ("2024-03-08T08:00", "out", "note"), ("2024-03-08T09:00", "in", "system"), ("2024-03-09T08:00", "out")
    )
    frame["deleted_at"] = pd.to_datetime([None, None, "2024-03-09T09:00"], utc=True)
    assert summarize(frame, now=NOW).total_contacts == 0


@pytest.mark.parametrize("dtype", [object, "str", "string"])
def test_a_deleted_at_column_of_text_counts_only_the_rows_it_stamps(dtype: object) -> None:
    # a frame read from a CSV: "" or blank where a row is not deleted (pandas 3 reads text as "str")
    frame = tl(("2024-03-07T08:00", "out"), ("2024-03-08T09:00", "in"), ("2024-03-09T08:00", "out"))
    frame["deleted_at"] = pd.Series(["", " ", "2024-03-09T09:00"], dtype=dtype)
    assert summarize(frame, now=NOW).total_contacts == 2


@pytest.mark.parametrize(("second", "conversations"), [("2024-03-01T16:00", 1), ("2024-03-01T16:01", 2)])
def test_a_silence_over_six_hours_starts_a_new_conversation(second: str, conversations: int) -> None:
    assert len(cadence.conversations(tl(("2024-03-01T10:00", "out"), (second, "in")))) == conversations


def test_tone_none_and_missing_are_not_counted_in_the_warm_share() -> None:
    frame = tl(
        ("2024-03-01T10:00", "in", "message", "positive"),
        ("2024-03-02T10:00", "in", "message", "none"),
        ("2024-03-03T10:00", "in", "message", None),
        ("2024-03-04T10:00", "in", "message", "negative"),
    )
    assert summarize(frame, now=NOW).positive_reply_share == 0.5


def test_categorical_columns_give_the_same_summary() -> None:
    categorical = STORY.astype({"direction": "category", "kind": "category", "tone": "category"})
    assert summarize(categorical, now=NOW) == summarize(STORY, now=NOW)


def test_input_is_not_modified() -> None:
    frame = STORY.iloc[::-1].copy()
    before = frame.copy()
    summarize(frame, now=NOW), stage_spans(frame), cadence.weekly_counts(frame)
    pd.testing.assert_frame_equal(frame, before)


def test_unsorted_input_is_sorted_by_time() -> None:
    assert summarize(STORY.iloc[::-1], now=NOW) == summarize(STORY, now=NOW)


def test_gaps_measure_from_the_end_of_one_conversation_to_the_next() -> None:
    g = cadence.gaps(STORY)
    assert g["days"].round(3).tolist() == [1.833, 1.958, 1.0, 3.125]
    assert g["after_warm_reply"].tolist() == [True, False, False, True]


def test_weekly_counts_start_on_monday_and_keep_empty_weeks() -> None:
    w = cadence.weekly_counts(
        tl(("2024-03-01T10:00", "out"), ("2024-03-20T10:00", "in"), ("2024-03-21T10:00", "both"))
    )
    assert [d.strftime("%m-%d") for d in w.index] == ["02-26", "03-04", "03-11", "03-18"]
    assert w.to_dict("list") == {
        "out": [1, 0, 0, 0],
        "in": [0, 0, 0, 1],
        "both": [0, 0, 0, 1],
        "total": [1, 0, 0, 2],
    }


def test_stage_spans_follow_the_guide_order() -> None:
    spans = stage_spans(STORY, now=NOW)
    assert spans["stage"].tolist() == ["contact", "meet_ask", "catch_up"]
    assert [t.strftime("%m-%d %H") for t in spans["end"]] == ["03-05 09", "03-06 09", "03-10 12"]


@pytest.mark.parametrize(
    ("kinds", "stages"),
    [
        (["message", "apology", "meet_ask"], ["contact", "heart_to_heart"]),
        (["message", "meet_ask", "refusal"], ["contact", "meet_ask", "outcome"]),
        (["meet_ask", "refusal", "meeting"], ["meet_ask", "outcome"]),  # the user's own meeting does not reopen
        (["message", "boundary", "meeting"], ["contact", "outcome"]),
        (["message", "date", "message"], ["contact", "outcome"]),
    ],
)
def test_stage_spans_rules(kinds: list[str], stages: list[str]) -> None:
    frame = tl(*[(f"2024-03-0{i + 1}T10:00", "out", k) for i, k in enumerate(kinds)])
    assert stage_spans(frame)["stage"].tolist() == stages


def test_a_meeting_tagged_heart_to_heart_starts_that_stage() -> None:
    frame = tl(
        ("2024-03-01T10:00", "out"),
        ("2024-03-02T10:00", "both", "meeting"),
        tags=["", "Heart-to-heart, park"],
    )
    assert stage_spans(frame)["stage"].tolist() == ["contact", "heart_to_heart"]


def test_imported_chat_history_qualifies() -> None:
    chat = tl(
        ("2024-03-01T10:00", "out", "text"),
        ("2024-03-01T10:05", "in", "media"),
        ("2024-03-01T10:06", "in", "system"),
    )
    chat = chat.drop(columns="tone").assign(sender=["me", "Robin", ""], chars=[5, 0, 20])
    s = summarize(chat, now=NOW)
    assert (s.total_contacts, s.median_reply_hours, s.positive_reply_share) == (
        2,
        pytest.approx(5 / 60),
        None,
    )


def test_missing_direction_column_is_named() -> None:
    with pytest.raises(TimelineColumnsError, match="no 'direction' column"):
        summarize(STORY.drop(columns="direction"), now=NOW)


def test_naive_times_are_refused() -> None:
    with pytest.raises(TimelineColumnsError, match="must hold tz-aware datetimes"):
        summarize(STORY.assign(at=STORY["at"].dt.tz_localize(None)), now=NOW)


def test_markdown_lines_read_plainly() -> None:
    lines = summarize(STORY, now=NOW).lines(name="Robin")
    assert lines[:3] == [
        "Last contact: yesterday (Sat 9 Mar).",
        "Last word from Robin: 4 days ago.",
        "Messages from you since Robin's last reply: 1.",
    ]


@pytest.mark.parametrize(("at", "now", "zone", "line"), [
    # Auckland: a reply at 00:05 NZDT on Sun 6 Dec is still Sat 5 Dec in UTC
    ("2026-12-05T11:05", "2026-12-06T00:05", "Pacific/Auckland", "Last contact: 13 hours ago (Sun 6 Dec)."),
    # Los Angeles: 20:00 PST on Sat 5 Dec is 04:00 UTC on Sun 6 Dec
    ("2026-12-06T04:00", "2026-12-06T18:00", "America/Los_Angeles", "Last contact: yesterday (Sat 5 Dec)."),
    # London, the night the clocks go back (25 Oct 2026): 00:30 BST on Sun 25 Oct is 23:30 UTC on Sat 24 Oct
    ("2026-10-24T23:30", "2026-10-26T12:00", "Europe/London", "Last contact: yesterday (Sun 25 Oct)."),
    ("2026-10-24T23:30", "2026-10-26T12:00", "UTC", "Last contact: 2 days ago (Sat 24 Oct)."),
])  # fmt: skip
def test_the_last_contact_day_is_the_users_day(at, now, zone, line) -> None:
    lines = summarize(tl((at, "in")), now=pd.Timestamp(now, tz="UTC"), zone=ZoneInfo(zone)).lines("Sam")
    assert lines[0] == line


def test_each_figure_gives_its_count_and_says_too_early_below_the_minimum() -> None:
    lines = summarize(STORY, now=NOW).lines(name="Robin")
    assert lines[4:] == [
        "Typical time for Robin to reply: too early to tell (2 replies so far).",
        "Who starts the conversations: you started 60% of 5.",
        "Typical quiet spell between conversations: 1.9 days (from 4 quiet spells).",
        "Replies that felt warm: 67% of 3 with a tone noted.",
    ]


def test_a_window_leaves_out_what_came_before() -> None:
    s = summarize(STORY, now=NOW, since=pd.Timestamp("2024-03-05", tz="UTC"))
    assert (s.total_contacts, s.conversation_count, s.reply_count) == (3, 3, 1)


def test_then_and_now_compares_the_two_periods() -> None:
    cut = pd.Timestamp("2024-03-05", tz="UTC")
    before = summarize(STORY[STORY["at"] < cut], now=NOW)
    lines = cadence.compare_lines(before, summarize(STORY, now=NOW, since=cut), name="Robin")
    assert lines[0] == "Typical time for Robin to reply: then too early to tell (1 reply so far); now too early to tell (1 reply so far)."


def test_empty_summary_says_nothing_logged_yet() -> None:
    assert (
        summarize(STORY.iloc[:0], now=NOW).to_markdown()
        == "- Nothing logged yet: the summary fills in as you log contact."
    )


def test_days_are_floats() -> None:
    s = summarize(STORY, now=NOW)
    assert all(
        isinstance(v, float) and not math.isnan(v)
        for v in (s.days_since_last_contact, s.days_since_last_reply)
    )


def test_weekly_counts_total_matches_contacts() -> None:
    assert int(np.sum(cadence.weekly_counts(STORY)["total"])) == 8


def test_rows_without_a_time_are_skipped() -> None:
    frame = tl(("2024-03-08T08:00", "out"), ("2024-03-09T08:00", "in"))
    frame.loc[1, "at"] = pd.NaT
    assert (summarize(frame, now=NOW).total_contacts, summarize(frame, now=NOW).unanswered_streak) == (1, 1)


def test_a_meeting_logged_as_outgoing_still_counts_from_both_sides() -> None:
    frame = tl(("2024-03-08T08:00", "out"), ("2024-03-09T08:00", "out", "meeting"))
    assert (summarize(frame, now=NOW).unanswered_streak, cadence.reply_times(frame)["hours"].tolist()) == (
        0,
        [24.0],
    )


def test_the_last_long_silence_is_proposed_as_the_break_up() -> None:
    frame = tl(("2024-01-01T10:00", "out"), ("2024-01-02T10:00", "in"), ("2024-02-20T09:00", "out"),
               ("2024-04-01T09:00", "in"), ("2024-04-03T09:00", "out"))  # fmt: skip
    start, end = cadence.last_long_silence(frame)
    assert (f"{start:%d %b}", f"{end:%d %b}") == ("20 Feb", "01 Apr")


def test_no_long_silence_proposes_nothing() -> None:
    assert cadence.last_long_silence(STORY) is None
