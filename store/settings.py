"""The store's section of the settings tree: which database, import and export policy.

A plain model with defaults: the root `config.Settings` reads the environment
(`SOFRA_STORE__<FIELD>`; `DATABASE_URL` is the well-known alias of `database_url`) and the entry
points pass the section down. Paths (the SQLite file, the OSM extract that geocodes addresses)
are the tree's `paths` (`geodata.settings.PathSettings`).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field


class StoreSettings(BaseModel):
    """Store settings; a `database_url` selects PostgreSQL/PostGIS, none the SQLite file."""

    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL, e.g. postgresql+psycopg://user:pw@host/db; unset: SQLite. "
        "Set with DATABASE_URL (or SOFRA_DATABASE_URL, SOFRA_STORE__DATABASE_URL).",
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

    def url(self, sqlite_path: Path) -> str:
        """The SQLAlchemy URL of the configured store: `database_url`, else the SQLite file
        `sqlite_path` (the tree's `paths.sqlite_path`)."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{sqlite_path}"
