"""The guide engine: stages, advice rules, draft and apology checks (pure functions, no I/O).

Everything here cites the guide IDs (docs/guide.md) it serves; docs/guide-engine.md lists every rule,
threshold and finding.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The function `situation` shares its module's name: importing it here keeps the package
# attribute the function, whoever imports the module `guide.situation` first.
from .situation import Situation, situation

# name -> the module that defines it; loaded on first use, so reading the situation (the CLI's
# `status`) never pays for the apology and draft phrase tables.
_EXPORTS = {
    "ApologyReport": "apology",
    "check_apology": "checks", "check_first_message": "checks", "check_meet_ask": "checks",
    "Closure": "closure", "closed": "closure",
    "DraftReport": "drafts",
    "Advice": "rules", "advise": "rules", "advise_for": "rules", "stage_tip": "rules", "summary_message": "rules",
    "AdviceSettings": "settings",
    "STAGES": "stages", "ChecklistItem": "stages", "StageInfo": "stages", "checklist_items": "stages",
    "current_stage": "stages", "stage_info": "stages", "stage_spans": "stages",
    "Finding": "text",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name == "InvalidSettings":
        from ..errors import InvalidSettings

        return InvalidSettings
    if name in _EXPORTS:
        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from ..errors import InvalidSettings
    from .apology import ApologyReport
    from .checks import check_apology, check_first_message, check_meet_ask
    from .closure import Closure, closed
    from .drafts import DraftReport
    from .rules import Advice, advise, advise_for, stage_tip, summary_message
    from .settings import AdviceSettings
    from .stages import STAGES, ChecklistItem, StageInfo, checklist_items, current_stage, stage_info, stage_spans
    from .text import Finding

__all__ = [
    "advise",
    "advise_for",
    "situation",
    "Situation",
    "closed",
    "Closure",
    "Advice",
    "AdviceSettings",
    "InvalidSettings",
    "current_stage",
    "STAGES",
    "StageInfo",
    "ChecklistItem",
    "stage_info",
    "stage_spans",
    "checklist_items",
    "stage_tip",
    "summary_message",
    "check_first_message",
    "check_meet_ask",
    "check_apology",
    "ApologyReport",
    "DraftReport",
    "Finding",
]


def __dir__() -> list[str]:
    return __all__
