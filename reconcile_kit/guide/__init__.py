"""The guide engine: stages, advice rules, draft and apology checks (pure functions, no I/O).

Everything here cites the guide IDs (docs/guide.md) it serves; docs/guide-engine.md lists every rule,
threshold and finding.
"""

from __future__ import annotations

from .apology import ApologyReport
from .checks import check_apology, check_first_message, check_meet_ask
from .closure import Closure, closed
from .drafts import DraftReport
from .rules import Advice, advise, advise_for, stage_tip, summary_message
from .situation import Situation, situation
from ..errors import InvalidSettings
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
