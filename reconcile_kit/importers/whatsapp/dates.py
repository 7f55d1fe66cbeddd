"""WhatsApp header stamps as naive local times, and the date order behind them.

Dates are parsed once per distinct value, and the order (d/m/y, m/d/y, y/m/d, y/d/m) is chosen
from all of them at once. A date whose first number is above 31 (a four-digit year) is read
year first; among the others a number above 12 in one position settles the order, then the
order in which dates appear, then `dayfirst`, and only then a guess with an `AmbiguousDateOrder`
warning. A file that disagrees with itself (day-first and month-first dates both present, as
after a phone change, or a line from another phone pasted in) is read in stretches: each date
takes the order the dates around it need (`_stretches`), and a date that fits only an order
its neighbours do not use and is out of sequence with them counts as a damaged header.

Nothing here raises for a bad stamp: `local_times` returns the reason per message, and `load`
leaves those messages out and reports them.
"""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from ...errors import Advised, ImportFormatError
from .._frame import FIRST_YEAR, LAST_YEAR, Options
from .header import Fields

ORDERS = ("dmy", "mdy", "ymd", "ydm")
_WORDS = {"dmy": "day/month/year", "mdy": "month/day/year", "ymd": "year/month/day", "ydm": "year/day/month"}
BAD_TIME = "the time is not a valid clock time"
_DAY_PLACE = {order: order.index("d") for order in ORDERS}
_MONTH_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
# Costs for reading a file in stretches (`_stretches`): changing order between two dates, a
# date earlier than the one before it, each doubling of the days between two dates (a chat's
# dates follow each other days apart, not months: the wrong order of an ambiguous stretch
# shows as month-long jumps), and leaving out a date its stretch's order cannot read. A lone
# date that fits only the other order is kept when switching there and back keeps the dates in
# sequence (about 2), and left out when it would also step back (about 3).
_SWITCH, _BACKWARD, _PER_DOUBLING, _LEAVE_OUT = 1.0, 1.0, 0.1, 2.5


class AmbiguousDateOrder(Advised, UserWarning):
    """Every date in the export reads both as day/month and as month/day (option "order" decides)."""

    def __init__(self, message: str) -> None:
        super().__init__(self._advise(message, "order", ()))


def check_fmt(fmt: str) -> str | None:
    """The date order named in fmt 'whatsapp:dmy' (None for plain 'whatsapp')."""
    if ":" not in fmt:
        return None
    order = fmt.split(":", 1)[1].lower()
    if order not in ORDERS:
        raise ImportFormatError(f"unknown WhatsApp date order {order!r}: use one of {', '.join(ORDERS)}")
    return order


def local_times(fields: Fields, path: Path, options: Options) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Naive local datetime64 values from the header numbers, computed with numpy.

    Returns the times, a mask of the messages whose stamp is no valid date or time, and the
    reason for each of those (in row order).
    """
    numbers, runs, marker = fields.numbers, fields.runs, fields.marker
    keys = numbers[:, 0] * 10**8 + numbers[:, 1] * 10**4 + numbers[:, 2]
    date_codes, date_keys = pd.factorize(keys)
    triples = np.stack([date_keys // 10**8, date_keys // 10**4 % 10**4, date_keys % 10**4], axis=1)
    order, why = _orders(triples, bool(marker.any()), options, path)
    day_ns = _day_ns(triples, order)
    hour, minute = numbers[:, 3], numbers[:, 4]
    second = np.where(runs == 6, numbers[:, 5], 0)
    twelve = marker > 0
    # A 12-hour clock runs 12, 1, …, 11; some phones write the midnight and noon hour as 00.
    bad_time = (twelve & (hour > 12)) | (hour > 23) | (minute > 59) | (second > 59) | (runs < 5)
    bad_date = order[date_codes] < 0
    hour = np.where(twelve, hour % 12 + np.where(marker == 2, 12, 0), hour)
    seconds = hour * 3600 + minute * 60 + second
    at = (day_ns[date_codes] + seconds * 1_000_000_000).astype("datetime64[ns]")
    bad = bad_date | bad_time
    reasons = [why[date_codes[row]] if bad_date[row] else BAD_TIME for row in np.flatnonzero(bad).tolist()]
    return at, bad, reasons


def _orders(triples: np.ndarray, twelve_hour: bool, options: Options, path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct date's order (an index into ORDERS, -1: not a date) and why not, if not."""
    valid = _valid(triples)
    why = np.full(len(triples), "", dtype=object)
    if options.order:
        code = ORDERS.index(options.order)
        return _only(code, valid, why)
    chosen = np.full(len(triples), -1, dtype=np.int64)
    year_first = triples[:, 0] > 31
    for group, pair in ((~year_first, (0, 1)), (year_first, (2, 3))):
        rows = np.flatnonzero(group)
        if len(rows):
            codes, reasons = _group(triples[rows], valid[rows], pair, twelve_hour, options, path)
            chosen[rows], why[rows] = codes, reasons
    return chosen, why


