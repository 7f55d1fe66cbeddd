"""The journal's records: vocabulary enums and the `Interaction` dataclass, validated on construction.

No I/O here. The vocabularies are a public contract (docs/architecture.md): tests, notebooks and users'
exports rely on these exact strings.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from .errors import InvalidInteraction

__all__ = [
    "Channel",
    "Direction",
    "Kind",
    "Tone",
    "ToneBy",
    "Stage",
    "Interaction",
    "VOCABULARY",
    "LABELS",
    "OWN_KINDS",
    "SUMMARY_MAX",
    "TEXT_MAX",
]

SUMMARY_MAX = 500
TEXT_MAX = 100_000
TAG_MAX = 40
YEAR_RANGE = (1900, 2200)


class Channel(enum.StrEnum):
    """How the contact happened."""

    TEXT = "text"
    EMAIL = "email"
    CALL = "call"
    VIDEO_CALL = "video_call"
    VOICE_MESSAGE = "voice_message"
    IN_PERSON = "in_person"
    SOCIAL = "social"
    LETTER = "letter"
    OTHER = "other"


class Direction(enum.StrEnum):
    """Who reached out: the user (`out`), the other person (`in`), or both (a meeting)."""

    OUT = "out"
    IN = "in"
    BOTH = "both"


class Kind(enum.StrEnum):
    """What the contact was. `boundary` means they asked for no contact or blocked the user.

    `held_back` is a message the user wanted to send and did not (direction `out`): it is never
    contact, and no metric, stage or contact-counting rule counts it. `note` is not contact either.
    """

    MESSAGE = "message"
    MEET_ASK = "meet_ask"
    MEETING = "meeting"
    APOLOGY = "apology"
    REFUSAL = "refusal"
    BOUNDARY = "boundary"
    DATE = "date"
    NOTE = "note"
    HELD_BACK = "held_back"


# Kinds that are the user's own unless they say otherwise: a note to myself, a message held back,
# an ask to meet. A form that presets "They reached out" (the app on a closed path) turns the
# direction to "I reached out" when one of these is picked, so the user's note is never saved as theirs.
OWN_KINDS: frozenset[str] = frozenset({Kind.NOTE, Kind.HELD_BACK, Kind.MEET_ASK})


class ToneBy(enum.StrEnum):
    """Who chose the tone: the user, or the kit's suggestion from the text (never over the user's)."""

    USER = "user"
    SUGGESTED = "suggested"


class Tone(enum.StrEnum):
    """How the other person came across; `none` while there is no reply yet."""

    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"
    NONE = "none"


class Stage(enum.StrEnum):
    """The five stages of the guide (docs/guide.md)."""

    CONTACT = "contact"
    MEET_ASK = "meet_ask"
    CATCH_UP = "catch_up"
    HEART_TO_HEART = "heart_to_heart"
    OUTCOME = "outcome"


_ENUMS: dict[str, type[enum.StrEnum]] = {
    "channel": Channel,
    "direction": Direction,
    "kind": Kind,
    "tone": Tone,
    "tone_by": ToneBy,
    "stage": Stage,
}

VOCABULARY: dict[str, tuple[str, ...]] = {
    name: tuple(member.value for member in cls) for name, cls in _ENUMS.items()
}

# Plain words for forms and charts; the stored values stay the vocabulary strings.
LABELS: dict[str, dict[str, str]] = {
    "channel": {
        "text": "Text message",
        "email": "Email",
        "call": "Phone call",
        "video_call": "Video call",
        "voice_message": "Voice message",
        "in_person": "In person",
        "social": "Social media",
        "letter": "Letter or card",
        "other": "Something else",
    },
    "direction": {
        "out": "I reached out",
        "in": "They reached out",
        "both": "We met / talked together",
    },
    "kind": {
        "message": "A message or chat",
        "meet_ask": "An ask to meet",
        "meeting": "A meeting (coffee, a walk)",
        "apology": "An apology or relationship talk",
        "refusal": "They said no",
        "boundary": "They asked for no contact / blocked me",
        "date": "A date (we are trying again)",
        "note": "A note to myself",
        "held_back": "A message I held back (not sent)",
    },
    "tone": {
        "positive": "Warm",
        "neutral": "Neutral",
        "negative": "Cool or upset",
        "none": "No reply yet",
    },
    "tone_by": {
        "user": "Chosen by you",
        "suggested": "Suggested by the kit",
    },
    "stage": {
        "contact": "Getting back in touch",
        "meet_ask": "Asking to meet",
        "catch_up": "Catching up",
        "heart_to_heart": "Heart-to-heart",
        "outcome": "Outcome",
    },
}


def coerce(field: str, value: Any) -> enum.StrEnum:
    """Return the enum member of vocabulary `field` for `value`, or raise `InvalidInteraction`."""
    cls = _ENUMS[field]
    try:
        return cls(value.strip().lower() if isinstance(value, str) else value)
    except ValueError:
        allowed = ", ".join(VOCABULARY[field])
        raise InvalidInteraction(
            f"{field} {value!r} is not one of: {allowed}", field=field
        ) from None


def _to_utc(value: Any) -> datetime:
    """Normalise `at` to tz-aware UTC; a naive datetime is taken as the machine's local time."""
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        value = value.to_pydatetime()
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise InvalidInteraction(
                f"at {value!r} is not an ISO date and time like 2026-05-01T18:30", field="at"
            ) from None
    if not isinstance(value, datetime):
        raise InvalidInteraction(
            f"at must be a date and time, not {type(value).__name__}", field="at"
        )
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.astimezone()  # naive = local wall time, documented
    value = value.astimezone(timezone.utc)
    # The timeline holds nanosecond timestamps (pandas), which end in 2262: keep a wide,
    # human range instead of failing later when the journal is read.
    if not YEAR_RANGE[0] <= value.year <= YEAR_RANGE[1]:
        raise InvalidInteraction(
            f"at {value.date().isoformat()} is outside the years {YEAR_RANGE[0]}-{YEAR_RANGE[1]}",
            field="at",
        )
    return value


