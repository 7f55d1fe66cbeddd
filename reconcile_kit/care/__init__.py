"""Care and safety: where to find help, and noticing when the user may be struggling (docs/care.md).

Nothing here blocks anything or leaves the machine: it finds the words for a calm support card.
"""

from __future__ import annotations

from .support import Emergency, Resource, emergency_numbers, region_for_zone, resources, support_markdown

__all__ = ["Emergency", "Resource", "emergency_numbers", "region_for_zone", "resources", "support_markdown"]
