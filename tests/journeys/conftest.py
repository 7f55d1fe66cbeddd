"""The journeys' wall time goes into the summary of every run (the matrix fixture records it)."""

from __future__ import annotations

import pytest

from .runner import TIMING


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    if TIMING in config.stash:
        terminalreporter.write_line(config.stash[TIMING])
