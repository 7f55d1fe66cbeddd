"""Small helpers the notebooks call, so each notebook cell stays one to five lines.

    from reconcile_kit.notebook_helpers import open_journal
    journal = open_journal()      # prints which journal it opened, never a path

`open_journal` opens the user's journal ($RECONCILE_KIT_JOURNAL or the default location), or
a fresh demo journal (Alex and Robin, invented) when `RECONCILE_KIT_DEMO=1` or when the user
has no journal yet. The demo is built in a new temporary folder every time (under
`$RECONCILE_KIT_DEMO_DIR` when set), so a notebook run never touches the user's data and
gives the same outputs on every run; `demo_as_of` shows the demo as it stood on a day of the
story (`DEMO_MIDWAY`: contact easy again, nothing decided), never the user's own journal.

Running a notebook never changes the user's journal: only a click on a form's button, or a
write the user types, does. Worked examples run on `scratch_copy(journal)`, a throwaway copy.
"""

from __future__ import annotations

import atexit
import getpass
import html
import shutil
import tempfile
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from . import environment
from .files import make_private_dirs
from .person import Person

if TYPE_CHECKING:
    from .store import Journal

__all__ = [
    "DEMO_LINE",
    "DEMO_MIDWAY",
    "OWN_LINE",
    "SCRATCH_LINE",
    "UNREADABLE_LINE",
    "Sentences",
    "open_journal",
    "open_journal_for_notebook",
    "prune_demos",
    "reciprocity_in_words",
    "rhythm_in_words",
    "scratch_copy",
    "start_my_journal",
    "their_name",
    "using_demo",
]

DEMO_ENV = environment.DEMO
DEMO_DIR_ENV = environment.DEMO_DIR
DEMO_LINE = "Using the demo journal (Alex and Robin, invented)."
OWN_LINE = "Using your journal."
UNREADABLE_LINE = ("Your journal could not be opened here (it may be encrypted or damaged: `reconcile-kit list` "
                   "says why). The demo opens instead; your journal is not touched.")
SCRATCH_LINE = "A scratch copy for practice: what you do with it is thrown away, and the journal above does not change."
DEMO_PREFIX = "reconcile-kit-demo-"
SCRATCH_PREFIX = "reconcile-kit-scratch-"
# The demo as it stood mid-story: writing again is easy, nothing is asked or decided yet.
DEMO_MIDWAY = "2026-07-15T20:00:00+00:00"
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
    left = [*parent.glob(f"{DEMO_PREFIX}*"), *parent.glob(f"{SCRATCH_PREFIX}*")]
    stale = [folder for folder in left if folder.stat().st_mtime < cutoff]
    for folder in stale:
        shutil.rmtree(folder, ignore_errors=True)
    return len(stale)


def _demo_folder(prefix: str = DEMO_PREFIX) -> Path:
    """A new private folder for one throwaway journal; removed when Python exits, or swept later."""
    parent = _demo_parent()
    prune_demos(parent)
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
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


def open_journal(
    *,
    demo: bool | None = None,
    ending: str = "reconciling",
    quiet: bool = False,
    demo_as_of: datetime | str | None = None,
) -> Journal:
    """Open the journal a notebook works on and print one line saying which (never a path).

    The promise: your journal if you have one, else the demo. A journal that is a demo says so;
    one that cannot be opened (encrypted without its passphrase, damaged) is named in one line
    and the demo opens instead, so a notebook never starts with a traceback.

    :param demo: force the demo (True) or the user's journal (False); default: see `using_demo`.
    :param ending: which demo story to build: "reconciling" or "closure".
    :param quiet: do not print the line (for tests).
    :param demo_as_of: show the demo as it stood then (entries after it left out, its clock
        set to it; a naive time is UTC), e.g. `DEMO_MIDWAY`. Never applies to your own journal.
    """
    _notebook_style()
    if demo is None:
        demo = using_demo()
    line = DEMO_LINE
    if not demo:
        from .demo import is_demo
        from .errors import JournalError

        try:
            journal = _open_own()
        except JournalError:
            demo, line = True, f"{UNREADABLE_LINE}\n{DEMO_LINE}"
        else:
            line = DEMO_LINE if is_demo(journal) else OWN_LINE
    if demo:
        journal = _fresh_demo(ending, demo_as_of)
    if not quiet:
        print(line)
    return journal


def _open_own() -> Journal:
    """The user's journal, with its passphrase when it is encrypted ($RECONCILE_KIT_PASSPHRASE or the keyring)."""
    from .store import Journal, crypto, default_path

    path = default_path()
    return Journal.open(path, passphrase=crypto.passphrase_for(path))


def _fresh_demo(ending: str, as_of: datetime | str | None) -> Journal:
    """A new demo journal in its own temporary folder, as it stood at `as_of` (default: the end).

    The story is built once per Python process (`_demo_build`) and copied for every open, so
    each notebook still gets its own fresh demo, at the cost of a file copy.
    """
    from .store import Journal

    moment = _moment(as_of) if as_of is not None else None
    target = _demo_folder() / "demo.sqlite3"
    shutil.copyfile(_demo_build(ending, moment), target)
    return Journal.open(target)


_BUILT: dict[tuple[str, datetime | None, Path], Path] = {}


