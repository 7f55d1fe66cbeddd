"""The calendar file: the guide's next dates as all-day events, nothing personal, stable UIDs; and RemindButton."""

from __future__ import annotations

import stat
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from reconcile_kit import Journal, calendar_file
from reconcile_kit.calendar_file import PRIVACY, Reminder, reminders, to_ics
from reconcile_kit.clock import now_for
from reconcile_kit.guide import situation
from reconcile_kit.timeline import from_interactions
from tests.states import NOW, STATES, ago, build, entry

TODAY = date(2026, 12, 2)


@pytest.fixture(scope="module")
def journals(tmp_path_factory):
    folder = tmp_path_factory.mktemp("calendar")
    return {name: build(name, folder / f"{name}.sqlite3") for name in STATES if name != "large"}


def _reminders(path, **options):
    with Journal.open(path) as journal:
        return reminders(journal.timeline(), now_for(journal), journal.settings(), check_ins=journal.check_ins(),
                         identity=calendar_file.identity_of(path), **options)  # fmt: skip


def _events(data: bytes) -> list:
    return Calendar.from_ical(data).walk("VEVENT")


@pytest.mark.parametrize(("state", "expected"), [
    ("warm_yesterday", ["Fri 4 Dec: Earliest day to write again (S1.3)",
                        "Fri 4 Dec: A good week to suggest catching up (S2.1)"]),
    ("reconciling", ["Fri 4 Dec: Check in on your old-habits watch list (S5.3)"]),
    ("refusal_then_reply", []),
    ("sparse", []),
    ("held_back", []),
    ("empty", []),
    ("closure", ["Thu 3 Dec: Reminder withdrawn (S5.4)", "Thu 3 Dec: Reminder withdrawn (S5.4)"]),
])  # fmt: skip
def test_reminders_follow_the_guide(journals, state, expected):
    assert calendar_file.lines(_reminders(journals[state])) == expected


@pytest.mark.parametrize("state", ["closure", "no_answer", "boundary", "boundary_then_contact", "block",
                                   "cold_meeting_after_no", "thank_you_after_no"])  # fmt: skip
def test_a_closed_path_only_withdraws(journals, state):
    assert {(r.kind, r.withdrawn) for r in _reminders(journals[state])} == {("write_again", True), ("suggest_meeting", True)}


@pytest.mark.parametrize("state", sorted(set(STATES) - {"large"}))
def test_every_event_is_all_day_and_after_today(journals, state):
    for event in _events(to_ics(_reminders(journals[state]), stamp=NOW)):
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert (type(start), (end - start).days, start > TODAY) == (date, 1, True)


def _ready_path(tmp_path, *days_ago):
    path = build("sparse", tmp_path / "journal.sqlite3")
    with Journal.open(path) as journal:
        for days in days_ago:
            journal.add(entry(ago(days), "in", "Sam wrote about her week", tone="positive"))
    return path


def test_a_ready_path_suggests_catching_up_a_week_from_today(tmp_path):
    # warm replies on 26 and 27 Nov still count on Wed 9 Dec (the last 14 days: 26 Nov to 9 Dec)
    path = _ready_path(tmp_path, 6, 5)
    assert calendar_file.lines(_reminders(path)) == ["Wed 9 Dec: A good week to suggest catching up (S2.1)"]


def test_the_suggestion_comes_before_the_warm_replies_age_out(tmp_path):
    # 24 Nov counts up to Mon 7 Dec (today and the 13 days before); on 8 Dec only 27 Nov is left
    path = _ready_path(tmp_path, 8, 5)
    assert calendar_file.lines(_reminders(path)) == ["Mon 7 Dec: A good week to suggest catching up (S2.1)"]


def test_no_suggestion_when_readiness_ends_today(tmp_path):
    # 19 Nov is the first of the last 14 days today (2 Dec) and is gone tomorrow
    assert calendar_file.lines(_reminders(_ready_path(tmp_path, 13, 5))) == []


