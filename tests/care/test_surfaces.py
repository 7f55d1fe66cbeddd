"""A closed path closes every surface: the outcome form, the checklists, the reflections, the cards, the app, the charts, notebooks 00 and 03-05.

One table over the journal states of tests/states.py (plus `safety`: the sparse journal after a
yes on the safety screen): what each surface must do in each. Run All of every notebook leaves
every table of the journal as it was.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from reconcile_kit import Journal, charts  # noqa: E402
from reconcile_kit.app import KitApp  # noqa: E402
from reconcile_kit.clock import now_for  # noqa: E402
from reconcile_kit.demo import demo_journal  # noqa: E402
from reconcile_kit.forms import FeelingsPrompt, OutcomeForm, PathCard, StageChecklist  # noqa: E402
from reconcile_kit.guide import stage_info  # noqa: E402
from tests.care.notebook_run import OURS, run_notebook  # noqa: E402
from tests.states import STATES, build  # noqa: E402

ALL = ("reconciling", "no", "no_answer", "no_contact")
CLOSING = ("no", "no_answer", "no_contact")


@dataclass(frozen=True)
class Expect:
    """What every surface does in one state: the closure in force, the outcomes offered, the card's title."""

    closed: str | None
    offers: tuple[str, ...]
    title: str


ROWS = {
    "boundary": Expect("boundary", ("no_contact",), "Closing the chapter"),
    "block": Expect("boundary", ("no_contact",), "Closing the chapter"),
    "boundary_then_contact": Expect("boundary", ("no_contact",), "Closing the chapter"),
    "closure": Expect("refusal", CLOSING, "Closing the chapter"),
    "no_answer": Expect("no_answer", CLOSING, "Closing the chapter"),
    "cold_meeting_after_no": Expect("refusal", CLOSING, "Closing the chapter"),
    "thank_you_after_no": Expect("refusal", CLOSING, "Closing the chapter"),
    "safety": Expect("safety", (), "Your safety comes first"),
    "refusal_then_reply": Expect(None, CLOSING + ("reconciling",), "Getting back in touch"),
    "empty": Expect(None, ALL, "Getting back in touch"),
    "reconciling": Expect(None, ALL, "The outcome"),
}
CLOSED = [name for name, row in ROWS.items() if row.closed]
# words no surface may show while the path is closed
NEVER_WHILE_CLOSED = ("Checklist: Asking to meet", "Checklist: Catching up", "What would you like them to know",
                      "We are trying again", "begin with something casual", "If they say no, what would you like",
                      "asked for space")  # fmt: skip


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    folder = tmp_path_factory.mktemp("surfaces")
    built = {name: build(name, folder / f"{name}.sqlite3") for name in STATES if name != "safety"}
    shutil.copy(built["sparse"], folder / "safety.sqlite3")
    with Journal.open(folder / "safety.sqlite3") as journal:
        journal.set_setting("safety", "concern")
    return {**built, "safety": folder / "safety.sqlite3"}


@pytest.fixture
def opened(paths):
    journals = []

    def open_state(name):
        journals.append(Journal.open(paths[name]))
        return journals[-1]

    yield open_state
    for journal in journals:
        journal.close()


@pytest.fixture(scope="module")
def demo_builds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demos")
    for ending in ("reconciling", "closure"):
        demo_journal(folder / f"{ending}.sqlite3", ending=ending).close()
    return {ending: folder / f"{ending}.sqlite3" for ending in ("reconciling", "closure")}


@pytest.mark.parametrize("name", sorted(ROWS))
def test_the_outcome_form_offers_only_what_fits_the_path(opened, name):
    assert OutcomeForm(opened(name)).offered == ROWS[name].offers


@pytest.mark.parametrize("name", sorted(ROWS))
def test_the_outcome_form_opens_on_the_closure_path_while_closed(opened, name):
    form = OutcomeForm(opened(name))
    assert (form.closure_path is not None, "something casual" in form.describe()) == (
        bool(ROWS[name].closed), name == "reconciling")


