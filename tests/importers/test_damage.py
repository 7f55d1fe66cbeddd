"""Damage fuzz: valid exports of every format, damaged at random, read with `load_messages`.

Each example writes a seeded export (tests/importers/exports.py), damages it one way, aimed at
one message, and reads it. The import must either succeed with every message the damage did
not touch present and intact (time, sender, text) and every touched message still there or
accounted for by the report, or, only when too little of the file is left to be an export,
fail with one ImportFormatError line naming the file. Any other exception fails the test.
Damage that the reader can always see (an impossible date, a NUL byte, a record cut inside a
JSON or XML file) must be reported. Bounded: a few examples per format and damage.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile_kit.errors import ImportFormatError
from reconcile_kit.importers import load_messages

from . import exports
from .exports import ME, THEM, Message

LINE_FORMATS = ("whatsapp_android", "whatsapp_us_es", "whatsapp_ios", "signal", "csv")
JSON_FORMATS = ("telegram", "messenger", "sigtop")
DAMAGES = ("truncated_line", "impossible_date", "nul_byte", "other_locale", "opening_again", "cut_mid_record")
# A line that begins like a header of these formats is never glued onto the message above it.
HEADER_START = {
    "whatsapp_android": re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(,| \d)"),
    "whatsapp_us_es": re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(,| \d)"),
    "whatsapp_ios": re.compile(r"\[\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(,| \d)"),
    "signal": re.compile(r"\[\d{4}-\d\d-\d\d"),
}
FUZZ = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@dataclass
class Damaged:
    """A damaged export and what the damage may have done."""

    text: str
    expected: list[tuple[str, str, str]]  # the messages the file still holds
    touched: set[int] = field(default_factory=set)  # may be altered, gone (if reported) or left out
    may_grow: set[int] = field(default_factory=set)  # may gain the remains of a cut line as more text
    extra: int = 0  # new rows the damage may add (a line from another locale)
    copies: bool = False  # rows that repeat an original exactly are allowed
    must_report: bool = False


def damage(export: exports.Export, found: list[Message], kind: str, fmt: str, pick: float, where: float) -> Damaged:
    """Apply one damage aimed at the record at `pick` (0-1), at `where` (0-1) inside it."""
    records, n = list(export.records), len(export.records)
    slot = min(int(pick * n), n - 1)
    message = export.order[slot]
    result = Damaged("", list(export.expected), touched={message})
    if kind == "truncated_line":
        lines = records[slot].split("\n")
        row = min(int(where * len(lines)), len(lines) - 1)
        if len(lines[row]) > 1:
            lines[row] = lines[row][: max(1, int(where * len(lines[row])))]
        records[slot] = "\n".join(lines)
        if not records[slot].strip() and fmt not in JSON_FORMATS:  # nothing left: the record is simply gone
            del records[slot]
            result.expected.remove(export.expected[message])
            result.touched = set()
        elif fmt in HEADER_START and row == 0 and slot and not HEADER_START[fmt].match(lines[0]):
            result.may_grow = {export.order[slot - 1]}
        result.must_report = fmt in JSON_FORMATS and not _valid_json(export.head + export.sep.join(records) + export.tail)
    elif kind == "impossible_date":
        records[slot] = _impossible(export, found[message], message, fmt, where)
        result.must_report = True
    elif kind == "nul_byte":
        at = int(where * len(records[slot]))
        records[slot] = records[slot][:at] + "\x00" + records[slot][at:]
        result.must_report = True
    elif kind == "other_locale":
        records.insert(slot + 1, _other_locale(found[message], fmt))
        result.touched, result.extra = set(), 1
    elif kind == "opening_again":
        records.insert(slot + 1, _opening(export, fmt))
        result.touched, result.copies = set(), True
        result.must_report = fmt in JSON_FORMATS + ("sms", "csv")
    elif kind == "cut_mid_record":
        slot = max(slot, 1)
        message = export.order[slot]
        cut = records[slot][: int(where * len(records[slot]))]
        kept = records[:slot] + [cut]
        result.text = export.head + export.sep.join(kept)
        if not cut.strip():  # cut between two records: the file simply ends earlier
            result.expected = [export.expected[i] for i in sorted(export.order[:slot])]
            result.touched = set()
            result.must_report = fmt in JSON_FORMATS + ("sms",)  # the array or backup is left open
            return result
        result.expected = [export.expected[i] for i in sorted(export.order[:slot + 1])]
        result.touched = {result.expected.index(export.expected[message])}
        first_line = cut.split("\n", 1)[0]
        if fmt in HEADER_START and not HEADER_START[fmt].match(first_line):
            previous = export.expected[export.order[slot - 1]]
            result.may_grow = {result.expected.index(previous)}
        result.must_report = fmt in JSON_FORMATS + ("sms",)
        return result
    result.text = export.head + export.sep.join(records) + export.tail
    return result


def _valid_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _impossible(export: exports.Export, m: Message, index: int, fmt: str, where: float) -> str:
    """The record written again with a date or time that cannot exist."""
    if fmt.startswith("whatsapp"):
        record = export.records[export.order.index(index)]
        if where < 0.5:  # 30 February, in the phone's own order
            date = {"whatsapp_android": "30/02/2023", "whatsapp_us_es": "02/30/2023", "whatsapp_ios": "30.02.23"}[fmt]
            return re.sub(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}", date, record, count=1)
        return re.sub(r"(\d{1,2}):(\d\d)", "25:61" if fmt != "whatsapp_us_es" else "13:61", record, count=1)
    bad = "soon" if where < 0.5 else -86_400_000
    return {
        "telegram": lambda: export.style(m, index, unix=str(bad)),
        "messenger": lambda: export.style(m, index, ms=bad),
        "sigtop": lambda: export.style(m, index, ms=bad),
        "sms": lambda: export.style(m, index, date=bad),
        "signal": lambda: export.style(m, index, when="2023-02-30 10:00:00"),
        "csv": lambda: export.style(m, index, at="2023-02-30 10:00"),
    }[fmt]()


def _other_locale(m: Message, fmt: str) -> str:
    """A new message written the way another phone, app version or language writes it."""
    later = Message(m.at, THEM, "hola, ¿qué tal?")
    return {
        "whatsapp_android": lambda: exports.whatsapp_us_es(later.at, THEM, later.text),
        "whatsapp_us_es": lambda: f"{m.at:%Y-%m-%d}, {m.at:%H:%M} - {THEM}: {later.text}\n",
        "whatsapp_ios": lambda: exports.whatsapp_android(later.at, THEM, later.text),
        "telegram": lambda: exports.telegram_record(later, 999, unix="", date=f"{m.at:%d.%m.%Y %H:%M:%S}"),
        "messenger": lambda: exports.messenger_record(Message(m.at, THEM, "Vous avez envoyé une pièce jointe."), 999),
        "sigtop": lambda: exports.sigtop_record(later, 999),
        "sms": lambda: exports.sms_record(later, 999).replace(f"{m.at:%d %b %Y}", f"{m.at:%d.%m.%Y}"),
        "signal": lambda: f"[{m.at:%Y-%m-%d}, {m.at:%H:%M}] {THEM}: {later.text}  \n\n",
        "csv": lambda: f"{m.at:%d.%m.%Y %H:%M},{THEM},{later.text}\n",
    }[fmt]()


def _opening(export: exports.Export, fmt: str) -> str:
    """The file's opening written again: its head, or its first records when it has none."""
    if fmt in JSON_FORMATS:
        return export.head.rstrip("\n[").rstrip() + "\n" if fmt == "sigtop" else export.head.rstrip("\n")
    return export.head if export.head else "".join(export.records[:3])


