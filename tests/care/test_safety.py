"""The safety screen: any yes is a concern, and a concern closes the path for good through the one closure (reason `safety`)."""

from __future__ import annotations

import pandas as pd
import pytest

from reconcile_kit.care.safety import QUESTIONS, concern_in, setting_for, unanswered
from reconcile_kit.guide import advise, check_first_message, closed, situation
from reconcile_kit.guide.closure import REASONS

NOW = "2026-05-10T12:00:00+00:00"
CONCERN = {"safety": "concern", "their_name": "Sam", "their_pronouns": "she/her"}


def timeline(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame({"at": pd.to_datetime([r[0] for r in rows], utc=True), "direction": [r[1] for r in rows],
                         "kind": [r[2] for r in rows], "tone": ["positive"] * len(rows)})  # fmt: skip


WARM = timeline(("2026-05-01T10:00", "out", "message"), ("2026-05-02T10:00", "in", "message"),
                ("2026-05-05T10:00", "in", "message"), ("2026-05-08T10:00", "in", "message"))  # fmt: skip


@pytest.mark.parametrize(("answers", "concern"), [
    ({"afraid": "no", "harm": "no", "order": "no"}, False),
    ({"afraid": "yes", "harm": "no", "order": "no"}, True),
    ({"afraid": "no", "harm": "no", "order": "yes"}, True),
    ({"afraid": "not_sure", "harm": "not_sure", "order": "not_sure"}, False),
])  # fmt: skip
def test_any_yes_is_a_concern(answers, concern):
    assert (concern_in(answers), setting_for(answers)) == (concern, "concern" if concern else "none")


def test_every_question_needs_an_answer():
    assert [q.id for q in unanswered({"afraid": "no"})] == ["harm", "order"]


def test_the_questions_ask_about_fear_harm_and_orders():
    assert [q.id for q in QUESTIONS] == ["afraid", "harm", "order"]


def test_safety_is_a_reason_the_closure_knows_and_comes_first():
    assert REASONS[0] == "safety"


@pytest.mark.parametrize(("settings", "reason"), [(CONCERN, "safety"), ({"safety": "none"}, None), ({}, None)])
def test_a_concern_closes_an_open_path(settings, reason):
    found = closed(WARM, NOW, settings)
    assert (found.reason if found else None) == reason


def test_a_concern_outranks_a_boundary():
    boundary = timeline(("2026-05-01T10:00", "in", "boundary"))
    assert closed(boundary, NOW, CONCERN).reason == "safety"


def test_a_concern_holds_when_they_reach_out():
    sit = situation(WARM, NOW, CONCERN)
    assert (sit.closed, sit.ready_to_ask, sit.holds) == (True, False, ("the path is closed",))


def test_without_the_settings_the_timeline_alone_is_read():
    assert situation(WARM, NOW).closed is False


def test_the_advice_speaks_of_safety_only():
    assert [a.rule for a in advise(WARM, NOW, CONCERN)] == ["stay_safe"]


def test_a_draft_check_never_gives_an_all_clear_and_names_the_concern():
    finding = check_first_message("Hope you're well.", WARM, NOW, CONCERN).findings[0]
    assert (finding.rule, finding.message.startswith("You told the kit that you do not feel safe")) == ("contact_closed", True)
