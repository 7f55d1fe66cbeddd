"""The journal: files and modes, schema versions, writes, undo, timeline, extras, import."""

from __future__ import annotations

import re
import sqlite3
import stat
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.store import schema
from reconcile_kit.errors import InvalidInteraction, JournalError, UnknownEntry
from reconcile_kit.messages import from_messages
from reconcile_kit.store import ImportResult, Journal
from reconcile_kit.timeline import COLUMNS, from_interactions

UTC = timezone.utc


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _raw(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _make_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(schema.MIGRATIONS[1])
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO interactions (uid, at, channel, direction, kind, tone, summary) VALUES "
        "('old1', '2026-01-02T10:00:00.000000+00:00', 'text', 'in', 'message', 'positive', 'kept from v1')"
    )
    conn.commit()
    conn.close()


# -- files, modes and versions --------------------------------------------------------------


def test_new_journal_file_is_0600_in_new_0700_folders(tmp_path):
    path = tmp_path / "a" / "b" / "journal.sqlite3"
    Journal.open(path).close()
    assert (_mode(path), _mode(path.parent), _mode(path.parent.parent)) == (0o600, 0o700, 0o700)


def test_write_ahead_log_is_private(journal, make_interaction):
    journal.add(make_interaction())
    assert _mode(journal.path.with_name("journal.sqlite3-wal")) == 0o600


def test_default_path_is_the_environment_variable(isolated_dirs):
    with Journal.open() as opened:
        assert opened.path == isolated_dirs / "data" / "reconcile-kit" / "journal.sqlite3"


def test_default_path_without_the_variable_is_the_user_data_dir(isolated_dirs, monkeypatch):
    monkeypatch.delenv("RECONCILE_KIT_JOURNAL")
    with Journal.open() as opened:
        assert opened.path == isolated_dirs / "data" / "reconcile-kit" / "journal.sqlite3"


@pytest.mark.parametrize(("pragma", "value"), [("journal_mode", "wal"), ("synchronous", 2), ("busy_timeout", 5000), ("user_version", 2)])
def test_connection_settings(journal, pragma, value):
    assert journal._query(f"PRAGMA {pragma}") == [(value,)]


def test_times_are_stored_as_fixed_width_utc_text(journal, make_interaction):
    journal.add(make_interaction())
    assert _raw(journal.path, "SELECT at FROM interactions") == [("2026-05-01T18:30:00.000000+00:00",)]


def test_garbage_file_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"my shopping list\n" * 10)
    with pytest.raises(JournalError, match=r"notes.sqlite3 is not a reconcile-kit journal \(it is not an SQLite file\)"):
        Journal.open(path)
    assert path.read_bytes() == b"my shopping list\n" * 10


def test_another_programs_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(JournalError, match="other.db is another program's database, not a reconcile-kit journal"):
        Journal.open(path)
    assert path.read_bytes() == before


def test_journal_from_a_newer_version_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 9")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(JournalError, match=r"written by a newer reconcile-kit \(journal version 9; this one reads up to 2\)"):
        Journal.open(path)
    assert path.read_bytes() == before


def test_folder_is_refused(tmp_path):
    with pytest.raises(JournalError, match="is a folder, not a journal file"):
        Journal.open(tmp_path)


def test_empty_file_becomes_a_journal(tmp_path):
    path = tmp_path / "journal.sqlite3"
    path.touch()
    Journal.open(path).close()
    assert _raw(path, "PRAGMA user_version") == [(2,)]


def test_empty_sqlite_file_version_0_is_migrated_without_backup(tmp_path):
    path = tmp_path / "journal.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE scratch (x)")
    conn.execute("DROP TABLE scratch")
    conn.close()
    with Journal.open(path) as opened:
        assert len(opened.timeline()) == 0
    assert (_raw(path, "PRAGMA user_version"), list(tmp_path.glob("*.bak"))) == ([(2,)], [])


