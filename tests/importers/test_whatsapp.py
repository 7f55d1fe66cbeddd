"""WhatsApp importer: variants, the traps docs/importing.md lists, dates and errors."""

import warnings
import zipfile
from pathlib import Path

import pytest

from reconcile_kit.errors import ImportFormatError
from reconcile_kit.importers import load_messages
from reconcile_kit.importers.whatsapp import AmbiguousDateOrder

DATA = Path(__file__).parents[1] / "data"


def load(name, **kw):
    kw.setdefault("tz", "UTC")
    return load_messages(DATA / name, me=kw.pop("me", "Alex Doe"), **kw)


@pytest.mark.parametrize(
    "name, first_at, last_at",
    [
        ("whatsapp_android.txt", "2024-01-31 21:40:00", "2024-02-13 19:00:00"),
        ("whatsapp_us_12h.txt", "2024-01-31 21:41:00", "2024-02-01 12:30:00"),
        ("whatsapp_es_pm.txt", "2024-01-31 21:41:00", "2024-02-01 13:55:00"),
        ("whatsapp_de_dots.txt", "2024-01-31 21:41:00", "2024-02-01 07:02:00"),
        ("whatsapp_ymd.txt", "2024-01-31 21:41:00", "2024-02-01 07:02:00"),
        ("whatsapp_fi_klo.txt", "2022-03-12 14:08:18", "2022-03-13 09:01:02"),
        ("whatsapp_ios.txt", "2024-01-31 21:40:00", "2024-02-01 21:41:05"),
        ("whatsapp_chronology.txt", "2024-03-05 10:00:00", "2024-04-01 10:02:00"),
    ],
)
def test_header_variants_give_utc_times(name, first_at, last_at):
    at = load(name)["at"].dt.strftime("%Y-%m-%d %H:%M:%S")
    assert (at.iloc[0], at.iloc[-1]) == (first_at, last_at)


def test_android_kinds_in_file_order():
    kinds = load("whatsapp_android.txt")["kind"].tolist()
    assert kinds == ["system", "text", "text", "media", "deleted", "deleted", "text", "text", "text", "system", "text", "text"]


def test_multi_line_body_is_kept_whole():
    assert load("whatsapp_android.txt")["text"][2] == "Yes\nbring the blue bag\n\nand the keys"


def test_header_inside_a_line_does_not_split_the_message():
    assert load("whatsapp_android.txt")["text"][8] == "the note said 01/03/2019, 08:00 - Alex Doe: hi"


def test_text_is_not_nfkc_normalised():
    row = load("whatsapp_android.txt").iloc[7]
    assert (row["text"], row["chars"]) == ("morning ﬁ ½ x² ＡＢＣ", 18)


def test_edited_marker_is_removed():
    assert load("whatsapp_android.txt")["text"][6] == "ok then"


def test_direction_from_me():
    assert load("whatsapp_android.txt")["direction"][:3].tolist() == ["in", "in", "out"]


def test_me_is_case_and_space_insensitive_and_may_be_a_list():
    assert (load("whatsapp_android.txt", me=["nobody", "  alex   doe "])["direction"] == "out").sum() == 3


def test_ios_encryption_notice_is_system_not_incoming():
    row = load("whatsapp_ios.txt").iloc[0]
    assert (row["sender"], row["kind"]) == ("Sam Roe", "system")


def test_ios_kinds_and_invisible_marks():
    frame = load("whatsapp_ios.txt")
    assert frame["kind"].tolist()[1:8] == ["text", "media", "media", "deleted", "text", "text", "call"]
    assert frame["text"][6] == "hi @Sam Roe two\nlines"


def test_zero_width_joiner_is_kept():
    assert load("whatsapp_ios.txt")["text"].iloc[-1] == "👨\u200d👩\u200d👧 family"


