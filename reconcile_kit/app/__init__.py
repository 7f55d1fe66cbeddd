"""The no-code app served by Voila (`reconcile-kit app`): your journal's details, where you stand, log, the rhythm, import.

`app.ipynb` beside this file is the page Voila serves; it only calls `build_app(open_journal())`.
Everything here composes the forms in `reconcile_kit.forms`; it holds no rules of its own.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .. import environment
from ..model import OWN_KINDS
from ..person import Person

__all__ = ["NOTEBOOK", "KitApp", "build_app", "open_journal"]

NOTEBOOK = Path(__file__).resolve().parent / "app.ipynb"


def open_journal(environ: Mapping[str, str] | None = None) -> Any:
    """Open the journal the app works on: the demo when `RECONCILE_KIT_DEMO=1`, else the user's own.

    The user's own journal is `$RECONCILE_KIT_JOURNAL` or the kit's default; it is created on
    first use, so what the user logs here is kept.
    """
    env = os.environ if environ is None else environ
    if env.get(environment.DEMO, "").strip() == "1":
        from ..notebook_helpers import open_journal as open_for_notebook

        return open_for_notebook(demo=True, quiet=True)  # a fresh demo in a temporary folder
    from ..store import Journal

    return Journal.open(env.get(environment.JOURNAL) or None)


def figure_png(figure: Any) -> bytes:
    """Return a matplotlib Figure as PNG bytes (no pyplot involved)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    return buffer.getvalue()


