"""The `Journal` class (journal.py): reopening and closing, entries, undo, the timeline, uid lookup."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from reconcile_kit.errors import InvalidInteraction, JournalError, UnknownEntry
from reconcile_kit.store import Journal
from reconcile_kit.timeline import COLUMNS

from .helpers import _raw

UTC = timezone.utc


# -- opening and closing ------------------------------------------------------------------


def test_reopen_keeps_entries(tmp_path, make_interaction):
    with Journal.open(tmp_path / "j.sqlite3") as first:
        saved = first.add(make_interaction())
    with Journal.open(tmp_path / "j.sqlite3") as again:
        assert again.get(saved.uid) == saved


def test_closed_journal_says_so(journal):
    journal.close()
    journal.close()
    with pytest.raises(JournalError, match="journal.sqlite3 is closed; open it again"):
        journal.timeline()


def test_repr_names_the_file(tmp_path):
    with Journal.open(tmp_path / "j.sqlite3") as opened:
        assert repr(opened) == f"<Journal {str(tmp_path / 'j.sqlite3')!r}>"
    assert repr(opened).endswith("(closed)>")



# -- interactions -------------------------------------------------------------------------


def test_add_gives_a_uuid_hex_uid(journal, make_interaction):
    uid = journal.add(make_interaction()).uid
    assert len(uid) == 32 and int(uid, 16) >= 0


def test_times_are_stored_as_fixed_width_utc_text(journal, make_interaction):
    journal.add(make_interaction())
    assert _raw(journal.path, "SELECT at FROM interactions") == [("2026-05-01T18:30:00.000000+00:00",)]


def test_get_returns_what_was_added(journal, make_interaction):
    saved = journal.add(make_interaction(tags="a,b", mood=4, text="hello", notes="n"))
    assert journal.get(saved.uid) == saved


def test_add_with_a_uid_already_stored_is_refused(journal, make_interaction):
    journal.add(make_interaction(uid="same"))
    with pytest.raises(JournalError, match="an entry with uid 'same' is already in the journal"):
        journal.add(make_interaction(uid="same"))


def test_get_unknown_uid(journal):
    with pytest.raises(UnknownEntry, match="^entry 'nope' is not in the journal"):
        journal.get("nope")


def test_update_changes_fields(journal, make_interaction):
    uid = journal.add(make_interaction()).uid
    journal.update(uid, tone="positive", summary="tea instead")
    assert (journal.get(uid).tone, journal.get(uid).summary) == ("positive", "tea instead")


def test_a_suggested_tone_the_user_changes_becomes_theirs(journal, make_interaction):
    uid = journal.add(make_interaction(direction="in", tone="neutral", tone_by="suggested")).uid
    journal.update(uid, summary="only the summary")
    assert (journal.get(uid).tone, str(journal.get(uid).tone_by)) == ("neutral", "suggested")
    journal.update(uid, tone="positive")
    assert (journal.get(uid).tone, str(journal.get(uid).tone_by)) == ("positive", "user")
    journal.update(uid, tone="negative", tone_by="suggested")  # said outright, as the import does
    assert str(journal.get(uid).tone_by) == "suggested"


def test_update_with_a_bad_value_writes_nothing(journal, make_interaction):
    saved = journal.add(make_interaction())
    with pytest.raises(InvalidInteraction, match="^mood 9 must be 1-5"):
        journal.update(saved.uid, summary="changed", mood=9)
    assert journal.get(saved.uid) == saved


def test_delete_is_soft(journal, make_interaction):
    uid = journal.add(make_interaction()).uid
    journal.delete(uid)
    assert len(journal.timeline()) == 0
    assert journal.timeline(include_deleted=True)["deleted_at"].notna().tolist() == [True]


def test_deleted_entry_cannot_be_edited(journal, make_interaction):
    uid = journal.add(make_interaction()).uid
    journal.delete(uid)
    with pytest.raises(UnknownEntry, match=f"entry '{uid}' is deleted"):
        journal.update(uid, tone="positive")


def test_failed_write_leaves_the_journal_as_it_was(journal, make_interaction, monkeypatch):
    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(journal, "_log_undo", broken)
    with pytest.raises(JournalError, match="could not be written: disk I/O error"):
        journal.add(make_interaction())
    assert len(journal.timeline(include_deleted=True)) == 0



# -- undo ---------------------------------------------------------------------------------


def test_undo_with_nothing_to_undo(journal):
    assert journal.undo() is None


def test_undo_goes_back_several_steps(journal, make_interaction):
    uid = journal.add(make_interaction()).uid
    journal.update(uid, summary="tea at home")
    journal.delete(uid)
    assert [journal.undo(), journal.undo(), journal.undo(), journal.undo()] == [
        "Brought back the entry you deleted: 'tea at home'",
        "Put back the entry as it was before your edit: 'coffee at the park'",
        "Removed the entry you just logged: 'coffee at the park'",
        None,
    ]


def test_undo_restores_the_entry_before_an_edit(journal, make_interaction):
    saved = journal.add(make_interaction(mood=2))
    journal.update(saved.uid, mood=5, tags="x")
    journal.undo()
    assert journal.get(saved.uid) == saved


def test_undo_works_after_reopening(tmp_path, make_interaction):
    with Journal.open(tmp_path / "j.sqlite3") as first:
        first.add(make_interaction(summary="first"))
        first.add(make_interaction(summary="second"))
    with Journal.open(tmp_path / "j.sqlite3") as again:
        assert again.undo() == "Removed the entry you just logged: 'second'"
        assert again.timeline()["summary"].tolist() == ["first"]



# -- timeline (read back through JSON columns) and uid lookup -----------------------------


def test_timeline_has_the_documented_columns_and_dtypes(journal, make_interaction):
    journal.add(make_interaction())
    frame = journal.timeline()
    assert tuple(frame.columns) == COLUMNS
    assert (str(frame["at"].dtype), str(frame["kind"].dtype), str(frame["mood"].dtype)) == (
        "datetime64[ns, UTC]", "category", "Int64")  # fmt: skip


def test_empty_timeline_has_the_columns(journal):
    assert tuple(journal.timeline().columns) == COLUMNS


def test_timeline_is_sorted_by_time_then_insertion(journal, make_interaction):
    for summary, day in [("late", 3), ("tie-a", 2), ("early", 1), ("tie-b", 2)]:
        journal.add(make_interaction(summary=summary, at=datetime(2026, 5, day, tzinfo=UTC)))
    assert journal.timeline()["summary"].tolist() == ["early", "tie-a", "tie-b", "late"]


def test_timeline_reorders_rows_whose_insertion_is_out_of_time_order(journal, make_interaction):
    journal.add(make_interaction(summary="later", at=datetime(2026, 5, 2, tzinfo=UTC)))
    journal.add(make_interaction(summary="earlier", at=datetime(2026, 5, 1, tzinfo=UTC)))
    assert journal.timeline()["summary"].tolist() == ["earlier", "later"]


def test_timeline_reads_moods_and_deleted_times(journal, make_interaction):
    kept = journal.add(make_interaction(mood=4))
    journal.delete(journal.add(make_interaction(summary="gone")).uid)
    frame = journal.timeline(include_deleted=True)
    assert frame["mood"].tolist()[0] == 4 and frame["uid"].tolist()[0] == kept.uid
    assert frame["deleted_at"].notna().tolist() == [False, True]


def test_resolve_finds_a_uid_by_its_start(journal, make_interaction):
    uid = journal.add(make_interaction(uid="abc123")).uid
    journal.add(make_interaction(uid="abd999"))
    assert journal.resolve("abc") == uid
    with pytest.raises(UnknownEntry, match="more than one entry's uid starts with 'ab'"):
        journal.resolve("ab")


def test_a_contact_more_than_a_day_ahead_is_refused_and_nothing_is_written(journal, make_interaction):
    with pytest.raises(InvalidInteraction, match="^at is Thu 1 Jan 2099, more than a day ahead: log a contact once it has happened$"):
        journal.add(make_interaction(at=datetime(2099, 1, 1, 12, tzinfo=timezone.utc)))
    assert len(journal.timeline()) == 0


def test_a_contact_later_today_is_fine(journal, make_interaction):
    saved = journal.add(make_interaction(at=datetime.now(timezone.utc) + timedelta(hours=20)))
    assert len(journal.timeline()) == 1 and saved.uid


def test_moving_an_entry_into_the_far_future_is_refused(journal, make_interaction):
    saved = journal.add(make_interaction())
    with pytest.raises(InvalidInteraction, match="more than a day ahead"):
        journal.update(saved.uid, at=datetime(2099, 1, 1, tzinfo=timezone.utc))
    assert journal.get(saved.uid).at == make_interaction().at
