"""Routing problems of a changed town: several kitchens, a travel-time factor, one matrix.

The day planner (`scheduler.day_plan.build_problem`) knows one kitchen and computes a matrix
per shift; a simulation solves hundreds of shifts of the same town, so the travel matrix over
every kitchen and household is computed once per world and sliced per shift.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from domain.clock import hhmm_to_s
from domain.fleet import Crew
from domain.households import Household
from geodata.matrix import travel_matrices
from geodata.road import FloatArray
from geodata.snapping import off_road_points
from routing.model import Depot, Problem, Stop, Vehicle
from scheduler.simulation.apply import ChangeError, World


@dataclass(frozen=True, slots=True)
class WorldMatrix:
    """Travel times (s, before the factor) and distances (m) over kitchens then households.

    Rows 0..K-1 are the kitchens in `World.kitchens` order; `row[ref]` is a household's row.
    Households off the road network have infinite rows and a reason in `off_road`.
    """

    row: Mapping[str, int]
    duration_s: FloatArray
    distance_m: FloatArray
    off_road: Mapping[str, str]


def world_matrix(world: World) -> WorldMatrix:
    """The matrix of every kitchen and household of `world`; a kitchen off the road raises."""
    road = world.town.road
    kitchens = [(k.lat, k.lon) for k in world.kitchens]
    homes = [(h.lat, h.lon) for h in world.town.households]
    refs = [h.ref for h in world.town.households]
    for error in off_road_points(road, kitchens, [k.name for k in world.kitchens]):
        raise ChangeError(
            f"add_kitchens: kitchen {error.label!r} at ({error.lat:.6f}, {error.lon:.6f}) is "
            f"{error.distance_m:,.0f} m from the nearest drivable road (limit "
            f"{error.limit_m:,.0f} m); put it beside a street inside the map"
        )
    bad = {
        e.label: f"{e.distance_m:,.0f} m from the nearest drivable road"
        for e in off_road_points(road, homes, refs)
    }
    points = kitchens + [p for p, ref in zip(homes, refs, strict=True) if ref not in bad]
    good = list(range(len(kitchens))) + [
        len(kitchens) + i for i, ref in enumerate(refs) if ref not in bad
    ]
    n = len(kitchens) + len(refs)
    duration = np.full((n, n), np.inf)
    distance = np.full((n, n), np.inf)
    np.fill_diagonal(duration, 0.0)
    np.fill_diagonal(distance, 0.0)
    matrices = travel_matrices(road, points)
    duration[np.ix_(good, good)] = matrices.duration_s
    distance[np.ix_(good, good)] = matrices.distance_m
    row = {ref: len(kitchens) + i for i, ref in enumerate(refs)}
    return WorldMatrix(row, duration, distance, {str(k): v for k, v in bad.items()})


def shift_problem(
    world: World,
    matrix: WorldMatrix,
    shift: str,
    due: Sequence[Household],
    crews: Sequence[Crew],
    van_fixed_cost: int = 0,
) -> Problem:
    """The routing problem of one shift: every kitchen a depot, each van at its own kitchen.

    `van_fixed_cost` (in driving-second units) makes the solver use as few vans as it can, so
    "vans used" reads as "vans needed".
    """
    cfg = world.town.settings
    times = cfg.shift(shift)
    start_s, end_s = hhmm_to_s(times.kitchen_departure), hhmm_to_s(times.drivers_off)
    window = (hhmm_to_s(times.delivery_start), hhmm_to_s(times.delivery_end))
    rows = list(range(len(world.kitchens))) + [matrix.row[h.ref] for h in due]
    duration = matrix.duration_s[np.ix_(rows, rows)] * world.travel_time_factor
    distance = matrix.distance_m[np.ix_(rows, rows)]
    depots = [
        Depot(depot_id, i, start_s, end_s, k.lat, k.lon)
        for i, (depot_id, k) in enumerate(zip(world.depot_ids, world.kitchens, strict=True))
    ]
    stops = [
        Stop(
            id=h.ref,
            location=len(depots) + i,
            demand=(h.portions,),
            window=window,
            service_s=round(cfg.service_min * 60),
            required_skills=frozenset(h.required_skills),
            lat=h.lat,
            lon=h.lon,
        )
        for i, h in enumerate(due)
    ]
    vehicles = [
        Vehicle(
            id=crew.id,
            start_depot=world.van_kitchen[crew.van.id],
            end_depot=world.van_kitchen[crew.van.id],
            shift_start_s=start_s,
            shift_end_s=end_s,
            capacity=(crew.van.capacity_meals,),
            fixed_cost=van_fixed_cost,
            skills=crew.skills,
            reload_s=round(cfg.reload_min * 60),
        )
        for crew in crews
    ]
    return Problem(
        depots=tuple(depots),
        vehicles=tuple(vehicles),
        stops=tuple(stops),
        duration_s=duration,
        distance_m=distance,
        max_ride_s={"hot": cfg.max_ride_min * 60},
    )