def test_version_1_journal_is_migrated_with_rows_intact(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _make_v1(path)
    with Journal.open(path) as opened:
        assert opened.get("old1").summary == "kept from v1"
        opened.set_setting("their_name", "Sam")  # the v2 tables exist
    assert _raw(path, "PRAGMA user_version") == [(2,)]


def test_version_1_journal_is_backed_up_before_migrating(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _make_v1(path)
    Journal.open(path).close()
    backup = tmp_path / "journal.sqlite3.pre-v2.bak"
    assert _mode(backup) == 0o600
    assert _raw(backup, "SELECT uid FROM interactions") == [("old1",)]
    assert _raw(backup, "PRAGMA user_version") == [(1,)]


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


# -- interactions ---------------------------------------------------------------------------


def test_add_gives_a_uuid_hex_uid(journal, make_interaction):
    uid = journal.add(make_interaction()).uid
    assert len(uid) == 32 and int(uid, 16) >= 0


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


# -- undo -----------------------------------------------------------------------------------


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


# -- timeline -------------------------------------------------------------------------------


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


def test_resolve_finds_a_uid_by_its_start(journal, make_interaction):
    uid = journal.add(make_interaction(uid="abc123")).uid
    journal.add(make_interaction(uid="abd999"))
    assert journal.resolve("abc") == uid
    with pytest.raises(UnknownEntry, match="more than one entry's uid starts with 'ab'"):
        journal.resolve("ab")


# -- settings, reflections, checklist, habits -------------------------------------------------


@pytest.mark.parametrize("value", ["Sam", 3, 2.5, True, ["Alex", "A."], {"pestering": 3}])
def test_settings_roundtrip(journal, value):
    journal.set_setting("key", value)
    assert journal.get_setting("key") == value


def test_missing_setting_gives_the_default(journal):
    assert journal.get_setting("their_name", "them") == "them"


def test_setting_none_removes_it(journal):
    journal.set_setting("outcome", "closure")
    journal.set_setting("outcome", None)
    assert journal.settings() == {}


def test_setting_that_is_not_plain_data_is_refused(journal):
    with pytest.raises(InvalidInteraction, match="setting 'now' must be text, a number"):
        journal.set_setting("now", datetime.now(UTC))


def test_reflections_roundtrip(journal):
    at = datetime(2026, 6, 1, tzinfo=UTC)
    ids = [journal.add_reflection("S1.4", "expect nothing", at=at), journal.add_reflection("S5.5", "I tried", at=at)]
    frame = journal.reflections("S5.5")
    assert (ids, list(frame.columns), frame["text"].tolist()) == ([1, 2], ["id", "prompt_id", "text", "at"], ["I tried"])


def test_latest_reflection_is_the_newest(journal):
    journal.add_reflection("apology_draft", "first try", at=datetime(2026, 6, 1, tzinfo=UTC))
    journal.add_reflection("apology_draft", "second try", at=datetime(2026, 6, 2, tzinfo=UTC))
    assert (journal.latest_reflection("apology_draft"), journal.latest_reflection("S1.1")) == ("second try", None)


def test_empty_reflection_is_refused(journal):
    with pytest.raises(InvalidInteraction, match="^text is empty"):
        journal.add_reflection("S1.4", "  ")


def test_ticks_keep_the_first_time_and_can_be_undone(journal):
    journal.set_ticked("S1.1", at=datetime(2026, 6, 1, tzinfo=UTC))
    journal.set_ticked("S1.1", at=datetime(2026, 6, 9, tzinfo=UTC))
    journal.set_ticked("S1.2")
    journal.set_ticked("S1.2", done=False)
    assert journal.ticked() == {"S1.1": datetime(2026, 6, 1, tzinfo=UTC)}


def test_habits_and_check_ins_roundtrip(journal):
    habit = journal.add_habit("Going quiet", at=datetime(2026, 10, 1, tzinfo=UTC))
    journal.check_in(habit, slipped=True, note="one evening", at=datetime(2026, 10, 2, tzinfo=UTC))
    row = journal.check_ins().iloc[0]
    assert (journal.habits()["name"].tolist(), row["habit_id"], row["slipped"], row["note"]) == (
        ["Going quiet"], habit, True, "one evening")  # fmt: skip


def test_check_in_for_an_unknown_habit(journal):
    with pytest.raises(UnknownEntry, match="^no habit with id 7 is on the watch list$"):
        journal.check_in(7, slipped=False)


# -- import ---------------------------------------------------------------------------------


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


# -- bulk import and read-back paths (multi-row inserts, JSON column read) -------------------


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


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_message_summary_equals_the_regex_definition(text):
    expected = re.sub(r"\s+", " ", text).strip()[:120].strip() or "[empty message]"
    frame = pd.DataFrame({"at": [pd.Timestamp("2026-05-01", tz="UTC")], "direction": ["in"], "kind": ["text"],
                          "text": [text], "source": ["csv"], "uid": ["x"]})  # fmt: skip
    assert from_messages(frame)["summary"].tolist() == [expected]


# -- the daily backup check on open (names only: no stat, no strptime) ----------------------


@pytest.mark.parametrize("stamp", ["20260501T183000", "19991231T235959", "20240229T000001"])
def test_backup_stamps_read_like_strptime(stamp):
    from reconcile_kit.store.backup import _stamp_time

    assert _stamp_time(stamp) == datetime.strptime(stamp, "%Y%m%dT%H%M%S").replace(tzinfo=UTC)


def test_a_fresh_backup_of_another_journal_does_not_count(tmp_path):
    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()  # a new journal: nothing to back up yet
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / f"other.{datetime.now(UTC):%Y%m%dT%H%M%S}Z.daily.sqlite3").touch()
    Journal.open(path).close()
    assert len(list((tmp_path / "backups").glob("journal.*Z.daily.sqlite3"))) == 1
