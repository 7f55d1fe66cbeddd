"""The demo journal: deterministic, walks the guide, ends right for both endings."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from reconcile_kit.demo import DEMO_NOW, demo_journal, demo_path, is_demo
from reconcile_kit.errors import InvalidInteraction, JournalError
from reconcile_kit.store import Journal

UTC = timezone.utc


def test_two_builds_give_identical_timelines(tmp_path):
    with demo_journal(tmp_path / "a.sqlite3") as first, demo_journal(tmp_path / "b.sqlite3") as second:
        assert first.timeline().equals(second.timeline())


def test_rebuilding_in_place_gives_the_same_journal(tmp_path, demo):
    with demo_journal(demo.path) as again:
        assert again.timeline().equals(demo.timeline())


@pytest.mark.parametrize(("fixture", "rows"), [("demo", 72), ("closure_demo", 64)])
def test_demo_has_60_to_120_entries(request, fixture, rows):
    assert len(request.getfixturevalue(fixture).timeline()) == rows


def test_reconciling_demo_walks_every_step_kind(demo):
    assert set(demo.timeline()["kind"].astype(str)) == {"message", "note", "meet_ask", "meeting", "apology", "date"}


def test_closure_demo_ends_in_a_kind_refusal(closure_demo):
    frame = closure_demo.timeline()
    refusal = frame[frame["kind"] == "refusal"].iloc[0]
    assert (refusal["direction"], refusal["tone"], "date" in set(frame["kind"])) == ("in", "positive", False)


def test_closure_demo_asks_for_nothing_after_the_refusal(closure_demo):
    frame = closure_demo.timeline()
    after = frame[frame["at"] > frame.loc[frame["kind"] == "refusal", "at"].iloc[0]]
    assert after["kind"].astype(str).tolist() == ["message", "note"]


def test_reconciling_demo_ends_with_dates(demo):
    frame = demo.timeline()
    outcome = frame[frame["kind"].isin(["date", "refusal"])]
    assert outcome["kind"].astype(str).tolist() == ["date", "date"]


def test_demo_opens_after_months_of_silence(demo):
    first, second = demo.timeline()["at"].iloc[:2]
    assert (second - first).days == 147


def test_demo_has_one_run_of_three_unanswered_messages(demo):
    frame = demo.timeline()
    contact = frame[frame["kind"] != "note"]["direction"].astype(str).tolist()
    runs = "".join("o" if d == "out" else "i" for d in contact).split("i")
    assert max(len(run) for run in runs) == 3 and sum(len(run) == 3 for run in runs) == 1


def test_the_coffee_is_a_meeting_in_person(demo):
    frame = demo.timeline()
    coffee = frame[frame["kind"] == "meeting"].iloc[0]
    assert (coffee["direction"], coffee["channel"], coffee["at"]) == ("both", "in_person", datetime(2026, 8, 1, 10, 30, tzinfo=UTC))


def test_everything_happens_before_the_demo_clock(demo):
    assert demo.timeline()["at"].max() < DEMO_NOW


def test_moods_vary(demo):
    assert sorted(demo.timeline()["mood"].dropna().unique()) == [2, 3, 4, 5]


def test_demo_settings(demo):
    assert demo.settings() == {
        "demo": "reconciling", "my_names": ["Alex"], "now": "2026-10-15T19:00:00+00:00",
        "outcome": "reconciling", "their_name": "Robin", "their_pronouns": "they/them", "timezone": "UTC",
    }  # fmt: skip


def test_demo_keeps_two_apology_drafts(demo):
    assert len(demo.reflections("apology_draft")) == 2


@pytest.mark.parametrize(("fixture", "habits", "check_ins"), [("demo", 2, 4), ("closure_demo", 0, 0)])
def test_habit_watch_list_only_when_reconciling(request, fixture, habits, check_ins):
    journal = request.getfixturevalue(fixture)
    assert (len(journal.habits()), len(journal.check_ins())) == (habits, check_ins)


@pytest.mark.parametrize(("fixture", "last"), [("demo", "S5.3"), ("closure_demo", "S5.5")])
def test_demo_ticks_guide_items(request, fixture, last):
    assert list(request.getfixturevalue(fixture).ticked())[-1] == last


def test_is_demo(demo, journal):
    assert (is_demo(demo), is_demo(journal)) == (True, False)


def test_default_demo_lives_in_the_user_cache(isolated_dirs):
    with demo_journal(ending="closure") as built:
        assert built.path == demo_path("closure") == isolated_dirs / "cache" / "reconcile-kit" / "demo-closure.sqlite3"


def test_demo_never_overwrites_a_real_journal(journal, make_interaction):
    journal.add(make_interaction())
    with pytest.raises(JournalError, match="is a real journal, not a demo; the demo will not overwrite it"):
        demo_journal(journal.path)
    assert len(journal.timeline()) == 1


def test_demo_never_overwrites_another_file(tmp_path):
    path = tmp_path / "essay.sqlite3"
    path.write_text("my essay")
    with pytest.raises(JournalError, match="is not a reconcile-kit journal"):
        demo_journal(path)
    assert path.read_text() == "my essay"


def test_unknown_ending_is_refused(tmp_path):
    with pytest.raises(InvalidInteraction, match="^ending 'maybe' is not one of: reconciling, closure$"):
        demo_journal(tmp_path / "d.sqlite3", ending="maybe")


def test_build_leaves_no_temporary_files(tmp_path):
    demo_journal(tmp_path / "d.sqlite3").close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["d.sqlite3"]


def test_demo_reopens_as_a_journal(tmp_path):
    demo_journal(tmp_path / "d.sqlite3").close()
    with Journal.open(tmp_path / "d.sqlite3") as again:
        assert again.get_setting("their_name") == "Robin"
