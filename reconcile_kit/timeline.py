"""The timeline DataFrame: one row per interaction, fixed column order and dtypes; imported chats become timeline rows here.

`Journal.timeline()` returns this shape, and the cadence metrics, charts and guide rules read it.
An imported messages frame (`importers.load_messages`) turns into timeline rows with
`from_messages` (or, for the journal's bulk import, `message_columns`): each message becomes one
interaction of kind `message`, tone `none`, channel `text` (`call` for call rows), with the
direction and source of the message and a short summary. System lines (encryption notices,
security-code changes) are not contact, so they are dropped. See docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import operator

import numpy as np
import pandas as pd

from .arrays import filled, objects
from .model import TEXT_MAX, VOCABULARY, Interaction

__all__ = [
    "COLUMNS",
    "CATEGORICAL",
    "empty",
    "from_interactions",
    "from_records",
    "from_messages",
    "message_columns",
    "BUILT",
    "SUMMARY_CHARS",
    "PLACEHOLDERS",
]

COLUMNS: tuple[str, ...] = (
    "uid",
    "at",
    "channel",
    "direction",
    "kind",
    "tone",
    "tone_by",
    "summary",
    "text",
    "mood",
    "source",
    "tags",
    "notes",
    "deleted_at",
)
CATEGORICAL: tuple[str, ...] = ("channel", "direction", "kind", "tone", "tone_by")
_TEXT = ("uid", "summary", "text", "source", "tags", "notes")


def from_records(records: Mapping[str, Any] | pd.DataFrame) -> pd.DataFrame:
    """Build a timeline frame from column lists or arrays (times as ISO text or datetimes).

    Missing text columns become "", a missing mood or deleted_at becomes null. Each column is
    converted whole (a datetime column is never turned into Python objects on the way).
    """
    raw, n = _source(records)
    data: dict[str, Any] = {}
    for name in _TEXT:
        values = objects(raw[name]) if name in raw else filled(n, "")
        data[name] = pd.Series(values, dtype="str").fillna("").array
    for name in ("at", "deleted_at"):
        data[name] = _stamps(raw[name] if name in raw else filled(n, None))
    for name in CATEGORICAL:
        default = {"tone": "none", "tone_by": "user"}.get(name)
        data[name] = _categorical(raw[name] if name in raw else filled(n, default), name)
    mood = objects(raw["mood"]) if "mood" in raw else filled(n, None)
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


def _stamps(values: Any) -> Any:
    """UTC datetimes: datetime columns converted directly, anything else parsed as ISO-8601 text."""
    if pd.api.types.is_datetime64_any_dtype(getattr(values, "dtype", None)):
        stamps = pd.Series(pd.to_datetime(values, utc=True))
    else:
        stamps = pd.to_datetime(pd.Series(objects(values)), utc=True, format="ISO8601")
    return stamps.astype("datetime64[ns, UTC]").array


def _categorical(values: Any, name: str) -> pd.Categorical:
    """A categorical with the full vocabulary of `name`; one that already has it is kept."""
    dtype = getattr(values, "dtype", None)
    if isinstance(dtype, pd.CategoricalDtype) and tuple(dtype.categories) == VOCABULARY[name]:
        return pd.Categorical(values, dtype=dtype)
    return pd.Categorical(objects(values), categories=VOCABULARY[name])


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


# -- imported messages -----------------------------------------------------------------------

SUMMARY_CHARS = 120
# What the summary says for rows whose text is not something the person wrote.
PLACEHOLDERS = {"media": "[photo or file]", "deleted": "[deleted message]", "call": "[call]"}
_NEEDED = ("at", "direction", "kind", "text", "source", "uid")
# Columns `message_columns` makes from the vocabulary or cuts and strips itself, so the journal's
# import need not check them again (the others come from the export and are checked).
BUILT = ("channel", "kind", "tone", "summary")
_HEAD = operator.itemgetter(slice(0, SUMMARY_CHARS))


def from_messages(messages: pd.DataFrame) -> pd.DataFrame:
    """Turn a messages frame (`load_messages`) into a timeline frame, system rows dropped.

    :param messages: columns at, direction, kind, text, source, uid (sender and chars unused).
    """
    return from_records(message_columns(messages))


def message_columns(messages: pd.DataFrame) -> dict[str, Any]:
    """The timeline columns of a messages frame, system rows dropped, in time order (stable).

    Plain arrays (object, and a UTC datetime column) for `from_records` or the journal's import;
    built column-wise with C-level maps, never row by row.
    """
    missing = [name for name in _NEEDED if name not in messages.columns]
    if missing:
        raise ValueError(f"messages frame lacks column(s) {', '.join(missing)}; expected the load_messages columns")
    kinds = messages["kind"].to_numpy(dtype=object).astype(str)
    keep = kinds != "system"
    at = pd.to_datetime(messages["at"], utc=True).array[keep]
    order = np.argsort(at.asi8, kind="stable")
    if (order[1:] < order[:-1]).any():  # importers deliver time order; sort only when they did not
        keep = np.flatnonzero(keep)[order]
        at = at[order]
    kinds = kinds[keep]
    text = _texts(messages["text"].to_numpy(dtype=object)[keep])
    n = len(kinds)
    channel = filled(n, "text")
    channel[kinds == "call"] = "call"
    return {
        "uid": messages["uid"].to_numpy(dtype=object)[keep],
        "at": at,
        "channel": channel,
        "direction": _as_text(messages["direction"].to_numpy(dtype=object)[keep]),
        "kind": filled(n, "message"),
        "tone": filled(n, "none"),
        "summary": _summaries(kinds, text),
        "text": _cut(text, TEXT_MAX),
        "source": _as_text(messages["source"].to_numpy(dtype=object)[keep]),
    }


def _as_text(values: Any) -> Any:
    """`str` of each value (a str stays the same object), as an object array."""
    return np.fromiter(map(str, values), dtype=object, count=len(values))


def _texts(values: Any) -> Any:
    """Message texts as str, a missing one as ""."""
    missing = pd.isna(values)
    if missing.any():
        values = np.where(missing, "", values)
    return _as_text(values)


def _cut(values: Any, maximum: int) -> Any:
    """`values` with any text longer than `maximum` cut to it."""
    long = np.fromiter(map(len, values), dtype=np.int64, count=len(values)) > maximum
    if long.any():
        values = values.copy()
        values[long] = [value[:maximum] for value in values[long]]
    return values


def _summaries(kinds: Any, text: Any) -> Any:
    """The first 120 characters on one line, or a placeholder for media, deleted and call rows.

    `" ".join(t.split())` is `re.sub(r"\\s+", " ", t).strip()` (both split on Unicode
    whitespace), done with C builtins.
    """
    lines = map(str.rstrip, map(_HEAD, map(" ".join, map(str.split, text))))
    summary = np.fromiter(lines, dtype=object, count=len(text))
    summary[summary == ""] = "[empty message]"
    for kind, placeholder in PLACEHOLDERS.items():
        summary[kinds == kind] = placeholder
    return summary
