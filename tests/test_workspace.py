"""The private workspace: notebooks copied once, user edits never overwritten, env and commands."""

from __future__ import annotations

import json
import os
import subprocess
import time
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from click.testing import CliRunner

from reconcile_kit import workspace as ws
from reconcile_kit.cli import workspace as workspace_commands
from reconcile_kit.workspace import WorkspaceError, prepare_workspace


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A folder standing in for the kit's notebooks: two tiny notebooks."""
    src = tmp_path / "shipped"
    src.mkdir()
    (src / "00_start_here.ipynb").write_text('{"v": 1}')
    (src / "01_log_interactions.ipynb").write_text('{"v": 1}')
    return src


def actions(syncs: tuple[ws.NotebookSync, ...]) -> list[tuple[str, str]]:
    return [(s.name, s.action) for s in syncs]


def test_first_run_copies_every_notebook(tmp_path: Path, shipped: Path) -> None:
    result = prepare_workspace(tmp_path / "ws", source=shipped)
    assert actions(result) == [("00_start_here.ipynb", "copied"), ("01_log_interactions.ipynb", "copied")]
    assert (tmp_path / "ws" / "01_log_interactions.ipynb").read_text() == '{"v": 1}'


def test_new_workspace_folder_is_private(tmp_path: Path, shipped: Path) -> None:
    prepare_workspace(tmp_path / "a" / "ws", source=shipped)
    assert stat.S_IMODE((tmp_path / "a" / "ws").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700  # the new parent too (it holds the journal)
    assert stat.S_IMODE((tmp_path / "a" / "ws" / "00_start_here.ipynb").stat().st_mode) == 0o600


def test_second_run_changes_nothing(tmp_path: Path, shipped: Path) -> None:
    prepare_workspace(tmp_path / "ws", source=shipped)
    assert {s.action for s in prepare_workspace(tmp_path / "ws", source=shipped)} == {"unchanged"}


def test_user_edit_is_kept_when_the_kit_has_nothing_new(tmp_path: Path, shipped: Path) -> None:
    prepare_workspace(tmp_path / "ws", source=shipped)
    (tmp_path / "ws" / "01_log_interactions.ipynb").write_text("mine")
    assert actions(prepare_workspace(tmp_path / "ws", source=shipped))[1] == ("01_log_interactions.ipynb", "kept")
    assert (tmp_path / "ws" / "01_log_interactions.ipynb").read_text() == "mine"


def test_unedited_notebook_is_replaced_by_a_kit_update(tmp_path: Path, shipped: Path) -> None:
    prepare_workspace(tmp_path / "ws", source=shipped, version="0.1.0")
    (shipped / "01_log_interactions.ipynb").write_text('{"v": 2}')
    assert actions(prepare_workspace(tmp_path / "ws", source=shipped, version="0.2.0"))[1][1] == "updated"
    assert (tmp_path / "ws" / "01_log_interactions.ipynb").read_text() == '{"v": 2}'


def test_kit_update_of_an_edited_notebook_lands_beside_it(tmp_path: Path, shipped: Path) -> None:
    prepare_workspace(tmp_path / "ws", source=shipped, version="0.1.0")
    (tmp_path / "ws" / "01_log_interactions.ipynb").write_text("mine")
    (shipped / "01_log_interactions.ipynb").write_text('{"v": 2}')
    sync = prepare_workspace(tmp_path / "ws", source=shipped, version="0.2.0")[1]
    assert (sync.action, sync.path.name) == ("offered", "01_log_interactions (kit update 0.2.0).ipynb")
    assert [(tmp_path / "ws" / n).read_text() for n in ("01_log_interactions.ipynb", sync.path.name)] == ["mine", '{"v": 2}']


def test_an_offered_update_is_offered_once(tmp_path: Path, shipped: Path) -> None:
    prepare_workspace(tmp_path / "ws", source=shipped)
    (tmp_path / "ws" / "00_start_here.ipynb").write_text("mine")
    (shipped / "00_start_here.ipynb").write_text('{"v": 2}')
    prepare_workspace(tmp_path / "ws", source=shipped, version="0.2.0")
    assert actions(prepare_workspace(tmp_path / "ws", source=shipped, version="0.2.0"))[0][1] == "kept"


def test_a_users_own_file_with_a_kit_name_is_never_overwritten(tmp_path: Path, shipped: Path) -> None:
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / "00_start_here.ipynb").write_text("theirs")
    assert actions(prepare_workspace(tmp_path / "ws", source=shipped, version="0.1.0"))[0][1] == "offered"
    assert (tmp_path / "ws" / "00_start_here.ipynb").read_text() == "theirs"


