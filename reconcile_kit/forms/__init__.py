"""The kit's ipywidgets forms, one class per form; each exposes `.widget`, `.show()`, `fill()`, `submit()`.

Import from here in notebooks:

    from reconcile_kit.forms import LogInteractionForm, TimelineTable, AdvicePanel
"""

from __future__ import annotations

from .advice import AdvicePanel
from .apology import ApologyWorkbench
from .base import Form
from .checklist import StageChecklist
from .closure import ClosurePath
from .draft import DraftChecker
from .feelings import FeelingsPrompt
from .habits import HabitWatch
from .importing import ImportForm
from .log import LogInteractionForm
from .outcome import OutcomeForm
from .path import PathCard
from .reflection import ReflectionPrompt, UnsentLetter
from .safety import SafetyScreen
from .start import StartJournalForm
from .tones import ToneReview
from .window import WindowForm
from .support import SupportCard, SupportLink
from .remind import RemindButton
from .table import TimelineTable

__all__ = [
    "Form",
    "LogInteractionForm",
    "TimelineTable",
    "AdvicePanel",
    "StageChecklist",
    "DraftChecker",
    "ApologyWorkbench",
    "OutcomeForm",
    "ReflectionPrompt",
    "HabitWatch",
    "SupportLink",
    "RemindButton",
    "SupportCard",
    "StartJournalForm",
    "ImportForm",
    "ToneReview",
    "WindowForm",
    "SafetyScreen",
    "PathCard",
    "ClosurePath",
    "FeelingsPrompt",
    "UnsentLetter",
]
