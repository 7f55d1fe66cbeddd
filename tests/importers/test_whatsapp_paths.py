"""WhatsApp: the fast numpy header scanner and the regex fallback read every export to the same frame.

`whatsapp.load` takes `scan(...) or regex_fields(...)`: the scanner handles files whose headers
share a few layouts and gives up (None) otherwise. Each file here is read twice, once with the
scanner (which must accept it) and once with `scan` patched to give up, and the frames,
their reports (attrs), warnings and errors must be the same. The files: every WhatsApp fixture
in tests/data, the bundled sample, generated exports in each date order, 12 and 24 h, Android
and iPhone, the hour 00 of every 12-hour style, and damaged exports (headers cut short, an
impossible date or time, a stray control character, text before the first header).
"""

import random
import warnings
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest

from reconcile_kit.errors import ImportFormatError
from reconcile_kit.importers import load_messages, sample_path, whatsapp

DATA = Path(__file__).parents[1] / "data"
FIXTURES = sorted(DATA.glob("whatsapp_*.txt")) + [sample_path()]
ME = ["Alex Doe", "Alex", "Zoë Ångström"]  # the fixtures' own name, the sample's, and the third writer (so no chat reads as a group)


def read(path, fast, monkeypatch, **kw):
    """The frame (or the ImportFormatError text) and the warnings, through one path."""
    real, taken = whatsapp.scan, []

    def scan(*args):
        fields = real(*args) if fast else None
        taken.append(fields is not None)
        return fields

    with monkeypatch.context() as patch, warnings.catch_warnings(record=True) as caught:
        patch.setattr(whatsapp, "scan", scan)
        warnings.simplefilter("always")
        try:
            result = load_messages(path, me=ME, tz="UTC", **kw)
        except ImportFormatError as exc:
            result = str(exc)
    return result, [(w.category, str(w.message)) for w in caught], taken


def both(path, monkeypatch, **kw):
    """Read through the scanner (asserting it took the file) and through the fallback; compare."""
    quick, quick_warnings, taken = read(path, True, monkeypatch, **kw)
    assert taken == [True], f"{path.name}: the fast scanner gave up, so it was not compared"
    slow, slow_warnings, taken = read(path, False, monkeypatch, **kw)
    assert taken == [False]
    assert quick_warnings == slow_warnings
    if isinstance(quick, str) or isinstance(slow, str):
        assert quick == slow
    else:
        pd.testing.assert_frame_equal(quick, slow, check_exact=True)
        assert quick.attrs == slow.attrs
    return quick


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixtures_read_the_same_both_ways(path, monkeypatch):
    assert len(both(path, monkeypatch)) >= 2


@pytest.mark.parametrize("dayfirst", [True, False])
def test_an_ambiguous_file_reads_the_same_both_ways_with_dayfirst(dayfirst, monkeypatch):
    both(DATA / "whatsapp_ambiguous.txt", monkeypatch, dayfirst=dayfirst)


@pytest.mark.parametrize(
    "text",
    [
        "31/13/2024, 21:41 - Sam: hi\n13/01/2024, 21:42 - Alex Doe: x\n",
        "31/01/2024, 21:40 - Alex Doe: hi\n31/01/2024, 25:41 - Alex Doe: hi\n",
        "31/01/2024, 21:40 - Alex Doe: hi\n30/02/2024, 21:41 - Alex Doe: hi\n",
        "31/01/2024, 21:40 - Sam Roe: hi\n",
    ],
    ids=["mixed-order", "bad-time", "bad-date", "me-matches-nobody"],
)
def test_errors_name_the_same_line_both_ways(tmp_path, text, monkeypatch):
    path = tmp_path / "chat.txt"
    path.write_text(text, encoding="utf-8")
    assert isinstance(both(path, monkeypatch), str)


# Generated exports: every date order, 12 and 24 h, Android "date, time - name: " and iPhone
# "[date, time] name: " headers, multi-line bodies, and lines inside bodies that start like a
# header (digits, "[" or an invisible mark) without being one.
ORDERS = ("dmy", "mdy", "ymd", "ydm")
SEPARATORS = {"dmy": "/", "mdy": "/", "ymd": "-", "ydm": "."}
MARKERS = ("\u202fPM", " PM", " pm", " p.m.", "\u00a0p.\u00a0m.")  # the afternoon; "A"/"a" for the morning
BODIES = (
    "ok", "see you at 8?", "sounds good 😊", "👨\u200d👩\u200d👧 family", "<Media omitted>",
    "This message was deleted", "Missed voice call", "fine <This message was edited>",
    "first line\nsecond line", "a list:\n1. bread\n2. milk", "blank inside\n\nand after",
    "12 apples\n2024 was long\n[not a header]\n\u200eodd mark", "31/01/2024 was the day\nyes",
    "the note said 01/03/2019, 08:00 - Alex Doe: hi", "ends with blank lines\n\n",
)
SENDERS = ("Alex Doe", "Robin Vale", "Zoë Ångström")
CASES = [(order, clock, style) for order in ORDERS for clock in (24, 12) for style in ("android", "ios")]


def stamp(at, order, clock, style, case):
    """A header's date and time as a phone with these settings writes them."""
    year = f"{at:%Y}" if order[0] == "y" or case % 2 else f"{at:%y}"
    pad = case % 3 != 0  # some phones write 01/02, others 1/2
    day, month = (f"{at.day:02d}", f"{at.month:02d}") if pad else (str(at.day), str(at.month))
    parts = {"d": day, "m": month, "y": year}
    date = SEPARATORS[order].join(parts[key] for key in order)
    seconds = f":{at.second:02d}" if style == "ios" else ""
    if clock == 24:
        return f"{date}, {at:%H}:{at:%M}{seconds}"
    marker = MARKERS[case % len(MARKERS)]
    if at.hour < 12:
        marker = marker.replace("P", "A").replace("p", "a")
    return f"{date}, {(at.hour % 12) or 12}:{at:%M}{seconds}{marker}"


