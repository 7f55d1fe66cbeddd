"""Care and safety: where to find help, noticing when the user may be struggling, and the gentler paths.

Nothing here blocks anything or leaves the machine: it finds the words for a calm support card,
for the safety screen (`safety`), for the closure path every surface turns to while the path is
closed (`closing`, `prompts`), and the slow path's dated check-ins (`check_ins`). docs/care.md.
"""

from __future__ import annotations

from .check_ins import check_in_plan
from .moods import LowMoods, low_moods
from .support import Emergency, Resource, emergency_numbers, region_for_zone, resources, support_markdown

__all__ = [
    "Emergency",
    "Resource",
    "emergency_numbers",
    "region_for_zone",
    "resources",
    "support_markdown",
    "LowMoods",
    "low_moods",
    "check_in_plan",
]