def _demo_build(ending: str, as_of: datetime | None) -> Path:
    """The demo story's file for (ending, as_of), built on first use in a private folder; never opened again."""
    from .demo import demo_journal

    key = (ending, as_of, _demo_parent())
    built = _BUILT.get(key)
    if built is None or not built.exists():
        folder = _demo_folder()
        with demo_journal(folder / "whole.sqlite3", ending=ending) as whole:
            if as_of is not None:
                _copy_journal(whole, folder / "demo.sqlite3", until=as_of).close()
        built = _BUILT[key] = folder / ("demo.sqlite3" if as_of is not None else "whole.sqlite3")
    return built


def _moment(value: datetime | str) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _copy_journal(source: Journal, target: Path, *, until: datetime | None = None, entries: bool = True) -> Journal:
    """A new journal at `target` holding `source`'s settings, entries and extras (up to `until`).

    With `until`, the copy is the journal as it stood then: later entries, reflections, ticks,
    habits and check-ins are left out, its clock (setting `now`) is `until`, and no outcome is
    recorded yet. Nothing in the copy can be undone back into `source`.
    """
    from . import clock
    from .store import Journal

    copy = Journal.open(target)
    keep = (lambda at: at <= until) if until is not None else (lambda at: True)
    if entries:
        timeline = source.timeline()
        if until is not None:
            timeline = timeline[timeline["at"] <= until]
        if len(timeline):
            copy.import_messages(timeline, undoable=False)
    for key, value in source.settings().items():
        copy.set_setting(key, value)
    if until is not None:
        copy.set_setting(clock.NOW_SETTING, until.isoformat())
        copy.set_setting("outcome", None)
    reflections = source.reflections()
    for prompt_id, text, at in zip(reflections["prompt_id"], reflections["text"], reflections["at"], strict=True):
        if keep(at):
            copy.add_reflection(prompt_id, text, at=at.to_pydatetime())
    for item_id, at in source.ticked().items():
        if keep(at):
            copy.set_ticked(item_id, at=at)
    habits = source.habits()
    new_ids = {}
    for habit_id, name, at in zip(habits["id"], habits["name"], habits["created_at"], strict=True):
        if keep(at):
            new_ids[habit_id] = copy.add_habit(name, at=at.to_pydatetime())
    check_ins = source.check_ins()
    for habit_id, at, slipped, note in zip(check_ins["habit_id"], check_ins["at"], check_ins["slipped"],
                                           check_ins["note"], strict=True):  # fmt: skip
        if habit_id in new_ids and keep(at):
            copy.check_in(new_ids[habit_id], bool(slipped), note, at=at.to_pydatetime())
    return copy


def scratch_copy(journal: Journal, *, quiet: bool = False) -> Journal:
    """A throwaway copy of `journal` for worked examples: log, edit and undo there, never in `journal`.

    It lives in a private temporary folder that is removed when Python exits (or swept later,
    like the demos). An encrypted journal's entries are not copied (they would be unprotected
    on disk); its settings are, so the example still speaks of the same person.
    """
    from .store import crypto

    copy = _copy_journal(journal, _demo_folder(SCRATCH_PREFIX) / "scratch.sqlite3",
                         entries=not crypto.looks_encrypted(journal.path))  # fmt: skip
    if not quiet:
        print(SCRATCH_LINE)
    return copy


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


class Sentences:
    """Plain sentences for a notebook: a markdown list (every word escaped) and the same lines as text."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines = list(lines)

    def _repr_markdown_(self) -> str:
        return "\n".join(f"- {html.escape(line, quote=False)}" for line in self.lines)

    def __repr__(self) -> str:
        return "\n".join(self.lines)


def rhythm_in_words(journal: Journal) -> Sentences:
    """The rhythm of contact in a few lines, as the guide reads it: the user's zone and clock, and
    (once the break-up day `split_on` is set) the time since they parted, with then and now.
    """
    from . import clock
    from .cadence import compare_lines, summarize

    timeline, now, zone = journal.timeline(), clock.now_for(journal), clock.zone_for(journal)
    name = Person.of(journal).label
    start = window_start(journal)
    summary = summarize(timeline, now, since=start, zone=zone)
    if start is None:
        return Sentences(summary.lines(name))
    before = summarize(timeline[timeline["at"] < start], start, zone=zone)
    return Sentences([f"Since you parted (from {clock.day_label(start, zone)}):", *summary.lines(name),
                      *compare_lines(before, summary, name)])  # fmt: skip


def reciprocity_in_words(journal: Journal) -> Sentences:
    """Whether the conversation goes both ways, in plain lines (`cadence.reciprocity`): questions
    answered, words per message, who starts and ends, double texts, style matching, each with the
    count it rests on. Once `split_on` is set it reads the reconnection window, like the advice,
    and then the time before it, as it was (an imported chat's old messages).
    """
    from . import clock
    from .cadence import reciprocity

    timeline, now, zone = journal.timeline(), clock.now_for(journal), clock.zone_for(journal)
    name = Person.of(journal).label
    start = window_start(journal)
    if start is None:
        return Sentences(reciprocity(timeline, now=now).lines(name))
    lines = [f"Since you parted (from {clock.day_label(start, zone)}):", *reciprocity(timeline, now=now, since=start).lines(name)]
    before = reciprocity(timeline, now=start - timedelta(microseconds=1))
    if before.started_by_me.count:
        lines += ["Before, as it was:", *before.lines(name)]
    return Sentences(lines)


def window_start(journal: Journal) -> datetime | None:
    """When the reconnection window starts (the day after `split_on`, midnight in the journal's zone), or None."""
    from . import clock
    from .guide.settings import to_settings

    return to_settings(journal.settings()).window_start(clock.zone_for(journal))
