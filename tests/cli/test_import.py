"""`reconcile-kit import`: what it reports, the options it passes on, its errors."""

from __future__ import annotations

import pytest

from reconcile_kit.errors import ImportFormatError
from reconcile_kit.timeline import from_interactions

from .helpers import on


@pytest.fixture
def fake_loader(monkeypatch, make_interaction, tmp_path):
    frame = from_interactions(make_interaction(uid=f"m{n}", summary=f"message {n}", source="whatsapp") for n in range(3))
    calls = []
    monkeypatch.setattr("reconcile_kit.importers.load_messages", lambda *a, **k: calls.append((a, k)) or frame)
    (tmp_path / "chat.txt").write_text("a chat")
    return calls


def test_import_reports_added_and_skipped(journal, fake_loader, tmp_path):
    first = on(journal, "import", str(tmp_path / "chat.txt"), "--me", "Alex").stdout
    again = on(journal, "import", str(tmp_path / "chat.txt"), "--me", "Alex").stdout
    assert (first, again) == ("Imported 3 messages; 0 tones suggested.\n", "Imported 0 messages (3 already in the journal); 0 tones suggested.\n")


def test_import_passes_the_options_on(journal, fake_loader, tmp_path):
    on(journal, "import", str(tmp_path / "chat.txt"), "--me", "Alex", "--tz", "Europe/Berlin", "--format", "telegram", "--chat", "Robin")
    assert fake_loader == [((tmp_path / "chat.txt", "Alex"), {"tz": "Europe/Berlin", "fmt": "telegram", "chat": "Robin"})]


def test_import_of_an_unreadable_export_exits_2(journal, monkeypatch, tmp_path):
    def broken(*args, **kwargs):
        raise ImportFormatError("chat.txt: line 3: no date at the start of the line")

    monkeypatch.setattr("reconcile_kit.importers.load_messages", broken)
    (tmp_path / "chat.txt").write_text("a chat")
    result = on(journal, "import", str(tmp_path / "chat.txt"), "--me", "Alex")
    assert (result.exit_code, result.stderr) == (2, "Error: chat.txt: line 3: no date at the start of the line\n")


def test_import_with_an_unknown_time_zone_exits_2(journal, fake_loader, tmp_path):
    result = on(journal, "import", str(tmp_path / "chat.txt"), "--me", "Alex", "--tz", "Mars/Base")
    assert result.exit_code == 2 and "'Mars/Base' is not a time zone" in result.stderr
