"""The environment variables the kit reads, each named once.

    RECONCILE_KIT_JOURNAL     the journal file (default: journal.sqlite3 in the user data dir)
    RECONCILE_KIT_DEMO        "1": the notebooks and the app open the demo journal
    RECONCILE_KIT_DEMO_DIR    where notebook runs build their throwaway demo journals
    RECONCILE_KIT_PASSPHRASE  the passphrase of an encrypted journal
    RECONCILE_KIT_DEBUG       "1": the CLI shows a traceback for a bug of ours
"""

from __future__ import annotations

import os

__all__ = ["JOURNAL", "DEMO", "DEMO_DIR", "PASSPHRASE", "DEBUG", "value", "is_on"]

JOURNAL = "RECONCILE_KIT_JOURNAL"
DEMO = "RECONCILE_KIT_DEMO"
DEMO_DIR = "RECONCILE_KIT_DEMO_DIR"
PASSPHRASE = "RECONCILE_KIT_PASSPHRASE"
DEBUG = "RECONCILE_KIT_DEBUG"


def value(name: str) -> str:
    """The variable's value without surrounding spaces ("" when it is not set)."""
    return os.environ.get(name, "").strip()


def is_on(name: str) -> bool:
    """True when the variable is set to "1"."""
    return value(name) == "1"