def write_export(path, order, clock, style, case, messages=150):
    """A seeded export; returns the UTC times, senders and texts the reader should find."""
    rng = random.Random(f"{order}{clock}{style}")
    at = datetime(2023, 10, 20, 0, 5, 7)  # months stay two-digit, so the layouts stay few
    lines, expected = [], []
    if style == "android":
        lines.append(f"{stamp(at, order, clock, style, case)} - Messages and calls are end-to-end encrypted.\n")
        expected.append((at.replace(second=0), "", "Messages and calls are end-to-end encrypted."))
    for _ in range(messages):
        at += timedelta(minutes=rng.choice((0, 1, 7, 55, 300, 1440)), seconds=rng.randint(0, 59))
        sender, body = rng.choice(SENDERS), rng.choice(BODIES)
        if style == "ios" and body == "<Media omitted>":
            head, body = f"\u200e[{stamp(at, order, clock, style, case)}] {sender}: ", "\u200eimage omitted"
        elif style == "ios":
            head = f"[{stamp(at, order, clock, style, case)}] {sender}: "
        else:
            head = f"{stamp(at, order, clock, style, case)} - {sender}: "
        lines.append(head + body + "\n")
        text = body.replace("\u200e", "").rstrip("\n").removesuffix(" <This message was edited>")
        expected.append((at if style == "ios" else at.replace(second=0), sender, text))
    text = "".join(lines)
    if case % 5 == 2:
        text = "\ufeff" + text.replace("\n", "\r\n")  # a byte order mark and Windows line ends
    path.write_bytes(text.encode("utf-8"))
    return expected


@pytest.mark.parametrize(("order", "clock", "style"), CASES, ids=[f"{o}-{c}h-{s}" for o, c, s in CASES])
def test_generated_exports_read_the_same_both_ways(tmp_path, order, clock, style, monkeypatch):
    path = tmp_path / "WhatsApp Chat with Robin Vale.txt"
    expected = write_export(path, order, clock, style, CASES.index((order, clock, style)))
    frame = both(path, monkeypatch)
    at, senders, texts = zip(*expected)
    assert frame["at"].dt.tz_localize(None).tolist() == list(at)
    assert (frame["sender"].tolist(), frame["text"].tolist()) == (list(senders), list(texts))


# Hour 00 on a 12-hour clock (some phones write it for the midnight and the noon hour): every
# marker style the header accepts, read as 12, so "a.m." is just after midnight.
TWELVE = ("AM", "am", "a.m.", "a. m.", "\u202fa.\u00a0m.", "\u00a0AM")


@pytest.mark.parametrize("marker", TWELVE)
def test_hour_00_on_a_12_hour_clock_is_the_twelve_oclock_hour(tmp_path, marker, monkeypatch):
    evening = marker.replace("A", "P").replace("a", "p")
    path = tmp_path / "chat.txt"
    path.write_text(f"1/31/24, 00:08 {marker} - Alex Doe: late\n1/31/24, 00:15 {evening} - Sam Roe: noon\n", encoding="utf-8")
    assert both(path, monkeypatch)["at"].dt.strftime("%H:%M").tolist() == ["00:08", "12:15"]


def test_ten_thousand_messages_with_three_damaged_headers(tmp_path, monkeypatch):
    start = datetime(2023, 1, 13, 8, 0)
    lines = [f"{start + timedelta(minutes=7 * i):%d/%m/%Y, %H:%M} - {SENDERS[i % 2]}: message {i}" for i in range(10_000)]
    lines[5] = "31/02/2023, 10:00 - Robin Vale: no such day"
    lines[4_000] = lines[4_000][:15]  # "dd/mm/yyyy, HH:" and the rest lost
    lines[9_998] = lines[9_998][:12] + "25:61" + lines[9_998][17:]
    path = tmp_path / "chat.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    frame = both(path, monkeypatch)
    assert len(frame) == 9_997
    assert [entry["number"] for entry in frame.attrs["skipped"]] == [6, 4_001, 9_999]


DAMAGED = {
    "cut-in-the-time": "31/01/2024, 21:4\n",
    "cut-in-the-name": "31/01/2024, 21:45 - Robin V\n",
    "impossible-date": "31/02/2024, 21:45 - Sam Roe: no such day\n",
    "impossible-time": "31/01/2024, 21:75 - Sam Roe: no such minute\n",
    "nul-in-a-header": "31/01/2024, 21:\x0045 - Robin Vale: kept\n",
    "text-before-the-first-header": "",
}


@pytest.mark.parametrize("line", DAMAGED.values(), ids=DAMAGED)
def test_damaged_exports_read_the_same_both_ways(tmp_path, line, monkeypatch):
    path = tmp_path / "WhatsApp Chat with Robin Vale.txt"
    expected = write_export(path, "dmy", 24, "android", 1)
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    text = (["the end of a message whose header is lost\n"] + text) if not line else text[:40] + [line, "and its second line\n"] + text[40:]
    path.write_text("".join(text), encoding="utf-8")
    frame = both(path, monkeypatch)
    assert len(frame) == len(expected) + (1 if "kept" in line else 0)
    assert len(frame.attrs["skipped"]) + len(frame.attrs["repaired"]) == 1