@pytest.mark.parametrize(("zone", "first", "second", "expected", "ready"), [
    # the reviewer's Auckland journal: the 25 Nov reply is out of the last 14 days on Wed 9 Dec, when the wait ends
    ("Pacific/Auckland", "2026-11-25", "2026-12-06", ["Wed 9 Dec: Earliest day to write again (S1.3)"], [False]),
    # Los Angeles across the end of daylight saving (1 Nov): 21 Oct counts up to Tue 3 Nov, not on Wed 4 Nov
    ("America/Los_Angeles", "2026-10-21", "2026-11-01", ["Wed 4 Nov: Earliest day to write again (S1.3)"], [False]),
    ("America/Los_Angeles", "2026-10-21", "2026-10-31", ["Tue 3 Nov: Earliest day to write again (S1.3)",
                                                         "Tue 3 Nov: A good week to suggest catching up (S2.1)"], [True, True]),
])  # fmt: skip
def test_a_suggested_day_is_one_on_which_status_says_so(zone, first, second, expected, ready):
    local = ZoneInfo(zone)
    timeline = _two_warm_replies(date.fromisoformat(first), date.fromisoformat(second), local)
    now = datetime.combine(date.fromisoformat(second), time(13), local)  # the day of the second reply
    found = reminders(timeline, now, {"timezone": zone})
    assert calendar_file.lines(found) == expected
    at_noon = [situation(timeline, datetime.combine(r.day, time(12), local), {"timezone": zone}) for r in found]
    assert [sit.ready_to_ask for sit in at_noon] == ready


def _two_warm_replies(first: date, second: date, local: ZoneInfo):
    """A warm reply just after midnight on each day, each after a hello of the user's the evening before."""
    rows = [(first - timedelta(days=1), time(23, 50), "out", "none"), (first, time(0, 10), "in", "positive"),
            (second - timedelta(days=1), time(23, 55), "out", "none"), (second, time(0, 5), "in", "positive")]
    return from_interactions(entry(datetime.combine(d, t, local), direction, "Hello", tone=tone)
                             for d, t, direction, tone in rows)  # fmt: skip


def test_a_question_to_answer_gives_no_earliest_day_to_write(tmp_path):
    path = build("warm_yesterday", tmp_path / "journal.sqlite3")
    with Journal.open(path) as journal:
        journal.add(entry(ago(0, 2), "in", "Sam asked how my exams went", tone="positive"))
    assert "write_again" not in [r.kind for r in _reminders(path)]


def test_the_habit_check_in_is_weekly_from_the_last_check_in(tmp_path):
    path = build("reconciling", tmp_path / "journal.sqlite3")
    with Journal.open(path) as journal:
        journal.check_in(1, slipped=False, at=ago(1))
    assert calendar_file.lines(_reminders(path)) == ["Tue 8 Dec: Check in on your old-habits watch list (S5.3)"]


def test_without_with_name_the_file_holds_no_name_and_no_message_text(journals):
    data = to_ics(_reminders(journals["warm_yesterday"]), stamp=NOW)
    assert [word for word in (b"Sam", b"wedding", b"allotment") if word in data] == []


def test_with_name_the_titles_name_them(journals):
    titles = [r.title for r in _reminders(journals["warm_yesterday"], with_name=True)]
    assert titles == ["Earliest day to write again to Sam (S1.3)", "A good week to suggest catching up with Sam (S2.1)"]


def test_uids_come_from_the_journal_and_the_kind_not_the_date(journals):
    first = {r.kind: r.uid for r in _reminders(journals["warm_yesterday"])}
    with Journal.open(journals["warm_yesterday"]) as journal:
        other = {r.kind: r.uid for r in reminders(journal.timeline(), NOW, journal.settings(), identity="elsewhere")}
    assert len(set(first.values())) == 2 and first.keys() == other.keys()
    assert set(first.values()).isdisjoint(other.values())
    assert all(uid.endswith(f"-{kind}@reconcile-kit") for kind, uid in first.items())


def test_regenerating_after_a_new_log_changes_only_the_events_whose_dates_moved(tmp_path):
    path = build("warm_yesterday", tmp_path / "journal.sqlite3")
    before = {e["uid"]: e for e in _events(to_ics(_reminders(path), stamp=NOW))}
    with Journal.open(path) as journal:
        journal.add(entry(ago(0, 1), "out", "A note to myself", kind="note", channel="other"))
    unchanged = {e["uid"]: e for e in _events(to_ics(_reminders(path), stamp=NOW))}
    with Journal.open(path) as journal:
        journal.add(entry(ago(0, 1), "in", "Sam sent a photo of the snow", tone="positive"))
    after = {e["uid"]: e for e in _events(to_ics(_reminders(path), stamp=NOW))}
    assert unchanged == before and after.keys() == before.keys()
    assert {uid: (before[uid].decoded("dtstart"), e.decoded("dtstart")) for uid, e in after.items() if e != before[uid]} == {
        uid: (date(2026, 12, 4), date(2026, 12, 5)) for uid in before}


