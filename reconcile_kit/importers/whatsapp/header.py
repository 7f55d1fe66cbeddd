"""The WhatsApp message header: the regexes that define it, and `Fields`, what the finders return.

`HEADER` is the definition. `SPLIT` and `FIRST_LINE` are its forms for a split over the whole
text and for a header on line 1; `fast.scan` learns layouts with them and `fallback` splits with
them. Either way the result is one `Fields` per file.
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
