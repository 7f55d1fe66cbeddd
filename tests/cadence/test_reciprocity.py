"""Reciprocity on small hand-checked timelines (definitions: docs/cadence.md, "Reciprocity")."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit import cadence
from reconcile_kit.cadence import wording
from reconcile_kit.cadence.reciprocity import Measure

# One week of a story: conversations split by more than 6 hours of silence are marked |.
#   1 out  "hey, how are you?"       (question, answered: their turn is next)
#   2 in   "good thanks! you?"       (question, answered: your turn is next)
#   3 out  "all good"                                                       |
#   4 out  "free on friday?"         (question, unanswered: your next turn, a day later, comes first) |
#   5 out  "hello?"                  (question, answered)
#   6 in   "sorry, yes friday works"                                        |
#   7 both meeting                                                          |
#   8 in   "what time?"              (question: answered by the next week's first message; open in the last week)
WEEK = [
    ("03-04T10:00", "out", "message", "hey, how are you?"),
    ("03-04T10:30", "in", "message", "good thanks! you?"),
    ("03-04T10:40", "out", "message", "all good"),
    ("03-05T09:00", "out", "message", "free on friday?"),
    ("03-06T09:00", "out", "message", "hello?"),
    ("03-06T12:00", "in", "message", "sorry, yes friday works"),
    ("03-07T09:00", "both", "meeting", ""),
    ("03-08T09:00", "in", "message", "what time?"),
]
NOW = pd.Timestamp("2024-04-30 12:00", tz="UTC")
_CHAT_TEXT = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126) | st.sampled_from("\n\t😀’é"), max_size=40)


def story(weeks: int = 5) -> pd.DataFrame:
    rows = [(pd.Timestamp(f"2024-{at}", tz="UTC") + pd.Timedelta(weeks=w), d, k, t) for w in range(weeks) for at, d, k, t in WEEK]
    return pd.DataFrame(rows, columns=["at", "direction", "kind", "text"])


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("my_questions", 15),
        ("their_questions", 10),
        ("my_questions_answered", Measure(10 / 15, 15, 5)),
        ("their_questions_answered", Measure(1.0, 9, 5)),  # the last one is still open
        ("my_words", Measure(2.5, 20, 10)),  # 10 words in 4 messages a week
        ("their_words", Measure(3.0, 15, 10)),  # the meeting's text is not theirs
        ("words_ratio", Measure(1.2, 15, 10)),
        ("started_by_me", Measure(0.6, 25, 5)),
        ("ended_by_me", Measure(0.4, 25, 5)),
        ("double_texts", 5),  # messages 3, 4, 5 every week
        ("double_text_share", Measure(0.5, 10, 5)),
        ("style_matching", Measure(None, 0, 2)),  # 10 words a week is too few
    ],
)
def test_reciprocity_of_the_story(field: str, expected: object) -> None:
    assert getattr(cadence.reciprocity(story(), now=NOW), field) == expected


def test_below_its_minimum_a_figure_is_too_early_to_tell() -> None:
    found = cadence.reciprocity(story(weeks=1), now=NOW)  # 3 questions, 5 conversations
    assert (found.my_questions_answered, found.started_by_me) == (Measure(None, 3, 5), Measure(0.6, 5, 5))


def test_since_and_now_bound_the_events() -> None:
    found = cadence.reciprocity(story(), now="2024-03-20T00:00", since="2024-03-11T00:00")
    assert (found.my_questions, found.started_by_me.count) == (5, 7)  # week 2, and week 3 up to 03-19 09:00


def test_without_text_only_the_rhythm_is_measured() -> None:
    found = cadence.reciprocity(story().drop(columns="text"), now=NOW)
    assert (found.my_questions, found.my_words, found.double_texts) == (0, Measure(None, 0, 10), 5)


def _week_of(mine: str, theirs: str) -> pd.DataFrame:
    at = pd.to_datetime(["2024-03-04T10:00", "2024-03-04T11:00"], utc=True)
    return pd.DataFrame({"at": at, "direction": ["out", "in"], "text": [mine, theirs]})


@pytest.mark.parametrize(
    ("mine", "theirs", "expected"),
    [
        ("so I think the plan is fine for me " * 7, "so I think the plan is fine for me " * 7, 1.0),
        # all articles against all conjunctions: those two categories miss, the seven unused ones match
        ("the " * 50, "and " * 50, 0.7778),
    ],
)
def test_style_matching_per_week(mine: str, theirs: str, expected: float) -> None:
    weekly = cadence.weekly_style(_week_of(mine, theirs))
    assert round(float(weekly["style_matching"].iloc[0]), 4) == expected


def test_a_meetings_notes_are_not_counted_as_their_words_in_style_matching() -> None:
    # the user's own notes of a meeting (direction "both") belong to neither side's words
    week = _week_of("so I think the plan is fine for me " * 7, "so I think the plan is fine for me " * 7)
    notes = pd.DataFrame({"at": pd.to_datetime(["2024-03-05T10:00"], utc=True), "direction": ["both"],
                          "text": ["the the the the the the the the the the and and and and and"]})  # fmt: skip
    weekly = cadence.weekly_style(pd.concat([week, notes], ignore_index=True))
    assert round(float(weekly["style_matching"].iloc[0]), 4) == 1.0


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.sampled_from(["out", "in", "both"]), _CHAT_TEXT), min_size=1, max_size=10))
def test_weekly_words_are_each_sides_split_words_summed_per_week(rows: list[tuple[int, str, str]]) -> None:
    monday = pd.Timestamp("2024-03-04", tz="UTC")
    frame = pd.DataFrame([(monday + pd.Timedelta(days=day), d, t) for day, d, t in rows], columns=["at", "direction", "text"])
    weekly = cadence.weekly_style(frame)
    for column, side in (("my_words", "out"), ("their_words", "in")):
        expected: Counter[pd.Timestamp] = Counter()
        for day, direction, text in rows:
            expected[monday + pd.Timedelta(weeks=day // 7)] += len(text.split()) if direction == side else 0
        assert {week: n for week, n in weekly[column].items() if n} == {week: n for week, n in expected.items() if n}


def test_weekly_words_of_a_side_without_events_are_whole_numbers() -> None:
    weekly = cadence.weekly_style(_week_of("hello there", "hi").iloc[:1])
    assert (weekly["my_words"].dtype, weekly["their_words"].dtype) == (np.dtype("float64"), np.dtype("int64"))


def test_empty_timeline_says_nothing_logged_yet() -> None:
    found = cadence.reciprocity(story().iloc[:0])
    assert found.lines("Robin") == ["Nothing logged yet: these figures fill in as you log contact."]


def test_lines_name_the_person_and_give_counts() -> None:
    lines = cadence.reciprocity(story(), now=NOW).lines("Robin")
    assert lines[:3] == [
        "You asked 15 questions; Robin replied in the next turn to 67% of them.",
        "Robin asked 10 questions; you replied in the next turn to 100% of them.",
        "Words per message: Robin 3.0, yours 2.5 (1.20 times yours).",
    ]


def test_lines_say_too_early_with_what_is_missing() -> None:
    lines = cadence.reciprocity(story(weeks=1), now=NOW).lines()
    assert lines[0] == "You asked 3 questions; too early to tell how many they replied to (3 with a next turn so far, 5 needed)."


@pytest.mark.parametrize(
    ("text", "words", "question"),
    [
        ("Hi, how are YOU?", 4, True),
        ("", 0, False),
        (None, 0, False),
        ("I don\u2019t know.\nIt's fine", 5, False),
        ("a\x00b ok?", 2, True),  # a NUL inside a message parts neither the message nor the word (`str.split`)
    ],
)
def test_wording_counts_words_and_question_marks(text: object, words: int, question: bool) -> None:
    found = wording.count(["first one", text, "last?"])
    assert (int(found.words[1]), bool(found.question[1])) == (words, question)


def test_wording_counts_function_words_per_group() -> None:
    found = wording.count(["I don't know the answer", "it's not the thing"], np.array([0, 1]), 2)
    assert found.function.tolist() == [[1, 0, 1, 0, 0, 1, 0, 1, 0], [0, 2, 1, 0, 0, 1, 0, 1, 0]]


@settings(max_examples=200, deadline=None)
@given(st.lists(_CHAT_TEXT, max_size=8))
def test_wording_words_are_what_split_gives(texts: list[str]) -> None:
    assert wording.count(texts).words.tolist() == [len(t.split()) for t in texts]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("\x00\x01\x1c\x85\xa0\u2003\u3000 "), max_size=30), max_size=6))
def test_wording_words_are_what_split_gives_on_any_text(texts: list[str]) -> None:
    assert wording.count(texts).words.tolist() == [len(t.split()) for t in texts]


def test_wording_splits_on_unicode_spaces_and_not_on_other_controls() -> None:
    texts = ["see\u00a0you\u3000soon", "a\x01b", "a\x00b c", "one\x1ctwo\u2028three"]
    assert wording.count(texts).words.tolist() == [3, 1, 2, 3]


def _function_words_one_by_one(texts: list[str], groups: list[int], n_groups: int) -> list[list[int]]:
    """The documented rule, one message and one word at a time: runs of a-z (an apostrophe inside
    counts, curly ones too), matched by their first eight letters and their length."""
    found = [[0] * len(wording.CATEGORIES) for _ in range(n_groups)]
    for text, group in zip(texts, groups, strict=True):
        plain = text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass").replace("\u2019", "'")
        for run in re.findall(r"[a-z]+(?:'[a-z]+)*", plain):
            for category, words in enumerate(wording.FUNCTION_WORDS.values()):
                found[group][category] += any(run[:8] == w[:8] and len(run) == len(w) for w in words)
    return found


# every function word and its near misses: in capitals, one letter longer or shorter, with a curly apostrophe
_NEAR = sorted({v for ws in wording.FUNCTION_WORDS.values() for w in ws for v in (w, w.upper(), w + "s", w[:-1], w.replace("'", "\u2019"))})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(_NEAR) | st.text(max_size=5), max_size=12).map(" ".join), st.integers(0, 2)), max_size=8))
def test_wording_function_words_are_the_rule_read_one_by_one(messages: list[tuple[str, int]]) -> None:
    texts, groups = [text for text, _ in messages], [group for _, group in messages]
    assert wording.count(texts, np.array(groups, dtype=np.int64), 3).function.tolist() == _function_words_one_by_one(texts, groups, 3)


def test_no_questions_yet_says_so() -> None:
    assert cadence.reciprocity(_week_of("hello there", "hi")).lines()[:2] == [
        "You asked no questions yet.",
        "They asked no questions yet.",
    ]


def test_too_early_lines_name_them_by_object_and_count_one_in_the_singular() -> None:
    lines = cadence.reciprocity(story(weeks=1), now=NOW).lines("Robin")
    assert lines[2] == "Words per message: too early to tell (messages with text: 4 from you, 3 from Robin; 10 each needed)."
    one_turn = cadence.reciprocity(story(weeks=1).iloc[:1], now=NOW).lines()
    assert one_turn[4] == "Double texts (two or more of yours before a reply): 0, too early to tell how often (1 turn so far, 5 needed)."
