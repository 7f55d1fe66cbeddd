"""Care and safety: where to find help, and noticing when the user may be struggling (docs/care.md).

Nothing here blocks anything or leaves the machine: it finds the words for a calm support card.
`signals(text)` returns a `Signal` for each place a draft, note or reflection reads as crisis
wording (`self_harm`, `cant_live_without`, `hopelessness`); docs/guide-quality.md measures it.
"""

from __future__ import annotations

from .signals import KINDS, Signal, signals
from .support import Emergency, Resource, emergency_numbers, region_for_zone, resources, support_markdown

__all__ = [
    "Emergency",
    "KINDS",
    "Resource",
    "Signal",
    "emergency_numbers",
    "region_for_zone",
    "resources",
    "signals",
    "support_markdown",
]
