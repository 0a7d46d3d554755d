"""Where an imported household goes: the file's coordinates, the stored point, or a geocode."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from geodata.geocode import StreetIndex, load_street_index
from geodata.settings import PathSettings
from store.errors import StoreError
from store.imports.rows import HouseholdImportRow
from store.models import HouseholdRow, LocationSource
from store.settings import StoreSettings


@dataclass(frozen=True, slots=True)
class Placement:
    """A point and where it came from; `geocoded_now` when this import geocoded it."""

    lat: float
    lon: float
    source: LocationSource
    confidence: float | None = None
    needs_review: bool = False
    geocoded_now: bool = False
    matched_street: str = ""


class Locator:
    """Places rows; the OSM street index (of `osm_path`, default the tree's `paths.inegol_osm`)
    is read only if some row needs geocoding."""

    def __init__(
        self,
        settings: StoreSettings,
        street_index: StreetIndex | None = None,
        osm_path: Path | None = None,
    ) -> None:
        self._settings = settings
        self._index = street_index
        self._osm_path = osm_path or PathSettings().inegol_osm

    def place(self, item: HouseholdImportRow, stored: HouseholdRow | None) -> Placement | None:
        """The row's point, or None when its address matches no street (needs coordinates)."""
        if item.lat is not None and item.lon is not None:
            if stored is not None and (stored.location.y, stored.location.x) == (
                item.lat,
                item.lon,
            ):
                return _kept(stored)
            return Placement(item.lat, item.lon, LocationSource.FILE)
        if stored is not None and same_address(stored, item.street, item.house_number):
            return _kept(stored)  # keeps a location a dispatcher corrected by hand
        return self.geocode(item.street, item.house_number)

    def geocode(self, street: str, house_number: str) -> Placement | None:
        """A geocoded point; below the review threshold it is flagged `needs_review`."""
        match = self._street_index().geocode(street, house_number)
        if match is None:
            return None
        return Placement(
            match.lat,
            match.lon,
            LocationSource(match.method.value),
            match.confidence,
            match.confidence < self._settings.geocode_review_below,
            geocoded_now=True,
            matched_street=match.street,
        )

    def _street_index(self) -> StreetIndex:
        if self._index is None:
            path = self._osm_path
            if not path.exists():
                raise StoreError(
                    f"cannot geocode: OSM extract {path} not found; set SOFRA_PATHS__INEGOL_OSM "
                    "or give latitude/longitude for every row"
                )
            self._index = load_street_index(path)
        return self._index


def same_address(stored: HouseholdRow, street: str, house_number: str) -> bool:
    """The stored household already has this address."""
    return stored.street == street and stored.house_number == house_number


def _lat_lon(row: HouseholdRow) -> tuple[float, float]:
    return row.location.y, row.location.x


def _kept(stored: HouseholdRow) -> Placement:
    return Placement(
        stored.location.y,
        stored.location.x,
        LocationSource(stored.location_source),
        stored.geocode_confidence,
        stored.needs_review,
    )
