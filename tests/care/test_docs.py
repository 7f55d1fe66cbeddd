"""docs/care.md keeps up with the kit: every guide ID, every support organisation with its source, the checked date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reconcile_kit.care.support import checked_on, emergency_numbers, resources

PAGE = (Path(__file__).resolve().parents[2] / "docs" / "care.md").read_text(encoding="utf-8")
GUIDE = (Path(__file__).resolve().parents[2] / "docs" / "guide.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("guide_id", sorted(set(re.findall(r"^\| (S\d\.\d) \|", GUIDE, re.M))))
def test_every_guide_id_says_where_the_kit_serves_it(guide_id):
    assert re.search(rf"^\| {re.escape(guide_id)} \| \S", PAGE, re.M)


@pytest.mark.parametrize("resource", resources(), ids=lambda r: r.name)
def test_every_support_entry_is_listed_with_its_source(resource):
    assert f"| {resource.name} |" in PAGE and f"| {resource.source} |" in PAGE


def test_every_emergency_source_is_listed():
    assert [e.source for e in emergency_numbers() if e.source not in PAGE] == []


def test_the_checked_date_is_the_files():
    assert f"checked on **{checked_on()}**" in PAGE
