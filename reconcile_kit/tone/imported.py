"""Suggested tones for imported messages: their replies with text get a suggestion, marked `suggested`.

The import path (`reconcile-kit import`, the import form) calls `import_with_tones`: it reads the
journal's agreement first (`agreement_for`), marks the new rows and imports them in the journal's
one transaction, so `undo()` takes the suggestions back with the messages. A row already in the
journal is skipped by the import, so a tone the user chose is never overwritten. When the user
has labelled enough of their replies and the suggestions disagree with them (kappa below
`MIN_KAPPA`), nothing is suggested and the result says so. See docs/tone.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..person import Person
from .agreement import MIN_KAPPA, Agreement, agreement_for
from .batch import scores
from .scoring import label

__all__ = ["TonedImport", "import_with_tones", "mark_suggested"]

# Placeholder summaries of rows with no words of theirs to read (timeline.PLACEHOLDERS).
_NO_WORDS = ("[photo or file]", "[deleted message]", "[call]")


@dataclass(frozen=True)
class TonedImport:
    """What an import with suggested tones did.

    :param added: messages newly added to the journal
    :param skipped: messages that were already there (left exactly as they were)
    :param suggested: of the added messages, how many got a suggested tone
    :param stopped: True when suggestions are off for this person (the agreement was too low)
    :param agreement: the agreement read before the import
    """

    added: int
    skipped: int
    suggested: int
    stopped: bool
    agreement: Agreement

    def lines(self, name: str = "them") -> list[str]:
        """The result in plain sentences: counts first, then why no tones were suggested, if so."""
        noun = "message" if self.added == 1 else "messages"
        already = f" ({self.skipped:,} already there)" if self.skipped else ""
        tones = "tone" if self.suggested == 1 else "tones"
        first = f"Added {self.added:,} {noun}{already}; {self.suggested:,} {tones} suggested."
        if not self.stopped:
            return [first]
        whose = Person.named(name).possessive()
        return [first, (f"No tones were suggested: the suggestions often read {whose} messages differently from "
                        f"you (agreement {self.agreement.kappa:.2f}, below {MIN_KAPPA}), so the tones you choose count.")]  # fmt: skip


def mark_suggested(columns: Any, existing: Any = ()) -> int:
    """Put a suggested tone on their new replies in `columns` (timeline columns, changed in place).

    A row gets one when its direction is `in`, its tone `none`, it has text (not a photo, call or
    deleted message) and its uid is not in `existing`. Returns how many got one.

    :param columns: `timeline.message_columns` output or a timeline frame (`tone`, `tone_by` replaced)
    :param existing: uids already in the journal (the import skips them)
    """
    import numpy as np
    import pandas as pd

    uid, direction, tone, text, summary = (np.asarray(columns[name], dtype=object)
                                           for name in ("uid", "direction", "tone", "text", "summary"))  # fmt: skip
    has_words = _has_words(text)
    known = pd.Series(uid, dtype=object).isin(set(existing)).to_numpy()  # hashed, whatever the values
    no_words = pd.Series(summary, dtype=object).isin(_NO_WORDS).to_numpy()
    picks = np.flatnonzero((direction == "in") & (tone == "none") & has_words & ~no_words & ~known)
    tone_by = np.asarray(columns["tone_by"], dtype=object).copy() if "tone_by" in columns else np.full(len(uid), "user", dtype=object)
    if len(picks):
        tone = tone.copy()
        tone[picks] = [label(value) for value in scores(text[picks])]
        tone_by[picks] = "suggested"
    columns["tone"] = tone
    columns["tone_by"] = tone_by
    return len(picks)


def _has_words(text: Any) -> Any:
    """True for each text with more than spaces in it (made in C when every value is text)."""
    import numpy as np

    try:
        return np.fromiter(map(bool, map(str.strip, text)), dtype=bool, count=len(text))
    except TypeError:  # a value that is not text (a frame made by hand) has no words
        return np.fromiter((isinstance(t, str) and bool(t.strip()) for t in text), dtype=bool, count=len(text))


def import_with_tones(journal: Any, messages: Any, *, undoable: bool = True) -> TonedImport:
    """Import `messages` into `journal` with suggested tones on their replies (see the module docstring).

    :param journal: an open `Journal`
    :param messages: a messages frame from `importers.load_messages`
    """
    from ..timeline import message_columns

    current = journal.timeline(include_deleted=True)
    agreed = agreement_for(current[current["deleted_at"].isna()])
    if not agreed.trusted:
        result = journal.import_messages(messages, undoable=undoable)
        return TonedImport(result.added, result.skipped, 0, True, agreed)
    shaped = {"summary", "channel"} <= set(messages.columns)  # already timeline rows (tests, the CSV path)
    columns: Any = messages.drop(columns=["deleted_at"], errors="ignore").copy() if shaped else message_columns(messages)
    count = mark_suggested(columns, current["uid"].tolist())
    result = journal.import_messages(columns, undoable=undoable)  # the marked columns as they are, not a new frame
    return TonedImport(result.added, result.skipped, count if result.added else 0, False, agreed)
