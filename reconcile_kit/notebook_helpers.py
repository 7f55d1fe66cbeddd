"""Small helpers the notebooks call, so each notebook cell stays one to five lines.

    from reconcile_kit.notebook_helpers import open_journal
    journal = open_journal()      # prints which journal it opened, never a path

`open_journal` opens the user's journal ($RECONCILE_KIT_JOURNAL or the default location), or
a fresh demo journal (Alex and Robin, invented) when `RECONCILE_KIT_DEMO=1` or when the user
has no journal yet. The demo is built in a new temporary folder every time (under
`$RECONCILE_KIT_DEMO_DIR` when set), so a notebook run never touches the user's data and
gives the same outputs on every run.
"""

from __future__ import annotations

import atexit
import getpass
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import environment
from .files import make_private_dirs
from .person import Person

if TYPE_CHECKING:
    from .store import Journal

__all__ = [
    "open_journal",
    "open_journal_for_notebook",
    "start_my_journal",
    "using_demo",
    "their_name",
    "prune_demos",
    "DEMO_LINE",
    "OWN_LINE",
]

DEMO_ENV = environment.DEMO
DEMO_DIR_ENV = environment.DEMO_DIR
DEMO_LINE = "Using the demo journal (Alex and Robin, invented)."
OWN_LINE = "Using your journal."
DEMO_PREFIX = "reconcile-kit-demo-"
DEMO_KEEP_S = 6 * 3600  # demo folders older than this are left over from earlier runs
NOTEBOOK_DPI = 80  # keeps the committed notebooks small


def using_demo() -> bool:
    """Whether notebooks should open the demo: `RECONCILE_KIT_DEMO=1`, or the user has no journal yet."""
    from .store import default_path

    if environment.is_on(DEMO_ENV):
        return True
    return not default_path().exists()


def _demo_parent() -> Path:
    """Where demo folders go: `$RECONCILE_KIT_DEMO_DIR`, or a private folder in the temp dir."""
    chosen = environment.value(DEMO_DIR_ENV)
    parent = Path(chosen) if chosen else Path(tempfile.gettempdir()) / f"reconcile-kit-demos-{getpass.getuser()}"
    return make_private_dirs(parent)


def prune_demos(parent: Path, older_than_s: float = DEMO_KEEP_S) -> int:
    """Remove demo folders in `parent` left behind by earlier runs; returns how many were removed.

    A kernel that is shut down does not run `atexit`, so old demos are swept on the next open.
    """
    cutoff = time.time() - older_than_s
    stale = [folder for folder in parent.glob(f"{DEMO_PREFIX}*") if folder.stat().st_mtime < cutoff]
    for folder in stale:
        shutil.rmtree(folder, ignore_errors=True)
    return len(stale)


def _demo_folder() -> Path:
    """A new private folder for one demo journal; removed when Python exits, or swept later."""
    parent = _demo_parent()
    prune_demos(parent)
    folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX, dir=parent))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _notebook_style() -> None:
    """Show the kit's figures as PNG in a notebook, at a modest resolution (committed notebooks stay small).

    The charts never touch pyplot, so the notebook's figure formatter is switched on here.
    """
    import matplotlib

    matplotlib.rcParams["figure.dpi"] = NOTEBOOK_DPI
    matplotlib.rcParams["savefig.dpi"] = NOTEBOOK_DPI
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        return
    if get_ipython() is not None:
        from matplotlib_inline.backend_inline import set_matplotlib_formats

        set_matplotlib_formats("png")


def open_journal(*, demo: bool | None = None, ending: str = "reconciling", quiet: bool = False) -> Journal:
    """Open the journal a notebook works on and print one line saying which (never a path).

    :param demo: force the demo (True) or the user's journal (False); default: see `using_demo`.
    :param ending: which demo story to build: "reconciling" or "closure".
    :param quiet: do not print the line (for tests).
    """
    from .store import Journal

    _notebook_style()
    if demo is None:
        demo = using_demo()
    if demo:
        from .demo import demo_journal

        journal = demo_journal(_demo_folder() / "demo.sqlite3", ending=ending)
    else:
        journal = Journal.open()
    if not quiet:
        print(DEMO_LINE if demo else OWN_LINE)
    return journal


open_journal_for_notebook = open_journal


def start_my_journal(their_name: str = "", their_pronouns: str = "they/them") -> Journal:
    """Create (or open) your own journal in the default location and note their name and pronouns.

    After this, the notebooks open your journal instead of the demo (unless `RECONCILE_KIT_DEMO=1`).
    """
    from .store import Journal

    journal = Journal.open()
    if their_name.strip():
        journal.set_setting("their_name", their_name.strip())
    journal.set_setting("their_pronouns", their_pronouns)
    print(OWN_LINE)
    return journal


def their_name(journal: Journal) -> str:
    """The other person's name as the user set it, or "them"."""
    return Person.of(journal).label
