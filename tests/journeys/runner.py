"""Run All for many (notebook, journal state) pairs in a few reused kernels, in parallel.

Each job copies a state's journal (tests/states.py) to its own folder, points
`$RECONCILE_KIT_JOURNAL` at it (so `open_journal()` opens it as the user's own), clears the
kernel's namespace (`%reset -f`, every widget closed) and runs the notebook's code cells in
order, stopping at the first error as Run All does. Before and after, every table of the
journal is hashed (`table_hash`). Starting a kernel costs about a second and importing the kit
a few more, so one kernel runs many jobs; `WORKERS` kernels run side by side (the development
machine has 2 cores). Kernels talk over Unix sockets (IPC), never TCP.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import os
import shutil
import sqlite3
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, DeadKernelError

WORKERS = 2
TIMING = pytest.StashKey[str]()  # the matrix's wall time, for the run's summary (conftest.py)
CELL_TIMEOUT_S = 180
TEXT_TYPES = ("text/plain", "text/markdown", "text/html")
# Between jobs: close the last job's journals, empty the namespace, point at the next journal.
SETUP = """from reconcile_kit.store import Journal as _Journal
[value.close() for value in list(globals().values()) if isinstance(value, _Journal)]
get_ipython().run_line_magic("reset", "-f")
import os
os.environ.pop("RECONCILE_KIT_DEMO", None)
os.environ["RECONCILE_KIT_JOURNAL"] = {path!r}"""


@dataclass(repr=False)
class Run:
    """One Run All of `notebook` on the journal of `state`."""

    notebook: str
    state: str
    outputs: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None  # "ename: evalue" of the first error (the run stopped there)
    before: str = ""  # table_hash before and after the run
    after: str = ""
    seconds: float = 0.0  # wall time in the notebook's cells
    cpu: float = 0.0  # the kernel's CPU time in them (what a busy machine does not stretch)

    def __repr__(self) -> str:
        return f"Run({self.notebook}, {self.state}, error={self.error!r})"

    @property
    def texts(self) -> list[str]:
        """Every text the run showed: streams, text outputs and tracebacks."""
        found = []
        for output in self.outputs:
            if output["output_type"] == "stream":
                found.append(output["text"])
            elif output["output_type"] == "error":
                found.append("\n".join(output.get("traceback", [])))
            for mime in TEXT_TYPES:
                if mime in output.get("data", {}):
                    found.append(output["data"][mime])
        return found

    @property
    def text(self) -> str:
        return "\n".join(self.texts)

    @property
    def stderr(self) -> list[str]:
        return [o["text"] for o in self.outputs if o["output_type"] == "stream" and o["name"] == "stderr"]


def table_hash(path: Path) -> str:
    """A hash of every row of every table of the journal at `path` (sqlite_sequence included)."""
    digest = hashlib.sha256()
    with sqlite3.connect(path) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            rows = sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{table}"'))
            digest.update(f"{table}:{len(rows)}\n".encode())
            for row in rows:
                digest.update(row.encode())
    conn.close()
    return digest.hexdigest()


def kernel_env(root: Path, base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The kernels' environment: every user folder under `root`, demos built there, another zone than the states'."""
    env = dict(os.environ if base is None else base)
    for variable, name in {"HOME": "home", "XDG_DATA_HOME": "data", "XDG_CACHE_HOME": "cache",
                           "XDG_CONFIG_HOME": "config", "XDG_STATE_HOME": "state", "MPLCONFIGDIR": "mpl",
                           "IPYTHONDIR": "ipython", "RECONCILE_KIT_DEMO_DIR": "demos"}.items():  # fmt: skip
        (root / name).mkdir(parents=True, exist_ok=True)
        env[variable] = str(root / name)
    env.pop("RECONCILE_KIT_DEMO", None)
    env.pop("RECONCILE_KIT_PASSPHRASE", None)
    # The states live in Europe/London; a computer elsewhere must not change what they show.
    env["TZ"] = "Pacific/Auckland"
    return env


