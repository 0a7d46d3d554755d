"""The trip model: every trip is a virtual vehicle leaving a kitchen with one load.

Arcs back to the kitchen take no time for the trip's clock (their cost stays real) and each trip's
duration is capped at the ride limit, so a route-duration constraint *is* the food-safety limit
(see docs/routing.md and the shared design note). Trip types group interchangeable trips: same
kitchen, capacity, skills, costs, ride cap and departure window; which van runs which trip is
decided later by the packer.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from routing.model import Vehicle
from routing.nodes import UNREACHABLE_S, IntArray, Nodes


@dataclass(frozen=True, slots=True)
class TripType:
    """A class of interchangeable trip-vehicles, `count` of them, runnable by `van_ids`."""

    depot: int
    van_ids: tuple[str, ...]
    count: int
    capacity: tuple[int, ...]
    ride_cap_s: int
    departure_early_s: int
    departure_late_s: int
    cost_class: int
    allowed: tuple[bool, ...]
    """Per node: may a trip of this type serve it (depots: False)."""
    latest_end_s: int | None = None
    """Latest service start at the trip's last stop (waves: the next wave must be reachable)."""
    fixed_cost: int = 0
    """Cost of using one trip of this type (the fleet objective prices vans and reloads)."""


@dataclass(frozen=True, eq=False)
class TripModel:
    """Nodes, trip types, arc costs per cost class, drop penalties and the time horizon."""

    nodes: Nodes
    types: tuple[TripType, ...]
    arc_cost: tuple[IntArray, ...]
    penalty: IntArray
    horizon_s: int

    @property
    def num_trip_vehicles(self) -> int:
        """Total number of virtual trip-vehicles."""
        return sum(t.count for t in self.types)

    def vehicle_types(self) -> list[int]:
        """Type index of every trip-vehicle, types in order, `count` each."""
        return [i for i, t in enumerate(self.types) for _ in range(t.count)]

    def trip_time_matrix(self) -> IntArray:
        """Arc time for the trip clock: service at the origin plus travel; 0 back to a kitchen."""
        nodes = self.nodes
        matrix = nodes.service_s[:, None] + nodes.travel_s
        matrix[:, : nodes.num_depots] = 0
        np.fill_diagonal(matrix, 0)
        return np.minimum(matrix, UNREACHABLE_S)


@dataclass(frozen=True, slots=True)
class RoutedTrip:
    """A trip found by an engine: its type and the stop nodes in visiting order."""

    type_index: int
    sequence: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class VanClass:
    """Vans that are interchangeable for routing (same kitchen, load, skills, costs, shift)."""

    vans: tuple[Vehicle, ...] = field(default=())

    @property
    def first(self) -> Vehicle:
        """A representative van."""
        return self.vans[0]


def van_classes(vans: tuple[Vehicle, ...]) -> list[VanClass]:
    """Group vans that only differ by id, in first-appearance order."""
    groups: dict[tuple[object, ...], list[Vehicle]] = defaultdict(list)
    for van in vans:
        key = (
            van.start_depot,
            van.end_depot,
            van.capacity,
            van.skills,
            van.cost_per_s,
            van.cost_per_m,
            van.reload_s,
            van.shift_start_s,
            van.shift_end_s,
        )
        groups[key].append(van)
    return [VanClass(tuple(group)) for group in groups.values()]


def _allowed(nodes: Nodes, van: Vehicle, ride_cap_s: int) -> tuple[bool, ...]:
    flags = [False] * nodes.num_depots
    for i, stop in enumerate(nodes.stops):
        node = nodes.num_depots + i
        flags.append(
            stop.required_skills <= van.skills
            and all(q <= c for q, c in zip(stop.demand, van.capacity, strict=True))
            and int(nodes.ride_limit_s[node]) >= ride_cap_s
        )
    return tuple(flags)


def _pool_count(nodes: Nodes, vc: VanClass, depot: int, allowed: tuple[bool, ...]) -> int:
    """How many trip-vehicles a pool needs: enough for the load, never more than vans can run."""
    stop_nodes = [n for n, ok in enumerate(allowed) if ok]
    if not stop_nodes:
        return 0
    van = vc.first
    round_trip = min(
        int(nodes.travel_s[depot, n] + nodes.service_s[n] + nodes.travel_s[n, depot])
        for n in stop_nodes
    )
    shift = van.shift_end_s - van.shift_start_s
    per_van = (shift + van.reload_s) // max(1, round_trip + van.reload_s)
    if van.max_trips is not None:
        per_van = min(per_van, van.max_trips)
    demand = nodes.demand[stop_nodes].sum(axis=0)
    loads = max(
        (math.ceil(int(d) / c) if c > 0 else 0 for d, c in zip(demand, van.capacity, strict=True)),
        default=1,
    )
    wanted = 3 * max(1, loads) + min(len(vc.vans), 4)
    return int(min(len(stop_nodes), len(vc.vans) * per_van, wanted))


def ride_caps(nodes: Nodes) -> list[int]:
    """Distinct ride caps for trip types: one per ride limit among the stops, tightest first."""
    stop_limits = nodes.ride_limit_s[nodes.num_depots :]
    return sorted({int(x) for x in stop_limits})


