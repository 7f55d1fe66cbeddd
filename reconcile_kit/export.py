"""Export formats for a timeline frame: CSV (safe to open in a spreadsheet), JSON, a Markdown table.

Pure functions from a frame (`Journal.timeline()`) to text, used by `reconcile-kit export` and
`list --json` and usable from a notebook. To save one where only the user can read it, use
`reconcile_kit.files.write_private` (mode 0600, atomic), as the CLI does.
"""

from __future__ import annotations

import csv
import html
import io
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FORMATS", "EXPORT_COLUMNS", "records", "to_csv", "to_json", "to_markdown", "render"]

FORMATS = ("csv", "json", "markdown")
EXPORT_COLUMNS = ("uid", "at", "channel", "direction", "kind", "tone", "summary", "text", "mood", "source", "tags", "notes")
_MARKDOWN_COLUMNS = ("at", "direction", "channel", "kind", "tone", "mood", "summary", "tags")
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection, OWASP).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Plain dicts (ISO UTC times, None for no mood) for each row of a timeline frame."""
    import pandas as pd

    out = frame.loc[:, list(EXPORT_COLUMNS)].astype(object)
    out["at"] = frame["at"].dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    out["mood"] = frame["mood"].astype(object).where(frame["mood"].notna(), None)
    out = out.where(pd.notna(out), None)
    return [dict(zip(EXPORT_COLUMNS, row)) for row in out.itertuples(index=False, name=None)]


def _neutralise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(frame: pd.DataFrame) -> str:
    """CSV with a header row; text cells that a spreadsheet would run as a formula get a leading '."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    for row in records(frame):
        writer.writerow(["" if value is None else _neutralise(value) for value in row.values()])
    return buffer.getvalue()


def to_json(frame: pd.DataFrame) -> str:
    """A JSON list of entries, UTF-8 text kept as it is."""
    return json.dumps(records(frame), ensure_ascii=False, indent=2) + "\n"


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    text = html.escape(" ".join(text.split()), quote=False)
    return text.replace("|", "\\|").replace("`", "\\`")


def to_markdown(frame: pd.DataFrame) -> str:
    """A Markdown table for reading; pipes, backticks and HTML in the text are escaped."""
    lines = ["| " + " | ".join(_MARKDOWN_COLUMNS) + " |", "|" + "---|" * len(_MARKDOWN_COLUMNS)]
    for row in records(frame):
        row["at"] = row["at"].replace("T", " ")[:16]
        lines.append("| " + " | ".join(_cell(row[name]) for name in _MARKDOWN_COLUMNS) + " |")
    return "\n".join(lines) + "\n"


def render(frame: pd.DataFrame, fmt: str) -> str:
    """The frame in export format `fmt` (one of `FORMATS`)."""
    return {"csv": to_csv, "json": to_json, "markdown": to_markdown}[fmt](frame)
