"""`StartJournalForm`: start your own journal without typing Python: their name and pronouns, a few details, the safety questions.

Given the demo, Start creates your journal in the default location (`Journal.open()`:
`$RECONCILE_KIT_JOURNAL`, else journal.sqlite3 in your user data folder), so the notebooks and
the app open it from then on instead of the demo. Given your own journal, it fills in what is
missing; once the safety questions were answered, leaving them blank keeps that answer. The form
says which file it writes and how to see the demo again. Renaming the other person later is its
own step with a confirmation (`rename`), never a silent change.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import Form, check_fields, escape
from .labels import in_form_words
from .safety import SafetyScreen

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["StartJournalForm", "LABELS", "shown_path"]

LABELS = {"their_name": "Their name", "their_pronouns": "Their pronouns", "split_on": "The day you split up",
          "my_names": "Your name in chats"}  # fmt: skip
PRONOUNS = ("they/them", "she/her", "he/him")
DEMO_AGAIN = ("To see the demo again, start the kit with RECONCILE_KIT_DEMO=1 (or `reconcile-kit lab --demo`, "
              "`reconcile-kit app --demo`); your journal stays as it is.")  # fmt: skip
_STYLE = {"description_width": "16em"}
_WIDE = widgets.Layout(width="36em")


def shown_path(path: Path) -> str:
    """A journal's path as the form shows it: your home folder as "~", so no user name is printed."""
    try:
        return str(Path("~") / Path(path).resolve().relative_to(Path.home().resolve()))
    except ValueError:
        return str(path)


