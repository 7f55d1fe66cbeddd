"""The kit's notion of "now": the demo journal carries a fixed clock, real journals use the time."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any


def now_for(journal: Any) -> datetime:
    """Return the journal's fixed clock (setting `now`, set by the demo) or the current UTC time."""
    fixed = journal.get_setting("now") if journal is not None else None
    if fixed:
        return datetime.fromisoformat(fixed).astimezone(timezone.utc)
    return datetime.now(timezone.utc)
