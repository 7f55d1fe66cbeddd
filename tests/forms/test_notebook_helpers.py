"""open_journal: the demo or the user's own journal, one line saying which, never a path."""

import os
from datetime import datetime

import pytest

from reconcile_kit import demo as demo_module
from reconcile_kit import notebook_helpers as nh
from reconcile_kit.store import Journal
from tests.states import build


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("RECONCILE_KIT_JOURNAL", str(tmp_path / "mine.sqlite3"))
    monkeypatch.setenv("RECONCILE_KIT_DEMO_DIR", str(tmp_path / "demos"))
    return tmp_path


@pytest.fixture
def quick_demo(monkeypatch):
    """A stand-in for the 4-second demo build: an empty journal named like the demo."""
    built = []

    def build(path, ending="reconciling"):
        journal = Journal.open(path)
        journal.set_setting("their_name", "Robin")
        built.append((path, ending))
        return journal

    monkeypatch.setattr(demo_module, "demo_journal", build)
    return built


def test_demo_when_the_user_has_no_journal_yet(env):
    assert nh.using_demo() is True


def test_own_journal_once_it_exists(env):
    (env / "mine.sqlite3").touch()
    assert nh.using_demo() is False


def test_demo_forced_by_the_environment(env, monkeypatch):
    (env / "mine.sqlite3").touch()
    monkeypatch.setenv("RECONCILE_KIT_DEMO", "1")
    assert nh.using_demo() is True


def test_own_journal_says_so_without_a_path(env, capsys):
    journal = nh.open_journal(demo=False)
    assert (capsys.readouterr().out, journal.path) == ("Using your journal.\n", env / "mine.sqlite3")


def test_demo_says_so_without_a_path(env, quick_demo, capsys):
    nh.open_journal()
    assert capsys.readouterr().out == "Using the demo journal (Alex and Robin, invented).\n"


def test_demo_is_built_fresh_in_the_demo_dir(env, quick_demo):
    first, second = nh.open_journal(quiet=True), nh.open_journal(quiet=True)
    assert first.path != second.path and first.path.parent.parent == env / "demos"


def test_demo_ending_is_passed_on(env, quick_demo):
    nh.open_journal(quiet=True, ending="closure")
    assert quick_demo[0][1] == "closure"


def test_demo_never_creates_the_users_journal(env, quick_demo):
    nh.open_journal(quiet=True)
    assert not (env / "mine.sqlite3").exists()


def test_the_real_demo_names_robin(env):
    assert nh.their_name(nh.open_journal(quiet=True)) == "Robin"


def test_start_my_journal_keeps_their_name(env, capsys):
    journal = nh.start_my_journal("Sam", "she/her")
    assert (journal.get_setting("their_name"), nh.using_demo()) == ("Sam", False)


def test_figures_get_a_modest_resolution(env, quick_demo):
    import matplotlib

    nh.open_journal(quiet=True)
    assert matplotlib.rcParams["figure.dpi"] == 80


def test_old_demo_folders_are_swept(env, quick_demo):
    old = env / "demos" / "reconcile-kit-demo-old"
    old.mkdir(parents=True)
    os.utime(old, (0, 0))
    opened = nh.open_journal(quiet=True)
    assert (old.exists(), opened.path.parent.parent) == (False, env / "demos")


def test_recent_demo_folders_are_kept(env):
    (env / "demos" / "reconcile-kit-demo-new").mkdir(parents=True)
    assert nh.prune_demos(env / "demos") == 0


# -- the promise (your journal, else the demo), the demo mid-story, scratch copies, the rhythm ------


def test_a_demo_file_at_your_path_is_called_the_demo(env, capsys):
    from reconcile_kit.demo import demo_journal

    demo_journal(env / "mine.sqlite3").close()
    nh.open_journal()
    assert capsys.readouterr().out == nh.DEMO_LINE + "\n"


def test_a_journal_that_cannot_be_opened_says_so_and_shows_the_demo(env, quick_demo, capsys):
    (env / "mine.sqlite3").write_bytes(b"not a journal at all" * 100)
    nh.open_journal()
    assert capsys.readouterr().out == f"{nh.UNREADABLE_LINE}\n{nh.DEMO_LINE}\n" and len(quick_demo) == 1


@pytest.fixture
def midway(env):
    return nh.open_journal(quiet=True, demo=True, demo_as_of=nh.DEMO_MIDWAY)


