"""The forms that call the guide: advice, checklist, draft checks, apology workbench, outcome."""

import pytest

from reconcile_kit.forms import (
    AdvicePanel,
    ApologyWorkbench,
    DraftChecker,
    LogInteractionForm,
    OutcomeForm,
    StageChecklist,
)
from reconcile_kit import Journal
from reconcile_kit.care import closing
from reconcile_kit.forms.outcome import PATHS
from reconcile_kit.guide import stage_info
from tests.states import STATES, build

XSS = ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">']
WEAK = "I'm sorry if you were upset, but I was stressed."
STRONG = ("I'm sorry I kept cancelling our plans. That was my fault, not yours. I was careless with "
          "your time. From now on I will keep my word, and I'd like to make it up to you. Can you forgive me?")


@pytest.fixture
def journal(journal):
    """The fresh journal of conftest, with a fixed clock (4 May 2026, noon UTC)."""
    journal.set_setting("now", "2026-05-04T12:00:00+00:00")
    return journal


def log(journal, day, **fields):
    form = LogInteractionForm(journal)
    form.fill(**{"at": f"2026-05-0{day}T10:00+00:00", "summary": "Hi", **fields})
    return form.submit()


def test_advice_panel_starts_at_getting_back_in_touch(journal):
    panel = AdvicePanel(journal)
    assert (str(panel.stage), panel.advice) == ("contact", [])
    assert panel.describe().startswith("Where you are: Getting back in touch\n")


def test_advice_refreshes_after_each_log(journal):
    form, panel = LogInteractionForm(journal), AdvicePanel(journal)
    form.on_change(panel.refresh)
    for day in (1, 2, 3):
        form.fill(at=f"2026-05-0{day}T10:00+00:00", summary="Another hello")
        form.submit()
    assert "pestering" in [item.rule for item in panel.advice]


def test_advice_panel_looks_back_to_an_earlier_moment(journal):
    for day in (1, 2, 3):
        log(journal, day)
    panel = AdvicePanel(journal, as_of="2026-05-02T12:00")
    assert [item.rule for item in panel.advice] == []
    assert panel.describe().startswith("On Sat 02 May 2026, 12:00: Where you are: Getting back in touch\n")


def test_advice_panel_on_the_demo_before_the_ask_is_ready_to_ask(demo):
    assert [item.rule for item in AdvicePanel(demo, as_of="2026-07-20T20:00").advice] == ["ready_to_ask"]


@pytest.mark.parametrize("payload", XSS)
def test_advice_escapes_their_name(journal, payload):
    journal.set_setting("their_name", payload)
    for day in (1, 2, 3):
        log(journal, day)
    body = AdvicePanel(journal).body.value
    assert "<script>" not in body and "<img" not in body


def test_the_log_form_checks_a_first_message_while_typing(journal):
    form = LogInteractionForm(journal)
    form.fill(text="Hi! Would you like to meet up for dinner this week?")
    assert "asks_to_meet" in [f.rule for f in form.findings] and "<li>" in form.draft_findings.value


def test_the_log_form_skips_first_message_checks_past_contact(journal):
    log(journal, 1, kind="meeting", direction="both", channel="in_person", tone="positive")
    form = LogInteractionForm(journal)
    form.fill(text="Would you like to meet up for dinner?")
    assert (form.findings, form.draft_findings.value) == ([], "")


def test_checklist_ticks_persist(journal):
    StageChecklist(journal, "contact").tick("S1.2")
    assert (list(journal.ticked()), StageChecklist(journal, "contact").ticked) == (["S1.2"], ["S1.2"])


def test_checklist_untick_removes_it(journal):
    checklist = StageChecklist(journal, "meet_ask")
    checklist.fill(ticked=["S2.1", "S2.2"])
    checklist.tick("S2.1", False)
    assert list(journal.ticked()) == ["S2.2"]


