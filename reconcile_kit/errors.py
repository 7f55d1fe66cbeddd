"""The errors the kit raises on purpose.

Every message is one plain line naming what was wrong and what would be valid, so the CLI
and the forms can show it as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence


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


# How each surface names the import options an error or a note may advise: the Python keyword
# here; the CLI (cli/io.py) and the import form (forms/importing.py) have their own tables.
ARGUMENTS: Mapping[str, str] = {
    "me": "the me= argument",
    "chat": "the chat= argument",
    "contact": "the contact= argument",
    "order": "dayfirst=True or dayfirst=False",
}


class Advised:
    """A message that advises an import option, written once with "{option}" where its name goes.

    `str()` names it as Python does (`ARGUMENTS`); `worded(names)` as another surface does, and
    leaves out a clause in brackets that names an option the surface has no name for.
    """

    def _advise(self, template: str, option: str | None, choices: Sequence[str]) -> str:
        self.template, self.option, self.choices = template, option, tuple(choices)
        return self.worded(ARGUMENTS)

    def worded(self, names: Mapping[str, str]) -> str:
        """The message with the option named as in `names` (option key -> words)."""
        if self.option is None:
            return self.template
        if self.option not in names:
            return re.sub(r"\s*\([^()]*\{option\}[^()]*\)", "", self.template)
        return self.template.replace("{option}", names[self.option])


class ImportFormatError(Advised, ReconcileError, ValueError):
    """A chat export that cannot be read; names the file, the line or record, and what was expected.

    :param option: the `load_messages` keyword that would fix it ("me", "chat", "contact"), when
        one would; the message says "{option}" where its name goes
    :param choices: the values that option could take (the chats or people in the file)
    """

    def __init__(self, message: str, *, option: str | None = None, choices: Sequence[str] = ()) -> None:
        super().__init__(self._advise(message, option, choices))


class TimelineError(ReconcileError, ValueError):
    """A frame given to the cadence metrics, the charts or the guide is not a timeline they can read."""


TimelineColumnsError = TimelineError  # the name cadence used before; still importable


class InvalidSettings(ReconcileError, ValueError):
    """A setting the kit cannot use: an advice threshold, or pronouns it does not understand."""


class WorkspaceError(ReconcileError):
    """The workspace cannot be prepared: the kit's notebooks are missing or the folder is not usable."""