def test_deleted_notebook_comes_back_fresh(tmp_path: Path, shipped: Path) -> None:
    prepare_workspace(tmp_path / "ws", source=shipped)
    (tmp_path / "ws" / "00_start_here.ipynb").unlink()
    assert actions(prepare_workspace(tmp_path / "ws", source=shipped))[0] == ("00_start_here.ipynb", "copied")


def test_manifest_records_the_copied_hash(tmp_path: Path, shipped: Path) -> None:
    prepare_workspace(tmp_path / "ws", source=shipped, version="0.1.0")
    entry = json.loads((tmp_path / "ws" / ws.MANIFEST_NAME).read_text())["notebooks"]["00_start_here.ipynb"]
    assert (entry["copied"][:12], entry["version"]) == ("9ab2253fc389", "0.1.0")


def test_a_file_as_workspace_is_refused(tmp_path: Path, shipped: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(WorkspaceError, match="is a file; give a folder"):
        prepare_workspace(tmp_path / "f", source=shipped)


@pytest.mark.parametrize("where", ["repo/reconcile_kit/notebooks", "repo/notebooks"])
def test_shipped_notebooks_found_in_wheel_and_dev_layouts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    (tmp_path / where).mkdir(parents=True)
    (tmp_path / where / "00_start_here.ipynb").write_text("{}")
    monkeypatch.setattr(ws, "PACKAGE_DIR", tmp_path / "repo" / "reconcile_kit")
    assert ws.shipped_notebooks_dir() == tmp_path / where


def test_missing_shipped_notebooks_name_both_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ws, "PACKAGE_DIR", tmp_path / "pkg")
    with pytest.raises(WorkspaceError, match=r"not found in .*pkg/notebooks or .*/notebooks; reinstall"):
        ws.shipped_notebooks_dir()


@pytest.mark.parametrize(
    ("environ", "expected"),
    [({}, "/w/journal.sqlite3"), ({"RECONCILE_KIT_JOURNAL": "/elsewhere/j.sqlite3"}, "/elsewhere/j.sqlite3")],
)
def test_journal_for(environ: dict[str, str], expected: str) -> None:
    assert ws.journal_for(Path("/w"), environ) == Path(expected)


def test_default_workspace_shares_the_kits_default_journal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ws, "default_workspace", lambda: Path("/data/reconcile-kit/workspace"))
    assert ws.journal_for(Path("/data/reconcile-kit/workspace"), {}) == Path("/data/reconcile-kit/journal.sqlite3")


def test_the_workspace_in_use_is_the_kernels_folder_when_it_is_a_workspace(tmp_path: Path) -> None:
    (tmp_path / ws.MANIFEST_NAME).write_text("{}")
    assert ws.workspace_in_use(tmp_path, {"RECONCILE_KIT_JOURNAL": "/elsewhere/j.sqlite3"}) == tmp_path


@pytest.mark.parametrize(
    ("environ", "expected"),
    [({"RECONCILE_KIT_JOURNAL": "/w/journal.sqlite3"}, "/w"),
     ({"RECONCILE_KIT_JOURNAL": "/data/reconcile-kit/journal.sqlite3"}, "/data/reconcile-kit/workspace"),
     ({}, "/data/reconcile-kit/workspace")],
)  # fmt: skip
def test_elsewhere_the_workspace_in_use_is_the_journals(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, environ: dict[str, str], expected: str
) -> None:
    monkeypatch.setattr(ws, "default_workspace", lambda: Path("/data/reconcile-kit/workspace"))
    assert ws.workspace_in_use(tmp_path, environ) == Path(expected)


def test_environment_points_at_the_workspace_journal() -> None:
    env = ws.kit_environment(Path("/w"), demo=False, base={"RECONCILE_KIT_DEMO": "1", "PATH": "/bin"})
    assert env == {"RECONCILE_KIT_JOURNAL": "/w/journal.sqlite3", "PATH": "/bin"}


def test_demo_environment_sets_the_demo_flag() -> None:
    assert ws.kit_environment(Path("/w"), demo=True, base={})["RECONCILE_KIT_DEMO"] == "1"