def test_checklist_unknown_item_names_the_valid_ones(journal):
    with pytest.raises(KeyError, match="no item 'S9.9' in this checklist; items are: S2.1, S2.2"):
        StageChecklist(journal, "meet_ask").tick("S9.9")


def test_draft_checker_flags_a_date(journal):
    checker = DraftChecker("meet_ask")
    checker.fill(text="Would you like to go on a date with me next Friday?")
    assert "date_framing" in [f.rule for f in checker.findings]


def test_draft_checker_all_clear(journal):
    checker = DraftChecker("meet_ask")
    checker.fill(text="Would you like to catch up over a coffee some time next week?")
    assert checker.findings == [] and "Short" not in checker.findings_html.value and "A relaxed" in checker.findings_html.value


def test_draft_checker_unknown_kind():
    with pytest.raises(ValueError, match="kind 'letter' is not one of: first_message, meet_ask"):
        DraftChecker("letter")


@pytest.mark.parametrize("payload", XSS)
def test_draft_checker_escapes_the_text(payload):
    checker = DraftChecker("first_message")
    checker.fill(text=f"{payload} " * 40)
    assert "<script>" not in checker.findings_html.value and "<img" not in checker.findings_html.value


def test_apology_shows_score_and_parts(journal):
    bench = ApologyWorkbench(journal)
    bench.fill(text=STRONG)
    assert bench.score_bar.value == bench.report.score and bench.parts["responsibility"].value is True


def test_apology_highlights_findings(journal):
    bench = ApologyWorkbench(journal)
    bench.fill(text=WEAK)
    assert {"conditional", "but"} <= {f.rule for f in bench.report.findings} and "<mark" in bench.highlighted.value


@pytest.mark.parametrize("payload", XSS)
def test_apology_escapes_the_text(journal, payload):
    bench = ApologyWorkbench(journal)
    bench.fill(text=f"I'm sorry, but {payload}")
    bench.submit()
    shown = bench.highlighted.value + bench.versions_html.value
    assert "<script>" not in shown and "<img" not in shown


def test_apology_versions_are_saved_with_scores(journal):
    bench = ApologyWorkbench(journal)
    for text in (WEAK, STRONG):
        bench.fill(text=text)
        bench.submit()
    versions = bench.versions()
    assert len(versions) == 2 and versions["Score"].iloc[0] > versions["Score"].iloc[1]


def test_apology_empty_is_not_saved(journal):
    bench = ApologyWorkbench(journal)
    assert bench.submit() is None and journal.reflections("apology_draft").empty


@pytest.mark.parametrize(("outcome", "kind"), [("reconciling", "date"), ("no", "refusal"),
                                                ("no_answer", "note"), ("no_contact", "boundary")])
def test_outcome_logs_the_matching_entry(journal, outcome, kind):
    form = OutcomeForm(journal)
    form.fill(outcome=outcome)
    assert str(form.submit().kind) == kind and journal.get_setting("outcome") == outcome


def test_outcome_reconciling_shows_the_plan_and_habits(journal):
    form = OutcomeForm(journal)
    form.fill(outcome="reconciling")
    form.submit()
    assert form.habits is not None and form.plan_prompt.prompt_id == "S5.2" and form.closure_prompt is None


def test_outcome_no_contact_turns_to_closure(journal):
    form = OutcomeForm(journal)
    form.fill(outcome="no_contact")
    form.submit()
    assert "will not suggest any further contact" in form.describe() and form.closure_prompt is not None
    assert [item.rule for item in AdvicePanel(journal).advice] == ["respect_boundary"]


def test_outcome_needs_a_choice(journal):
    form = OutcomeForm(journal)
    assert form.submit() is None and form.error == "Pick what happened and the day, then Record."


@pytest.mark.parametrize("recorded", ["no", "closure"])
def test_outcome_reopens_on_the_recorded_path(journal, recorded):
    journal.set_setting("outcome", recorded)
    assert (OutcomeForm(journal).outcome, OutcomeForm(journal).closure_prompt is not None) == ("no", True)


