"""Where to get help: the "Support" link on every notebook and the app, and the support card shown beside the user's words.

`SupportLink` is a quiet section, closed until opened. `SupportCard` is shown open, when the
kit has a reason: a safety concern (topic `abuse`), crisis wording in what the user writes
(`SupportCard.for_text` / `for_signals`, topic `crisis`), or a run of low moods
(`SupportCard.for_moods`). A card never blocks anything, and the kit never contacts anyone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import Form, escape

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["SupportLink", "SupportCard", "support_html", "crisis_signals"]

INTRO = {
    None: "If things feel heavy, or you are afraid of someone, you do not have to carry it alone.",
    "abuse": "If you are afraid of them, or there has been violence, threats or control over your life, "
             "your safety comes first, and these people know how to help.",
    "crisis": "It sounds like things are very hard right now. You matter, and talking to someone can help, "
              "today.",
}  # fmt: skip


def _region(journal: Journal | None) -> str | None:
    from ..care.support import region_for_setting
    from ..clock import TIMEZONE_SETTING

    return None if journal is None else region_for_setting(journal.get_setting(TIMEZONE_SETTING))


def support_html(topic: str | None = None, journal: Journal | None = None, intro: str | None = None) -> str:
    """The support card as HTML (every word escaped): a first line, the emergency line, then each organisation.

    :param intro: the first line (default: the topic's own, `INTRO`)
    """
    from ..care.support import REGION_NAMES, checked_on, emergency_sentence, how_to_reach, resources

    items = []
    for item in resources(topic, _region(journal)):
        how = "; ".join(escape(part) for part in how_to_reach(item))
        hours = f" ({escape(item.hours)})" if item.hours else ""
        items.append(f"<li><b>{escape(item.name)}</b> ({escape(REGION_NAMES.get(item.region, item.region))}): "
                     f"{escape(item.what)} {how}{hours}</li>")  # fmt: skip
    first = intro if intro is not None else INTRO.get(topic, INTRO[None])
    return (
        f"<div class='rk-support'><p>{escape(first)}</p>"
        f"<p><b>{escape(emergency_sentence())}</b></p><ul>{''.join(items)}</ul>"
        f"<p><small>Checked on {escape(checked_on())} against each organisation's own page. The kit only "
        "shows these; it never contacts anyone.</small></p></div>"
    )


def crisis_signals(text: str, *, learned: bool = True) -> list[Any]:
    """Crisis wording in `text`: `care.signals(text)` (docs/care.md), or [] while the kit has no such reader.

    This is the one hook between the forms and `care.signals`: the apology workbench and the
    unsent letter call it on every change, and show `SupportCard.for_signals` when it finds any.

    :param learned: add the learned second reading, which was trained on notes a person writes for
        themselves (a reflection, an unsent letter); False reads by the rules alone, for an apology
        (on apologies the learned reading took "sorry" itself for crisis wording: docs/care.md)
    """
    from .. import care

    # care/signals.py: crisis wording (self_harm, cant_live_without, hopelessness, afraid_of_them)
    read = getattr(care, "signals" if learned else "rules_signals", None)
    return list(read(text)) if callable(read) and str(text or "").strip() else []


class SupportLink(Form):
    """A quiet "Support" section, closed until opened: where to get help (docs/care.md).

    :param journal: used only to list the user's country first (from their time zone).
    :param topic: "abuse", "crisis" or None (both).
    """

    title = "Support: where to get help"

    def __init__(self, journal: Journal | None = None, topic: str | None = None) -> None:
        super().__init__()
        self.topic = topic
        body = widgets.HTML(support_html(topic, journal))
        self._box = widgets.Accordion(children=[body], titles=(self.title,))
        self._box.selected_index = None

    @property
    def widget(self) -> widgets.Widget:
        """The accordion (closed until the user opens it)."""
        return self._box

    def describe(self) -> str:
        """Plain text for notebook outputs and tests: the section's title."""
        return "Support: where to get help (open it for helplines and the emergency numbers)."


class SupportCard(Form):
    """A calm card of where to get help, shown open beside the user's words; it never blocks anything.

    :param journal: used only to list the user's country first (from their time zone)
    :param topic: "abuse", "crisis" or None (both)
    :param note: the first line, in the card's own words (default: the topic's)
    """

    title = "Support"

    def __init__(self, journal: Journal | None = None, topic: str | None = "crisis", note: str | None = None) -> None:
        super().__init__()
        self.topic = topic
        self.note = note if note is not None else INTRO.get(topic, INTRO[None])
        self._box = widgets.VBox([widgets.HTML(support_html(topic, journal, self.note))],
                                 layout=widgets.Layout(border="1px solid #cbd5e0", padding="0 1em"))

    @classmethod
    def for_signals(cls, signals: Iterable[Any], journal: Journal | None = None) -> SupportCard | None:
        """The crisis card when any of `signals` (`care.signals(text)`) is crisis wording, else the abuse card when
        one says the user is afraid of someone (`afraid_of_them`); None otherwise (the choice: `care.card_for`).

        Wiring a text to it is one line: `SupportCard.for_signals(care.signals(text), journal)`.
        """
        from ..care.support import card_for

        card = card_for(signals)
        return cls(journal, *card) if card else None

    @classmethod
    def for_text(cls, text: str, journal: Journal | None = None, *, learned: bool = True) -> SupportCard | None:
        """The crisis card when `text` reads as crisis wording (`crisis_signals`, `learned` as there); None otherwise."""
        return cls.for_signals(crisis_signals(text, learned=learned), journal)

    @classmethod
    def for_moods(cls, journal: Journal, now: Any = None) -> SupportCard | None:
        """A calm card when the moods logged in `journal` are low (`care.moods.low_moods`); None otherwise."""
        from ..care import low_moods
        from ..clock import now_for

        low = low_moods(journal.timeline(), now if now is not None else now_for(journal))
        return cls(journal, "crisis", low.message) if low else None

    @property
    def widget(self) -> widgets.Widget:
        """The card."""
        return self._box

    def describe(self) -> str:
        """Plain text for notebook outputs and tests: the first line and where the helplines are."""
        return f"Support: {self.note} (helplines and the emergency numbers are listed here)"
