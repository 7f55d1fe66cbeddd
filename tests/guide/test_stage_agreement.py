"""The stage named by `current_stage` and the stage spans drawn on the charts agree on any timeline.

Both read one stage rule (docs/guide-engine.md); this property test pins them together on
random timelines: kinds, directions, tags, deleted rows and a `now` in the middle of it all.
"""

from datetime import datetime, timedelta, timezone

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.guide import current_stage
from reconcile_kit.guide.stages import stage_spans
from reconcile_kit.model import VOCABULARY
from reconcile_kit.timeline import from_records

START = datetime(2026, 1, 1, tzinfo=timezone.utc)
TAGS = ("", "", "", "heart_to_heart", "relationship talk", "walk, heart-to-heart", "coffee")

rows = st.lists(
    st.tuples(
        st.integers(0, 120 * 24),  # hours after START
        st.sampled_from(VOCABULARY["direction"]),
        st.sampled_from(VOCABULARY["kind"]),
        st.sampled_from(TAGS),
        st.booleans(),  # soft-deleted
    ),
    max_size=25,
)


def frame(generated):
    at = [START + timedelta(hours=h) for h, *_ in generated]
    deleted = [START if gone else None for *_, gone in generated]
    return from_records({
        "at": pd.Series(at, dtype="datetime64[ns, UTC]"),
        "direction": [d for _, d, *_ in generated],
        "kind": [k for _, _, k, *_ in generated],
        "tags": [t for *_, t, _ in generated],
        "deleted_at": pd.Series(deleted, dtype="datetime64[ns, UTC]"),
        "channel": ["text"] * len(generated),
    })


@settings(max_examples=300, deadline=None)
@given(rows, st.integers(0, 130 * 24))
def test_current_stage_is_the_last_span(generated, now_hours):
    timeline = frame(generated)
    now = START + timedelta(hours=now_hours)
    spans = stage_spans(timeline, now=now)
    last = spans["stage"].iloc[-1] if len(spans) else "contact"
    assert current_stage(timeline, now=now) == last
