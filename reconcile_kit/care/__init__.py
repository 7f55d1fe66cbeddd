"""Care and safety: where to find help, noticing when the user may be struggling, and the gentler paths.

Nothing here blocks anything or leaves the machine: it finds the words for a calm support card,
for the safety screen (`safety`), for the closure path every surface turns to while the path is
closed (`closing`, `prompts`), and the slow path's dated check-ins (`check_ins`). `signals(text)`
returns a `Signal` for each place a draft, note or reflection reads as crisis wording
(`self_harm`, `cant_live_without`, `hopelessness`, `afraid_of_them`), `rules_signals(text)` the
rules' alone (an apology or a draft is read so) and `entry_signals(entry)` those in the user's own words
of a logged entry; `card_for(signals)` says which support card they bring and `support_text` prints it.
docs/guide-quality.md measures the reading. docs/care.md.
"""

from __future__ import annotations

from .check_ins import check_in_plan
from .moods import LowMoods, low_moods
from .signals import KINDS, Signal, entry_signals, rules_signals, signals
from .support import (
    Emergency,
    Resource,
    card_for,
    emergency_numbers,
    region_for_setting,
    region_for_zone,
    resources,
    support_markdown,
    support_text,
)

__all__ = [
    "Emergency",
    "KINDS",
    "LowMoods",
    "Resource",
    "Signal",
    "card_for",
    "check_in_plan",
    "emergency_numbers",
    "entry_signals",
    "low_moods",
    "region_for_setting",
    "region_for_zone",
    "resources",
    "rules_signals",
    "signals",
    "support_markdown",
    "support_text",
]
