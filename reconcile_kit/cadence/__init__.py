"""Contact cadence: how often you are in touch, who reaches out, how long replies take.

Pure pandas/numpy over a timeline DataFrame: the journal's ``Journal.timeline()`` or an
imported chat history (``importers.load_messages``). ``events`` is the one reader of contact
rows and of "now"; ``metrics`` splits them into conversations, silences and replies;
``summary`` states the rhythm in plain words; ``reciprocity`` (with ``wording``, which counts
words, questions and function words in many texts at once) asks whether it goes both ways.
Exact definitions: ``docs/cadence.md``.
When each stage of the guide began (``stage_spans``) is the guide's rule: ``guide.stages``.

Example::

    from reconcile_kit import cadence
    print(cadence.summarize(journal.timeline(), now=now).to_markdown(name="Robin"))
"""

from __future__ import annotations

from ..errors import TimelineColumnsError, TimelineError
from .events import NOT_CONTACT_KINDS, as_utc, contact_events
from .metrics import CONVERSATION_GAP, conversations, gaps, last_long_silence, reply_times, weekly_counts
from .reciprocity import Measure, Reciprocity, reciprocity, weekly_style
from .summary import CadenceSummary, compare_lines, summarize, summary_lines

__all__ = [
    "CONVERSATION_GAP",
    "NOT_CONTACT_KINDS",
    "CadenceSummary",
    "Measure",
    "Reciprocity",
    "TimelineColumnsError",
    "TimelineError",
    "as_utc",
    "contact_events",
    "conversations",
    "gaps",
    "last_long_silence",
    "reciprocity",
    "reply_times",
    "summarize",
    "summary_lines",
    "compare_lines",
    "weekly_counts",
    "weekly_style",
]