def test_a_withdrawn_event_is_cancelled():
    item = Reminder("write_again", date(2026, 12, 3), "Reminder withdrawn (S5.4)", ("S5.4",), "x@reconcile-kit", True)
    [event] = _events(to_ics([item], stamp=NOW))
    assert (str(event["status"]), str(event["summary"])) == ("CANCELLED", "Reminder withdrawn (S5.4)")


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=40))
def test_any_name_gives_a_one_line_title_that_round_trips(name):
    timeline = from_interactions([entry(ago(8), "in", "Warm", tone="positive"), entry(ago(1), "in", "Warm", tone="positive")])
    made = reminders(timeline, NOW, {"their_name": name, "timezone": "UTC"}, with_name=True)
    parsed = [str(e["summary"]) for e in _events(to_ics(made, stamp=NOW))]
    assert parsed == [r.title for r in made] and all(title.isprintable() for title in parsed)


def test_write_ics_is_private(tmp_path, journals):
    path = calendar_file.write_ics(tmp_path / "r.ics", _reminders(journals["warm_yesterday"]), stamp=NOW)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# -- the form ----------------------------------------------------------------------------------


def test_remind_button_writes_into_the_workspace_and_says_where(journals):
    from reconcile_kit.forms import RemindButton
    from reconcile_kit.workspace import default_workspace

    with Journal.open(journals["warm_yesterday"]) as journal:
        form = RemindButton(journal)
        written = form.submit()
    assert written == default_workspace() / "reconcile-kit-reminders.ics"
    assert (stat.S_IMODE(written.stat().st_mode), form.error) == (0o600, "")
    assert form.status.splitlines()[0] == f"Saved 2 reminders to {written} (readable by you only):"
    assert form.status.splitlines()[-1] == PRIVACY


def test_remind_button_writes_into_the_notebooks_workspace(journals, tmp_path, monkeypatch):
    from reconcile_kit.forms import RemindButton
    from reconcile_kit.workspace import prepare_workspace

    prepare_workspace(tmp_path / "ws")
    monkeypatch.chdir(tmp_path / "ws")  # `reconcile-kit lab --workspace ws`: the kernel runs in the notebook's folder
    with Journal.open(journals["warm_yesterday"]) as journal:
        written = RemindButton(journal).submit()
    assert (written, stat.S_IMODE(written.stat().st_mode)) == (tmp_path / "ws" / "reconcile-kit-reminders.ics", 0o600)


def test_remind_button_elsewhere_writes_beside_the_servers_journal(journals, tmp_path, monkeypatch):
    from reconcile_kit.forms import RemindButton

    (tmp_path / "ws").mkdir()
    monkeypatch.chdir(tmp_path)  # no workspace here (the app's kernel runs in the kit's folder)
    monkeypatch.setenv("RECONCILE_KIT_JOURNAL", str(tmp_path / "ws" / "journal.sqlite3"))
    with Journal.open(journals["warm_yesterday"]) as journal:
        assert RemindButton(journal).submit() == tmp_path / "ws" / "reconcile-kit-reminders.ics"


def test_remind_button_shows_an_error_in_the_form(journals, tmp_path):
    from reconcile_kit.forms import RemindButton

    with Journal.open(journals["warm_yesterday"]) as journal:
        form = RemindButton(journal, tmp_path / "no" / "such" / "folder" / "r.ics")
        assert form.submit() is None
    assert form.error == f"The calendar file could not be saved (No such folder: {tmp_path / 'no' / 'such' / 'folder'})."
    assert "Traceback" not in form.error_line.value and form.status == ""


def test_remind_button_says_when_there_is_nothing_ahead(journals, tmp_path):
    from reconcile_kit.forms import RemindButton

    with Journal.open(journals["sparse"]) as journal:
        form = RemindButton(journal, tmp_path / "r.ics")
        assert form.submit() is None
    assert (form.status, (tmp_path / "r.ics").exists()) == (calendar_file.NOTHING_AHEAD, False)
