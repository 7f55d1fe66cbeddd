"""SMS Backup & Restore (SyncTech) XML: `<sms>` and `<mms>` records.

Direction comes from `sms@type` (1 received, 2 sent) and `mms@msg_box` (1 inbox, 2 sent); other
boxes (drafts, outbox, failed) are skipped. Times are epoch milliseconds (MMS sometimes seconds).
Emoji written as UTF-16 surrogate-pair character references, which XML parsers reject, are
joined into one character reference before parsing. A record without a usable date is left
out and reported; a file the XML parser rejects (cut short, a stray byte, a second copy of its
opening) is read again record by record (`_salvaged`), each damaged record reported.
See docs/importing.md (SMS Backup & Restore).
"""

from __future__ import annotations

import mmap
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from ._frame import Options, Raw, clean, digits, fail, plausible_ms, same_number, time_reason
from ._io import CONTROLS, note_controls, wants_progress
from .report import Report

_PAIR = re.compile(rb"&#(?:(5[5-6]\d{3})|x([dD][89abAB][0-9a-fA-F]{2}));&#(?:(5[6-7]\d{3})|x([dD][c-fC-F][0-9a-fA-F]{2}));")
_LONE = re.compile(rb"&#(?:5[5-7]\d{3}|x[dD][89a-fA-F][0-9a-fA-F]{2});")
_CHUNK = 2**20
_KEEP = {"1": False, "2": True}  # box -> sent by the user


def load(path: Path, options: Options) -> Raw:
    """Read the messages with one contact from an SMS Backup & Restore XML file."""
    report = Report()
    try:
        rows = list(_records(path, options, report))
    except ET.ParseError as exc:
        report = Report()
        rows = list(_salvaged(path, report))
        if not rows:
            line = exc.position[0] if getattr(exc, "position", None) else "?"
            raise fail(path, f"line {line}", f"not valid SMS Backup & Restore XML ({exc})") from exc
    people = {}
    for row in rows:
        people.setdefault(digits(row["address"])[-9:] or row["address"], (row["name"], row["address"]))
    rows = _select(rows, people, options, path)
    return Raw(
        at=[r["ms"] * 1_000_000 for r in rows],
        sender=[options.label if r["out"] else (r["name"] or r["address"]) for r in rows],
        text=[r["text"] for r in rows],
        kind=[r["kind"] for r in rows],
        out=np.array([r["out"] for r in rows], dtype=bool),
        report=report,
        unit="record",
        where=[r["number"] for r in rows],
    )


def _select(rows: list[dict], people: dict[str, tuple[str, str]], options: Options, path: Path) -> list[dict]:
    """Keep the rows with `contact` (number or name); an error lists the people when it is needed."""
    if options.contact is None:
        if len(people) <= 1:
            return rows
        listing = "; ".join(f"{name or address} ({address})" for name, address in list(people.values())[:15])
        raise fail(path, "", f"messages with {len(people)} people; choose one with {{option}} (a number or name): {listing}",
                   option="contact", choices=[name or address for name, address in people.values()])
    want = options.contact.strip()
    kept = [
        r for r in rows
        if any(same_number(a, want) for a in r["address"].split("~")) or r["name"].casefold() == want.casefold()
    ]
    if not kept:
        names = [n or a for n, a in people.values()]
        raise fail(path, "", f"no messages with {want!r}; the contacts in this file are: {'; '.join(names[:15])}",
                   option="contact", choices=names)
    return kept


def _records(path: Path, options: Options, report: Report) -> Iterator[dict]:
    """Yield one dict per kept sms/mms element, streaming the file and clearing as it goes."""
    parser = ET.XMLPullParser(events=("end",))
    number = 0
    for chunk in _fixed_chunks(path, options):
        parser.feed(chunk)
        for _, element in parser.read_events():
            if element.tag in ("sms", "mms"):
                number += 1
                row = _row_of(element, number, report)
                if row is not None:
                    yield row
                element.clear()
    parser.close()


def _row_of(element: ET.Element, number: int, report: Report) -> dict | None:
    """The row of a kept sms/mms element (None for drafts and the like, or a bad date: reported)."""
    row = _sms(element) if element.tag == "sms" else _mms(element)
    if row is None:
        return None
    if row["ms"] is None:
        report.skip("record", number, time_reason(_millis_or_text(element.get("date")), "date", "milliseconds"))
        return None
    return {**row, "number": number}


_RECORD = re.compile(rb"<(?:sms|mms)\b")
_CUT_INSIDE = "the file ends inside this record (it was cut short)"
# What may come before the first record: the XML declaration, comments, the <smses> tag.
_OPENING = re.compile(rb"<\?xml[^>]*\?>|<!--.*?-->|<smses\b[^>]*>", re.S)
_TRAILER = re.compile(rb"\s*</smses>\s*\Z")


