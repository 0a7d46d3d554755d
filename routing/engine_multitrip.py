"""PyVRP's own multi-trip model (vans reload at their kitchen), blind to the ride-time limit.

Used as a second engine when the trip pool does not fit the vans: it plans van time (shifts,
reloads, windows) directly. Its trips are then cut back to what the ride limit allows and packed
like any other trips, so every plan still honours the limit.
"""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

import numpy as np
from pyvrp import (
    Activity,
    ActivityType,
    Client,
    Location,
    ProblemData,
    Route,
    Solution,
    VehicleType,
)
from pyvrp import Depot as PyvrpDepot

from routing.engine_pyvrp import FORBIDDEN, run_search
from routing.trips import TripModel, van_classes


@dataclass(frozen=True, slots=True)
class VanTrip:
    """A trip of van `van` (index in the problem's vehicles) leaving at `departure_s`."""

    van: int
    sequence: tuple[int, ...]
    departure_s: int


def _data(
    model: TripModel,
    van_cost: int = 0,
    vans: Collection[int] | None = None,
    required: bool = False,
) -> tuple[ProblemData, list[list[int]]]:
    """PyVRP data with one vehicle type per van class, and the van indices of each type;
    `van_cost` is added to each used van's fixed cost (the fleet objective); `vans` (indices in
    the problem's vehicles) limits the fleet to those vans; `required` makes every stop
    required (a plan is feasible only when it serves them all) instead of a prize."""
    nodes = model.nodes
    problem = nodes.problem
    num_depots = nodes.num_depots
    reload_at = [
        max((v.reload_s for v in problem.vehicles if v.start_depot == d.id), default=0)
        for d in problem.depots
    ]
    depots = [PyvrpDepot(location=i, service_duration=reload_at[i]) for i in range(num_depots)]
    clients = [
        Client(
            location=node,
            delivery=[int(q) for q in nodes.demand[node]],
            service_duration=int(nodes.service_s[node]),
            tw_early=int(nodes.window_early_s[node]),
            tw_late=int(nodes.window_late_s[node]),
            prize=0 if required else int(model.penalty[node]),
            required=required,
        )
        for node in range(num_depots, nodes.num_nodes)
    ]
    position = {v.id: i for i, v in enumerate(problem.vehicles)}
    keys: list[tuple[int, tuple[bool, ...]]] = []
    distances: list[Any] = []
    types = []
    members = []
    for vc in van_classes(problem.vehicles):
        van = vc.first
        depot = nodes.depot_node(van.start_depot)
        own = [i for i, t in enumerate(model.types) if van.id in t.van_ids]
        fleet = [position[v.id] for v in vc.vans if vans is None or position[v.id] in vans]
        if not own or not fleet:
            continue
        allowed = tuple(any(model.types[i].allowed[n] for i in own) for n in range(nodes.num_nodes))
        cost_class = model.types[own[0]].cost_class
        key = (cost_class, allowed)
        if key not in keys:
            keys.append(key)
            cost = model.arc_cost[cost_class].copy()
            forbidden = ~np.array(allowed)
            forbidden[:num_depots] = False
            cost[:, forbidden] = FORBIDDEN
            np.fill_diagonal(cost, 0)  # PyVRP requires zero diagonals
            distances.append(cost)
        kitchen = problem.depots[depot]
        extra: dict[str, Any] = {}
        if van.max_trips is not None:
            extra["max_reloads"] = max(0, van.max_trips - 1)
        types.append(
            VehicleType(
                num_available=len(fleet),
                fixed_cost=van.fixed_cost + van_cost,
                capacity=list(van.capacity),
                start_depot=depot,
                end_depot=nodes.depot_node(van.end_depot),
                # PyVRP spends the depot's service duration (the reload) at the route's start
                # too: start that much earlier, so the first trip may leave at the shift start.
                tw_early=max(0, max(van.shift_start_s, kitchen.open_s) - reload_at[depot]),
                tw_late=van.shift_end_s,
                reload_depots=[depot],
                profile=keys.index(key),
                **extra,
            )
        )
        members.append(fleet)
    durations: list[Any] = [np.minimum(nodes.travel_s, FORBIDDEN)] * len(distances)
    locations = [Location(0.0, 0.0) for _ in range(nodes.num_nodes)]
    data = ProblemData(locations, clients, depots, types, distances, durations)
    return data, members


def _initial(
    data: ProblemData, model: TripModel, members: list[list[int]], trips: list[VanTrip]
) -> Solution | None:
    """PyVRP's multi-trip solution of earlier van schedules (None if a van has no type)."""
    type_of = {van: t for t, vans in enumerate(members) for van in vans}
    num_depots = model.nodes.num_depots
    by_van: dict[int, list[VanTrip]] = {}
    for trip in trips:
        by_van.setdefault(trip.van, []).append(trip)
    routes = []
    for van, own in by_van.items():
        if van not in type_of:
            return None
        depot = data.vehicle_type(type_of[van]).start_depot
        activities: list[Activity] = []
        for k, trip in enumerate(sorted(own, key=lambda t: t.departure_s)):
            if k:
                activities.append(Activity(ActivityType.DEPOT, depot))
            activities += [Activity(ActivityType.CLIENT, n - num_depots) for n in trip.sequence]
        routes.append(Route(data, activities, type_of[van]))
    return Solution(data, routes)


def route_multitrip(
    model: TripModel,
    time_limit_s: float,
    seed: int,
    max_iterations: int | None = None,
    initial: list[VanTrip] | None = None,
    van_cost: int = 0,
    vans: Collection[int] | None = None,
    serve_all: bool = False,
) -> list[VanTrip]:
    """Van schedules from PyVRP's multi-trip search (ride limit ignored; cut back later),
    starting from `initial` when given, on the vans `vans` (indices; default every van).

    With `serve_all` every stop is required and the search ends at its first plan serving them
    all (none when it finds none in time): the test of a smaller fleet."""
    if not model.types or model.nodes.num_nodes == model.nodes.num_depots:
        return []
    started = time.perf_counter()
    data, members = _data(model, van_cost, vans, serve_all)
    if data.num_vehicle_types == 0:
        return []
    start = _initial(data, model, members, initial) if initial else None
    left_s = time_limit_s - (time.perf_counter() - started)
    best = run_search(data, left_s, seed, max_iterations, start, first_feasible=serve_all)
    if not best.is_feasible():
        return []
    num_depots = model.nodes.num_depots
    free = [list(m) for m in members]
    trips: list[VanTrip] = []
    for route in best.routes():
        van = free[route.vehicle_type()].pop(0)
        sequence: list[int] = []
        departure = 0
        for activity in route.schedule():
            if activity.type == ActivityType.DEPOT:
                if sequence:
                    trips.append(VanTrip(van, tuple(sequence), departure))
                    sequence = []
                departure = activity.end_time
            elif activity.type == ActivityType.CLIENT:
                sequence.append(num_depots + activity.idx)
        if sequence:
            trips.append(VanTrip(van, tuple(sequence), departure))
    return trips
