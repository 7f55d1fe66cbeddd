"""Every notebook, Run All, on every personal journal state (tests/states.py), as a new user would.

For each (notebook, state): the run is clean (no error, no traceback, no warning, nothing on
stderr); the user's journal is exactly as it was (a hash of every row of every table: running a
notebook never writes, only a click or a typed write call does); and the notebook says what the
guide says for that journal (the stage, the advice, the summary), never an all-clear or a
suggestion of contact on a closed path. All runs happen once, in reused kernels side by side
(runner.py); each test reads its run. `KNOWN` marks the runs of notebooks being reworked in
parallel that still fail, each with the problem it shows (strict: a fixed one must lose its mark).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from reconcile_kit import Journal
from reconcile_kit.cadence import summarize
from reconcile_kit.care.closing import words
from reconcile_kit.clock import now_for, zone_for
from reconcile_kit.guide import advise_for, situation, stage_info, stage_tip
from reconcile_kit.guide.settings import to_settings
from reconcile_kit.person import Person
from tests.states import STATES, build

from .runner import TIMING, WORKERS, run_matrix

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]  # all runs happen in the first test's setup

FOLDER = Path(__file__).resolve().parents[2] / "notebooks"
NOTEBOOKS = {path.stem: path for path in sorted(FOLDER.glob("[0-9][0-9]_*.ipynb"))}
# What each notebook shows of the user's own journal, read through the guide's one voice.
SHOWS: dict[str, tuple[str, ...]] = {
    "00_start_here": ("stage", "advice"),
    "01_log_interactions": ("stage", "advice"),
    "02_contact_cadence": ("stage", "advice", "summary"),
    "03_asking_to_meet": ("stage", "advice"),
    "04_heart_to_heart_and_apology": (),
    "05_outcome_and_next_steps": ("stage", "advice"),
    "06_import_message_history": ("practice",),
}
PRACTICE = ("Added 563 messages; 257 tones suggested.",)
# Never shown while the path is closed: an invitation to ask, or a draft's all-clear.
CLOSED_NEVER = ("you could suggest catching up", "Short, light and easy to answer",
                "A relaxed catch-up with a rough time", "This reads short and light")  # fmt: skip
WARNING = re.compile(r"\b[A-Z]\w*Warning\b|^Traceback|Error:", re.M)
# The heaviest first, so the two kernels finish together.
ORDER = ("02_contact_cadence", "06_import_message_history", "01_log_interactions", "05_outcome_and_next_steps",
         "00_start_here", "03_asking_to_meet", "04_heart_to_heart_and_apology")  # fmt: skip

KNOWN: dict[tuple[str, str, str], str] = {}  # (check, notebook, state) -> a known problem, marked strict xfail


def cases(check: str) -> list[object]:
    """(notebook, state) pairs for `check`, with the known failures of other notebooks marked."""
    marked = []
    for notebook in NOTEBOOKS:
        for state in STATES:
            reason = KNOWN.get((check, notebook, state))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            marked.append(pytest.param(notebook, state, marks=marks, id=f"{notebook[:2]}-{state}"))
    return marked


@pytest.fixture(scope="module")
def journals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("state-journals")
    return {name: build(name, folder / name / "journal.sqlite3") for name in STATES}


class Matrix(dict):
    """The runs by (notebook, state); short in tracebacks (a run holds megabytes of outputs)."""

    def __repr__(self) -> str:
        return f"<{len(self)} runs>"


@pytest.fixture(scope="module")
def matrix(journals: dict[str, Path], tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Matrix:
    jobs = [(notebook, state) for notebook in ORDER if notebook in NOTEBOOKS for state in STATES]
    jobs += [(notebook, state) for notebook in NOTEBOOKS if notebook not in ORDER for state in STATES]
    start = time.perf_counter()
    runs = Matrix(run_matrix(jobs, NOTEBOOKS, journals, tmp_path_factory.mktemp("journeys")))
    seconds, cpu = time.perf_counter() - start, sum(run.cpu for run in runs.values())
    request.config.stash[TIMING] = (f"journeys: {len(runs)} Run Alls ({len(NOTEBOOKS)} notebooks x {len(STATES)} "
                                    f"states) in {seconds:.0f} s wall on {WORKERS} kernels; {cpu:.0f} s of kernel CPU")  # fmt: skip
    return runs


@pytest.fixture(scope="module")
def voice(journals: dict[str, Path]) -> dict[str, dict[str, tuple[str, ...]]]:
    """What the guide says for each state, read straight from the library (not through a notebook)."""
    said = {}
    for name, path in journals.items():
        with Journal.open(path) as journal:
            timeline, now, settings, zone = journal.timeline(), now_for(journal), journal.settings(), zone_for(journal)
            person, them = Person.of(journal).label, Person.of(journal)
        sit = situation(timeline, now, settings)
        advice = tuple(a.message for a in advise_for(sit, timeline)) or (stage_tip(sit.stage),)
        since = to_settings(settings).window_start(zone)
        summary = tuple(summarize(timeline, now, since=since, zone=zone).lines(person))
        title = words(sit.closure, them)[0] if sit.closed else stage_info(sit.stage).title
        said[name] = {"stage": (f"Where you are: {title}",), "advice": advice,
                      "summary": summary, "practice": PRACTICE, "closed": (sit.closed,)}  # fmt: skip
    return said


@pytest.mark.parametrize(("notebook", "state"), cases("clean"))
def test_run_all_is_clean(matrix: Matrix, notebook: str, state: str) -> None:
    run = matrix[notebook, state]
    assert (run.error, run.stderr, WARNING.findall(run.text)) == (None, [], [])


@pytest.mark.parametrize(("notebook", "state"), cases("rows"))
def test_run_all_leaves_the_journal_as_it_was(matrix: Matrix, notebook: str, state: str) -> None:
    run = matrix[notebook, state]
    assert run.after == run.before


@pytest.mark.parametrize(("notebook", "state"), cases("voice"))
def test_says_what_the_guide_says(matrix: Matrix, voice: dict, notebook: str, state: str) -> None:
    text, said = matrix[notebook, state].text, voice[state]
    missing = [line for part in SHOWS[notebook] for line in said[part] if line not in text]
    wrong = [line for line in CLOSED_NEVER if line in text] if said["closed"][0] else []
    assert (missing, wrong) == ([], [])


def test_every_notebook_is_in_the_matrix() -> None:
    assert sorted(SHOWS) == sorted(NOTEBOOKS) and len(NOTEBOOKS) == 7