def _salvaged(path: Path, report: Report) -> Iterator[dict]:
    """Rows of a damaged backup: each record (from one <sms or <mms to the next) parsed alone.

    A record that does not parse is reported with its line and left out; whatever follows a
    complete record up to the next one (a second copy of the file's opening, say) is reported
    and passed over. The file is mapped, not read, so a big backup is not copied into memory.
    """
    if path.stat().st_size == 0:
        return
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        controls = note_controls(data, report)
        starts = [match.start() for match in _RECORD.finditer(data)]
        opening = data[: starts[0]] if starts else b""
        leftover = _OPENING.sub(b"", opening.translate(None, CONTROLS)).strip()
        if leftover:  # a record cut short before the first whole one
            line = opening.count(b"\n", 0, max(opening.find(leftover[:8]), 0)) + 1
            report.skip("line", line, "text that is not a whole record (one cut short?), so it was left out")
        line, previous = 1, 0
        for number, (start, end) in enumerate(zip(starts, starts[1:] + [len(data)]), 1):
            line += data[previous:start].count(b"\n")
            previous = start
            piece = data[start:end]
            last = end == len(data)
            if last:
                closed = _TRAILER.search(piece) is not None
                piece = _TRAILER.sub(b"", piece)
            if controls:
                piece = piece.translate(None, CONTROLS)
            row = _parse_record(piece, line, number, last, report)
            if row is not None:
                yield row
        cut_inside = bool(report.skipped) and report.skipped[-1]["reason"] == _CUT_INSIDE
        if starts and not closed and not cut_inside:
            report.repair("line", line + data[starts[-1]:].count(b"\n"), "the file ends before the backup is closed (it may have been cut short)")


def _parse_record(piece: bytes, line: int, number: int, last: bool, report: Report) -> dict | None:
    """One record's row; damage in or after it is reported."""
    parser = ET.XMLPullParser(events=("end",))
    element = None
    try:
        parser.feed(b"<r>" + _fix(piece) + b"</r>")
        for _, found in parser.read_events():
            if found.tag in ("sms", "mms") and element is None:
                element = found
        parser.close()
    except ET.ParseError as exc:
        for _, found in parser.read_events():
            if found.tag in ("sms", "mms") and element is None:
                element = found
        if element is None:
            reason = _CUT_INSIDE if last else "a damaged record, not valid XML"
            report.skip("line", line, reason)
            return None
        where = line + (exc.position[0] - 1 if getattr(exc, "position", None) else 0)
        report.skip("line", where, "text after a record that is not a record (a second copy of the opening?), so it was left out",
                    message=False)
    return _row_of(element, number, report)


def _fixed_chunks(path: Path, options: Options):
    """The file in chunks, with surrogate-pair references joined (a chunk never ends inside one)."""
    size = path.stat().st_size
    bar = None
    if wants_progress(size, options.progress) and size > 0:
        from tqdm.auto import tqdm

        bar = tqdm(total=size, unit="B", unit_scale=True, desc=path.name)
    tail = b""
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            if bar is not None:
                bar.update(len(chunk))
            data = tail + chunk
            cut = data.rfind(b"&", max(0, len(data) - 24))
            data, tail = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
            yield _fix(data)
    if bar is not None:
        bar.close()
    if tail:
        yield _fix(tail)


def _fix(data: bytes) -> bytes:
    """Join `&#55357;&#56832;` into `&#128512;`; a lone surrogate becomes U+FFFD."""
    if b"&#" not in data:
        return data

    def join(match: re.Match) -> bytes:
        high = int(match[1]) if match[1] else int(match[2], 16)
        low = int(match[3]) if match[3] else int(match[4], 16)
        return b"&#%d;" % (0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))

    return _LONE.sub(b"&#65533;", _PAIR.sub(join, data))


def _millis(value: str | None) -> int | None:
    """Epoch milliseconds between FIRST_YEAR and LAST_YEAR; values below 1e11 are seconds (some
    MMS rows). None for anything else."""
    ms = _millis_or_text(value)
    return ms if plausible_ms(ms) else None


def _millis_or_text(value: str | None) -> int | str | None:
    """The date attribute as epoch milliseconds, or the text itself when it is not a number."""
    if value is None or not value.strip().lstrip("-").isdigit():
        return value
    number = int(value)
    return number * 1000 if abs(number) < 10**11 else number


def _sms(element: ET.Element) -> dict | None:
    out = _KEEP.get(element.get("type", ""))
    if out is None:
        return None
    text = clean(element.get("body") or "")
    return _row(element, out, text, "text")


def _mms(element: ET.Element) -> dict | None:
    out = _KEEP.get(element.get("msg_box", ""))
    if out is None:
        return None
    parts = element.findall("./parts/part")
    text = "\n".join(p.get("text") or "" for p in parts if p.get("ct") == "text/plain").strip("\n")
    media = any(p.get("ct") not in ("text/plain", "application/smil") for p in parts)
    row = _row(element, out, clean(text), "media" if media else "text")
    if not out and element.findall("./addrs/addr"):
        sender = [a.get("address", "") for a in element.findall("./addrs/addr") if a.get("type") == "137"]
        row["address"] = sender[0] if sender else row["address"]
    return row


def _row(element: ET.Element, out: bool, text: str, kind: str) -> dict:
    name = element.get("contact_name") or ""
    return {
        "ms": _millis(element.get("date")),
        "out": out,
        "address": element.get("address") or "",
        "name": "" if name in ("(Unknown)", "null") else clean(name),
        "text": text,
        "kind": kind,
    }

