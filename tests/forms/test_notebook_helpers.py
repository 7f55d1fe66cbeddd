"""open_journal: the demo or the user's own journal, one line saying which, never a path."""

import os

import pytest

from reconcile_kit import demo as demo_module
from reconcile_kit import notebook_helpers as nh
from reconcile_kit.store import Journal


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
    nh.open_journal(quiet=True)
    assert not old.exists() and len(list((env / "demos").iterdir())) == 1


def test_recent_demo_folders_are_kept(env):
    (env / "demos" / "reconcile-kit-demo-new").mkdir(parents=True)
    assert nh.prune_demos(env / "demos") == 0
