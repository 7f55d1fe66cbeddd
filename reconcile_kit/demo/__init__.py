"""The demo journal: an invented, deterministic story that walks the whole guide.

Alex (the user) writes to Robin (they/them) after months of silence: a short first text, a run
of three unanswered messages, warm replies, the ask to meet, a coffee, a heart-to-heart with an
apology, and an outcome: a first date again (`ending="reconciling"`) or a kind no
(`ending="closure"`). The journal carries its own clock, `DEMO_NOW`, so notebooks give the same
output on every run. Names and events are invented.

    journal = demo_journal()                  # rebuilt fresh in the user cache dir
    journal = demo_journal(tmp / "demo.sqlite3", ending="closure")
"""

from __future__ import annotations

import os
import random
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ..errors import InvalidInteraction, JournalError
from ..model import Channel, Direction, Interaction, Kind, Tone
from ..store import Journal
from . import story

__all__ = ["DEMO_NOW", "ENDINGS", "demo_journal", "demo_path", "is_demo"]

DEMO_NOW = datetime(2026, 10, 15, 19, 0, tzinfo=timezone.utc)
ENDINGS = ("reconciling", "closure")
SEED = 20260614


def demo_path(ending: str = "reconciling") -> Path:
    """Where `demo_journal(ending=...)` keeps its file by default: the user cache dir."""
    import platformdirs

    cache = Path(platformdirs.user_cache_dir("reconcile-kit", appauthor=False))
    return cache / f"demo-{_check_ending(ending)}.sqlite3"


def is_demo(journal: Journal) -> bool:
    """True when `journal` is a demo journal built by `demo_journal`."""
    return journal.get_setting("demo") in ENDINGS


def _check_ending(ending: str) -> str:
    if ending not in ENDINGS:
        raise InvalidInteraction(f"ending {ending!r} is not one of: {', '.join(ENDINGS)}", field="ending")
    return ending


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _refuse_real_journal(target: Path) -> None:
    """Never overwrite a file that is not a demo journal (a user's journal, another file)."""
    if not target.exists() or target.stat().st_size == 0:
        return
    with Journal.open(target) as existing:
        if not is_demo(existing):
            raise JournalError(
                f"{target} is a real journal, not a demo; the demo will not overwrite it: pick another path"
            )


def demo_journal(path: str | os.PathLike[str] | None = None, ending: str = "reconciling") -> Journal:
    """Build the demo journal afresh and return it open.

    :param path: where to write it; default `demo_path(ending)` in the user cache dir.
        An existing demo there is replaced; any other file is refused with `JournalError`.
    :param ending: "reconciling" (they agree to try again, slowly) or "closure" (a kind no).
    """
    ending = _check_ending(ending)
    target = Path(path).expanduser() if path is not None else demo_path(ending)
    _refuse_real_journal(target)
    build = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.building")
    try:
        with Journal.open(build) as journal:
            _fill(journal, ending)
        _remove(target)
        os.replace(build, target)
    finally:
        _remove(build)
    return Journal.open(target)


def _at(day: str, clock: str) -> datetime:
    return datetime.fromisoformat(f"2026-{day}T{clock}:00+00:00")


def _fill(journal: Journal, ending: str) -> None:
    from ..timeline import from_interactions

    rng = random.Random(SEED)
    entries = sorted(_milestones(ending) + _fillers(rng, ending), key=lambda item: item.at)
    entries = [item.replace(uid=uuid.UUID(int=rng.getrandbits(128)).hex) for item in entries]
    journal.import_messages(from_interactions(entries), undoable=False)
    settings = {
        "their_name": "Robin",
        "their_pronouns": "they/them",
        "my_names": ["Alex"],
        "now": DEMO_NOW.isoformat(),
        "timezone": "UTC",
        "demo": ending,
        "outcome": ending,
    }
    for key, value in settings.items():
        journal.set_setting(key, value)
    _fill_extras(journal, ending)


def _milestones(ending: str) -> list[Interaction]:
    rows = story.COMMON + (story.RECONCILING if ending == "reconciling" else story.CLOSURE)
    return [
        Interaction(
            at=_at(day, clock), channel=Channel(channel), direction=Direction(direction), kind=Kind(kind), tone=Tone(tone),
            summary=summary, mood=mood, tags=tags, text=text,
        )  # fmt: skip
        for day, clock, channel, direction, kind, tone, summary, mood, tags, text in rows
    ]


def _fillers(rng: random.Random, ending: str) -> list[Interaction]:
    """Everyday back-and-forth between the milestones: one thread = a message and its reply."""
    spans = story.FILLER_SPANS + (story.RECONCILING_SPANS if ending == "reconciling" else ())
    outgoing, incoming = list(story.OUT_LINES), list(story.IN_LINES)
    rng.shuffle(outgoing)
    rng.shuffle(incoming)
    made: list[Interaction] = []
    for first, last, threads in spans:
        start = _at(first, "00:00")
        days = sorted(rng.sample(range((_at(last, "00:00") - start).days + 1), threads))
        for number, day in enumerate(days):
            sent = start + timedelta(days=day, hours=rng.randint(8, 16), minutes=rng.choice((5, 20, 35, 50)))
            reply = sent + timedelta(hours=rng.randint(1, 6), minutes=rng.randint(0, 59))
            tone = "positive" if rng.random() < 0.75 else "neutral"
            ours = Interaction(
                at=sent, channel=Channel.TEXT, direction=Direction.OUT, kind=Kind.MESSAGE,
                summary=outgoing.pop(), mood=rng.randint(3, 5),
            )  # fmt: skip
            theirs = Interaction(
                at=reply, channel=Channel.TEXT, direction=Direction.IN, kind=Kind.MESSAGE, tone=Tone(tone),
                summary=incoming.pop(), mood=rng.randint(3, 5) if tone == "positive" else rng.randint(2, 4),
            )  # fmt: skip
            # Robin starts some threads; a span's last thread always ends with their reply, so
            # the only run of unanswered messages is the one the story means (S1.5).
            robin_first = rng.random() < 0.25 and number < len(days) - 1
            made += [theirs.replace(at=sent), ours.replace(at=reply)] if robin_first else [ours, theirs]
    return made


def _fill_extras(journal: Journal, ending: str) -> None:
    """Reflections, apology drafts, checklist ticks and (when reconciling) the habit watch list."""
    extras = story.extras(ending)
    for prompt_id, day, text in extras["reflections"]:
        journal.add_reflection(prompt_id, text, at=_at(day, "21:00"))
    for item_id, day in extras["ticks"]:
        journal.set_ticked(item_id, at=_at(day, "21:30"))
    habit_ids = [journal.add_habit(name, at=_at(day, "20:00")) for name, day in extras["habits"]]
    for number, day, slipped, note in extras["check_ins"]:
        journal.check_in(habit_ids[number], slipped, note, at=_at(day, "21:45"))
