"""Telegram, SMS, Messenger/Instagram, Signal and CSV importers on the sample exports."""

import shutil
import zipfile
from pathlib import Path

import pytest

from reconcile_kit.errors import ImportFormatError
from reconcile_kit.importers import detect_format, load_messages, sample_path

DATA = Path(__file__).parents[1] / "data"


def load(name, me="Alex Doe", **kw):
    return load_messages(DATA / name, me=me, tz="UTC", **kw)


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("whatsapp_android.txt", "whatsapp"),
        ("whatsapp_fi_klo.txt", "whatsapp"),
        ("telegram_single.json", "telegram"),
        ("sms_backup.xml", "sms"),
        ("messenger/inbox/samroe_ab12", "messenger"),
        ("messenger_e2ee", "messenger"),
        ("signal/Sam Roe", "signal"),
        ("signal/Sam Roe/chat.md", "signal"),
        ("sigtop_sam.json", "signal"),
        ("messages.csv", "csv"),
    ],
)
def test_detect_format(name, fmt):
    assert detect_format(DATA / name) == fmt


def test_telegram_single_chat_rows():
    frame = load("telegram_single.json")
    assert frame["text"].tolist() == ["hey you", "See you at 8", "", "", "plain https://example.org"]
    assert frame["kind"].tolist() == ["text", "text", "call", "media", "text"]
    assert frame["direction"].tolist() == ["out", "in", "out", "in", "in"]


def test_telegram_uses_date_unixtime():
    assert str(load("telegram_single.json")["at"][1]) == "2024-01-31 21:41:05+00:00"


def test_telegram_full_export_needs_a_chat_name():
    with pytest.raises(ImportFormatError, match="; choose one with the chat= argument: Book club; Sam Roe$"):
        load("telegram_full.json")


def test_telegram_full_export_by_chat_name():
    frame = load("telegram_full.json", chat="book club")
    assert (frame["sender"].tolist(), frame["direction"].tolist()) == (["Kim Lee", "Alex Doe"], ["in", "out"])


def test_telegram_invalid_hex_escapes_are_repaired():
    assert load("telegram_bad_escape.json")["text"][0] == "bell\x07 and a path C:\\x41"


def test_sms_rows_surrogate_emoji_and_boxes():
    frame = load("sms_backup.xml", me="me", contact="+1 555 555 0100")
    assert frame["text"].tolist() == ["See you at 8? 😀", "Yes\nbring the bag", "photo from today", "sent from the old phone"]
    assert frame["direction"].tolist() == ["in", "out", "in", "out"]
    assert frame["kind"].tolist() == ["text", "text", "media", "text"]


def test_sms_mms_date_in_seconds():
    assert str(load("sms_backup.xml", contact="Sam Roe")["at"].iloc[-1]) == "2024-01-31 21:45:00+00:00"


def test_sms_with_several_people_asks_for_contact():
    with pytest.raises(ImportFormatError, match=r"2 people; choose one with the contact= argument \(a number or name\): .*Sam Roe \(\+15555550100\)"):
        load("sms_backup.xml")


def test_messenger_thread_in_time_order_with_mojibake_repaired():
    frame = load("messenger/inbox/samroe_ab12")
    assert frame["text"].tolist() == ["old one", "hi", "Sam Roe started a call.", "", "Café at 8? 😀"]
    assert frame["kind"].tolist() == ["deleted", "text", "call", "media", "text"]


def test_messenger_one_file_reads_the_whole_thread():
    assert len(load("messenger/inbox/samroe_ab12/message_2.json")) == 5


def test_instagram_source_from_the_archive_folder():
    frame = load("instagram/your_instagram_activity/messages/inbox/robinvale_9")
    assert frame["source"].unique().tolist() == ["instagram"]
    assert frame["kind"].tolist() == ["media", "text", "system"]
    assert frame["text"][1] == "saw this and thought of you ❤️"


def test_messenger_e2ee_backup_folder_and_zip(tmp_path):
    folder = load("messenger_e2ee")
    archive = tmp_path / "backup.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.write(DATA / "messenger_e2ee" / "Sam Roe_1.json", "Sam Roe_1.json")
    zipped = load_messages(archive, me="Alex Doe", tz="UTC")
    assert folder["text"].tolist() == zipped["text"].tolist() == ["See you at 8?", "yes ✨", ""]


def test_messenger_overlapping_files_are_deduplicated(tmp_path):
    shutil.copy(DATA / "messenger_e2ee" / "Sam Roe_1.json", tmp_path / "Sam Roe_1.json")
    shutil.copy(DATA / "messenger_e2ee" / "Sam Roe_1.json", tmp_path / "Sam Roe_2.json")
    assert len(load_messages(tmp_path, me="Alex Doe", tz="UTC")) == 3


