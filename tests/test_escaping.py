"""Every place that builds HTML from the user's text escapes it; CSV export defuses formulas.

The payloads are stored or typed as the user would (a summary, a habit, their name, a draft)
and every HTML value the widgets hold is checked: the payload must show up escaped (`&lt;`),
and no raw `<script`, `<img` or `<svg` tag may appear. Also: bad values in a form show an error
and keep what the user typed.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, timezone
from typing import Any

import ipywidgets as widgets
import pytest

from reconcile_kit import Interaction, Journal

PAYLOADS = ['<script>alert("x")</script>', "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>']
RAW_TAG = re.compile(r"<\s*(script|img|svg)", re.IGNORECASE)
AT = datetime(2026, 5, 1, 18, 30, tzinfo=timezone.utc)


def html_in(widget: Any) -> str:
    """All HTML the widget tree holds: HTML widgets' values and Output widgets' text/html."""
    parts = []
    if isinstance(widget, (widgets.HTML, widgets.HTMLMath)):
        parts.append(widget.value)
    if isinstance(widget, widgets.Output):
        parts += [str(out.get("data", {}).get("text/html", "")) for out in widget.outputs]
    for child in getattr(widget, "children", ()):
        parts.append(html_in(child))
    return "\n".join(parts)


def assert_escaped(html: str) -> None:
    assert (RAW_TAG.search(html), "&lt;" in html) == (None, True), html[:400]


@pytest.fixture
def journal_with(tmp_path):
    """journal_with(payload) -> a journal whose entry, notes and their_name all carry `payload`."""
    def make(payload: str) -> Journal:
        journal = Journal.open(tmp_path / "journal.sqlite3")
        journal.set_setting("their_name", payload)
        journal.add(Interaction(at=AT, channel="text", direction="out", kind="message",
                                summary=payload, notes=payload, text=payload, tags=("x",)))
        return journal
    yield make


@pytest.mark.parametrize("payload", PAYLOADS)
def test_timeline_table_escapes_entries(journal_with, payload):
    from reconcile_kit.forms import TimelineTable

    assert_escaped(html_in(TimelineTable(journal_with(payload)).widget))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_habit_names_are_escaped(journal, payload):
    from reconcile_kit.forms import HabitWatch

    form = HabitWatch(journal)
    form.fill(habit=payload)
    form.submit()
    assert_escaped(html_in(form.widget))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_draft_checker_escapes_the_quoted_draft(payload):
    from reconcile_kit.forms import DraftChecker

    form = DraftChecker("first_message")
    form.fill(text="word " * 52 + payload)  # the words past the limit are quoted back
    assert_escaped(html_in(form.widget))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_meet_ask_checker_shows_no_raw_tag(payload):
    from reconcile_kit.forms import DraftChecker

    form = DraftChecker("meet_ask")
    form.fill(text=f"PLEASE {payload} can we meet? I beg you {payload}")
    assert RAW_TAG.search(html_in(form.widget)) is None and form.findings


@pytest.mark.parametrize("payload", PAYLOADS)
def test_apology_workbench_escapes_text_and_versions(journal, payload):
    from reconcile_kit.forms import ApologyWorkbench

    form = ApologyWorkbench(journal)
    form.fill(text=f"I'm sorry if you felt {payload}, but you made me do it.")
    form.submit()
    assert_escaped(html_in(form.widget))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_advice_panel_escapes_their_name(demo, payload):
    from reconcile_kit.forms import AdvicePanel

    demo.set_setting("their_name", payload)
    html = html_in(AdvicePanel(demo).widget)
    assert RAW_TAG.search(html) is None


@pytest.mark.parametrize("payload", PAYLOADS)
def test_outcome_and_reflection_escape_user_text(journal_with, payload):
    from reconcile_kit.forms import OutcomeForm, ReflectionPrompt

    journal = journal_with(payload)
    outcome = OutcomeForm(journal)
    outcome.fill(outcome="no", day=date(2026, 5, 2), note=payload)
    outcome.submit()
    prompt = ReflectionPrompt(journal, "S1.4", f"What do you expect from {payload}?")
    prompt.fill(text=payload)
    prompt.submit()
    assert RAW_TAG.search(html_in(outcome.widget) + html_in(prompt.widget)) is None


@pytest.mark.parametrize("payload", PAYLOADS)
def test_log_form_error_for_a_bad_tag_is_escaped_and_keeps_the_draft(journal, payload):
    from reconcile_kit.forms import LogInteractionForm

    form = LogInteractionForm(journal)
    form.fill(summary=payload, text=payload, tags=payload + "x" * 40, direction="out")
    assert (form.submit(), form.inputs["text"].value, form.inputs["summary"].value) == (None, payload, payload)
    assert "longer than 40 characters" in form.error or "longer than 40 characters" in html_in(form.widget)
    assert_escaped(html_in(form.widget))


@pytest.mark.parametrize(("fields", "message"), [
    ({"summary": "   "}, "In a few words is empty"),
    ({"summary": "x" * 501}, "In a few words has 501 characters"),
    ({"summary": "ok", "date": None}, "When is missing"),
])
def test_log_form_bad_value_shows_error_and_keeps_the_draft(journal, fields, message):
    from reconcile_kit.forms import LogInteractionForm

    form = LogInteractionForm(journal)
    form.fill(text="my careful draft", notes="keep me", direction="out", **fields)
    result = form.submit()
    kept = (form.inputs["text"].value, form.inputs["notes"].value, len(journal.timeline()))
    assert (result, message in html_in(form.widget), kept) == (None, True, ("my careful draft", "keep me", 0))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_app_page_escapes_the_journal_path(tmp_path, payload):
    from reconcile_kit.app import KitApp

    folder = tmp_path / payload.replace("/", "")
    with Journal.open(folder / "journal.sqlite3") as journal:
        assert_escaped(html_in(KitApp(journal).widget))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_guide_reports_to_html_escape(payload):
    from reconcile_kit.guide import check_apology, check_first_message

    html = check_apology(f"Sorry but {payload}").to_html() + check_first_message(payload + " coffee?").to_html()
    assert_escaped(html)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_export_escapes_html(journal_with, payload):
    from reconcile_kit.export import to_markdown

    assert_escaped(to_markdown(journal_with(payload).timeline()))


FORMULAS = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tTAB", "\rCR", '=HYPERLINK("http://x.invalid")']


@pytest.mark.parametrize("formula", FORMULAS)
def test_csv_export_defuses_formulas(journal, formula):
    from reconcile_kit.export import to_csv

    journal.add(Interaction(at=AT, channel="text", direction="out", kind="note",
                            summary="safe summary", notes=formula, text=formula))
    row = next(csv.DictReader(io.StringIO(to_csv(journal.timeline()))))
    stripped = formula.strip()  # the model strips surrounding whitespace from text fields
    expected = "'" + stripped if stripped[:1] in "=+-@" else stripped
    assert (row["notes"], row["text"], row["summary"]) == (expected, expected, "safe summary")


def test_csv_export_file_round_trip_through_the_cli(tmp_path):
    from click.testing import CliRunner

    from reconcile_kit.cli import cli

    path, out = tmp_path / "j.sqlite3", tmp_path / "out.csv"
    runner = CliRunner()
    runner.invoke(cli, ["--journal", str(path), "log", "=cmd|'/c calc'!A1", "--direction", "out"])
    runner.invoke(cli, ["--journal", str(path), "export", "-o", str(out)])
    row = next(csv.DictReader(out.open(newline="")))
    assert (row["summary"], oct(out.stat().st_mode & 0o777)) == ("'=cmd|'/c calc'!A1", "0o600")
