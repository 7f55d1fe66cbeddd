"""Nothing leaves the machine: every public function of the kit runs on the demo journal with the network blocked.

pytest-socket blocks network sockets and name lookups in the unit suite (tests/conftest.py); the
`attempts` fixture also records a blocked attempt that the code caught and hid. "Public" is what
the package itself says: the names in `reconcile_kit.__all__`, the `__all__` of each subpackage
listed there, the user-facing modules below, the `Journal` methods and every CLI command. A new
public function without a recipe here fails `test_every_public_function_has_a_recipe`. Importing
every module is checked in a fresh interpreter whose lookups and connections are written down
(tests/browser/netaudit), since the modules here were imported before any block was on.
"""

from __future__ import annotations

import importlib
import inspect
import os
import socket
import subprocess
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import pytest
import pytest_socket
from click.testing import CliRunner

import reconcile_kit
from reconcile_kit import app, cadence, charts, demo, export, forms, guide, importers, notebook_helpers
from reconcile_kit import store, timeline, workspace
from reconcile_kit.cli import cli
from reconcile_kit.cli import workspace as workspace_commands
from reconcile_kit.model import Interaction
from reconcile_kit.store import Journal

ROOT = Path(__file__).resolve().parents[1]
NET_AUDIT = ROOT / "tests" / "browser" / "netaudit"
USER_FACING = (export, notebook_helpers, app, demo, workspace)  # documented modules not in the root's __all__
TEXT = "Hi Robin, I saw the poster for the concert and thought of you. Hope the week is going well."
APOLOGY = "I'm sorry I left without a word. That was my choice, and I hurt you. I won't do it again."


@dataclass
class Demo:
    """What a recipe works on: the demo journal, its timeline and "now", a folder and a chat export."""

    journal: Journal
    tmp: Path

    @property
    def timeline(self) -> Any:
        return self.journal.timeline()

    @property
    def now(self) -> datetime:
        return reconcile_kit.now_for(self.journal)

    @property
    def messages(self) -> Any:
        return importers.load_messages(importers.sample_path(), me="Alex", tz="UTC")


def chart(draw: Callable[..., Any]) -> Callable[[Demo], None]:
    """A recipe that draws `draw` for the demo and closes the figure."""
    return lambda d: plt.close(draw(d.timeline, name="Robin", now=d.now))