def test_signal_markdown_rows():
    frame = load("signal/Sam Roe", me="Alex")
    assert frame["text"].tolist() == ["See you at 8?", "Yes\nbring the bag", "![photo.jpg](./media/photo.jpg)", "older style line"]
    assert frame["direction"].tolist() == ["in", "out", "in", "out"]
    assert frame["kind"][2] == "media"


def test_signal_markdown_local_time():
    assert str(load_messages(DATA / "signal/Sam Roe", me="Me", tz="Europe/Berlin")["at"][0]) == "2024-01-31 20:41:05+00:00"


def test_sigtop_json_rows():
    frame = load("sigtop_sam.json")
    assert frame["kind"].tolist() == ["text", "text", "media", "call", "deleted", "system"]
    assert frame["direction"].tolist() == ["in", "out", "in", "in", "in", "in"]


def test_csv_rows_offsets_and_local_times():
    frame = load_messages(DATA / "messages.csv", me="Alex Doe", tz="Europe/Berlin")
    assert frame["at"].dt.strftime("%H:%M:%S").tolist() == ["20:41:05", "20:42:00", "20:50:00"]
    assert frame["kind"].tolist() == ["text", "text", "call"]


@pytest.mark.parametrize(
    "text, match",
    [
        ("at,sender\n2024-01-01 10:00,Alex Doe\n", "line 1: missing column"),
        ("at,sender,text\nyesterday,Alex Doe,hi\n", "line 2: at 'yesterday' is not an ISO 8601"),
        ("at,sender,text,kind\n2024-01-01 10:00,Alex Doe,hi,sticker\n", "line 2: kind 'sticker'"),
    ],
)
def test_csv_errors_name_the_line(tmp_path, text, match):
    path = tmp_path / "m.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFormatError, match=match):
        load_messages(path, me="Alex Doe", tz="UTC")


@pytest.mark.parametrize(
    "name, data, match",
    [
        ("result.json", b'{"name": "Sam", "messages": [', "line 1 column 30: not valid JSON"),
        ("result.json", b"", r"result.json: the file is empty \(0 bytes\)"),
        ("sms.xml", b"<smses><sms date='1' type='1' body='x'", "not valid SMS Backup"),
        ("blob.bin", b"\x00\x01\x02binary", "binary data"),
        ("latin.txt", b"31/01/2024, 21:41 - Alex Doe: caf\xe9\n", "line 1: not UTF-8"),
    ],
)
def test_broken_files_raise_import_format_error(tmp_path, name, data, match):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFormatError, match=match):
        load_messages(path, me="Alex Doe", tz="UTC")


def test_unknown_format_name():
    with pytest.raises(ImportFormatError, match="unknown format 'viber'"):
        load("messages.csv", fmt="viber")


def test_missing_file():
    with pytest.raises(ImportFormatError, match="nope.txt: no such file"):
        load("nope.txt")


def test_bundled_demo_sample_loads():
    frame = load_messages(sample_path(), me="Alex", tz="Europe/London")
    assert len(frame) > 300 and set(frame["sender"]) >= {"Alex", "Robin"}


def test_sample_path_unknown_name():
    with pytest.raises(ImportFormatError, match="whatsapp_demo.txt"):
        sample_path("other.txt")


@pytest.mark.parametrize("name, error", [
    ("empty.txt", "empty.txt: the file is empty (0 bytes); export the chat again"),
    ("telegram_messages.html", "telegram_messages.html: an HTML export; export the chat as JSON instead (Telegram: "
                               "'Machine-readable JSON'; Facebook and Instagram: format JSON)"),
])
def test_a_file_that_is_no_export_says_why(name, error):
    with pytest.raises(ImportFormatError) as caught:
        load(name)
    assert str(caught.value) == error


def test_a_utf16_export_reads_like_its_utf8_original():
    utf16, utf8 = load("whatsapp_android_utf16.txt", me="Alex Doe"), load("whatsapp_android.txt", me="Alex Doe")
    assert (len(utf16), utf16["uid"].tolist()) == (12, utf8["uid"].tolist())


def test_a_file_refused_for_one_bad_row_does_not_say_the_row_was_left_out(tmp_path):
    path = tmp_path / "chat.csv"
    path.write_text('at,sender,text\n2024-01-31 10:02,Sam,hi\n2024-01-31 10:04,Sam,"unclosed\n2024-01-31 10:05,Alex,next\n',
                    encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        load_messages(path, me="Alex", tz="UTC")
    assert str(caught.value) == "chat.csv, line 3: a row whose quotes do not pair up (one was lost?)"
