"""The timeline DataFrame: one row per interaction, fixed column order and dtypes.

`Journal.timeline()` returns this shape, and the cadence metrics, charts and guide rules read it.
See docs/architecture.md for the column table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
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


def from_records(records: Mapping[str, Any] | pd.DataFrame) -> pd.DataFrame:
    """Build a timeline frame from column lists or arrays (times as ISO text or datetimes).

    Missing text columns become "", a missing mood or deleted_at becomes null. Each column is
    converted whole (a datetime column is never turned into Python objects on the way).
    """
    raw, n = _source(records)
    data: dict[str, Any] = {}
    for name in _TEXT:
        values = _objects(raw[name]) if name in raw else filled(n, "")
        data[name] = pd.Series(values, dtype="str").fillna("").array
    for name in ("at", "deleted_at"):
        data[name] = _stamps(raw[name] if name in raw else filled(n, None))
    for name in CATEGORICAL:
        default = "none" if name == "tone" else None
        data[name] = _categorical(raw[name] if name in raw else filled(n, default), name)
    mood = _objects(raw["mood"]) if "mood" in raw else filled(n, None)
    data["mood"] = pd.array(pd.to_numeric(pd.Series(mood), errors="coerce"), dtype="Int64")
    return pd.DataFrame({name: data[name] for name in COLUMNS}, index=pd.RangeIndex(n))


def _source(records: Mapping[str, Any] | pd.DataFrame) -> tuple[Mapping[str, Any], int]:
    """The columns and the row count; columns of different lengths are an error (as in pandas)."""
    if isinstance(records, pd.DataFrame):
        return records, len(records)
    lengths = {len(values) for values in records.values()}
    if len(lengths) > 1:
        raise ValueError("All arrays must be of the same length")
    return records, lengths.pop() if lengths else 0


def filled(n: int, value: Any) -> Any:
    """An object array of `n` times `value` (faster than `np.full` for object arrays)."""
    array = np.empty(n, dtype=object)
    array.fill(value)
    return array


def _objects(values: Any) -> Any:
    """`values` (a list, an array or a Series) as a 1-d object array."""
    if hasattr(values, "to_numpy"):
        return values.to_numpy(dtype=object)
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _stamps(values: Any) -> Any:
    """UTC datetimes: datetime columns converted directly, anything else parsed as ISO-8601 text."""
    if pd.api.types.is_datetime64_any_dtype(getattr(values, "dtype", None)):
        stamps = pd.Series(pd.to_datetime(values, utc=True))
    else:
        stamps = pd.to_datetime(pd.Series(_objects(values)), utc=True, format="ISO8601")
    return stamps.astype("datetime64[ns, UTC]").array


def _categorical(values: Any, name: str) -> pd.Categorical:
    """A categorical with the full vocabulary of `name`; one that already has it is kept."""
    dtype = getattr(values, "dtype", None)
    if isinstance(dtype, pd.CategoricalDtype) and tuple(dtype.categories) == VOCABULARY[name]:
        return pd.Categorical(values, dtype=dtype)
    return pd.Categorical(_objects(values), categories=VOCABULARY[name])


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
