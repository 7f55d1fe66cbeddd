"""Is the kit right about this person? Kappa of the suggestions against the user's own tones."""

from __future__ import annotations

import pandas as pd
import pytest

from reconcile_kit import tone
from reconcile_kit.errors import InvalidInteraction, TimelineError

WARM, COOL, FLAT = "haha go on then x", "please stop texting me", "the keys are with my sister"


@pytest.mark.parametrize(
    ("first", "second", "kappa"),
    [
        (["positive", "negative"], ["positive", "negative"], 1.0),
        (["positive", "negative"], ["negative", "positive"], -1.0),
        # observed 3/4, chance (2*3 + 2*1)/16 = 0.5 -> 0.5
        (["positive", "positive", "neutral", "neutral"], ["positive", "positive", "positive", "neutral"], 0.5),
        (["neutral", "neutral"], ["neutral", "neutral"], 1.0),  # chance is 1: agreement everywhere counts as 1
        (["neutral", "neutral"], ["neutral", "positive"], 0.0),
    ],
)
def test_cohen_kappa(first: list[str], second: list[str], kappa: float) -> None:
    assert tone.cohen_kappa(first, second) == kappa


def test_fewer_than_twenty_labels_is_too_early_to_tell() -> None:
    found = tone.agreement(["positive"] * 19, ["negative"] * 19)
    assert (found.kappa, found.n, found.trusted) == (None, 19, True)


def test_labels_that_are_not_tones_are_left_out() -> None:
    found = tone.agreement(["none", "", None, "Positive"], ["positive"] * 4)
    assert (found.n, found.agreed) == (1, 1)


@pytest.mark.parametrize(("agreeing", "trusted"), [(20, True), (12, False)])
def test_suggestions_stop_below_kappa_0_4(agreeing: int, trusted: bool) -> None:
    mine = ["positive", "negative"] * 10
    suggested = mine[:agreeing] + [("negative" if t == "positive" else "positive") for t in mine[agreeing:]]
    assert tone.agreement(mine, suggested).trusted is trusted


def test_lists_of_different_lengths_raise() -> None:
    with pytest.raises(InvalidInteraction, match="2 of yours and 1 suggestions"):
        tone.agreement(["positive", "neutral"], ["positive"])


def _timeline(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["direction", "text", "tone", "tone_by"])


def test_agreement_for_reads_only_their_messages_toned_by_the_user() -> None:
    rows = [("in", WARM, "positive", "user")] * 10 + [("in", COOL, "negative", "user")] * 10
    rows += [("out", COOL, "positive", "user"), ("in", WARM, "negative", "suggested"), ("in", "", "neutral", "user")]
    found = tone.agreement_for(_timeline(rows))
    assert (found.kappa, found.n, found.trusted) == (1.0, 20, True)


def test_agreement_for_counts_every_tone_as_the_users_without_tone_by() -> None:
    frame = _timeline([("in", FLAT, "positive", "")] * 20).drop(columns="tone_by")
    found = tone.agreement_for(frame)
    assert (found.n, found.agreed, found.kappa, found.trusted) == (20, 0, 0.0, False)


def test_agreement_for_needs_the_text_column() -> None:
    with pytest.raises(TimelineError, match="no 'text' column"):
        tone.agreement_for(pd.DataFrame({"direction": ["in"], "tone": ["positive"]}))


@pytest.mark.parametrize(
    ("found", "first_line"),
    [
        (tone.Agreement(None, 7, True, 5), ("Too early to tell whether the suggested tones read Robin's messages as you do: "
         "you have set the tone of 7 of Robin's messages with text so far, and 20 are needed.")),
        (tone.Agreement(0.81, 25, True, 22), ("The suggested tones matched yours on 22 of 25 of Robin's messages "
         "(agreement 0.81, chance is 0).")),
        (tone.Agreement(0.2, 25, False, 11), ("The suggested tones often differ from how you read Robin's messages: "
         "they matched on 11 of 25 of Robin's messages (agreement 0.20, chance is 0).")),
    ],
)  # fmt: skip
def test_lines_say_where_suggestions_stand(found: tone.Agreement, first_line: str) -> None:
    assert found.lines("Robin")[0] == first_line
