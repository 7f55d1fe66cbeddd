"""Tone suggestions read texting: invented messages, one behaviour each (docs/tone.md).

The evaluation corpus (tests/data/corpora) is never asserted on here, except that the fast
path gives exactly the labels scoring each message alone gives.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit import tone
from reconcile_kit.tone import scoring, texting

CORPORA = Path(__file__).resolve().parents[1] / "data" / "corpora"
# Scores of 1,484 messages (the bench's synthetic chat, texting words and signs mixed at random,
# raw Unicode), computed with the scoring as it was before the speed-ups of docs/tone.md, "Speed".
PINNED = Path(__file__).resolve().parents[1] / "data" / "tone_scores.jsonl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("k", "negative"),  # a bare "k"
        ("ok.", "negative"),  # a curt reply closed by a full stop
        ("Fine.", "negative"),
        ("ok", "neutral"),  # the same word without the full stop
        ("yep, Saturday works", "neutral"),
        ("no worries", "neutral"),  # VADER reads "no" + "worries" as warmth
        ("np", "neutral"),
        ("cheers for sending that", "neutral"),
        ("not bad thanks", "neutral"),
        ("haha go on then", "positive"),
        ("lmaooo you muppet", "positive"),  # laughter turns an insult into teasing
        ("see you Friday xx", "positive"),  # kisses
        ("❤️", "positive"),
        ("🙄", "negative"),  # the eye-roll
        ("great, another 3am text 🙄", "negative"),  # a warm word under an eye-roll
        ("how kind of you to remember I exist", "negative"),  # sarcasm
        ("please stop texting me", "negative"),  # shutting down without an emotion word
        ("you made your choice", "negative"),
        ("I'm not coming back", "negative"),  # keeping distance
        ("my train's cancelled, can we do Sunday instead?", "neutral"),  # a sad word in logistics
        ("I've really missed our chats", "positive"),  # a warm message with a "negative" word
        ("you idiot 😂 of course I remember", "positive"),
        ("aw I'm so sorry about your dad, here if you need me", "positive"),  # sympathy
        ("how's the new flat??", "positive"),  # asking after them
        ("seriously?", "negative"),  # reproach...
        ("seriously?? 😂", "positive"),  # ...unless it laughs
        ("I can't stop laughing at this", "positive"),  # "can't stop" is not a negation
        ("I don't think you got my message about the keys", "neutral"),
    ],
)
def test_suggest_tone_reads_texting(text: str, expected: str) -> None:
    assert tone.suggest_tone([text]) == [expected]


@pytest.mark.parametrize(("text", "expected"), [("yes", "neutral"), ("YES!!", "positive"), ("stop", "negative")])
def test_capitals_and_exclamations_push_further(text: str, expected: str) -> None:
    assert tone.suggest_tone([text]) == [expected]


def test_a_single_string_is_one_message() -> None:
    assert tone.suggest_tone("k") == ["negative"]


@pytest.mark.parametrize("value", [None, 3.5, float("nan"), b"ok", ""])
def test_anything_but_text_reads_neutral(value: object) -> None:
    assert (tone.tone_scores([value]), tone.suggest_tone([value])) == ([0.0], ["neutral"])  # type: ignore[list-item]


def test_scores_are_the_compound_in_minus_one_to_one() -> None:
    assert tone.tone_scores(["x", "🙄", "ok"]) == [0.4588, -0.4588, 0.0772]


def test_the_fast_path_gives_exactly_the_labels_of_each_message_alone() -> None:
    rows = (CORPORA / "dev" / "tone.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(row)["text"] for row in rows]
    shuffled = texts * 3
    random.Random(7).shuffle(shuffled)
    alone = [scoring.label(scoring.score(text)) for text in shuffled]
    assert tone.suggest_tone(shuffled) == alone


def test_the_speed_ups_keep_every_score_pinned_before_them() -> None:
    rows = [json.loads(row) for row in (PINNED).read_text(encoding="utf-8").splitlines()]
    texts, pinned = [row["text"] for row in rows], [row["score"] for row in rows]
    assert (tone.tone_scores(texts), [scoring.score(text) for text in texts]) == (pinned, pinned)


def test_no_word_in_the_lexicon_is_worth_nothing_and_every_teasing_word_is_in_it() -> None:
    lexicon = scoring.reader().lexicon  # so a message with no word of the lexicon has no valence to read
    assert (0 not in lexicon.values(), texting.BANTER <= lexicon.keys()) == (True, True)


def test_the_backtick_is_the_one_ascii_character_made_plain() -> None:
    assert {chr(code) for code in scoring.reader().plain if code < 128} == {scoring._TICK}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=40) | st.sampled_from(["ok`", " 🤷🏽‍♀️ x ", "don’t", " hi "]), max_size=6))
def test_only_the_messages_that_need_it_are_translated(texts: list[str]) -> None:
    reader = scoring.reader()
    assert scoring._plains(texts, reader) == [text.translate(reader.plain).strip() for text in texts]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([0.0, -0.0, 0.3, 1.5, -0.74, 2.25, -2.0, 3]) | st.floats(-4, 4), max_size=9))
def test_the_sums_of_each_side_are_added_in_order(valences: list[float]) -> None:
    positive, negative = sum(v for v in valences if v > 0), sum(v for v in valences if v < 0)
    assert [(type(x), x) for x in scoring._sums(valences)] == [(type(positive), positive), (type(negative), negative)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=5))
def test_any_unicode_scores_in_range_and_never_raises(texts: list[str]) -> None:
    assert all(-1.0 <= value <= 1.0 for value in tone.tone_scores(texts))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=30) | st.sampled_from(["ΟΔΟΣ", "İstanbul ok.", "x", "a\x00b", "Fine.", None]), max_size=6))
def test_the_fast_path_equals_scoring_each_text_alone_on_any_text(texts: list[str]) -> None:
    assert tone.tone_scores(texts) == [scoring.score(text) for text in texts]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("xoOX hHaAlLmM!?.😂🙄❤️\u200d\U0001f3fb'")), max_size=30))
def test_laughs_kisses_and_emoji_never_raise(text: str) -> None:
    assert tone.suggest_tone([text])[0] in ("positive", "neutral", "negative")


def test_importing_tone_loads_neither_vader_nor_pandas() -> None:
    code = "import sys, reconcile_kit.tone; print(sorted(m for m in ('vaderSentiment', 'pandas', 'numpy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
