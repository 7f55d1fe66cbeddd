"""Importers bend, not break: damaged exports are read past, and the frame says what was not read.

The fixtures in tests/data are invented and each carries the traits docs/importing.md ("What we
tolerate") lists; tests/importers/test_damage.py fuzzes the same promise over every format.
"""

import json

import pandas as pd
import pytest

from reconcile_kit.errors import ImportFormatError
from reconcile_kit.importers import detect_format, load_messages, summary

from .test_whatsapp import DATA, load


def places(frame, which="skipped"):
    return [(entry["where"], entry["reason"]) for entry in frame.attrs[which]]


def test_the_twelve_hour_export_with_hour_00_reads_every_line():
    frame = load("whatsapp_es_12h_midnight.txt")
    assert frame["at"].dt.strftime("%H:%M").tolist() == ["23:50", "23:52", "23:59", "00:03", "00:05", "00:08", "00:09", "12:15", "13:30"]
    assert (frame["text"][5], frame["kind"][5], frame.attrs["skipped"]) == ('Robin Vale created group "Cena del viernes"', "system", [])


def test_years_of_a_phone_keep_every_readable_message():
    frame = load("whatsapp_years.txt")
    assert len(frame) == 15
    assert places(frame) == [("line 6", "a message header cut short (the line ends inside the date or time)"),
                             ("line 9", "not a valid date in any order")]
    assert places(frame, "repaired") == [("line 8", "a stray control character (NUL) was removed")]


def test_after_a_phone_change_each_stretch_keeps_its_date_order():
    at = load("whatsapp_years.txt")["at"].dt.strftime("%m-%d %H:%M").tolist()
    assert at[8:] == ["04-02 20:30", "04-05 08:05", "04-05 08:06", "04-13 00:00", "04-13 00:01", "04-13 00:20", "04-20 17:45"]


@pytest.mark.parametrize("row, text", [(4, "sure"), (6, "ugh, sorry"), (7, "happy birthday!!\n🎂🎂"), (8, "thank you")])
def test_edit_markers_in_other_languages_and_stray_bytes_leave_the_text(row, text):
    assert load("whatsapp_years.txt")["text"][row] == text


def test_one_line_from_another_phone_does_not_change_how_the_rest_reads(tmp_path):
    lines = [f"1/{day}/24, 9:{day:02d} PM - {'Sam Roe' if day % 2 else 'Alex Doe'}: day {day}\n" for day in range(1, 13)]
    path = tmp_path / "chat.txt"
    path.write_text("".join(lines[:6] + ["20/01/24, 9:00 PM - Sam Roe: from another phone\n"] + lines[6:]), encoding="utf-8")
    frame = load_messages(path, me="Alex Doe", tz="UTC")
    assert frame["at"].dt.strftime("%m-%d").tolist() == [f"01-{day:02d}" for day in range(1, 13)]
    assert places(frame) == [("line 7", "a date that reads only as day/month/year, out of sequence with the dates around it")]


# Ten good messages, a damaged header line and a second line of its message, ten more: the
# damaged message is left out with its second line, and the message before it stays as it was.
WHATSAPP = ("chat.txt", "31/01/2024, 21:{m:02d} - {who}: m{m}\n", "{line}\nits second line\n")
SIGNAL = ("chat.md", "[2024-01-31 21:{m:02d}:00] {who}: m{m}  \n\n", "{line}  \nmore  \n\n")
CUT_SIGNAL = "a message line cut short (it ends inside the date, time or name)"


@pytest.mark.parametrize(
    "style, line, reason",
    [
        (WHATSAPP, "31/01/2024, 21:4", "a message header cut short (the line ends inside the date or time)"),
        (WHATSAPP, "31/01/2024, 21:44 - Sam R", "a message header cut short (the line ends inside the sender's name)"),
        (WHATSAPP, "31/01/2024, 24:30 - Sam Roe: hi", "the time is not a valid clock time"),
        (SIGNAL, "[2024-01-31 21:4", CUT_SIGNAL),
        (SIGNAL, "[2024-01-31 21:45:00] Sam R", CUT_SIGNAL),
        (SIGNAL, "[2024-02-30 21:45:00] Sam Roe: no such day", "not a valid date and time (2024-02-30 21:45:00)"),
    ],
)
def test_a_damaged_header_is_left_out_with_its_lines_not_glued_on(tmp_path, style, line, reason):
    name, message, damaged = style
    good = [message.format(m=m, who="Sam Roe" if m % 2 else "Alex Doe") for m in range(10)]
    (tmp_path / name).write_text("".join(good) + damaged.format(line=line) + "".join(good).replace("21:0", "22:0"), encoding="utf-8")
    frame = load_messages(tmp_path / name, me="Alex Doe", tz="UTC")
    assert (len(frame), frame["text"][9], places(frame)[0][1]) == (20, "m9", reason)


