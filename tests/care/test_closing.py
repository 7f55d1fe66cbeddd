"""The closure path's words: the checklist and outcomes each closure offers, the card's lead, a block in the user's word."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile_kit.care.check_ins import check_in_plan
from reconcile_kit.care.closing import checklist, lead, outcomes, says_blocked, title, was_blocked
from reconcile_kit.guide.closure import Closure
from reconcile_kit.person import Person

AT = pd.Timestamp("2026-05-01T10:00", tz="UTC")
SAM = Person("Sam", "she/her")


def closure(reason: str, reopened: bool = False) -> Closure:
    return Closure(reason, AT, reopened)


@pytest.mark.parametrize(("found", "offered"), [
    (None, ("reconciling", "no", "no_answer", "no_contact")),
    (closure("refusal", reopened=True), ("no", "no_answer", "no_contact", "reconciling")),
    (closure("refusal"), ("no", "no_answer", "no_contact")),
    (closure("no_answer"), ("no", "no_answer", "no_contact")),
    (closure("boundary"), ("no_contact",)),
    (closure("safety"), ()),
])  # fmt: skip
def test_the_outcomes_offered_fit_the_closure(found, offered):
    assert outcomes(found) == offered


@pytest.mark.parametrize(("reason", "ids"), [
    ("boundary", ["S5.4-boundary", "S5.4-urges", "S5.5-letter", "S5.5", "S5.5-self"]),
    ("refusal", ["S5.4", "S5.4-urges", "S5.5-letter", "S5.5", "S5.5-self"]),
    ("no_answer", ["S5.4", "S5.4-urges", "S5.5-letter", "S5.5", "S5.5-self"]),
    ("safety", ["care-help", "care-owe", "care-trust", "S5.5-letter"]),
])  # fmt: skip
def test_each_closure_has_its_checklist(reason, ids):
    assert [item.id for item in checklist(closure(reason)).items] == ids


@pytest.mark.parametrize(("reason", "heading"), [("safety", "Your safety comes first"), ("boundary", "Closing the chapter")])
def test_the_title(reason, heading):
    assert title(closure(reason)) == heading


@pytest.mark.parametrize(("reason", "blocked", "opening"), [
    ("boundary", False, "Sam asked for no contact. Every page of the kit now turns to you"),
    ("boundary", True, "Sam blocked you. Every page"),
    ("refusal", False, "Sam said no. The kit will not help with asking again"),
    ("no_answer", False, "You recorded that no answer came."),
    ("safety", False, "You told the kit that you do not feel safe with them"),
])  # fmt: skip
def test_the_lead_says_what_the_kit_does_now(reason, blocked, opening):
    assert lead(closure(reason), SAM, blocked=blocked).startswith(opening)


@pytest.mark.parametrize(("words", "blocked"), [("Sam blocked me", True), ("Blocked on Instagram", True),
                                                 ("She asked me not to write", False), ("a roadblock", False)])
def test_a_block_is_read_from_the_users_own_words(words, blocked):
    assert says_blocked(words) is blocked


@given(st.text())
def test_reading_any_text_for_a_block_never_fails_and_the_word_always_counts(text):
    assert says_blocked(text + " blocked") is True and says_blocked(text) in (True, False)


def test_the_first_boundary_decides_blocked():
    rows = pd.DataFrame({"at": pd.to_datetime(["2026-05-01", "2026-05-02"], utc=True), "direction": ["in", "in"],
                         "kind": ["boundary", "boundary"], "summary": ["Asked me to stop", "Then blocked me"]})  # fmt: skip
    assert was_blocked(rows, "2026-05-03T00:00:00+00:00") is False


def test_the_plan_dates_each_next_check_in_a_week_after_the_last():
    from zoneinfo import ZoneInfo

    habits = pd.DataFrame({"id": [1, 2], "name": ["Going quiet", "Big plans"],
                           "created_at": pd.to_datetime(["2026-05-01T09:00", "2026-05-20T09:00"], utc=True)})
    check_ins = pd.DataFrame({"habit_id": [1, 1], "at": pd.to_datetime(["2026-05-10T20:00", "2026-05-16T20:00"], utc=True),
                              "slipped": [False, True]})  # fmt: skip
    plan = check_in_plan(habits, check_ins, pd.Timestamp("2026-05-25T12:00", tz="UTC"), ZoneInfo("Europe/London"))
    assert plan[["Check-ins", "Kept", "Slipped", "Last check-in", "Next check-in"]].values.tolist() == [
        [2, 1, 1, "Sat 16 May", "due since Sat 23 May"], [0, 0, 0, "not yet", "Wed 27 May"]]
