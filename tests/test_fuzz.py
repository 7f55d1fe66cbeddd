"""Bad input everywhere: random and mangled input raises only the kit's documented errors.

Targets: `Interaction` validation, every draft and apology check, every importer (random
bytes, truncations and byte mutations of the valid samples in tests/data and the bundled
samples). A raw exception (KeyError, UnicodeDecodeError, IndexError ...) is a failure.
Examples run per target are recorded in test-artifacts/reliability.json ("fuzz").
Budget: the whole file stays under 60 s (`max_examples` below, no deadline, no database).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile_kit import Interaction, ReconcileError
from reconcile_kit.errors import ImportFormatError, InvalidInteraction
from reconcile_kit.guide import check_apology, check_first_message, check_meet_ask
from reconcile_kit.importers import FORMATS, load_messages
from reconcile_kit.model import VOCABULARY

# Mangled dates are often ambiguous: that warning is the importer's documented behaviour.
pytestmark = pytest.mark.filterwarnings("ignore::reconcile_kit.importers.whatsapp.AmbiguousDateOrder")
ROOT = Path(__file__).resolve().parents[1]
RUNS: Counter[str] = Counter()
FAST = settings(max_examples=120, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])
IMPORTS = settings(FAST, max_examples=50)
PER_SAMPLE = settings(FAST, max_examples=12)  # x2 tests x every sample file
SUFFIX = {"whatsapp": ".txt", "telegram": ".json", "sms": ".xml", "messenger": ".json",
          "instagram": ".json", "signal": ".md", "csv": ".csv"}


def _samples() -> list[Path]:
    """Valid chat-export sample files: tests/data and the package's bundled samples."""
    places = [ROOT / "tests" / "data", ROOT / "reconcile_kit" / "importers" / "samples"]
    found = [p for place in places if place.is_dir() for p in sorted(place.rglob("*")) if p.is_file()]
    return [p for p in found if p.suffix in {".txt", ".json", ".xml", ".csv", ".md", ".zip"}]


SAMPLES = _samples()


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module", autouse=True)
def _record_runs():
    yield
    figures = ROOT / "test-artifacts" / "reliability.json"
    figures.parent.mkdir(exist_ok=True)
    data = json.loads(figures.read_text()) if figures.exists() else {}
    data["fuzz"] = {"examples": dict(sorted(RUNS.items())), "total": sum(RUNS.values()),
                    "samples_mutated": len(SAMPLES)}
    figures.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


# -- Interaction --------------------------------------------------------------------------

ANYTHING = st.one_of(
    st.none(), st.booleans(), st.integers(-10, 10), st.floats(allow_nan=True), st.text(max_size=30),
    st.binary(max_size=10), st.lists(st.text(max_size=50), max_size=3),
    st.datetimes(timezones=st.one_of(st.none(), st.just(timezone.utc))), st.timedeltas(),
)


def _field(name: str) -> st.SearchStrategy:
    vocabulary = VOCABULARY.get(name)
    good = st.sampled_from(vocabulary) if vocabulary else st.text(max_size=600)
    return st.one_of(good, ANYTHING)


@FAST
@given(at=st.one_of(st.datetimes(timezones=st.just(timezone.utc)), st.text(max_size=30), ANYTHING),
       channel=_field("channel"), direction=_field("direction"), kind=_field("kind"),
       summary=_field("summary"), tone=_field("tone"), mood=ANYTHING, tags=ANYTHING,
       text=st.one_of(st.text(), ANYTHING), source=st.one_of(st.text(max_size=50), ANYTHING))
def test_interaction_accepts_or_raises_invalid_interaction(**fields):
    RUNS["Interaction"] += 1
    try:
        made = Interaction(**fields)
    except InvalidInteraction as error:
        assert "\n" not in str(error) and error.field is not None
    else:
        assert (made.at.tzinfo, 1 <= len(made.summary) <= 500) == (timezone.utc, True)


@FAST
@given(name=st.text(max_size=12), value=ANYTHING)
def test_interaction_replace_raises_only_invalid_interaction(name, value):
    RUNS["Interaction.replace"] += 1
    base = Interaction(at=datetime(2026, 5, 1, tzinfo=timezone.utc), channel="text",
                       direction="out", kind="note", summary="a note")
    try:
        base.replace(**{name: value})
    except InvalidInteraction:
        pass


@pytest.fixture(scope="module")
def journal(work):
    from reconcile_kit import Journal

    with Journal.open(work / "roundtrip.sqlite3") as opened:
        yield opened


