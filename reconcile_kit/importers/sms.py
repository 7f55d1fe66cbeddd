"""SMS Backup & Restore (SyncTech) XML: `<sms>` and `<mms>` records.

Direction comes from `sms@type` (1 received, 2 sent) and `mms@msg_box` (1 inbox, 2 sent); other
boxes (drafts, outbox, failed) are skipped. Times are epoch milliseconds (MMS sometimes seconds).
Emoji written as UTF-16 surrogate-pair character references, which XML parsers reject, are
joined into one character reference before parsing. See docs/importing.md (SMS Backup & Restore).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

from ._frame import Options, Raw, clean, digits, fail, same_number
from ._io import wants_progress

_PAIR = re.compile(rb"&#(?:(5[5-6]\d{3})|x([dD][89abAB][0-9a-fA-F]{2}));&#(?:(5[6-7]\d{3})|x([dD][c-fC-F][0-9a-fA-F]{2}));")
_LONE = re.compile(rb"&#(?:5[5-7]\d{3}|x[dD][89a-fA-F][0-9a-fA-F]{2});")
_CHUNK = 2**20
_KEEP = {"1": False, "2": True}  # box -> sent by the user


def load(path: Path, options: Options) -> Raw:
    """Read the messages with one contact from an SMS Backup & Restore XML file."""
    rows = list(_records(path, options))
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
    )


def _select(rows: list[dict], people: dict[str, tuple[str, str]], options: Options, path: Path) -> list[dict]:
    """Keep the rows with `contact` (number or name); an error lists the people when it is needed."""
    if options.contact is None:
        if len(people) <= 1:
            return rows
        listing = "; ".join(f"{name or address} ({address})" for name, address in list(people.values())[:15])
        raise fail(path, "", f"messages with {len(people)} people; pass contact= with one number or name: {listing}")
    want = options.contact.strip()
    kept = [
        r for r in rows
        if any(same_number(a, want) for a in r["address"].split("~")) or r["name"].casefold() == want.casefold()
    ]
    if not kept:
        raise fail(path, "", f"no messages with {want!r}; the contacts in this file are: {'; '.join(n or a for n, a in list(people.values())[:15])}")
    return kept


def _records(path: Path, options: Options):
    """Yield one dict per kept sms/mms element, streaming the file and clearing as it goes."""
    parser = ET.XMLPullParser(events=("end",))
    index = 0
    try:
        for chunk in _fixed_chunks(path, options):
            parser.feed(chunk)
            for _, element in parser.read_events():
                if element.tag in ("sms", "mms"):
                    index += 1
                    row = _sms(element) if element.tag == "sms" else _mms(element)
                    if row is not None:
                        _check(row, index, path)
                        yield row
                    element.clear()
        parser.close()
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else "?"
        raise fail(path, f"line {line}", f"not valid SMS Backup & Restore XML ({exc})") from exc


def _check(row: dict, index: int, path: Path) -> None:
    if row["ms"] is None:
        raise fail(path, f"record {index}", "expected a 'date' attribute in epoch milliseconds")


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
    """Epoch milliseconds; values below 1e11 are seconds (some MMS rows)."""
    if value is None or not value.strip().lstrip("-").isdigit():
        return None
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