class KitApp:
    """The app page, kept in step: your journal's details, where you stand, the log form, the rhythm, recent entries, import.

    Beside the guide's advice, a button saves its next dates as a calendar file (`RemindButton`);
    below the entries, "Import a chat" holds the import form, the reconnection window and the
    suggested tones to check (`ImportForm`, `WindowForm`, `ToneReview`).

    While the path is closed (`guide.closure`: a safety concern, a boundary, a no, no answer) the
    closure path comes first (`PathCard`, `ClosurePath`), and the log form is preset to "They
    reached out", never "I reached out", except for a kind of the user's own (`model.OWN_KINDS`:
    a note to myself, a message held back, an ask), which turns it to "I reached out". The contact charts stay hidden when the user chose so (setting `hide_charts`).

    :param journal: the open `Journal`.
    """

    def __init__(self, journal: Any) -> None:
        import ipywidgets as widgets

        from ..forms.base import link
        from ..forms.closure import charts_hidden
        from ..forms.importing import ImportForm
        from ..forms.log import LogInteractionForm
        from ..forms.remind import RemindButton
        from ..forms.start import StartJournalForm
        from ..forms.support import SupportLink
        from ..forms.table import TimelineTable
        from ..forms.tones import ToneReview
        from ..forms.window import WindowForm

        self.journal = journal
        self.start = StartJournalForm(journal)
        self.details = widgets.Accordion(children=[self.start.widget], titles=("Your journal's details",))
        self.details.selected_index = 0 if _needs_start(journal) else None
        self.form = LogInteractionForm(journal)
        self.form.inputs["kind"].observe(lambda change: self._kind_picked(change["new"]), names="value")
        self.table = TimelineTable(journal)
        self.charts = widgets.HBox([widgets.Image(format="png"), widgets.Image(format="png")])
        self.hide = widgets.Checkbox(value=charts_hidden(journal), description="Hide these charts", indent=False)
        self.hide.observe(lambda change: self._hide_charts(change["new"]), names="value")
        self.support = SupportLink(journal)
        self.remind = RemindButton(journal)
        self.importer, self.window, self.tones = ImportForm(journal), WindowForm(journal), ToneReview(journal)
        link(self.importer, self.window, self.tones)
        self.imports = widgets.Accordion(children=[widgets.VBox([self.importer.widget, self.window.widget,
                                                                 self.tones.widget])], titles=("Import a chat",))  # fmt: skip
        self.imports.selected_index = None
        self.path: Any = None
        self.closure_path: Any = None
        for source in (self.form, self.table, self.start, self.importer, self.window, self.tones):
            source.on_change(self.refresh)
        self._box = widgets.VBox(layout=widgets.Layout(max_width="72em"))
        self._layout()
        self._draw_charts()

    @property
    def widget(self) -> Any:
        """The page's container widget."""
        return self._box

    @property
    def closed(self) -> bool:
        """True while the path is closed: the closure path comes first."""
        return self.path is not None and self.path.closure is not None

    def refresh(self) -> None:
        """Bring every part up to date after a change to the journal (the closure may have changed)."""
        self._layout()
        self._draw_charts()
        self.table.refresh()  # last: once the new row shows, the rest is already drawn

    def _layout(self) -> None:
        """Order the page: the closure path first while the path is closed, else the log form first."""
        import ipywidgets as widgets

        from ..forms.closure import ClosurePath, charts_hidden
        from ..forms.path import PathCard

        self.path = PathCard(self.journal)
        self.hide.value = charts_hidden(self.journal)  # the closure path may have changed it
        if self.closed:
            topic = "abuse" if self.path.closure.reason == "safety" else None
            self.closure_path = ClosurePath(self.journal, topic, support=False)  # Support is at the page's foot
            self.closure_path.on_change(self.refresh)
            if str(self.form.inputs["kind"].value) not in OWN_KINDS:  # a note of the user's stays theirs
                self.form.fill(direction="in")  # never preset to "I reached out" while the path is closed
            first = [_heading("Where you stand"), self.path.widget, self.closure_path.widget,
                     _heading("Log something"), self.form.widget]  # fmt: skip
        else:
            self.closure_path = None
            first = [self.form.widget, _heading("What the guide suggests now"), self.path.widget, self.remind.widget]
        charts = ([] if self.closed else [self.hide]) + ([] if self.hide.value else [self.charts])
        self._box.children = (
            widgets.HTML(f"<p><small>{_where(self.journal)}</small></p>"), self.details, *first,
            _heading("Your rhythm of contact"), *charts, self.table.widget, self.imports, self.support.widget,
        )  # fmt: skip

    def _kind_picked(self, kind: str) -> None:
        """On a closed path the form is preset to "They reached out"; a kind of the user's own
        (`model.OWN_KINDS`: a note, a message held back, an ask) turns it to "I reached out"."""
        if self.closed and str(kind) in OWN_KINDS and not self.form.inputs["direction"].disabled:
            self.form.fill(direction="out")

    def _hide_charts(self, hidden: bool) -> None:
        from ..forms.closure import HIDE_CHARTS, charts_hidden

        if bool(hidden) != charts_hidden(self.journal):
            self.journal.set_setting(HIDE_CHARTS, bool(hidden) or None)
            self.refresh()

    def _draw_charts(self) -> None:
        from .. import charts
        from ..clock import now_for, zone_for
        from ..guide.settings import to_settings

        if self.hide.value:
            return
        timeline = self.journal.timeline()
        name = Person.of(self.journal).label
        now = now_for(self.journal)
        zone = zone_for(self.journal)
        since = to_settings(self.journal.settings()).window_start(zone)  # "before" shaded apart
        figures = (charts.contact_timeline(timeline, name=name, now=now, since=since, tz=zone),
                   charts.weekly_contacts_chart(timeline, name=name, now=now))
        for image, figure in zip(self.charts.children, figures):
            image.value = figure_png(figure)
            image.layout.width = "50%"


def _needs_start(journal: Any) -> bool:
    """True for your own journal until its safety questions have been answered (the details open first)."""
    from ..demo import is_demo
    from ..guide.closure import SAFETY_SETTING

    return not is_demo(journal) and journal.get_setting(SAFETY_SETTING) is None


def _where(journal: Any) -> str:
    """One escaped line saying which journal the page writes to."""
    from ..demo import is_demo
    from ..forms.base import escape

    if is_demo(journal):
        return "This is the demo journal: practice entries, none of them yours. What you log here is not kept."
    return f"Your journal: {escape(journal.path)}. It stays on this computer; nothing is sent anywhere."


def _heading(text: str) -> Any:
    import ipywidgets as widgets

    from ..forms.base import escape

    return widgets.HTML(f"<h3>{escape(text)}</h3>")


def build_app(journal: Any) -> Any:
    """Return the app's widget for `journal` (what `app.ipynb` displays)."""
    return KitApp(journal).widget
