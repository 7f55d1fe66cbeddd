"""Who a chat is with: a chat with more than one other sender (a group) is read for one of them.

The journal is about one person, so a group chat is refused until the user names that person
(`contact=`, `--contact`, the import form's "Who with?"); then only their messages and the
user's own are kept, and how many of the others' were left out is on the frame
(`attrs["others"]`), never dropped without a word. SMS backups choose their contact themselves
(sms.py), by number, before this step.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import ImportFormatError
from ._frame import UNNAMED, is_me

__all__ = ["choices", "keep_one"]


def choices(messages: pd.DataFrame, me: Sequence[str]) -> list[str]:
    """The other senders to choose from when there is more than one (a group chat), else [].

    :param messages: a `load_messages` frame (read with or without `me`)
    :param me: the user's own names and numbers
    """
    mine = tuple(me)
    talking = messages["kind"].to_numpy(dtype=object) != "system"
    senders = messages["sender"].to_numpy(dtype=object)
    marked = {str(name) for name in pd.unique(senders[talking & (messages["direction"].to_numpy(dtype=object) == "out")])}
    # the senders once each, in order of appearance (`pd.unique`: a long chat is never walked row by row in Python)
    found = [name for name in map(str, pd.unique(senders[talking]))
             if name not in ("", UNNAMED, *marked) and not is_me(name, mine)]  # fmt: skip
    return sorted(found, key=str.casefold) if len(found) > 1 else []


def keep_one(messages: pd.DataFrame, me: Sequence[str], contact: str | None, path: Path) -> pd.DataFrame:
    """The messages of a chat with one other person; in a group, only `contact`'s and the user's.

    ImportFormatError (advising option "contact") for a group read without `contact`, or with
    one that is nobody in it. A chat with one other person is returned as it is.
    """
    if not me:
        return messages
    others = choices(messages, me)
    if not others:
        return messages
    listing = "; ".join(others[:20])
    if contact is None:
        raise ImportFormatError(
            f"{path.name}: {len(others)} other people write in this chat (a group chat?); the journal is about one "
            f"person, so choose who with {{option}}: {listing}", option="contact", choices=others)
    chosen = [name for name in others if is_me(name, (contact,))]
    if not chosen:
        raise ImportFormatError(f"{path.name}: nobody named {contact!r} writes in this chat; choose who with {{option}}: "
                                f"{listing}", option="contact", choices=others)
    sender = messages["sender"].astype(str)
    mine = sender.isin([name for name in sender.unique() if is_me(name, tuple(me))]).to_numpy()
    other = ~sender.isin(chosen).to_numpy() & ~mine & (messages["direction"].to_numpy() != "out")
    other &= messages["kind"].astype(str).to_numpy() != "system"
    kept = messages[~other].reset_index(drop=True)
    kept.attrs = {**messages.attrs, "others": int(np.count_nonzero(other))}
    return kept
