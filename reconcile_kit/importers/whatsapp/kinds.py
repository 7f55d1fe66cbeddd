"""What each WhatsApp message is: text, media, deleted, call or system, from its body.

WhatsApp writes fixed English phrases for media, deleted messages, calls and system notices
(and an invisible LRM before them on iPhones). Only bodies that could start such a phrase are
looked at, each distinct one once. A mark alone never makes a row a system line: people who
write Arabic or Hebrew (and their phones) start ordinary messages with RLM or LRM too, so a
row is `system` only when its text is one of WhatsApp's known notices (docs/importing.md).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ...arrays import filled
from .._frame import clean
from .._io import positions

_MEDIA = re.compile(
    r"<Media omitted>|<attached: [^>\n]*>|[^\n]+ \(file attached\)|null$|<[^<>\n]* omitted>"
    r"|(?:image|video|audio|sticker|GIF|document|Contact card|[Vv]iew once [a-z ]+) omitted$"
    r"|[^\n]* document omitted$"
)
_DELETED = re.compile(r"(?:This message was deleted|You deleted this message)\.?$")
_CALL = re.compile(r"(?:missed )?(?:group )?(?:voice|video) call(?:[,.].*)?$", re.I)
_SYSTEM = re.compile(
    r"Messages and calls are end-to-end encrypted|Messages to this (?:chat|group) are now secured"
    r"|Your security code with |You (?:un)?blocked this contact|.* changed their phone number"
    r"|.*disappearing messages|.* turned (?:on|off) disappearing"
)
# Group notices an iPhone writes under the group's name, after an LRM ("‎Kim Lee added Sam").
# Only checked behind that mark: as plain text, "I left" or "Jo added you" are messages.
_IOS_NOTICE = re.compile(
    r"(?:You|.{1,80}?) (?:created group|added |removed |left$|joined using this group's invite link"
    r"|changed the (?:subject|group name|group description)|changed this group's (?:icon|settings)"
    r"|deleted this group's icon)"
)
EDITED = "<This message was edited>"
# What WhatsApp writes after an edited message, in the languages it is known in here. A body
# that ends in one has it removed (an unknown language's marker simply stays in the text).
EDITED_MARKERS = (EDITED, "<Se editó este mensaje.>", "<Diese Nachricht wurde bearbeitet.>", "<Diese Nachricht wurde bearbeitet>")
_TAILS = tuple(np.frombuffer(marker.encode()[-9:], dtype=np.uint8) for marker in EDITED_MARKERS)


def has_edit_marker(data: bytes) -> bool:
    """True when some line of the file ends with an edit marker, in one vectorised pass.

    A marker ends its message, so only the ">" bytes before a newline (or the end) are looked
    at, and the bytes before them compared with each marker's last bytes: a few milliseconds
    for 10 MB, where one substring search per language would take about four each.
    """
    arr = np.frombuffer(data, dtype=np.uint8)
    ends = positions(arr, 62)
    ends = ends[(ends + 1 == len(arr)) | (arr[np.minimum(ends + 1, len(arr) - 1)] == 10)]
    for tail in _TAILS:
        at = ends[ends >= len(tail) - 1] - (len(tail) - 1)
        if len(at) and (np.stack([arr[at + k] for k in range(len(tail))], axis=1) == tail).all(axis=1).any():
            return True
    return False


def strip_edited(text: str) -> str:
    """The text without a trailing edit marker (and the spaces before it)."""
    if text.endswith(">"):
        for marker in EDITED_MARKERS:
            if text.endswith(marker):
                return text[: -len(marker)].rstrip(" ")
    return text
# Matches wherever one of the four above does (a text it misses is plain "text").
_ANY = re.compile("|".join(f"(?:{r.pattern})" for r in (_MEDIA, _DELETED, _SYSTEM)) + f"|(?i:{_CALL.pattern})")
_LRM = b"\xe2\x80\x8e"  # iPhone media and system lines start with one
_LRM_RLM = (_LRM, b"\xe2\x80\x8f")


def classify(attached: bool, marked: bool, bodies: list, maybe: np.ndarray, nameless: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Kind per message, and the rows that are media.

    Only bodies whose first byte could start a special phrase are examined (and, when the file
    holds "(file attached)" anywhere, bodies with it), each distinct one once: bodies repeat.
    """
    kinds = filled(len(bodies), "text")
    kinds[nameless] = "system"
    if attached:
        maybe |= np.array([b"(file attached)" in body for body in bodies]) & ~nameless
    rows = np.flatnonzero(maybe)
    if len(rows):
        candidates = np.empty(len(rows), dtype=object)
        candidates[:] = [bodies[i] for i in rows.tolist()]
        codes, unique = pd.factorize(candidates)
        plain = _plainly_text if not marked else lambda body: False
        found = np.array(["text" if plain(body) else _body_kind(body) for body in unique], dtype=object)[codes]
        kinds[rows] = found
        return kinds, rows[found == "media"]
    return kinds, rows


def _plainly_text(body: bytes) -> bool:
    """True for a body that cannot match any phrase in `_ANY`, told from its bytes alone.

    Only for files without direction marks (so cleaning changes nothing). Every phrase starts
    with one of `_PREFIXES` (exact in lower case for ASCII; re's IGNORECASE also folds "ı", "ſ",
    "K", hence the ASCII test) or contains one of `_INSIDE`. A body starting with another
    character that stripping keeps (not a space) can only match through `_INSIDE`.
    """
    first = body[:1]
    if first in _LETTERS:
        head = body[:24]  # as long as the longest prefix
        if not head.isascii() or head.lower().startswith(_PREFIXES):
            return False
    elif first != b"\xe2" or body.startswith(_LRM_RLM) or body[:3].decode("utf-8", "replace").isspace():
        return False
    return _INSIDE.search(body) is None


_LETTERS = frozenset(bytes([c]) for c in b"TYnMVv")
_PREFIXES = (b"null", b"video", b"view once", b"this message was deleted", b"you deleted this message",
             b"messages and calls", b"messages to this", b"your security code with ", b"you blocked",
             b"you unblocked", b"missed ", b"group ", b"voice call")
_INSIDE = re.compile(rb"\(file attached\)|document omitted| changed their phone number|disappearing")


def _body_kind(body: bytes) -> str:
    """The kind of one body; one combined regex clears most plain texts at once."""
    text = strip_edited(clean(body.decode("utf-8", "replace"))).strip()
    lrm = body.startswith(_LRM)  # an iPhone's mark (RLM is the writer's own)
    if not lrm and not _ANY.match(text):
        return "text"
    return _kind(text, lrm)


def _kind(text: str, lrm: bool) -> str:
    """text, media, deleted, call or system, from the fixed English phrases WhatsApp writes."""
    if _MEDIA.match(text):
        return "media"
    if _DELETED.match(text):
        return "deleted"
    if (lrm or len(text) < 40) and _CALL.match(text):
        return "call"
    if _SYSTEM.match(text) or (lrm and _IOS_NOTICE.match(text)):
        return "system"
    return "text"
