"""Imported chat messages -> timeline rows for the journal (re-exported as `timeline.from_messages`).

Each message becomes one interaction: kind `message`, tone `none`, channel `text` (`call` for
call rows), the direction and source of the message, and a short summary. System lines
(encryption notices, security-code changes) are not contact, so they are dropped.
"""

from __future__ import annotations

import pandas as pd

from .model import TEXT_MAX
from .timeline import from_records

__all__ = ["from_messages", "SUMMARY_CHARS", "PLACEHOLDERS"]

SUMMARY_CHARS = 120
# What the summary says for rows whose text is not something the person wrote.
PLACEHOLDERS = {"media": "[photo or file]", "deleted": "[deleted message]", "call": "[call]"}
_NEEDED = ("at", "direction", "kind", "text", "source", "uid")


def from_messages(messages: pd.DataFrame) -> pd.DataFrame:
    """Turn a messages frame (`load_messages`) into a timeline frame, system rows dropped.

    :param messages: columns at, direction, kind, text, source, uid (sender and chars unused).
    """
    missing = [name for name in _NEEDED if name not in messages.columns]
    if missing:
        raise ValueError(f"messages frame lacks column(s) {', '.join(missing)}; expected the load_messages columns")
    rows = messages[messages["kind"].astype(str) != "system"]
    kind = rows["kind"].astype(str)
    text = rows["text"].astype(object).fillna("").astype(str)
    return from_records(
        {
            "uid": rows["uid"].to_numpy(dtype=object),
            "at": pd.to_datetime(rows["at"], utc=True).to_numpy(),
            "channel": kind.eq("call").map({True: "call", False: "text"}).to_numpy(dtype=object),
            "direction": rows["direction"].astype(str).to_numpy(dtype=object),
            "kind": ["message"] * len(rows),
            "tone": ["none"] * len(rows),
            "summary": _summaries(kind, text).to_numpy(dtype=object),
            "text": text.str.slice(0, TEXT_MAX).to_numpy(dtype=object),
            "source": rows["source"].astype(str).to_numpy(dtype=object),
        }
    ).sort_values("at", kind="stable", ignore_index=True)


def _summaries(kind: pd.Series, text: pd.Series) -> pd.Series:
    """The first 120 characters on one line, or a placeholder for media, deleted and call rows."""
    line = text.str.replace(r"\s+", " ", regex=True).str.strip().str.slice(0, SUMMARY_CHARS).str.strip()
    line = line.where(line != "", "[empty message]")
    return kind.map(PLACEHOLDERS).fillna(line)
