"""The store package itself: its exports, no old top-level modules, and a light import (the CLI starts through it)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

import reconcile_kit.store as store


def test_store_exports_the_journal_and_where_it_lives():
    assert (sorted(store.__all__), store.ENV_VAR) == (
        ["ENV_VAR", "ImportResult", "Journal", "default_path"], "RECONCILE_KIT_JOURNAL")  # fmt: skip


@pytest.mark.parametrize("old", ["store_schema", "store_rows", "store_extras", "backup", "crypto"])
def test_old_top_level_store_modules_are_gone(old):
    assert importlib.util.find_spec(f"reconcile_kit.{old}") is None


def test_import_store_loads_no_pandas_nor_numpy():
    code = (
        "import sys, reconcile_kit.store;"
        "print(sorted(m for m in ('pandas', 'numpy', 'reconcile_kit.arrays') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
