"""The draft and apology checks read the journal too: a closed path is never given an all-clear (one voice)."""

import pytest

from reconcile_kit import Journal
from reconcile_kit.clock import now_for
from reconcile_kit.guide import check_apology, check_first_message, check_meet_ask
from tests.states import build

HELLO = "Saw the allotment in bloom and thought of you."
ASK = "Would you like to get a coffee next Saturday morning?"


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    folder = tmp_path_factory.mktemp("checks")
    opened = {}
    for name in ("boundary", "closure", "thank_you_after_no", "sparse", "refusal_then_reply", "empty"):
        journal = Journal.open(build(name, folder / f"{name}.sqlite3"))
        opened[name] = (journal.timeline(), now_for(journal), journal.settings())
        journal.close()
    return opened


@pytest.mark.parametrize("check", [check_first_message, check_meet_ask, check_apology])
@pytest.mark.parametrize("name", ["boundary", "closure", "thank_you_after_no"])
def test_every_check_says_contact_closed_on_a_closed_path(states, check, name):
    report = check(ASK if check is check_meet_ask else HELLO, *states[name])
    assert (report.rules[0], report.ok) == ("contact_closed", False)


def test_after_a_boundary_the_check_asks_not_to_send(states):
    (finding,) = [f for f in check_first_message(HELLO, *states["boundary"]).findings if f.rule == "contact_closed"]
    assert finding.message.startswith("Sam asked for no contact. Please do not send this")


def test_right_after_a_no_one_kind_line_is_allowed(states):
    finding = check_first_message("Thank you for telling me. I wish you well.", *states["closure"]).findings[0]
    assert finding.message.startswith("Sam said no. If you answer at all, one short, warm line")


@pytest.mark.parametrize("name", ["sparse", "refusal_then_reply", "empty"])
def test_an_open_path_changes_nothing(states, name):
    assert check_meet_ask(ASK, *states[name]).rules == check_meet_ask(ASK).rules == ()


def test_without_a_timeline_the_text_alone_is_checked():
    assert check_first_message(HELLO).ok


def test_when_the_guide_says_it_is_time_an_ask_in_a_first_message_is_not_too_early():
    import pandas as pd

    from reconcile_kit.timeline import from_records

    warm = from_records({"at": pd.to_datetime(["2026-11-28 10:00", "2026-11-29 10:00"], utc=True),
                         "direction": ["in", "in"], "kind": ["message"] * 2, "tone": ["positive"] * 2})  # fmt: skip
    draft = "Hey! Fancy a coffee next week?"
    assert (check_first_message(draft).rules, check_first_message(draft, warm, "2026-12-02T15:00+00:00").rules) == (
        ("asks_to_meet",), ())


def test_an_apology_on_a_closed_path_keeps_its_reading_but_no_ideas_for_sending(tmp_path):
    from reconcile_kit import Journal
    from reconcile_kit.clock import now_for
    from reconcile_kit.guide import check_apology
    from tests.states import build

    with Journal.open(build("block", tmp_path / "journal.sqlite3")) as journal:
        timeline, now, settings = journal.timeline(), now_for(journal), journal.settings()
    text = "I'm sorry I said those things. It was my doing and it hurt you. I'll stop drinking so much. Can we talk?"
    alone, closed = check_apology(text), check_apology(text, timeline, now, settings)
    assert (alone.suggestions != [], closed.suggestions, closed.findings[0].rule, closed.components) == (
        True, [], "contact_closed", alone.components)