def test_notice_without_a_journal_says_the_demo_shows(tmp_path: Path) -> None:
    assert ws.journal_notice(tmp_path, demo=False, environ={}) == (
        f"No journal yet at {tmp_path}/journal.sqlite3: the notebooks open the demo until you start yours (see 00_start_here).")


def test_app_notice_says_it_starts_the_journal(tmp_path: Path) -> None:
    assert ws.journal_notice(tmp_path, demo=False, environ={}, creates=True) == (
        f"Starting your journal at {tmp_path}/journal.sqlite3; it stays on this computer.")


def test_notice_with_a_journal_names_it(tmp_path: Path) -> None:
    (tmp_path / "journal.sqlite3").write_bytes(b"")
    assert ws.journal_notice(tmp_path, demo=False, environ={}) == f"Your journal: {tmp_path}/journal.sqlite3"


def test_lab_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ws, "_is_root", lambda: True)
    assert ws.lab_command(Path("/w"), port=9001, open_browser=False)[1:] == [
        "-m", "jupyter", "lab", "--notebook-dir=/w", "--LabApp.user_settings_dir=/w/.reconcile-kit/lab-settings",
        *ws.LAB_OFFLINE_OPTIONS, "--port=9001", "--no-browser", "--allow-root"]


def test_lab_command_without_root_has_no_allow_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ws, "_is_root", lambda: False)
    assert "--allow-root" not in ws.lab_command(Path("/w"))


def test_lab_settings_keep_news_off_and_the_users_other_settings(tmp_path: Path) -> None:
    path = ws.lab_settings_dir(tmp_path) / "@jupyterlab/apputils-extension/notification.jupyterlab-settings"
    path.parent.mkdir(parents=True)
    path.write_text('{"fetchNews": "true", "doNotDisturbMode": true}')
    ws.write_lab_settings(tmp_path)
    assert json.loads(path.read_text()) == {"checkForUpdates": False, "doNotDisturbMode": True, "fetchNews": "false"}


def test_app_command_serves_the_packaged_notebook_with_a_token() -> None:
    command = ws.app_command(port=9002, open_browser=False)
    assert command[1:3] + command[4:] == ["-m", "voila", "--template=reconcile-kit", "--token", "--port=9002", "--no-browser"]
    assert command[3].endswith("reconcile_kit/app/app.ipynb")


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch, shipped: Path, tmp_path: Path) -> list[tuple[list[str], dict[str, str]]]:
    """Record the server commands the CLI would start, instead of starting them."""
    calls: list[tuple[list[str], dict[str, str]]] = []
    monkeypatch.setattr(workspace_commands, "run_server", lambda command, env: calls.append((command, dict(env))) or 0)
    monkeypatch.setattr(ws, "shipped_notebooks_dir", lambda: shipped)
    monkeypatch.setattr(ws, "default_workspace", lambda: tmp_path / "default-ws")
    monkeypatch.delenv("RECONCILE_KIT_JOURNAL", raising=False)
    monkeypatch.delenv("RECONCILE_KIT_DEMO", raising=False)
    return calls


def test_lab_prepares_the_workspace_and_points_at_its_journal(started: list, tmp_path: Path) -> None:
    result = CliRunner().invoke(workspace_commands.lab, ["--workspace", str(tmp_path / "w"), "--no-browser"])
    assert result.output.splitlines()[0] == f"Your workspace: {tmp_path / 'w'}"
    assert started[0][1]["RECONCILE_KIT_JOURNAL"] == str(tmp_path / "w" / "journal.sqlite3")
    assert started[0][0][3:5] + started[0][0][9:] == ["lab", f"--notebook-dir={tmp_path / 'w'}", "--no-browser"] + (["--allow-root"] if ws._is_root() else [])


def test_lab_demo_sets_the_demo_flag(started: list) -> None:
    result = CliRunner().invoke(workspace_commands.lab, ["--demo", "--port", "9100"])
    assert (result.exit_code, started[0][1]["RECONCILE_KIT_DEMO"]) == (0, "1")
    assert "--port=9100" in started[0][0]


