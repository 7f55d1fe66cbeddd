"""`ToneReview`: look over the tones the kit suggested for their messages, and keep or correct them.

Suggested tones (`tone_by` = `suggested`, docs/tone.md) are listed newest first, a page at a
time, each with its text (escaped) and a choice of Warm, Neutral or Cool. Nothing changes until
a button is pressed; each saved tone becomes the user's own (`tone_by` = `user`) through
`Journal.update`, so `undo()` takes it back. Once the user has set the tone of enough of their
messages, the form shows how often the suggestions matched (`tone.agreement_for`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import Form, escape

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["ToneReview", "CHOICES"]

PAGE = 20
TEXT_SHOWN = 160  # characters of each message shown beside its tone
_TONES = ("positive", "neutral", "negative")


def _choices() -> list[tuple[str, str]]:
    from ..model import LABELS

    return [(LABELS["tone"][tone], tone) for tone in _TONES]


CHOICES = _choices()  # (label, tone): Warm, Neutral, Cool or upset


class ToneReview(Form):
    """The suggested tones, newest first, to confirm all at once or correct one by one.

    :param journal: the open `Journal`
    :param page: how many suggestions to show at a time
    """

    title = "Check the suggested tones"

    def __init__(self, journal: Journal, page: int = PAGE) -> None:
        super().__init__()
        self.journal = journal
        self.page = page
        self.rows: list[dict[str, Any]] = []  # uid, when, text, suggested, and the dropdown
        self.confirm_button = widgets.Button(description="Keep all shown as set here", button_style="primary")
        self.connect(self.confirm_button, lambda: self.submit())
        self.save_button = widgets.Button(description="Save only the ones I changed")
        self.connect(self.save_button, lambda: self.save_changes())
        self.intro = widgets.HTML()
        self.agreement_line = widgets.HTML()
        self.list_box = widgets.VBox()
        self._box = widgets.VBox([self.intro, self.agreement_line, self.list_box,
                                  widgets.HBox([self.confirm_button, self.save_button]), self.error_line,
                                  self.status_line])  # fmt: skip
        self._load()

    @property
    def widget(self) -> widgets.Widget:
        """The list of suggestions and the two buttons."""
        return self._box

    def refresh(self) -> None:
        """Read the journal again (after a change elsewhere)."""
        super().refresh()
        self._load()

    def fill(self, **choices: str) -> None:
        """Choose tones for shown messages by uid: `fill(**{uid: "negative"})`."""
        shown = {row["uid"]: row for row in self.rows}
        unknown = sorted(set(choices) - set(shown))
        if unknown:
            raise TypeError(f"message {unknown[0]!r} is not among the suggestions shown")
        for uid, tone in choices.items():
            shown[uid]["choice"].value = tone

    def submit(self) -> int:
        """Make every shown tone the user's own, as set in its dropdown; returns how many were saved."""
        return self._save(list(self.rows))

    def save_changes(self) -> int:
        """Save only the tones the user changed from the suggestion; returns how many were saved."""
        return self._save([row for row in self.rows if row["choice"].value != row["suggested"]])

    def describe(self) -> str:
        """Plain-text view: how many suggestions are waiting, and the last result."""
        count = len(self.rows)
        shown = f"{count} suggested {'tone' if count == 1 else 'tones'} shown." if count else "There are no suggested tones to check."
        lines = [self.title, shown]
        return "\n".join(lines + [line for line in (self.error, self.status) if line])

    # -- helpers ------------------------------------------------------------------------
    def _save(self, rows: list[dict[str, Any]]) -> int:
        from ..errors import ReconcileError

        self._clear_messages()
        if not rows:
            self._set_error("Nothing to save: change a tone first, or keep all shown.")
            return 0
        saved = 0
        try:
            for row in rows:
                self.journal.update(row["uid"], tone=row["choice"].value, tone_by="user")
                saved += 1
        except ReconcileError as exc:
            self._set_error(f"Saved {saved}, then stopped: {exc}")
        self._load()
        if not self.error:
            self._set_status(f"Saved {saved} {'tone' if saved == 1 else 'tones'} as yours. Undo takes them back one by one.")
        if saved:
            self._notify()
        return saved

    def _load(self) -> None:
        from .. import clock
        from ..person import Person
        from ..tone import MIN_LABELS, agreement_for

        frame = self.journal.timeline()
        zone, name = clock.zone_for(self.journal), Person.of(self.journal).label
        suggested = frame[frame["tone_by"].astype(str) == "suggested"].iloc[::-1]
        self.rows = [self._row(uid, at, text, str(tone), zone)
                     for uid, at, text, tone in zip(suggested["uid"][: self.page], suggested["at"][: self.page],
                                                    suggested["text"][: self.page], suggested["tone"][: self.page])]  # fmt: skip
        more = len(suggested) - len(self.rows)
        intro = (f"The kit suggested a tone for {len(suggested):,} of {escape(name)}'s messages. The newest "
                 f"{len(self.rows)} are below: keep them, or pick the tone you read." if self.rows else
                 "There are no suggested tones to check.")  # fmt: skip
        self.intro.value = f"<b>{escape(self.title)}</b><p>{intro}{' The rest follow once these are saved.' if more else ''}</p>"
        agreed = agreement_for(frame)
        self.agreement_line.value = "" if agreed.n < MIN_LABELS else f"<p>{'<br>'.join(escape(line) for line in agreed.lines(name))}</p>"
        self.list_box.children = [row["box"] for row in self.rows]

    def _row(self, uid: str, at: Any, text: str, tone: str, zone: Any) -> dict[str, Any]:
        from .. import clock

        words = text if len(text) <= TEXT_SHOWN else text[: TEXT_SHOWN - 1] + "…"
        label = widgets.HTML(f"<small>{escape(clock.day_label(at.to_pydatetime(), zone))}</small> {escape(words)}",
                             layout=widgets.Layout(width="70%"))  # fmt: skip
        choice = widgets.Dropdown(options=CHOICES, value=tone if tone in _TONES else "neutral",
                                  layout=widgets.Layout(width="12em"))  # fmt: skip
        return {"uid": uid, "suggested": tone, "choice": choice, "text": text, "box": widgets.HBox([label, choice])}

