"""The records of a damaged JSON export, read one by one when the whole document will not parse.

Telegram, Messenger/Instagram and sigtop keep their messages in one array (under "messages",
or the root array for sigtop). When a file is cut short, has a line cut or a stray byte inside
a record, or holds its opening lines a second time, `json.loads` rejects all of it. `salvage`
instead decodes each record of each such array with `raw_decode`; after a record it cannot
decode it skips to where the next record starts (a line indented like the first record's
opening brace), noting the damaged one in the report. The simple fields written before each
array (a chat's name, type, id) and `personal_information` are picked up too, so the loaders
see the shape they expect.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import ImportFormatError
from .report import Report

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[\s,]*")
_SCALAR = re.compile(r'"(name|type|id|title|threadName)"\s*:\s*("(?:[^"\\\n]|\\.)*"|-?\d+)')
_PERSONAL = re.compile(r'"personal_information"\s*:\s*')


def salvage(text: str, key: str, path: Path, error: json.JSONDecodeError, report: Report) -> Any:
    """A document rebuilt from the readable records of a damaged JSON export.

    A root array (sigtop) comes back as the list of its readable records; an object holding
    one `key` array as that object's simple fields plus `key`; several (a full Telegram export)
    as {"personal_information": …, "chats": {"list": [...]}}. Raises the original parse error
    when no record at all can be read.
    """
    body = text.lstrip("\ufeff \t\r\n")
    offset = len(text) - len(body)
    noted = len(report.skipped) + len(report.repaired)
    try:
        return _rebuild(text, body, offset, key, path, error, report)
    finally:
        if len(report.skipped) + len(report.repaired) == noted:  # the damage lies outside the messages
            report.skip("line", error.lineno, f"not valid JSON here ({error.msg}); read past it", message=False)


def _rebuild(text: str, body: str, offset: int, key: str, path: Path, error: json.JSONDecodeError, report: Report) -> Any:
    """`salvage` proper: the readable records, in the document's shape."""
    unreadable = ImportFormatError(f"{path.name}, line {error.lineno} column {error.colno}: not valid JSON ({error.msg})")
    if body.startswith("["):
        records, _ = _records(text, offset + 1, key, report)
        if not records:
            raise unreadable from error
        return records
    pattern = re.compile(rf'"{re.escape(key)}"\s*:\s*\[')
    chats, end = [], 0
    for match in pattern.finditer(text):
        if match.start() < end:
            continue  # inside an array already read (a repeated opening spliced into it)
        header = _header(text[end : match.start()])
        records, end = _records(text, match.end(), key, report)
        chats.append({**header, key: records})
    if not any(chat[key] for chat in chats):
        raise unreadable from error
    if len(chats) == 1:
        return {**_personal(text), **chats[0]}
    return {**_personal(text), "chats": {"list": chats}}


def _header(text: str) -> dict[str, Any]:
    """The simple fields (name, type, id, title) written before an array: the last of each."""
    fields: dict[str, Any] = {}
    for match in _SCALAR.finditer(text):
        try:
            fields[match[1]] = json.loads(match[2])
        except json.JSONDecodeError:
            continue
    return fields


def _personal(text: str) -> dict[str, Any]:
    """A full Telegram export's `personal_information` object, when it can be read."""
    match = _PERSONAL.search(text)
    if match is None:
        return {}
    try:
        value, _ = _DECODER.raw_decode(text, match.end())
    except json.JSONDecodeError:
        return {}
    return {"personal_information": value} if isinstance(value, dict) else {}


def _records(text: str, start: int, key: str, report: Report) -> tuple[list[Any], int]:
    """The records of the array that starts at `start` (just after its "["), and where it ends.

    A record that does not decode is reported (with its line) and left out; reading goes on
    where the next record opens the way the first one did. A record that is itself the file's
    opening again (an object holding `key`, or a list) has its records spliced in.
    """
    records: list[Any] = []
    opener: re.Pattern | None = None
    position, spliced = start, False
    while True:
        position = _SPACE.match(text, position).end()
        if position >= len(text):
            if not spliced:
                report.repair("line", text.count("\n") + 1, "the file ends before its list of messages is closed (it may have been cut short)")
            return records, position
        if text[position] == "]":
            return records, position + 1
        if opener is None:
            opener = _opener(text, start)
        try:
            value, end = _DECODER.raw_decode(text, position)
        except (json.JSONDecodeError, RecursionError) as exc:
            line = text.count("\n", 0, position) + 1
            found = opener.search(text, position + 1) if opener else None
            following = text.index("{", found.start()) if found else -1
            if following < 0 and text.rstrip()[-1:] not in ("]", "}"):  # a whole file ends closing its array
                report.skip("line", line, "the file ends inside this message (it was cut short)")
            else:
                detail = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
                rest = "" if following >= 0 else "; nothing after it could be read"
                report.skip("line", line, f"a damaged message, not valid JSON ({detail}){rest}")
            if following < 0:
                return records, len(text)
            position = following
            continue
        inner = value if isinstance(value, list) else value.get(key) if isinstance(value, dict) else None
        if isinstance(inner, list) and (isinstance(value, list) or _looks_like_opening(value, key)):
            report.skip("line", text.count("\n", 0, position) + 1, "the export's opening lines appear again here; read past them", message=False)
            records.extend(inner)
            spliced = True
        else:
            records.append(value)
        position = end


_OBJECT_LINE = re.compile(r'\n([ \t]*)\{\s*"((?:[^"\\\n]|\\.)*)"\s*:')
_OBJECT = re.compile(r'\{"((?:[^"\\\n]|\\.)*)"\s*:')


def _opener(text: str, start: int) -> re.Pattern | None:
    """Where a record of the array at `start` opens, to resume at the next one after damage.

    Pretty-printed: a "{" line at the records' indentation (the least indentation deeper than
    the array's own line: nested objects sit deeper, a repeated opening of the file less deep)
    whose first key is the one most records there start with (so a sibling list such as
    Messenger's participants is not taken for messages). Minified: a "{" and that first key.
    None when neither can be told.
    """
    line_start = text.rfind("\n", 0, start) + 1
    own = len(text[line_start:start]) - len(text[line_start:start].lstrip(" \t"))
    heads: Counter[tuple[str, str]] = Counter()
    for match, _ in zip(_OBJECT_LINE.finditer(text, start - 1), range(400)):
        if len(match[1]) > own:
            heads[(match[1], match[2])] += 1
    if heads:
        depth = min(len(indent) for indent, _ in heads)
        indent, key = max((head for head in heads if len(head[0]) == depth), key=heads.__getitem__)
        return re.compile(r"\n" + re.escape(indent) + r'\{\s*"' + re.escape(key) + r'"\s*:')
    keys = Counter(match[1] for match, _ in zip(_OBJECT.finditer(text, start), range(400)))
    return re.compile(r'\{"' + re.escape(keys.most_common(1)[0][0]) + r'"\s*:') if keys else None


def _looks_like_opening(value: dict, key: str) -> bool:
    """An object holding the message array (not a message): the export's opening repeated."""
    return key in value and not any(field in value for field in ("date", "timestamp_ms", "sent_at", "from", "sender_name"))
