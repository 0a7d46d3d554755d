"""Small parcel months on a synthetic town: a straight-line travel matrix, no road graph."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from domain.parcels import Family, ParcelVan, Warehouse
from scheduler.parcels.calendar import MonthCalendar
from scheduler.parcels.month import ParcelInputs
from scheduler.parcels.problem import BuildingMatrix

WAREHOUSE = Warehouse("Depo", 40.07, 29.50)
SPEED_M_S = 8.0


def family(ref: str, k: int, **kw: object) -> Family:
    """Family `ref` in building k of a grid north-east of the warehouse."""
    lat = 40.072 + 0.0015 * (k % 5)
    lon = 29.502 + 0.0015 * (k // 5)
    base = Family(ref, f"Aile {ref}", "+90 500 000 00 00", "Deneme Sokak", str(k), lat, lon, 4)
    return replace(base, building=f"B{k}", neighbourhood=f"N{k // 10}", **kw)  # type: ignore[arg-type]


def matrix_of(families: Sequence[Family]) -> BuildingMatrix:
    """Straight-line travel over the warehouse and the families' buildings."""
    where: dict[str, tuple[float, float]] = {}
    for f in families:
        where.setdefault(f.building, (f.lat, f.lon))
    names = sorted(where)
    points = [(WAREHOUSE.lat, WAREHOUSE.lon)] + [where[b] for b in names]
    n = len(points)
    dist = np.zeros((n, n))
    for i, a in enumerate(points):
        for j, b in enumerate(points):
            dy = (a[0] - b[0]) * 111_320
            dx = (a[1] - b[1]) * 111_320 * math.cos(math.radians(a[0]))
            dist[i, j] = math.hypot(dx, dy) * 1.3
    return BuildingMatrix({b: 1 + i for i, b in enumerate(names)}, dist / SPEED_M_S, dist, {})


def week(start: dt.date = dt.date(2026, 1, 5), n: int = 5) -> MonthCalendar:
    """A calendar of `n` consecutive weekdays from `start` (a Monday)."""
    days = tuple(start + dt.timedelta(days=i) for i in range(n))
    return MonthCalendar(start.replace(day=1), days, ())


VANS = (
    ParcelVan("P1", "16 İNG 201", "Transit", 1200, 6000, crew=2),
    ParcelVan("L1", "16 İNG 211", "Doblo", 900, 4000, crew=1),
)


def inputs_for(families: Sequence[Family]) -> ParcelInputs:
    """The synthetic town's inputs for `families` (two vans, one with a crew of two)."""
    return ParcelInputs(list(families), WAREHOUSE, VANS, matrix_of(families))
