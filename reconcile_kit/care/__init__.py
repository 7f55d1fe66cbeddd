"""Care and safety: where to find help, noticing when the user may be struggling, and the gentler paths.

Nothing here blocks anything or leaves the machine: it finds the words for a calm support card,
for the safety screen (`safety`), for the closure path every surface turns to while the path is
closed (`closing`, `prompts`), and the slow path's dated check-ins (`check_ins`). `signals(text)`
returns a `Signal` for each place a draft, note or reflection reads as crisis wording
(`self_harm`, `cant_live_without`, `hopelessness`, `afraid_of_them`), and `rules_signals(text)` the
rules' alone (an apology is read so); docs/guide-quality.md measures it. docs/care.md.
"""

from __future__ import annotations

from .check_ins import check_in_plan
from .moods import LowMoods, low_moods
from .signals import KINDS, Signal, rules_signals, signals
from .support import Emergency, Resource, emergency_numbers, region_for_zone, resources, support_markdown

__all__ = [
    "Emergency",
    "KINDS",
    "LowMoods",
    "Resource",
    "Signal",
    "check_in_plan",
    "emergency_numbers",
    "low_moods",
    "region_for_zone",
    "resources",
    "rules_signals",
    "signals",
    "support_markdown",
]