def test_text_before_the_first_header_is_left_out_and_reported(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("the end of a message\n" + "".join(f"31/01/2024, 21:{m:02d} - Alex Doe: m{m}\n" for m in range(9)), encoding="utf-8")
    frame = load_messages(path, me="Alex Doe", tz="UTC")
    assert (len(frame), places(frame)) == (9, [("line 1", "text before the first message header (its header is missing), so it was left out")])


def test_a_stretch_written_twice_is_read_once(tmp_path):
    lines = [f"31/01/2024, 21:{m:02d} - Alex Doe: m{m}\n" for m in range(10)]
    path = tmp_path / "chat.txt"
    path.write_text("".join(lines + lines[2:5] + ["01/02/2024, 08:00 - Alex Doe: ok\n"] * 2), encoding="utf-8")
    frame = load_messages(path, me="Alex Doe", tz="UTC")
    assert (len(frame), [entry["number"] for entry in frame.attrs["skipped"]]) == (12, [11, 12, 13])


def test_more_than_one_message_in_five_unreadable_refuses_the_file(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("".join(f"31/01/2024, {h}:05 - Alex Doe: m\n" for h in (20, 21, 25, 26, 27)), encoding="utf-8")
    with pytest.raises(ImportFormatError) as error:
        load_messages(path, me="Alex Doe", tz="UTC")
    assert str(error.value) == ("chat.txt: 3 of 5 messages could not be read (more than one in five), so nothing was imported; "
                                "the first is line 3: the time is not a valid clock time")


@pytest.mark.parametrize("lines, result", [(10, "replaced with \ufffd"), (2, "line 1: not UTF-8 text (byte 33)")])
def test_bytes_that_are_not_utf8_are_replaced_unless_they_are_everywhere(tmp_path, lines, result):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"31/01/2024, 21:00 - Alex Doe: caf\xe9\n" + b"31/01/2024, 21:01 - Alex Doe: ok\n" * (lines - 1))
    try:
        found = places(load_messages(path, me="Alex Doe", tz="UTC"), "repaired")
    except ImportFormatError as error:
        found = str(error)
    assert result in str(found)


def test_a_minimal_messenger_export_reads_its_messages():
    assert detect_format(DATA / "messenger_minimal.json") == "messenger"
    frame = load("messenger_minimal.json")
    assert frame[["sender", "direction", "text"]].values.tolist() == [["Alex Doe", "out", "Café at 10?"], ["Robin Vale", "in", "see you saturday then"]]


@pytest.mark.parametrize(
    "document, match",
    [
        ([{"sender_name": "Robin Vale", "timestamp_ms": 1717009980000, "content": "hi"}], "none of the messages is from Alex Doe"),
        ({"messages": []}, "no messages found"),
    ],
)
def test_a_minimal_messenger_export_still_names_what_is_wrong(tmp_path, document, match):
    path = tmp_path / "message_1.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportFormatError, match=match):
        load_messages(path, me="Alex Doe", tz="UTC")


def test_a_telegram_export_cut_mid_message_keeps_the_ones_before():
    frame = load("telegram_cut.json")
    assert frame["text"].tolist() == ["are you around this weekend?", "maybe, saturday works", "great, the park at 10", "bring the blue frisbee", "ha, deal"]
    assert places(frame) == [("line 58", "the file ends inside this message (it was cut short)")]


def test_a_telegram_message_without_a_usable_time_is_left_out(tmp_path):
    document = json.loads((DATA / "telegram_single.json").read_text(encoding="utf-8"))
    document["messages"][1]["date_unixtime"] = "soon"
    (tmp_path / "result.json").write_text(json.dumps(document), encoding="utf-8")
    frame = load_messages(tmp_path / "result.json", me="Alex Doe", tz="UTC")
    assert (len(frame), places(frame)) == (4, [("message 2", "date_unixtime 'soon' is not a number of seconds")])


def test_a_damaged_sms_backup_is_read_record_by_record():
    frame = load("sms_damaged.xml", me="me")
    assert frame["text"].tolist() == ["are you up?", "yes, just", "ok", "running late 😀", "no worries", "here now"]
    assert places(frame) == [("line 5", "a damaged record, not valid XML"),
                             ("line 7", "text after a record that is not a record (a second copy of the opening?), so it was left out")]
    assert places(frame, "repaired") == [("line 4", "a stray control character (NUL) was removed")]


def test_a_damaged_csv_keeps_its_good_rows():
    frame = load("messages_damaged.csv")
    assert frame["text"].tolist()[8:] == ["are you around, this weekend?", "great, the park at 10", 'bring the "blue" frisbee',
                                          "ha, deal", "two\nlines", "see you", "ok"]
    assert [entry["number"] for entry in frame.attrs["skipped"]] == [11, 13, 15, 21]


def test_a_sigtop_message_without_a_usable_time_is_left_out(tmp_path):
    document = json.loads((DATA / "sigtop_sam.json").read_text(encoding="utf-8"))
    document[0]["sent_at"] = -5
    (tmp_path / "sam.json").write_text(json.dumps(document), encoding="utf-8")
    frame = load_messages(tmp_path / "sam.json", me="Alex Doe", tz="UTC")
    assert places(frame) == [("message 1", "sent_at -5 is not a time between 1980 and 2099")]


def test_a_stray_nul_byte_does_not_make_an_export_binary(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"31/01/2024, 21:00 - Alex\x00 Doe: hi\n" + b"31/01/2024, 21:01 - Sam Roe: ok\n" * 9)
    assert (detect_format(path), load_messages(path, me="Alex Doe", tz="UTC")["sender"][0]) == ("whatsapp", "Alex Doe")


@pytest.mark.parametrize(
    "skipped, repaired, text",
    [
        ([], [], ""),
        ([("line", 6), ("line", 112)], [], "2 lines could not be read (lines 6, 112)"),
        ([("line", n) for n in (3, 4, 5, 9)], [("line", 2)], "4 lines could not be read (lines 3, 4, 5 and 1 more); 1 line was read after a repair (line 2)"),
        ([("line", 1_200), ("message", 4)], [], "1 line and 1 message could not be read (line 1200; message 4)"),
    ],
)
def test_summary_names_a_few_places(skipped, repaired, text):
    frame = pd.DataFrame()
    frame.attrs = {"skipped": [{"unit": u, "number": n} for u, n in skipped], "repaired": [{"unit": u, "number": n} for u, n in repaired]}
    assert summary(frame) == text


def test_a_clean_export_reports_nothing():
    frame = load("whatsapp_android.txt")
    assert (frame.attrs["skipped"], frame.attrs["repaired"], summary(frame)) == ([], [], "")
