"""Optional encryption at rest with SQLCipher (`pip install 'reconcile-kit[encrypted]'`).

An encrypted journal is a SQLCipher 4 database: every page is AES-256 encrypted with a key
derived from the passphrase (PBKDF2-HMAC-SHA512). Plain journals keep using the standard
library's `sqlite3`; `sqlcipher3` is imported only when a passphrase is given.

Where a passphrase comes from, for the CLI (`passphrase_for`): `--passphrase-prompt`, then
the environment variable `RECONCILE_KIT_PASSPHRASE`, then the OS keyring (only if the
`keyring` package is installed; service `reconcile-kit`, user = the journal's path).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import environment
from ..errors import JournalError
from . import held
from .schema import SQLITE_HEADER

__all__ = [
    "ENV_VAR",
    "KEYRING_SERVICE",
    "available",
    "connect",
    "connector",
    "database_errors",
    "looks_encrypted",
    "passphrase_for",
]

ENV_VAR = environment.PASSPHRASE  # kept under its old name: tests import it from here
KEYRING_SERVICE = "reconcile-kit"
_INSTALL_HINT = "encrypted journals need SQLCipher: pip install 'reconcile-kit[encrypted]'"


def _module() -> Any:
    try:
        import sqlcipher3  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        raise JournalError(f"Cannot open an encrypted journal: {_INSTALL_HINT}.") from None
    return sqlcipher3


def available() -> bool:
    """True when SQLCipher (the `sqlcipher3` package) can be imported."""
    try:
        _module()
    except JournalError:
        return False
    return True


def database_errors() -> tuple[type[BaseException], ...]:
    """The DB-API error base classes to catch: sqlite3's, plus sqlcipher3's when installed."""
    import sqlite3

    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    if available():
        errors += (_module().Error,)
    return errors


def looks_encrypted(path: Path) -> bool:
    """True when `path` is a non-empty file that does not start with SQLite's plain header."""
    try:
        first = held.head(path)  # never a raw read of a file SQLite holds open here (held.py)
    except OSError:
        return False
    return bool(first) and first != SQLITE_HEADER


def _quoted(passphrase: str) -> str:
    if not isinstance(passphrase, str) or not passphrase or "\x00" in passphrase:
        raise JournalError("The passphrase must be non-empty text without NUL characters.")
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path | str, passphrase: str, **kwargs: Any) -> Any:
    """Open `path` with SQLCipher, keyed with `passphrase`, and check the key.

    A wrong passphrase (or a file that is not an encrypted journal) raises `JournalError`.
    `kwargs` go to `sqlcipher3.connect` (timeout, isolation_level, check_same_thread).
    """
    sqlcipher = _module()
    conn = sqlcipher.connect(str(path), **kwargs)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no decrypt noise on stderr
        conn.execute(f"PRAGMA key = {_quoted(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        conn.close()
        raise JournalError(
            f"Cannot unlock {path}: the passphrase is wrong, or the file is not an encrypted journal."
        ) from None
    return conn


def connector(passphrase: str | None, **kwargs: Any) -> Callable[[Path], Any]:
    """A `connect(path)` callable for `backup.py`: keyed when `passphrase` is set."""
    if passphrase is None:
        import sqlite3

        return lambda path: sqlite3.connect(str(path), **kwargs)
    return lambda path: connect(path, passphrase, **kwargs)


def _from_keyring(journal: Path) -> str | None:
    try:
        import keyring  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, str(journal))
    except Exception:  # a keyring with no usable backend is the same as no keyring
        return None


def passphrase_for(
    journal: Path, *, prompt: bool = False, ask: Callable[[str], str] | None = None
) -> str | None:
    """Find the passphrase for `journal`: the prompt (if asked for), the env var, then the keyring.

    :param ask: the prompt function (the CLI passes a hidden-input `click.prompt`).
    Returns None when the journal is not meant to be encrypted (no source gives a passphrase).
    """
    if prompt:
        if ask is None:
            raise JournalError(f"No way to ask for the passphrase here; set {environment.PASSPHRASE}.")
        return ask(f"Passphrase for {journal}")
    from_env = os.environ.get(environment.PASSPHRASE)  # as given: spaces may be part of a passphrase
    if from_env:
        return from_env
    if looks_encrypted(journal):  # ask the keyring only for journals that need a key
        return _from_keyring(journal)
    return None
