"""Importing messages (`Journal.import_messages`, rows.py): checks, skips, undo, bulk multi-row inserts."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.arrays import filled
from reconcile_kit.errors import InvalidInteraction
from reconcile_kit.timeline import from_messages
from reconcile_kit.store import ImportResult, Journal, rows
from reconcile_kit.timeline import from_interactions, from_records, message_columns

UTC = timezone.utc


# -- timeline frames ----------------------------------------------------------------------


def _frame(make_interaction, count=3):
    return from_interactions(
        make_interaction(uid=f"m{n}", summary=f"message {n}", at=datetime(2026, 5, 1, n, tzinfo=UTC)) for n in range(count)
    )


def test_import_adds_rows(journal, make_interaction):
    assert journal.import_messages(_frame(make_interaction)) == ImportResult(added=3, skipped=0)
    assert journal.timeline()["uid"].tolist() == ["m0", "m1", "m2"]


def test_import_again_skips_every_row(journal, make_interaction):
    journal.import_messages(_frame(make_interaction))
    assert journal.import_messages(_frame(make_interaction, count=4)) == ImportResult(added=1, skipped=3)


def test_import_with_a_bad_row_adds_nothing(journal, make_interaction):
    frame = _frame(make_interaction).astype({"kind": object})
    frame.loc[1, "kind"] = "hug"
    with pytest.raises(InvalidInteraction, match="^row 2: kind 'hug' is not one of: message"):
        journal.import_messages(frame)
    assert len(journal.timeline()) == 0


def test_undo_removes_an_import(journal, make_interaction):
    journal.import_messages(_frame(make_interaction))
    assert journal.undo() == "Removed the 3 messages you just imported"
    assert len(journal.timeline()) == 0


def test_imported_times_keep_their_instant(journal, make_interaction):
    frame = _frame(make_interaction, count=1)
    frame["at"] = pd.Series(["2026-05-01T20:30:00+02:00"])
    journal.import_messages(frame)
    assert journal.get("m0").at == datetime(2026, 5, 1, 18, 30, tzinfo=UTC)



# -- the columns message_columns makes, tones marked on them (tone.imported) ---------------


def test_marked_columns_store_the_rows_their_frame_would(journal, tmp_path):
    columns = message_columns(_messages(40))
    columns["tone"], columns["tone_by"] = columns["tone"].copy(), filled(40, "user")
    columns["tone"][::3], columns["tone_by"][::3] = "positive", "suggested"
    frame = from_records(columns)
    with Journal.open(tmp_path / "frame.sqlite3") as other:
        other.import_messages(frame)
        assert journal.import_messages(columns) == ImportResult(added=40, skipped=0)
        assert journal.timeline().equals(other.timeline())


def test_a_marked_tone_outside_the_vocabulary_is_refused(journal):
    columns = message_columns(_messages(3))
    columns["tone"], columns["tone_by"] = columns["tone"].copy(), filled(3, "suggested")
    columns["tone"][1] = "warm"
    with pytest.raises(InvalidInteraction, match="^row 2: tone 'warm' is not one of"):
        journal.import_messages(columns)


class _Later:
    """Tones handed out on request, as `tone.imported.SuggestedTones` does; remembers what was asked."""

    def __init__(self, tones: list[str]) -> None:
        self.tones, self.asked = np.asarray(tones, dtype=object), []

    def __len__(self) -> int:
        return len(self.tones)

    def upto(self, count: int) -> np.ndarray:
        self.asked.append(count)
        return self.tones


def _later_columns(count: int, tones: list[str], order: list[int] | None = None) -> dict:
    columns = message_columns(_messages(count))
    columns["tone"], columns["tone_by"] = _Later(tones), filled(count, "suggested")
    if order is not None:
        columns["at"] = columns["at"][order]
    return columns


def test_tones_that_come_later_are_taken_as_the_rows_are_written(journal, monkeypatch):
    monkeypatch.setattr(rows, "LATER_STEP", 10)
    columns = _later_columns(70, ["positive", "neutral", "negative", "none"] * 17 + ["none", "none"])
    assert journal.import_messages(columns) == ImportResult(added=70, skipped=0)
    assert journal.timeline()["tone"].astype(str).tolist() == columns["tone"].tones.tolist()
    assert columns["tone"].asked == [42, 70]  # 32 rows a statement, 10 more each time


def test_a_later_tone_outside_the_vocabulary_writes_nothing(journal):
    with pytest.raises(InvalidInteraction, match="^row 3: tone 'warm' is not one of"):
        journal.import_messages(_later_columns(3, ["none", "none", "warm"]))
    assert len(journal.timeline()) == 0


def test_later_tones_of_rows_out_of_time_order_are_taken_at_once(journal):
    columns = _later_columns(3, ["positive", "none", "negative"], order=[2, 0, 1])
    journal.import_messages(columns)
    assert (journal.get("u001").tone, columns["tone"].asked) == ("none", [3])


# -- messages frames, bulk (multi-row inserts) --------------------------------------------


def _messages(count: int, uids: list[str] | None = None) -> pd.DataFrame:
    """A messages frame (`load_messages` shape), one message a minute, in time order."""
    return pd.DataFrame({
        "at": pd.date_range("2026-05-01", periods=count, freq="min", tz="UTC"),
        "sender": "Sam", "direction": "out", "kind": "text", "text": [f"note {n}" for n in range(count)],
        "chars": 6, "source": "whatsapp", "uid": uids or [f"u{n:03d}" for n in range(count)],
    })  # fmt: skip


@pytest.mark.parametrize(("count", "added"), [(1, 1), (32, 32), (33, 33), (70, 70)])
def test_bulk_import_counts_across_statement_sizes(journal, count, added):
    assert journal.import_messages(_messages(count)) == ImportResult(added=added, skipped=0)
    assert journal.timeline()["uid"].tolist() == [f"u{n:03d}" for n in range(count)]


def test_bulk_import_skips_uids_repeated_inside_one_frame(journal):
    frame = _messages(40, uids=[f"u{n % 35:03d}" for n in range(40)])
    assert journal.import_messages(frame) == ImportResult(added=35, skipped=5)


def test_import_of_unsorted_messages_stores_them_in_time_order(journal):
    frame = _messages(3).iloc[[2, 0, 1]].reset_index(drop=True)
    journal.import_messages(frame)
    assert journal.timeline()["uid"].tolist() == ["u000", "u001", "u002"]


def test_imported_message_text_keeps_quotes_and_new_lines(journal):
    frame = _messages(2)
    frame.loc[0, "text"] = "it's \"fine\"\n\n  see you\t"
    journal.import_messages(frame)
    assert journal.get("u000").summary == "it's \"fine\" see you"


def test_imported_columns_left_to_their_defaults_read_back(journal):
    journal.import_messages(_messages(2))
    row = journal.timeline().iloc[0]
    assert (row["tone"], row["tags"], row["notes"], row["source"]) == ("none", "", "", "whatsapp")
    assert pd.isna(row["mood"])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_message_summary_equals_the_regex_definition(text):
    expected = re.sub(r"\s+", " ", text).strip()[:120].strip() or "[empty message]"
    frame = pd.DataFrame({"at": [pd.Timestamp("2026-05-01", tz="UTC")], "direction": ["in"], "kind": ["text"],
                          "text": [text], "source": ["csv"], "uid": ["x"]})  # fmt: skip
    assert from_messages(frame)["summary"].tolist() == [expected]
