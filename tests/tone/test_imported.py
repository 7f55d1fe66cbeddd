"""Suggested tones on import: their replies with text get one, marked `suggested`; the user's own never change."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.timeline import message_columns
from reconcile_kit.tone.imported import SuggestedTones, _has_words, import_with_tones, mark_suggested

START = datetime(2026, 3, 1, 12, tzinfo=timezone.utc)


def messages(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """A load_messages-shaped frame from (direction, kind, text) rows, one minute apart."""
    return pd.DataFrame({
        "at": pd.to_datetime([START + timedelta(minutes=i) for i in range(len(rows))], utc=True),
        "sender": ["Sam" if d == "in" else "Alex" for d, _, _ in rows],
        "direction": [d for d, _, _ in rows], "channel": "text", "kind": [k for _, k, _ in rows],
        "text": [t for _, _, t in rows], "chars": [len(t) for _, _, t in rows], "source": "whatsapp",
        "uid": [f"u{i}" for i in range(len(rows))],
    })  # fmt: skip


CHAT = messages([("in", "text", "haha go on then x"), ("out", "text", "great!"), ("in", "text", "ok."),
                 ("in", "media", "<Media omitted>"), ("in", "text", "see you at 6")])  # fmt: skip


def tones(journal) -> list[tuple[str, str, str]]:
    frame = journal.timeline()
    return list(zip(frame["uid"], frame["tone"].astype(str), frame["tone_by"].astype(str)))


def test_their_replies_with_text_get_a_suggested_tone(journal):
    result = import_with_tones(journal, CHAT)
    assert (result.added, result.skipped, result.suggested, result.stopped) == (5, 0, 3, False)
    assert tones(journal) == [("u0", "positive", "suggested"), ("u1", "none", "user"), ("u2", "negative", "suggested"),
                              ("u3", "none", "user"), ("u4", "neutral", "suggested")]  # fmt: skip


def test_tones_scored_while_the_rows_are_written_are_the_tones_scored_first(journal):
    columns, later = message_columns(CHAT), message_columns(CHAT)
    mark_suggested(columns)
    mark_suggested(later, scoring=SuggestedTones(["ok."]))  # the other texts are scored when asked for
    assert isinstance(later["tone"], SuggestedTones) and later["tone"].all().tolist() == columns["tone"].tolist()


def test_the_result_reads_in_plain_words(journal):
    assert import_with_tones(journal, CHAT).lines() == ["Added 5 messages; 3 tones suggested."]


def test_reimport_keeps_the_users_own_tone(journal):
    import_with_tones(journal, CHAT)
    journal.update("u2", tone="neutral", tone_by="user")
    again = import_with_tones(journal, CHAT)
    assert (again.added, again.skipped, again.suggested) == (0, 5, 0)
    assert tones(journal)[2] == ("u2", "neutral", "user")


def test_undo_takes_the_suggestions_back_with_the_messages(journal):
    import_with_tones(journal, CHAT)
    journal.undo()
    assert len(journal.timeline()) == 0


def test_no_suggestions_when_they_disagree_with_the_user(journal, make_interaction):
    for n in range(20):  # the user reads every warm-sounding message as cool
        journal.add(make_interaction(direction="in", tone="negative", text="haha lovely x", summary=f"r{n}",
                                     at=START - timedelta(days=30, minutes=n)))  # fmt: skip
    journal.add(make_interaction(direction="in", tone="positive", text="leave me alone", summary="r20",
                                 at=START - timedelta(days=31)))  # fmt: skip
    result = import_with_tones(journal, CHAT)
    assert (result.added, result.suggested, result.stopped) == (5, 0, True)
    assert result.lines("Sam")[1].startswith("No tones were suggested: the suggestions often read Sam's messages differently")
    assert set(journal.timeline()["tone_by"].astype(str)) == {"user"}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=6) | st.none() | st.floats(allow_nan=True), max_size=8))
def test_a_text_has_words_when_more_than_spaces_are_left(values: list[object]) -> None:
    text = np.asarray(values, dtype=object)
    assert _has_words(text).tolist() == [isinstance(v, str) and bool(v.strip()) for v in values]
