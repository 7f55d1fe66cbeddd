"""Telegram Desktop "Export chat history" as machine-readable JSON (`result.json`).

A single-chat export has the chat at the root; a full account export lists chats under
`chats.list` and says who the user is in `personal_information.user_id`. Times come from
`date_unixtime` (UTC); only very old exports without it fall back to the local `date`.
See docs/importing.md (Telegram).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ._frame import Options, Raw, clean, fail
from ._io import load_json, read_bytes

_MEDIA_KEYS = ("photo", "file", "media_type", "sticker_emoji", "location_information", "contact_information", "poll")
_CALLS = {"phone_call", "group_call", "invite_to_group_call"}


def load(path: Path, options: Options) -> Raw:
    """Read one chat of a Telegram JSON export into column lists."""
    root = load_json(read_bytes(path, options.progress), path)
    if not isinstance(root, dict):
        raise fail(path, "", "expected a Telegram result.json object with 'messages' or 'chats'")
    chat = _pick_chat(root, options, path)
    messages = chat.get("messages")
    if not isinstance(messages, list):
        raise fail(path, f"chat {chat.get('name')!r}", "expected a 'messages' list")
    rows = [_row(m, i, path) for i, m in enumerate(messages) if isinstance(m, dict) and m.get("type") in ("message", "service")]
    own = _own_id(root, chat)
    epoch = all(r["unix"] is not None for r in rows)
    at = [int(r["unix"]) * 1_000_000_000 for r in rows] if epoch else [r["date"] for r in rows]
    out = None if own is None else np.array([r["from_id"] == own for r in rows], dtype=bool)
    if own is not None and chat.get("type") == "personal_chat" and "personal_information" not in root:
        out = np.array([r["from_id"] != own for r in rows], dtype=bool)
    return Raw(
        at=at if epoch else _naive(at, path),
        sender=[r["sender"] for r in rows],
        text=[r["text"] for r in rows],
        kind=[r["kind"] for r in rows],
        out=out,
        local=not epoch,
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
    raise fail(path, "", f"{what} in this export; pass chat= with one of: {listing}")


def _own_id(root: dict, chat: dict) -> str | None:
    """The `from_id` of the user's own messages, or for a 1:1 single-chat export the contact's."""
    info = root.get("personal_information")
    if isinstance(info, dict) and info.get("user_id") is not None:
        return f"user{info['user_id']}"
    if chat.get("type") == "personal_chat" and chat.get("id") is not None:
        return f"user{chat['id']}"
    return None


def _row(message: dict, index: int, path: Path) -> dict[str, Any]:
    """One message or service record as plain values."""
    service = message["type"] == "service"
    unix = message.get("date_unixtime")
    if unix is not None and not str(unix).lstrip("-").isdigit():
        raise fail(path, f"message {message.get('id', index)}", f"date_unixtime {unix!r} is not a number of seconds")
    if service:
        kind = "call" if message.get("action") in _CALLS else "system"
    else:
        kind = "media" if any(message.get(key) for key in _MEDIA_KEYS) else "text"
    sender = message.get("actor" if service else "from") or ("" if service else "Deleted Account")
    return {
        "unix": unix,
        "date": str(message.get("date", "")),
        "sender": clean(str(sender)),
        "from_id": message.get("actor_id" if service else "from_id"),
        "text": clean(_text(message)),
        "kind": kind,
    }


def _text(message: dict) -> str:
    """Full text: `text_entities` joined, else `text` as a string or a list of parts."""
    entities = message.get("text_entities")
    if isinstance(entities, list) and entities:
        return "".join(str(e.get("text", "")) if isinstance(e, dict) else str(e) for e in entities)
    text = message.get("text", "")
    if isinstance(text, list):
        return "".join(str(p.get("text", "")) if isinstance(p, dict) else str(p) for p in text)
    return str(text)


def _naive(dates: list[str], path: Path) -> np.ndarray:
    """Parse the local ISO `date` fields (old exports without date_unixtime)."""
    import pandas as pd

    stamps = pd.to_datetime(pd.Series(dates, dtype=object), format="ISO8601", errors="coerce")
    bad = np.flatnonzero(stamps.isna().to_numpy())
    if bad.size:
        raise fail(path, f"message {int(bad[0]) + 1}", f"date {dates[int(bad[0])]!r} is not an ISO date-time")
    return stamps.to_numpy().astype("datetime64[ns]")
