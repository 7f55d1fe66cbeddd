"""Importing a chat through the form in JupyterLab (notebook 06) on a new user's own journal.

A two-year WhatsApp export with a five-month silence (invented people, written here) is uploaded,
"me" chosen and added: the window form proposes the silence, their replies carry suggested tones,
and once the window is accepted the summary reads the time since they parted (the silence included),
and notebook 02 on that journal reads the window both ways, then the time before, with the guide's advice.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from reconcile_kit.store import Journal

from . import servers
from .conftest import NotebookRunner, new_context
from .jlab import button, error_outputs, labelled, open_notebook, run_all, widget_box

pytestmark = pytest.mark.browser

NOTEBOOK = "06_import_message_history.ipynb"
TODAY = datetime.now(timezone.utc).date()
SILENCE = (TODAY - timedelta(days=200), TODAY - timedelta(days=48))  # last message before, first after
THEIRS = ("haha yes! lovely x", "ok.", "see you at 6", "leave it, I'm tired", "aw that's sweet, thank you")
MINE = ("how was your day?", "I found your scarf", "are you free on Sunday?")


def export_text() -> str:
    """Two years of chat: every third day until the silence, then nothing until it ends, then every day."""
    start = TODAY - timedelta(days=730)
    before = [start + timedelta(days=k) for k in range(0, (SILENCE[0] - start).days, 3)] + [SILENCE[0]]
    after = [SILENCE[1] + timedelta(days=k) for k in range((TODAY - SILENCE[1]).days)]
    lines = []
    for n, day in enumerate(before + after):
        lines.append(f"{day:%d/%m/%Y}, 19:0{n % 10} - Alex: {MINE[n % len(MINE)]}")
        lines.append(f"{day:%d/%m/%Y}, 19:4{n % 10} - Sam: {THEIRS[n % len(THEIRS)]}")
    return "\n".join(lines) + "\n"


def label(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b} {day.year}"


@pytest.fixture(scope="module")
def chat_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("upload") / "WhatsApp Chat with Sam.txt"
    path.write_text(export_text(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def own_journal(lab_runner: NotebookRunner, lab_journal: Path) -> Path:
    """The Lab's journal, now a new user's own: their name and zone set, nothing logged."""
    lab_runner.close()
    for stale in lab_journal.parent.glob(lab_journal.name + "*"):
        stale.unlink()
    with Journal.open(lab_journal) as journal:
        journal.set_setting("their_name", "Sam")
        journal.set_setting("timezone", "UTC")
    return lab_journal


@pytest.fixture(scope="module")
def imported(browser: Any, lab_server: servers.Server, own_journal: Path, chat_file: Path) -> Any:
    """Notebook 06 run on the own journal, the export uploaded, Alex chosen and added."""
    context = new_context(browser)
    page = context.new_page()
    open_notebook(page, lab_server, NOTEBOOK)
    run_all(page)
    assert error_outputs(page) == []
    form = widget_box(page, "Import a chat")
    with page.expect_file_chooser() as chooser:  # the widget's file input is never in the page: its button opens it
        form.locator(".widget-upload").click()
    chooser.value.set_files(str(chat_file))
    expect(form).to_contain_text("People in the chat: Alex, Sam.")
    labelled(form, "Which one is you?", "select").select_option(label="Alex")
    button(form, "Add to my journal").click()
    expect(form).to_contain_text("tones suggested.")
    yield page
    context.close()
    servers.shutdown_sessions(lab_server)


def test_the_window_is_proposed_at_the_silence(imported: Any) -> None:
    window = widget_box(imported, "Where the reconnection window starts")
    expect(window).to_contain_text(f"a long silence, from {label(SILENCE[0])} to {label(SILENCE[1])}")


def test_their_replies_carry_suggested_tones(imported: Any, own_journal: Path) -> None:
    expect(widget_box(imported, "Check the suggested tones")).to_contain_text("The kit suggested a tone for")
    with Journal.open(own_journal) as journal:
        frame = journal.timeline()
    suggested = frame[frame["tone_by"].astype(str) == "suggested"]
    assert set(suggested["direction"].astype(str)) == {"in"}
    assert set(suggested["tone"].astype(str)) == {"positive", "neutral", "negative"}


def test_accepting_the_window_makes_the_summary_read_since_they_parted(imported: Any, own_journal: Path) -> None:
    from reconcile_kit.notebook_helpers import rhythm_in_words

    window = widget_box(imported, "Where the reconnection window starts")
    button(window, "Use that day").click()
    after = SILENCE[0] + timedelta(days=1)
    expect(window).to_contain_text(f"The reconnection window starts on {label(after)}")
    with Journal.open(own_journal) as journal:
        assert journal.get_setting("split_on") == SILENCE[0].isoformat()
        assert rhythm_in_words(journal).lines[0] == f"Since you parted (from {label(after)[:-5]}):"


def test_then_notebook_02_reads_the_window_both_ways_and_advises_on_it(imported: Any, lab_server: servers.Server,
                                                                         own_journal: Path) -> None:  # fmt: skip
    """After the window is accepted (the test above), 02 on the same journal: the rhythm and both ways since they
    parted, then before; the advice is the guide's for the window (one voice with the library)."""
    from reconcile_kit.clock import now_for
    from reconcile_kit.guide import advise_for, situation, stage_tip

    with Journal.open(own_journal) as journal:
        timeline, now, settings = journal.timeline(), now_for(journal), journal.settings()
    sit = situation(timeline, now, settings)
    advice = [a.message for a in advise_for(sit, timeline)] or [stage_tip(sit.stage)]
    notebook = open_notebook(imported, lab_server, "02_contact_cadence.ipynb")
    run_all(imported)
    assert error_outputs(imported) == []
    after = SILENCE[0] + timedelta(days=1)
    expect(notebook).to_contain_text(f"Since you parted (from {label(after)[:-5]}):")
    expect(notebook).to_contain_text("Before, as it was:")
    expect(notebook).to_contain_text("questions; Sam replied in the next turn to")  # read from the imported words
    for message in advice:
        expect(notebook).to_contain_text(message)
