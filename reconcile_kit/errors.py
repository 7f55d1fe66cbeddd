"""The errors the kit raises on purpose.

Every message is one plain line naming what was wrong and what would be valid, so the CLI
and the forms can show it as it is.
"""

from __future__ import annotations


class ReconcileError(Exception):
    """Base of every error reconcile-kit raises on purpose."""


class InvalidInteraction(ReconcileError, ValueError):
    """A field of an interaction has a value the kit cannot accept."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class JournalError(ReconcileError):
    """The journal file cannot be used: not a journal, corrupt, locked or wrongly unlocked."""


class UnknownEntry(JournalError, KeyError):
    """No interaction with that uid is in the journal."""

    def __str__(self) -> str:  # KeyError would add quotes around the message
        return str(self.args[0]) if self.args else ""


class ImportFormatError(ReconcileError, ValueError):
    """A chat export that cannot be read; names the file, the line or record, and what was expected."""


class TimelineError(ReconcileError, ValueError):
    """A frame given to the cadence metrics, the charts or the guide is not a timeline they can read."""


TimelineColumnsError = TimelineError  # the name cadence used before; still importable


class InvalidSettings(ReconcileError, ValueError):
    """A setting the kit cannot use: an advice threshold, or pronouns it does not understand."""


class WorkspaceError(ReconcileError):
    """The workspace cannot be prepared: the kit's notebooks are missing or the folder is not usable."""