@pytest.mark.parametrize("member", ["_chat.txt", "WhatsApp Chat with Sam Roe.txt"])
def test_zip_export(tmp_path, member):
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(DATA / "whatsapp_ios.txt", member)
        archive.writestr("00000012-PHOTO.jpg", b"\xff\xd8")
    assert len(load_messages(path, me="Alex Doe", tz="UTC")) == 9


def test_twelve_hour_midnight_and_noon():
    hours = load("whatsapp_us_12h.txt")["at"].dt.hour.tolist()
    assert hours == [21, 21, 0, 12]


def test_ambiguous_dates_warn_and_read_day_first():
    with pytest.warns(AmbiguousDateOrder, match="dayfirst"):
        frame = load("whatsapp_ambiguous.txt")
    assert frame["at"][0].strftime("%Y-%m-%d") == "2024-05-04"


@pytest.mark.parametrize("dayfirst, day", [(True, "2024-05-04"), (False, "2024-04-05")])
def test_dayfirst_decides_ambiguous_dates(dayfirst, day):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load("whatsapp_ambiguous.txt", dayfirst=dayfirst)["at"][0].strftime("%Y-%m-%d") == day


def test_fmt_fixes_the_date_order():
    assert load("whatsapp_ambiguous.txt", fmt="whatsapp:mdy")["at"][0].strftime("%m-%d") == "04-05"


def test_local_times_use_tz():
    assert load("whatsapp_de_dots.txt", tz="Europe/Berlin")["at"][0].strftime("%H:%M") == "20:41"


@pytest.mark.parametrize("stamp, utc", [("2024-10-27, 02:30", "00:30"), ("2024-03-31, 02:30", "01:00")])
def test_dst_ambiguous_and_missing_times_do_not_raise(tmp_path, stamp, utc):
    path = tmp_path / "chat.txt"
    path.write_text(f"{stamp} - Alex Doe: hi\n", encoding="utf-8")
    assert load_messages(path, me="Alex Doe", tz="Europe/Berlin")["at"][0].strftime("%H:%M") == utc


def test_same_message_twice_gets_two_uids():
    uids = load("whatsapp_android.txt")["uid"]
    assert uids.is_unique and uids.str.len().eq(32).all()


def test_uids_are_stable_between_imports():
    assert load("whatsapp_android.txt")["uid"].tolist() == load("whatsapp_android.txt")["uid"].tolist()


