"""Output formats for the CLI: CSV (safe to open in a spreadsheet), JSON, a Markdown table, the `list` table.

Pure functions from a timeline frame to text, plus `write_private`, which writes a file that
only the user can read (mode 0600), atomically.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FORMATS", "EXPORT_COLUMNS", "records", "to_csv", "to_json", "to_markdown", "render", "write_private", "listing", "table"]

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


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path` with mode 0600, atomically (a temp file beside it, then rename)."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def table(rows: list[dict[str, Any]]) -> str:
    """Rows as a plain-text table with a header line, columns padded to their widest value."""
    names = list(rows[0])
    widths = {name: max(len(name), *(len(str(row[name])) for row in rows)) for name in names}
    lines = ["  ".join(name.ljust(widths[name]) for name in names).rstrip()]
    lines += ["  ".join(str(row[name]).ljust(widths[name]) for name in names).rstrip() for row in rows]
    return "\n".join(lines)


def listing(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The `list` command's rows: short uid, local time, vocabulary, mood, clipped summary."""
    import pandas as pd

    summaries = frame["summary"].str.slice(0, 60)
    rows = {
        "uid": frame["uid"].str.slice(0, 8),
        "when": frame["at"].dt.tz_convert(local_zone()).dt.strftime("%Y-%m-%d %H:%M"),
        "who": frame["direction"].astype(str),
        "channel": frame["channel"].astype(str),
        "kind": frame["kind"].astype(str),
        "tone": frame["tone"].astype(str),
        "mood": pd.to_numeric(frame["mood"]).astype("Int64").astype("string").fillna(""),
        "summary": summaries.where(frame["summary"].str.len() <= 60, summaries.str.slice(0, 59) + "…"),
    }
    if frame["deleted_at"].notna().any():
        rows["deleted"] = frame["deleted_at"].notna().map({True: "deleted", False: ""})
    return [dict(zip(rows, values)) for values in zip(*rows.values())]


def local_zone() -> Any:
    """This computer's time zone (TZ), as a tzinfo."""
    from datetime import datetime

    return datetime.now().astimezone().tzinfo