RECIPES: dict[Callable[..., Any], Callable[[Demo], Any]] = {
    reconcile_kit.advise: lambda d: reconcile_kit.advise(d.timeline, d.now),
    reconcile_kit.check_apology: lambda d: reconcile_kit.check_apology(APOLOGY).to_html(),
    reconcile_kit.check_first_message: lambda d: reconcile_kit.check_first_message(TEXT).to_markdown(),
    reconcile_kit.check_meet_ask: lambda d: reconcile_kit.check_meet_ask("Would you like to get a coffee on Saturday?"),
    reconcile_kit.current_stage: lambda d: reconcile_kit.current_stage(d.timeline, d.now),
    reconcile_kit.demo_journal: lambda d: reconcile_kit.demo_journal(d.tmp / "another-demo.sqlite3").close(),
    reconcile_kit.load_messages: lambda d: d.messages,
    reconcile_kit.now_for: lambda d: d.now,
    cadence.as_utc: lambda d: cadence.as_utc(d.now),
    cadence.contact_events: lambda d: cadence.contact_events(d.timeline, d.now),
    cadence.conversations: lambda d: cadence.conversations(d.timeline, now=d.now),
    cadence.gaps: lambda d: cadence.gaps(d.timeline, now=d.now),
    cadence.reply_times: lambda d: cadence.reply_times(d.timeline, now=d.now),
    cadence.summarize: lambda d: cadence.summarize(d.timeline, now=d.now).to_markdown(),
    cadence.summary_lines: lambda d: cadence.summary_lines(cadence.summarize(d.timeline, now=d.now), name="Robin"),
    cadence.weekly_counts: lambda d: cadence.weekly_counts(d.timeline, now=d.now),
    cadence.last_long_silence: lambda d: cadence.last_long_silence(d.timeline, now=d.now),
    cadence.compare_lines: lambda d: cadence.compare_lines(*[cadence.summarize(d.timeline, now=d.now)] * 2, name="Robin"),
    guide.closed: lambda d: guide.closed(d.timeline, d.now),
    guide.situation: lambda d: guide.situation(d.timeline, d.now),
    guide.advise_for: lambda d: guide.advise_for(guide.situation(d.timeline, d.now), d.timeline),
    **{getattr(charts, name): chart(getattr(charts, name)) for name in charts.__all__ if name not in charts.HABIT_CHARTS},
    charts.check_in_chart: lambda d: plt.close(charts.check_in_chart(d.journal.check_ins(), d.journal.habits(), now=d.now)),
    cadence.reciprocity: lambda d: cadence.reciprocity(d.timeline, now=d.now).lines("Robin"),
    cadence.weekly_style: lambda d: cadence.weekly_style(d.timeline, now=d.now),
    importers.summary: lambda d: importers.summary(d.messages),
    timeline.empty: lambda d: timeline.empty(),
    timeline.from_interactions: lambda d: timeline.from_interactions([d.journal.get(d.timeline["uid"].iloc[-1])]),
    timeline.from_records: lambda d: timeline.from_records(d.timeline),
    timeline.from_messages: lambda d: timeline.from_messages(d.messages),
    timeline.message_columns: lambda d: timeline.message_columns(d.messages),
    guide.stage_info: lambda d: guide.stage_info(reconcile_kit.current_stage(d.timeline, d.now)),
    guide.stage_spans: lambda d: guide.stage_spans(d.timeline, d.now),
    guide.checklist_items: lambda d: guide.checklist_items(),
    guide.stage_tip: lambda d: guide.stage_tip(reconcile_kit.current_stage(d.timeline, d.now)),
    guide.summary_message: lambda d: guide.summary_message(reconcile_kit.advise(d.timeline, d.now)),
    importers.detect_format: lambda d: importers.detect_format(importers.sample_path()),
    importers.sample_path: lambda d: importers.sample_path(),
    store.default_path: lambda d: store.default_path(),
    export.records: lambda d: export.records(d.timeline),
    export.to_csv: lambda d: export.to_csv(d.timeline),
    export.to_json: lambda d: export.to_json(d.timeline),
    export.to_markdown: lambda d: export.to_markdown(d.timeline),
    export.render: lambda d: export.render(d.timeline, "json"),
    notebook_helpers.open_journal: lambda d: notebook_helpers.open_journal(demo=True, quiet=True).close(),
    notebook_helpers.start_my_journal: lambda d: notebook_helpers.start_my_journal("Robin").close(),
    notebook_helpers.using_demo: lambda d: notebook_helpers.using_demo(),
    notebook_helpers.their_name: lambda d: notebook_helpers.their_name(d.journal),
    notebook_helpers.prune_demos: lambda d: notebook_helpers.prune_demos(d.tmp),
    notebook_helpers.scratch_copy: lambda d: notebook_helpers.scratch_copy(d.journal, quiet=True).close(),
    notebook_helpers.rhythm_in_words: lambda d: notebook_helpers.rhythm_in_words(d.journal),
    notebook_helpers.reciprocity_in_words: lambda d: notebook_helpers.reciprocity_in_words(d.journal),
    notebook_helpers.window_start: lambda d: notebook_helpers.window_start(d.journal),
    app.build_app: lambda d: app.build_app(d.journal),
    app.open_journal: lambda d: app.open_journal({"RECONCILE_KIT_JOURNAL": str(d.tmp / "app.sqlite3")}).close(),
    demo.demo_path: lambda d: demo.demo_path(),
    demo.is_demo: lambda d: demo.is_demo(d.journal),
    workspace.default_workspace: lambda d: workspace.default_workspace(),
    workspace.shipped_notebooks_dir: lambda d: workspace.shipped_notebooks_dir(),
    workspace.app_notebook: lambda d: workspace.app_notebook(),
    workspace.journal_for: lambda d: workspace.journal_for(d.tmp / "ws", {}),
    workspace.workspace_in_use: lambda d: workspace.workspace_in_use(d.tmp, {}),
    workspace.ensure_private_dir: lambda d: workspace.ensure_private_dir(d.tmp / "ws"),
    workspace.prepare_workspace: lambda d: workspace.prepare_workspace(d.tmp / "ws"),
    workspace.lab_settings_dir: lambda d: workspace.lab_settings_dir(d.tmp / "ws"),
    workspace.write_lab_settings: lambda d: workspace.write_lab_settings(d.tmp / "ws"),
    workspace.kit_environment: lambda d: workspace.kit_environment(d.tmp / "ws", demo=False, base={}),
    workspace.app_environment: lambda d: workspace.app_environment({}),
    workspace.journal_notice: lambda d: workspace.journal_notice(d.tmp / "ws", demo=False, environ={}),
    workspace.lab_command: lambda d: workspace.lab_command(d.tmp / "ws"),
    workspace.app_command: lambda d: workspace.app_command(),
    workspace.voila_installed: lambda d: workspace.voila_installed(),
}

