"""Column types that behave the same on PostGIS and on the embedded SQLite store.

Geometries are shapely objects in Python. On PostgreSQL the column is a real PostGIS
`geometry(<type>, 4326)` (GeoAlchemy2), so spatial SQL and GiST indexes work; on SQLite it is
WKT text, and spatial queries run in Python with shapely (see `store.repositories.spatial`).
That keeps the embedded store free of the mod_spatialite system library.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import shapely
import shapely.wkt
from geoalchemy2 import Geometry, WKBElement
from geoalchemy2.shape import from_shape, to_shape
from sqlalchemy import JSON, DateTime, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

SRID_WGS84 = 4326

JSONDocument = JSON().with_variant(JSONB(), "postgresql")
"""JSON everywhere, JSONB on PostgreSQL."""


def _is_postgres(dialect: Dialect | None) -> bool:
    return dialect is not None and dialect.name == "postgresql"


class GeometryType(TypeDecorator[Any]):
    """A shapely geometry in SRID 4326 (lon, lat): PostGIS geometry, or WKT text on SQLite."""

    impl = Text
    cache_ok = True
    # Read by GeoAlchemy2's DDL hooks, which inspect TypeDecorators; indexes are declared apart.
    spatial_index = False
    use_typmod = None

    def __init__(self, geometry_type: str, srid: int = SRID_WGS84) -> None:
        super().__init__()
        self.geometry_type = geometry_type
        self.srid = srid

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if _is_postgres(dialect):
            geometry = Geometry(self.geometry_type, srid=self.srid, spatial_index=False)
            return dialect.type_descriptor(geometry)
        # GeoAlchemy2 calls this with dialect=None while deciding which columns it manages.
        return Text() if dialect is None else dialect.type_descriptor(Text())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, shapely.Geometry):
            raise TypeError(f"expected a shapely geometry, got {type(value).__name__}")
        if value.geom_type.upper() != self.geometry_type.upper():
            raise TypeError(f"expected a {self.geometry_type} geometry, got {value.geom_type}")
        if _is_postgres(dialect):
            return from_shape(value, srid=self.srid)
        return value.wkt

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if isinstance(value, WKBElement):
            return to_shape(value)
        return shapely.wkt.loads(value)

    def __repr__(self) -> str:
        return f"GeometryType({self.geometry_type!r}, srid={self.srid})"


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware UTC timestamp on both stores (SQLite keeps no time zone, so store naive UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"timestamp {value.isoformat()} has no time zone; pass an aware one")
        utc = value.astimezone(dt.UTC)
        return utc if _is_postgres(dialect) else utc.replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)

    def __repr__(self) -> str:
        return "UTCDateTime()"


def utcnow() -> dt.datetime:
    """The current time, aware, in UTC."""
    return dt.datetime.now(dt.UTC)
