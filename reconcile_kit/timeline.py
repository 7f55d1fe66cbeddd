"""The timeline DataFrame: one row per interaction, fixed column order and dtypes.

`Journal.timeline()` returns this shape, and the cadence metrics, charts and guide rules read it.
See docs/architecture.md for the column table.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .model import VOCABULARY, Interaction

__all__ = ["COLUMNS", "CATEGORICAL", "empty", "from_interactions", "from_records", "from_messages"]

COLUMNS: tuple[str, ...] = (
    "uid",
    "at",
    "channel",
    "direction",
    "kind",
    "tone",
    "summary",
    "text",
    "mood",
    "source",
    "tags",
    "notes",
    "deleted_at",
)
CATEGORICAL: tuple[str, ...] = ("channel", "direction", "kind", "tone")
_TEXT = ("uid", "summary", "text", "source", "tags", "notes")


def from_records(records: dict[str, list] | pd.DataFrame) -> pd.DataFrame:
    """Build a timeline frame from column lists (times as ISO text or datetimes).

    Missing text columns become "", a missing mood or deleted_at becomes null.
    """
    raw = pd.DataFrame(records)
    n = len(raw)
    out = pd.DataFrame(index=pd.RangeIndex(n))
    for name in _TEXT:
        col = raw[name] if name in raw else pd.Series([""] * n, dtype=object)
        out[name] = pd.Series(col.to_numpy(dtype=object), dtype="str").fillna("")
    for name in ("at", "deleted_at"):
        col = raw[name] if name in raw else pd.Series([None] * n, dtype=object)
        stamps = pd.to_datetime(pd.Series(col.to_numpy(dtype=object)), utc=True, format="ISO8601")
        out[name] = stamps.astype("datetime64[ns, UTC]")
    for name in CATEGORICAL:
        col = raw[name] if name in raw else pd.Series(["none" if name == "tone" else None] * n)
        out[name] = pd.Categorical(col.astype(object).to_numpy(), categories=VOCABULARY[name])
    mood = raw["mood"] if "mood" in raw else pd.Series([None] * n, dtype=object)
    out["mood"] = pd.array(pd.to_numeric(mood, errors="coerce"), dtype="Int64")
    return out[list(COLUMNS)]


def empty() -> pd.DataFrame:
    """A timeline with no rows but every column and dtype."""
    return from_records({name: [] for name in COLUMNS})


def from_interactions(interactions: Iterable[Interaction]) -> pd.DataFrame:
    """Build a timeline frame from `Interaction` objects, sorted by time (stable)."""
    rows = [item.to_dict() for item in interactions]
    if not rows:
        return empty()
    frame = from_records(pd.DataFrame(rows))
    return frame.sort_values("at", kind="stable").reset_index(drop=True)


def from_messages(messages: pd.DataFrame) -> pd.DataFrame:
    """Turn an imported messages frame (`load_messages`) into timeline rows for the journal."""
    from .messages import from_messages as convert

    return convert(messages)