def _check_text(field: str, value: Any, maximum: int, minimum: int = 0) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInteraction(f"{field} must be text, not {type(value).__name__}", field=field)
    value = value.strip()
    if len(value) < minimum:
        raise InvalidInteraction(
            f"{field} is empty: write a few words about the contact (1-{maximum} characters)",
            field=field,
        )
    if len(value) > maximum:
        raise InvalidInteraction(
            f"{field} has {len(value):,} characters; the most is {maximum:,}", field=field
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: SQLite cannot store it
        raise InvalidInteraction(
            f"{field} holds a broken character at position {exc.start} "
            "(half of an emoji pair); paste the text again",
            field=field,
        ) from None
    return value


def _check_mood(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):  # True would otherwise pass as mood 1
        raise InvalidInteraction(f"mood {value!r} must be a whole number 1-5 or empty", field="mood")
    if not isinstance(value, int):
        try:
            as_float = float(value)
        except (TypeError, ValueError):
            as_float = float("nan")
        if not as_float.is_integer():
            raise InvalidInteraction(f"mood {value!r} must be a whole number 1-5 or empty", field="mood")
        value = int(as_float)
    if not 1 <= value <= 5:
        raise InvalidInteraction(f"mood {value!r} must be 1-5 or empty", field="mood")
    return value


def _check_tags(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    items: Iterable[Any] = value.split(",") if isinstance(value, str) else value
    tags = []
    for item in items:
        tag = str(item).strip()
        if len(tag) > TAG_MAX:
            raise InvalidInteraction(f"tag {tag[:20]!r}… is longer than {TAG_MAX} characters", field="tags")
        if tag and tag not in tags:
            tags.append(tag)
    return tuple(tags)


@dataclass(frozen=True, slots=True)
class Interaction:
    """One contact event: a text, a call, a coffee, a note.

    Values are checked when the object is made: an unknown vocabulary value, a naive or
    missing time, an empty or over-long summary, a mood outside 1-5, or a held-back message
    whose direction is not `out` raise `InvalidInteraction` naming the field, the value and
    what is allowed. A naive `at` is
    taken as the machine's local time and stored in UTC.
    """

    at: datetime
    channel: Channel
    direction: Direction
    kind: Kind
    summary: str
    tone: Tone = Tone.NONE
    text: str = ""
    mood: int | None = None
    source: str = "manual"
    tags: tuple[str, ...] = ()
    notes: str = ""
    uid: str | None = None
    tone_by: ToneBy = ToneBy.USER

    def __post_init__(self) -> None:
        put = object.__setattr__
        put(self, "at", _to_utc(self.at))
        for field in ("channel", "direction", "kind", "tone", "tone_by"):
            put(self, field, coerce(field, getattr(self, field)))
        if self.kind == Kind.HELD_BACK and self.direction != Direction.OUT:
            raise InvalidInteraction(
                f"direction {str(self.direction)!r} does not fit kind held_back: a message you held back "
                "was yours to send, so its direction is out",
                field="direction",
            )
        put(self, "summary", _check_text("summary", self.summary, SUMMARY_MAX, minimum=1))
        put(self, "text", _check_text("text", self.text, TEXT_MAX))
        put(self, "notes", _check_text("notes", self.notes, TEXT_MAX))
        put(self, "source", _check_text("source", self.source or "manual", 40, minimum=1))
        put(self, "mood", _check_mood(self.mood))
        put(self, "tags", _check_tags(self.tags))

    def replace(self, **changes: Any) -> Interaction:
        """Return a validated copy with `changes` applied; unknown field names are an error."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            allowed = ", ".join(f.name for f in dataclasses.fields(self))
            raise InvalidInteraction(
                f"unknown field {sorted(unknown)[0]!r}; fields are: {allowed}",
                field=sorted(unknown)[0],
            )
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Plain values (strings, ISO time) for JSON and CSV."""
        return {
            "uid": self.uid,
            "at": self.at.isoformat(),
            "channel": str(self.channel),
            "direction": str(self.direction),
            "kind": str(self.kind),
            "tone": str(self.tone),
            "summary": self.summary,
            "text": self.text,
            "mood": self.mood,
            "source": self.source,
            "tags": ",".join(self.tags),
            "notes": self.notes,
            "tone_by": str(self.tone_by),
        }
