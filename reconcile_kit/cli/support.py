"""The support card in plain lines, for the commands that read the user's own words (`log`, `check`).

Crisis wording (`care.signals`) brings the crisis card, fear of someone the abuse card
(`care.card_for`); the lines are `care.support_text`: the card's first line, the emergency numbers,
the helplines (the user's country first, from the journal's time zone) and that the kit only shows them.
Imported only when a command has words to read, so `--help` never pays for the reading.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["support_lines"]


def support_lines(found: Iterable[Any], zone: str | None = None) -> list[str]:
    """The card's lines for `found` (signals), with a blank line before them; [] when they bring no card.

    :param zone: the journal's time zone setting (None: this computer's), to list the user's country first
    """
    from ..care.support import card_for, region_for_setting, support_text

    card = card_for(found)
    return ["", *support_text(*card, region_for_setting(zone))] if card else []
