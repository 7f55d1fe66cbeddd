"""How the kit refers to the other person: their name, or their pronouns, in every sentence it writes.

The user sets `their_name` and `their_pronouns` (journal settings). Charts and summaries take a
plain `name` ("them" when none is set); the guide's sentences use the pronouns too:
"Robin replied warmly" / "She replied warmly", "Robin's last reply" / "her last reply".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import InvalidSettings

__all__ = ["Person", "DEFAULT_NAME"]

DEFAULT_NAME = "them"  # what charts and summaries call the other person when no name is set
_PRONOUNS = {
    "they": ("they", "them", "their"),
    "she": ("she", "her", "her"),
    "he": ("he", "him", "his"),
}


def _capital(word: str, start: bool) -> str:
    return word[:1].upper() + word[1:] if start else word


@dataclass(frozen=True)
class Person:
    """The other person as the kit speaks of them.

    :param name: their name as the user wrote it ("" = speak of them by pronoun)
    :param pronouns: "they/them", "she/her", "he/him" or "subject/object/possessive"
    """

    name: str = ""
    pronouns: str = "they/them"

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", str(self.name or "").strip())
        self.forms  # validates the pronouns

    @classmethod
    def named(cls, name: str | None) -> Person:
        """The person a chart or summary `name` stands for ("them" or "" = no name set)."""
        text = str(name or "").strip()
        return cls("" if text == DEFAULT_NAME else text)

    @classmethod
    def of(cls, journal: Any) -> Person:
        """The person set in a journal's settings (`their_name`, `their_pronouns`)."""
        return cls(journal.get_setting("their_name") or "", journal.get_setting("their_pronouns") or "they/them")

    @property
    def label(self) -> str:
        """Their name, or "them": the `name` charts and summaries take."""
        return self.name or DEFAULT_NAME

    @property
    def forms(self) -> tuple[str, str, str]:
        """(subject, object, possessive) pronouns, e.g. ("they", "them", "their")."""
        parts = [p.strip().lower() for p in str(self.pronouns or "they").split("/") if p.strip()]
        if not parts:
            return _PRONOUNS["they"]
        if parts[0] in _PRONOUNS:
            return _PRONOUNS[parts[0]]
        if len(parts) >= 3:
            return parts[0], parts[1], parts[2]
        if len(parts) == 2:
            return parts[0], parts[1], parts[1]
        raise InvalidSettings(
            f"their_pronouns {self.pronouns!r} is not understood; "
            "use they/them, she/her, he/him or subject/object/possessive"
        )

    def subject(self, start: bool = False) -> str:
        """Their name, or their subject pronoun ("they"); capitalised at the start of a sentence."""
        return _capital(self.name or self.forms[0], start)

    def object(self) -> str:
        """Their name, or their object pronoun ("them")."""
        return self.name or self.forms[1]

    def possessive(self, start: bool = False) -> str:
        """"Robin's", or their possessive pronoun ("their")."""
        return _capital(f"{self.name}'s" if self.name else self.forms[2], start)