def build_trip_model(
    nodes: Nodes,
    horizon_s: int,
    penalty: IntArray,
    van_cost: int = 0,
) -> TripModel:
    """A pool of trips for every van class and ride cap, leaving anywhere in the class's shift.

    With `van_cost` (the fleet objective), a trip of a single-trip van costs a whole van, and any
    other trip the van time of its reload, so the router saves trips where that saves vans.
    """
    problem = nodes.problem
    classes = van_classes(problem.vehicles)
    cost_keys: list[tuple[int, int]] = []
    types: list[TripType] = []
    for vc in classes:
        van = vc.first
        depot = nodes.depot_node(van.start_depot)
        kitchen = problem.depots[depot]
        first = max(van.shift_start_s, kitchen.open_s)
        last = min(van.shift_end_s, kitchen.close_s)
        key = (van.cost_per_s, van.cost_per_m)
        if key not in cost_keys:
            cost_keys.append(key)
        for cap in ride_caps(nodes):
            allowed = _allowed(nodes, van, cap)
            if not any(allowed):
                continue
            count = _pool_count(nodes, vc, depot, allowed)
            if count == 0 or first > last:
                continue
            types.append(
                TripType(
                    depot=depot,
                    van_ids=tuple(v.id for v in vc.vans),
                    count=count,
                    capacity=van.capacity,
                    ride_cap_s=min(cap, horizon_s, van.shift_end_s - first),
                    departure_early_s=first,
                    departure_late_s=last,
                    cost_class=cost_keys.index(key),
                    allowed=allowed,
                    fixed_cost=_trip_cost(van, van_cost),
                )
            )
    arc_cost = tuple(
        np.minimum(per_s * nodes.travel_s + per_m * nodes.distance_m, UNREACHABLE_S)
        for per_s, per_m in cost_keys
    )
    return TripModel(nodes, tuple(types), arc_cost, penalty, horizon_s)


def _trip_cost(van: Vehicle, van_cost: int) -> int:
    if van_cost == 0:
        return 0
    if van.max_trips == 1:
        return van_cost
    return van.reload_s * van.cost_per_s


def _max_tail_s(nodes: Nodes, depot: int, allowed: tuple[bool, ...]) -> int:
    """Longest service-plus-drive-back among the stops a trip may serve."""
    tails = [
        int(nodes.service_s[n] + nodes.travel_s[n, depot]) for n, ok in enumerate(allowed) if ok
    ]
    return max(tails, default=0)


def build_wave_model(nodes: Nodes, horizon_s: int, penalty: IntArray) -> TripModel:
    """Trips at fixed departure waves per van, staggered across the vans of each kitchen.

    A van leaves every `limit + longest tail + reload` seconds, so its waves never overlap; the
    vans of one kitchen are offset by a fraction of that spacing, so some van leaves every few
    minutes and narrow windows find a departure that suits them. Uses the tightest ride limit.
    """
    problem = nodes.problem
    cap = min(ride_caps(nodes), default=horizon_s)
    cost_keys: list[tuple[int, int]] = []
    types: list[TripType] = []
    per_depot: dict[str, list[Vehicle]] = defaultdict(list)
    for van in problem.vehicles:
        per_depot[van.start_depot].append(van)
    for depot_id, vans in per_depot.items():
        depot = nodes.depot_node(depot_id)
        kitchen = problem.depots[depot]
        for j, van in enumerate(vans):
            allowed = _allowed(nodes, van, cap)
            if not any(allowed):
                continue
            key = (van.cost_per_s, van.cost_per_m)
            if key not in cost_keys:
                cost_keys.append(key)
            tail = _max_tail_s(nodes, depot, allowed)
            spacing = min(cap, horizon_s) + tail + van.reload_s
            first = max(van.shift_start_s, kitchen.open_s)
            last = min(van.shift_end_s, kitchen.close_s)
            offset = spacing * j // len(vans)
            starts = [first] if offset > 0 else []
            starts += list(range(first + offset, last + 1, max(1, spacing)))
            if van.max_trips is not None:
                starts = starts[: van.max_trips]
            for k, start in enumerate(starts):
                next_start = (
                    starts[k + 1] if k + 1 < len(starts) else van.shift_end_s + van.reload_s
                )
                latest_end = next_start - van.reload_s - tail
                if latest_end <= start:
                    continue
                types.append(
                    TripType(
                        depot=depot,
                        van_ids=(van.id,),
                        count=1,
                        capacity=van.capacity,
                        ride_cap_s=min(cap, horizon_s),
                        departure_early_s=start,
                        departure_late_s=start,
                        cost_class=cost_keys.index(key),
                        allowed=allowed,
                        latest_end_s=latest_end,
                    )
                )
    arc_cost = tuple(
        np.minimum(per_s * nodes.travel_s + per_m * nodes.distance_m, UNREACHABLE_S)
        for per_s, per_m in cost_keys
    )
    return TripModel(nodes, tuple(types), arc_cost, penalty, horizon_s)
