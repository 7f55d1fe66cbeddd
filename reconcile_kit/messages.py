"""Imported chat messages -> timeline rows for the journal (re-exported as `timeline.from_messages`).

Each message becomes one interaction: kind `message`, tone `none`, channel `text` (`call` for
call rows), the direction and source of the message, and a short summary. System lines
(encryption notices, security-code changes) are not contact, so they are dropped.
"""

from __future__ import annotations

import operator
from typing import Any

import numpy as np
import pandas as pd

from .model import TEXT_MAX
from .timeline import filled, from_records

__all__ = ["from_messages", "message_columns", "BUILT", "SUMMARY_CHARS", "PLACEHOLDERS"]

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
