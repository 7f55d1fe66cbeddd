"""The care forms: support cards (crisis wording, low moods), the path card, the closure path, the feelings prompt, errors in the form's words."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from reconcile_kit import care
from reconcile_kit.forms import (
    ApologyWorkbench,
    ClosurePath,
    DraftChecker,
    FeelingsPrompt,
    HabitWatch,
    LogInteractionForm,
    OutcomeForm,
    PathCard,
    ReflectionPrompt,
    SupportCard,
    UnsentLetter,
)
from reconcile_kit.forms.labels import in_form_words
from reconcile_kit.forms.log import THANKS
from reconcile_kit.model import Interaction

NOW = "2026-05-30T12:00:00+00:00"
CRISIS = "I can't live without you."


@dataclass(frozen=True)
class FakeSignal:
    kind: str
    span: tuple[int, int] = (0, 1)
    message: str = "This sounds like it feels impossible to go on without them."


@pytest.fixture
def journal(journal):
    """The fresh journal of conftest, with a fixed clock and a name."""
    for key, value in {"now": NOW, "their_name": "Sam", "their_pronouns": "she/her", "timezone": "UTC"}.items():
        journal.set_setting(key, value)
    return journal


@pytest.fixture
def crisis_reader(monkeypatch):
    """`care.signals` (and the rules' reading an apology gets, `care.rules_signals`) reading crisis wording: the hook sees it."""
    def read(text):
        return [FakeSignal("cant_live_without")] if "live without" in text else []

    monkeypatch.setattr(care, "signals", read, raising=False)
    monkeypatch.setattr(care, "rules_signals", read, raising=False)


def log(journal, day, **fields):
    journal.add(Interaction(**{"at": f"2026-05-{day:02d}T10:00+00:00", "channel": "text", "direction": "out",
                               "kind": "message", "summary": "A note", **fields}))  # fmt: skip


@pytest.mark.parametrize(("kinds", "card"), [(["cant_live_without"], True), (["self_harm", "hopelessness"], True),
                                             ([], False), (["something_else"], False)])
def test_a_crisis_card_comes_with_crisis_wording_only(kinds, card):
    found = SupportCard.for_signals([FakeSignal(kind) for kind in kinds])
    assert (found is not None, found.topic if found else None) == (card, "crisis" if card else None)


def test_fear_of_someone_brings_the_abuse_card_and_crisis_wording_comes_first():
    assert SupportCard.for_signals([FakeSignal("afraid_of_them")]).topic == "abuse"
    assert SupportCard.for_signals([FakeSignal("afraid_of_them"), FakeSignal("hopelessness")]).topic == "crisis"


def test_the_crisis_card_opens_with_the_signals_own_words():
    assert SupportCard.for_signals([FakeSignal("cant_live_without")]).describe().startswith(
        "Support: This sounds like it feels impossible to go on without them.")


def test_crisis_wording_in_the_apology_shows_the_crisis_card(journal, crisis_reader):
    bench = ApologyWorkbench(journal)
    bench.fill(text=f"I'm sorry I left. {CRISIS}")
    assert (bench.support.topic, len(bench.support_box.children)) == ("crisis", 1)


def test_crisis_wording_in_the_unsent_letter_shows_the_crisis_card(journal, crisis_reader):
    letter = UnsentLetter(journal)
    letter.fill(text=CRISIS)
    assert letter.support is not None and "Samaritans" in letter.support_box.children[0].children[0].value


def test_the_card_never_stops_the_words_being_saved(journal, crisis_reader):
    letter = UnsentLetter(journal)
    letter.fill(text=CRISIS)
    assert letter.submit() is not None and journal.latest_reflection("unsent_letter") == CRISIS


# Ordinary apologies the learned reading of crisis wording (trained on notes, not apologies) carded
# as self-harm until round 20 (docs/care.md): "sorry" itself weighed as crisis wording there.
ORDINARY_APOLOGIES = [
    "Sorry for being a dick the other night, it was the drink talking",
    "im sorry i took the 400 quid out of our joint account without asking. ill pay back 50 a week starting friday",
    "Look, things got said that night that shouldn't have been said, on both sides. Sorry for my bit of it.",
    "I'm sorry I kept cancelling our plans and shutting you out when things got hard. What went wrong is that I hid "
    "how much I was struggling, and I left you alone with it. That was my doing, and it hurt you. I'm working on "
    "saying what I feel instead of going quiet. I'd like to make it up to you, in whatever way would help. Will you "
    "forgive me?",
    # the last word of someone respecting a no (round 21: "this is my last" carded it until then)
    "I know you asked me not to write. This is my last letter, I promise, and then I'll leave you in peace. I'm sorry "
    "I lied to you about the money.",
]


# Unsent letters that say sorry, in guilt and shame but in no danger. Until round 21 the learned reading
# carded the first two as self-harm ("These words sound like you might be thinking about hurting
# yourself"); round 21 trained it on 240 such notes as well (docs/care.md).
SORRY_LETTERS = [
    "Dear Sam, I'm so sorry. I lied to you about the money for months and you found out from your sister. I hate what "
    "I did and I don't think I'll ever forgive myself for how it ended. I'm seeing a counsellor now and I'm paying back "
    "every penny. I won't send this.",
    "Jess. I was cold to you the whole last year and I know it. I stopped asking about your day, I stopped coming to bed "
    "at the same time. I'm ashamed of that. You deserved so much better and I'm sorry I couldn't see it until you'd gone.",
    "To Dan, never sending this. I'm sorry for the things I said at your brother's wedding. It was cruel and it was in "
    "front of everyone. I think about it every day and I feel sick with shame.",
]


@pytest.mark.parametrize(
    ("form", "text"),
    [(ApologyWorkbench, text) for text in ORDINARY_APOLOGIES] + [(UnsentLetter, text) for text in SORRY_LETTERS],
)
def test_a_sorry_in_no_danger_brings_no_crisis_card(journal, form, text):
    shown = form(journal)
    shown.fill(text=text)
    assert (shown.support, shown.support_box.children) == (None, ())


def test_a_goodbye_that_says_sorry_still_brings_the_crisis_card(journal):
    letter = UnsentLetter(journal)
    letter.fill(text="I'm sorry for everything. The cat's food is in the cupboard and the spare key is with Jo. You won't "
                     "have to put up with me after Friday.")
    assert letter.support.topic == "crisis"


def test_the_unsent_letter_keeps_the_learned_reading_of_crisis_wording(journal):
    note = ("Gave the dog to my sister today and paid off the last of the phone bill. Wrote letters for Mum and for "
            "Dan and left them in the drawer. Everything's sorted now, nobody will have to clear up after me.")
    assert care.rules_signals(note) == []  # the rules alone miss it; the learned reading, trained on such notes, does not
    letter = UnsentLetter(journal)
    letter.fill(text=note)
    assert letter.support.topic == "crisis"


def test_crisis_wording_is_read_by_care_signals_once_it_is_merged(journal):
    pytest.importorskip("reconcile_kit.care.signals", reason="care/signals.py is merged from another branch")
    bench = ApologyWorkbench(journal)
    bench.fill(text=f"I'm sorry. {CRISIS}")
    assert bench.support is not None and bench.support.topic == "crisis"


def test_low_moods_bring_a_calm_card_on_the_path_card(journal):
    for day in range(20, 25):
        log(journal, day, mood=1)
    card = PathCard(journal)
    assert card.moods is not None and "The last 5 moods you logged were all low" in card.describe()


def test_no_card_for_moods_that_are_not_low(journal):
    for day in range(20, 25):
        log(journal, day, mood=3)
    assert PathCard(journal).moods is None


def test_the_path_card_after_a_boundary_has_the_guides_closing_advice_only(journal):
    log(journal, 20, direction="in", kind="boundary", summary="Sam asked me not to write")
    assert [a.rule for a in PathCard(journal).advice] == ["respect_boundary"]


def test_the_demo_is_shown_at_its_tour_moment_and_your_journal_now(demo, journal):
    assert PathCard(demo, demo_as_of="2026-07-20 20:00").title == "Getting back in touch"
    assert PathCard(journal, demo_as_of="2020-01-01 00:00").as_of is None


def test_the_closure_path_hides_the_charts_on_request(journal):
    path = ClosurePath(journal)
    path.fill(hide_charts=True)
    assert (journal.get_setting("hide_charts"), path.status) == (True, "The charts are hidden.")


def test_the_closure_path_keeps_each_answer(journal):
    path = ClosurePath(journal)
    path.fill(urge_plan="Call Jo first", letter="Dear Sam", closing="I tried")
    ids = [form.submit() is not None for form in (path.urge_plan, path.letter, path.closing)]
    assert (ids, journal.latest_reflection("urge_plan")) == ([True, True, True], "Call Jo first")


@pytest.mark.parametrize(("answer", "shown", "waits"), [("yes", ["S4.1"], False), ("not_sure", [], True), ("no", [], True)])
def test_the_feelings_prompt_asks_first_whether_they_seem_open(journal, answer, shown, waits):
    prompt = FeelingsPrompt(journal)
    prompt.fill(open=answer)
    assert (prompt.shown, "Then it is kinder to wait" in prompt.describe()) == (shown, waits)


def test_a_prompt_that_looks_toward_contact_becomes_the_closing_one_after_a_no(journal):
    log(journal, 20, direction="in", kind="refusal", summary="Sam said no")
    assert ReflectionPrompt.on_path(journal, "S2.3", "If they say no, what would you say?").prompt_id == "S5.5"


def test_the_letter_says_it_is_never_sent(journal):
    assert "never sent anywhere" in UnsentLetter(journal).describe()


def test_the_apology_on_a_closed_path_opens_with_contact_closed(journal):
    log(journal, 20, direction="in", kind="boundary", summary="Sam asked for no contact")
    bench = ApologyWorkbench(journal)
    bench.fill(text="I'm sorry I kept cancelling. That was my fault.")
    assert bench.report.rules[0] == "contact_closed"


def test_the_habit_plan_dates_the_next_check_in(journal):
    watch = HabitWatch(journal)
    watch.fill(habit="Going quiet")
    watch.submit()
    watch.check_in()
    assert watch.describe().splitlines()[1] == "- Going quiet: 1 check-ins, kept to it 1, slipped 0; next check-in Sat 6 Jun"


@pytest.mark.parametrize(("message", "field", "shown"), [
    ("notes has 120,001 characters; the most is 100,000", "notes", "Note has 120,001 characters; the most is 100,000"),
    ("at is missing: pick the date", "at", "When is missing: pick the date"),
    ("summary is empty", "summary", "summary is empty"),                  # not a field of this form
    ("Your note about notes is long", "notes", "Your note about notes is long"),  # only an opening field name
])  # fmt: skip
def test_errors_use_the_forms_labels(message, field, shown):
    assert in_form_words(message, {"notes": "Note", "at": "When"}, field) == shown


def test_the_outcome_form_names_a_long_note_by_its_label(journal):
    form = OutcomeForm(journal)
    form.fill(outcome="no", note="x" * 100_001)
    assert form.submit() is None and form.error.startswith("Note has 100,001 characters")


def test_an_outcome_the_path_does_not_offer_is_refused(journal):
    log(journal, 20, direction="in", kind="boundary", summary="Sam asked for no contact")
    with pytest.raises(ValueError, match="outcome 'reconciling' is not offered on this path; offered: no_contact"):
        OutcomeForm(journal).fill(outcome="reconciling")


# Crisis wording in a draft to them (notebook 03's DraftChecker) and in what the user logs (LogInteractionForm)
SELF_HARM_NOTE = ("Support: These words sound like you might be thinking about hurting yourself or not being alive. You do "
                  "not have to carry that alone: please reach out to someone you trust or a crisis line now. (helplines and "
                  "the emergency numbers are listed here)")
AFRAID_NOTE = ("Support: It sounds like you may be afraid of what someone could do to you. Your safety comes first, and "
               "people who know about this can help you make a plan. If you are in danger right now, call the emergency "
               "number. (helplines and the emergency numbers are listed here)")


def test_a_draft_with_crisis_wording_shows_the_crisis_card_and_never_the_all_clear(journal):
    checker = DraftChecker("first_message", journal)
    checker.fill(text="I keep thinking about ending it all")
    assert checker.describe().splitlines() == ["Check a first message:", "I keep thinking about ending it all", "", SELF_HARM_NOTE]
    assert "Samaritans" in checker.support_box.children[0].children[0].value and checker.findings_html.value == ""


def test_a_draft_afraid_of_him_shows_the_abuse_card_first(journal):
    checker = DraftChecker("first_message", journal)
    checker.fill(text="I'm scared of what he'll do if I write.")
    assert (checker.support.topic, checker.describe().splitlines()[3:]) == ("abuse", [AFRAID_NOTE])


def test_a_draft_on_a_closed_path_keeps_contact_closed_and_adds_the_card(journal):
    log(journal, 20, direction="in", kind="boundary", summary="Sam asked for no contact")
    checker = DraftChecker("first_message", journal)
    checker.fill(text="If you don't reply I'll kill myself")
    assert (checker.describe().splitlines()[3], checker.findings[0].rule) == (SELF_HARM_NOTE, "contact_closed")


def test_a_draft_is_read_by_the_rules_alone_as_an_apology_is(journal):
    note = ("Gave the dog to my sister today and paid off the last of the phone bill. Wrote letters for Mum and for "
            "Dan and left them in the drawer. Everything's sorted now, nobody will have to clear up after me.")
    checker = DraftChecker("first_message", journal)
    checker.fill(text=note)
    assert (checker.support, care.signals(note)[0].kind) == (None, "self_harm")  # the learned reading would card it


def test_a_light_draft_still_hears_the_all_clear(journal):
    checker = DraftChecker("first_message", journal)
    checker.fill(text="Walked past the little cinema today and thought of you.")
    assert (checker.support, checker.describe().splitlines()[-1]) == (None, "Short, light and easy to answer (S1.2).")


def _logged(journal, **fields):
    form = LogInteractionForm(journal)
    form.fill(**{"direction": "out", "kind": "note", **fields})
    return form, form.submit()


def test_logging_crisis_wording_shows_the_card_beside_the_thanks_and_saves_the_words_as_written(journal):
    summary = "Note to self: I want to die, I can't go on without Sam"
    form, stored = _logged(journal, summary=summary, mood=1)
    assert form.describe().splitlines()[1:] == [f"Logged: {summary}. {THANKS}", SELF_HARM_NOTE]
    assert (journal.get(stored.uid).summary, journal.get(stored.uid).mood) == (summary, 1)


def test_a_sent_message_with_a_threat_to_oneself_brings_the_card(journal):
    form, _ = _logged(journal, kind="message", summary="Sent a plea", text="If you don't come back I'm going to hurt myself")
    assert form.describe().splitlines()[-1] == SELF_HARM_NOTE


def test_their_message_brings_no_card_but_the_users_notes_do(journal):
    form, _ = _logged(journal, direction="in", kind="message", summary="Sam wrote back", text="I want to die, I can't do this")
    assert (form.support, form.support_box.children) == (None, ())
    form, _ = _logged(journal, direction="in", kind="message", summary="Sam wrote back", notes="Reading it I thought: I want to die.")
    assert form.describe().splitlines()[-1] == SELF_HARM_NOTE


def test_an_ordinary_log_brings_no_card(journal):
    form, _ = _logged(journal, kind="message", summary="Sent a short hello about the film")
    assert (form.support, form.describe().splitlines()[-1]) == (None, f"Logged: Sent a short hello about the film. {THANKS}")


def test_on_a_closed_path_the_log_keeps_its_closing_words_and_adds_the_card(journal):
    log(journal, 20, direction="in", kind="boundary", summary="Sam asked for no contact")
    form, _ = _logged(journal, summary="I keep thinking about ending it all")
    status, card = form.describe().splitlines()[1:]
    assert (status.startswith("Logged: I keep thinking about ending it all. "), THANKS in status, card) == (True, False, SELF_HARM_NOTE)


def test_with_a_safety_concern_the_log_adds_the_card(journal):
    journal.set_setting("safety", "concern")
    form, _ = _logged(journal, summary="Note to self: I'm scared of what he'll do when he finds out")
    assert (form.support.topic, form.describe().splitlines()[-1]) == ("abuse", AFRAID_NOTE)


def test_a_crisis_text_being_logged_never_hears_short_and_light(journal):
    log(journal, 20, summary="Sent a short hello")
    form = LogInteractionForm(journal)
    form.fill(direction="out", kind="message", text="Hope the new job is going well.")
    shown = form.draft_findings.value
    form.fill(text="I keep thinking about ending it all")
    assert ("This reads short and light (S1.2)." in shown, form.draft_findings.value) == (True, "")


def test_an_outcome_dated_after_today_is_not_recorded(journal):
    from datetime import date

    form = OutcomeForm(journal)
    form.fill(outcome="no", day=date(2026, 5, 31))
    assert (form.submit(), len(journal.timeline()), journal.get_setting("outcome")) == (None, 0, None)
    assert form.error == ("When is after today: Sun 31 May 2026 comes after Sat 30 May 2026; record what happened "
                          "once it has happened")  # fmt: skip
