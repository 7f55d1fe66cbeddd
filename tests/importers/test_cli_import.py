"""`reconcile-kit import` on damaged exports: the one-line summary and --verbose.

(The lead may move these beside tests/cli/test_import.py; they live here with the importer.)
"""

from click.testing import CliRunner

from reconcile_kit.cli import cli

from .test_whatsapp import DATA


def on(journal, *args: str):
    return CliRunner().invoke(cli, ["--journal", str(journal.path), *args])


def test_import_names_the_lines_it_could_not_read(journal):
    result = on(journal, "import", str(DATA / "whatsapp_years.txt"), "--me", "Alex Doe", "--tz", "UTC")
    assert result.stdout == ("Imported 14 messages; 7 tones suggested; 2 lines could not be read (lines 6, 9); 1 line was read after a repair "
                             "(line 8): see --verbose\n")


def test_import_verbose_lists_every_place(journal):
    result = on(journal, "import", str(DATA / "whatsapp_years.txt"), "--me", "Alex Doe", "--tz", "UTC", "--verbose")
    assert result.stdout.splitlines()[1:] == [
        "  line 6: a message header cut short (the line ends inside the date or time)",
        "  line 9: not a valid date in any order",
        "  line 8 (repaired): a stray control character (NUL) was removed",
    ]


def test_import_of_a_clean_export_says_nothing_more(journal):
    result = on(journal, "import", str(DATA / "whatsapp_android.txt"), "--me", "Alex Doe", "--tz", "UTC", "--verbose")
    assert result.stdout == "Imported 10 messages; 5 tones suggested.\n"


def test_import_refusing_a_file_gives_one_line_and_exit_2(journal, tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("31/01/2024, 25:41 - Alex Doe: hi\n", encoding="utf-8")
    result = on(journal, "import", str(path), "--me", "Alex Doe")
    assert (result.exit_code, result.stderr) == (2, "Error: chat.txt, line 1: the time is not a valid clock time\n")


def test_me_none_reads_a_preview_with_every_sender():
    from reconcile_kit.importers import load_messages

    frame = load_messages(DATA / "whatsapp_years.txt", me=None, tz="UTC")
    assert (sorted(set(frame["sender"])), set(frame["direction"])) == (["", "Alex Doe", "Robin Vale"], {"in"})


def test_an_sms_backup_with_several_people_names_the_contact_option(journal):
    result = on(journal, "import", str(DATA / "sms_backup.xml"), "--me", "Alex")
    assert (result.exit_code, result.stderr) == (2, "Error: sms_backup.xml: messages with 2 people; choose one with --contact "
                                                    "(a number or name): Sam Roe (+15555550100); +15555550777 (+15555550777)\n")


def test_contact_picks_the_person_of_an_sms_backup(journal):
    result = on(journal, "import", str(DATA / "sms_backup.xml"), "--me", "Alex", "--contact", "+1 555 555 0100")
    assert result.stdout == "Imported 4 messages; 1 tone suggested.\n"


def test_a_full_telegram_export_names_the_chat_option(journal):
    result = on(journal, "import", str(DATA / "telegram_full.json"), "--me", "Alex")
    assert result.stderr == "Error: telegram_full.json: several chats are in this export; choose one with --chat: Book club; Sam Roe\n"


def test_an_ambiguous_date_order_is_one_plain_note(journal):
    result = on(journal, "import", str(DATA / "whatsapp_ambiguous.txt"), "--me", "Alex Doe", "--tz", "UTC")
    assert result.stderr == ("Note: whatsapp_ambiguous.txt: every date reads both as day/month and month/day; using dmy "
                             "(choose with --format whatsapp:dmy or --format whatsapp:mdy)\n")


def test_the_date_order_choice_is_in_the_help():
    result = CliRunner().invoke(cli, ["import", "--help"])
    assert "whatsapp:dmy or whatsapp:mdy" in " ".join(result.stdout.split())


def test_a_wrong_me_names_the_me_option(journal):
    result = on(journal, "import", str(DATA / "whatsapp_android.txt"), "--me", "Jo", "--tz", "UTC")
    assert result.stderr == ("Error: whatsapp_android.txt: none of the messages is from Jo; the senders in this file are: "
                             "Alex Doe, Sam Roe (give your own name as the chat shows it with --me)\n")


def test_a_group_chat_is_refused_naming_the_people_and_the_option(journal):
    result = on(journal, "import", str(DATA / "whatsapp_group.txt"), "--me", "Alex Doe", "--tz", "UTC")
    assert (result.exit_code, result.stderr) == (2, "Error: whatsapp_group.txt: 3 other people write in this chat (a group chat?); "
                                                    "the journal is about one person, so choose who with --contact: "
                                                    "+44 7700 900789; Kim Lee; Sam Roe\n")
    assert journal.timeline().empty


def test_messages_dated_ahead_are_left_out_and_counted(journal):
    result = on(journal, "import", str(DATA / "whatsapp_future.txt"), "--me", "Alex Doe", "--tz", "UTC")
    assert result.stdout == "Imported 2 messages; 1 tone suggested; left out 1 message dated more than a day ahead.\n"
    assert len(journal.timeline()) == 2


def test_a_group_chat_read_for_one_person_counts_the_others(journal):
    result = on(journal, "import", str(DATA / "whatsapp_group.txt"), "--me", "Alex Doe", "--tz", "UTC", "--contact", "Sam Roe")
    assert result.stdout == "Imported 3 messages; 2 tones suggested; left out 2 messages from others in the group.\n"


def test_me_naming_every_sender_is_refused(journal):
    result = on(journal, "import", str(DATA / "whatsapp_android.txt"), "--me", "Alex Doe", "--me", "Sam Roe", "--tz", "UTC")
    assert (result.exit_code, result.stderr) == (2, "Error: whatsapp_android.txt: every sender in this file (Alex Doe, Sam Roe) is "
                                                    "one of your names, so no message would be theirs; give only your own name with --me\n")
