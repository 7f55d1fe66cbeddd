"""Hypothesis: random bytes and mutated valid exports give rows or ImportFormatError, nothing else."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile_kit.errors import ImportFormatError
from reconcile_kit.importers import load_messages

DATA = Path(__file__).parents[1] / "data"
SAMPLES = ["whatsapp_android.txt", "whatsapp_ios.txt", "telegram_single.json", "sms_backup.xml", "messages.csv", "sigtop_sam.json"]
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def try_load(path: Path, suffix: str) -> None:
    try:
        frame = load_messages(path, me="Alex Doe", tz="UTC", contact="5555550100" if suffix == ".xml" else None)
    except ImportFormatError:
        return
    assert frame["at"].is_monotonic_increasing


@FUZZ
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".json", ".xml", ".csv", ".zip", ".md"]))
def test_random_bytes(tmp_path, data, suffix):
    path = tmp_path / f"export{suffix}"
    path.write_bytes(data)
    try_load(path, suffix)


@FUZZ
@given(name=st.sampled_from(SAMPLES), cut=st.floats(0, 1), junk=st.binary(max_size=8), where=st.floats(0, 1))
def test_mutated_exports(tmp_path, name, cut, junk, where):
    original = (DATA / name).read_bytes()
    at = int(where * len(original))
    mutated = (original[:at] + junk + original[at:])[: max(1, int(cut * len(original)) + len(junk))]
    path = tmp_path / name
    path.write_bytes(mutated)
    try_load(path, path.suffix)


@pytest.mark.parametrize("name", SAMPLES)
def test_unmutated_samples_load(name):
    assert len(load_messages(DATA / name, me="Alex Doe", tz="UTC", contact="5555550100" if name.endswith(".xml") else None)) >= 2


def test_a_lone_carriage_return_in_a_csv_is_read_past(tmp_path):
    path = tmp_path / "messages.csv"  # hypothesis found it: the csv module refused the whole file
    path.write_bytes((DATA / "messages.csv").read_bytes() + b"\r ")
    assert len(load_messages(path, me="Alex Doe", tz="UTC")) == len(load_messages(DATA / "messages.csv", me="Alex Doe", tz="UTC"))
