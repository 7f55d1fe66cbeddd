"""Object-array helpers shared by the timeline and the journal's bulk import (numpy only).

`np.full` takes ~40x longer than `empty` + `fill` for object arrays, and pandas' own
conversions go through Python objects one by one; these helpers stay in C.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["filled", "objects"]


def filled(n: int, value: Any) -> np.ndarray:
    """An object array of `n` times `value`."""
    array = np.empty(n, dtype=object)
    array.fill(value)
    return array


def objects(values: Any) -> np.ndarray:
    """`values` (a list, an array or a Series) as a 1-d object array."""
    if hasattr(values, "to_numpy"):
        return values.to_numpy(dtype=object)
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array
