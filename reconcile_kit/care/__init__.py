"""Care: noticing crisis wording in what the user writes, so the kit can offer support (never blocking anything).

`signals(text)` returns a `Signal` for each place a draft, note or reflection reads as crisis
wording (`self_harm`, `cant_live_without`, `hopelessness`); docs/guide-quality.md measures it.
"""

from __future__ import annotations

from .signals import KINDS, Signal, signals

__all__ = ["signals", "Signal", "KINDS"]
