"""WhatsApp header stamps as naive local times, and the choice of the date order behind them.

Dates are parsed once per distinct value, and the order (d/m/y, m/d/y, y/m/d, y/d/m) is chosen
from all of them at once: a day above 12 anywhere settles it, then the order in which dates
appear, then `dayfirst`, and only then a guess with an `AmbiguousDateOrder` warning.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from ...errors import ImportFormatError
from .._frame import Options, fail
from .header import HEADER, Fields

ORDERS = ("dmy", "mdy", "ymd", "ydm")


class AmbiguousDateOrder(UserWarning):
    """Every date in the export reads both as day/month and as month/day."""


def check_fmt(fmt: str) -> str | None:
    """The date order named in fmt 'whatsapp:dmy' (None for plain 'whatsapp')."""
    if ":" not in fmt:
        return None
    order = fmt.split(":", 1)[1].lower()
    if order not in ORDERS:
        raise ImportFormatError(f"unknown WhatsApp date order {order!r}: use one of {', '.join(ORDERS)}")
    return order


def local_times(data: bytes, fields: Fields, path: Path, options: Options) -> np.ndarray:
    """Naive local datetime64 values from the header numbers, computed with numpy."""
    numbers, runs, marker = fields.numbers, fields.runs, fields.marker
    keys = numbers[:, 0] * 10**8 + numbers[:, 1] * 10**4 + numbers[:, 2]
    date_codes, date_keys = pd.factorize(keys)
    triples = np.stack([date_keys // 10**8, date_keys // 10**4 % 10**4, date_keys % 10**4], axis=1)
    line_of = lambda i: _line_of(_view(data), date_codes, i)  # noqa: E731 - only called on errors
    order = _order(triples, bool(marker.any()), options, path, line_of)
    day_ns = _day_ns(triples, order, path, line_of)
    hour, minute = numbers[:, 3], numbers[:, 4]
    second = np.where(runs == 6, numbers[:, 5], 0)
    twelve = marker > 0
    bad = (twelve & ((hour < 1) | (hour > 12))) | (hour > 23) | (minute > 59) | (second > 59) | (runs < 5)
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise fail(path, f"line {_line_of(_view(data), np.arange(len(bad)), row)}", "the time is not a valid clock time")
    hour = np.where(twelve, hour % 12 + np.where(marker == 2, 12, 0), hour)
    seconds = hour * 3600 + minute * 60 + second
    return (day_ns[date_codes] + seconds * 1_000_000_000).astype("datetime64[ns]")


def _view(data: bytes) -> bytes:
    """The text as line numbers in error messages count it: a newline in front, none at the end."""
    return b"\n" + data.rstrip(b"\n")


def _order(triples: np.ndarray, twelve_hour: bool, options: Options, path: Path, line_of) -> str:
    """Choose the date order from every distinct date (in the order they first appear)."""
    if options.order:
        return options.order
    year_first = bool((triples[:, 0] > 31).any() or (triples[:, 0] >= 1000).any())
    if year_first:
        return "ydm" if (triples[:, 1] > 12).any() and not (triples[:, 2] > 12).any() else "ymd"
    if options.dayfirst is not None:
        return "dmy" if options.dayfirst else "mdy"
    first_big, second_big = triples[:, 0] > 12, triples[:, 1] > 12
    if first_big.any() and second_big.any():
        where = line_of(int(np.flatnonzero(second_big)[0]))
        raise fail(path, f"line {where}", "dates are written both day-first and month-first; pass fmt='whatsapp:dmy' or 'whatsapp:mdy'")
    if first_big.any() or second_big.any():
        return "dmy" if first_big.any() else "mdy"
    steps = {o: _backward_steps(triples, o) for o in ("dmy", "mdy")}
    if steps["dmy"] != steps["mdy"]:
        return min(steps, key=steps.get)
    order = "mdy" if twelve_hour else "dmy"
    warnings.warn(
        f"{path.name}: every date reads both as day/month and month/day; using {order} "
        "(pass dayfirst=True or dayfirst=False to choose)",
        AmbiguousDateOrder,
        stacklevel=4,
    )
    return order


def _ymd(triples: np.ndarray, order: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Year, month, day columns for a date order; two-digit years are 20xx."""
    cols = {key: triples[:, i] for i, key in enumerate(order)}
    year = np.where(cols["y"] < 100, cols["y"] + 2000, cols["y"])
    return year, cols["m"], cols["d"]


def _backward_steps(triples: np.ndarray, order: str) -> int:
    """How often a date comes before the one above it, read in this order."""
    year, month, day = _ymd(triples, order)
    key = year * 10000 + month * 100 + day
    return int((np.diff(key) < 0).sum())


def _day_ns(triples: np.ndarray, order: str, path: Path, line_of) -> np.ndarray:
    """Midnight of each distinct date as epoch nanoseconds (naive), or an error naming the line."""
    year, month, day = _ymd(triples, order)
    stamps = pd.to_datetime(pd.DataFrame({"year": year, "month": month, "day": day}), errors="coerce")
    bad = np.flatnonzero(stamps.isna().to_numpy())
    if bad.size:
        raise fail(path, f"line {line_of(int(bad[0]))}", f"not a valid date when read as {order}; pass dayfirst= or fmt='whatsapp:<order>'")
    return stamps.to_numpy().astype("datetime64[ns]").view(np.int64)


def _line_of(data: bytes, codes: np.ndarray, unique_index: int) -> int:
    """Line number of the first header whose date (or row) has that code."""
    row = int(np.flatnonzero(codes == unique_index)[0])
    for i, match in enumerate(HEADER.finditer(data)):
        if i == row:
            return data.count(b"\n", 0, match.start() + 1)
    return 0
