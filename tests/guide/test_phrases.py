"""Word tables (`guide.phrases.alternatives`): whole words, any case, the text's own spans."""

from __future__ import annotations

import re

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.guide import apology_flaw_phrases, apology_phrases, phrases
from reconcile_kit.guide.phrases import alternatives, lowered

TABLE = alternatives("work(?:'s| has)? been (?:mental|mad)", "so much on my plate", r"\bi was tired")


def test_a_table_matches_whole_words_in_any_case_at_the_texts_own_places():
    text = "Sorry. WORK'S BEEN MENTAL and I Was Tired, so much on my plateau"
    assert [m.span() for m in TABLE.finditer(text)] == [(7, 25), (30, 41)]
    assert TABLE.search("honestly work has been Mad").span() == (9, 26)
    assert TABLE.match("so Much On My Plate") is not None
    assert TABLE.match("x so much on my plate") is None


def test_a_table_reads_as_its_ignorecase_regex_would():
    text = "I was TIRED. Work has been mental. I was tired? work's been mad!"
    assert [m.span() for m in TABLE.finditer(text)] == [m.span() for m in TABLE.regex.finditer(text)]
    assert TABLE.flags & re.IGNORECASE


def test_a_branch_that_names_a_capital_keeps_the_plain_regex():
    names = alternatives("[A-Z]ob")
    assert [m.span() for m in names.finditer("Bob met bob")] == [(0, 3), (8, 11)]


WIDE_CUP = r"(?:a|an|the|some|my|our|your) cup"  # may start with a, t, s, m, o or y: six letters


@pytest.mark.parametrize(
    ("branches", "on_a", "on_the"),
    [
        # a branch that may start with many letters is written once, yet still tried in its place
        ((WIDE_CUP, "a cup of tea"), "a cup", "the cup"),
        (("a cup of tea", WIDE_CUP), "a cup of tea", "the cup"),
        (("the cup", WIDE_CUP + " of tea", "the cup of tea"), "a cup of tea", "the cup"),
    ],
)
def test_a_wide_branch_is_tried_where_it_stands_among_the_others(branches, on_a, on_the):
    table = alternatives(*branches)
    assert (table.search("Fancy a cup of tea?").group(), table.search("THE cup of tea").group().lower()) == (on_a, on_the)
    assert table.pattern.count("(?:a|an|the|some|my|our|your) cup") == 1  # written once, not once per letter


def test_lower_case_keeps_every_position():
    assert lowered("ÀB İx") == "àb İx"  # "İ" lower-cased is two characters: left as it is
    assert len(lowered("İİİ abc")) == 7


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_the_big_tables_find_the_same_places_as_their_ignorecase_regexes(text):
    for table in (apology_flaw_phrases.EXCUSES, apology_flaw_phrases.MINIMIZING, apology_phrases.OWNING):
        expected = [m.span() for m in table.regex.finditer(text)]
        if len(text.lower()) == len(text):  # where lower case keeps every position (no "İ")
            assert [m.span() for m in table.finditer(text)] == expected


def test_a_branch_read_as_starting_plain_starts_where_the_parser_says():
    # every branch of every word table the kit builds, read both ways in a fresh interpreter
    script = """
from reconcile_kit.guide import phrases
seen = []
parse = phrases._first_letters
def both(branch, flags):
    plain = phrases._starts_plain(branch)
    phrases._starts_plain, keep = (lambda b: False), phrases._starts_plain
    parsed = parse(branch, flags)
    phrases._starts_plain = keep
    seen.append((branch, plain, parsed))
    return parsed
phrases._first_letters = both
import reconcile_kit.guide.apology, reconcile_kit.guide.checks, reconcile_kit.care.signals, reconcile_kit.tone
wrong = [b for b, plain, parsed in seen if plain and parsed != {b[0].lower()}]
print(len(seen), sum(p for _, p, _ in seen), wrong)
"""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    branches, plain, wrong = done.stdout.split(" ", 2)
    assert (wrong.strip(), int(branches) > 2000, int(plain) > int(branches) // 2) == ("[]", True, True)


@pytest.mark.parametrize(
    ("branch", "plain"),
    [("would you", True), ("w(?:ould|ill)", True), ("ab(c|d)", True), (r"a\|b", True), ("i[|]x", True),
     ("a?b", False), ("a*b", False), ("would|could", False), ("(?:a|b)c", False), ("x", False), ("éa", False)],
)  # fmt: skip
def test_which_branches_start_plain(branch, plain):
    assert phrases._starts_plain(branch) is plain