def test_the_demo_mid_story_holds_only_what_had_happened(midway):
    moment = datetime.fromisoformat(nh.DEMO_MIDWAY)
    assert (midway.timeline()["at"].max() <= moment, max(midway.ticked().values()) <= moment) == (True, True)


def test_the_demo_mid_story_has_its_clock_and_no_outcome_yet(midway):
    assert (midway.get_setting("now"), midway.get_setting("outcome"), midway.get_setting("demo")) == (
        nh.DEMO_MIDWAY, None, "reconciling")


def test_the_demo_mid_story_is_not_the_reunion(midway):
    from reconcile_kit.forms import AdvicePanel

    assert str(AdvicePanel(midway).stage) == "contact"


def test_each_demo_open_is_its_own_copy(midway, env):
    again = nh.open_journal(quiet=True, demo=True, demo_as_of=nh.DEMO_MIDWAY)
    again.set_setting("their_name", "Someone else")
    assert (again.path != midway.path, midway.get_setting("their_name")) == (True, "Robin")


def test_a_scratch_copy_takes_the_writes_and_the_journal_keeps_its_rows(env, make_interaction, capsys):
    journal = Journal.open(env / "mine.sqlite3")
    journal.add(make_interaction(summary="Mine"))
    scratch = nh.scratch_copy(journal)
    scratch.add(make_interaction(summary="Practice"))
    assert list(journal.timeline()["summary"]) == ["Mine"] and list(scratch.timeline()["summary"]) == ["Mine", "Practice"]
    assert capsys.readouterr().out == nh.SCRATCH_LINE + "\n"


def test_undo_in_a_scratch_copy_never_reaches_back_into_the_journal(env, make_interaction):
    journal = Journal.open(env / "mine.sqlite3")
    journal.add(make_interaction(summary="Mine"))
    assert nh.scratch_copy(journal, quiet=True).undo() is None


def test_a_scratch_copy_lives_with_the_demos_and_is_swept_like_them(env, make_interaction):
    scratch = nh.scratch_copy(Journal.open(env / "mine.sqlite3"), quiet=True)
    os.utime(scratch.path.parent, (0, 0))
    assert scratch.path.parent.parent == env / "demos" and nh.prune_demos(env / "demos") == 1


@pytest.mark.parametrize("name", ['<img src=x onerror="alert(1)">', "Sam *and* _co_"])
def test_the_rhythm_in_words_escapes_their_name(env, make_interaction, name):
    journal = Journal.open(env / "mine.sqlite3")
    journal.set_setting("their_name", name)
    journal.add(make_interaction(direction="in"))
    shown = nh.rhythm_in_words(journal)._repr_markdown_()
    assert "<img" not in shown and "Last word from " in repr(nh.rhythm_in_words(journal))


def test_the_rhythm_in_words_counts_from_the_day_you_parted(tmp_path):
    with Journal.open(build("history", tmp_path / "history.sqlite3")) as journal:
        lines = repr(nh.rhythm_in_words(journal)).splitlines()
    assert lines[0] == "Since you parted (from Sat 27 Jun):" and lines[-1].startswith("Replies that felt warm: then")


def test_reciprocity_in_words_reads_the_window_then_the_time_before(tmp_path):
    with Journal.open(build("history", tmp_path / "history.sqlite3")) as journal:
        lines = repr(nh.reciprocity_in_words(journal)).splitlines()
    assert lines[0] == "Since you parted (from Sat 27 Jun):"
    assert lines[3] == "Words per message: too early to tell (messages with text: 0 from you, 0 from Sam; 10 each needed)."
    assert lines[7:10] == [
        "Before, as it was:",
        "You asked 237 questions; Sam replied in the next turn to 66% of them.",
        "Sam asked 239 questions; you replied in the next turn to 71% of them.",
    ]


def test_reciprocity_in_words_without_a_window_reads_everything(env, make_interaction):
    journal = Journal.open(env / "mine.sqlite3")
    assert repr(nh.reciprocity_in_words(journal)) == "Nothing logged yet: these figures fill in as you log contact."
    journal.add(make_interaction(direction="out", text="how are you?"))
    assert repr(nh.reciprocity_in_words(journal)).splitlines()[0] == "You asked 1 question; too early to tell how many they replied to (0 with a next turn so far, 5 needed)."
