"""Encryption at rest (optional extra `encrypted`: SQLCipher through the `sqlcipher3` package)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from reconcile_kit import Interaction, Journal, JournalError
from reconcile_kit.store import backup, crypto
from reconcile_kit.store.schema import SQLITE_HEADER

pytest.importorskip("sqlcipher3")
pytestmark = pytest.mark.reliability

SECRET = "correct horse 'battery' staple"
AT = datetime(2026, 5, 1, tzinfo=timezone.utc)


@pytest.fixture
def sealed(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, passphrase=SECRET) as journal:
        journal.add(Interaction(at=AT, channel="text", direction="in", kind="message", summary="Robin wrote back"))
    return path


def test_file_holds_no_plain_text(sealed):
    data = sealed.read_bytes()
    assert (data[:16] == SQLITE_HEADER, b"Robin wrote back" in data) == (False, False)


def test_right_passphrase_reads_it_back(sealed):
    with Journal.open(sealed, passphrase=SECRET) as journal:
        assert list(journal.timeline()["summary"]) == ["Robin wrote back"]


def test_wrong_passphrase_is_a_clear_error(sealed):
    with pytest.raises(JournalError, match="^Cannot unlock .*journal.sqlite3: the passphrase is wrong"):
        Journal.open(sealed, passphrase="not it")


def test_no_passphrase_says_it_may_be_encrypted(sealed):
    with pytest.raises(JournalError, match="if it is an encrypted journal, give its passphrase"):
        Journal.open(sealed)


def test_passphrase_on_a_plain_journal_is_refused(tmp_path):
    plain = tmp_path / "plain.sqlite3"
    Journal.open(plain).close()
    with pytest.raises(JournalError, match="passphrase is wrong, or the file is not an encrypted journal"):
        Journal.open(plain, passphrase=SECRET)


@pytest.mark.parametrize("bad", ["", "nul\x00inside"])
def test_empty_or_nul_passphrase_is_refused(tmp_path, bad):
    with pytest.raises(JournalError, match="passphrase must be non-empty text"):
        Journal.open(tmp_path / "j.sqlite3", passphrase=bad)


def test_daily_backup_is_encrypted_too(sealed):
    Journal.open(sealed, passphrase=SECRET).close()
    copy = backup.list_backups(sealed)[0].path
    conn = crypto.connect(copy, SECRET)
    rows = conn.execute("SELECT summary FROM interactions").fetchall()
    conn.close()
    assert (copy.read_bytes()[:16] == SQLITE_HEADER, rows) == (False, [("Robin wrote back",)])


def test_passphrase_comes_from_the_environment(monkeypatch, sealed):
    monkeypatch.setenv(crypto.ENV_VAR, SECRET)
    assert crypto.passphrase_for(sealed) == SECRET


def test_prompt_wins_over_the_environment(monkeypatch, sealed):
    monkeypatch.setenv(crypto.ENV_VAR, "from env")
    assert crypto.passphrase_for(sealed, prompt=True, ask=lambda text: "typed") == "typed"


def test_plain_journal_needs_no_passphrase(monkeypatch, tmp_path):
    monkeypatch.delenv(crypto.ENV_VAR, raising=False)
    assert crypto.passphrase_for(tmp_path / "none-yet.sqlite3") is None


def test_cli_asks_for_the_passphrase(sealed):
    from click.testing import CliRunner

    from reconcile_kit.cli import cli

    result = CliRunner().invoke(cli, ["--journal", str(sealed), "--passphrase-prompt", "list"], input=SECRET + "\n")
    assert (result.exit_code, "Robin wrote back" in result.output) == (0, True)


def test_cli_wrong_passphrase_is_one_line(sealed, monkeypatch):
    from click.testing import CliRunner

    from reconcile_kit.cli import cli

    monkeypatch.setenv(crypto.ENV_VAR, "not it")
    result = CliRunner().invoke(cli, ["--journal", str(sealed), "list"])
    assert (result.exit_code, result.output.count("\n"), "passphrase is wrong" in result.output) == (1, 1, True)


def test_encrypted_restore_round_trip(sealed):
    with Journal.open(sealed, passphrase=SECRET) as journal:
        made = journal.backup()
        journal.add(Interaction(at=AT, channel="text", direction="out", kind="note", summary="later"))
    backup.restore(sealed, made, connect=crypto.connector(SECRET))
    with Journal.open(sealed, passphrase=SECRET) as journal:
        assert list(journal.timeline()["summary"]) == ["Robin wrote back"]
