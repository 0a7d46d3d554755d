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


def store(path: Path, road: RoadGraph) -> None:
    """Write `road` to `path` atomically (a concurrent reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(road, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
