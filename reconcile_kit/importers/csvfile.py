"""A plain CSV of messages, for any app the kit has no importer for.

Columns (header row required, any order, extra columns ignored):
`at` (ISO 8601 date-time; with an offset or `Z` it is exact, without one it is read in `tz`),
`sender`, `text`, and optionally `direction` (`out`/`in`; otherwise found from `me`) and
`kind` (`text`, `media`, `deleted`, `call`, `system`; default `text`).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
import pandas as pd

from ._frame import KINDS, Options, Raw, clean, fail
from ._io import decode, read_bytes

REQUIRED = ("at", "sender", "text")


def looks_like(head: bytes) -> bool:
    """True when the first line is a header naming at, sender and text."""
    first = head.split(b"\n", 1)[0].decode("utf-8", "replace").lower()
    names = {name.strip().strip('"') for name in first.replace(";", ",").split(",")}
    return set(REQUIRED) <= names


def load(path: Path, options: Options) -> Raw:
    """Read a messages CSV (see the module docstring for the columns)."""
    text = decode(read_bytes(path, options.progress), path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=dialect.delimiter)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, csv.Error) as exc:
        raise fail(path, "", f"not a readable CSV ({exc})") from exc
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise fail(path, "line 1", f"missing column(s) {', '.join(missing)}; expected at least {', '.join(REQUIRED)}")
    kinds = frame["kind"].str.strip().str.lower().replace("", "text") if "kind" in frame else pd.Series(["text"] * len(frame))
    _check_values(kinds, KINDS, "kind", path)
    out = None
    if "direction" in frame:
        direction = frame["direction"].str.strip().str.lower()
        _check_values(direction, ("out", "in"), "direction", path)
        out = (direction == "out").to_numpy()
    return Raw(
        at=_times(frame["at"], path, options),
        sender=[clean(s).strip() for s in frame["sender"]],
        text=[clean(t) for t in frame["text"]],
        kind=kinds.tolist(),
        out=out,
    )


def _check_values(values: pd.Series, allowed: tuple[str, ...], column: str, path: Path) -> None:
    bad = np.flatnonzero(~values.isin(allowed).to_numpy())
    if bad.size:
        row = int(bad[0])
        raise fail(path, f"line {row + 2}", f"{column} {values.iloc[row]!r} is not one of {', '.join(allowed)}")


def _times(values: pd.Series, path: Path, options: Options) -> np.ndarray:
    """UTC epoch nanoseconds: offsets kept, naive times read in the chosen zone."""
    from ._frame import to_utc

    values = values.str.strip()
    aware = values.str.contains(r"(?:Z|[+-]\d\d:?\d\d)$", regex=True).to_numpy()
    result = np.zeros(len(values), dtype=np.int64)
    parsed_ok = np.ones(len(values), dtype=bool)
    if aware.any():
        stamps = pd.to_datetime(values[aware], format="ISO8601", utc=True, errors="coerce")
        parsed_ok[aware] = stamps.notna().to_numpy()
        result[aware] = pd.DatetimeIndex(stamps.fillna(pd.Timestamp(0, tz="UTC"))).as_unit("ns").asi8
    if (~aware).any():
        naive = pd.to_datetime(values[~aware], format="ISO8601", errors="coerce")
        parsed_ok[~aware] = naive.notna().to_numpy()
        filled = naive.fillna(pd.Timestamp(0)).to_numpy()
        result[~aware] = to_utc(filled, options.tz).as_unit("ns").asi8
    bad = np.flatnonzero(~parsed_ok)
    if bad.size:
        row = int(bad[0])
        raise fail(path, f"line {row + 2}", f"at {values.iloc[row]!r} is not an ISO 8601 date-time such as 2024-01-31 21:41")
    return result
