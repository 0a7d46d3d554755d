"""Route consistency: keep each household with yesterday's driver where the plan allows.

Elderly clients trust a familiar face. Routes of interchangeable crews (same capacity, shift,
skills and kitchen) can be handed to any of them at no cost in driving, so the crews are matched
to routes to maximise the households who keep their driver (an assignment problem).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import numpy as np
from scipy.optimize import linear_sum_assignment

from routing.model import Problem, Solution, Vehicle


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
