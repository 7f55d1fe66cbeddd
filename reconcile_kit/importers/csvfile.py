"""A plain CSV of messages, for any app the kit has no importer for.

Columns (header row required, any order, extra columns ignored):
`at` (ISO 8601 date-time; with an offset or `Z` it is exact, without one it is read in `tz`),
`sender`, `text`, and optionally `direction` (`out`/`in`; otherwise found from `me`) and
`kind` (`text`, `media`, `deleted`, `call`, `system`; default `text`).
A row that cannot be read (a date that is not ISO 8601, an unknown kind or direction, too few
or too many fields, the header row again, a row cut off at the end of the file) is left out and
reported with its line; the rest of the file is read. When `at` is the first column, a quote
lost to damage cannot drag the rows after it into one long text: a quoted field that would run
over a line starting like a new row (an ISO date and a separator) ends the damaged row there.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import numpy as np
import pandas as pd

from ._frame import FIRST_YEAR, KINDS, LAST_YEAR, Options, Raw, clean, fail, to_utc
from ._io import decode, read_bytes
from .report import Report

REQUIRED = ("at", "sender", "text")
_HEADER_AGAIN = "repeats the header row (two files pasted together?)"
_ROW_START = re.compile(r'"?\d{4}-\d\d-\d\d[T ]\d\d:\d\d[^,;\t\n"]*"?[,;\t]')


def looks_like(head: bytes) -> bool:
    """True when the first line is a header naming at, sender and text."""
    first = head.split(b"\n", 1)[0].decode("utf-8", "replace").lower()
    names = {name.strip().strip('"') for name in first.replace(";", ",").split(",")}
    return set(REQUIRED) <= names


_LONE_CR = re.compile("\r(?!\n)")


def load(path: Path, options: Options) -> Raw:
    """Read a messages CSV (see the module docstring for the columns)."""
    report = Report()
    text = decode(read_bytes(path, options.progress), path, report)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # A carriage return on its own (not before a newline) is damage: the csv module refuses the
    # whole file on it ("new-line character seen in unquoted field"), so it reads as a space.
    text = _LONE_CR.sub(" ", text)
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    header = next(csv.reader(lines[:1], dialect), None)
    columns = [str(c).strip().lower() for c in header or []]
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise fail(path, "line 1", f"missing column(s) {', '.join(missing)}; expected at least {', '.join(REQUIRED)}")
    rows = _rows(lines, dialect, columns, report)
    at, ok = _times([r["at"] for r in rows], options)
    for row, good in zip(rows, ok.tolist()):
        if not good:
            report.skip("line", row["line"], f"at {row['at'][:40]!r} is not an ISO 8601 date-time such as 2024-01-31 21:41 (between {FIRST_YEAR} and {LAST_YEAR})")
    rows = [row for row, good in zip(rows, ok.tolist()) if good]
    directions = [row["direction"] for row in rows]
    return Raw(
        at=at[ok],
        sender=[clean(r["sender"]).strip() for r in rows],
        text=[clean(r["text"]) for r in rows],
        kind=[r["kind"] for r in rows],
        out=np.array([d == "out" for d in directions], dtype=bool) if "direction" in columns else None,
        report=report,
        where=[r["line"] for r in rows],
    )


def _rows(lines: list[str], dialect, columns: list[str], report: Report) -> list[dict]:
    """Each readable row as a dict (with its first line); the others reported and left out."""
    place = {name: columns.index(name) for name in (*REQUIRED, "kind", "direction") if name in columns}
    numbered = [(first, row) for first, row in _records(lines, dialect, columns[0] == "at") if row is None or any(c.strip() for c in row)]
    rows: list[dict] = []
    for i, (first, row) in enumerate(numbered):
        if row is None:
            report.skip("line", first, "a row whose quotes do not pair up (one was lost?), so it was left out")
            continue
        reason = _problem(row, columns, place)
        if i == len(numbered) - 1 and _open_at_end(lines[first - 1 :], dialect):
            reason = "the file ends inside this row (it was cut short)"
        if reason:
            report.skip("line", first, reason, message=reason != _HEADER_AGAIN)
            continue
        found = {name: row[i] if i < len(row) else "" for name, i in place.items()}
        found["kind"] = found.get("kind", "").strip().lower() or "text"
        found["direction"] = found.get("direction", "").strip().lower()
        rows.append({**found, "line": first})
    return rows


def _records(lines: list[str], dialect, resync: bool) -> list[tuple[int, list[str] | None]]:
    """(first line, fields) of each row after the header; None for a row cut off by `resync`.

    With `resync` (the first column is `at`), a row whose quoted text runs over a line that
    starts like a new row is damaged: it is given as None and reading starts again there.
    """
    found: list[tuple[int, list[str] | None]] = []
    start = 1
    while start < len(lines):
        reader = csv.reader(iter(lines[start:]), dialect)
        restart, done = None, 0
        for row in reader:
            span = lines[start + done : start + reader.line_num]
            inner = next((k for k in range(1, len(span)) if _ROW_START.match(span[k])), None) if resync else None
            if inner is not None:
                found.append((start + done + 1, None))
                restart = start + done + inner
                break
            found.append((start + done + 1, row))
            done = reader.line_num
        if restart is None:
            break
        start = restart
    return found


def _open_at_end(tail: list[str], dialect) -> bool:
    """True when the last row's text is inside quotes when the file ends (cut short)."""
    try:
        list(csv.reader(iter(tail), dialect, strict=True))
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _problem(row: list[str], columns: list[str], place: dict[str, int]) -> str | None:
    """Why a row cannot be read, or None."""
    if [cell.strip().lower() for cell in row] == columns:
        return _HEADER_AGAIN
    if len(row) > len(columns):
        return f"{len(row)} fields where the header names {len(columns)} (a separator in a text without quotes?)"
    if any(place[name] >= len(row) for name in REQUIRED):
        return f"{len(row)} field{'s' if len(row) != 1 else ''} where the header names {len(columns)}"
    kind = row[place["kind"]].strip().lower() if "kind" in place and place["kind"] < len(row) else ""
    if kind and kind not in KINDS:
        return f"kind {kind!r} is not one of {', '.join(KINDS)}"
    direction = row[place["direction"]].strip().lower() if "direction" in place and place["direction"] < len(row) else ""
    if "direction" in place and direction not in ("out", "in"):
        return f"direction {direction!r} is not one of out, in"
    return None


