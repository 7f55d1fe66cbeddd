"""Reading export files: bytes with an optional progress bar, zip members, text decoding.

Damage the readers get past is noted in a `Report` (report.py): stray control characters are
removed and bytes that are not UTF-8 are replaced, line by line, unless so much of the file is
affected that it is probably not a UTF-8 text export at all.
"""

from __future__ import annotations

import codecs
import json
import re
import threading
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ImportFormatError
from ._salvage import salvage
from .report import MAX_UNREADABLE, Report

PROGRESS_BYTES = 4 * 2**20  # files above this size show a progress bar when progress=None
_CHUNK = 2**20
# Telegram writes control characters as \xNN, which is not JSON; keep escaped backslashes alone.
_BAD_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\x([0-9A-Fa-f]{2})")


def wants_progress(size: int, progress: bool | None) -> bool:
    """Show a bar when asked, or (progress=None) when the file is over a few MB."""
    return size > PROGRESS_BYTES if progress is None else progress


def read_bytes(path: Path, progress: bool | None = None) -> bytes:
    """Read a whole file, with a tqdm bar for big files."""
    try:
        size = path.stat().st_size
        if not wants_progress(size, progress):
            return path.read_bytes()
        from tqdm.auto import tqdm

        chunks = []
        with path.open("rb") as handle, tqdm(total=size, unit="B", unit_scale=True, desc=path.name) as bar:
            while chunk := handle.read(_CHUNK):
                chunks.append(chunk)
                bar.update(len(chunk))
        return b"".join(chunks)
    except OSError as exc:
        raise ImportFormatError(f"{path.name}: cannot read the file ({exc.strerror or exc})") from exc


def zip_member(path: Path, pattern: str) -> tuple[str, bytes] | None:
    """The first member of a zip whose base name matches `pattern` (a regex), or None."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if re.fullmatch(pattern, Path(info.filename).name, flags=re.I):
                    return info.filename, archive.read(info)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise ImportFormatError(f"{path.name}: not a readable zip file ({exc})") from exc
    return None


_STEP = 1 << 20  # bytes per slice in the whole-file scans below


def positions(arr: np.ndarray, byte: int, step: int = _STEP) -> np.ndarray:
    """Where a byte occurs, looked for a megabyte at a time: a text-sized temporary array would
    stay in the allocator's heap after it is freed and raise the peak memory."""
    parts = [np.flatnonzero(arr[low : low + step] == byte) + low for low in range(0, len(arr), step)]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.intp)


def _low_bytes(arr: np.ndarray) -> tuple[int, int]:
    """How many bytes are below 32, and how many of them are newlines, a megabyte at a time."""
    low = newlines = 0
    for at in range(0, len(arr), _STEP):
        part = arr[at : at + _STEP]
        low += int(np.count_nonzero(part < 32))
        newlines += int(np.count_nonzero(part == 10))
    return low, newlines


