"""Draft checks, the report: where findings point, their guide IDs, markdown and HTML, any text."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.guide import check_first_message, check_meet_ask
from tests.guide.test_meet_ask import GOOD_ASKS

# These tests pin the rules alone; the learned reading is tested in test_learned.py.
pytestmark = pytest.mark.usefixtures("rules_alone")


def test_finding_span_points_at_the_phrase():
    text = "Hi, I'm begging you, coffee on Friday?"
    (finding,) = check_meet_ask(text).findings
    assert text[finding.span[0] : finding.span[1]] == "I'm begging you"


def test_findings_cite_guide_ids():
    report = check_meet_ask("Dinner for two? Please, just one chance.")
    assert {f.rule: f.guide_ids for f in report.findings} == {
        "date_framing": ("S2.2",), "no_time_frame": ("S2.2",), "pleading": ("S2.3",)
    }


def test_markdown_lists_each_finding_with_the_words():
    markdown = check_meet_ask("I'm begging you, coffee on Friday?").to_markdown()
    assert '- **pleading** — "I\'m begging you": ' in markdown


def test_markdown_of_a_good_ask_says_so():
    assert "fits an ask to meet" in check_meet_ask(GOOD_ASKS[0]).to_markdown()


def test_html_escapes_user_text():
    html = check_meet_ask('<img src=x onerror="alert(1)"> please, just one chance').to_html()
    assert "<img" not in html and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html and "<mark" in html


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_text_gives_spans_inside_it(text):
    for report in (check_first_message(text), check_meet_ask(text)):
        assert all(0 <= f.span[0] <= f.span[1] <= len(text) for f in report.findings)
        assert isinstance(report.to_html(), str) and isinstance(report.to_markdown(), str)


def test_finding_spans_point_at_the_original_texting_words():
    text = "pls pls meet me sat, i cant cope w/o u"
    spans = [text[f.span[0] : f.span[1]] for f in check_meet_ask(text).findings if f.rule == "pleading"]
    assert "pls pls" in spans


def test_every_draft_message_says_what_to_do_instead():
    report = check_meet_ask("You owe me this. Please, just one chance. Dinner for two, sometime?")
    assert {f.rule for f in report.findings} >= {"anger", "pleading", "date_framing", "no_time_frame"}
    assert all(len(f.message.split(". ")) >= 2 for f in report.findings)
