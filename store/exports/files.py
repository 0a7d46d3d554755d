"""Files that hold personal data — exports, the SQLite store, route sheets — readable by their
owner only: files 0600, folders 0700, whatever the process's umask.

Names, phone numbers, addresses and diets (health data) must not be readable by every account
on the machine. `open_private` creates (or truncates) a file with mode 0600 and tightens a file
that already existed; `private_dir` creates missing folders 0700. `private_umask` is for a
command that writes many files through other modules (`sofra demo`): it sets the umask to 077
for its duration. It changes the whole process, so it is for the CLI, never for the server.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PRIVATE_UMASK = 0o077


def private_dir(path: Path) -> Path:
    """Create `path` and its missing parents with mode 0700 (existing folders are left as
    they are: they may be the user's own); returns `path`."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:  # made meanwhile by another process
            continue
        os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is cut by the umask
    return path


def create_private_file(path: Path) -> None:
    """Make sure `path` exists with mode 0600 (created empty if missing, tightened if not)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def open_private(path: Path, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """`open(path, mode)` for writing ("w", "wb", "a", "ab"), the file created 0600 (or
    tightened to 0600 when it existed) before a byte is written."""
    if not mode.startswith(("w", "a")):
        raise ValueError(f"open_private writes files; mode {mode!r} is not a write mode")
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode.startswith("a") else os.O_TRUNC)
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def write_private_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `path`, readable by its owner only."""
    with open_private(path, "w", encoding=encoding, newline="") as out:
        out.write(text)


@contextmanager
def private_umask() -> Iterator[None]:
    """Every file and folder created inside is its owner's only (umask 077); the old umask is
    restored afterwards. Process-wide: for CLI commands, not for threads of a server."""
    old = os.umask(PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(old)
