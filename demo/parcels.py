"""Seeded demo data for food parcels: 6,091 families, the warehouse and the parcel fleet.

Families live in buildings on the named residential streets of the İnegöl extract: blocks of
flats in the dense centre (several aid families per building, upper floors, some with a lift),
detached houses further out (one or two families). 40 families are coeliac. Sizes, cycles,
availability and appointments follow the named shares below; counts are exact (largest
remainder), not coin flips. Last cycle's day is December 2025 as the office planned it then:
each neighbourhood on its own block of days (the baseline rule of `scheduler.parcels.baseline`).
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np

from demo.households import _exact, _place_on_streets
from demo.names import FEMALE_NAMES, MALE_NAMES, MOBILE_PREFIXES, SURNAMES
from domain.parcels import Appointment, Cycle, Family, HalfDay, ParcelVan, Warehouse
from geodata.places import nearest_neighbourhood
from geodata.road import RoadGraph
from geodata.snapping import snap_points
from scheduler.parcels.month import ParcelInputs
from scheduler.parcels.problem import building_matrix

N_FAMILIES = 6091
"""Families that received food parcels in 2025."""
N_COELIAC = 40
"""Of them, families with coeliac disease (gluten-free parcels)."""
DEFAULT_SEED = 2026

# Demo warehouse: a point by the south-western edge of the extract (the real depot of the
# social-services office is not in OpenStreetMap); it snaps to a drivable street.
WAREHOUSE = Warehouse(
    name="Sosyal Yardım Gıda Deposu (demo)",
    lat=40.0685,
    lon=29.4990,
    address="İnegöl/Bursa",
    opens="08:00",
    closes="17:30",
    loading_min=20.0,
)

# Within this distance of the town centre streets have blocks of flats.
CENTRE = (40.0785, 29.5110)
APARTMENT_RADIUS_M = 900.0
APARTMENT_FAMILIES = (2, 9)  # aid families per block of flats (inclusive)
HOUSE_FAMILIES = (1, 2)
APARTMENT_FLOORS = 5  # floors 0..4 (aid families live low more often)
LIFT_SHARE = 0.70  # blocks of flats with a lift (newer blocks)
# Persons per family (mean ≈ 4.1; 5 or more get the large parcel).
PERSONS_SHARES = {1: 0.07, 2: 0.12, 3: 0.18, 4: 0.24, 5: 0.18, 6: 0.12, 7: 0.06, 8: 0.03}
BIWEEKLY_SHARE = 0.06  # large families in acute need: a parcel every two weeks
# Weekdays someone is home (from the intake record or a phone confirmation).
WEEKDAY_SHARES: dict[frozenset[int], float] = {
    frozenset({1, 2, 3, 4, 5}): 0.55,
    frozenset({1, 3, 5}): 0.12,
    frozenset({2, 4}): 0.10,
    frozenset({1, 2, 3}): 0.08,
    frozenset({3, 4, 5}): 0.08,
    frozenset({2}): 0.03,
    frozenset({4}): 0.02,
    frozenset({5}): 0.02,
}
HALF_DAY_SHARES = {HalfDay.ALL_DAY: 0.70, HalfDay.MORNING: 0.15, HalfDay.AFTERNOON: 0.15}
APPOINTMENTS: dict[Appointment | None, float] = {
    Appointment("09:00", "10:30"): 0.01,
    Appointment("10:30", "12:00"): 0.01,
    Appointment("14:00", "15:30"): 0.01,
    Appointment("15:30", "17:00"): 0.01,
}
NEW_SHARE = 0.10  # joined this month: no last cycle day
LAST_MONTH = dt.date(2025, 12, 1)

# The parcel fleet: light vans (Fiat Doblo Maxi) and panel vans (Ford Transit Custom).
_FLEET: tuple[tuple[str, str, str, int, int, int, str, str], ...] = (
    ("P1", "16 İNG 201", "Ford Transit Custom", 1200, 6000, 2, "Mehmet Öztürk", "Yusuf Arslan"),
    ("P2", "16 İNG 202", "Ford Transit Custom", 1200, 6000, 2, "İsmail Şahin", "Emre Koç"),
    ("P3", "16 İNG 203", "Ford Transit Custom", 1200, 6000, 1, "Ramazan Doğan", ""),
    ("L1", "16 İNG 211", "Fiat Doblo Maxi", 900, 4000, 1, "Hüseyin Çelik", ""),
    ("L2", "16 İNG 212", "Fiat Doblo Maxi", 900, 4000, 1, "Gülşen Yıldız", ""),
    ("L3", "16 İNG 213", "Fiat Doblo Maxi", 900, 4000, 2, "Ayşe Kılıç", "Fatma Aydın"),
)


def demo_parcel_fleet() -> list[ParcelVan]:
    """Three panel vans (1,200 kg) and three light vans (900 kg); three crews of two."""
    return [ParcelVan(*row) for row in _FLEET]


def _distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    dy = (a[0] - b[0]) * 111_320.0
    dx = (a[1] - b[1]) * 111_320.0 * math.cos(math.radians(a[0]))
    return math.hypot(dx, dy)


def generate_families(
    road: RoadGraph, n: int = N_FAMILIES, seed: int = DEFAULT_SEED, coeliac: int = N_COELIAC
) -> list[Family]:
    """`n` demo families in buildings on residential streets of `road`, the same per seed."""
    rng = np.random.default_rng(seed)
    buildings = _place_on_streets(road, max(8, n // 3 + 8), rng)
    snap_points(road, [(b[0], b[1]) for b in buildings])  # fail loudly if one is off-road
    homes: list[tuple[int, int, bool]] = []  # (building, floor, lift)
    lifts = rng.random(len(buildings)) < LIFT_SHARE
    for b, (lat, lon, _street, _number) in enumerate(buildings):
        flats = _distance_m((lat, lon), CENTRE) <= APARTMENT_RADIUS_M
        lo, hi = APARTMENT_FAMILIES if flats else HOUSE_FAMILIES
        count = int(rng.integers(lo, hi + 1))
        floors = rng.integers(0, APARTMENT_FLOORS if flats else 2, size=count)
        homes.extend((b, int(f), bool(lifts[b]) if flats else False) for f in floors)
        if len(homes) >= n:
            break
    if len(homes) < n:
        raise ValueError(f"only {len(homes)} homes on the streets of this extract; need {n}")
    homes = homes[:n]
    persons = _exact(rng, n, PERSONS_SHARES)
    weekdays = _exact(rng, n, WEEKDAY_SHARES)
    half_days = _exact(rng, n, HALF_DAY_SHARES)
    appointment_shares: dict[Appointment | None, float] = {
        **APPOINTMENTS,
        None: 1.0 - sum(APPOINTMENTS.values()),
    }
    appointments = _exact(rng, n, appointment_shares)
    coeliac_set = set(rng.choice(n, size=coeliac, replace=False).tolist())
    big = [i for i in range(n) if persons[i] >= 5]
    biweekly = set(rng.choice(big, size=round(BIWEEKLY_SHARE * n), replace=False).tolist())
    neighbourhoods = {
        b: nearest_neighbourhood(road.places, buildings[b][0], buildings[b][1])
        for b in {h[0] for h in homes}
    }
    flat_numbers: dict[int, int] = {}
    out = []
    for i, (b, floor, lift) in enumerate(homes):
        lat, lon, street, number = buildings[b]
        flat_numbers[b] = flat_numbers.get(b, 0) + 1
        female = rng.random() < 0.5
        first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
        digits = f"{int(rng.integers(0, 10_000_000)):07d}"
        phone = f"+90 {rng.choice(MOBILE_PREFIXES)} {digits[:3]} {digits[3:5]} {digits[5:]}"
        out.append(
            Family(
                ref=f"F{i + 1:04d}",
                name=f"{first} {rng.choice(SURNAMES)}",
                phone=phone,
                street=street,
                house_number=f"{number} D:{flat_numbers[b]}",
                lat=lat,
                lon=lon,
                persons=int(persons[i]),
                neighbourhood=neighbourhoods[b],
                building=f"B{b + 1:04d}",
                floor=floor,
                lift=lift,
                coeliac=i in coeliac_set,
                cycle=Cycle.BIWEEKLY if i in biweekly else Cycle.MONTHLY,
                weekdays=weekdays[i],
                half_day=half_days[i],
                appointment=appointments[i],
                notes=f"{floor}. kat, asansör yok" if floor >= 2 and not lift else "",
            )
        )
    return _with_last_days(out)


def _with_last_days(families: list[Family]) -> list[Family]:
    """December 2025 as the office planned it (neighbourhood blocks); new families have none."""
    from dataclasses import replace

    days = [
        LAST_MONTH + dt.timedelta(days=k)
        for k in range(31)
        if (LAST_MONTH + dt.timedelta(days=k)).isoweekday() <= 5
    ]
    order = sorted(
        range(len(families)), key=lambda i: (families[i].neighbourhood, families[i].street)
    )
    out = list(families)
    for rank, i in enumerate(order):
        if int(families[i].ref[1:]) % round(1 / NEW_SHARE) == 0:
            continue
        block = days[rank * len(days) // len(order)]
        f = families[i]
        fitting = [d for d in days if f.available_on(d)]
        day = min(fitting, key=lambda d: (abs((d - block).days), d)) if fitting else None
        out[i] = replace(f, last_day=day)
    return out


def demo_parcel_inputs() -> ParcelInputs:
    """The demo month's inputs: the bundled road extract, 6,091 families, warehouse and vans
    (road settings and paths from the settings tree)."""
    from config import get_settings
    from geodata.graph import load_graph

    tree = get_settings()
    road = load_graph(tree.paths.inegol_osm, tree.geodata, cache_dir=tree.paths.cache_dir)
    families = generate_families(road)
    matrix = building_matrix(road, WAREHOUSE, families)
    return ParcelInputs(families, WAREHOUSE, demo_parcel_fleet(), matrix)
