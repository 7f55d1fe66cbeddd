"""Thresholds of the advice rules, and how the kit speaks of the other person.

`AdviceSettings` holds every number the rules use, with the defaults documented in
docs/guide-engine.md. The journal stores overrides under the same key names, so
`advise(df, settings=journal.settings())` works: unknown keys are ignored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from ..errors import InvalidSettings
from ..person import Person

__all__ = ["AdviceSettings", "InvalidSettings", "to_settings", "check_split_day"]


@dataclass(frozen=True)
class AdviceSettings:
    """Every threshold of the advice rules (docs/guide-engine.md), plus name and pronouns.

    :param their_name: how messages name the other person ("" = by pronoun only)
    :param their_pronouns: "they/them", "she/her", "he/him" or "subject/object/possessive"
    :param silence_days: a gap this long makes the next outreach a fresh start (S1.1)
    :param writing_first_window_days: how long after such a fresh start S1.1 is still raised
    :param spoken_channels: channels that are not writing (S1.1)
    :param pestering_run: unanswered outgoing messages in a row that read as pestering (S1.5)
    :param pestering_week: outgoing messages within `pestering_window_days` with no reply (S1.5)
    :param pestering_window_days: the window of `pestering_week`
    :param wait_days: how long to leave a warm reply before writing again (S1.3)
    :param ready_replies: warm replies needed before the ask to meet (S2.1)
    :param ready_days: on at least this many different days (S2.1)
    :param ready_recent_days: ... within this many days before now (older warmth does not count)
    :param cool_run: their last this-many toned replies all cool: time to step back (S3.2, S3.3)
    :param slow_factor: their recent replies this many times slower than their own earlier pace (S3.3)
    :param quiet_days: this long with no answer to the user's last message: time to step back (S3.3)
    :param urges_week: held-back messages in a week that, rising, get a kind word (S1.5)
    :param timezone: the user's IANA zone ("" = this computer's zone): calendar days (reconcile_kit.clock)
    :param split_on: the day of the break-up (ISO date, "" = not set); the reconnection window
        starts the day after it, and the guide reads only that window
    """

    their_name: str = ""
    their_pronouns: str = "they/them"
    silence_days: int = 30
    writing_first_window_days: int = 30
    spoken_channels: tuple[str, ...] = ("call", "video_call", "in_person")
    pestering_run: int = 3
    pestering_week: int = 4
    pestering_window_days: int = 7
    wait_days: int = 3
    ready_replies: int = 2
    ready_days: int = 2
    ready_recent_days: int = 14
    cool_run: int = 3
    slow_factor: int = 3
    quiet_days: int = 14
    urges_week: int = 3
    timezone: str = ""
    split_on: str = ""

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            if field.type in ("int", int):
                _check_count(field.name, getattr(self, field.name))
        object.__setattr__(self, "spoken_channels", tuple(self.spoken_channels))
        object.__setattr__(self, "their_name", str(self.their_name or "").strip())
        object.__setattr__(self, "timezone", str(self.timezone or "").strip())
        object.__setattr__(self, "split_on", str(self.split_on or "").strip()[:10])
        self.person  # validates the pronouns
        self.split_day  # validates the date

    @property
    def split_day(self) -> date | None:
        """The day of the break-up (`split_on`), or None when it is not set."""
        if not self.split_on:
            return None
        try:
            return date.fromisoformat(self.split_on)
        except ValueError:
            raise InvalidSettings(
                f"split_on {self.split_on!r} is not a date; write it like 2025-03-14"
            ) from None

    def window_start(self, zone: tzinfo) -> datetime | None:
        """When the reconnection window starts: midnight after the break-up day, in `zone` (None: not set)."""
        from .. import clock

        day = self.split_day
        return None if day is None else clock.start_of_day(day + timedelta(days=1), zone)

    @property
    def person(self) -> Person:
        """The other person as the advice speaks of them (reconcile_kit.person)."""
        return Person(self.their_name, self.their_pronouns)

    @property
    def pronouns(self) -> tuple[str, str, str]:
        """(subject, object, possessive), e.g. ("they", "them", "their")."""
        return self.person.forms

    def subject(self, start: bool = False) -> str:
        """Their name, or their subject pronoun; capitalised at the start of a sentence."""
        return self.person.subject(start)

    def possessive(self, start: bool = False) -> str:
        """"Robin's" or "their"."""
        return self.person.possessive(start)

    def object(self) -> str:
        """Their name, or their object pronoun ("them")."""
        return self.person.object()


def check_split_day(day: date, now: datetime, zone: tzinfo) -> date:
    """Return `day` when it can be the day of the break-up (`split_on`): today at the latest.

    Judged on the user's calendar (`clock.local_day` of `now` in `zone`): a day after today would
    put every contact before the reconnection window ("Nothing logged since you parted yet").

    :raises InvalidSettings: "split_on is after today: Thu 1 Jan 2030 comes after Sat 30 May 2026; ..."
    """
    from .. import clock

    late = clock.after_today(day, now, zone)
    if late:
        raise InvalidSettings(f"split_on is after today: {late}; pick the day you parted, today at the latest")
    return day


def _check_count(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidSettings(f"advice setting {name} is {value!r}; it must be a whole number of 1 or more")


def _coerce(name: str, value: Any, kind: Any) -> Any:
    if kind in ("int", int) and isinstance(value, (str, float)) and not isinstance(value, bool):
        try:
            as_float = float(value)
        except ValueError:
            return value  # __post_init__ names the bad value
        return int(as_float) if as_float.is_integer() else value
    if name == "spoken_channels" and isinstance(value, str):
        return tuple(part.strip() for part in value.split(",") if part.strip())
    return value


def to_settings(settings: AdviceSettings | Mapping[str, Any] | None = None) -> AdviceSettings:
    """An `AdviceSettings` from one, from a mapping of overrides (unknown keys ignored), or the defaults."""
    if settings is None:
        return AdviceSettings()
    if isinstance(settings, AdviceSettings):
        return settings
    if not isinstance(settings, Mapping):
        raise InvalidSettings(
            f"settings must be AdviceSettings or a dict of overrides, not {type(settings).__name__}"
        )
    fields = {f.name: f.type for f in dataclasses.fields(AdviceSettings)}
    chosen = {k: _coerce(k, v, fields[k]) for k, v in settings.items() if k in fields and v is not None}
    return AdviceSettings(**chosen)
