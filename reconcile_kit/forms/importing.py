"""`ImportForm`: add a chat export to your journal without Python: a preview first, then one button, then undo.

Upload a file (or give its path) and the form reads it into a preview: how many messages will
be added, the days they span, the people in the chat (you choose which one is you), the time
zone (this computer's unless changed), and the last long silence, where the reconnection window could
start (`WindowForm`). A file that holds several chats or people (a full Telegram export, an SMS
backup, a group chat) shows one more choice, "Which chat?" or "Who with?", filled with them.
"Add to my journal" imports with suggested tones (`tone.imported`);
"Undo this import" takes that import back while it is still the last change. Uploaded bytes
are read from a private temp copy (`files.private_copy`) deleted right after each reading.
Every error is one line in the form. Nothing is written before the button.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .base import LABEL_STYLE, Form, escape
from .window import full_day

if TYPE_CHECKING:
    from ..store import Journal

__all__ = ["ImportForm", "ACCEPT"]

ACCEPT = ".txt,.zip,.json,.csv,.xml,.md"  # what importers.detect_format reads (a Messenger/Signal folder: give its path)
_CHOOSE = "Choose…"
# The import options as this form names them (errors.Advised); the date order has no field here.
OPTIONS = {"me": '"Which one is you?"', "chat": '"Which chat?" below', "contact": '"Who with?" below'}
_PICK_LABELS = {"chat": "Which chat?", "contact": "Who with?"}


class ImportForm(Form):
    """Read a chat export, show what it holds, and add it to the journal on a button press.

    :param journal: the open `Journal`
    """

    title = "Import a chat"

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        from .. import clock

        self.journal = journal
        self.source: tuple[str, bytes] | Path | None = None  # the upload (name, bytes) or a path
        self.messages: Any = None  # the preview reading
        self.senders: list[str] = []  # the people in the chat read, each once
        self.imported: int | None = None  # messages the last import added (for its undo)
        self.preview_lines: list[str] = []
        self.notes: list[str] = []  # what the reader warned about (an ambiguous date order), shown in the preview
        self.upload = widgets.FileUpload(accept=ACCEPT, multiple=False, description="Choose a file")
        self.upload.observe(lambda change: self._uploaded(change["new"]), names="value")
        self.path = widgets.Text(description="Or its path on this computer", style=LABEL_STYLE,
                                 layout=widgets.Layout(width="40em"), placeholder="e.g. ~/Downloads/WhatsApp Chat.txt")  # fmt: skip
        self.read_button = widgets.Button(description="Read it")
        self.connect(self.read_button, lambda: self.read_path(self.path.value))
        self.zone = widgets.Text(description="Time zone of the chat", style=LABEL_STYLE, value=str(clock.local_zone()),
                                 continuous_update=False)  # fmt: skip
        self.zone.observe(lambda _c: self._read() if self.source is not None else None, names="value")
        self.me = widgets.Dropdown(description="Which one is you?", style=LABEL_STYLE, options=[(_CHOOSE, "")])
        self.me.observe(lambda _c: self._chosen_me(), names="value")
        # The chat or person to read, when the file holds several (option "chat" or "contact").
        self.pick_option: str | None = None
        self._pick_at_reading = False  # True: the file cannot be read without the pick (SMS, Telegram)
        self.pick = widgets.Dropdown(description="Who with?", style=LABEL_STYLE, options=[(_CHOOSE, "")],
                                     layout=widgets.Layout(display="none"))
        self.pick.observe(lambda _c: self._picked(), names="value")
        self.preview = widgets.HTML()
        self.add_button = widgets.Button(description="Add to my journal", button_style="primary", disabled=True)
        self.connect(self.add_button, lambda: self.submit())
        self.undo_button = widgets.Button(description="Undo this import", layout=widgets.Layout(display="none"))
        self.connect(self.undo_button, lambda: self.undo())
        self._box = widgets.VBox([
            widgets.HTML(f"<b>{escape(self.title)}</b><p>The file stays on this computer. Nothing is added until "
                         "you press Add to my journal.</p>"),
            self.upload, widgets.HBox([self.path, self.read_button]), self.zone, self.pick, self.preview, self.me,
            widgets.HBox([self.add_button, self.undo_button]), self.error_line, self.status_line,
        ])  # fmt: skip

    @property
    def widget(self) -> widgets.Widget:
        """The file chooser, the preview and the buttons."""
        return self._box

    def fill(self, **fields: Any) -> None:
        """Set `me` (a sender shown in the preview), `zone` (an IANA name) and `pick` (a chat or
        person offered under "Which chat?" / "Who with?"); nothing is written."""
        if set(fields) - {"me", "zone", "pick"}:
            raise TypeError(f"unknown field {sorted(set(fields) - {'me', 'zone', 'pick'})[0]!r}; this form has: me, zone, pick")
        if "zone" in fields:
            self.zone.value = str(fields["zone"])
        offered = [value for _, value in self.pick.options]
        if "pick" in fields and fields["pick"] in offered:  # a file's chat or contact: read before `me`
            self.pick.value = fields["pick"]
        if "me" in fields:
            self.me.value = fields["me"]
        if "pick" in fields and fields["pick"] not in offered:  # a group's person: offered once `me` is known
            self.pick.value = fields["pick"]

    def read_upload(self, name: str, data: bytes) -> bool:
        """Read uploaded bytes (a file's name and content) into the preview; True when it could be read."""
        self.source = (str(name), bytes(data))
        self._offer(None, [])
        return self._read()

    def read_path(self, path: str | Path) -> bool:
        """Read the export at `path` into the preview; True when it could be read."""
        text = str(path).strip()
        if not text:
            self._clear_messages()
            self._set_error("Give the path of your chat export, or choose a file above.")
            return False
        self.source = Path(text).expanduser()
        self._offer(None, [])
        return self._read()

    def submit(self) -> Any:
        """Add the messages read to the journal (as `me`); returns the `TonedImport`, or None (see `error`)."""
        from ..errors import ReconcileError
        from ..person import Person
        from ..tone.imported import import_with_tones

        self._clear_messages()
        if self.messages is None:
            self._set_error("Choose a chat export first.")
            return None
        if not self.me.value:
            self._set_error("Choose which one of the people in the chat is you.")
            return None
        if self.pick_option and not self.pick.value:
            self._set_error(f"Choose one under {OPTIONS[self.pick_option].removesuffix(' below')}.")
            return None
        messages = self._load(self.me.value)
        if messages is None:
            return None
        try:
            result = import_with_tones(self.journal, messages)
        except ReconcileError as exc:  # nothing was written: the import is one transaction
            self._set_error(f"Nothing was added: {exc}")
            return None
        self.imported = result.added
        self.undo_button.layout.display = None if result.added else "none"
        self._set_status(" ".join(result.lines(Person.of(self.journal).label)))
        if result.added:
            self._notify()
        return result

    def undo(self) -> bool:
        """Take back the import this form just made, if it is still the last change; True when undone."""
        self._clear_messages()
        if not self.imported or self.journal.last_step() != ("import", str(self.imported)):
            self._set_error("This import is no longer the last change to your journal, so it was left as it is.")
            self.undo_button.layout.display = "none"
            return False
        self.journal.undo()
        self._set_status(f"Took the import back: the {self.imported:,} messages are out of your journal again.")
        self.imported = None
        self.undo_button.layout.display = "none"
        self._notify()
        return True

    def describe(self) -> str:
        """Plain-text view: what the form does, the preview, and the last result."""
        lines = [self.title, "Choose a chat export (or give its path); nothing is added until you press the button."]
        return "\n".join(lines + self.preview_lines + [line for line in (self.error, self.status) if line])

    # -- helpers ------------------------------------------------------------------------
    def _uploaded(self, value: Any) -> None:
        if value:
            item = value[0]
            self.read_upload(item["name"], item["content"])

    def _read(self) -> bool:
        """Read the source for the preview (senders before you choose); fill the preview and the choices."""
        self._clear_messages()
        self.messages, self.imported = None, None
        self.undo_button.layout.display = "none"
        messages = self._load(None)
        if messages is None:
            self._show_preview([])
            return False
        self.messages = messages
        self.senders = _senders(messages)
        senders, chosen = self.senders, self.me.value
        self.me.options = [(_CHOOSE, "")] + [(name, name) for name in senders]
        self.me.value = chosen if chosen in senders else self._default_me(senders)
        self._chosen_me()
        return True

    def _chosen_me(self) -> None:
        """After `me` changes: offer the people of a group chat, and preview what Add would add."""
        from ..importers import people

        if self.messages is None:
            self._enable()
            return
        if not self._pick_at_reading:  # a group's person is chosen here; a file's chat or contact at reading
            others = people.choices(self.messages, [self.me.value]) if self.me.value else []
            self._offer("contact" if others else None, others)
        self._show_preview(self._preview(self._to_add(), self.senders))

    def _picked(self) -> None:
        """A chat or person chosen: re-read a file that needed it, else preview the group's choice."""
        if self._pick_at_reading:
            self._read()
        else:
            self._chosen_me()

    def _offer(self, option: str | None, choices: list[str], at_reading: bool = False) -> None:
        """Show the "Which chat?" / "Who with?" choice with these values (None hides it)."""
        if option == self.pick_option and [value for _, value in self.pick.options][1:] == list(choices):
            return
        self.pick_option, self._pick_at_reading = option, at_reading
        with self.pick.hold_trait_notifications():
            self.pick.options = [(_CHOOSE, "")] + [(choice, choice) for choice in choices]
            self.pick.value = ""
        self.pick.description = _PICK_LABELS.get(option or "", "")
        self.pick.layout.display = None if option else "none"

    def _to_add(self) -> Any:
        """The preview rows Add would write: no system notices, and in a group only the chosen two."""
        from ..importers import people

        rows = self.messages[self.messages["kind"].astype(str) != "system"]
        if self.pick_option == "contact" and not self._pick_at_reading and self.me.value and self.pick.value:
            rows = people.keep_one(rows, [self.me.value], self.pick.value, Path("chat"))
        return rows

    def _load(self, me: str | None) -> Any:
        """The messages frame of the source read as `me`, or None after putting the error in the form."""
        from ..errors import Advised, ImportFormatError, ReconcileError
        from ..files import private_copy
        from ..importers import load_messages

        options: dict[str, Any] = {"tz": self.zone.value.strip() or None}
        if self.pick_option and self.pick.value:
            options[self.pick_option] = self.pick.value
        try:
            with warnings.catch_warnings(record=True) as caught:  # a note for the preview, never a red box
                warnings.simplefilter("always")
                if isinstance(self.source, tuple):
                    with private_copy(*self.source) as path:
                        found = load_messages(path, me=me, **options)
                else:
                    found = load_messages(self.source, me=me, **options)
            self.notes = list(dict.fromkeys(w.message.worded(OPTIONS) if isinstance(w.message, Advised) else str(w.message)
                                            for w in caught))  # fmt: skip
            return found
        except ImportFormatError as exc:
            if exc.option in _PICK_LABELS and exc.choices:
                self._offer(exc.option, list(exc.choices), at_reading=me is None)
            self._set_error(f"That file could not be read: {exc.worded(OPTIONS)}")
        except ReconcileError as exc:
            self._set_error(f"That file could not be read: {exc}")
        except OSError as exc:
            self._set_error(f"That file could not be opened: {exc.strerror or exc}.")
        return None

    def _default_me(self, senders: list[str]) -> str:
        names = {str(n).strip().casefold() for n in (self.journal.get_setting("my_names") or [])}
        return next((name for name in senders if name.casefold() in names), "")

    def _preview(self, messages: Any, senders: list[str]) -> list[str]:
        from .. import clock
        from ..cadence import last_long_silence

        zone = clock.zone_named(self.zone.value.strip() or None)
        if not len(messages):
            return ["The file holds no messages."]
        lines = [f"{len(messages):,} {'message' if len(messages) == 1 else 'messages'}, from {full_day(messages['at'].min().to_pydatetime(), zone)} "
                 f"to {full_day(messages['at'].max().to_pydatetime(), zone)}.",
                 f"People in the chat: {', '.join(senders) or 'none named'}."]  # fmt: skip
        lines += [f"Note: {note}" for note in self.notes]
        silence = last_long_silence(messages)
        if silence is not None:
            start, end = (moment.to_pydatetime() for moment in silence)
            lines.append(f"The last long silence runs from {full_day(start, zone)} to {full_day(end, zone)}: "
                         f"if {full_day(start, zone)} is the day you parted, the form below can start "
                         "the reconnection window after it.")  # fmt: skip
        return lines

    def _show_preview(self, lines: list[str]) -> None:
        self.preview_lines = lines
        self.preview.value = "".join(f"<p>{escape(line)}</p>" for line in lines)
        if not lines:
            self.me.options = [(_CHOOSE, "")]
        self._enable()

    def _enable(self) -> None:
        self.add_button.disabled = self.messages is None or not self.me.value or bool(self.pick_option and not self.pick.value)


def _senders(messages: Any) -> list[str]:
    """The people in the chat, each once, by name (`pd.unique`: a long chat is not walked row by row)."""
    import pandas as pd

    return sorted({str(name) for name in pd.unique(messages["sender"].to_numpy(dtype=object)) if str(name)},
                  key=str.casefold)  # fmt: skip
