"""Spatial queries: in PostGIS on PostgreSQL (GiST-indexed SQL), with shapely on SQLite.

Both paths return the same answers; tests run each query on both stores and compare.
"""

from __future__ import annotations

import math

import shapely
from shapely import Polygon
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.households import Household
from store.models import HouseholdRow, KitchenRow
from store.repositories.households import to_domain
from store.types import SRID_WGS84

EARTH_RADIUS_M = 6_371_008.8
KNN_CANDIDATES = 5
"""Kitchens the PostGIS `<->` index scan hands to the exact (geography) distance ordering."""


def _on_postgis(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def households_within(
    session: Session, *, area: Polygon, active_only: bool = True
) -> list[Household]:
    """Households whose location lies in `area` (lon/lat polygon, boundary included), by ref."""
    query = select(HouseholdRow).order_by(HouseholdRow.ref)
    if active_only:
        query = query.where(HouseholdRow.active.is_(True))
    if _on_postgis(session):
        polygon = func.ST_GeomFromText(area.wkt, SRID_WGS84)
        rows = session.scalars(query.where(func.ST_Covers(polygon, HouseholdRow.location)))
        return [to_domain(row) for row in rows]
    shapely.prepare(area)
    return [to_domain(row) for row in session.scalars(query) if area.covers(row.location)]


def nearest_kitchen(session: Session, *, lat: float, lon: float) -> tuple[KitchenRow, float] | None:
    """The active kitchen nearest to (lat, lon) and its great-circle distance in metres."""
    if _on_postgis(session):
        here = func.ST_SetSRID(func.ST_MakePoint(lon, lat), SRID_WGS84)
        # KNN `<->` uses the GiST index but measures degrees; re-rank the few nearest in metres.
        candidates = (
            select(KitchenRow.id)
            .where(KitchenRow.active.is_(True))
            .order_by(KitchenRow.location.op("<->")(here))
            .limit(KNN_CANDIDATES)
        )
        distance = func.ST_Distance(func.geography(KitchenRow.location), func.geography(here))
        found = session.execute(
            select(KitchenRow, distance)
            .where(KitchenRow.id.in_(candidates))
            .order_by(distance, KitchenRow.code)
            .limit(1)
        ).first()
        return None if found is None else (found[0], float(found[1]))
    kitchens = session.scalars(select(KitchenRow).where(KitchenRow.active.is_(True))).all()
    ranked = sorted(
        ((haversine_m(lat, lon, k.location.y, k.location.x), k.code, k) for k in kitchens),
        key=lambda item: (item[0], item[1]),
    )
    return None if not ranked else (ranked[0][2], ranked[0][0])


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres on the mean-radius sphere."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))
