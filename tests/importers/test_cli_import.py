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