def _times(values: list[str], options: Options) -> tuple[np.ndarray, np.ndarray]:
    """UTC epoch nanoseconds (offsets kept, naive times read in the chosen zone) and which parsed."""
    values = pd.Series(values, dtype=object).str.strip()
    aware = values.str.contains(r"(?:Z|[+-]\d\d:?\d\d)$", regex=True).to_numpy(dtype=bool)
    result = np.zeros(len(values), dtype=np.int64)
    parsed = np.zeros(len(values), dtype=bool)
    if aware.any():
        stamps = pd.to_datetime(values[aware], format="ISO8601", utc=True, errors="coerce")
        ok = (stamps.notna() & stamps.dt.year.between(FIRST_YEAR, LAST_YEAR)).to_numpy()
        parsed[aware] = ok
        result[np.flatnonzero(aware)[ok]] = pd.DatetimeIndex(stamps[ok]).as_unit("ns").asi8
    if (~aware).any():
        naive = pd.to_datetime(values[~aware], format="ISO8601", errors="coerce")
        ok = (naive.notna() & naive.dt.year.between(FIRST_YEAR, LAST_YEAR)).to_numpy()
        parsed[~aware] = ok
        if ok.any():
            result[np.flatnonzero(~aware)[ok]] = to_utc(naive[ok].to_numpy(), options.tz).as_unit("ns").asi8
    return result, parsed