@pytest.mark.parametrize("key", sorted(PATHS))
def test_outcome_words_never_promise_a_reunion(key):
    assert not any(phrase in PATHS[key].lower() for phrase in ("will get back", "win them back", "don't give up", "try again later"))


# -- one voice: the panel and the draft checker read the journal through guide.situation -------------


@pytest.fixture
def state(tmp_path):
    """state(name) -> that journal state (tests/states.py), open."""
    return lambda name: Journal.open(build(name, tmp_path / f"{name}.sqlite3"))


@pytest.mark.parametrize("name", sorted(STATES))
def test_advice_panel_says_what_each_state_means(state, name):
    with state(name) as journal:
        panel = AdvicePanel(journal)
    text = panel.describe()
    assert (str(panel.stage), [w for w in STATES[name].expect if w not in text]) == (STATES[name].stage, [])


@pytest.mark.parametrize("name", sorted(STATES))
def test_advice_panel_card_and_advice_come_from_one_situation(state, name):
    with state(name) as journal:
        panel = AdvicePanel(journal)
    sit = panel.situation
    title = closing.title(sit.closure) if sit.closed else stage_info(sit.stage).title
    assert (panel.situation.stage, panel.info.title) == (panel.stage, title)


@pytest.mark.parametrize(("name", "kind"), [(n, k) for n in sorted(STATES) if STATES[n].closed
                                            for k in ("first_message", "meet_ask")])  # fmt: skip
def test_draft_checker_on_a_closed_path_never_gives_an_all_clear(state, name, kind):
    with state(name) as journal:
        checker = DraftChecker(kind, journal)
        checker.fill(text="Would you like to catch up over a coffee some time next week?")
    assert checker.findings[0].rule == "contact_closed" and "A relaxed" not in checker.findings_html.value


def test_draft_checker_shows_what_holds_an_ask_back(state):
    with state("unanswered") as journal:
        checker = DraftChecker("meet_ask", journal)
        checker.fill(text="Would you like to catch up over a coffee some time next week?")
    assert "3 of your messages are still waiting for an answer" in checker.holds_html.value + checker.describe()


def test_draft_checker_keeps_quiet_about_holds_when_it_is_time(demo):
    demo.set_setting("now", "2026-07-20T20:00:00+00:00")
    checker = DraftChecker("first_message", demo)
    checker.fill(text="Would you like to grab a coffee next week?")
    assert (checker.findings, checker.holds) == ([], ())


def test_hold_back_keeps_the_draft_as_a_message_held_back(journal):
    checker = DraftChecker("first_message", journal)
    checker.fill(text="Please just answer me, I keep waiting.")
    stored = checker.hold_back()
    row = journal.timeline().iloc[0]
    assert (row["kind"], row["direction"], row["text"], checker.text.value) == ("held_back", "out", stored.text, "")
    assert checker.status.startswith("Kept in your journal as a message you held back")


def test_hold_back_with_nothing_written_is_an_error(journal):
    checker = DraftChecker("meet_ask", journal)
    assert checker.hold_back() is None and checker.error.startswith("There is nothing to hold back yet")


@pytest.mark.parametrize(("with_journal", "offered"), [(False, False), (True, True)])
def test_hold_back_is_offered_only_with_a_journal(journal, with_journal, offered):
    checker = DraftChecker("first_message", journal if with_journal else None)
    rows = [getattr(child, "children", ()) for child in checker.widget.children]
    assert any(checker.hold_button in row for row in rows) is offered


@pytest.mark.parametrize(("name", "title"), [("sparse", "Checklist: Getting back in touch"),
                                             ("first_coffee", "Checklist: Catching up"),
                                             ("boundary", "Checklist: Closing the chapter")])  # fmt: skip
def test_the_panels_checklist_is_the_stage_it_shows(state, name, title):
    with state(name) as journal:
        assert AdvicePanel(journal).checklist().title == title
