"""Route consistency: keep each household with yesterday's driver where the plan allows.

Elderly clients trust a familiar face. Routes of interchangeable crews (same capacity, shift,
skills and kitchen) can be handed to any of them at no cost in driving, so the crews are matched
to routes to maximise the households who keep their driver (an assignment problem).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np
from scipy.optimize import linear_sum_assignment

from routing.model import Problem, Solution, Trip, Vehicle
from routing.verify import verify
from scheduler.trip_edit import assemble, retime_trip, stop_ids


def driver_of(vehicle_id: str) -> str:
    """Driver id of a crew's routing vehicle id ("V1/D3" → "D3")."""
    return vehicle_id.rsplit("/", 1)[-1]


def drivers_by_household(solution: Solution) -> dict[str, str]:
    """Household ref → driver id of each served stop."""
    return {
        visit.stop_id: driver_of(route.vehicle_id)
        for route in solution.routes
        for trip in route.trips
        for visit in trip.visits
    }


def same_driver_share(previous: Mapping[str, str], solution: Solution) -> float | None:
    """Share of households served in both plans who have the same driver (None: no overlap)."""
    today = drivers_by_household(solution)
    common = [ref for ref in today if ref in previous]
    if not common:
        return None
    return sum(today[ref] == previous[ref] for ref in common) / len(common)


def _interchangeable(a: Vehicle, b: Vehicle) -> bool:
    """True when a route planned for `a` is equally valid for `b`."""
    return replace(a, id=b.id) == b


def keep_drivers(problem: Problem, solution: Solution, previous: Mapping[str, str]) -> Solution:
    """Hand routes to interchangeable crews so the most households keep yesterday's driver."""
    vehicles = {v.id: v for v in problem.vehicles}
    routes = list(solution.routes)
    for group in _groups(list(vehicles.values())):
        group_ids = [v.id for v in group]
        slots = [i for i, r in enumerate(routes) if r.vehicle_id in group_ids]
        if len(slots) == 0:
            continue
        score = np.zeros((len(slots), len(group_ids)))
        for row, slot in enumerate(slots):
            refs = [v.stop_id for t in routes[slot].trips for v in t.visits]
            for col, vehicle_id in enumerate(group_ids):
                driver = driver_of(vehicle_id)
                score[row, col] = sum(previous.get(ref) == driver for ref in refs)
                # Ties keep the solver's own assignment, so the relabelling is stable.
                score[row, col] += 1e-6 * (routes[slot].vehicle_id == vehicle_id)
        rows, cols = linear_sum_assignment(score, maximize=True)
        for row, col in zip(rows, cols, strict=True):
            routes[slots[row]] = replace(routes[slots[row]], vehicle_id=group_ids[col])
    routes.sort(key=lambda r: r.vehicle_id)
    return replace(solution, routes=tuple(routes))


def _groups(vehicles: list[Vehicle]) -> list[list[Vehicle]]:
    """Partition vehicles into groups of mutually interchangeable ones."""
    groups: list[list[Vehicle]] = []
    for vehicle in vehicles:
        for group in groups:
            if _interchangeable(group[0], vehicle):
                group.append(vehicle)
                break
        else:
            groups.append([vehicle])
    return groups


@dataclass(frozen=True, slots=True)
class _Move:
    extra_s: int
    vehicle_id: str
    trip_index: int
    trip: Trip


def _fits(problem: Problem, vehicle: Vehicle, trips: list[Trip], index: int, trip: Trip) -> bool:
    """True when `trip` may replace trips[index] of `vehicle`: load, windows, rides, timing."""
    stops = {s.id: s for s in problem.stops}
    if any(q > c for q, c in zip(trip.load, vehicle.capacity, strict=True)):
        return False
    for visit in trip.visits:
        stop = stops[visit.stop_id]
        limit = problem.ride_limit_s(stop)
        if stop.window is not None and visit.start_s > stop.window[1]:
            return False
        if (
            limit is not None and visit.ride_s > limit
        ) or not stop.required_skills <= vehicle.skills:
            return False
    if index + 1 < len(trips):
        return trip.return_s + vehicle.reload_s <= trips[index + 1].departure_s
    return trip.return_s <= min(vehicle.shift_end_s, problem.depot(trip.return_depot_id).close_s)


def _best_move(
    problem: Problem, trips: dict[str, list[Trip]], ref: str, driver: str, budget_s: int
) -> _Move | None:
    """The cheapest insertion of `ref` into a trip of `driver`, within `budget_s` extra driving."""
    vehicles = {v.id: v for v in problem.vehicles}
    best: _Move | None = None
    for vehicle_id, van_trips in trips.items():
        if driver_of(vehicle_id) != driver:
            continue
        for index, trip in enumerate(van_trips):
            ids = stop_ids(trip)
            for position in range(len(ids) + 1):
                candidate = retime_trip(problem, trip, [*ids[:position], ref, *ids[position:]])
                extra = candidate.driving_s - trip.driving_s
                if extra > budget_s or (best is not None and extra >= best.extra_s):
                    continue
                if _fits(problem, vehicles[vehicle_id], van_trips, index, candidate):
                    best = _Move(extra, vehicle_id, index, candidate)
    return best


def keep_households(
    problem: Problem, solution: Solution, previous: Mapping[str, str], penalty_s: int
) -> Solution:
    """Move households back to yesterday's driver when it costs at most `penalty_s` driving each.

    A small local search after the solver: each household whose driver changed is tried at
    every position of every trip of yesterday's driver; the cheapest feasible insertion wins if
    the extra driving is within the penalty. The result is verified; if anything is off, the
    solver's plan is kept.
    """
    trips = {r.vehicle_id: list(r.trips) for r in solution.routes}
    for ref in sorted(previous):
        home = next(
            ((vid, i) for vid, ts in trips.items() for i, t in enumerate(ts) if ref in stop_ids(t)),
            None,
        )
        if home is None or driver_of(home[0]) == previous[ref]:
            continue
        old = trips[home[0]][home[1]]
        shorter = retime_trip(problem, old, [i for i in stop_ids(old) if i != ref])
        saved = old.driving_s - shorter.driving_s
        move = _best_move(problem, trips, ref, previous[ref], penalty_s + saved)
        if move is None:
            continue
        trips[home[0]][home[1]] = shorter
        trips[move.vehicle_id][move.trip_index] = move.trip
        trips = {vid: [t for t in ts if t.visits] for vid, ts in trips.items()}
    edited = assemble(problem, trips, solution.unserved, solution.stats)
    return edited if not verify(problem, edited) else solution
