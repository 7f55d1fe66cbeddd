"""`SupportLink`: the "Support" link on every notebook and the app, opening a calm card of where to get help."""

from __future__ import annotations

from typing import TYPE_CHECKING

import ipywidgets as widgets

from .base import escape

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["SupportLink", "support_html"]

INTRO = {
    None: "If things feel heavy, or you are afraid of someone, you do not have to carry it alone.",
    "abuse": "If you are afraid of them, or there has been violence, threats or control over your life, "
             "your safety comes first, and these people know how to help.",
    "crisis": "It sounds like things are very hard right now. You matter, and talking to someone can help, "
              "today.",
}  # fmt: skip


def _region(journal: Journal | None) -> str | None:
    from ..care import region_for_zone

    if journal is None:
        return None
    from ..clock import TIMEZONE_SETTING, local_zone

    name = journal.get_setting(TIMEZONE_SETTING) or str(local_zone())
    return region_for_zone(str(name))


def support_html(topic: str | None = None, journal: Journal | None = None) -> str:
    """The support card as HTML (every word escaped): the emergency line, then each organisation."""
    from ..care.support import REGION_NAMES, checked_on, emergency_sentence, how_to_reach, resources

    items = []
    for item in resources(topic, _region(journal)):
        how = "; ".join(escape(part) for part in how_to_reach(item))
        hours = f" ({escape(item.hours)})" if item.hours else ""
        items.append(f"<li><b>{escape(item.name)}</b> ({escape(REGION_NAMES.get(item.region, item.region))}): "
                     f"{escape(item.what)} {how}{hours}</li>")  # fmt: skip
    return (
        f"<div class='rk-support'><p>{escape(INTRO.get(topic, INTRO[None]))}</p>"
        f"<p><b>{escape(emergency_sentence())}</b></p><ul>{''.join(items)}</ul>"
        f"<p><small>Checked on {escape(checked_on())} against each organisation's own page. The kit only "
        "shows these; it never contacts anyone.</small></p></div>"
    )


class SupportLink:
    """A quiet "Support" section, closed until opened: where to get help (docs/care.md).

    :param journal: used only to list the user's country first (from their time zone).
    :param topic: "abuse", "crisis" or None (both).
    """

    def __init__(self, journal: Journal | None = None, topic: str | None = None) -> None:
        self.topic = topic
        body = widgets.HTML(support_html(topic, journal))
        self._box = widgets.Accordion(children=[body], titles=("Support: where to get help",))
        self._box.selected_index = None

    @property
    def widget(self) -> widgets.Widget:
        """The accordion (closed until the user opens it)."""
        return self._box

    def show(self) -> None:
        """Display it in a notebook."""
        from IPython.display import display

        display(self._box)

    def describe(self) -> str:
        """Plain text for notebook outputs and tests: the section's title."""
        return "Support: where to get help (open it for helplines and the emergency numbers)."