def test_lab_says_when_a_kit_update_is_added_beside_an_edited_notebook(started: list, shipped: Path, tmp_path: Path) -> None:
    CliRunner().invoke(workspace_commands.lab, [])
    (tmp_path / "default-ws" / "00_start_here.ipynb").write_text("mine")
    (shipped / "00_start_here.ipynb").write_text('{"v": 2}')
    output = CliRunner().invoke(workspace_commands.lab, []).output
    assert f"A newer version of 00_start_here.ipynb is beside yours: 00_start_here (kit update {ws.__version__}).ipynb" in output


def test_app_without_voila_says_which_extra(started: list, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ws, "voila_installed", lambda: False)
    result = CliRunner().invoke(workspace_commands.app, [])
    assert (result.exit_code, result.output, started) == (1, workspace_commands.APP_EXTRA_MISSING + "\n", [])


def test_app_serves_the_packaged_notebook_on_the_default_journal(started: list, tmp_path: Path) -> None:
    result = CliRunner().invoke(workspace_commands.app, ["--no-browser", "--port", "9101"])
    assert (result.exit_code, started[0][0][2], started[0][0][-2:]) == (0, "voila", ["--port=9101", "--no-browser"])
    assert started[0][1]["RECONCILE_KIT_JOURNAL"] == str(tmp_path / "journal.sqlite3")


def test_main_group_journal_option_reaches_the_notebooks(started: list, tmp_path: Path) -> None:
    from reconcile_kit.cli import cli

    result = CliRunner().invoke(cli, ["--journal", str(tmp_path / "mine.sqlite3"), "lab", "--workspace", str(tmp_path / "w")])
    assert (result.exit_code, started[0][1]["RECONCILE_KIT_JOURNAL"]) == (0, str(tmp_path / "mine.sqlite3"))
    assert f"No journal yet at {tmp_path / 'mine.sqlite3'}" in result.output


def test_server_exit_status_becomes_the_commands(started: list, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace_commands, "run_server", lambda command, env: 3)
    assert CliRunner().invoke(workspace_commands.lab, []).exit_code == 3


def test_run_server_returns_the_exit_status() -> None:
    assert workspace_commands.run_server([sys.executable, "-c", "raise SystemExit(4)"], {}) == 4


def test_sigterm_to_the_command_stops_the_server(tmp_path: Path) -> None:
    started = tmp_path / "child.pid"
    child = f"import os, pathlib, time; pathlib.Path({str(started)!r}).write_text(str(os.getpid())); time.sleep(30)"
    wrapper = ("import sys; from reconcile_kit.cli.workspace import run_server; "
               f"sys.exit(run_server([sys.executable, '-c', {child!r}], {{}}))")
    proc = subprocess.Popen([sys.executable, "-c", wrapper], cwd=Path(__file__).parents[1])
    for _ in range(200):
        if started.exists() and started.read_text():
            break
        time.sleep(0.05)
    proc.terminate()
    assert proc.wait(timeout=10) == 143  # the child got the SIGTERM: 128 + 15
    with pytest.raises(ProcessLookupError):
        os.kill(int(started.read_text()), 0)


def test_app_logging_refreshes_table_and_charts(journal: Any) -> None:
    from reconcile_kit.app import KitApp

    app = KitApp(journal)
    before = [image.value for image in app.charts.children]
    app.form.fill(summary="Sent a short hello about the concert")
    app.form.submit()
    assert list(app.table.entries["Summary"]) == ["Sent a short hello about the concert"]
    assert [image.value != old for image, old in zip(app.charts.children, before)] == [True, True]


def test_app_says_which_journal_it_writes_to(journal: Any, demo: Any) -> None:
    from reconcile_kit.app import KitApp

    assert KitApp(journal).widget.children[0].value == (
        f"<p><small>Your journal: {journal.path}. It stays on this computer; nothing is sent anywhere.</small></p>")
    assert "This is the demo journal" in KitApp(demo).widget.children[0].value


@pytest.mark.parametrize(("environ", "demo_setting"), [({"RECONCILE_KIT_DEMO": "1"}, True), ({}, False)])
def test_app_opens_the_demo_only_when_asked(tmp_path: Path, environ: dict[str, str], demo_setting: bool) -> None:
    from reconcile_kit.app import open_journal

    environ = {**environ, "RECONCILE_KIT_JOURNAL": str(tmp_path / "mine.sqlite3")}
    with open_journal(environ) as opened:
        assert (bool(opened.get_setting("now")), opened.path == tmp_path / "mine.sqlite3") == (demo_setting, not demo_setting)
