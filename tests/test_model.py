"""The Interaction model: vocabulary, validation rules and their messages."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.errors import InvalidInteraction
from reconcile_kit.model import LABELS, VOCABULARY, Channel, Interaction, Kind, Stage, Tone, coerce

UTC = timezone.utc


def test_vocabulary_is_the_design_strings():
    assert VOCABULARY["direction"] == ("out", "in", "both")
    assert VOCABULARY["kind"] == ("message", "meet_ask", "meeting", "apology", "refusal", "boundary", "date", "note", "held_back")
    assert VOCABULARY["tone"] == ("positive", "neutral", "negative", "none")
    assert VOCABULARY["tone_by"] == ("user", "suggested")


def test_enums_compare_equal_to_their_strings():
    assert Stage.CATCH_UP == "catch_up" and Channel.VIDEO_CALL == "video_call"


@pytest.mark.parametrize("field", sorted(VOCABULARY))
def test_every_vocabulary_value_has_a_label(field):
    assert set(LABELS[field]) == set(VOCABULARY[field])


@pytest.mark.parametrize(
    ("field", "value", "allowed"),
    [
        ("channel", "pigeon", "text, email, call, video_call, voice_message, in_person, social, letter, other"),
        ("direction", "sideways", "out, in, both"),
        ("kind", "hug", "message, meet_ask, meeting, apology, refusal, boundary, date, note, held_back"),
        ("tone", "sunny", "positive, neutral, negative, none"),
    ],
)
def test_unknown_vocabulary_value_names_field_value_and_allowed(make_interaction, field, value, allowed):
    with pytest.raises(InvalidInteraction, match=f"^{field} '{value}' is not one of: {allowed}$"):
        make_interaction(**{field: value})


def test_vocabulary_values_are_read_case_and_space_insensitively(make_interaction):
    assert make_interaction(channel=" Video_Call ", kind="MEETING").kind is Kind.MEETING


def test_coerce_error_carries_the_field_name():
    with pytest.raises(InvalidInteraction) as caught:
        coerce("tone", "loud")
    assert caught.value.field == "tone"


def test_naive_time_is_local_time_stored_in_utc(make_interaction):  # conftest sets TZ=UTC
    assert make_interaction(at=datetime(2026, 5, 1, 18, 30)).at == datetime(2026, 5, 1, 18, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("at", "shown"), [(datetime(2517, 11, 7, tzinfo=UTC), "2517-11-07"), (datetime(1899, 12, 31, tzinfo=UTC), "1899-12-31")]
)
def test_a_time_outside_1900_2200_is_refused(make_interaction, at, shown):
    with pytest.raises(InvalidInteraction, match=f"at {shown} is outside the years 1900-2200"):
        make_interaction(at=at)


def test_aware_time_is_converted_to_utc(make_interaction):
    at = datetime(2026, 5, 1, 18, 30, tzinfo=timezone(timedelta(hours=2)))
    assert make_interaction(at=at).at == datetime(2026, 5, 1, 16, 30, tzinfo=UTC)


@pytest.mark.parametrize("value", ["2026-05-01T18:30:00+00:00", pd.Timestamp("2026-05-01 18:30", tz="UTC")])
def test_iso_text_and_pandas_timestamps_are_accepted(make_interaction, value):
    assert make_interaction(at=value).at == datetime(2026, 5, 1, 18, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "message"),
    [("last tuesday", "at 'last tuesday' is not an ISO date and time"), (12, "at must be a date and time, not int")],
)
def test_unreadable_time_is_rejected(make_interaction, value, message):
    with pytest.raises(InvalidInteraction, match=message):
        make_interaction(at=value)


@pytest.mark.parametrize("summary", ["", "   ", None])
def test_empty_summary_is_rejected(make_interaction, summary):
    with pytest.raises(InvalidInteraction, match="^summary is empty: write a few words"):
        make_interaction(summary=summary)


def test_summary_is_stored_stripped(make_interaction):
    assert make_interaction(summary="  coffee  ").summary == "coffee"


def test_summary_of_500_characters_is_the_most(make_interaction):
    assert len(make_interaction(summary="x" * 500).summary) == 500
    with pytest.raises(InvalidInteraction, match="^summary has 501 characters; the most is 500$"):
        make_interaction(summary="x" * 501)


@pytest.mark.parametrize("field", ["text", "notes"])
def test_text_and_notes_are_at_most_100000_characters(make_interaction, field):
    with pytest.raises(InvalidInteraction, match=f"^{field} has 100,001 characters; the most is 100,000$"):
        make_interaction(**{field: "x" * 100_001})


def test_text_must_be_text(make_interaction):
    with pytest.raises(InvalidInteraction, match="^text must be text, not int$"):
        make_interaction(text=5)


def test_empty_source_means_manual(make_interaction):
    assert make_interaction(source="").source == "manual"


def test_source_is_at_most_40_characters(make_interaction):
    with pytest.raises(InvalidInteraction, match="^source has 41 characters"):
        make_interaction(source="s" * 41)


@pytest.mark.parametrize(("value", "stored"), [(None, None), (1, 1), (5, 5), ("3", 3), (4.0, 4)])
def test_mood_accepts_whole_numbers_1_to_5(make_interaction, value, stored):
    assert make_interaction(mood=value).mood == stored


@pytest.mark.parametrize(
    ("value", "message"),
    [(0, "mood 0 must be 1-5 or empty"), (6, "mood 6 must be 1-5 or empty"),
     (2.5, "mood 2.5 must be a whole number 1-5 or empty"), ("good", "mood 'good' must be a whole number"),
     (True, "mood True must be a whole number")],
)  # fmt: skip
def test_mood_outside_1_to_5_is_rejected(make_interaction, value, message):
    with pytest.raises(InvalidInteraction, match=message):
        make_interaction(mood=value)


@pytest.mark.parametrize(("value", "stored"), [("a, b,a,", ("a", "b")), (["x", " y "], ("x", "y")), (None, ())])
def test_tags_are_stripped_unique_and_in_order(make_interaction, value, stored):
    assert make_interaction(tags=value).tags == stored


def test_a_tag_longer_than_40_characters_is_rejected(make_interaction):
    with pytest.raises(InvalidInteraction, match="is longer than 40 characters"):
        make_interaction(tags=["t" * 41])


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_tags_parsed_from_any_text_are_clean(text):
    item = Interaction(at=datetime(2026, 5, 1, tzinfo=UTC), channel="text", direction="out", kind="note",
                       summary="n", tags=text.replace("\x00", ""))  # fmt: skip
    assert all(tag == tag.strip() and tag and "," not in tag for tag in item.tags)
    assert len(set(item.tags)) == len(item.tags)


def test_interaction_is_frozen(make_interaction):
    with pytest.raises(dataclasses.FrozenInstanceError):
        make_interaction().summary = "changed"  # type: ignore[misc]


def test_replace_returns_a_validated_copy(make_interaction):
    assert make_interaction().replace(tone="positive").tone is Tone.POSITIVE


def test_replace_rejects_an_unknown_field(make_interaction):
    with pytest.raises(InvalidInteraction, match="^unknown field 'colour'; fields are: at, channel"):
        make_interaction().replace(colour="blue")


def test_replace_rejects_a_bad_value(make_interaction):
    with pytest.raises(InvalidInteraction, match="^kind 'hug' is not one of"):
        make_interaction().replace(kind="hug")


def test_to_dict_gives_plain_values(make_interaction):
    assert make_interaction(tags="a,b", mood=3).to_dict() == {
        "uid": None, "at": "2026-05-01T18:30:00+00:00", "channel": "text", "direction": "out",
        "kind": "message", "tone": "none", "summary": "coffee at the park", "text": "", "mood": 3,
        "source": "manual", "tags": "a,b", "notes": "", "tone_by": "user",
    }  # fmt: skip
