"""The user's private workspace: a folder outside the repository holding their notebooks and journal.

`reconcile-kit lab` copies the notebooks shipped with the kit into the workspace and opens
JupyterLab there, so personal data never lands in the repository's notebooks (those hold
demo outputs only). The copies are the user's from then on: the kit never overwrites a
notebook the user has changed. When a newer kit ships a different version of a notebook the
user has edited, the new version is added beside it as `NAME (kit update X.Y.Z).ipynb`; a
notebook the user never changed is simply replaced. A manifest (`.reconcile-kit-manifest.json`)
remembers the hash of what was copied, which is how "changed" is told apart.

Shipped notebooks keep their demo outputs when copied: they show what each step will look
like, and every notebook says which journal it opened when it runs.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__, environment
from .errors import WorkspaceError
from .files import make_private_dirs, write_private

JOURNAL_NAME = "journal.sqlite3"
MANIFEST_NAME = ".reconcile-kit-manifest.json"
JOURNAL_ENV = environment.JOURNAL
DEMO_ENV = environment.DEMO
PACKAGE_DIR = Path(__file__).resolve().parent
# The kit's own Jupyter data folder (on JUPYTER_PATH for the servers): the app's Voila template,
# Voila's "lab" template less its links to a public CDN, so the app asks nothing of another host.
JUPYTER_DATA = PACKAGE_DIR / "app" / "jupyter"
APP_TEMPLATE = "reconcile-kit"
# JupyterLab's settings for the workspace live in it, and the kit keeps these in them on every start:
# no "would you like news?" toast, no news fetched, no update check.
LAB_SETTINGS_DIR = Path(".reconcile-kit") / "lab-settings"
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
}
# The server side of the same: no news feed, no update check, and an extension manager that only
# lists what is installed (the default one searches PyPI). Nothing else in Lab calls out.
LAB_OFFLINE_OPTIONS = (
    "--LabApp.news_url=None",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    "--LabApp.extension_manager=readonly",
)


@dataclass(frozen=True, slots=True)
class NotebookSync:
    """What `prepare_workspace` did with one shipped notebook.

    `action` is one of `copied` (new in the workspace), `unchanged` (same as shipped),
    `updated` (the user never edited it, so the newer kit version replaced it),
    `kept` (the user's edited copy, nothing newer from the kit) or `offered` (the user's copy
    kept and the newer kit version written beside it, at `path`).
    """

    name: str
    action: str
    path: Path


def default_workspace() -> Path:
    """Return the default workspace folder: `workspace` in the platform's user data dir."""
    import platformdirs

    return Path(platformdirs.user_data_dir("reconcile-kit", appauthor=False)) / "workspace"


def shipped_notebooks_dir() -> Path:
    """Return the folder of notebooks shipped with the kit (package data, or the repo in a dev install).

    :raises WorkspaceError: when neither `reconcile_kit/notebooks` nor the repository's
        `notebooks/` holds any notebook.
    """
    for candidate in (PACKAGE_DIR / "notebooks", PACKAGE_DIR.parent / "notebooks"):
        if candidate.is_dir() and any(candidate.glob("*.ipynb")):
            return candidate
    raise WorkspaceError(
        f"the kit's notebooks were not found in {PACKAGE_DIR / 'notebooks'} or "
        f"{PACKAGE_DIR.parent / 'notebooks'}; reinstall reconcile-kit"
    )


def app_notebook() -> Path:
    """Return the path of the Voila app notebook shipped in `reconcile_kit/app/`."""
    return PACKAGE_DIR / "app" / "app.ipynb"


