"""The guide's stages: data (titles, intros, checklists) and `current_stage` over a timeline."""

import pandas as pd
import pytest

from reconcile_kit.errors import InvalidInteraction, ReconcileError
from reconcile_kit.guide import STAGES, current_stage, stage_info
from reconcile_kit.guide.stages import checklist_items
from reconcile_kit.model import Stage
from reconcile_kit.timeline import from_records

NOW = "2026-03-10T12:00:00+00:00"


def timeline(*rows):
    """Rows of (day in March 2026, direction, kind[, tone]) -> a timeline frame."""
    full = [(f"2026-03-{d:02d}T10:00:00+00:00", di, k, t[0] if t else "none") for d, di, k, *t in rows]
    return from_records({"at": [r[0] for r in full], "direction": [r[1] for r in full], "kind": [r[2] for r in full],
                         "tone": [r[3] for r in full], "channel": ["text"] * len(full)})


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ((), "contact"),
        (((1, "out", "message"),), "contact"),
        (((1, "out", "message"), (2, "in", "message", "positive")), "contact"),
        (((1, "out", "message"), (3, "out", "meet_ask")), "meet_ask"),
        (((1, "in", "meet_ask"),), "meet_ask"),
        (((1, "out", "meet_ask"), (4, "both", "meeting", "positive")), "catch_up"),
        (((1, "both", "meeting"), (5, "out", "message")), "catch_up"),
        (((1, "both", "meeting"), (5, "out", "apology")), "heart_to_heart"),
        (((1, "out", "meet_ask"), (2, "in", "refusal", "negative")), "outcome"),
        (((1, "both", "meeting"), (6, "in", "refusal")), "outcome"),
        (((1, "both", "meeting"), (6, "both", "date", "positive")), "outcome"),
        (((1, "out", "message"), (2, "in", "boundary")), "outcome"),
        (((1, "in", "boundary"), (3, "both", "meeting")), "outcome"),
        # a meeting after a no does not reopen the path unless they reached out (docs/care.md)
        (((1, "out", "meet_ask"), (2, "in", "refusal"), (8, "both", "meeting")), "outcome"),
        (((1, "out", "meet_ask"), (2, "in", "refusal"), (8, "in", "message")), "contact"),
        (((1, "out", "meet_ask"), (2, "in", "refusal"), (5, "in", "meet_ask"), (8, "both", "meeting")), "catch_up"),
        (((1, "out", "message"), (2, "in", "boundary"), (3, "in", "message")), "outcome"),
        (((1, "out", "message"), (2, "out", "note")), "contact"),
    ],
)
def test_current_stage(rows, expected):
    assert current_stage(timeline(*rows), now=NOW) == expected


def test_current_stage_returns_the_enum():
    assert current_stage(timeline((1, "out", "meet_ask")), now=NOW) is Stage.MEET_ASK


def test_events_after_now_are_ignored():
    frame = timeline((1, "out", "meet_ask"), (20, "both", "meeting"))
    assert current_stage(frame, now=NOW) == "meet_ask"


def test_soft_deleted_rows_are_ignored():
    frame = timeline((1, "out", "message"), (2, "in", "boundary"))
    frame.loc[1, "deleted_at"] = pd.Timestamp("2026-03-03", tz="UTC")
    assert current_stage(frame, now=NOW) == "contact"


def test_a_meeting_tagged_as_the_relationship_talk_is_heart_to_heart():
    frame = timeline((1, "both", "meeting"))
    frame["tags"] = ["coffee,heart_to_heart"]
    assert current_stage(frame, now=NOW) == "heart_to_heart"


def test_plain_string_columns_work_and_are_not_changed():
    frame = pd.DataFrame({"at": ["2026-03-01T10:00:00+00:00"], "direction": ["both"], "kind": ["meeting"]})
    before = frame.copy()
    assert (current_stage(frame, now=NOW), frame.equals(before)) == ("catch_up", True)


def test_a_missing_column_names_it():
    with pytest.raises(ReconcileError, match="the timeline has no column 'kind'; the guide needs at, direction and kind"):
        current_stage(pd.DataFrame({"at": [], "direction": []}), now=NOW)


def test_a_bad_now_says_what_is_valid():
    with pytest.raises(ValueError, match="now 'soon' is not an ISO date and time"):
        current_stage(timeline(), now="soon")


def test_every_stage_has_title_intro_and_items():
    assert list(STAGES) == list(Stage) and all(info.title and info.intro and info.items for info in STAGES.values())


def test_stage_info_accepts_the_string():
    assert stage_info("catch_up").items[-1].id == "S3.3-signals"


def test_stage_info_rejects_an_unknown_stage():
    with pytest.raises(InvalidInteraction, match="stage 'dating' is not one of: contact, meet_ask"):
        stage_info("dating")


def test_checklist_ids_are_unique_and_cite_their_guide_ids():
    items = checklist_items()
    assert len({i.id for i in items}) == len(items) and all(i.id.startswith(i.guide_ids[0]) for i in items)


@pytest.mark.parametrize(("stage", "ids"), [("contact", ["S1.1", "S1.2", "S1.3", "S1.4", "S1.5", "S1.6"]),
                                            ("meet_ask", ["S2.1", "S2.2", "S2.3", "S2.4"]),
                                            ("heart_to_heart", ["S4.1", "S4.2", "S4.3"])])
def test_checklist_covers_the_guide(stage, ids):
    assert [item.id for item in stage_info(stage).items] == ids


def test_the_time_before_the_window_is_its_own_span_never_getting_back_in_touch():
    from reconcile_kit.guide.stages import stage_spans

    frame = timeline((1, "out", "message"), (2, "in", "message"), (6, "out", "message"), (8, "out", "meet_ask"))
    spans = stage_spans(frame, now=NOW, since="2026-03-05T00:00:00+00:00")
    assert spans["stage"].tolist() == ["before", "contact", "meet_ask"]