@pytest.mark.parametrize("stage", ["contact", "meet_ask", "catch_up", "heart_to_heart", "outcome"])
@pytest.mark.parametrize("name", sorted(ROWS))
def test_every_checklist_is_the_closures_while_closed(opened, name, stage):
    title = ROWS[name].title if ROWS[name].closed else stage_info(stage).title
    assert StageChecklist(opened(name), stage).title == f"Checklist: {title}"


@pytest.mark.parametrize("name", sorted(ROWS))
def test_the_feelings_prompt_becomes_the_unsent_letter_while_closed(opened, name):
    prompt = FeelingsPrompt(opened(name))
    closed = bool(ROWS[name].closed)
    assert (prompt.shown, "like them to know" in prompt.describe()) == (["unsent_letter", "S5.5"] if closed else [], False)


@pytest.mark.parametrize("name", sorted(ROWS))
def test_the_path_card_speaks_for_the_path(opened, name):
    assert PathCard(opened(name)).title == ROWS[name].title


@pytest.mark.parametrize("name", sorted(ROWS))
def test_the_app_puts_the_closure_path_first_and_never_presets_i_reached_out(opened, monkeypatch, name):
    monkeypatch.setattr(KitApp, "_draw_charts", lambda self: None)  # the order is the point here, not the charts
    app = KitApp(opened(name))
    order = list(app.widget.children)
    first = order.index(app.path.widget) < order.index(app.form.widget)
    assert (first, app.form.inputs["direction"].value) == ((True, "in") if ROWS[name].closed else (False, "out"))


@pytest.mark.parametrize(("kind", "direction"), [("note", "out"), ("meet_ask", "out"), ("held_back", "out"),
                                               ("message", "in"), ("apology", "in")])
def test_on_a_closed_path_a_kind_of_the_users_own_is_saved_as_theirs(opened, monkeypatch, kind, direction):
    monkeypatch.setattr(KitApp, "_draw_charts", lambda self: None)
    app = KitApp(opened("boundary"))
    app.form.fill(kind=kind, summary="Wrote it down here instead")
    assert str(app.form.submit().direction) == direction
    assert (app.form.inputs["kind"].value, app.form.inputs["direction"].value) == ("message", "in")  # preset again


@pytest.mark.parametrize(("name", "words"), [("boundary", "Sam asked for no contact"), ("block", "Sam blocked you")])
def test_the_chart_names_a_boundary_in_the_users_own_words(opened, name, words):
    journal = opened(name)
    figure = charts.contact_timeline(journal.timeline(), name="Sam", now=now_for(journal))
    labels = {t.get_text() for t in figure.findobj(Text)}
    assert (words in labels, "Sam asked for space" in labels) == (True, False)


def digest(path):
    """A hash of every table of a journal file."""
    with sqlite3.connect(path) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: hashlib.sha256(repr(conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()).encode()).hexdigest()
                for t in tables}  # fmt: skip


@pytest.fixture(scope="module")
def runs(paths, demo_builds, tmp_path_factory):
    """Run All of notebooks 00, 03, 04, 05 on a copy of a state's journal, once per state: (shown, before, after)."""
    done = {}

    def run_all(name):
        if name not in done:
            journal = shutil.copy(paths[name], tmp_path_factory.mktemp(name) / "journal.sqlite3")
            before = digest(journal)
            with pytest.MonkeyPatch.context() as monkeypatch:
                shown = {nb: run_notebook(nb, journal, monkeypatch, demo_builds) for nb in OURS}
            done[name] = (shown, before, digest(journal))
        return done[name]

    return run_all


@pytest.mark.parametrize("name", CLOSED)
@pytest.mark.parametrize("notebook", OURS)
def test_a_notebook_on_a_closed_path_shows_the_closure_first_and_nothing_toward_contact(runs, name, notebook):
    shown = runs(name)[0][notebook]
    first = "Outcome: " if notebook.startswith("05") else f"Where you are: {ROWS[name].title}"
    assert ([w for w in NEVER_WHILE_CLOSED if w in shown], first in shown) == ([], True)


@pytest.mark.parametrize("name", sorted(STATES) + ["safety"])
def test_run_all_of_every_notebook_leaves_every_table_as_it_was(runs, name):
    _shown, before, after = runs(name)
    assert after == before
