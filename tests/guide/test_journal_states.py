"""Every journal state (tests/states.py): stage, closure and the advice agree, in the state's own words."""

import pytest

from reconcile_kit import Journal
from reconcile_kit.clock import now_for
from reconcile_kit.guide import advise_for, closed, current_stage, situation
from tests.states import STATES, build


@pytest.fixture(scope="module")
def journals(tmp_path_factory):
    folder = tmp_path_factory.mktemp("states")
    return {name: build(name, folder / f"{name}.sqlite3") for name in STATES}


@pytest.mark.parametrize("name", sorted(STATES))
def test_each_state_reads_as_written(journals, name):
    state = STATES[name]
    with Journal.open(journals[name]) as journal:
        timeline, now, settings = journal.timeline(), now_for(journal), journal.settings()
    sit = situation(timeline, now, settings)
    closure = closed(timeline, now, settings)
    advice = " ".join(a.message for a in advise_for(sit, timeline))
    assert (str(current_stage(timeline, now)), str(sit.stage)) == (state.stage, state.stage)
    assert (closure.reason if closure and closure.active else None) == state.closed
    assert [words for words in state.expect if words not in advice] == []


@pytest.mark.parametrize("name", sorted(STATES))
def test_a_closed_path_never_suggests_contact(journals, name):
    with Journal.open(journals[name]) as journal:
        timeline, now, settings = journal.timeline(), now_for(journal), journal.settings()
    sit = situation(timeline, now, settings)
    rules = {a.rule for a in advise_for(sit, timeline)}
    if sit.closed:
        assert rules <= {"stay_safe", "respect_boundary", "accept_refusal", "urges_rising"} and not sit.ready_to_ask
