"""Fixtures of the guide's tests."""

from __future__ import annotations

import pytest

from reconcile_kit.guide import learned


@pytest.fixture
def rules_alone(monkeypatch):
    """The checks with the learned reading switched off: what the rules themselves read.

    The rule tests pin the rules (their word tables and clause reading) on the kit's own examples.
    The learned reading on top is measured on texts nobody tuned it on (docs/guide-quality.md) and
    its mechanics and shipped behaviour are tested in test_learned.py.
    """
    monkeypatch.setattr(learned, "model", lambda kind: {})
