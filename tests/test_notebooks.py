"""The committed notebooks: demo data only, run in order, small, and each a complete walkthrough step."""

import json
import re
from pathlib import Path

import pytest

from reconcile_kit.notebook_helpers import DEMO_LINE, OWN_LINE

FOLDER = Path(__file__).resolve().parent.parent / "notebooks"
PATHS = sorted(FOLDER.glob("*.ipynb"))
WALKTHROUGH = ["00_start_here", "01_log_interactions", "02_contact_cadence", "03_asking_to_meet",
               "04_heart_to_heart_and_apology", "05_outcome_and_next_steps", "06_import_message_history"]
TEXT_TYPES = ("text/plain", "text/html", "text/markdown")
PRIVATE = re.compile(r"/home/|/root|/Users/|/tmp/|/var/folders|[A-Za-z]:\\\\|reconcile-kit-demo-")
VOLATILE = re.compile(r"0x[0-9a-fA-F]{6,}|object at |model_id")


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def code_cells(path):
    return [cell for cell in load(path)["cells"] if cell["cell_type"] == "code"]


def output_texts(path):
    for cell in code_cells(path):
        for output in cell.get("outputs", []):
            if output["output_type"] == "stream":
                yield "".join(output["text"])
            for mime in TEXT_TYPES:
                if mime in output.get("data", {}):
                    yield "".join(output["data"][mime])


def test_the_whole_walkthrough_is_committed():
    assert [path.stem for path in PATHS] == WALKTHROUGH


def test_notebooks_are_small_together():
    assert sum(path.stat().st_size for path in PATHS) < 3_000_000


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_first_output_says_it_is_the_demo(path):
    first = code_cells(path)[0]
    assert "open_journal" in "".join(first["source"]) and "".join(first["outputs"][0]["text"]) == DEMO_LINE + "\n"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_never_the_users_own_journal(path):
    assert not any(OWN_LINE in text for text in output_texts(path))


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_code_cells_ran_in_order(path):
    counts = [cell["execution_count"] for cell in code_cells(path)]
    assert counts == list(range(1, len(counts) + 1))


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_no_errors_in_outputs(path):
    kinds = {output["output_type"] for cell in code_cells(path) for output in cell["outputs"]}
    assert "error" not in kinds and "stream" in kinds


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_every_form_and_chart_shown_has_its_output(path):
    shows = re.compile(r"\.show\(\)|^charts\.", re.M)
    shown = [cell for cell in code_cells(path) if shows.search("".join(cell["source"]))]
    assert shown and all(cell["outputs"] for cell in shown)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_no_paths_or_volatile_text_in_outputs(path):
    texts = list(output_texts(path))
    assert texts and not [t for t in texts if PRIVATE.search(t) or VOLATILE.search(t)]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_the_person_named_is_the_demos(path):
    assert "Robin" in " ".join(output_texts(path))


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_code_cells_are_short(path):
    assert max(len("".join(cell["source"]).splitlines()) for cell in code_cells(path)) <= 5


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_starts_with_a_heading_and_ends_with_where_to_next(path):
    cells = load(path)["cells"]
    assert "".join(cells[0]["source"]).startswith("# ") and "## Where to next" in "".join(cells[-1]["source"])


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_links_point_to_notebooks_that_exist(path):
    links = re.findall(r"\]\(([^)#]+\.ipynb)", " ".join("".join(c["source"]) for c in load(path)["cells"]))
    assert links and all((FOLDER / link).exists() for link in links)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_no_magics_or_shell_escapes(path):
    assert not [c for c in code_cells(path) if re.search(r"^\s*[%!]", "".join(c["source"]), re.M)]


# -- safe and right on the user's own journal (the journeys run them: tests/journeys/) --------------

MINE = ["01_log_interactions", "02_contact_cadence", "06_import_message_history"]
WRITES = re.compile(r"\bjournal\.(add|update|delete|undo|import_messages|set_setting|add_reflection|set_ticked|"
                    r"add_habit|check_in)\(")  # fmt: skip
REUNION = ("You are trying again", "Where you are: The outcome", "agreed to try again", "Trying again")
# The notebooks of the parallel rework (00, 03, 04, 05) add the Support section themselves.


def source(path):
    return "\n".join("".join(cell["source"]) for cell in code_cells(path))


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_no_cell_writes_to_the_users_journal(path):
    assert WRITES.findall(source(path)) == []


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_charts_take_the_journals_years_and_zone(path):
    assert re.findall(r"year=\d|tz=\"UTC\"|tz='UTC'", source(path)) == []


@pytest.mark.parametrize("path", [FOLDER / f"{stem}.ipynb" for stem in MINE], ids=lambda p: p.stem)
def test_the_demo_opens_mid_story_not_at_the_reunion(path):
    texts = " ".join(output_texts(path))
    assert "demo_as_of=DEMO_MIDWAY" in source(path) and [words for words in REUNION if words in texts] == []


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_every_notebook_offers_support(path):
    assert "SupportLink(journal).show()" in source(path)


def test_the_sample_chat_goes_into_a_practice_journal_only():
    text = source(FOLDER / "06_import_message_history.ipynb")
    assert "import_with_tones(practice, messages)" in text and "journal.import_messages" not in text and "import_with_tones(journal" not in text
