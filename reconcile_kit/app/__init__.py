"""The no-code app served by Voila (`reconcile-kit app`): log a contact, read the advice, see the rhythm.

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
    """The app page: the log form, the advice, two charts and the recent entries, kept in step.

    :param journal: the open `Journal`.
    """

    def __init__(self, journal: Any) -> None:
        import ipywidgets as widgets

        from ..forms.advice import AdvicePanel
        from ..forms.log import LogInteractionForm
        from ..forms.table import TimelineTable

        self.journal = journal
        self.form = LogInteractionForm(journal)
        self.advice = AdvicePanel(journal)
        self.table = TimelineTable(journal)
        self.charts = widgets.HBox([widgets.Image(format="png"), widgets.Image(format="png")])
        for source in (self.form, self.table):
            source.on_change(self.refresh)
        self._box = widgets.VBox(
            [
                widgets.HTML(f"<p><small>{_where(journal)}</small></p>"),
                self.form.widget,
                _heading("What the guide suggests now"), self.advice.widget,
                _heading("Your rhythm of contact"), self.charts,
                self.table.widget,
            ],
            layout=widgets.Layout(max_width="72em"),
        )
        self._draw_charts()

    @property
    def widget(self) -> Any:
        """The page's container widget."""
        return self._box

    def refresh(self) -> None:
        """Bring the advice, charts and table up to date after a change to the journal."""
        self.advice.refresh()
        self._draw_charts()
        self.table.refresh()  # last: once the new row shows, the advice and charts are already drawn

    def _draw_charts(self) -> None:
        from .. import charts
        from ..clock import now_for

        timeline = self.journal.timeline()
        name = Person.of(self.journal).label
        now = now_for(self.journal)
        figures = (charts.contact_timeline(timeline, name=name, now=now),
                   charts.weekly_contacts_chart(timeline, name=name, now=now))
        for image, figure in zip(self.charts.children, figures):
            image.value = figure_png(figure)
            image.layout.width = "50%"


def _where(journal: Any) -> str:
    """One escaped line saying which journal the page writes to."""
    from ..forms.base import escape

    if journal.get_setting("now"):  # only the demo carries a fixed clock
        return "This is the demo journal: practice entries, none of them yours. What you log here is not kept."
    return f"Your journal: {escape(journal.path)}. It stays on this computer; nothing is sent anywhere."


def _heading(text: str) -> Any:
    import ipywidgets as widgets

    from ..forms.base import escape

    return widgets.HTML(f"<h3>{escape(text)}</h3>")


def build_app(journal: Any) -> Any:
    """Return the app's widget for `journal` (what `app.ipynb` displays)."""
    return KitApp(journal).widget
