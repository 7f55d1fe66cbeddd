"""Row conversions for the journal: `Interaction` <-> SQLite row, DataFrame -> rows to insert.

Used by `journal.py` (and `tables.py`, for `iso`). Kept apart so the vectorised checks of imported frames stay readable.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from ..errors import InvalidInteraction
from ..model import SUMMARY_MAX, TEXT_MAX, VOCABULARY, Interaction

if TYPE_CHECKING:
    import pandas as pd

# Stored columns in insert order; `deleted_at` is managed by the journal itself.
COLUMNS: tuple[str, ...] = (
    "uid", "at", "channel", "direction", "kind", "tone",
    "summary", "text", "mood", "source", "tags", "notes", "tone_by",
)  # fmt: skip
UNDO_KEEP = 200  # how many steps `undo` can go back
# The schema's column defaults (schema._V1): an import whose rows all hold the default
# leaves the column out of its INSERT, so fewer values are bound per row.
DEFAULTS: dict[str, Any] = {
    "tone": "none", "text": "", "mood": None, "source": "manual", "tags": "", "notes": "", "tone_by": "user",
}  # fmt: skip


def iso(moment: datetime) -> str:
    """Fixed-width ISO-8601 UTC text with microseconds, so text order equals time order."""
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def row_to_interaction(row: tuple[Any, ...]) -> Interaction:
    """Build an `Interaction` from a row selected in `COLUMNS` order."""
    values = dict(zip(COLUMNS, row))
    values["at"] = datetime.fromisoformat(values["at"])
    values["tags"] = tuple(tag for tag in values["tags"].split(",") if tag)
    return Interaction(**values)


def _short(summary: str) -> str:
    return summary if len(summary) <= 60 else summary[:59].rstrip() + "…"


def describe_undo(action: str, summary: str) -> str:
    """The plain sentence `Journal.undo` returns for an undone step."""
    if action == "add":
        return f"Removed the entry you just logged: '{_short(summary)}'"
    if action == "update":
        return f"Put back the entry as it was before your edit: '{_short(summary)}'"
    if action == "delete":
        return f"Brought back the entry you deleted: '{_short(summary)}'"
    count = int(summary)
    return f"Removed the {count:,} message{'s' if count != 1 else ''} you just imported"


def is_timeline_frame(frame: pd.DataFrame) -> bool:
    """True when `frame` already has the timeline columns (not a raw messages frame)."""
    return {"uid", "at", "channel", "direction", "kind", "summary"} <= set(frame.columns)


def _fail(field: str, message: str, position: int) -> InvalidInteraction:
    return InvalidInteraction(f"row {position + 1}: {field} {message}", field=field)


def _objects(source: Any, name: str, default: Any, n: int) -> Any:
    """Column `name` of `source` as an object array, a missing column or value as `default`."""
    import numpy as np
    import pandas as pd

    from ..arrays import filled, objects  # here, not at the top: numpy is not for every CLI start

    if name not in source:
        return filled(n, default)
    values = objects(source[name])
    missing = pd.isna(values)
    return np.where(missing, default, values) if missing.any() else values


def _single(values: Any) -> bool:
    """True when every value equals the first (one check then stands for the whole column)."""
    if len(values) == 0 or values[-1] != values[0]:  # most varying columns stop here
        return False
    return bool((values == values[0]).all())


def _text(source: Any, name: str, default: str, n: int, maximum: int, minimum: int = 0) -> Any:
    from ..arrays import filled

    values = _objects(source, name, default, n)
    if _single(values):
        return filled(n, _text_checked(values[:1], name, maximum, minimum)[0])
    return _text_checked(values, name, maximum, minimum)


def _text_checked(values: Any, name: str, maximum: int, minimum: int) -> Any:
    import numpy as np

    # A column-wise map with C builtins: several times faster than the `.str` accessor on
    # python-backed strings (a 1,000,000-row import spends most of its checking time here).
    try:  # str.strip takes str only; a column with other values (numbers) goes through str()
        stripped = np.fromiter(map(str.strip, values), dtype=object, count=len(values))
    except TypeError:
        stripped = np.fromiter(map(str.strip, map(str, values)), dtype=object, count=len(values))
    lengths = np.fromiter(map(len, stripped), dtype=np.int64, count=len(values))
    bad = (lengths < minimum) | (lengths > maximum)
    if bad.any():
        first = int(bad.argmax())
        raise _fail(name, f"{stripped[first][:30]!r} must be {minimum}-{maximum:,} characters", first)
    return stripped


def _vocab(source: Any, name: str, default: str | None, n: int) -> Any:
    import numpy as np
    import pandas as pd

    from ..arrays import filled

    values = _objects(source, name, default, n)
    allowed = VOCABULARY[name]
    checked = values[:1] if _single(values) else values
    found = pd.Index(allowed, dtype=object).get_indexer(checked)  # hashing in C; -1 = not allowed
    if (found < 0).any():
        first = int((found < 0).argmax())
        raise _fail(name, f"{str(checked[first])!r} is not one of: {', '.join(allowed)}", first)
    words = np.asarray(allowed, dtype=object)[found]  # the canonical str, also for enum members
    return filled(n, words[0]) if len(checked) < n else words


def _times(column: Any) -> tuple[Any, Any]:
    """Return (fixed-width ISO texts, stable time order) for the `at` column."""
    import numpy as np
    import pandas as pd

    from ..arrays import objects

    if pd.api.types.is_datetime64_any_dtype(getattr(column, "dtype", None)):
        stamps = pd.Series(pd.to_datetime(column, utc=True))
    else:
        stamps = pd.to_datetime(pd.Series(objects(column)), utc=True, format="ISO8601")
    if stamps.isna().any():
        raise _fail("at", "is missing", int(stamps.isna().to_numpy().argmax()))
    micro = stamps.dt.tz_convert(None).to_numpy().astype("datetime64[us]")
    texts = np.char.add(micro.astype("U26"), "+00:00").astype(object)
    return texts, np.argsort(micro, kind="stable")


def _moods(source: Any, n: int) -> Any:
    import numpy as np
    import pandas as pd

    from ..arrays import filled

    if "mood" not in source:
        return filled(n, None)
    values = source["mood"]
    raw = values.to_numpy() if hasattr(values, "to_numpy") else np.asarray(values, dtype=object)
    moods = pd.array(pd.to_numeric(pd.Series(raw), errors="coerce"), dtype="Int64")
    bad = ((moods < 1) | (moods > 5)).fillna(False)
    if bad.any():
        first = int(bad.to_numpy().argmax())
        raise _fail("mood", f"{moods[first]!r} must be 1-5 or empty", first)
    return moods.to_numpy(dtype=object, na_value=None)


class Batch:
    """Checked rows for one import: the columns bound per row, the vocabulary columns that hold
    one word on every row (written once into the statement), and the values, row by row; and the
    tone column when its values come while the rows are written (`frame_batch`, `later`).

    A plain class, not a dataclass: making a dataclass costs about a millisecond at import,
    and this module is imported by every `reconcile-kit` start.
    """

    __slots__ = ("names", "fixed", "values", "count", "later", "known")

    def __init__(self, names: tuple[str, ...], fixed: dict[str, str], values: list[Any], count: int, later: Any = None) -> None:
        self.names = names
        self.fixed = fixed
        self.values = values  # row-major: row 0's values for `names`, then row 1's, ...
        self.count = count
        self.later = later  # the tone column still being worked out (`upto`), or None
        self.known = 0 if later is not None else count  # rows whose values are all in `values`

    def insert_sql(self, rows: int = 1) -> str:
        """An INSERT OR IGNORE of `rows` rows per statement; fixed values are vocabulary words."""
        names = (*self.names, *self.fixed)
        one = "(" + ", ".join(["?"] * len(self.names) + [f"'{word}'" for word in self.fixed.values()]) + ")"
        return f"INSERT OR IGNORE INTO interactions ({', '.join(names)}) VALUES {', '.join([one] * rows)}"

    def chunks(self, rows: int, start: int, stop: int) -> Iterator[tuple[Any, ...]]:
        """Parameter tuples for rows `start` to `stop`, `rows` rows per tuple (made in C); tones that
        come later are taken, and checked, just before their rows are needed."""
        width = len(self.names)
        if self.known >= stop:
            flat = itertools.islice(self.values, start * width, stop * width)
            return zip(*[flat] * (width * rows))
        return self._taking(rows, start, stop)

    def _taking(self, rows: int, start: int, stop: int) -> Iterator[tuple[Any, ...]]:
        width = len(self.names)
        for at in range(start, stop, rows):
            if at + rows > self.known:
                self._take(min(self.count, at + rows + LATER_STEP))
            yield tuple(self.values[at * width : (at + rows) * width])

    def _take(self, upto: int) -> None:
        """Copy the tones of rows up to `upto` into `values`, refusing a word outside the vocabulary."""
        width, index = len(self.names), self.names.index("tone")
        tones = list(self.later.upto(upto)[self.known : upto])
        allowed = VOCABULARY["tone"]
        if not set(allowed).issuperset(tones):
            first = next(i for i, tone in enumerate(tones) if tone not in allowed)
            raise _fail("tone", f"{str(tones[first])!r} is not one of: {', '.join(allowed)}", self.known + first)
        self.values[self.known * width + index : upto * width : width] = tones
        self.known = upto


LATER_STEP = 4_096  # rows whose later tones are taken at once (each take may wait for scoring)


def frame_batch(messages: pd.DataFrame | dict[str, Any]) -> Batch:
    """Check a messages or timeline frame (vectorised); return its rows in `COLUMNS` order, by time.

    A messages frame (`load_messages`) is converted with `timeline.message_columns` first; the
    columns that function made (a dict) are taken as they are, tones marked on them or not. There
    the tone column may come later: an object whose `upto(count)` gives the first `count` tones
    (or more), read while the rows are written (suggested tones, `tone.imported`).
    Raises `InvalidInteraction` naming the first bad row, field and value.
    """
    built: dict[str, Any] = {}  # columns `message_columns` made itself, valid by construction
    if isinstance(messages, dict) or not is_timeline_frame(messages):
        from ..timeline import BUILT, message_columns

        source: Any = messages if isinstance(messages, dict) else message_columns(messages)
        built = {name: source[name] for name in BUILT if name != "tone" or "tone_by" not in source}  # a marked tone is checked
    else:
        source = messages.reset_index(drop=True)
    later = source["tone"] if isinstance(source, dict) and hasattr(source.get("tone"), "upto") else None
    n = len(source["uid"])
    times, order = _times(source["at"])
    columns = {
        "uid": _text(source, "uid", "", n, 200, minimum=1),
        "at": times,
        "channel": built["channel"] if "channel" in built else _vocab(source, "channel", None, n),
        "direction": _vocab(source, "direction", None, n),
        "kind": built["kind"] if "kind" in built else _vocab(source, "kind", None, n),
        "tone": later if later is not None else built["tone"] if "tone" in built else _vocab(source, "tone", "none", n),
        "summary": built["summary"] if "summary" in built else _text(source, "summary", "", n, SUMMARY_MAX, minimum=1),
        "text": _text(source, "text", "", n, TEXT_MAX),
        "mood": _moods(source, n),
        "source": _text(source, "source", "import", n, 40, minimum=1),
        "tags": _text(source, "tags", "", n, 2_000),
        "notes": _text(source, "notes", "", n, TEXT_MAX),
        "tone_by": _vocab(source, "tone_by", "user", n),
    }
    return _batch(columns, order, n)


def _batch(columns: dict[str, Any], order: Any, n: int) -> Batch:
    """Leave out columns that hold their schema default on every row, inline one-word vocabulary
    columns, and bind the rest in time order (the `at` index grows at its end; ties keep order).
    Tones that come later are bound too, and taken while the rows are written when the rows are
    already in time order (else all of them now)."""
    import numpy as np

    in_order = n < 2 or bool((order[1:] > order[:-1]).all())  # importers deliver time order
    later = columns["tone"] if hasattr(columns["tone"], "upto") else None
    if later is not None and not in_order:
        columns["tone"] = _vocab({"tone": np.asarray(later.upto(n)[:n], dtype=object)}, "tone", "none", n)
        later = None
    bound = {"tone"} if later is not None else set()
    fixed = {name: columns[name][0] for name in VOCABULARY if name in columns and name not in bound and _single(columns[name])}
    names = tuple(
        name for name in COLUMNS
        if name in bound or name not in fixed
        and not (name in DEFAULTS and _single(columns[name]) and columns[name][0] == DEFAULTS[name])
    )  # fmt: skip
    table = np.empty((n, len(names)), dtype=object)
    for index, name in enumerate(names):
        if name not in bound:
            table[:, index] = columns[name] if in_order else columns[name][order]
    return Batch(names, fixed, table.ravel().tolist(), n, later)