class StartJournalForm(Form):
    """Start (or finish setting up) your own journal; the safety questions come with it.

    :param journal: the journal open now: the demo (then Start creates your own) or your own.
    """

    title = "Start your journal"

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        from ..demo import is_demo
        from ..store import default_path

        self.journal = journal
        self.demo = is_demo(journal)
        self.target_path = default_path() if self.demo else journal.path
        self.target: Journal | None = None if self.demo else journal
        known = {} if self.demo else journal.settings()
        self.name = widgets.Text(description=LABELS["their_name"], value=known.get("their_name", ""), style=_STYLE,
                                 layout=_WIDE, placeholder="optional: the kit says 'they' without it")  # fmt: skip
        self.name.disabled = bool(known.get("their_name"))
        self.pronouns = widgets.Combobox(description=LABELS["their_pronouns"], options=PRONOUNS, style=_STYLE,
                                         value=known.get("their_pronouns", "they/them"), ensure_option=False,
                                         layout=widgets.Layout(width="28em"))  # fmt: skip
        self.split_on = widgets.DatePicker(description=LABELS["split_on"] + " (optional)", style=_STYLE,
                                           value=_day(known.get("split_on")), layout=widgets.Layout(width="28em"))  # fmt: skip
        self.my_names = widgets.Text(description=LABELS["my_names"], style=_STYLE, layout=_WIDE,
                                     value=", ".join(known.get("my_names") or []), placeholder="e.g. Alex, Alex M.")  # fmt: skip
        self.safety = SafetyScreen(self.target or journal)
        self.button = widgets.Button(description="Start my journal" if self.demo else "Save", button_style="primary")
        self.connect(self.button, lambda: self.submit())
        self.new_name = widgets.Text(description="New name", style=_STYLE, layout=_WIDE)
        self.rename_confirm = widgets.Checkbox(description="Yes, use the new name from now on", indent=False)
        self.rename_button = widgets.Button(description="Rename")
        self.connect(self.rename_button, lambda: self.rename(self.new_name.value, self.rename_confirm.value))
        rename = widgets.Accordion(children=[widgets.VBox([self.new_name, self.rename_confirm, self.rename_button])],
                                   titles=("Rename them",))  # fmt: skip
        rename.selected_index = None
        self._box = widgets.VBox([
            widgets.HTML(f"<b>{escape(self.title)}</b><p>{escape(self.where)}</p>"), self.name, self.pronouns,
            self.split_on, self.my_names, self.safety.widget, widgets.HBox([self.button, self.error_line]),
            self.status_line, *([rename] if self.name.disabled else []),
        ])  # fmt: skip

    @property
    def widget(self) -> widgets.Widget:
        """The form."""
        return self._box

    @property
    def where(self) -> str:
        """Which file the form writes, and how to see the demo again."""
        path = shown_path(self.target_path)
        if self.demo:
            return (f"You are looking at the demo. Start creates your own journal, {path}, on this computer only; "
                    f"from then on the notebooks open it instead of the demo. {DEMO_AGAIN}")  # fmt: skip
        return f"This is your journal, {path}, on this computer only. {DEMO_AGAIN}"

    def fill(self, **fields: Any) -> None:
        """Set `their_name`, `their_pronouns`, `split_on` (a date or ISO text), `my_names` (text or a list),
        and the safety answers (`afraid`, `harm`, `order`: "yes", "no", "not_sure")."""
        check_fields(fields, (*LABELS, *self.safety.questions))
        safety = {key: fields.pop(key) for key in list(fields) if key in self.safety.questions}
        self.safety.fill(**safety)
        if "split_on" in fields:
            fields["split_on"] = _day(fields["split_on"])
        if isinstance(fields.get("my_names"), (list, tuple)):
            fields["my_names"] = ", ".join(fields["my_names"])
        inputs = {"their_name": self.name, "their_pronouns": self.pronouns, "split_on": self.split_on,
                  "my_names": self.my_names}  # fmt: skip
        for key, value in fields.items():
            inputs[key].value = value

    def submit(self) -> Journal | None:
        """Start the journal (creating it when the form was given the demo); returns it, or None (see `error`)."""
        from ..guide.closure import SAFETY_SETTING

        self._clear_messages()
        problem = self._problem()
        if problem:
            self._set_error(problem)
            return None
        target = self._open_target()
        named = target.get_setting("their_name")
        if named and self.name.value.strip() and self.name.value.strip() != named:
            self._set_error(f"Your journal already calls them {named}. Renaming is its own step: use Rename them.")
            return None
        answered_before = target.get_setting(SAFETY_SETTING) is not None
        if not (answered_before and self.safety.untouched) and self.safety.apply(target) is None:
            self._set_error(self.safety.error)
            return None
        self._write(target, named)
        self.target = target
        self._set_status(self._done_words(target))
        self._notify()
        return target

    def rename(self, name: str, confirm: bool = False) -> bool:
        """Rename the other person in your journal; only with `confirm` (the box ticked). True when renamed."""
        from ..person import Person

        self._clear_messages()
        target = self.target
        new = str(name or "").strip()
        if target is None or not target.get_setting("their_name"):
            self._set_error("There is no name to change yet: start your journal first.")
            return False
        if not new:
            self._set_error("New name is empty: type the name you want the kit to use.")
            return False
        if not confirm:
            self._set_error(f"Tick 'Yes, use the new name from now on' to rename them to {new}.")
            return False
        old = Person.of(target).label
        target.set_setting("their_name", new)
        self.name.value = new
        self._set_status(f"Renamed: the kit now says {new} instead of {old}.")
        self._notify()
        return True

    def describe(self) -> str:
        """Plain-text view: what the form asks and which file it writes (its home folder as ~)."""
        asks = ", ".join(label.lower() for label in LABELS.values())
        lines = [self.title, f"Asks for: {asks}, and a few questions about safety.",
                 "Start creates your own journal in your user data folder; the demo stays as it is." if self.demo
                 else "It fills in what your journal is missing; renaming them is its own step."]  # fmt: skip
        return "\n".join(lines + [line for line in (self.error, self.status) if line])

    # -- helpers ------------------------------------------------------------------------
    def _problem(self) -> str:
        """What stops the form from writing ("" when nothing does); the safety questions are checked on writing."""
        from .. import clock
        from ..errors import InvalidSettings
        from ..guide.settings import check_split_day
        from ..person import Person

        try:
            Person("", self.pronouns.value)
        except InvalidSettings:
            return (f"{LABELS['their_pronouns']} {self.pronouns.value!r} are not ones the kit knows: use they/them, "
                    "she/her, he/him, or three words like ze/zir/zir.")  # fmt: skip
        if self.split_on.value is not None:  # judged on the calendar of the journal written (yours, not the demo's)
            try:
                check_split_day(self.split_on.value, clock.now_for(self.target), clock.zone_for(self.target))
            except InvalidSettings as exc:
                return in_form_words(exc, LABELS, "split_on")
        return ""

    def _open_target(self) -> Journal:
        if self.target is not None:
            return self.target
        from ..store import Journal

        return Journal.open(self.target_path)

    def _write(self, target: Journal, named: str | None) -> None:
        names = [part.strip() for part in self.my_names.value.split(",") if part.strip()]
        values = {"their_pronouns": self.pronouns.value.strip() or "they/them", "my_names": names or None,
                  "split_on": self.split_on.value.isoformat() if self.split_on.value else None}  # fmt: skip
        if not named and self.name.value.strip():
            values["their_name"] = self.name.value.strip()
        for key, value in values.items():
            target.set_setting(key, value)
        self.name.disabled = bool(target.get_setting("their_name"))

    def _done_words(self, target: Journal) -> str:
        from ..care.safety import WHY_OFF

        where = f"Your journal is ready: {shown_path(target.path)}."
        after = " Open the notebooks again (or restart this one) and they use it." if self.demo else ""
        return f"{where}{after} {WHY_OFF}" if self.safety.concern else f"{where}{after}"


def _day(value: Any) -> date | None:
    if not value:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
