"""Every geodata default in one place: road speeds, snap limit, paths (env prefix SOFRA_)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent

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


def _default_cache_dir() -> Path:
    """`<repo>/.cache/sofra` when the checkout is writable, else the XDG cache directory."""
    repo_cache = REPO_ROOT / ".cache" / "sofra"
    if os.access(REPO_ROOT, os.W_OK):
        return repo_cache
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "sofra"


class GeodataSettings(BaseSettings):
    """Road-graph, snapping and path settings; override any field with SOFRA_<FIELD>."""

    model_config = SettingsConfigDict(env_prefix="SOFRA_", extra="ignore")

    network_type: Literal["drive", "drive_service"] = Field(
        "drive", description="OSMnx network type whose way filter decides what is drivable."
    )
    speeds_kph: dict[str, float] = Field(default_factory=lambda: dict(DEFAULT_SPEEDS_KPH))
    zone_speeds_kph: dict[str, float] = Field(default_factory=lambda: dict(ZONE_SPEEDS_KPH))
    fallback_speed_kph: float = Field(30.0, gt=0, description="Speed of an unknown highway class.")
    snap_limit_m: float = Field(300.0, gt=0, description="Farthest a point may be from a road.")
    cache_dir: Path = Field(default_factory=_default_cache_dir)
    data_dir: Path = REPO_ROOT / "data"
    inegol_osm: Path = REPO_ROOT / "data" / "osm" / "inegol-center.osm.xml"
    campo_grande_osm: Path = REPO_ROOT / "data" / "osm" / "campo-grande.osm.gz"

    @field_validator("speeds_kph", "zone_speeds_kph")
    @classmethod
    def _positive_speeds(cls, value: dict[str, float]) -> dict[str, float]:
        bad = {k: v for k, v in value.items() if v <= 0}
        if bad:
            raise ValueError(f"speeds must be positive km/h, got {bad}")
        return value

    def graph_key(self) -> str:
        """Hash of the fields that change a built graph (not paths), for the graph cache key."""
        fields = self.model_dump(
            include={"network_type", "speeds_kph", "zone_speeds_kph", "fallback_speed_kph"}
        )
        blob = json.dumps(fields, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]
