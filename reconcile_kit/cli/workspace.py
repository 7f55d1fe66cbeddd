"""The `lab` and `app` commands: JupyterLab in the private workspace, and the forms served by Voila.

Registered on the main group through `base.PLUGIN_MODULES` (loaded on first use). Both start a
server as a child process and return its exit code; Ctrl-C stops the server (it receives the
same signal) and the command waits for it.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from .. import environment
from .. import workspace as ws
from ..errors import ReconcileError

PORT = click.IntRange(1, 65535)
APP_EXTRA_MISSING = "The app needs the optional extra: pip install 'reconcile-kit[app]'"


def run_server(command: list[str], env: Mapping[str, str]) -> int:
    """Run a server command until it ends; return its exit status (128 + N if signal N ended it).

    Ctrl-C reaches the server too (same terminal) and this waits for its clean stop; a
    SIGTERM or SIGHUP sent to this process is passed on, so the server is never orphaned.
    """
    process = subprocess.Popen(command, env=dict(env))
    previous = _forward_signals(process)
    try:
        code = process.wait()
    except KeyboardInterrupt:
        try:
            code = process.wait(timeout=15)
        except (subprocess.TimeoutExpired, KeyboardInterrupt):
            process.terminate()
            code = process.wait()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return 128 - code if code < 0 else code  # killed by signal N: the shell's 128 + N


def _forward_signals(process: subprocess.Popen[bytes]) -> dict[int, Any]:
    """Pass SIGTERM and SIGHUP on to `process`; returns the handlers they replaced."""
    previous: dict[int, Any] = {}
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None:
            previous[signum] = signal.signal(signum, lambda sig, _frame: process.send_signal(sig))
    return previous


@click.command()
@click.option(
    "--workspace",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for your notebooks and journal (default: 'workspace' in your user data folder).",
)
@click.option("--demo", is_flag=True, help="Open the demo journal instead of your own.")
@click.option("--no-browser", is_flag=True, help="Start the server without opening a browser.")
@click.option("--port", type=PORT, default=None, help="Port for JupyterLab (default: 8888 or the next free one).")
@click.pass_context
def lab(ctx: click.Context, workspace: Path | None, demo: bool, no_browser: bool, port: int | None) -> None:
    """Open JupyterLab in your private workspace, with the kit's notebooks copied in.

    Your notebooks and journal live outside the kit's folder, so nothing personal lands in
    the repository. Notebooks you have changed are never overwritten: a newer kit version
    is added beside yours. JupyterLab's news and update checks are off: nothing is sent
    anywhere.

    Example:

    \b
        reconcile-kit lab --demo
    """
    folder = workspace or ws.default_workspace()
    try:
        synced = ws.prepare_workspace(folder)
        ws.write_lab_settings(folder)  # news and update checks off: Lab asks nothing of another host
    except (ReconcileError, OSError) as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Your workspace: {folder}")
    for sync in synced:
        if sync.action == "offered":
            click.echo(f"A newer version of {sync.name} is beside yours: {sync.path.name}")
        elif sync.action == "updated":
            click.echo(f"Updated {sync.name} (you had not changed it).")
    base = _base_environment(ctx)
    click.echo(ws.journal_notice(folder, demo=demo, environ=base))
    env = ws.kit_environment(folder, demo=demo, base=base)
    ctx.exit(run_server(ws.lab_command(folder, port=port, open_browser=not no_browser), env))


@click.command()
@click.option("--demo", is_flag=True, help="Open the demo journal instead of your own.")
@click.option("--no-browser", is_flag=True, help="Start the server without opening a browser.")
@click.option("--port", type=PORT, default=None, help="Port for the app (default: 8866).")
@click.pass_context
def app(ctx: click.Context, demo: bool, no_browser: bool, port: int | None) -> None:
    """Open the kit's forms as a simple app, no code: log a contact, read the advice, see your timeline.

    Served by Voila on this machine only; needs the optional extra `reconcile-kit[app]`.

    Example:

    \b
        reconcile-kit app --demo
    """
    if not ws.voila_installed():
        click.echo(APP_EXTRA_MISSING, err=True)
        ctx.exit(1)
    folder = ws.default_workspace()
    try:
        ws.ensure_private_dir(folder)
    except (ReconcileError, OSError) as error:
        raise click.ClickException(str(error)) from error
    base = _base_environment(ctx)
    click.echo(ws.journal_notice(folder, demo=demo, environ=base, creates=True))
    env = ws.app_environment(ws.kit_environment(folder, demo=demo, base=base))
    ctx.exit(run_server(ws.app_command(port=port, open_browser=not no_browser), env))


def _base_environment(ctx: click.Context) -> dict[str, str]:
    """This process's environment, with the main group's `--journal` (if given) as the journal."""
    env = dict(os.environ)
    chosen = (ctx.find_root().obj or {}).get("journal") if isinstance(ctx.find_root().obj, dict) else None
    if chosen:
        env[environment.JOURNAL] = str(Path(chosen).expanduser().absolute())
    return env


COMMANDS = (lab, app)


def register(group: click.Group) -> None:
    """Add the `lab` and `app` commands to the main CLI group."""
    for command in COMMANDS:
        group.add_command(command)