def _only(code: int, valid: np.ndarray, why: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every date read in one order; the ones it cannot read get the reason."""
    why[~valid[:, code]] = f"not a valid date when read as {_WORDS[ORDERS[code]]}"
    return np.where(valid[:, code], code, -1), why


def _group(triples: np.ndarray, valid: np.ndarray, pair: tuple[int, int], twelve_hour: bool, options: Options,
           path: Path) -> tuple[np.ndarray, np.ndarray]:
    """The orders of one group of dates: day/month ones (pair dmy, mdy) or year-first ones."""
    a, b = pair
    why = np.full(len(triples), "", dtype=object)
    if pair == (0, 1) and options.dayfirst is not None:
        return _only(a if options.dayfirst else b, valid, why)
    # A number above 12 in the day's place of one order votes for it (a date with two such
    # numbers votes for neither); whether the date exists is the valid table's business.
    big_a, big_b = triples[:, _DAY_PLACE[ORDERS[a]]] > 12, triples[:, _DAY_PLACE[ORDERS[b]]] > 12
    only_a, only_b = big_a & ~big_b, big_b & ~big_a
    if not only_a.any() and not only_b.any():
        return _only(_ambiguous(triples, twelve_hour, path) if pair == (0, 1) else a, valid, why)
    if only_a.any() != only_b.any():
        code, other = (a, b) if only_a.any() else (b, a)
        mine, theirs = _spread(triples, valid, code), _spread(triples, valid, other)
        if mine[0] <= theirs[0] and mine[1] <= theirs[1]:  # the votes and the sequence agree
            return _only(code, valid, why)
    return _stretches(triples, valid, pair)


def _ambiguous(triples: np.ndarray, twelve_hour: bool, path: Path) -> int:
    """The order of a file whose every date reads both ways: the one that keeps them in sequence."""
    steps = {o: _backward_steps(triples, ORDERS[o]) for o in (0, 1)}
    if steps[0] != steps[1]:
        return min(steps, key=steps.__getitem__)
    code = 1 if twelve_hour else 0
    warnings.warn(
        AmbiguousDateOrder(f"{path.name}: every date reads both as day/month and month/day; using {ORDERS[code]} "
                           "(choose with {option})"),
        stacklevel=5,
    )
    return code


def _stretches(triples: np.ndarray, valid: np.ndarray, pair: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Orders for a file that mixes two orders: the cheapest reading of its dates, in sequence.

    A Viterbi pass over the distinct dates in the order they first appear, with two states
    (the two orders) and the costs above: it finds where the file changes order and which
    lone dates fit neither their stretch nor the sequence. A Python loop over distinct dates
    (a few thousand at most), run only for files that disagree with themselves.
    """
    days = [_ordinals(triples, valid, code).tolist() for code in pair]
    cost, last = [0.0, 0.0], [-1, -1]
    back: list[tuple[tuple[int, bool], tuple[int, bool]]] = []
    for i in range(len(triples)):
        step_cost, step_last, step_back = [0.0, 0.0], [0, 0], [(0, False), (0, False)]
        for t in (0, 1):
            day = days[t][i]
            if day < 0:  # this order cannot read the date: leave it out and stay
                readable = days[1 - t][i] >= 0
                step_cost[t], step_last[t], step_back[t] = cost[t] + (_LEAVE_OUT if readable else 0.0), last[t], (t, False)
                continue
            best, best_from = float("inf"), t
            for s in (t, 1 - t):
                c = cost[s] + (_SWITCH if s != t else 0.0)
                if last[s] >= 0:
                    c += (_BACKWARD if day < last[s] else 0.0) + _PER_DOUBLING * math.log2(1 + abs(day - last[s]))
                if c < best:
                    best, best_from = c, s
            step_cost[t], step_last[t], step_back[t] = best, day, (best_from, True)
        cost, last = step_cost, step_last
        back.append((step_back[0], step_back[1]))
    state = 0 if cost[0] <= cost[1] else 1
    chosen = np.full(len(triples), -1, dtype=np.int64)
    for i in range(len(triples) - 1, -1, -1):
        previous, kept = back[i][state]
        if kept:
            chosen[i] = pair[state]
        state = previous
    why = np.full(len(triples), "", dtype=object)
    for i in np.flatnonzero(chosen < 0).tolist():
        fits = [ORDERS[code] for code in pair if valid[i, code]]
        why[i] = (
            f"a date that reads only as {_WORDS[fits[0]]}, out of sequence with the dates around it"
            if fits else "not a valid date in any order"
        )
    return chosen, why


def _ordinals(triples: np.ndarray, valid: np.ndarray, code: int) -> np.ndarray:
    """Each date as a day number when read in this order; -1 where the order cannot read it."""
    days = _day_ns(triples, np.where(valid[:, code], code, -1)) // (86_400 * 10**9)
    return np.where(valid[:, code], days, -1)  # FIRST_YEAR and later: positive


def _spread(triples: np.ndarray, valid: np.ndarray, code: int) -> tuple[int, float]:
    """How out of sequence the dates are in one order: backward steps, and the doublings of
    the days between consecutive dates (dates this order cannot read are passed over)."""
    days = _ordinals(triples, valid, code)
    days = days[days >= 0]
    gaps = np.diff(days)
    return int((gaps < 0).sum()), float(np.log2(1 + np.abs(gaps)).sum())


def _valid(triples: np.ndarray) -> np.ndarray:
    """(dates x 4) booleans: does each date exist, between FIRST_YEAR and LAST_YEAR, in each order."""
    valid = np.zeros((len(triples), len(ORDERS)), dtype=bool)
    for code, order in enumerate(ORDERS):
        year, month, day = _ymd(triples, order)
        leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
        month_days = _MONTH_DAYS[np.clip(month, 0, 12)] + (leap & (month == 2))
        valid[:, code] = (month >= 1) & (month <= 12) & (day >= 1) & (day <= month_days)
        valid[:, code] &= (year >= FIRST_YEAR) & (year <= LAST_YEAR)
    return valid


def _ymd(triples: np.ndarray, order: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Year, month, day columns for a date order; two-digit years are 20xx."""
    cols = {key: triples[:, i] for i, key in enumerate(order)}
    year = np.where(cols["y"] < 100, cols["y"] + 2000, cols["y"])
    return year, cols["m"], cols["d"]


def _date_keys(triples: np.ndarray, order: str) -> np.ndarray:
    """yyyymmdd numbers of the dates read in an order: they sort as the dates do."""
    year, month, day = _ymd(triples, order)
    return year * 10000 + month * 100 + day


def _backward_steps(triples: np.ndarray, order: str) -> int:
    """How often a date comes before the one above it, read in this order."""
    return int((np.diff(_date_keys(triples, order)) < 0).sum())


def _day_ns(triples: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Midnight of each distinct date, read in its own order, as epoch nanoseconds (naive); 0
    for the dates that are not dates (their messages are left out)."""
    year = np.full(len(triples), 1970, dtype=np.int64)
    month, day = np.ones_like(year), np.ones_like(year)
    for code, name in enumerate(ORDERS):
        rows = order == code
        if rows.any():
            y, m, d = _ymd(triples[rows], name)
            year[rows], month[rows], day[rows] = y, m, d
    months = (year - 1970) * 12 + (month - 1)
    days = months.astype("datetime64[M]").astype("datetime64[D]") + (day - 1)
    return days.astype("datetime64[ns]").view(np.int64)
