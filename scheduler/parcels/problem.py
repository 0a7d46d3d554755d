"""A parcel day as a routing problem: the warehouse, the day's buildings, vans in two halves.

Locations: the warehouse first, then each building with a delivery that day (families of one
block of flats share a location, so the second family costs no driving). Capacity dimensions
are (kg, litres) as in `domain.services.PARCELS`. The lunch break splits every van into a
morning vehicle `<van>-am` and an afternoon vehicle `<van>-pm`, both leaving from and returning
to the warehouse (the crew eats while the van is loaded again); half-day availability and
appointments are the stops' windows; a two-person stop needs the `two_person` skill.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from domain.clock import hhmm_to_s
from domain.parcels import TWO_PERSON, Family, HalfDay, ParcelVan, Warehouse
from domain.services import PARCELS, TWO_PERSON_SERVICE_MIN, ServiceKind
from geodata.road import FloatArray, RoadGraph
from routing.model import Depot, Problem, Stop, Vehicle
from scheduler.parcels.calendar import Delivery
from scheduler.problem import depot_matrix

WAREHOUSE_ID = "warehouse"
MEAL_TYPE = "parcel"
"""The stops' `meal_type`: parcels have no ride-time limit."""
VAN_FIXED_COST = 1800
"""Cost of using a van half-day, in driving seconds: use as few as needed."""


@dataclass(frozen=True, slots=True)
class BuildingMatrix:
    """Travel times (s) and distances (m): row 0 the warehouse, then one row per building."""

    row: Mapping[str, int]
    duration_s: FloatArray
    distance_m: FloatArray
    off_road: Mapping[str, str]


def building_matrix(
    road: RoadGraph, warehouse: Warehouse, families: Sequence[Family]
) -> BuildingMatrix:
    """The matrix over the warehouse and every building of `families` (one Dijkstra pass)."""
    where: dict[str, tuple[float, float]] = {}
    for f in families:
        where.setdefault(building_of(f), (f.lat, f.lon))
    m = depot_matrix(
        road, [(warehouse.lat, warehouse.lon)], [warehouse.name], dict(sorted(where.items()))
    )
    return BuildingMatrix(m.row, m.duration_s, m.distance_m, m.off_road)


def building_of(family: Family) -> str:
    """The matrix key of a family's home."""
    return family.building or family.ref


def stop_window(family: Family, kind: ServiceKind = PARCELS) -> tuple[int, int] | None:
    """When the parcels may reach the door: the appointment, the half day, or any time."""
    if family.appointment is not None:
        return family.appointment.window_s
    morning, afternoon = kind.shifts
    if family.half_day is HalfDay.MORNING:
        return hhmm_to_s(morning.delivery_start), hhmm_to_s(morning.delivery_end)
    if family.half_day is HalfDay.AFTERNOON:
        return hhmm_to_s(afternoon.delivery_start), hhmm_to_s(afternoon.delivery_end)
    return None


def half_vehicles(vans: Sequence[ParcelVan], kind: ServiceKind = PARCELS) -> list[Vehicle]:
    """Each van as a morning and an afternoon vehicle (the lunch break between them)."""
    out = []
    for van in vans:
        for half, shift in zip(("am", "pm"), kind.shifts, strict=True):
            out.append(
                Vehicle(
                    id=f"{van.id}-{half}",
                    start_depot=WAREHOUSE_ID,
                    end_depot=WAREHOUSE_ID,
                    shift_start_s=hhmm_to_s(shift.depot_departure),
                    shift_end_s=hhmm_to_s(shift.drivers_off),
                    capacity=(van.kg, van.litres),
                    fixed_cost=VAN_FIXED_COST,
                    skills=van.skills,
                    reload_s=round(kind.reload_min * 60),
                )
            )
    return out


def parcel_stop(delivery: Delivery, location: int, kind: ServiceKind = PARCELS) -> Stop:
    """A delivery as a routing stop at matrix `location`: its parcels' kg and litres, its
    window, service time (longer for two people up the stairs) and skill."""
    f = delivery.family
    two = f.needs_two_people
    return Stop(
        id=delivery.id,
        location=location,
        demand=(f.kg, f.litres),
        window=stop_window(f, kind),
        service_s=round((TWO_PERSON_SERVICE_MIN if two else kind.service_min) * 60),
        required_skills=frozenset({TWO_PERSON}) if two else frozenset(),
        meal_type=MEAL_TYPE,
        lat=f.lat,
        lon=f.lon,
    )


def day_problem(
    warehouse: Warehouse,
    matrix: BuildingMatrix,
    vans: Sequence[ParcelVan],
    items: Sequence[Delivery],
    kind: ServiceKind = PARCELS,
) -> Problem:
    """The routing problem of one parcel day (see the module docstring)."""
    buildings = sorted({building_of(d.family) for d in items}, key=lambda b: matrix.row[b])
    location = {b: 1 + i for i, b in enumerate(buildings)}
    rows = [0] + [matrix.row[b] for b in buildings]
    depot = Depot(
        WAREHOUSE_ID,
        0,
        hhmm_to_s(kind.depot_opens or warehouse.opens),
        hhmm_to_s(kind.depot_closes or warehouse.closes),
        warehouse.lat,
        warehouse.lon,
    )
    stops = [
        parcel_stop(d, location[building_of(d.family)], kind)
        for d in sorted(items, key=lambda d: d.id)
    ]
    return Problem(
        depots=(depot,),
        vehicles=tuple(half_vehicles(vans, kind)),
        stops=tuple(stops),
        duration_s=matrix.duration_s[np.ix_(rows, rows)],
        distance_m=matrix.distance_m[np.ix_(rows, rows)],
        max_ride_s={},
    )