class _Kernel:
    """One kernel that runs job after job (restarted if it dies)."""

    def __init__(self, name: str, folder: Path, env: dict[str, str], cwd: Path) -> None:
        self.folder, self.env, self.cwd = folder / name, env, cwd
        self.folder.mkdir(parents=True, exist_ok=True)
        self.client: NotebookClient | None = None

    async def start(self) -> NotebookClient:
        client = NotebookClient(nbformat.v4.new_notebook(), timeout=CELL_TIMEOUT_S, kernel_name="python3",
                                resources={"metadata": {"path": str(self.cwd)}})  # fmt: skip
        client.km = client.create_kernel_manager()
        client.km.transport = "ipc"  # Unix sockets: no TCP port, nothing for pytest-socket to block
        client.km.ip = str(self.folder / "kernel")
        await client.async_start_new_kernel(env=self.env, cwd=str(self.cwd))
        await client.async_start_new_kernel_client()
        self.client = client
        return client

    async def stop(self) -> None:
        if self.client is None:
            return
        client, self.client = self.client, None
        if client.kc is not None:
            client.kc.stop_channels()
        if client.km is not None:
            await client.km.shutdown_kernel(now=True)

    async def _cpu(self) -> float:
        """The kernel's CPU seconds so far."""
        assert self.client is not None
        cell = nbformat.v4.new_code_cell("import time as _time; print(_time.process_time())")
        await self.client.async_execute_cell(cell, 0)
        return float(cell.outputs[0]["text"])

    async def run(self, notebook: nbformat.NotebookNode, journal: Path, run: Run) -> None:
        client = self.client or await self.start()
        work = copy.deepcopy(notebook)
        client.nb = work
        await client.async_execute_cell(nbformat.v4.new_code_cell(SETUP.format(path=str(journal))), 0)
        cpu = await self._cpu()
        start = time.perf_counter()
        try:
            for index, cell in enumerate(work.cells):
                if cell.cell_type == "code":
                    await client.async_execute_cell(cell, index)
        except CellExecutionError as error:
            run.error = f"{error.ename}: {error.evalue}"
        except DeadKernelError as error:
            run.error = f"DeadKernelError: {error}"
            await self.stop()
        finally:
            run.seconds = time.perf_counter() - start
            run.cpu = await self._cpu() - cpu if self.client is not None else 0.0
            run.outputs = [dict(o) for cell in work.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]


async def _run_all(jobs: list[tuple[str, str]], notebooks: Mapping[str, Path], journals: Mapping[str, Path],
                   folder: Path, env: dict[str, str], workers: int) -> dict[tuple[str, str], Run]:  # fmt: skip
    loaded = {name: nbformat.read(path, as_version=4) for name, path in notebooks.items()}
    cwd = next(iter(notebooks.values())).parent
    queue: asyncio.Queue[tuple[int, tuple[str, str]]] = asyncio.Queue()
    for number, job in enumerate(jobs):
        queue.put_nowait((number, job))
    results: dict[tuple[str, str], Run] = {}

    async def worker(name: str) -> None:
        kernel = _Kernel(name, folder / "kernels", env, cwd)
        try:
            while not queue.empty():
                number, (notebook, state) = queue.get_nowait()
                journal = folder / "jobs" / f"{number:04d}" / "journal.sqlite3"
                journal.parent.mkdir(parents=True)
                shutil.copy(journals[state], journal)
                run = Run(notebook, state, before=table_hash(journal))
                await kernel.run(loaded[notebook], journal, run)
                run.after = table_hash(journal)
                results[notebook, state] = run
        finally:
            await kernel.stop()

    await asyncio.gather(*(worker(f"kernel-{n}") for n in range(workers)))
    return results


def run_matrix(jobs: Iterable[tuple[str, str]], notebooks: Mapping[str, Path], journals: Mapping[str, Path],
               folder: Path, *, workers: int = WORKERS, env: dict[str, str] | None = None) -> dict[tuple[str, str], Run]:  # fmt: skip
    """Run every (notebook, state) job; `journals` maps a state to its built journal (copied per job)."""
    env = env if env is not None else kernel_env(folder / "user")
    return asyncio.run(_run_all(list(jobs), notebooks, journals, folder, env, workers))