def journal_for(workspace: Path, environ: Mapping[str, str] | None = None) -> Path:
    """Return the journal the workspace's notebooks use.

    `$RECONCILE_KIT_JOURNAL` when set; for the default workspace, the kit's default journal
    (`journal.sqlite3` in the user data dir, the one `Journal.open()` and the other CLI
    commands use, so there is only one); for any other workspace, `WS/journal.sqlite3`.
    """
    env = os.environ if environ is None else environ
    chosen = env.get(JOURNAL_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    default = default_workspace()
    if Path(workspace).expanduser().absolute() == default.absolute():
        return default.parent / JOURNAL_NAME
    return Path(workspace) / JOURNAL_NAME


def workspace_in_use(cwd: Path | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """Return the workspace the running notebook or app works in: where a file made for the user goes.

    The kernel's folder when it is a kit workspace (it holds the manifest): `reconcile-kit lab`
    starts each kernel in its notebook's folder. Else the workspace of `$RECONCILE_KIT_JOURNAL`
    (what `lab --workspace` and `app` give the server), `journal_for` read backwards: the default
    workspace for the kit's default journal, else the journal's folder. Else the default workspace.

    :param cwd: the kernel's folder (default: the current one)
    """
    here: Path | None
    try:
        here = Path.cwd() if cwd is None else Path(cwd)
    except OSError:  # the folder was removed under the kernel
        here = None
    if here is not None and (here / MANIFEST_NAME).is_file():
        return here
    env = os.environ if environ is None else environ
    chosen = env.get(JOURNAL_ENV, "").strip()
    default = default_workspace()
    if not chosen:
        return default
    journal = Path(chosen).expanduser().absolute()
    return default if journal == (default.parent / JOURNAL_NAME).absolute() else journal.parent


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) if missing; a folder the kit creates gets mode 0700.

    An existing folder keeps its mode: the user chose it.
    """
    path = Path(path).expanduser()
    if path.exists() and not path.is_dir():
        raise WorkspaceError(f"the workspace {path} is a file; give a folder (new or existing)")
    if not path.exists():
        make_private_dirs(path)  # the journal's folder rule: every new folder 0700
    return path


def prepare_workspace(
    workspace: Path, *, source: Path | None = None, version: str = __version__
) -> tuple[NotebookSync, ...]:
    """Create the workspace if needed and bring the kit's notebooks in without touching the user's edits.

    :param workspace: the folder to prepare (created with mode 0700 when missing).
    :param source: where the shipped notebooks are; default `shipped_notebooks_dir()`.
    :param version: the kit version named in `(kit update X)` copies.
    :returns: one `NotebookSync` per shipped notebook, in name order.
    """
    workspace = ensure_private_dir(workspace)
    source = shipped_notebooks_dir() if source is None else Path(source)
    manifest = _read_manifest(workspace)
    results = []
    for shipped in sorted(source.glob("*.ipynb")):
        sync, entry = _sync_one(shipped, workspace, manifest.get(shipped.name), version)
        manifest[shipped.name] = entry
        results.append(sync)
    _write_manifest(workspace, manifest)
    return tuple(results)


def _sync_one(
    shipped: Path, workspace: Path, entry: dict[str, Any] | None, version: str
) -> tuple[NotebookSync, dict[str, Any]]:
    """Decide and do what one shipped notebook needs; return the outcome and its new manifest entry."""
    data = shipped.read_bytes()
    new_hash = _sha256(data)
    fresh = {"copied": new_hash, "seen": new_hash, "version": version}
    dest = workspace / shipped.name
    if not dest.exists():
        write_private(dest, data)
        return NotebookSync(shipped.name, "copied", dest), fresh
    current = _sha256(dest.read_bytes())
    if current == new_hash:
        return NotebookSync(shipped.name, "unchanged", dest), fresh
    if entry and current == entry.get("copied"):
        write_private(dest, data)
        return NotebookSync(shipped.name, "updated", dest), fresh
    if entry and entry.get("seen") == new_hash:
        return NotebookSync(shipped.name, "kept", dest), entry
    beside = _beside_path(dest, data, version)
    if not beside.exists():
        write_private(beside, data)
    kept = {"copied": (entry or {}).get("copied"), "seen": new_hash, "version": version}
    return NotebookSync(shipped.name, "offered", beside), kept


def _beside_path(dest: Path, data: bytes, version: str) -> Path:
    """Return a free name like `01_x (kit update 0.2.0).ipynb`, or the one already holding `data`."""
    for n in range(1, 100):
        suffix = "" if n == 1 else f" {n}"
        candidate = dest.with_name(f"{dest.stem} (kit update {version}){suffix}{dest.suffix}")
        if not candidate.exists() or candidate.read_bytes() == data:
            return candidate
    raise WorkspaceError(f"too many kit update copies beside {dest}; remove some and try again")


def _sha256(data: bytes) -> str:
    """Return the hex SHA-256 of `data`."""
    return hashlib.sha256(data).hexdigest()


def _read_manifest(workspace: Path) -> dict[str, dict[str, Any]]:
    """Return the manifest's notebook entries, or `{}` when there is none or it is unreadable."""
    try:
        data = json.loads((workspace / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    notebooks = data.get("notebooks") if isinstance(data, dict) else None
    return dict(notebooks) if isinstance(notebooks, dict) else {}


def _write_manifest(workspace: Path, notebooks: dict[str, dict[str, Any]]) -> None:
    """Write the manifest (hashes of what the kit copied and last offered)."""
    text = json.dumps({"kit_version": __version__, "notebooks": notebooks}, indent=1, sort_keys=True)
    write_private(workspace / MANIFEST_NAME, text.encode("utf-8"))


def lab_settings_dir(workspace: Path) -> Path:
    """Return the folder of the workspace's JupyterLab settings (`.reconcile-kit/lab-settings`)."""
    return Path(workspace) / LAB_SETTINGS_DIR


def write_lab_settings(workspace: Path) -> Path:
    """Keep news and update checks off in the workspace's JupyterLab settings; return their folder.

    Other settings in the same files (the user's own) are kept when the file is plain JSON.
    """
    folder = lab_settings_dir(workspace)
    for relative, wanted in LAB_SETTINGS.items():
        path = folder / relative
        make_private_dirs(path.parent)
        try:
            current = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # missing, or written with comments by Lab's editor: start again
            current = {}
        merged = (current if isinstance(current, dict) else {}) | wanted
        write_private(path, json.dumps(merged, indent=2, sort_keys=True))
    return folder


def kit_environment(
    workspace: Path, *, demo: bool, base: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Return the environment for a server started on the workspace.

    With `demo`, `RECONCILE_KIT_DEMO=1` (the notebooks open the demo journal); otherwise
    `RECONCILE_KIT_JOURNAL` names the workspace's journal and any `RECONCILE_KIT_DEMO` is dropped.
    """
    env = dict(os.environ if base is None else base)
    if demo:
        env[DEMO_ENV] = "1"
    else:
        env.pop(DEMO_ENV, None)
        env[JOURNAL_ENV] = str(journal_for(workspace, env))
    return env


def app_environment(env: Mapping[str, str]) -> dict[str, str]:
    """Return `env` with the kit's Jupyter data folder first on `JUPYTER_PATH`, where Voila finds the app's template."""
    paths = (str(JUPYTER_DATA), env.get("JUPYTER_PATH", ""))
    return {**env, "JUPYTER_PATH": os.pathsep.join(path for path in paths if path)}


def journal_notice(
    workspace: Path, *, demo: bool, environ: Mapping[str, str] | None = None, creates: bool = False
) -> str:
    """Return one line telling the user which journal the notebooks (or, with `creates`, the app) will open."""
    if demo:
        return "Demo mode: the demo journal opens, a practice copy; your own journal is not touched."
    journal = journal_for(workspace, environ)
    if journal.exists():
        return f"Your journal: {journal}"
    if creates:
        return f"Starting your journal at {journal}; it stays on this computer."
    return f"No journal yet at {journal}: the notebooks open the demo until you start yours (see 00_start_here)."


def lab_command(workspace: Path, *, port: int | None = None, open_browser: bool = True) -> list[str]:
    """Return the command that starts JupyterLab in `workspace` (`--allow-root` only when run as root).

    Lab reads its settings from the workspace (`write_lab_settings`) and calls nothing outside
    this computer (`LAB_OFFLINE_OPTIONS`).
    """
    command = [sys.executable, "-m", "jupyter", "lab", f"--notebook-dir={workspace}",
               f"--LabApp.user_settings_dir={lab_settings_dir(workspace)}", *LAB_OFFLINE_OPTIONS]
    if port is not None:
        command.append(f"--port={port}")
    if not open_browser:
        command.append("--no-browser")
    if _is_root():
        command.append("--allow-root")
    return command


def app_command(*, port: int | None = None, open_browser: bool = True) -> list[str]:
    """Return the command that serves the Voila app, with a generated access token.

    The page uses the kit's template (`APP_TEMPLATE`, found on the `JUPYTER_PATH` that
    `app_environment` sets): everything it loads comes from this computer.
    """
    command = [sys.executable, "-m", "voila", str(app_notebook()), f"--template={APP_TEMPLATE}", "--token"]
    if port is not None:
        command.append(f"--port={port}")
    if not open_browser:
        command.append("--no-browser")
    return command


def voila_installed() -> bool:
    """Return True when the optional `voila` package (extra `reconcile-kit[app]`) is importable."""
    return importlib.util.find_spec("voila") is not None


def _is_root() -> bool:
    """Return True when running as root on a POSIX system."""
    return hasattr(os, "geteuid") and os.geteuid() == 0