def test_any_valid_interaction_round_trips_through_the_journal(journal):
    @settings(FAST, max_examples=80)
    @given(summary=st.text(min_size=1, max_size=500).filter(str.strip), text=st.text(max_size=300),
           notes=st.text(max_size=100), mood=st.one_of(st.none(), st.integers(1, 5)),
           tags=st.lists(st.text(max_size=40).filter(lambda t: "," not in t), max_size=3),
           at=st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2200, 12, 30),
                           timezones=st.just(timezone.utc)))
    def run(**fields) -> None:
        RUNS["Journal.add round trip"] += 1
        item = Interaction(channel="text", direction="out", kind="note", **fields)
        if item.at > datetime.now(timezone.utc) + timedelta(days=1):  # refused whole: nothing is written
            with pytest.raises(InvalidInteraction, match="more than a day ahead"):
                journal.add(item)
            RUNS["refused as ahead"] += 1
            return
        saved = journal.add(item)
        assert journal.get(saved.uid) == saved

    run()
    assert len(journal.timeline()) == RUNS["Journal.add round trip"] - RUNS["refused as ahead"]


def test_lone_surrogate_is_refused_before_it_reaches_the_journal():
    with pytest.raises(InvalidInteraction, match="summary holds a broken character at position 4"):
        Interaction(at=datetime(2026, 5, 1, tzinfo=timezone.utc), channel="text",
                    direction="out", kind="note", summary="bad \ud800 char")


# -- draft and apology checks --------------------------------------------------------------

CHECKS = {"check_first_message": check_first_message, "check_meet_ask": check_meet_ask,
          "check_apology": check_apology}
PROSE = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("sorry but if you I feel meet coffee!?.,'’\n ")), max_size=400),
    st.lists(st.sampled_from(["I'm sorry", "but", "if you felt", "mistakes were made", "coffee?",
                              "PLEASE", "!!!", "you made me", "\u200e", "\x00", "🙂"]),
             max_size=30).map(" ".join),
)


@pytest.mark.parametrize("name", CHECKS)
def test_checks_never_raise_on_any_text(name):
    check = CHECKS[name]

    @FAST
    @given(text=PROSE)
    def run(text: str) -> None:
        RUNS[name] += 1
        report = check(text)
        assert all(0 <= f.span[0] <= f.span[1] <= len(text) for f in report.findings)

    run()


# -- importers --------------------------------------------------------------------------

def _load(work: Path, data: bytes, suffix: str, fmt: str = "auto") -> None:
    path = work / f"export{suffix}"
    path.write_bytes(data)
    try:
        load_messages(path, me="Alex", tz="UTC", fmt=fmt, progress=False)
    except ReconcileError as error:
        assert "\n" not in str(error).strip()


@pytest.mark.parametrize("fmt", FORMATS)
def test_importer_random_bytes(work, fmt):
    @IMPORTS
    @given(data=st.one_of(st.binary(max_size=2000), st.text(max_size=500).map(str.encode)))
    def run(data: bytes) -> None:
        RUNS[f"import:{fmt}:random"] += 1
        _load(work, data, SUFFIX[fmt], fmt)

    run()


def _sample_ids() -> list[str]:
    return [p.relative_to(ROOT).as_posix() for p in SAMPLES] or ["none"]


@pytest.mark.parametrize("sample", SAMPLES or [None], ids=_sample_ids())
def test_importer_truncated_samples(work, sample):
    if sample is None:
        pytest.skip("no chat-export samples in tests/data yet")
    data = sample.read_bytes()

    @PER_SAMPLE
    @given(cut=st.integers(0, len(data)))
    def run(cut: int) -> None:
        RUNS["import:truncated"] += 1
        _load(work, data[:cut], sample.suffix)

    run()


@pytest.mark.parametrize("sample", SAMPLES or [None], ids=_sample_ids())
def test_importer_mutated_samples(work, sample):
    if sample is None:
        pytest.skip("no chat-export samples in tests/data yet")
    data = sample.read_bytes()

    @PER_SAMPLE
    @given(edits=st.lists(st.tuples(st.integers(0, max(len(data) - 1, 0)), st.binary(max_size=4),
                                    st.integers(0, 4)), min_size=1, max_size=6))
    def run(edits: list[tuple[int, bytes, int]]) -> None:
        RUNS["import:mutated"] += 1
        mutated = bytearray(data)
        for at, insert, drop in edits:
            mutated[at:at + drop] = insert
        _load(work, bytes(mutated), sample.suffix)

    run()


def test_missing_file_is_an_import_format_error(tmp_path):
    with pytest.raises(ImportFormatError, match="no-such.txt: no such file or folder"):
        load_messages(tmp_path / "no-such.txt", me="Alex")
