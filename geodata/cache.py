"""On-disk cache of built road graphs, keyed by the source file's content and the settings."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geodata.road import RoadGraph

# Bump when RoadGraph's layout or the build changes, so stale pickles are not reused.
CACHE_FORMAT = 6
CACHE_FILE_MODE = 0o600
CACHE_DIR_MODE = 0o700
"""Caches sit beside the store under .cache/sofra: their owner's only, like the store."""


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes (the cache key must follow content, not names or times)."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def cache_path(cache_dir: Path, source: Path, settings_key: str) -> Path:
    """Cache file for `source` built with settings hashed to `settings_key`."""
    key = hashlib.sha256(
        f"{file_sha256(source)}|{settings_key}|{CACHE_FORMAT}|{version('osmnx')}".encode()
    ).hexdigest()[:20]
    return cache_dir / "graphs" / f"{source.name}.{key}.pickle"


def load_cached(path: Path) -> RoadGraph | None:
    """The cached graph at `path`, or None when absent or unreadable (then it is rebuilt)."""
    try:
        with path.open("rb") as f:
            road: RoadGraph = pickle.load(f)
    except FileNotFoundError:
        return None
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    return road


def _private_dirs(folder: Path) -> None:
    """Create `folder` and its missing parents readable by their owner only (0700)."""
    missing = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        created.mkdir(mode=CACHE_DIR_MODE, exist_ok=True)
        os.chmod(created, CACHE_DIR_MODE)  # mkdir's mode is cut by the umask


def store(path: Path, road: RoadGraph) -> None:
    """Write `road` to `path` atomically (a concurrent reader never sees half a file), readable
    by its owner only (file 0600, new folders 0700)."""
    _private_dirs(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")  # mkstemp creates it 0600
    try:
        os.fchmod(fd, CACHE_FILE_MODE)
        with os.fdopen(fd, "wb") as f:
            pickle.dump(road, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
