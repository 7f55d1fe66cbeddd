"""The plain-text table that `reconcile-kit list` prints: its rows and their layout.

Only the CLI prints this table; the export formats (CSV, JSON, Markdown) live in
reconcile_kit.export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import clock

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["listing", "table"]


def table(rows: list[dict[str, Any]]) -> str:
    """Rows as a plain-text table with a header line, columns padded to their widest value."""
    names = list(rows[0])
    widths = {name: max(len(name), *(len(str(row[name])) for row in rows)) for name in names}
    lines = ["  ".join(name.ljust(widths[name]) for name in names).rstrip()]
    lines += ["  ".join(str(row[name]).ljust(widths[name]) for name in names).rstrip() for row in rows]
    return "\n".join(lines)


def listing(frame: pd.DataFrame, zone: Any = None) -> list[dict[str, Any]]:
    """The `list` command's rows: short uid, time in `zone` (the journal's, `clock.zone_for`; default this
    computer's), vocabulary, mood, clipped summary. A tone the kit suggested reads "positive (suggested)".
    """
    import pandas as pd

    summaries = frame["summary"].str.slice(0, 60)
    tone = frame["tone"].astype(str)
    if "tone_by" in frame:
        tone = tone.where(frame["tone_by"].astype(str) != "suggested", tone + " (suggested)")
    rows = {
        "uid": frame["uid"].str.slice(0, 8),
        "when": frame["at"].dt.tz_convert(zone if zone is not None else clock.local_zone()).dt.strftime("%Y-%m-%d %H:%M"),
        "who": frame["direction"].astype(str),
        "channel": frame["channel"].astype(str),
        "kind": frame["kind"].astype(str),
        "tone": tone,
        "mood": pd.to_numeric(frame["mood"]).astype("Int64").astype("string").fillna(""),
        "summary": summaries.where(frame["summary"].str.len() <= 60, summaries.str.slice(0, 59) + "…"),
    }
    if frame["deleted_at"].notna().any():
        rows["deleted"] = frame["deleted_at"].notna().map({True: "deleted", False: ""})
    return [dict(zip(rows, values)) for values in zip(*rows.values())]
