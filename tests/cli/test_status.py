"""`reconcile-kit status`: the stage, the advice and the summary in the guide's own words; --json; --as-of."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from reconcile_kit import Journal, cadence, guide
from reconcile_kit.cli.status import as_of_moment
from reconcile_kit.clock import now_for
from tests.states import build

from .helpers import main_run, run


@pytest.fixture(scope="module")
def journals(tmp_path_factory):
    folder = tmp_path_factory.mktemp("status")
    return {name: build(name, folder / f"{name}.sqlite3")
            for name in ("held_back", "warm_yesterday", "closure", "empty", "reconciling")}  # fmt: skip


def status(path, *args: str):
    return run("--journal", str(path), "status", *args)


def test_the_demo_status_reads_as_the_notebooks_say_it(demo):
    lines = status(demo.path).stdout.splitlines()
    assert lines[:5] == [
        "Where you are: The outcome",
        "Whatever the answer, it is theirs to give. Trying again and closing the chapter are both ways forward.",
        "",
        "What the guide suggests now",
        "- You are trying again; your last date was 5 days ago. Go slowly, keep your list of what went wrong "
        "the first time close, and check in on old habits now and then (S5.2, S5.3).",
    ]
    assert lines[6:9] == ["The rhythm in a few lines", "- Last contact: yesterday (Wed 14 Oct).", "- Last word from Robin: yesterday."]


@pytest.mark.parametrize("state", ["held_back", "warm_yesterday", "closure", "empty", "reconciling"])
def test_every_sentence_is_the_guides_or_the_summarys(journals, state):
    with Journal.open(journals[state]) as journal:
        timeline, now, settings = journal.timeline(), now_for(journal), journal.settings()
    sit = guide.situation(timeline, now, settings)
    said = [a.message for a in guide.advise_for(sit, timeline)] or [guide.stage_tip(sit.stage)]
    lines = cadence.summarize(timeline, now, zone=sit.zone).lines("Sam")
    shown = status(journals[state]).stdout.splitlines()
    assert [line[2:] for line in shown if line.startswith("- ")] == said + lines


def test_the_held_back_state_reads_naturally(journals):
    out = status(journals["held_back"]).stdout
    assert "- You held back 4 messages this week, more than the week before." in out
    assert "- Messages from you since Sam's last reply: 2." in out


def test_as_of_leaves_later_entries_out(journals):
    out = status(journals["warm_yesterday"], "--as-of", "2026-11-29").stdout.splitlines()
    assert out[:3] == ["As it stood on Sun 29 Nov 2026", "", "Where you are: Getting back in touch"]
    assert (out[9], out[-1]) == ("- Last contact: 5 days ago (Tue 24 Nov).",
                                 "- Replies that felt warm: too early to tell (1 reply with a tone noted so far).")


UTC = timezone.utc
NZ_NOW = datetime(2026, 12, 6, 0, 50, tzinfo=UTC)  # 13:50 NZDT on Sun 6 Dec
LA_NOW = datetime(2026, 11, 2, 17, 0, tzinfo=UTC)  # 09:00 PST on Mon 2 Nov, the day after the clocks went back


@pytest.mark.parametrize(("value", "now", "zone", "expected"), [
    # a day word is the end of that calendar day in the journal's zone, exactly as the ISO date
    ("yesterday", NZ_NOW, "Pacific/Auckland", datetime(2026, 12, 5, 10, 59, 59, 999999, tzinfo=UTC)),
    ("2026-12-05", NZ_NOW, "Pacific/Auckland", datetime(2026, 12, 5, 10, 59, 59, 999999, tzinfo=UTC)),
    ("yesterday", LA_NOW, "America/Los_Angeles", datetime(2026, 11, 2, 7, 59, 59, 999999, tzinfo=UTC)),  # PST
    ("2 days ago", LA_NOW, "America/Los_Angeles", datetime(2026, 11, 1, 6, 59, 59, 999999, tzinfo=UTC)),  # PDT
    ("Yesterday", LA_NOW, "UTC", datetime(2026, 11, 1, 23, 59, 59, 999999, tzinfo=UTC)),
    ("today", LA_NOW, "America/Los_Angeles", LA_NOW),  # never after now
    # a time is that moment
    ("yesterday 18:00", LA_NOW, "America/Los_Angeles", datetime(2026, 11, 2, 2, 0, tzinfo=UTC)),
    ("5 hours ago", LA_NOW, "America/Los_Angeles", datetime(2026, 11, 2, 12, 0, tzinfo=UTC)),
])  # fmt: skip
def test_as_of_a_day_is_the_end_of_that_day_in_the_users_zone(value, now, zone, expected):
    assert as_of_moment(value, now, ZoneInfo(zone)) == expected


def test_as_of_yesterday_reads_as_the_date_of_yesterday(journals):
    # warm_yesterday: London, 15:00 on Wed 2 Dec; Sam's warm reply came at 21:30 on Tue 1 Dec
    yesterday = status(journals["warm_yesterday"], "--as-of", "yesterday").stdout
    assert yesterday == status(journals["warm_yesterday"], "--as-of", "2026-12-01").stdout
    assert yesterday.splitlines()[0] == "As it stood on Tue 1 Dec 2026"
    assert "- Last contact: 2 hours ago (Tue 1 Dec)." in yesterday


@pytest.mark.parametrize(("value", "message"), [
    ("soon", "Error: Invalid value for '--as-of': 'soon' is not a date I can read; use e.g. 2026-05-01, yesterday "
             "or 2 days ago (see 'reconcile-kit status --help')"),
    ("2026-12-03", "Error: Invalid value for '--as-of': '2026-12-03' is after today (Wed 2 Dec); give a day up to "
                   "today (see 'reconcile-kit status --help')"),
    ("2026-02-30", "Error: Invalid value for '--as-of': '2026-02-30' is not a date I can read"),
])  # fmt: skip
def test_a_bad_as_of_is_one_line_and_status_2(journals, capsys, value, message):
    code, out, err = main_run(capsys, "--journal", str(journals["empty"]), "status", "--as-of", value)
    assert (code, out, err.count("\n"), err.startswith(message)) == (2, "", 1, True)


# -- --json: the documented layout (docs/cli.md) -----------------------------------------------

TOP = {"schema": int, "as_of": str, "looked_back": bool, "zone": str, "stage": dict, "where": dict,
       "help": (str, type(None)), "closed": (dict, type(None)), "advice": list, "tip": (str, type(None)), "next": dict,
       "summary": dict}  # fmt: skip


@pytest.mark.parametrize("state", ["held_back", "warm_yesterday", "closure", "empty"])
def test_json_has_the_documented_keys_and_types(journals, state):
    report = json.loads(status(journals[state], "--json").stdout)
    assert {key: isinstance(report[key], kind) for key, kind in TOP.items()} == dict.fromkeys(TOP, True)
    assert list(report) == list(TOP) and report["schema"] == 1
    assert set(report["stage"]) == {"id", "title", "intro"}
    assert set(report["next"]) == {"wait_until", "ready_to_ask", "unanswered", "question_pending"}
    assert all(set(a) == {"rule", "severity", "guide_ids", "message", "data"} for a in report["advice"])


def test_json_gives_the_advice_its_ids_and_dates(journals):
    report = json.loads(status(journals["warm_yesterday"], "--json").stdout)
    [advice] = report["advice"]
    assert (advice["rule"], advice["guide_ids"], advice["data"]["wait_until"], report["next"]["wait_until"]) == (
        "wait_after_positive", ["S1.3"], "2026-12-04", "2026-12-04")
    assert advice["data"]["reply_at"] == "2026-12-01T21:30:00+00:00"


def test_json_says_when_the_path_is_closed(journals):
    closed = json.loads(status(journals["closure"], "--json").stdout)["closed"]
    assert closed == {"reason": "refusal", "since": "2026-11-18T15:00:00+00:00", "reopened": False,
                      "written_since": 0, "blocked": False, "active": True}  # fmt: skip


def test_json_summary_has_the_lines_and_the_figures(journals):
    summary = json.loads(status(journals["held_back"], "--json").stdout)["summary"]
    assert (summary["unanswered_streak"], summary["reply_count"], summary["last_contact_at"]) == (
        2, 0, "2026-11-26T15:00:00+00:00")
    assert summary["lines"][2] == "Messages from you since Sam's last reply: 2."


def test_status_runs_as_a_command_without_matplotlib_or_widgets(journals):
    code = ("import sys\nfrom reconcile_kit.cli import main\ntry:\n    main(sys.argv[1:])\nfinally:\n"
            "    print(sorted(m for m in ('matplotlib', 'ipywidgets', 'reconcile_kit.charts') if m in sys.modules))")
    env = {**os.environ, "RECONCILE_KIT_JOURNAL": str(journals["held_back"])}
    done = subprocess.run([sys.executable, "-c", code, "status"], env=env, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.splitlines()[0], done.stdout.splitlines()[-1]) == (
        0, "Where you are: Getting back in touch", "[]")


# -- a closed path: the closure's card, as the notebooks show it (docs/care.md) ----------------------


@pytest.fixture(scope="module")
def closed_journals(tmp_path_factory):
    folder = tmp_path_factory.mktemp("closed")
    return {name: build(name, folder / f"{name}.sqlite3") for name in ("block", "safety", "cold_word_after_no")}


def test_a_block_opens_on_closing_the_chapter_in_the_users_words(closed_journals):
    lines = status(closed_journals["block"]).stdout.splitlines()
    assert lines[:5] == [
        "Where you are: Closing the chapter",
        "Sam blocked you. Every page of the kit now turns to you: nothing here will help with reaching out to Sam "
        "again, and it asks you to honour that fully (S5.4). What is left is yours: a plan for the moments you want "
        "to write, a letter you never send, and what you learned (S5.5).",
        "",
        "What the guide suggests now",
        "- Sam blocked you (Wed 25 Nov). That is Sam's choice, and the kit will not suggest reaching out again. This is "
        "a time to look after yourself and turn toward closure (S5.4, S5.5).",
    ]


def test_a_safety_concern_opens_on_safety_and_lists_the_helplines(closed_journals):
    out = status(closed_journals["safety"]).stdout
    lines = out.splitlines()
    assert lines[0] == "Where you are: Your safety comes first"
    support = lines.index("Support")
    assert lines[support + 1].startswith("If you or anyone else is in danger right now, call your local emergency number: 999")
    assert "- National Domestic Abuse Helpline (run by Refuge) (United Kingdom): " in out  # Europe/London first
    assert "**" not in out and "Getting back in touch" not in out


def test_a_cold_word_from_them_does_not_reopen_a_no(closed_journals):
    report = json.loads(status(closed_journals["cold_word_after_no"], "--json").stdout)
    assert (report["where"]["title"], report["closed"]["reason"], report["closed"]["active"],
            report["stage"]["id"]) == ("Closing the chapter", "refusal", True, "outcome")  # fmt: skip