def read_sample(form: Any) -> Any:
    """The import form with the bundled sample read and Alex chosen, ready to add."""
    form.read_path(importers.sample_path())
    form.fill(me="Alex")
    return form


FORMS: dict[type, Callable[[Demo], forms.Form]] = {
    forms.LogInteractionForm: lambda d: forms.LogInteractionForm(d.journal),
    forms.TimelineTable: lambda d: forms.TimelineTable(d.journal),
    forms.AdvicePanel: lambda d: forms.AdvicePanel(d.journal),
    forms.StageChecklist: lambda d: forms.StageChecklist(d.journal, reconcile_kit.current_stage(d.timeline, d.now)),
    forms.DraftChecker: lambda d: forms.DraftChecker(),
    forms.ApologyWorkbench: lambda d: forms.ApologyWorkbench(d.journal),
    forms.OutcomeForm: lambda d: forms.OutcomeForm(d.journal),
    forms.ReflectionPrompt: lambda d: forms.ReflectionPrompt(d.journal, "after_talk", "How did it feel?"),
    forms.HabitWatch: lambda d: forms.HabitWatch(d.journal),
    forms.SupportLink: lambda d: forms.SupportLink(d.journal),
    forms.SupportCard: lambda d: forms.SupportCard(d.journal),
    forms.ClosurePath: lambda d: forms.ClosurePath(d.journal),
    forms.FeelingsPrompt: lambda d: forms.FeelingsPrompt(d.journal),
    forms.PathCard: lambda d: forms.PathCard(d.journal),
    forms.RemindButton: lambda d: forms.RemindButton(d.journal, d.tmp / "reminders.ics"),
    forms.SafetyScreen: lambda d: forms.SafetyScreen(d.journal),
    forms.StartJournalForm: lambda d: forms.StartJournalForm(d.journal),
    forms.UnsentLetter: lambda d: forms.UnsentLetter(d.journal),
    forms.ToneReview: lambda d: forms.ToneReview(d.journal),
    forms.WindowForm: lambda d: forms.WindowForm(d.journal),
    forms.ImportForm: lambda d: read_sample(forms.ImportForm(d.journal)),
}

AT = datetime(2026, 10, 16, 9, 0, tzinfo=timezone.utc)
JOURNAL: dict[str, Callable[[Journal], Any]] = {
    "open": lambda j: Journal.open(j.path).close(),
    "backup": lambda j: j.backup(),
    "add": lambda j: j.add(Interaction(at=AT, channel="text", direction="out", kind="message", summary="A short hello")),
    "get": lambda j: j.get(j.timeline()["uid"].iloc[-1]),
    "update": lambda j: j.update(j.timeline()["uid"].iloc[-1], tone="positive"),
    "delete": lambda j: j.delete(j.timeline()["uid"].iloc[-1]),
    "undo": lambda j: j.undo(),
    "last_step": lambda j: j.last_step(),
    "timeline": lambda j: j.timeline(include_deleted=True),
    "import_messages": lambda j: j.import_messages(importers.load_messages(importers.sample_path(), me="Alex", tz="UTC")),
    "resolve": lambda j: j.resolve(j.timeline()["uid"].iloc[-1][:8]),
    "get_setting": lambda j: j.get_setting("now"),
    "set_setting": lambda j: j.set_setting("their_name", "Robin"),
    "settings": lambda j: j.settings(),
    "add_reflection": lambda j: j.add_reflection("after_talk", "Calmer than I feared", at=AT),
    "reflections": lambda j: j.reflections(),
    "latest": lambda j: j.latest(),
    "latest_reflection": lambda j: j.latest_reflection("after_talk"),
    "set_ticked": lambda j: j.set_ticked("S1.1", at=AT),
    "ticked": lambda j: j.ticked(),
    "add_habit": lambda j: j.add_habit("Checking their profile", at=AT),
    "habits": lambda j: j.habits(),
    "check_in": lambda j: j.check_in(int(j.habits()["id"].iloc[-1]), False, at=AT),
    "check_ins": lambda j: j.check_ins(),
    "close": lambda j: j.close(),
}


def cli_args(d: Demo) -> dict[str, list[str]]:
    """One command line for each CLI command, on the demo journal."""
    uid = d.timeline["uid"].iloc[-1]
    return {
        "list": ["list", "--all", "--json"], "show": ["show", uid], "log": ["log", "Sent a short hello", "--direction", "out"],
        "edit": ["edit", uid, "--tone", "positive"], "delete": ["delete", uid], "undo": ["undo"],
        "export": ["export", "--format", "markdown"], "demo": ["demo", str(d.tmp / "cli-demo.sqlite3")],
        "import": ["import", str(importers.sample_path()), "--me", "Alex", "--tz", "UTC"],
        "backup": ["backup"], "restore": ["restore"], "lab": ["lab", "--workspace", str(d.tmp / "ws")], "app": ["app"],
        "status": ["status", "--json"], "check": ["check", "apology", str(d.tmp / "apology.txt")],
        "remind": ["remind", "--ics", str(d.tmp / "reminders.ics")],
    }


