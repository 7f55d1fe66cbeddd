"""The guide's next dates as an iCalendar file: all-day events a calendar app can import.

`reminders(timeline, now, settings)` reads the situation once (`guide.situation`, the one voice)
and returns the dates ahead, each citing its guide step:

- **write_again**: "Earliest day to write again (S1.3)": the day a warm reply has settled
  (`Situation.wait_until`), while it is still ahead and nothing of theirs waits for an answer;
- **suggest_meeting**: "A good week to suggest catching up (S2.1)": only on an open path in
  the stage `contact`: a week from today when the guide says it is time (`ready_to_ask`), or the
  day the wait ends when that is all that stands in the way. Either way it is a day on which the
  guide itself still says so, if nothing more is logged: when the warm replies would age out of
  its window before the week is up, the last day they still count (none if that is today);
- **habits_check_in**: "Check in on your old-habits watch list (S5.3)": on the reconciling path
  (the guide's `watch_old_habits`), weekly from the last check-in (or the last date).

On a closed path (a boundary, a no, no answer: `guide.closed`) the two contact reminders come
back **withdrawn** (status CANCELLED, titled "Reminder withdrawn (S5.4)"), so importing the new
file takes an earlier "write again" out of the calendar instead of leaving it there.

Privacy: calendars sync to servers, so an event carries the guide step and the date only: no
message text, and the other person's name only with `with_name=True`. Each event's UID comes
from the journal file's identity and the reminder's kind, never its date: importing a newer
file updates the events instead of adding copies. No date before tomorrow is ever written.
"""

from __future__ import annotations

import errno
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from . import clock
from .cadence.events import as_utc
from .files import write_private
from .guide import advise_for, situation
from .guide.situation import Situation
from .model import Stage

__all__ = ["Reminder", "KINDS", "PRIVACY", "NOTHING_AHEAD", "reminders", "to_ics", "write_ics", "identity_of",
           "lines", "save_for", "saved_lines", "FILE_NAME"]

# kind -> (title, title with their name, guide IDs)
KINDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "write_again": ("Earliest day to write again (S1.3)", "Earliest day to write again to {name} (S1.3)", ("S1.3",)),
    "suggest_meeting": ("A good week to suggest catching up (S2.1)",
                        "A good week to suggest catching up with {name} (S2.1)", ("S2.1",)),
    "habits_check_in": ("Check in on your old-habits watch list (S5.3)",
                        "Check in on your old-habits watch list (S5.3)", ("S5.3",)),
}  # fmt: skip
WITHDRAWN = ("Reminder withdrawn (S5.4)", ("S5.4",))
PRIVACY = (
    "The events hold only the guide step and the date, never a message, and no name unless you ask "
    "for one: calendar apps often copy their events to a server."
)
NOTHING_AHEAD = "The guide has no dates ahead for your calendar right now, so no file was written."
FILE_NAME = "reconcile-kit-reminders.ics"
PRODID = "-//reconcile-kit//reminders//EN"
WEEK = 7


@dataclass(frozen=True)
class Reminder:
    """One all-day event: the guide step it serves, on `day`.

    :param kind: `write_again`, `suggest_meeting` or `habits_check_in` (`KINDS`)
    :param day: the calendar day, in the user's zone; always after today
    :param title: what the calendar shows: the step and its guide ID, nothing personal
    :param uid: stable for the journal and the kind (not the date), so a newer file updates it
    :param withdrawn: True on a closed path: the event cancels an earlier one with the same uid
    """

    kind: str
    day: date
    title: str
    guide_ids: tuple[str, ...]
    uid: str
    withdrawn: bool = False


def identity_of(journal_path: str | Path) -> str:
    """The journal file's identity for event UIDs: its absolute path (hashed before use)."""
    return str(Path(journal_path).expanduser().absolute())


def _uid(identity: str, kind: str) -> str:
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:24]
    return f"{digest}-{kind}@reconcile-kit"


