"""Without the `encrypted` extra, asking for encryption is one clear line, not an ImportError."""

from __future__ import annotations

import sys

import pytest

from reconcile_kit import Journal, JournalError

pytestmark = pytest.mark.reliability


def test_passphrase_without_sqlcipher_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # import now fails as if not installed
    with pytest.raises(JournalError, match=r"pip install 'reconcile-kit\[encrypted\]'"):
        Journal.open(tmp_path / "journal.sqlite3", passphrase="secret")
