"""Start and stop JupyterLab and Voila for the browser tests: loopback only, a token, private Jupyter dirs."""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from reconcile_kit import workspace

# Lab settings for the tests only, added to the ones `reconcile-kit lab` writes (news and updates off):
# render every cell, so widgets below the fold are in the DOM and full-page screenshots show all
TEST_LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}
# first on PYTHONPATH of the servers (and so of their kernels): its sitecustomize writes down any
# attempt to reach another host in $RECONCILE_KIT_NET_AUDIT
NET_AUDIT_PATH = Path(__file__).resolve().parent / "netaudit"


@dataclass
class Server:
    """A running server: its base URL, token, process and log file."""

    url: str
    token: str
    process: subprocess.Popen[bytes]
    log: Path
    root: Path
    env: dict[str, str] = field(default_factory=dict)

    def get(self, path: str, timeout: float = 5.0) -> bytes:
        """GET `path` with the token; returns the body (raises on HTTP errors)."""
        request = urllib.request.Request(self.url + path, headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - loopback only
            return response.read()

    def delete(self, path: str) -> None:
        """DELETE `path` with the token, ignoring a missing resource."""
        request = urllib.request.Request(
            self.url + path, method="DELETE", headers={"Authorization": f"token {self.token}"}
        )
        try:
            urllib.request.urlopen(request, timeout=10).read()  # noqa: S310 - loopback only
        except urllib.error.HTTPError as error:
            if error.code != 404:
                raise

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of the server's log, for failure messages."""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def jupyter_env(base: Path, extra: dict[str, str] | None = None, *, audit: Path) -> dict[str, str]:
    """An environment whose home, Jupyter, IPython and matplotlib dirs are all under `base`.

    Every Python process started with it writes any attempt to reach another host to `audit`.
    """
    dirs = {
        "JUPYTER_CONFIG_DIR": "config", "JUPYTER_DATA_DIR": "data", "JUPYTER_RUNTIME_DIR": "runtime",
        "IPYTHONDIR": "ipython", "MPLCONFIGDIR": "mpl", "JUPYTERLAB_SETTINGS_DIR": "lab-settings",
        "JUPYTERLAB_WORKSPACES_DIR": "lab-workspaces", "HOME": "home", "XDG_CACHE_HOME": "cache",
        "XDG_CONFIG_HOME": "xdg-config", "XDG_DATA_HOME": "xdg-data",
    }
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "RECONCILE_KIT_"))}
    for name, sub in dirs.items():
        (base / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(base / sub)
    env.update({"JUPYTER_PLATFORM_DIRS": "1", "PYTHONUNBUFFERED": "1", "MPLBACKEND": "Agg",
                "RECONCILE_KIT_NET_AUDIT": str(audit),
                "PYTHONPATH": os.pathsep.join(filter(None, (str(NET_AUDIT_PATH), env.get("PYTHONPATH"))))})
    env.update(extra or {})
    return env


def start_lab(root: Path, env: dict[str, str], log: Path) -> Server:
    """Start JupyterLab as `reconcile-kit lab` does, on a free loopback port serving `root`.

    The command and the Lab settings are the kit's own (`workspace.lab_command`,
    `workspace.write_lab_settings`); the test adds its port, token and settings. Returns once
    `/api/status` answers.
    """
    settings = workspace.write_lab_settings(root)
    for relative, values in TEST_LAB_SETTINGS.items():
        (settings / relative).parent.mkdir(parents=True, exist_ok=True)
        (settings / relative).write_text(json.dumps(values))
    port, token = free_port(), secrets.token_hex(16)
    command = workspace.lab_command(root, port=port, open_browser=False) + [
        "--ServerApp.ip=127.0.0.1", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
    ]
    server = Server(f"http://127.0.0.1:{port}", token, _spawn(command, env, log, root), log, root, env)
    _wait_ready(server, "/api/status")
    return server


def start_voila(env: dict[str, str], log: Path) -> Server:
    """Start the app as `reconcile-kit app` does (`workspace.app_command`), on a free loopback port.

    The test gives the token instead of letting Voila make one. Readiness is checked on a
    static file: every GET of `/` runs the whole notebook in a new kernel.
    """
    port, token = free_port(), secrets.token_hex(16)
    command = [f"--token={token}" if part == "--token" else part
               for part in workspace.app_command(port=port, open_browser=False)]
    command += ["--Voila.ip=127.0.0.1", "--show_tracebacks=True"]
    folder = workspace.app_notebook().parent
    server = Server(f"http://127.0.0.1:{port}", token, _spawn(command, workspace.app_environment(env), log, folder),
                    log, folder, env)
    _wait_ready(server, "/voila/static/voila.js")
    return server


def _spawn(command: list[str], env: dict[str, str], log: Path, cwd: Path) -> subprocess.Popen[bytes]:
    handle = log.open("wb")
    return subprocess.Popen(command, env=env, cwd=cwd, stdout=handle, stderr=subprocess.STDOUT,
                            start_new_session=True)


def _wait_ready(server: Server, path: str, timeout: float = 90.0) -> None:
    """Ask `path` again until it answers: a server that is starting gives no other sign it is listening."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server exited with {server.process.returncode}:\n{server.log_tail()}")
        try:
            server.get(path, timeout=2)
            return
        except (OSError, urllib.error.URLError):
            time.sleep(0.25)
    stop(server)
    raise RuntimeError(f"server not ready on {server.url}{path} after {timeout:.0f} s:\n{server.log_tail()}")


def stop(server: Server) -> None:
    """Stop the server (SIGTERM, then SIGKILL after 20 s); its kernels are shut down with it."""
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=20)
        except subprocess.TimeoutExpired:  # kill its whole group: the server and its kernels, which we started
            os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait(timeout=10)


def shutdown_sessions(server: Server) -> None:
    """Shut down every kernel session on a JupyterLab server, to keep the 2-core CI machine free."""
    for session in json.loads(server.get("/api/sessions")):
        server.delete(f"/api/sessions/{session['id']}")