def is_binary(head: bytes) -> bool:
    """True for data that is not text: control bytes (NUL, …) make up more than 1/64 of the start.

    A stray control character or two in a text export is damage to repair, not binary data.
    """
    sample = head[:4096]
    controls = sum(sample.count(bytes([c])) for c in CONTROLS)
    return controls > max(1, len(sample) // 64)


# C0 control characters other than tab, newline and carriage return: never part of an export.
CONTROLS = bytes(c for c in range(32) if c not in (9, 10, 13))
_CONTROL_NAMES = {0: "NUL", 27: "ESC"}


def strip_controls(data: bytes, report: Report) -> bytes:
    """The data without stray control characters, each line that held one noted as repaired."""
    return data.translate(None, CONTROLS) if note_controls(data, report) else data


def note_controls(data: Any, report: Report) -> bool:
    """Note each line of `data` (bytes or a mapped file) that holds a stray control character.

    One pass of two vectorised counts tells a clean file (every byte below 32 is a newline) in
    about a millisecond per 10 MB; only a file with tabs or controls is looked at more closely.
    True when there was one.
    """
    arr = np.frombuffer(data, dtype=np.uint8)
    low, newlines = _low_bytes(arr)
    if low == newlines:  # every byte below 32 is a newline: the usual case
        return False
    places = np.concatenate([np.flatnonzero(arr[at : at + _STEP] < 32) + at for at in range(0, len(arr), _STEP)])
    values = arr[places]
    found = places[(values != 10) & (values != 9) & (values != 13)]
    if not len(found):
        return False
    lines = np.searchsorted(places[values == 10], found) + 1
    for line in np.unique(lines).tolist():
        codes = sorted({int(arr[i]) for i in found[lines == line].tolist()})
        names = ", ".join(_CONTROL_NAMES.get(c, f"U+{c:04X}") for c in codes)
        report.repair("line", line, f"a stray control character ({names}) was removed")
    return True


_NOTED = threading.local()


def _note_bad_bytes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: remember where undecodable bytes start, put U+FFFD in their place."""
    assert isinstance(error, UnicodeDecodeError)
    _NOTED.starts.append(error.start)
    return "\ufffd", error.end


codecs.register_error("reconcile_kit.note", _note_bad_bytes)


def _decode_tolerant(data: bytes, path: Path, report: Report) -> str:
    """Decode UTF-8 text; bytes that are not UTF-8 become U+FFFD (`note_bad_utf8`)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        note_bad_utf8(data, path, report)
        return data.decode("utf-8-sig", "replace")


def note_bad_utf8(data: bytes, path: Path, report: Report) -> None:
    """Note each line holding bytes that are not UTF-8 as repaired (they are shown as U+FFFD).

    A file where more than MAX_UNREADABLE of the lines hold such bytes is refused: it was
    probably saved in another encoding, and replacing would spoil much of the text.
    """
    _NOTED.starts = []
    data.decode("utf-8", "reconcile_kit.note")
    starts, _NOTED.starts = _NOTED.starts, []
    for line in _bad_lines(data, starts, path):
        report.repair("line", line, "bytes that are not UTF-8 text were replaced with \ufffd")


def _bad_lines(data: bytes, starts: list[int], path: Path) -> list[int]:
    """The line numbers holding bytes that are not UTF-8; an error when more than
    MAX_UNREADABLE of the lines (or the only line) hold them."""
    newlines = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10)
    lines = np.unique(np.searchsorted(newlines, np.asarray(starts, dtype=np.int64)) + 1)
    total = len(newlines) + (0 if data.endswith(b"\n") else 1)
    if len(lines) > MAX_UNREADABLE * max(total, 1):
        raise ImportFormatError(f"{path.name}, line {int(lines[0])}: not UTF-8 text (byte {starts[0]})")
    return lines.tolist()


def decode(data: bytes, path: Path, report: Report | None = None) -> str:
    """Decode UTF-8 text (with or without BOM); with a report, damage is repaired and noted."""
    if is_binary(data):
        raise ImportFormatError(f"{path.name}: binary data, not a text export (control bytes near the start)")
    if report is not None:
        return _decode_tolerant(strip_controls(data, report), path, report)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFormatError(f"{path.name}, line {line}: not UTF-8 text (byte {exc.start})") from exc


def load_json(data: bytes, path: Path, report: Report | None = None, key: str = "messages") -> Any:
    """Parse JSON, repairing Telegram's invalid \\xNN escapes; errors name the line and column.

    With a report, a document that does not parse is read record by record (`_salvage`): the
    readable records of its `key` arrays come back, the damaged ones are reported.
    """
    text = decode(data, path, report)
    if "\\x" in text:
        text = _BAD_ESCAPE.sub(r"\1\\u00\2", text)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if report is not None and text.strip():
            return salvage(text, key, path, exc, report)
        raise ImportFormatError(
            f"{path.name}, line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg})"
        ) from exc
    except RecursionError as exc:
        raise ImportFormatError(f"{path.name}: JSON nested too deeply to be a chat export") from exc