def check(damaged: Damaged, result, name: str) -> None:
    """The promise: untouched messages intact; touched ones intact, reported or left as rows."""
    if isinstance(result, ImportFormatError):
        message = str(result)
        assert "\n" not in message and message.startswith(name), message
        mine = [i for i, (_, sender, _) in enumerate(damaged.expected) if sender in (ME, "Me") and i not in damaged.touched]
        if not mine and "none of the messages is from" in message:
            return  # what is left holds none of my messages: the usual error, as for any file
        assert len(damaged.expected) - len(damaged.touched) < 5, f"refused a file with most messages intact: {message}"
        return
    rows = Counter(zip(result["at"].astype(str), result["sender"], result["text"]))
    grew = 0  # the remains of a cut line read as more text of the message above (not lost)
    for i, original in enumerate(damaged.expected):
        if i in damaged.touched:
            continue
        if rows[original] > 0:
            rows[original] -= 1
            continue
        grown = [r for r in rows if rows[r] and i in damaged.may_grow and r[:2] == original[:2] and r[2].startswith(original[2])]
        assert grown, f"message {i} {original} is missing or changed"
        rows[grown[0]] -= 1
        grew += 1
    missing = 0
    for i in sorted(damaged.touched):
        if rows[damaged.expected[i]] > 0:
            rows[damaged.expected[i]] -= 1
        else:
            missing += 1
    originals = set(damaged.expected)
    extras = [r for r, count in rows.items() for _ in range(count) if not (damaged.copies and r in originals)]
    report = result.attrs["skipped"] + result.attrs["repaired"]
    assert len(extras) <= missing + damaged.extra, f"unexpected rows {extras}"
    assert missing <= len(extras) + len(report) + grew, "a touched message is gone and nothing says so"
    if damaged.must_report:
        assert report, "the damage was not reported"
    assert all(entry["number"] >= 1 and entry["reason"] for entry in report)


@pytest.mark.parametrize("kind", DAMAGES)
@pytest.mark.parametrize("fmt", list(exports.WRITERS))
@FUZZ
@given(seed=st.integers(0, 2**16), count=st.integers(20, 60), pick=st.floats(0, 1, exclude_max=True),
       where=st.floats(0, 1, exclude_max=True))
def test_damaged_exports_keep_every_undamaged_message(tmp_path, fmt, kind, seed, count, pick, where):
    found = exports.messages(seed, count)
    export = exports.WRITERS[fmt](found)
    damaged = damage(export, found, kind, fmt, pick, where)
    path = tmp_path / export.name
    path.write_bytes(damaged.text.encode("utf-8"))
    try:
        result = load_messages(path, me=ME, tz="UTC")
    except ImportFormatError as exc:
        result = exc
    check(damaged, result, export.name)


@pytest.mark.parametrize("fmt", list(exports.WRITERS))
def test_undamaged_exports_read_exactly(tmp_path, fmt):
    found = exports.messages(7, 40)
    export = exports.WRITERS[fmt](found)
    (tmp_path / export.name).write_text(export.text(), encoding="utf-8")
    frame = load_messages(tmp_path / export.name, me=ME, tz="UTC")
    assert list(zip(frame["at"].astype(str), frame["sender"], frame["text"])) == export.expected
    assert (frame.attrs["skipped"], frame.attrs["repaired"]) == ([], [])
