"""The one routing-problem builder: kitchens and households → travel matrix → a shift's problem.

A day plan builds the matrix of its kitchen and the households due; a simulation builds one
matrix over every kitchen and household of a changed town and slices it per shift. Both go
through `travel_matrix` and `shift_problem`, so the same town and day give the same problem
whichever of them asks.

Locations: the kitchens first (rows 0..K-1, in the order given), then the households due in the
order given. A household that cannot be snapped to the road keeps its place with unreachable
(infinite) travel times, so the solver reports it as unreachable instead of failing;
`explain_off_road` then says how far from the road it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from domain.clock import hhmm_to_s
from domain.fleet import Crew
from domain.households import Household
from domain.kitchens import Kitchen
from geodata.matrix import travel_matrices
from geodata.road import FloatArray, RoadGraph
from geodata.snapping import off_road_points, snap_points
from routing.model import Depot, Problem, Solution, Stop, Unserved, UnservedReason, Vehicle
from scheduler.settings import SchedulerSettings

KITCHEN_ID = "kitchen"
"""Depot id of a town's (first) kitchen; further kitchens are "kitchen-2", "kitchen-3", …"""


@dataclass(frozen=True, slots=True)
class TravelMatrix:
    """Travel times (s) and distances (m) over kitchens, then households.

    Rows 0..K-1 are the kitchens in the order given to `travel_matrix`; `row[ref]` is a
    household's row. Households off the road network have infinite rows and a reason in
    `off_road`.
    """

    row: Mapping[str, int]
    duration_s: FloatArray
    distance_m: FloatArray
    off_road: Mapping[str, str]


def depot_matrix(
    road: RoadGraph,
    depots: Sequence[tuple[float, float]],
    depot_names: Sequence[str],
    homes: Mapping[str, tuple[float, float]],
) -> TravelMatrix:
    """The matrix of `depots` (rows 0..D-1) then `homes` (key → lat, lon; rows in the mapping's
    order), in one Dijkstra pass. A depot off the road raises
    `geodata.errors.PointOffRoadError` (there is nothing to plan from it); a home off the road
    gets infinite rows and its distance in `off_road`."""
    snap_points(road, list(depots), list(depot_names))
    keys = list(homes)
    points = [homes[key] for key in keys]
    off_road = {
        str(e.label): f"{e.distance_m:,.0f} m from the nearest drivable road"
        for e in off_road_points(road, points, keys)
        if e.label
    }
    d = len(depots)
    good = list(range(d)) + [d + i for i, key in enumerate(keys) if key not in off_road]
    reachable = list(depots) + [
        p for p, key in zip(points, keys, strict=True) if key not in off_road
    ]
    n = d + len(keys)
    duration = np.full((n, n), np.inf)
    distance = np.full((n, n), np.inf)
    np.fill_diagonal(duration, 0.0)
    np.fill_diagonal(distance, 0.0)
    matrices = travel_matrices(road, reachable)
    duration[np.ix_(good, good)] = matrices.duration_s
    distance[np.ix_(good, good)] = matrices.distance_m
    row = {key: d + i for i, key in enumerate(keys)}
    return TravelMatrix(row, duration, distance, off_road)


def travel_matrix(
    road: RoadGraph, kitchens: Sequence[Kitchen], households: Sequence[Household]
) -> TravelMatrix:
    """The matrix of `kitchens` then `households` (`depot_matrix`)."""
    return depot_matrix(
        road,
        [(k.lat, k.lon) for k in kitchens],
        [k.name for k in kitchens],
        {h.ref: (h.lat, h.lon) for h in households},
    )


def shift_problem(
    settings: SchedulerSettings,
    kitchens: Sequence[Kitchen],
    matrix: TravelMatrix,
    shift: str,
    due: Sequence[Household],
    crews: Sequence[Crew],
    *,
    depot_ids: Sequence[str] = (KITCHEN_ID,),
    van_depot: Mapping[str, str] | None = None,
    travel_time_factor: float = 1.0,
    van_fixed_cost: int = 0,
) -> Problem:
    """The routing problem of one shift: each kitchen a depot, each crew a vehicle.

    `kitchens` are the matrix's kitchens, named `depot_ids`; `van_depot` maps a van id to the
    depot it leaves from and returns to (default: the first). `travel_time_factor` multiplies
    every travel time (1.4 = everything 40% slower). `van_fixed_cost` (in driving-second units)
    makes the solver use as few vans as it can, so "vans used" reads as "vans needed".
    """
    if len(depot_ids) != len(kitchens):
        raise ValueError(f"{len(kitchens)} kitchens but {len(depot_ids)} depot ids")
    times = settings.shift(shift)
    start_s, end_s = hhmm_to_s(times.kitchen_departure), hhmm_to_s(times.drivers_off)
    window = (hhmm_to_s(times.delivery_start), hhmm_to_s(times.delivery_end))
    rows = list(range(len(kitchens))) + [matrix.row[h.ref] for h in due]
    duration = matrix.duration_s[np.ix_(rows, rows)] * travel_time_factor
    distance = matrix.distance_m[np.ix_(rows, rows)]
    depots = [
        Depot(depot_id, i, start_s, end_s, k.lat, k.lon)
        for i, (depot_id, k) in enumerate(zip(depot_ids, kitchens, strict=True))
    ]
    stops = [
        Stop(
            id=h.ref,
            location=len(depots) + i,
            demand=(h.portions,),
            window=window,
            service_s=round(settings.service_min * 60),
            required_skills=frozenset(h.required_skills),
            lat=h.lat,
            lon=h.lon,
        )
        for i, h in enumerate(due)
    ]
    home = dict(van_depot or {})
    vehicles = [
        Vehicle(
            id=crew.id,
            start_depot=home.get(crew.van.id, depot_ids[0]),
            end_depot=home.get(crew.van.id, depot_ids[0]),
            shift_start_s=start_s,
            shift_end_s=end_s,
            capacity=(crew.van.capacity_meals,),
            fixed_cost=van_fixed_cost,
            skills=crew.skills,
            reload_s=round(settings.reload_min * 60),
        )
        for crew in crews
    ]
    return Problem(
        depots=tuple(depots),
        vehicles=tuple(vehicles),
        stops=tuple(stops),
        duration_s=duration,
        distance_m=distance,
        max_ride_s={"hot": settings.max_ride_min * 60},
    )


def kitchen_problem(
    road: RoadGraph,
    settings: SchedulerSettings,
    kitchen: Kitchen,
    shift: str,
    due: Sequence[Household],
    crews: Sequence[Crew],
) -> tuple[Problem, dict[str, str]]:
    """A one-kitchen shift (what a day plan solves), and the households off the road (ref →
    why): the matrix covers only the kitchen and the households due."""
    matrix = travel_matrix(road, [kitchen], due)
    problem = shift_problem(settings, [kitchen], matrix, shift, due, crews)
    return problem, dict(matrix.off_road)


def explain_off_road(solution: Solution, off_road: Mapping[str, str]) -> Solution:
    """Replace the solver's generic 'unreachable' detail with the distance off the road."""
    unserved = tuple(
        Unserved(u.stop_id, UnservedReason.UNREACHABLE, off_road[u.stop_id])
        if u.stop_id in off_road
        else u
        for u in solution.unserved
    )
    return replace(solution, unserved=unserved)
