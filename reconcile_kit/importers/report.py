"""What an import could not read: the lines or records it left out or repaired, and the limit.

Every loader notes each place it could not read as written in a `Report`: `skip` for a line
or record left out (a damaged header, an impossible date, a record cut off), `repair` for one
read after a fix (a stray control character removed, bytes that are not UTF-8 replaced).
`load_messages` puts both lists on the frame (`attrs["skipped"]`, `attrs["repaired"]`), each
entry a plain dict: `{"where": "line 6", "unit": "line", "number": 6, "reason": "…", "message": True}`
("message" is False for a place that held no message of its own: the header row again, a
copy of a message already read).
`refuse_if_unreadable` is the one rule that turns a damaged file down (docs/importing.md,
"What we tolerate"), and `summary` is the sentence the CLI and the import form show.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ImportFormatError

__all__ = ["MAX_UNREADABLE", "Report", "entries", "refuse_if_unreadable", "summary"]

# More than one message line or record in five unreadable: the file is probably not what the
# kit takes it for (another format or locale), so nothing is imported.
MAX_UNREADABLE = 0.2
SHOWN = 3  # places named in a one-line summary; the full list is in the frame's attrs


@dataclass
class Report:
    """The places of one file that could not be read as written, in the order they were found."""

    skipped: list[dict[str, Any]] = field(default_factory=list)
    repaired: list[dict[str, Any]] = field(default_factory=list)

    def skip(self, unit: str, number: int, reason: str, message: bool = True) -> None:
        """Note a line or record left out (unit "line", "message" or "record"; numbers from 1).

        `message=False` for a place that held no message of its own (a repeated header, a
        copy): it is reported but does not count towards MAX_UNREADABLE.
        """
        self.skipped.append(_entry(unit, number, reason, message))

    def repair(self, unit: str, number: int, reason: str) -> None:
        """Note a line or record read after a repair; `reason` says what was done."""
        self.repaired.append(_entry(unit, number, reason, True))

    def in_order(self) -> None:
        """Sort each list by place (lines before messages before records), as a reader scans."""
        for found in (self.skipped, self.repaired):
            found.sort(key=lambda entry: (_UNITS.index(entry["unit"]), entry["number"]))


_UNITS = ("line", "message", "record")


def _entry(unit: str, number: int, reason: str, message: bool) -> dict[str, Any]:
    return {"where": f"{unit} {number}", "unit": unit, "number": int(number), "reason": reason, "message": message}


def refuse_if_unreadable(report: Report, read: int, path: Path) -> None:
    """Raise when nothing could be read, or more than MAX_UNREADABLE of the messages could not.

    `read` is how many messages were read; a single unreadable place gives its own error line
    (as a file with one bad line always did), several give the count and the first of them.
    """
    lost = [entry for entry in report.skipped if entry["message"]]
    bad = len(lost)
    if read and bad <= MAX_UNREADABLE * (read + bad):
        return
    if not lost:
        return  # nothing read and nothing lost: "no messages found" says it
    first = lost[0]
    if bad == 1:  # nothing is imported, so a reason's "so it was left out" would not be true
        raise ImportFormatError(f"{path.name}, {first['where']}: {_LEFT_OUT.sub('', first['reason'])}")
    raise ImportFormatError(
        f"{path.name}: {bad:,} of {read + bad:,} messages could not be read (more than one in five), so nothing "
        f"was imported; the first is {first['where']}: {first['reason']}"
    )


_LEFT_OUT = re.compile(r",? so it was left out.*$")


def entries(frame: Any, which: str = "skipped") -> list[dict[str, Any]]:
    """The frame's `attrs[which]` list ("skipped" or "repaired"), or [] for frames without one."""
    attrs = getattr(frame, "attrs", None)
    found = attrs.get(which) if isinstance(attrs, Mapping) else None
    return list(found) if isinstance(found, Sequence) else []


def summary(frame: Any, limit: int = SHOWN) -> str:
    """One sentence naming what could not be read, e.g. "2 lines could not be read (lines 6, 112)".

    Repairs follow in a second clause. "" when the import read everything as written.
    """
    parts = []
    for which, verb in (("skipped", "could not be read"), ("repaired", "were read after a repair")):
        found = entries(frame, which)
        if found:
            parts.append(f"{_count(found)} {_verb(found, verb)} ({_places(found, limit)})")
    return "; ".join(parts)


def _count(found: list[dict[str, Any]]) -> str:
    """"2 lines", "1 message", "1 line and 2 records"."""
    units: dict[str, int] = {}
    for entry in found:
        units[entry["unit"]] = units.get(entry["unit"], 0) + 1
    words = [f"{n:,} {unit if n == 1 else unit + 's'}" for unit, n in units.items()]
    return " and ".join(words)


def _verb(found: list[dict[str, Any]], verb: str) -> str:
    if len(found) == 1:
        return verb.replace("were ", "was ")
    return verb


def _places(found: list[dict[str, Any]], limit: int) -> str:
    """"lines 6, 112", "line 6", "lines 6, 7, 9 and 4 more"."""
    shown = found[:limit]
    groups: dict[str, list[str]] = {}
    for entry in shown:
        groups.setdefault(entry["unit"], []).append(str(entry["number"]))  # as an editor shows them
    text = "; ".join(f"{unit if len(nums) == 1 else unit + 's'} {', '.join(nums)}" for unit, nums in groups.items())
    more = len(found) - len(shown)
    return f"{text} and {more:,} more" if more else text
