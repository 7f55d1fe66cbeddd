"""Start-up time: `log` and `--help` import no command module nor slow helpers; lazy commands load on use."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reconcile_kit import cli as cli_module
from reconcile_kit.cli import cli

from .helpers import run

_STARTUP = """
import sys
from reconcile_kit.cli import main
try:
    main(sys.argv[1:])
finally:
    heavy = ("reconcile_kit.cli.workspace", "reconcile_kit.cli.backup", "reconcile_kit.cli.status", "reconcile_kit.cli.check",
             "reconcile_kit.cli.remind", "reconcile_kit.workspace", "reconcile_kit.calendar_file", "_strptime", "shutil", "json")
    print(sorted(name for name in heavy if name in sys.modules))
"""


def _startup(tmp_path, *args: str) -> str:
    env = {**os.environ, "RECONCILE_KIT_JOURNAL": str(tmp_path / "journal.sqlite3")}
    done = subprocess.run([sys.executable, "-c", _STARTUP, *args], env=env, capture_output=True, text=True, timeout=60)
    return done.stdout


@pytest.mark.parametrize(
    ("args", "loaded"),
    # their message with no notes of the user's: nothing to read for crisis wording (the user's own words are read,
    # and the guide's reading brings pandas: tests/cli/test_entries.py, docs/cli.md)
    [(("log", "Sam said hello", "--direction", "in"), "[]"), (("--help",), "['shutil']")],  # click's help asks shutil for the width
)
def test_log_and_help_import_no_command_module_nor_slow_helpers(tmp_path, args, loaded):
    _startup(tmp_path, "log", "a first entry", "--direction", "out")  # the journal and its daily backup exist
    assert _startup(tmp_path, *args).splitlines()[-1] == loaded


_NO_PANDAS = """
import sys
from reconcile_kit.cli import main
try:
    main(sys.argv[1:])
finally:
    print(sorted(name for name in ("pandas", "reconcile_kit.export", "reconcile_kit.cli.tables") if name in sys.modules))
"""


def test_logging_their_message_imports_no_pandas_nor_the_list_and_export_helpers(tmp_path):
    env = {**os.environ, "RECONCILE_KIT_JOURNAL": str(tmp_path / "journal.sqlite3")}
    for _ in range(2):  # the first run also makes the journal and its daily backup
        command = [sys.executable, "-c", _NO_PANDAS, "log", "Sam said hello", "--direction", "in"]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.splitlines()[-1]) == (0, "[]")


def test_lazy_commands_are_listed_and_run(tmp_path):
    assert {"lab", "app", "backup", "restore", "status", "check", "remind"} <= set(cli.commands)
    assert run("--journal", str(tmp_path / "j.sqlite3"), "restore").stdout.startswith("No backups of ")


def test_missing_plugin_modules_are_skipped(monkeypatch):
    monkeypatch.setattr(cli_module, "PLUGIN_MODULES", ("reconcile_kit.no_such_commands",))
    cli_module._register(cli)
