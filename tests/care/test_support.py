"""Where to get help: the support file is complete, sourced, and shown escaped, the user's country first."""

import tomllib

import pytest

from reconcile_kit.care import card_for, region_for_zone, resources, rules_signals, support_markdown, support_text
from reconcile_kit.care.support import DATA, emergency_numbers
from reconcile_kit.forms import SupportLink
from reconcile_kit.forms.support import support_html


def test_every_entry_names_the_page_it_was_checked_on():
    assert all(r.source.startswith("https://") for r in resources()) and len(resources()) == 14


def test_every_entry_can_be_reached_somehow():
    assert [r.name for r in resources() if not (r.phone or r.text or r.web)] == []


def test_every_topic_is_one_the_card_knows():
    assert {r.topic for r in resources()} == {"abuse", "crisis"}


def test_emergency_numbers_cover_the_regions_with_helplines():
    assert {e.region for e in emergency_numbers()} >= {r.region for r in resources()} - {"INT"}


def test_the_file_says_when_it_was_checked():
    with open(DATA, "rb") as handle:
        assert tomllib.load(handle)["checked"] == "2026-12-02"


@pytest.mark.parametrize(("zone", "region"), [("Europe/London", "GB"), ("America/Toronto", "CA"),
                                             ("America/Chicago", "US"), ("Australia/Perth", "AU"), ("Asia/Tokyo", None)])
def test_the_users_country_comes_from_their_zone(zone, region):
    assert region_for_zone(zone) == region


def test_the_users_country_is_listed_first():
    assert [r.region for r in resources("crisis", "NZ")][:1] == ["NZ"]


def test_the_card_starts_with_the_emergency_line():
    assert support_markdown("crisis").startswith("If you or anyone else is in danger right now, call your local emergency number: 999")


def test_the_card_mentions_samaritans_for_crisis_only():
    assert ("Samaritans" in support_markdown("crisis"), "Samaritans" in support_markdown("abuse")) == (True, False)


def test_html_escapes_every_word():
    assert "<script" not in support_html() and "Women&#x27;s Refuge" in support_html()


def test_the_link_starts_closed_and_describes_itself():
    link = SupportLink()
    assert (link.widget.selected_index, link.describe()) == (None, "Support: where to get help (open it for helplines and the emergency numbers).")


CRISIS_NOTE = ("These words sound like you might be thinking about hurting yourself or not being alive. You do not "
               "have to carry that alone: please reach out to someone you trust or a crisis line now.")
AFRAID_NOTE = ("It sounds like you may be afraid of what someone could do to you. Your safety comes first, and "
               "people who know about this can help you make a plan. If you are in danger right now, call the emergency number.")


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("I keep thinking about ending it all", ("crisis", CRISIS_NOTE)),
        ("I'm scared of what he'll do if I write.", ("abuse", AFRAID_NOTE)),
        ("I'm scared of what he'll do. I want to die.", ("crisis", CRISIS_NOTE)),  # crisis first, whatever the order
        ("Walked past the little cinema today and thought of you.", None),
    ],
)
def test_which_card_the_words_bring(text, card):
    assert card_for(rules_signals(text)) == card


def test_the_card_in_plain_lines_opens_on_its_note_then_the_emergency_line_then_the_users_country():
    lines = support_text("crisis", CRISIS_NOTE, "GB")
    assert lines[:3] == [
        f"Support: {CRISIS_NOTE}",
        "If you or anyone else is in danger right now, call your local emergency number: 999 (United Kingdom, Ireland); "
        "112 (Ireland, European Union); 911 (United States, Canada); 000 (Australia); 111 (New Zealand).",
        "- Samaritans (United Kingdom): Anyone who is struggling to cope, in despair or thinking about suicide can talk to a "
        "trained volunteer who listens without judging; the call is free from any phone. Call 116 123; "
        "https://www.samaritans.org (24 hours a day, every day of the year).",
    ]


def test_the_plain_card_lists_the_topics_helplines_only_and_never_capitalises_an_address():
    lines = support_text("crisis", CRISIS_NOTE, "GB")
    assert (len(lines), lines[-2].rsplit(" ", 1)[-1], lines[-1]) == (
        10, "https://findahelpline.com.", "Checked on 2026-12-02. The kit only shows these; it never contacts anyone.")
