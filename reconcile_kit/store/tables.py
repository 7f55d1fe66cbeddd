"""The journal's smaller tables: settings, reflections, checklist ticks, habits and check-ins.

A mixin of `Journal` (journal.py); it reaches SQLite only through the journal's `_write` and
`_query`, so every write here is also one transaction.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InvalidInteraction, UnknownEntry
from .rows import iso

if TYPE_CHECKING:
    import sqlite3

    import pandas as pd

NAME_MAX = 200
REFLECTION_MAX = 100_000


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


class ExtrasMixin:
    """Settings, reflections, checklist, habits and check-ins of a `Journal`."""

    path: Path

    if TYPE_CHECKING:

        def _write(self) -> AbstractContextManager[sqlite3.Connection]: ...
        def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]: ...

    def _stamp(self, at: datetime | None) -> str:
        from ..clock import now_for

        return iso(at if at is not None else now_for(self))

    # -- settings (JSON values) -----------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        """Return setting `key` (decoded from JSON), or `default` when it is not set."""
        rows = self._query("SELECT value FROM settings WHERE key = ?", (key,))
        if not rows:
            return default
        import json  # here, not at the top: the CLI's start-up reads settings it seldom finds

        return json.loads(rows[0][0])

    def set_setting(self, key: str, value: Any) -> None:
        """Store `value` (text, numbers, booleans, lists, dicts) under `key`; None removes it."""
        import json

        if value is None:
            with self._write() as conn:
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
        with self._write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, encoded),
            )

    def settings(self) -> dict[str, Any]:
        """Every setting as a dict, keys sorted."""
        import json

        return {key: json.loads(value) for key, value in self._query("SELECT key, value FROM settings ORDER BY key")}

    # -- reflections ----------------------------------------------------------------------

    def add_reflection(self, prompt_id: str, text: str, *, at: datetime | None = None) -> int:
        """Save an answer to prompt `prompt_id` (a GUIDE ID or a notebook prompt); return its id."""
        prompt = _clean("prompt_id", prompt_id, NAME_MAX)
        body = _clean("text", text, REFLECTION_MAX)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO reflections (prompt_id, text, at) VALUES (?, ?, ?)", (prompt, body, self._stamp(at))
            )
        return int(cursor.lastrowid or 0)

    def reflections(self, prompt_id: str | None = None) -> pd.DataFrame:
        """Saved reflections (columns id, prompt_id, text, at), oldest first."""
        where, params = ("WHERE prompt_id = ?", (prompt_id,)) if prompt_id else ("", ())
        rows = self._query(f"SELECT id, prompt_id, text, at FROM reflections {where} ORDER BY at, id", params)
        return _frame(rows, ["id", "prompt_id", "text", "at"], ("at",))

    def latest_reflection(self, prompt_id: str) -> str | None:
        """The most recent answer to `prompt_id`, or None."""
        rows = self._query(
            "SELECT text FROM reflections WHERE prompt_id = ? ORDER BY at DESC, id DESC LIMIT 1", (prompt_id,)
        )
        return rows[0][0] if rows else None

    # -- checklist ------------------------------------------------------------------------

    def set_ticked(self, item_id: str, done: bool = True, *, at: datetime | None = None) -> None:
        """Tick (or untick) checklist item `item_id`; ticking again keeps the first time."""
        item = _clean("item_id", item_id, NAME_MAX)
        with self._write() as conn:
            if done:
                conn.execute(
                    "INSERT INTO checklist (item_id, ticked_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    (item, self._stamp(at)),
                )
            else:
                conn.execute("DELETE FROM checklist WHERE item_id = ?", (item,))

    def ticked(self) -> dict[str, datetime]:
        """Ticked items and when they were ticked, in ticking order."""
        rows = self._query("SELECT item_id, ticked_at FROM checklist ORDER BY ticked_at, item_id")
        return {item: datetime.fromisoformat(stamp) for item, stamp in rows}

    # -- habits and check-ins -------------------------------------------------------------

    def add_habit(self, name: str, *, at: datetime | None = None) -> int:
        """Put an old habit on the watch list (GUIDE S5.3); return its id."""
        clean = _clean("name", name, NAME_MAX)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO habits (name, created_at) VALUES (?, ?)", (clean, self._stamp(at))
            )
        return int(cursor.lastrowid or 0)

    def habits(self) -> pd.DataFrame:
        """The watch list (columns id, name, created_at), oldest first."""
        rows = self._query("SELECT id, name, created_at FROM habits ORDER BY id")
        return _frame(rows, ["id", "name", "created_at"], ("created_at",))

    def check_in(self, habit_id: int, slipped: bool, note: str = "", *, at: datetime | None = None) -> int:
        """Record a check-in against habit `habit_id`: did the old habit come back? Return its id."""
        text = note.strip() if isinstance(note, str) else ""
        if len(text) > REFLECTION_MAX:
            raise InvalidInteraction(f"note has {len(text):,} characters; the most is {REFLECTION_MAX:,}", field="note")
        with self._write() as conn:
            if not conn.execute("SELECT 1 FROM habits WHERE id = ?", (int(habit_id),)).fetchone():
                raise UnknownEntry(f"no habit with id {habit_id} is on the watch list")
            cursor = conn.execute(
                "INSERT INTO check_ins (habit_id, at, slipped, note) VALUES (?, ?, ?, ?)",
                (int(habit_id), self._stamp(at), int(bool(slipped)), text),
            )
        return int(cursor.lastrowid or 0)

    def check_ins(self) -> pd.DataFrame:
        """Every check-in (columns id, habit_id, at, slipped, note), oldest first."""
        rows = self._query("SELECT id, habit_id, at, slipped, note FROM check_ins ORDER BY at, id")
        frame = _frame(rows, ["id", "habit_id", "at", "slipped", "note"], ("at",))
        frame["habit_id"] = frame["habit_id"].astype("int64")
        frame["slipped"] = frame["slipped"].astype(bool)
        return frame


__all__ = ["ExtrasMixin"]
