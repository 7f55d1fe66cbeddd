"""Valid exports of every supported format, written from one list of invented messages.

Each `Export` keeps its records apart (one per message, as the format writes it) so a test can
damage one chosen message and know which messages the damage touched. `expected` is what
`load_messages(path, me=ME, tz="UTC")` should give for each message: UTC time, sender, text.
Names, numbers and texts are invented.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

ME, THEM = "Alex Doe", "Robin Vale"
NUMBER = "+15555550100"
TEXTS = (
    "ok", "see you at 8?", "sounds good 😊", "Café at noon, then the park", "running late, sorry",
    "first line\nsecond line", "a list:\n1. bread\n2. milk", "12 apples\n2024 was a long year",
    "31/01/2024 was the day", "she said \"fine\" and left", "ça va, merci", "👨\u200d👩\u200d👧 family dinner",
    "tab\there", "ünïcödé ½ ﬁ", "[not a header] just brackets", "the 10:30 train",
)
START = datetime(2023, 3, 13, 8, 0)


@dataclass
class Message:
    at: datetime  # UTC, whole minutes
    sender: str
    text: str

    @property
    def out(self) -> bool:
        return self.sender == ME


@dataclass
class Export:
    """A file as records: head + sep.join(records) + tail; record i is message order[i]."""

    name: str
    head: str
    records: list[str]
    tail: str
    sep: str
    expected: list[tuple[str, str, str]]
    order: list[int] = field(default_factory=list)  # message index of each record, in file order
    style: object = None  # the writer, to render a record again with other values

    def text(self) -> str:
        return self.head + self.sep.join(self.records) + self.tail


def messages(seed: int, count: int) -> list[Message]:
    """Seeded messages a few minutes to a day apart, so dates pass the 12th of the month."""
    rng = random.Random(seed)
    at, found = START, []
    for i in range(count):
        at += timedelta(minutes=rng.choice((1, 3, 20, 95, 400, 1300)))
        text = f"{rng.choice(TEXTS)} #{i}"
        found.append(Message(at, rng.choice((ME, THEM)), text))
    return found


def stamp(at: datetime) -> str:
    return at.replace(tzinfo=timezone.utc).isoformat(sep=" ")


# WhatsApp: three phones' settings. Each writes a header and the text (lines joined by "\n").
def whatsapp_android(at: datetime, sender: str, text: str) -> str:
    return f"{at:%d/%m/%Y, %H:%M} - {sender}: {text}\n"


def whatsapp_us_es(at: datetime, sender: str, text: str) -> str:
    """Month first, 12-hour with the Spanish "a. m." / "p. m." and no-break spaces; hour 00 for
    the midnight hour, as some phones write it."""
    marker = "a.\u00a0m." if at.hour < 12 else "p.\u00a0m."
    return f"{at.month:02d}/{at.day:02d}/{at:%Y}, {at.hour % 12:02d}:{at:%M}\u00a0{marker} - {sender}: {text}\n"


def whatsapp_ios(at: datetime, sender: str, text: str) -> str:
    return f"[{at:%d.%m.%y, %H:%M:%S}] {sender}: {text}\n"


def whatsapp(style, found: list[Message], name: str) -> Export:
    records = [style(m.at, m.sender, m.text) for m in found]
    expected = [(stamp(m.at), m.sender, m.text) for m in found]
    return Export(name, "", records, "", "", expected, list(range(len(found))), style)


def telegram_record(m: Message, index: int, unix: str | None = None, date: str | None = None) -> str:
    record = {"id": 100 + index, "type": "message", "date": date or f"{m.at:%Y-%m-%dT%H:%M:%S}"}
    if unix != "":
        record["date_unixtime"] = unix or str(int(m.at.replace(tzinfo=timezone.utc).timestamp()))
    record.update({"from": m.sender, "from_id": "user1" if m.out else "user4242", "text": m.text})
    return _indent(json.dumps(record, indent=1, ensure_ascii=False), "  ")


def telegram(found: list[Message]) -> Export:
    head = '{\n "name": "Robin Vale",\n "type": "personal_chat",\n "id": 4242,\n "messages": [\n'
    records = [telegram_record(m, i) for i, m in enumerate(found)]
    expected = [(stamp(m.at), m.sender, m.text) for m in found]
    return Export("result.json", head, records, "\n ]\n}\n", ",\n", expected, list(range(len(found))), telegram_record)


def messenger_record(m: Message, index: int, ms: object = None) -> str:
    record = {"sender_name": m.sender, "timestamp_ms": _ms(m) if ms is None else ms, "content": _mangle(m.text)}
    return _indent(json.dumps(record, indent=2), "    ")


def messenger(found: list[Message]) -> Export:
    head = '{\n  "participants": [\n    {"name": "Robin Vale"},\n    {"name": "Alex Doe"}\n  ],\n  "messages": [\n'
    order = list(range(len(found)))[::-1]  # newest first, as Meta writes them
    records = [messenger_record(found[i], i) for i in order]
    tail = '\n  ],\n  "title": "Robin Vale",\n  "thread_path": "inbox/robinvale_7"\n}\n'
    expected = [(stamp(m.at), m.sender, m.text) for m in found]
    return Export("message_1.json", head, records, tail, ",\n", expected, order, messenger_record)


def sigtop_record(m: Message, index: int, ms: object = None) -> str:
    record = {"type": "outgoing" if m.out else "incoming", "sent_at": _ms(m) if ms is None else ms,
              "body": m.text, "source": None if m.out else NUMBER, "conversationId": "c7"}
    return _indent(json.dumps(record, indent=1, ensure_ascii=False), " ")


def sigtop(found: list[Message]) -> Export:
    records = [sigtop_record(m, i) for i, m in enumerate(found)]
    expected = [(stamp(m.at), ME if m.out else NUMBER, m.text) for m in found]
    return Export("robin.json", "[\n", records, "\n]\n", ",\n", expected, list(range(len(found))), sigtop_record)


def sms_record(m: Message, index: int, date: object = None) -> str:
    body = escape(m.text, {'"': "&quot;", "\n": "&#10;", "\t": "&#9;"})
    when = _ms(m) if date is None else date
    return (f'  <sms protocol="0" address="{NUMBER}" date="{when}" type="{2 if m.out else 1}" body="{body}" '
            f'read="1" status="-1" readable_date="{m.at:%d %b %Y %H:%M:%S}" contact_name="Robin Vale" />\n')


def sms(found: list[Message]) -> Export:
    head = f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"{len(found)}\" backup_set=\"b7\">\n"
    records = [sms_record(m, i) for i, m in enumerate(found)]
    expected = [(stamp(m.at), ME if m.out else THEM, m.text) for m in found]
    return Export("sms-20240301.xml", head, records, "</smses>\n", "", expected, list(range(len(found))), sms_record)


def signal_record(m: Message, index: int, when: str | None = None) -> str:
    lines = m.text.split("\n")
    who = "Me" if m.out else m.sender
    return f"[{when or f'{m.at:%Y-%m-%d %H:%M:%S}'}] {who}: " + "  \n".join(lines) + "  \n\n"


def signal(found: list[Message]) -> Export:
    records = [signal_record(m, i) for i, m in enumerate(found)]
    expected = [(stamp(m.at), "Me" if m.out else m.sender, m.text) for m in found]
    return Export("chat.md", "", records, "", "", expected, list(range(len(found))), signal_record)


def csv_record(m: Message, index: int, at: str | None = None) -> str:
    text = '"' + m.text.replace('"', '""') + '"'
    return f"{at or f'{m.at:%Y-%m-%dT%H:%M:%S}Z'},{m.sender},{text}\n"


def csv(found: list[Message]) -> Export:
    records = [csv_record(m, i) for i, m in enumerate(found)]
    expected = [(stamp(m.at), m.sender, m.text) for m in found]
    return Export("messages.csv", "at,sender,text\n", records, "", "", expected, list(range(len(found))), csv_record)


WRITERS = {
    "whatsapp_android": lambda found: whatsapp(whatsapp_android, found, "WhatsApp Chat with Robin Vale.txt"),
    "whatsapp_us_es": lambda found: whatsapp(whatsapp_us_es, found, "WhatsApp Chat with Robin Vale.txt"),
    "whatsapp_ios": lambda found: whatsapp(whatsapp_ios, found, "_chat.txt"),
    "telegram": telegram,
    "messenger": messenger,
    "sigtop": sigtop,
    "sms": sms,
    "signal": signal,
    "csv": csv,
}


def _ms(m: Message) -> int:
    return int(m.at.replace(tzinfo=timezone.utc).timestamp() * 1000)


def _mangle(text: str) -> str:
    """Meta's way of writing text: every UTF-8 byte as its own \\u00XX character."""
    return text.encode("utf-8").decode("latin-1")


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.split("\n"))