def test_newer_export_shares_uids_of_common_messages(tmp_path):
    lines = (DATA / "whatsapp_android.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    older, newer = tmp_path / "old.txt", tmp_path / "new.txt"
    older.write_text("".join(lines[:9]), encoding="utf-8")
    newer.write_text("".join(lines[6:]) + "14/02/2024, 10:00 - Alex Doe: new\n", encoding="utf-8")
    old, new = (load_messages(p, me="Alex Doe", tz="UTC") for p in (older, newer))
    assert len(set(old["uid"]) & set(new["uid"])) == 3


def test_export_with_and_without_media_agree_on_uids(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("31/01/2024, 21:43 - Sam Roe: <Media omitted>\n31/01/2024, 21:50 - Alex Doe: x\n", encoding="utf-8")
    without = load_messages(path, me="Alex Doe", tz="UTC")
    assert load("whatsapp_android_media.txt")["uid"][1] == without["uid"][0]


@pytest.mark.parametrize(
    "text, match",
    [
        ("hello there\n31/01/2024, 21:41 - Sam: hi\n", "line 1: text before the first message header"),
        ("just some notes\nnothing else\n", "not a chat export"),
        ("31/13/2024, 21:41 - Sam: hi\n13/01/2024, 21:42 - Alex Doe: x\n", "line 1: not a valid date"),
        ("31/01/2024, 25:41 - Alex Doe: hi\n", "line 1: the time is not a valid clock time"),
        ("30/02/2024, 21:41 - Alex Doe: hi\n", "line 1: not a valid date"),
    ],
)
def test_bad_files_raise_import_format_error(tmp_path, text, match):
    path = tmp_path / "chat.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFormatError, match=match):
        load_messages(path, me="Alex Doe", tz="UTC")


def test_unknown_me_lists_the_senders():
    with pytest.raises(ImportFormatError, match="none of the messages is from Jo; the senders in this file are: Alex Doe, Sam Roe"):
        load("whatsapp_android.txt", me="Jo")


@pytest.mark.parametrize("body", ["❤️ see you", "… or not", "— fine", "€20 for the tickets"])
def test_a_body_starting_with_a_symbol_is_a_text_not_a_system_line(tmp_path, body):
    path = tmp_path / "chat.txt"
    path.write_text(f"31/01/2024, 21:40 - Alex Doe: hi\n31/01/2024, 21:41 - Sam Roe: {body}\n", encoding="utf-8")
    rows = load_messages(path, me="Alex Doe", tz="UTC")
    assert (rows["kind"].tolist(), rows["text"].tolist()[1]) == (["text", "text"], body)


def test_an_ios_line_starting_with_a_mark_is_a_system_line(tmp_path):
    path = tmp_path / "_chat.txt"
    path.write_text(
        "[31/01/2024, 21:40:00] Sam Roe: \u200eMessages and calls are end-to-end encrypted.\n"
        "[31/01/2024, 21:41:05] Alex Doe: See you at 8?\n", encoding="utf-8")
    assert load_messages(path, me="Alex Doe", tz="UTC")["kind"].tolist() == ["system", "text"]


@pytest.mark.parametrize(
    "name, kinds, texts",
    [
        ("whatsapp_android_rtl.txt", ["text", "text", "text", "text"], ["مرحبا، كيف حالك؟", "بخير", "ok", "normal"]),
        ("whatsapp_ios_rtl.txt", ["system", "text", "text", "text", "media", "text"],
         ["שלום, מה שלומך?", "הכל טוב", "ok 👍", "image omitted", "normal"]),
    ],
)
def test_messages_starting_with_a_direction_mark_are_text(name, kinds, texts):
    rows = load(name, me="Dana")
    assert (rows["kind"].tolist(), rows["text"].tolist()[-len(texts):]) == (kinds, texts)


def test_rtl_messages_of_mine_count_as_mine():
    assert load("whatsapp_ios_rtl.txt", me="Dana")["direction"].tolist() == ["in", "in", "out", "out", "in", "in"]


@pytest.mark.parametrize("body, kind", [
    ("\u200eKim Lee added Sam", "system"), ("\u200eYou created group \"Hike\"", "system"),
    ("\u200eLocation: https://maps.example.org/?q=1", "text"), ("\u200fKim Lee added Sam", "text"),
    ("Kim Lee added Sam", "text"),
])
def test_only_known_notices_behind_an_iphone_mark_are_system_lines(tmp_path, body, kind):
    path = tmp_path / "_chat.txt"
    path.write_text(f"[31/01/2024, 21:40:00] Sam Roe: {body}\n[31/01/2024, 21:41:05] Alex Doe: ok\n", encoding="utf-8")
    assert load_messages(path, me="Alex Doe", tz="UTC")["kind"].tolist() == [kind, "text"]


def test_a_group_chat_read_for_one_person_keeps_theirs_and_mine():
    rows = load("whatsapp_group.txt", contact="sam roe")
    assert (rows["sender"].tolist(), rows.attrs["others"]) == (["", "", "Sam Roe", "Alex Doe", "Sam Roe"], 2)


def test_a_group_chat_without_a_contact_is_refused():
    with pytest.raises(ImportFormatError, match=r"^whatsapp_group.txt: 3 other people write in this chat \(a group chat\?\); "
                       r"the journal is about one person, so choose who with the contact= argument: \+44 7700 900789; Kim Lee; Sam Roe$"):
        load("whatsapp_group.txt")


def test_a_contact_who_is_not_in_the_group_is_refused():
    with pytest.raises(ImportFormatError, match=r"^whatsapp_group.txt: nobody named 'Jo' writes in this chat; choose who"):
        load("whatsapp_group.txt", contact="Jo")
