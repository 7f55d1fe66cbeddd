"""Reading export files: bytes with an optional progress bar, zip members, text decoding."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

from ..errors import ImportFormatError

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


def decode(data: bytes, path: Path) -> str:
    """Decode UTF-8 text (with or without BOM), naming the byte where decoding fails."""
    if b"\x00" in data[:4096]:
        raise ImportFormatError(f"{path.name}: binary data, not a text export (NUL byte near the start)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFormatError(f"{path.name}, line {line}: not UTF-8 text (byte {exc.start})") from exc


def load_json(data: bytes, path: Path) -> Any:
    """Parse JSON, repairing Telegram's invalid \\xNN escapes; errors name the line and column."""
    text = decode(data, path)
    if "\\x" in text:
        text = _BAD_ESCAPE.sub(r"\1\\u00\2", text)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"{path.name}, line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg})"
        ) from exc
    except RecursionError as exc:
        raise ImportFormatError(f"{path.name}: JSON nested too deeply to be a chat export") from exc
