"""Geodata's sections of the settings tree: where Sofra's files are, road speeds, snap limit.

`PathSettings` (the tree's `paths`) is the one place for the repository root, the data and cache
folders, the bundled OSM extracts and the embedded SQLite file; `GeodataSettings` (`geodata`)
shapes the road graph. Both are plain models with defaults: the environment is read once, by the
root `config.Settings` (`SOFRA_PATHS__CACHE_DIR`, `SOFRA_GEODATA__SNAP_LIMIT_M`, …), and the
entry points pass the sections down.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, field_validator

REPO_ROOT = Path(__file__).resolve().parent.parent
"""The checkout (or installed tree) Sofra runs from; the one definition of it."""

DEFAULT_SNAP_LIMIT_M = 300.0
"""Farthest a household or kitchen may be from a drivable road, in metres."""

# Driving speeds (km/h) for ways without a usable `maxspeed` tag. Türkiye's legal limits are
# 50 km/h in built-up areas, 90 on rural roads, 110 on divided trunk roads and 120 on motorways
# (Karayolları Trafik Yönetmeliği, art. 100). A meal van in a town of ~300k rarely holds the limit:
# the defaults are typical free-flow *driving* speeds, so 50 only on primary roads, less on
# the junction-dense secondary/tertiary streets, 30 in the residential grid (narrow, parked cars,
# speed bumps), walking pace on living streets and 15 on service roads (drive_service only).
DEFAULT_SPEEDS_KPH: dict[str, float] = {
    "motorway": 90.0,
    "motorway_link": 50.0,
    "trunk": 70.0,
    "trunk_link": 40.0,
    "primary": 50.0,
    "primary_link": 35.0,
    "secondary": 45.0,
    "secondary_link": 30.0,
    "tertiary": 40.0,
    "tertiary_link": 30.0,
    "unclassified": 30.0,
    "residential": 30.0,
    "living_street": 10.0,
    "service": 15.0,
    "road": 30.0,
    "busway": 30.0,
}

# Implicit limits written as "TR:urban" etc. (OSM wiki "Default speed limits"), in km/h.
ZONE_SPEEDS_KPH: dict[str, float] = {
    "urban": 50.0,
    "rural": 90.0,
    "trunk": 110.0,
    "motorway": 120.0,
    "living_street": 20.0,
    "walk": 6.0,
}


def default_cache_dir(repo_root: Path = REPO_ROOT) -> Path:
    """`<repo>/.cache/sofra` when the checkout is writable, else the XDG cache directory."""
    if os.access(repo_root, os.W_OK):
        return repo_root / ".cache" / "sofra"
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "sofra"


class PathSettings(BaseModel):
    """Where Sofra's files are. Unset paths follow the ones they hang off: `data_dir` the repo
    root, the OSM extracts `data_dir`, the SQLite file `cache_dir`."""

    repo_root: Path = Field(REPO_ROOT, description="The checkout Sofra runs from.")
    data_dir: Path = Field(
        default_factory=lambda data: data["repo_root"] / "data",
        description="Bundled data: OSM extracts, sample household spreadsheets.",
    )
    cache_dir: Path = Field(
        default_factory=lambda data: default_cache_dir(data["repo_root"]),
        description="Road-graph cache and the embedded store: <repo>/.cache/sofra when the "
        "checkout is writable, else $XDG_CACHE_HOME/sofra.",
    )
    inegol_osm: Path = Field(
        default_factory=lambda data: data["data_dir"] / "osm" / "inegol-center.osm.xml",
        description="İnegöl's road extract: the demo's and the API's road graph, and the street "
        "names and house numbers that geocode imported addresses.",
    )
    campo_grande_osm: Path = Field(
        default_factory=lambda data: data["data_dir"] / "osm" / "campo-grande.osm.gz",
        description="Campo Grande's extract (a second town for the graph tests).",
    )
    sqlite_path: Path = Field(
        default_factory=lambda data: data["cache_dir"] / "sofra.sqlite",
        description="The embedded store, used when no DATABASE_URL is set.",
    )


class GeodataSettings(BaseModel):
    """Road-graph and snapping settings (the tree's `geodata`, env SOFRA_GEODATA__<FIELD>)."""

    network_type: Literal["drive", "drive_service"] = Field(
        "drive", description="OSMnx network type whose way filter decides what is drivable."
    )
    speeds_kph: dict[str, float] = Field(default_factory=lambda: dict(DEFAULT_SPEEDS_KPH))
    zone_speeds_kph: dict[str, float] = Field(default_factory=lambda: dict(ZONE_SPEEDS_KPH))
    fallback_speed_kph: float = Field(30.0, gt=0, description="Speed of an unknown highway class.")
    snap_limit_m: float = Field(
        DEFAULT_SNAP_LIMIT_M, gt=0, description="Farthest a point may be from a road."
    )

    @field_validator("speeds_kph", "zone_speeds_kph")
    @classmethod
    def _positive_speeds(cls, value: dict[str, float]) -> dict[str, float]:
        bad = {k: v for k, v in value.items() if v <= 0}
        if bad:
            raise ValueError(f"speeds must be positive km/h, got {bad}")
        return value

    def graph_key(self) -> str:
        """Hash of the fields that change a built graph, for the graph cache key."""
        fields = self.model_dump(
            include={"network_type", "speeds_kph", "zone_speeds_kph", "fallback_speed_kph"}
        )
        blob = json.dumps(fields, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]
