"""The WhatsApp message header: the regexes that define it, and `Fields`, what the finders return.

`HEADER` is the definition. `SPLIT` and `FIRST_LINE` are its forms for a split over the whole
text and for a header on line 1; `fast.scan` learns layouts with them and `fallback` splits with
them. `CUT` is a damaged header: a line that ends inside the stamp (a crash cut it short); it
is read as a row of its own, marked broken, so the text after it is not glued onto the message
before. Either way the result is one `Fields` per file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

_SP = rb"(?:[ \t]|\xc2\xa0|\xe2\x80[\xaf\x89\x8a])"  # space, NBSP, NNBSP, thin and hair space
# Each header starts after newlines (the file gets one in front, and blank lines at the end of a
# message go with the next header, so bodies need no stripping); possessive quantifiers keep
# the scan from backtracking. Groups: date, time (with any AM/PM marker), sender (absent on
# Android system lines).
HEADER = re.compile(
    rb"\n++(?:\xe2\x80[\x8e\x8f])?\[?"
    rb"(\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?" + _SP + rb"*+(?:klo )?"
    rb"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:" + _SP + rb"*+[AaPp]\.?" + _SP + rb"?[Mm]\.?)?)"
    rb"(?:\] | - )"
    rb"(?:([^:\n]++): )?"
)
# First bytes of bodies that may be media, deleted, call or system text: "<", "This…", "You…",
# "null", "Missed…", "Messages…", "Voice/Video call", and LRM (iOS). The split captures that
# byte (or b"" for any other) so no Python loop has to look at every body.
_MAYBE = rb"(?=([<TYnMVv\xe2]|))"
# HEADER with exactly one newline in front: a literal first byte lets the regex engine scan
# ahead quickly. Blank lines before a header then stay on the previous body and are stripped.
SPLIT = re.compile(HEADER.pattern.replace(rb"\n++", rb"\n", 1) + _MAYBE)
FIRST_LINE = re.compile(HEADER.pattern.replace(rb"\n++", rb"", 1) + _MAYBE)
# A line holding only the start of a header: a whole date, then a comma or a space and the
# start of a time, and nothing after what a header would hold there. "31/01/2024, 21:4" is
# one; "31/01/2024" alone or "12/05/2024, 10 am dentist" are text.
_CUT = (
    rb"(?:\xe2\x80[\x8e\x8f])?\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    rb"(?:,|,?" + _SP + rb"++(?:klo )?\d{1,2}(?:[:.](?:\d\d?(?:[:.]\d{0,2})?)?)?"
    rb"(?:" + _SP + rb"*+[AaPp](?:\.?" + _SP + rb"?(?:[Mm]\.?)?)?)?(?:\] ?| -? ?)?)" + _SP + rb"*+(?=\n|\Z)"
)
CUT = re.compile(rb"\n(" + _CUT + rb")")
FIRST_CUT = re.compile(rb"(" + _CUT + rb")")
# The fallback's split: a header (groups 1-3 as in SPLIT) or a cut header (group 4).
SPLIT_OR_CUT = re.compile(
    rb"\n(?:" + HEADER.pattern.replace(rb"\n++", rb"", 1) + _MAYBE + rb"|(" + _CUT + rb"))"
)


@dataclass
class Fields:
    """Every message's header numbers, sender and body, as `fast.scan` or `fallback.regex_fields` finds them."""

    numbers: np.ndarray  # n x 6 digit runs of the stamp (day/month/year, hour, minute, second)
    runs: np.ndarray  # how many digit runs each stamp has
    marker: np.ndarray  # 0 no AM/PM, 1 AM, 2 PM
    names: list  # distinct raw sender names (None: system line) in order of first appearance
    codes: np.ndarray  # index into names per message
    maybe: np.ndarray  # True where the body starts with a byte a special phrase can start with
    bodies: list  # raw body bytes, trailing newlines removed
    broken: np.ndarray  # True for a cut header (`CUT`): the row and its body are left out
    junk: list  # line numbers of the text before the first header (none in a whole export)
    lines: np.ndarray | None = None  # each row's line number when the finder knows it cheaply


def junk_lines(head: bytes) -> list[int]:
    """Line numbers (from 1) of the non-blank lines before the first header: text that belongs
    to no message the file still has (its header was lost, or this part is not an export)."""
    return [i + 1 for i, line in enumerate(head.split(b"\n")) if line.strip(b" \t\xef\xbb\xbf")]
