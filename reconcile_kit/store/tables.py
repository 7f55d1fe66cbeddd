"""The journal's smaller tables as plain functions: settings, reflections, checklist ticks, habits, check-ins.

Each function takes the journal's `Database` (connection.py) and reaches SQLite only through its
`write()` and `query()`, so every write here is also one transaction. `Journal`'s methods of the
same names are thin public wrappers (their docstrings are the user's documentation). Functions
that stamp a time take `now`, the journal's clock (`clock.now_for`: the demo journal's fixed
clock, else the current time); it is called only when no `at` is given.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..errors import InvalidInteraction, UnknownEntry
from .rows import iso

if TYPE_CHECKING:
    import pandas as pd

    from .connection import Database

__all__ = [
    "NAME_MAX", "REFLECTION_MAX",
    "get_setting", "set_setting", "settings",
    "add_reflection", "reflections", "latest_reflection",
    "set_ticked", "ticked",
    "add_habit", "habits", "check_in", "check_ins",
]  # fmt: skip

NAME_MAX = 200
REFLECTION_MAX = 100_000
Clock = Callable[[], datetime]


def _clean(field: str, value: Any, maximum: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInteraction(f"{field} is empty: write a few words (1-{maximum:,} characters)", field=field)
    value = value.strip()
    if len(value) > maximum:
        raise InvalidInteraction(f"{field} has {len(value):,} characters; the most is {maximum:,}", field=field)
    return value


def _frame(rows: list[tuple[Any, ...]], names: list[str], times: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=names)
    for name in times:
        frame[name] = pd.to_datetime(frame[name], utc=True, format="ISO8601").astype("datetime64[ns, UTC]")
    frame["id"] = frame["id"].astype("int64")
    return frame


def _stamp(at: datetime | None, now: Clock) -> str:
    return iso(at if at is not None else now())


# -- settings (JSON values) -----------------------------------------------------------------


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    """Setting `key` decoded from JSON, or `default`."""
    rows = db.query("SELECT value FROM settings WHERE key = ?", (key,))
    if not rows:
        return default
    import json  # here, not at the top: the CLI's start-up reads settings it seldom finds

    return json.loads(rows[0][0])


def set_setting(db: Database, key: str, value: Any) -> None:
    """Store `value` as JSON under `key`; None removes it."""
    import json

    if value is None:
        with db.write() as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (key,))
        return
    try:
        encoded = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        raise InvalidInteraction(
            f"setting {key!r} must be text, a number, true/false, a list or a dict, "
            f"not {type(value).__name__}",
            field=key,
        ) from None
    with db.write() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, encoded),
        )


def settings(db: Database) -> dict[str, Any]:
    """Every setting, decoded, keys sorted."""
    import json

    return {key: json.loads(value) for key, value in db.query("SELECT key, value FROM settings ORDER BY key")}


# -- reflections ----------------------------------------------------------------------------


def add_reflection(db: Database, prompt_id: str, text: str, *, at: datetime | None, now: Clock) -> int:
    """Save an answer to `prompt_id`; return its id."""
    prompt = _clean("prompt_id", prompt_id, NAME_MAX)
    body = _clean("text", text, REFLECTION_MAX)
    with db.write() as conn:
        cursor = conn.execute(
            "INSERT INTO reflections (prompt_id, text, at) VALUES (?, ?, ?)", (prompt, body, _stamp(at, now))
        )
    return int(cursor.lastrowid or 0)


def reflections(db: Database, prompt_id: str | None = None) -> pd.DataFrame:
    """Saved reflections (columns id, prompt_id, text, at), oldest first."""
    where, params = ("WHERE prompt_id = ?", (prompt_id,)) if prompt_id else ("", ())
    rows = db.query(f"SELECT id, prompt_id, text, at FROM reflections {where} ORDER BY at, id", params)
    return _frame(rows, ["id", "prompt_id", "text", "at"], ("at",))


def latest_reflection(db: Database, prompt_id: str) -> str | None:
    """The most recent answer to `prompt_id`, or None."""
    rows = db.query(
        "SELECT text FROM reflections WHERE prompt_id = ? ORDER BY at DESC, id DESC LIMIT 1", (prompt_id,)
    )
    return rows[0][0] if rows else None


# -- checklist ------------------------------------------------------------------------------


def set_ticked(db: Database, item_id: str, done: bool, *, at: datetime | None, now: Clock) -> None:
    """Tick (or untick) `item_id`; ticking again keeps the first time."""
    item = _clean("item_id", item_id, NAME_MAX)
    with db.write() as conn:
        if done:
            conn.execute(
                "INSERT INTO checklist (item_id, ticked_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (item, _stamp(at, now)),
            )
        else:
            conn.execute("DELETE FROM checklist WHERE item_id = ?", (item,))


def ticked(db: Database) -> dict[str, datetime]:
    """Ticked items and when they were ticked, in ticking order."""
    rows = db.query("SELECT item_id, ticked_at FROM checklist ORDER BY ticked_at, item_id")
    return {item: datetime.fromisoformat(stamp) for item, stamp in rows}


# -- habits and check-ins -------------------------------------------------------------------


def add_habit(db: Database, name: str, *, at: datetime | None, now: Clock) -> int:
    """Put a habit on the watch list; return its id."""
    clean = _clean("name", name, NAME_MAX)
    with db.write() as conn:
        cursor = conn.execute("INSERT INTO habits (name, created_at) VALUES (?, ?)", (clean, _stamp(at, now)))
    return int(cursor.lastrowid or 0)


def habits(db: Database) -> pd.DataFrame:
    """The watch list (columns id, name, created_at), oldest first."""
    rows = db.query("SELECT id, name, created_at FROM habits ORDER BY id")
    return _frame(rows, ["id", "name", "created_at"], ("created_at",))


def check_in(db: Database, habit_id: int, slipped: bool, note: str, *, at: datetime | None, now: Clock) -> int:
    """Record a check-in against `habit_id`; return its id."""
    text = note.strip() if isinstance(note, str) else ""
    if len(text) > REFLECTION_MAX:
        raise InvalidInteraction(f"note has {len(text):,} characters; the most is {REFLECTION_MAX:,}", field="note")
    with db.write() as conn:
        if not conn.execute("SELECT 1 FROM habits WHERE id = ?", (int(habit_id),)).fetchone():
            raise UnknownEntry(f"no habit with id {habit_id} is on the watch list")
        cursor = conn.execute(
            "INSERT INTO check_ins (habit_id, at, slipped, note) VALUES (?, ?, ?, ?)",
            (int(habit_id), _stamp(at, now), int(bool(slipped)), text),
        )
    return int(cursor.lastrowid or 0)


def check_ins(db: Database) -> pd.DataFrame:
    """Every check-in (columns id, habit_id, at, slipped, note), oldest first."""
    rows = db.query("SELECT id, habit_id, at, slipped, note FROM check_ins ORDER BY at, id")
    frame = _frame(rows, ["id", "habit_id", "at", "slipped", "note"], ("at",))
    frame["habit_id"] = frame["habit_id"].astype("int64")
    frame["slipped"] = frame["slipped"].astype(bool)
    return frame
