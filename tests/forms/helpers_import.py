"""A small chat for the import forms' tests: a load_messages-shaped frame and a WhatsApp text export."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pandas as pd

START = datetime(2026, 3, 1, 12, tzinfo=timezone.utc)


def messages(texts: list[tuple[str, str]], start: datetime = START) -> pd.DataFrame:
    """A load_messages-shaped frame from (direction, text) rows, a day apart."""
    return pd.DataFrame({
        "at": pd.to_datetime([start + timedelta(days=i) for i in range(len(texts))], utc=True),
        "sender": ["Sam" if d == "in" else "Alex" for d, _ in texts], "direction": [d for d, _ in texts],
        "channel": "text", "kind": "text", "text": [t for _, t in texts], "chars": [len(t) for _, t in texts],
        "source": "whatsapp", "uid": [f"u{i}" for i in range(len(texts))],
    })  # fmt: skip


def whatsapp(lines: list[tuple[str, str, str]]) -> bytes:
    """A WhatsApp export (day/month/year) from (day as DD/MM/YYYY, sender, text) rows, at 18:30."""
    body = "".join(f"{day}, 18:30 - {sender}: {text}\n" for day, sender, text in lines)
    return body.encode("utf-8")


EXPORT = whatsapp([
    ("13/01/2026", "Alex", "hi, how are you?"), ("13/01/2026", "Sam <b>B</b>", "haha good thanks x"),
    ("14/01/2026", "Alex", "see you soon"), ("14/01/2026", "Sam <b>B</b>", "ok."),
    ("20/03/2026", "Alex", "hello again"), ("21/03/2026", "Sam <b>B</b>", "lovely to hear from you"),
])  # fmt: skip
