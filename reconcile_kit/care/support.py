"""Where to get help: the support organisations the kit points to, each with the page it was checked on.

The entries live in `support_resources.toml` beside this module (one documented file: every
number, text code and address was read on the organisation's own page or an official page, named
in `source`; `checked` is the date). The kit only shows them; it never calls or sends anything.
Topics: `abuse` (fear of the other person, violence, threats, control, stalking, protective
orders) and `crisis` (thoughts of suicide or self-harm, despair).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "Resource",
    "Emergency",
    "TOPICS",
    "resources",
    "emergency_numbers",
    "region_for_zone",
    "checked_on",
    "emergency_sentence",
    "how_to_reach",
    "support_markdown",
    "support_text",
    "card_for",
    "region_for_setting",
]

DATA = Path(__file__).with_name("support_resources.toml")
TOPICS = ("abuse", "crisis")
REGION_NAMES = {
    "GB": "United Kingdom", "IE": "Ireland", "US": "United States", "CA": "Canada", "AU": "Australia",
    "NZ": "New Zealand", "EU": "European Union", "INT": "Anywhere",
}  # fmt: skip
# The user's likely country from their time zone, to list its helplines first (all are shown).
_ZONE_REGIONS = {"Europe/London": "GB", "Europe/Belfast": "GB", "Europe/Dublin": "IE", "Pacific/Auckland": "NZ",
                 "Pacific/Chatham": "NZ"}  # fmt: skip
_ZONE_PREFIXES = {"Australia/": "AU", "Canada/": "CA", "US/": "US"}
_CANADA = ("Toronto", "Vancouver", "Edmonton", "Winnipeg", "Halifax", "St_Johns", "Regina", "Montreal", "Moncton")


@dataclass(frozen=True)
class Resource:
    """A support organisation: who it is for and how to reach it (`phone`, `text`, `web` may be empty)."""

    region: str
    topic: str
    name: str
    what: str
    source: str
    phone: str = ""
    text: str = ""
    web: str = ""
    hours: str = ""


@dataclass(frozen=True)
class Emergency:
    """A region's emergency number."""

    region: str
    number: str
    source: str


@cache
def _data() -> dict:
    with open(DATA, "rb") as handle:
        return tomllib.load(handle)


def checked_on() -> str:
    """The day the entries were last checked against their sources (ISO date)."""
    return str(_data()["checked"])


def resources(topic: str | None = None, region: str | None = None) -> tuple[Resource, ...]:
    """The support organisations, optionally for one topic; `region` first (then the rest, `INT` last)."""
    found = [Resource(**entry) for entry in _data()["resource"] if topic is None or entry["topic"] == topic]
    return tuple(sorted(found, key=lambda r: (r.region != region, r.region == "INT", r.region)))


def emergency_numbers() -> tuple[Emergency, ...]:
    """Emergency numbers by region, in the file's order."""
    return tuple(Emergency(**entry) for entry in _data()["emergency"])


def region_for_zone(zone_name: str) -> str | None:
    """The likely country of an IANA zone name, for listing its helplines first (None: not sure)."""
    if zone_name in _ZONE_REGIONS:
        return _ZONE_REGIONS[zone_name]
    for prefix, region in _ZONE_PREFIXES.items():
        if zone_name.startswith(prefix):
            return region
    if zone_name.startswith("America/"):
        return "CA" if zone_name.split("/")[-1] in _CANADA else "US"
    return None


def region_for_setting(zone_name: str | None) -> str | None:
    """The likely country of the user: from the journal's time zone setting, else this computer's zone."""
    from ..clock import local_zone

    return region_for_zone(str(zone_name or local_zone()))


def card_for(found: Iterable[Any]) -> tuple[str, str] | None:
    """The support card that crisis wording brings, as (topic, first line): the crisis card with the first
    crisis signal's own note, else the abuse card with the first `afraid_of_them` note; None for neither.

    :param found: `care.signals(text)` (anything with `kind` and `message`)
    """
    from .signals import CRISIS, MESSAGES

    found = list(found)
    for topic, kinds in (("crisis", CRISIS), ("abuse", ("afraid_of_them",))):
        first = next((s for s in found if getattr(s, "kind", None) in kinds), None)
        if first is not None:
            return topic, getattr(first, "message", None) or MESSAGES[first.kind]
    return None


def how_to_reach(item: Resource) -> list[str]:
    """The ways to reach an organisation, in words: "call 116 123", "text 988", its web address."""
    return [part for part in (f"call {item.phone}" if item.phone else "", f"text {item.text}" if item.text else "", item.web) if part]


def emergency_sentence() -> str:
    """The one line about immediate danger, with every region's emergency number."""
    by_region: dict[str, list[str]] = {}
    for item in emergency_numbers():
        by_region.setdefault(item.number, []).append(REGION_NAMES.get(item.region, item.region))
    parts = [f"{number} ({', '.join(names)})" for number, names in by_region.items()]
    return "If you or anyone else is in danger right now, call your local emergency number: " + "; ".join(parts) + "."


def _entry(item: Resource, name: str) -> str:
    """One organisation in words: "- Samaritans (United Kingdom): who it is for. Call 116 123; its web address (hours)."."""
    how = "; ".join(how_to_reach(item))
    hours = f" ({item.hours})" if item.hours else ""
    how = how if how.startswith("http") else how[:1].upper() + how[1:]  # "Call 116 123", never "Https://..."
    return f"- {name} ({REGION_NAMES.get(item.region, item.region)}): {item.what} {how}{hours}."


def support_markdown(topic: str | None = None, region: str | None = None) -> str:
    """The support card as markdown: the emergency line, then each organisation (`topic`: abuse, crisis or all)."""
    lines = [emergency_sentence(), ""]
    lines += [_entry(item, f"**{item.name}**") for item in resources(topic, region)]
    lines += ["", f"Checked on {checked_on()} against each organisation's own page (docs/care.md lists the sources)."]
    return "\n".join(lines)


def support_text(topic: str | None, note: str, region: str | None = None) -> list[str]:
    """The support card in plain lines, for a terminal: "Support: " and its first line, the emergency line,
    each organisation (`region`'s first), and that the kit only shows them."""
    lines = [f"Support: {note}", emergency_sentence()]
    lines += [_entry(item, item.name) for item in resources(topic, region)]
    return [*lines, f"Checked on {checked_on()}. The kit only shows these; it never contacts anyone."]
