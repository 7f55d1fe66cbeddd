"""reconcile-kit: a private journal and gentle guide for reconnecting with a former partner.

The public names are loaded on first use, so `import reconcile_kit` stays fast and does not
import pandas, matplotlib or ipywidgets.

    from reconcile_kit import Journal, Interaction, demo_journal, advise, current_stage
    from reconcile_kit import check_first_message, check_meet_ask, check_apology
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# name -> module that defines it (relative to this package)
_EXPORTS = {
    "Journal": "store",
    "ImportResult": "store",
    "Interaction": "model",
    "Channel": "model",
    "Direction": "model",
    "Kind": "model",
    "Tone": "model",
    "Stage": "model",
    "ReconcileError": "errors",
    "InvalidInteraction": "errors",
    "JournalError": "errors",
    "UnknownEntry": "errors",
    "ImportFormatError": "errors",
    "demo_journal": "demo",
    "DEMO_NOW": "demo",
    "advise": "guide",
    "Advice": "guide",
    "current_stage": "guide",
    "check_first_message": "guide",
    "check_meet_ask": "guide",
    "check_apology": "guide",
    "load_messages": "importers",
    "now_for": "clock",
}
_SUBMODULES = {"cadence", "charts", "timeline", "guide", "importers", "forms", "store", "model"}

__all__ = sorted(_EXPORTS) + sorted(_SUBMODULES) + ["__version__"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        module = importlib.import_module(f".{_EXPORTS[name]}", __name__)
        value = getattr(module, name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .clock import now_for
    from .demo import DEMO_NOW, demo_journal
    from .errors import (
        ImportFormatError,
        InvalidInteraction,
        JournalError,
        ReconcileError,
        UnknownEntry,
    )
    from .guide import (
        Advice,
        advise,
        check_apology,
        check_first_message,
        check_meet_ask,
        current_stage,
    )
    from .importers import load_messages
    from .model import Channel, Direction, Interaction, Kind, Stage, Tone
    from .store import ImportResult, Journal
