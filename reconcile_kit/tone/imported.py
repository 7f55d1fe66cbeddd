"""Suggested tones for imported messages: their replies with text get a suggestion, marked `suggested`.

The import path (`reconcile-kit import`, the import form) calls `import_with_tones`: it reads the
journal's agreement first (`agreement_for`), marks the new rows and imports them in the journal's
one transaction, so `undo()` takes the suggestions back with the messages. A row already in the
journal is skipped by the import, so a tone the user chose is never overwritten. When the user
has labelled enough of their replies and the suggestions disagree with them (kappa below
`MIN_KAPPA`), nothing is suggested and the result says so. Their replies are scored from the
moment the messages are loaded, while the rows are built and written (`SuggestedTones`), with the
same numbers as scoring them first. See docs/tone.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..person import Person
from .agreement import MIN_KAPPA, Agreement, agreement_for
from .batch import Scoring
from .scoring import label, score

__all__ = ["SuggestedTones", "TonedImport", "import_with_tones", "mark_suggested"]

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
    :param ahead: messages left out because they are dated more than a day ahead (a phone
        clock set wrong), as `reconcile-kit log` refuses such a contact
    :param others: messages of other people in a group chat, left out (importers.people)
    """

    added: int
    skipped: int
    suggested: int
    stopped: bool
    agreement: Agreement
    ahead: int = 0
    others: int = 0

    def left_out(self) -> str:
        """What was left out on purpose, e.g. "1 message dated more than a day ahead", or ""."""
        parts = [f"{n:,} {'message' if n == 1 else 'messages'} {why}" for n, why in (
            (self.ahead, "dated more than a day ahead"), (self.others, "from others in the group")) if n]
        return " and ".join(parts)

    def lines(self, name: str = "them") -> list[str]:
        """The result in plain sentences: counts first, then why no tones were suggested, if so."""
        noun = "message" if self.added == 1 else "messages"
        already = f" ({self.skipped:,} already there)" if self.skipped else ""
        tones = "tone" if self.suggested == 1 else "tones"
        left = self.left_out()
        first = f"Added {self.added:,} {noun}{already}; {self.suggested:,} {tones} suggested" + (f"; left out {left}." if left else ".")
        if not self.stopped:
            return [first]
        whose = Person.named(name).possessive()
        return [first, (f"No tones were suggested: the suggestions often read {whose} messages differently from "
                        f"you (agreement {self.agreement.kappa:.2f}, below {MIN_KAPPA}), so the tones you choose count.")]  # fmt: skip


def mark_suggested(columns: Any, existing: Any = (), *, scoring: SuggestedTones | None = None) -> int:
    """Put a suggested tone on their new replies in `columns` (timeline columns, changed in place).

    A row gets one when its direction is `in`, its tone `none`, it has text (not a photo, call or
    deleted message) and its uid is not in `existing`. Returns how many got one.

    :param columns: `timeline.message_columns` output or a timeline frame (`tone`, `tone_by` replaced)
    :param existing: uids already in the journal (the import skips them)
    :param scoring: leave `tone` as this `SuggestedTones`, already scoring their texts, to be
        scored while the journal writes the rows (a dict of columns only)
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
        tone_by[picks] = "suggested"
        suggested = scoring if scoring is not None else SuggestedTones(text[picks])
        suggested.mark(tone, picks, text[picks])
        tone = suggested if scoring is not None else suggested.all()
    columns["tone"] = tone
    columns["tone_by"] = tone_by
    return len(picks)


class SuggestedTones:
    """A tone column whose suggestions are scored while they are asked for, in row order: `upto(count)`
    gives the first `count` tones (`Journal.import_messages` asks just before writing those rows).

    Scoring starts at once, on the texts given (`batch.Scoring`: a chunk at a time, in the order
    they first come, by this process and, when that is safe, a forked helper); `mark` then says
    which rows get a tone. So the helper can start on their messages as loaded while the rows are
    still being built, and the first rows wait only for the first chunks.

    :param texts: the texts that may get a tone (others are scored when asked for)
    """

    def __init__(self, texts: Any) -> None:
        import numpy as np

        self.distinct = list(dict.fromkeys(text for text in texts if isinstance(text, str) and text))
        self.scoring = Scoring(self.distinct)
        self.mark(np.empty(0, dtype=object), np.empty(0, dtype=np.int64), [])  # no rows until `mark`

    def mark(self, tone: Any, picks: Any, texts: Any) -> None:
        """Say which rows get a suggested tone.

        :param tone: the tone of every row (copied)
        :param picks: the rows to suggest a tone for, ascending
        :param texts: their texts
        """
        import numpy as np

        self.tone, self.picks, self.texts, self.done = tone.copy(), picks, texts, 0  # `done`: picks with a tone
        slot = {text: i for i, text in enumerate(self.distinct)}
        self.slots = [slot.get(text, -1) for text in texts]
        self.others = {text: score(text) for text, at in zip(texts, self.slots) if at < 0}  # not among those given
        self.needed = np.maximum.accumulate(self.slots)  # the texts scored before each pick's tone is known

    def __len__(self) -> int:
        return len(self.tone)

    def upto(self, count: int) -> Any:
        """The tones of the first `count` rows (and maybe more)."""
        import numpy as np

        ready = int(np.searchsorted(self.picks, count))
        if ready > self.done:
            values, now = self.scoring.upto(int(self.needed[ready - 1]) + 1), slice(self.done, ready)
            self.tone[self.picks[now]] = [label(values[slot] if slot >= 0 else self.others[text])
                                          for slot, text in zip(self.slots[now], self.texts[now])]  # fmt: skip
            self.done = ready
        return self.tone

    def all(self) -> Any:
        """Every row's tone."""
        tone = self.upto(len(self.tone))
        self.close()
        return tone

    def close(self) -> None:
        """Done with the scoring (its helper process stops)."""
        self.scoring.close()


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
    import pandas as pd

    from ..timeline import message_columns

    late = (pd.to_datetime(messages["at"], utc=True) > journal.latest()).to_numpy()
    left = {"ahead": int(late.sum()), "others": int(getattr(messages, "attrs", {}).get("others", 0))}
    if late.any():
        messages = messages[~late]
    current = journal.timeline(include_deleted=True)
    agreed = agreement_for(current[current["deleted_at"].isna()])
    if not agreed.trusted:
        result = journal.import_messages(messages, undoable=undoable)
        return TonedImport(result.added, result.skipped, 0, True, agreed, **left)
    columns: Any = messages
    scoring = None
    try:
        if {"summary", "channel"} <= set(messages.columns):  # already timeline rows (tests, the CSV path)
            columns = messages.drop(columns=["deleted_at"], errors="ignore").copy()
            count = mark_suggested(columns, current["uid"].tolist())
        else:  # their replies are scored from now on, while the rows are built and written
            replies = messages["direction"].to_numpy(dtype=object) == "in"
            scoring = SuggestedTones(messages["text"].to_numpy(dtype=object)[replies])
            columns = message_columns(messages)
            count = mark_suggested(columns, current["uid"].tolist(), scoring=scoring)
        result = journal.import_messages(columns, undoable=undoable)  # the marked columns as they are
    finally:
        if scoring is not None:
            scoring.close()
    return TonedImport(result.added, result.skipped, count if result.added else 0, False, agreed, **left)
