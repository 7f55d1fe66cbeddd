"""messages.from_messages: imported messages become timeline rows."""

from pathlib import Path

import pytest

from reconcile_kit.importers import load_messages
from reconcile_kit.timeline import from_messages
from reconcile_kit.timeline import COLUMNS

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def timeline():
    return from_messages(load_messages(DATA / "whatsapp_android.txt", me="Alex Doe", tz="UTC"))


def test_columns_are_the_timeline_contract(timeline):
    assert tuple(timeline.columns) == COLUMNS


def test_system_rows_are_dropped(timeline):
    assert len(timeline) == 10


def test_summaries_and_placeholders(timeline):
    assert timeline["summary"][:5].tolist() == [
        "See you at 8?", "Yes bring the blue bag and the keys", "[photo or file]", "[deleted message]", "[deleted message]"]


def test_kind_tone_channel_and_source(timeline):
    assert set(timeline["kind"]) == {"message"} and set(timeline["tone"]) == {"none"}
    assert set(timeline["channel"]) == {"text"} and set(timeline["source"]) == {"whatsapp"}


def test_call_rows_use_the_call_channel():
    frame = from_messages(load_messages(DATA / "telegram_single.json", me="Alex Doe"))
    assert frame["channel"].astype(str).tolist() == ["text", "text", "call", "text", "text"]
    assert frame["summary"][2] == "[call]"


def test_summary_is_cut_at_120_characters():
    messages = load_messages(DATA / "whatsapp_android.txt", me="Alex Doe", tz="UTC").head(3)
    messages.loc[1, "text"] = "word " * 60
    assert len(from_messages(messages)["summary"][0]) == 119  # 120 characters, trailing space stripped


def test_uids_and_directions_carry_over(timeline):
    messages = load_messages(DATA / "whatsapp_android.txt", me="Alex Doe", tz="UTC")
    kept = messages[messages["kind"] != "system"]
    assert timeline["uid"].tolist() == kept["uid"].tolist()
    assert timeline["direction"].astype(str).tolist() == kept["direction"].tolist()


def test_missing_columns_are_named():
    with pytest.raises(ValueError, match="lacks column"):
        from_messages(load_messages(DATA / "messages.csv", me="Alex Doe").drop(columns="uid"))