def _plain(text: str) -> str:
    """`text` on one line with no control characters (a name typed by the user, for an event title)."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _weekly_after(anchor: date, today: date) -> date:
    """The first day after `today` that is a whole number of weeks (at least one) after `anchor`."""
    weeks = max(1, (today - anchor).days // WEEK + 1)
    return anchor + timedelta(days=WEEK * weeks)


def _last_before(times: Iterable[Any], now: datetime) -> datetime | None:
    moments = [as_utc(t) for t in times]
    moments = [m for m in moments if m <= as_utc(now)]
    return max(moments).to_pydatetime() if moments else None


def _ready_on(day: date, timeline: Any, sit: Situation) -> bool:
    """The guide's own answer (`ready_to_ask`) on `day`, if nothing more is logged by then.

    The guide counts its windows in calendar days (`clock.last_days_start`), so its answer at the
    start of `day` holds all that day."""
    known = timeline[timeline["at"] <= sit.now]  # entries dated after now are not known yet
    return situation(known, clock.start_of_day(day, sit.zone), sit.settings).ready_to_ask


def _last_ready_day(latest: date, timeline: Any, sit: Situation) -> date | None:
    """The latest day from tomorrow up to `latest` on which the guide still says it is time to ask
    (warm replies age out of its window day by day), or None when that lapses after today."""
    day = latest
    while day > sit.today:
        if _ready_on(day, timeline, sit):
            return day
        day -= timedelta(days=1)
    return None


def _days(timeline: Any, sit: Situation, check_ins: Any) -> dict[str, date]:
    """kind -> day for the reminders that apply to this situation."""
    days: dict[str, date] = {}
    today = sit.today
    rules = {a.rule: a for a in advise_for(sit, timeline)}
    waiting = rules.get("wait_after_positive")
    wait_until = waiting.data.get("wait_until") if waiting is not None else None
    if wait_until is not None:
        days["write_again"] = wait_until
    if sit.stage == Stage.CONTACT:
        if sit.ready_to_ask:
            ready = _last_ready_day(today + timedelta(days=WEEK), timeline, sit)
            if ready is not None:
                days["suggest_meeting"] = ready
        elif sit.wait_until is not None and _ready_on(sit.wait_until, timeline, sit):
            days["suggest_meeting"] = sit.wait_until
    habits = rules.get("watch_old_habits")
    if habits is not None:
        logged = check_ins is not None and len(check_ins)
        checked = _last_before(check_ins["at"], sit.now.to_pydatetime()) if logged else None
        anchor = clock.local_day(checked or habits.data["date_at"].to_pydatetime(), sit.zone)
        days["habits_check_in"] = _weekly_after(anchor, today)
    return days


def reminders(
    timeline: Any,
    now: datetime | str | None = None,
    settings: Any = None,
    *,
    check_ins: Any = None,
    identity: str = "",
    with_name: bool = False,
) -> list[Reminder]:
    """The guide's next dates for a calendar, in the order of `KINDS` (see the module).

    :param timeline: a timeline frame (`Journal.timeline()`)
    :param now: the journal's clock (`clock.now_for(journal)`); events after it are left out
    :param settings: the journal's settings (`journal.settings()`): name, zone, thresholds, `split_on`
    :param check_ins: the habit check-ins (`journal.check_ins()`), for the S5.3 rhythm
    :param identity: the journal file's identity (`identity_of(journal.path)`), for stable UIDs
    :param with_name: put the other person's name in the titles (off by default: calendars sync)
    """
    sit = situation(timeline, now, settings)
    if sit.closed:
        title, ids = WITHDRAWN
        tomorrow = sit.today + timedelta(days=1)
        return [Reminder(kind, tomorrow, title, ids, _uid(identity, kind), withdrawn=True)
                for kind in ("write_again", "suggest_meeting")]  # fmt: skip
    days = _days(timeline, sit, check_ins)
    name = _plain(sit.settings.their_name)
    found = []
    for kind, (plain, named, ids) in KINDS.items():
        day = days.get(kind)
        if day is None or day <= sit.today:  # a past date is never written
            continue
        title = named.format(name=name) if with_name and name else plain
        found.append(Reminder(kind, day, title, ids, _uid(identity, kind)))
    return found


def to_ics(items: Iterable[Reminder], *, stamp: datetime | None = None) -> bytes:
    """The reminders as an iCalendar file (RFC 5545): one all-day VEVENT each, nothing personal.

    :param stamp: the DTSTAMP of every event (default: the current time); pass the journal's clock
        so the same journal gives the same bytes
    """
    from icalendar import Calendar, Event

    made = (stamp or datetime.now(timezone.utc)).astimezone(timezone.utc)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for item in items:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", made)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", item.title)
        event.add("transp", "TRANSPARENT")  # a reminder, not busy time
        event.add("status", "CANCELLED" if item.withdrawn else "CONFIRMED")
        calendar.add_component(event)
    return calendar.to_ical()


def write_ics(path: str | Path, items: list[Reminder], *, stamp: datetime | None = None) -> Path:
    """Write the reminders to `path` (mode 0600, atomically) and return the path.

    :raises FileNotFoundError: naming the folder, when the folder of `path` does not exist
    """
    return write_private(_target(path), to_ics(items, stamp=stamp))


def _target(path: str | Path) -> Path:
    """`path` with `~` expanded; `FileNotFoundError` naming the folder when it does not exist."""
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "No such folder", str(target.parent))
    return target


def lines(items: Iterable[Reminder]) -> list[str]:
    """One plain line per reminder: "Fri 4 Dec: Earliest day to write again (S1.3)"."""
    return [f"{clock.day_label(item.day)}: {item.title}" for item in items]


def save_for(journal: Any, path: str | Path, *, with_name: bool = False) -> list[Reminder]:
    """Work out a journal's reminders (its timeline, clock, settings and check-ins) and write them
    to `path` (0600); nothing is written when there are none. Returns the reminders.

    :raises FileNotFoundError: naming the folder, when the folder of `path` does not exist (checked first)
    """
    target = _target(path)
    now = clock.now_for(journal)
    items = reminders(journal.timeline(), now, journal.settings(), check_ins=journal.check_ins(),
                      identity=identity_of(journal.path), with_name=with_name)  # fmt: skip
    if items:
        write_ics(target, items, stamp=now)
    return items


def saved_lines(path: str | Path, items: list[Reminder]) -> list[str]:
    """What to tell the user after `save_for`: where the file is, what it holds, and `PRIVACY`."""
    if not items:
        return [NOTHING_AHEAD]
    if all(item.withdrawn for item in items):
        return [f"Saved {path}. The path is closed for now, so it only withdraws any earlier reminder to write "
                "again or to suggest catching up (S5.4); import it to take them out of your calendar.", PRIVACY]
    count = f"{len(items)} reminder{'s' if len(items) != 1 else ''}"
    return [f"Saved {count} to {path} (readable by you only):", *(f"- {line}" for line in lines(items)),
            "Import it into your calendar app; importing a newer file later updates these events instead "
            "of adding copies.", PRIVACY]  # fmt: skip
