"""Every store default in one place: which database, import and export policy (env SOFRA_)."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


def _default_sqlite_path() -> Path:
    """`<repo>/.cache/sofra/sofra.sqlite` when the checkout is writable, else the XDG cache."""
    if os.access(REPO_ROOT, os.W_OK):
        return REPO_ROOT / ".cache" / "sofra" / "sofra.sqlite"
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "sofra" / "sofra.sqlite"


class StoreSettings(BaseSettings):
    """Store settings; `DATABASE_URL` (or SOFRA_DATABASE_URL) selects PostgreSQL/PostGIS."""

    model_config = SettingsConfigDict(env_prefix="SOFRA_", extra="ignore")

    database_url: str | None = Field(
        None,
        validation_alias=AliasChoices("DATABASE_URL", "SOFRA_DATABASE_URL"),
        description="SQLAlchemy URL, e.g. postgresql+psycopg://user:pw@host/db; unset: SQLite.",
    )
    sqlite_path: Path = Field(
        default_factory=_default_sqlite_path,
        description="The embedded store used when no DATABASE_URL is set.",
    )
    osm_path: Path = Field(
        REPO_ROOT / "data" / "osm" / "inegol-center.osm.xml",
        description="OSM extract whose street names and house numbers geocode imported addresses.",
    )
    geocode_review_below: float = Field(
        0.7,
        ge=0,
        le=1,
        description="A geocoded household whose confidence is below this is imported flagged "
        "needs_review (street-level matches score 0.75, house numbers 0.95, fuzzy ones <= 0.65).",
    )
    service_area: tuple[float, float, float, float] = Field(
        (29.30, 39.95, 29.75, 40.20),
        description="min_lon, min_lat, max_lon, max_lat an imported coordinate must fall in "
        "(catches swapped latitude/longitude); İnegöl by default.",
    )
    pseudonym_decimals: int = Field(
        3,
        ge=1,
        le=6,
        description="Decimals kept of latitude/longitude in a pseudonymised export (3 ≈ 100 m).",
    )

    def url(self) -> str:
        """The SQLAlchemy URL of the configured store (SQLite file when none is set)."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.sqlite_path}"
