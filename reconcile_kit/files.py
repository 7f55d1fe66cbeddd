"""Private files and folders: everything the kit creates that may hold personal text.

Folders the kit creates are 0700 and files 0600, whatever the umask. A folder the user chose
and that already exists keeps its mode; the kit's own folders (backups) are made private again.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["make_private_dirs", "make_private_dir", "touch_private", "write_private", "new_private", "private_copy"]


def make_private_dirs(folder: Path) -> Path:
    """Create `folder` and any missing parents with mode 0700; existing folders are left as they are."""
    folder = Path(folder)
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for item in reversed(missing):
        try:
            item.mkdir(mode=0o700)
        except FileExistsError:  # another process made it meanwhile (two notebooks opening at once)
            continue
        os.chmod(item, 0o700)
    return folder


def make_private_dir(folder: Path) -> Path:
    """Create `folder` (and parents) if needed and make it private (0700), even if it existed."""
    make_private_dirs(folder)
    os.chmod(folder, 0o700)
    return Path(folder)


def touch_private(path: Path) -> Path:
    """Create `path` empty if it is missing, and make it private (0600)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)
    return Path(path)


def new_private(path: Path) -> Path:
    """Create `path` empty with mode 0600; `FileExistsError` if it already exists."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    os.chmod(path, 0o600)
    return Path(path)


def write_private(path: Path, data: bytes | str) -> Path:
    """Write `data` to `path` with mode 0600, atomically: a temp file beside it, synced, then renamed.

    Text is written as UTF-8 with newlines as given. A failure leaves `path` as it was.
    """
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


@contextmanager
def private_copy(name: str, data: bytes) -> Iterator[Path]:
    """`data` as a file named `name` (its last part only) in a new private temp folder, deleted on leaving.

    For bytes that arrive without a file (an upload in the import form): readers that need a
    path get one with the original name and suffix, readable by the user only (0600 in 0700).
    """
    import shutil  # on first use: `reconcile-kit log` imports this module and must start fast
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="reconcile-kit-"))  # mkdtemp makes it 0700
    try:
        path = folder / (Path(str(name).replace("\\", "/")).name or "upload")
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)
