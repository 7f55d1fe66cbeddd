"""`reconcile-kit remind --ics FILE`: the guide's next dates as a private calendar file."""

from __future__ import annotations

import stat
import subprocess
import sys
from datetime import date

import pytest
from icalendar import Calendar

from reconcile_kit.calendar_file import NOTHING_AHEAD, PRIVACY
from tests.states import build

from .helpers import main_run, run


@pytest.fixture(scope="module")
def journals(tmp_path_factory):
    folder = tmp_path_factory.mktemp("remind")
    return {name: build(name, folder / f"{name}.sqlite3") for name in ("warm_yesterday", "closure", "sparse")}


def remind(path, *args: str):
    return run("--journal", str(path), "remind", *args)


def test_remind_writes_the_dates_and_says_where(journals, tmp_path):
    target = tmp_path / "r.ics"
    assert remind(journals["warm_yesterday"], "--ics", str(target)).stdout.splitlines() == [
        f"Saved 2 reminders to {target} (readable by you only):",
        "- Fri 4 Dec: Earliest day to write again (S1.3)",
        "- Fri 4 Dec: A good week to suggest catching up (S2.1)",
        "Import it into your calendar app; importing a newer file later updates these events instead of adding copies.",
        PRIVACY,
    ]


def test_the_file_is_private_and_holds_all_day_events(journals, tmp_path):
    target = tmp_path / "r.ics"
    remind(journals["warm_yesterday"], "--ics", str(target))
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [(e.decoded("dtstart"), e.decoded("dtend"), str(e["summary"])) for e in events] == [
        (date(2026, 12, 4), date(2026, 12, 5), "Earliest day to write again (S1.3)"),
        (date(2026, 12, 4), date(2026, 12, 5), "A good week to suggest catching up (S2.1)")]


def test_with_name_puts_their_name_in_the_titles(journals, tmp_path):
    remind(journals["warm_yesterday"], "--ics", str(tmp_path / "r.ics"), "--with-name")
    assert b"SUMMARY:Earliest day to write again to Sam (S1.3)" in (tmp_path / "r.ics").read_bytes()


def test_a_closed_path_writes_only_withdrawals(journals, tmp_path):
    out = remind(journals["closure"], "--ics", str(tmp_path / "r.ics")).stdout
    events = Calendar.from_ical((tmp_path / "r.ics").read_bytes()).walk("VEVENT")
    assert out.startswith(f"Saved {tmp_path / 'r.ics'}. The path is closed for now, so it only withdraws")
    assert {(str(e["status"]), str(e["summary"])) for e in events} == {("CANCELLED", "Reminder withdrawn (S5.4)")}


def test_nothing_ahead_writes_no_file(journals, tmp_path):
    result = remind(journals["sparse"], "--ics", str(tmp_path / "r.ics"))
    assert (result.exit_code, result.stdout, (tmp_path / "r.ics").exists()) == (0, NOTHING_AHEAD + "\n", False)


@pytest.mark.parametrize(("args", "status", "message"), [
    ([], 2, "Error: Missing option '--ics'."),
    (["--ics", "{tmp}"], 2, "Error: Invalid value for '--ics': File '{tmp}' is a directory."),
    (["--ics", "{tmp}/no/such/folder/r.ics"], 1, "Error: No such folder: {tmp}/no/such/folder\n"),
])  # fmt: skip
def test_bad_targets_are_one_line(journals, capsys, tmp_path, args, status, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, out, err = main_run(capsys, "--journal", str(journals["warm_yesterday"]), "remind", *args)
    assert (code, out, err.count("\n"), err.startswith(message.replace("{tmp}", str(tmp_path)))) == (status, "", 1, True)


def test_the_console_script_writes_the_file(journals, tmp_path):
    command = [sys.executable, "-m", "reconcile_kit", "--journal", str(journals["warm_yesterday"]), "remind",
               "--ics", str(tmp_path / "r.ics")]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr, len(Calendar.from_ical((tmp_path / "r.ics").read_bytes()).walk("VEVENT"))) == (
        0, "", 2)


def _dates(path) -> dict[str, date]:
    return {str(e["uid"]): e.decoded("dtstart") for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_after_a_new_log_only_the_moved_events_change(tmp_path):
    journal, first, second, third = build("warm_yesterday", tmp_path / "j.sqlite3"), *(tmp_path / f"{n}.ics" for n in "abc")
    remind(journal, "--ics", str(first))
    run("--journal", str(journal), "log", "A note to myself", "--direction", "out", "--kind", "note")
    remind(journal, "--ics", str(second))
    run("--journal", str(journal), "log", "Sam sent a photo of the snow", "--direction", "in", "--tone", "positive")
    remind(journal, "--ics", str(third))
    assert first.read_bytes() == second.read_bytes()
    assert {uid: (day, _dates(third)[uid]) for uid, day in _dates(first).items()} == {
        uid: (date(2026, 12, 4), date(2026, 12, 5)) for uid in _dates(first)}