def public_functions() -> dict[str, Callable[..., Any]]:
    """Every public function the package names, by module-qualified name."""
    modules = [reconcile_kit] + [getattr(reconcile_kit, name) for name in reconcile_kit.__all__
                                 if inspect.ismodule(getattr(reconcile_kit, name))] + list(USER_FACING)
    found = {}
    for module in modules:
        names = getattr(module, "__all__", None) or [n for n in vars(module) if not n.startswith("_")]
        for name in names:
            value = getattr(module, name)
            if inspect.isfunction(value) and (hasattr(module, "__all__") or value.__module__ == module.__name__):
                found[f"{value.__module__}.{value.__name__}"] = value
    return found


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every blocked attempt to open a network socket or look a name up, even one the code caught."""
    seen: list[str] = []
    blocked_init = pytest_socket.SocketBlockedError.__init__

    def record(error: Exception, *args: Any, **kwargs: Any) -> None:
        seen.append("".join(traceback.format_stack(limit=4)[:-1]))
        blocked_init(error, *args, **kwargs)

    monkeypatch.setattr(pytest_socket.SocketBlockedError, "__init__", record)
    return seen


@pytest.fixture
def d(demo: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Demo:
    monkeypatch.setenv("RECONCILE_KIT_DEMO_DIR", str(tmp_path / "demos"))
    return Demo(demo, tmp_path)


@pytest.mark.filterwarnings("ignore:A test tried to use socket:UserWarning")
def test_the_network_is_blocked_and_a_hidden_attempt_is_recorded(attempts: list[str]) -> None:
    try:
        socket.getaddrinfo("example.com", 443)
    except pytest_socket.SocketBlockedError:
        pass
    assert len(attempts) == 1


def test_every_public_function_has_a_recipe() -> None:
    missing = sorted(name for name, function in public_functions().items() if function not in RECIPES)
    assert missing == []


def test_every_form_has_a_recipe() -> None:
    assert sorted(forms.__all__) == sorted([c.__name__ for c in FORMS] + ["Form"])


def test_every_journal_method_has_a_recipe() -> None:
    public = {name for name, value in vars(Journal).items() if not name.startswith("_") and callable(getattr(Journal, name))}
    assert sorted(public - set(JOURNAL)) == []


@pytest.mark.parametrize("name", sorted(public_functions()))
def test_public_function_runs_offline(name: str, d: Demo, attempts: list[str]) -> None:
    RECIPES[public_functions()[name]](d)
    assert attempts == []


@pytest.mark.parametrize("form", list(FORMS), ids=lambda form: form.__name__)
def test_form_builds_describes_and_submits_offline(form: type, d: Demo, attempts: list[str]) -> None:
    made = FORMS[form](d)
    made.describe()
    getattr(made, "submit", lambda: None)()  # a form that only shows something has nothing to submit
    assert attempts == []


def test_journal_methods_run_offline(d: Demo, attempts: list[str]) -> None:
    for method in JOURNAL.values():
        method(d.journal)
    assert attempts == []


def test_every_cli_command_runs_offline(d: Demo, attempts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace_commands, "run_server", lambda command, env: 0)  # lab and app: no server
    (d.tmp / "apology.txt").write_text(APOLOGY, encoding="utf-8")
    runs = {name: CliRunner().invoke(cli, ["--journal", str(d.journal.path), *args]).exit_code
            for name, args in cli_args(d).items()}
    assert (runs, attempts) == (dict.fromkeys(cli.list_commands(None), 0), [])


def test_every_module_imports_without_reaching_out(tmp_path: Path) -> None:
    audit = tmp_path / "net-audit.log"
    code = (f"import importlib, pkgutil, sitecustomize, reconcile_kit\nassert sitecustomize.__file__.startswith({str(NET_AUDIT)!r})\n"
            "for m in pkgutil.walk_packages(reconcile_kit.__path__, 'reconcile_kit.'):\n"
            "    m.name.endswith('__main__') or importlib.import_module(m.name)")
    env = {**os.environ, "RECONCILE_KIT_NET_AUDIT": str(audit),
           "PYTHONPATH": os.pathsep.join([str(NET_AUDIT), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr[-2000:], audit.exists()) == (0, "", False)
