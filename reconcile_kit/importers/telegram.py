"""Telegram Desktop "Export chat history" as machine-readable JSON (`result.json`).

A single-chat export has the chat at the root; a full account export lists chats under
`chats.list` and says who the user is in `personal_information.user_id`. Times come from
`date_unixtime` (UTC); only very old exports without it fall back to the local `date`.
A message whose time cannot be read is left out and reported; a damaged file is read record
by record (`_salvage`). See docs/importing.md (Telegram).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ._frame import FIRST_YEAR, LAST_YEAR, Options, Raw, clean, fail, to_utc
from ._io import load_json, read_bytes
from .report import Report

_MEDIA_KEYS = ("photo", "file", "media_type", "sticker_emoji", "location_information", "contact_information", "poll")
_CALLS = {"phone_call", "group_call", "invite_to_group_call"}


def load(path: Path, options: Options) -> Raw:
    """Read one chat of a Telegram JSON export into column lists."""
    report = Report()
    root = load_json(read_bytes(path, options.progress), path, report)
    if not isinstance(root, dict):
        raise fail(path, "", "expected a Telegram result.json object with 'messages' or 'chats'")
    chat = _pick_chat(root, options, path)
    messages = chat.get("messages")
    if not isinstance(messages, list):
        raise fail(path, f"chat {chat.get('name')!r}", "expected a 'messages' list")
    rows = []
    for number, message in enumerate(messages, 1):
        if not isinstance(message, dict):
            report.skip("message", number, "not a JSON object")
        elif message.get("type") in ("message", "service"):
            row = _row(message)
            if isinstance(row, str):
                report.skip("message", number, row)
            else:
                rows.append({**row, "number": number})
    at, kept = _utc_ns(rows, options, report)
    if len(kept) < len(rows):
        at, rows = at[kept], [rows[i] for i in kept]
    own = _own_id(root, chat)
    out = None if own is None else np.array([r["from_id"] == own for r in rows], dtype=bool)
    if own is not None and chat.get("type") == "personal_chat" and "personal_information" not in root:
        out = np.array([r["from_id"] != own for r in rows], dtype=bool)
    return Raw(
        at=at,
        sender=[r["sender"] for r in rows],
        text=[r["text"] for r in rows],
        kind=[r["kind"] for r in rows],
        out=out,
        report=report,
        unit="message",
        where=[r["number"] for r in rows],
    )


def _pick_chat(root: dict, options: Options, path: Path) -> dict:
    """The chat itself (single-chat export) or the one named by `chat=` in a full export."""
    if "messages" in root:
        return root
    holder = root.get("chats")
    chats = [c for c in (holder or {}).get("list", []) if isinstance(c, dict)] if isinstance(holder, dict) else []
    left = root.get("left_chats")
    chats += [c for c in left.get("list", []) if isinstance(c, dict)] if isinstance(left, dict) else []
    if not chats:
        raise fail(path, "", "expected a Telegram export with 'messages' or a 'chats' list (choose JSON when exporting)")
    names = [str(c.get("name") or f"(unnamed {c.get('type', 'chat')})") for c in chats]
    if options.chat is None and len(chats) == 1:
        return chats[0]
    wanted = (options.chat or "").casefold().strip()
    found = [c for c, n in zip(chats, names) if n.casefold().strip() == wanted]
    if len(found) == 1:
        return found[0]
    listing = "; ".join(sorted(set(names))[:20])
    what = "several chats are" if found or options.chat is None else f"no chat is named {options.chat!r};"
    raise fail(path, "", f"{what} in this export; choose one with {{option}}: {listing}", option="chat", choices=sorted(set(names)))


def _own_id(root: dict, chat: dict) -> str | None:
    """The `from_id` of the user's own messages, or for a 1:1 single-chat export the contact's."""
    info = root.get("personal_information")
    if isinstance(info, dict) and info.get("user_id") is not None:
        return f"user{info['user_id']}"
    if chat.get("type") == "personal_chat" and chat.get("id") is not None:
        return f"user{chat['id']}"
    return None


def _row(message: dict) -> dict[str, Any] | str:
    """One message or service record as plain values, or why its time cannot be read."""
    service = message["type"] == "service"
    stamp = _time(message)
    if isinstance(stamp, str):
        return stamp
    if service:
        kind = "call" if message.get("action") in _CALLS else "system"
    else:
        kind = "media" if any(message.get(key) for key in _MEDIA_KEYS) else "text"
    sender = message.get("actor" if service else "from") or ("" if service else "Deleted Account")
    return {
        **stamp,
        "sender": clean(str(sender)),
        "from_id": message.get("actor_id" if service else "from_id"),
        "text": clean(_text(message)),
        "kind": kind,
    }


_FIRST_S, _LAST_S = 315_532_800, 4_102_444_800  # 1980-01-01 and 2100-01-01 in epoch seconds


def _time(message: dict) -> dict[str, Any] | str:
    """{"unix": seconds} from date_unixtime, or {"date": text} (an old export's local `date`,
    parsed later for all rows at once); a string saying why date_unixtime cannot be used."""
    unix = message.get("date_unixtime")
    if unix is None:
        return {"date": str(message.get("date", ""))}
    text = str(unix).strip()
    if not text.lstrip("-").isdigit():
        return f"date_unixtime {text[:40]!r} is not a number of seconds"
    if not _FIRST_S <= int(text) < _LAST_S:
        return f"date_unixtime {text} is not a time between {FIRST_YEAR} and {LAST_YEAR}"
    return {"unix": int(text)}


def _utc_ns(rows: list[dict[str, Any]], options: Options, report: Report) -> tuple[np.ndarray, list[int]]:
    """UTC epoch nanoseconds: date_unixtime where a record has it, else its local `date` read
    in tz. Returns the times and the indexes of the rows kept (a `date` that is no ISO date-time
    between FIRST_YEAR and LAST_YEAR is reported and its row left out)."""
    at = np.array([r.get("unix", 0) for r in rows], dtype=np.int64) * 1_000_000_000
    local = [i for i, r in enumerate(rows) if "date" in r]
    if not local:
        return at, list(range(len(rows)))
    import pandas as pd

    dates = pd.Series([rows[i]["date"] for i in local], dtype=object)
    stamps = pd.to_datetime(dates, format="ISO8601", errors="coerce")
    ok = (stamps.notna() & stamps.dt.year.between(FIRST_YEAR, LAST_YEAR)).to_numpy()
    for i, good in zip(local, ok.tolist()):
        if not good:
            report.skip("message", rows[i]["number"], f"date {rows[i]['date'][:40]!r} is not an ISO date-time between {FIRST_YEAR} and {LAST_YEAR}")
    if ok.any():
        naive = stamps[ok].to_numpy().astype("datetime64[ns]")
        at[np.array(local)[ok]] = to_utc(naive, options.tz).asi8
    dropped = set(np.array(local)[~ok].tolist())
    return at, [i for i in range(len(rows)) if i not in dropped]


def _text(message: dict) -> str:
    """Full text: `text_entities` joined, else `text` as a string or a list of parts."""
    entities = message.get("text_entities")
    if isinstance(entities, list) and entities:
        return "".join(str(e.get("text", "")) if isinstance(e, dict) else str(e) for e in entities)
    text = message.get("text", "")
    if isinstance(text, list):
        return "".join(str(p.get("text", "")) if isinstance(p, dict) else str(p) for p in text)
    return str(text)
