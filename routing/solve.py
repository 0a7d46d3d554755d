"""`solve(problem, params) -> Solution`: the routing engine's entry point.

Pipeline: pre-check each stop (explained reasons), route trips as vehicles (PyVRP warm start,
OR-Tools for the full model), pack trips onto vans in time (CP-SAT), assemble the plain solution,
and explain every stop that did not fit.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from routing.assemble import ScheduledTrip, build_solution
from routing.engine_ortools import OrtoolsParams, route_with_ortools
from routing.engine_pyvrp import route_with_pyvrp
from routing.explain import explain_dropped
from routing.model import Problem, Solution, SolveParams, SolveStats, Stop
from routing.nodes import IntArray, Nodes, build_nodes
from routing.packing import Packed, TripToPack, VanSlot, pack_cpsat
from routing.precheck import precheck
from routing.timing import TripTiming, trip_timing
from routing.trips import RoutedTrip, TripModel, build_trip_model

DAY_S = 86_400


@dataclass(frozen=True, slots=True)
class _Budget:
    """Wall-time budget split across the stages (seconds)."""

    started: float
    total_s: float

    def left_s(self) -> float:
        return max(0.0, self.total_s - (time.perf_counter() - self.started))


def _horizon_s(problem: Problem) -> int:
    ends = [v.shift_end_s for v in problem.vehicles] + [
        s.window[1] for s in problem.stops if s.window is not None
    ]
    return max([DAY_S, *ends])


def _penalties(nodes: Nodes, base: int | None) -> IntArray:
    """Drop penalty per node: above any stop's round-trip cost, scaled by (1 + priority)."""
    num_depots = nodes.num_depots
    penalty = np.zeros(nodes.num_nodes, dtype=np.int64)
    if nodes.num_nodes == num_depots:
        return penalty
    if base is None:
        travel = nodes.travel_s
        out = travel[:num_depots, num_depots:].min(axis=0)
        back = travel[num_depots:, :num_depots].min(axis=1)
        costliest = max(v.cost_per_s for v in nodes.problem.vehicles) * int((out + back).max())
        metres = nodes.distance_m
        round_m = metres[:num_depots, num_depots:].min(axis=0) + metres[
            num_depots:, :num_depots
        ].min(axis=1)
        costliest += max(v.cost_per_m for v in nodes.problem.vehicles) * int(round_m.max())
        base = 2 * costliest + 1000
    for i, stop in enumerate(nodes.stops):
        penalty[num_depots + i] = base * (1 + max(0, stop.priority))
    return penalty


def _route(model: TripModel, params: SolveParams, budget_s: float) -> list[RoutedTrip]:
    """Trips from the chosen engine(s) within `budget_s`."""
    if params.engine == "pyvrp":
        return route_with_pyvrp(model, budget_s, params.seed)
    if params.engine == "ortools":
        return route_with_ortools(model, OrtoolsParams(budget_s))
    started = time.perf_counter()
    warm = route_with_pyvrp(model, budget_s * params.warm_start_share, params.seed)
    rest = budget_s - (time.perf_counter() - started)
    if rest < 0.05:
        return warm
    return route_with_ortools(model, OrtoolsParams(rest), warm)


def _timing(model: TripModel, trip: RoutedTrip) -> TripTiming:
    trip_type = model.types[trip.type_index]
    return trip_timing(
        model.nodes,
        trip_type.depot,
        list(trip.sequence),
        trip_type.departure_early_s,
        trip_type.departure_late_s,
    )


def _valid(model: TripModel, trip: RoutedTrip) -> bool:
    """Engines' trips are re-checked: allowed stops, load within capacity, a feasible departure."""
    trip_type = model.types[trip.type_index]
    if not trip.sequence or not all(trip_type.allowed[n] for n in trip.sequence):
        return False
    load = model.nodes.demand[list(trip.sequence)].sum(axis=0)
    if any(int(q) > c for q, c in zip(load, trip_type.capacity, strict=True)):
        return False
    return _timing(model, trip).feasible


def _van_slots(nodes: Nodes) -> list[VanSlot]:
    problem = nodes.problem
    slots = []
    for van in problem.vehicles:
        start = problem.depot(van.start_depot).location
        end = problem.depot(van.end_depot).location
        extra = 0 if start == end else int(np.ceil(problem.duration_s[start, end]))
        slots.append(VanSlot(van, extra))
    return slots


def _eligible_vans(model: TripModel, trip: RoutedTrip, slots: list[VanSlot]) -> tuple[int, ...]:
    """Vans that may run a trip: same kitchen and costs as its type, enough room and skills."""
    trip_type = model.types[trip.type_index]
    nodes = model.nodes
    depot_id = nodes.problem.depots[trip_type.depot].id
    load = nodes.demand[list(trip.sequence)].sum(axis=0)
    skills = frozenset().union(*(nodes.stop_of(n).required_skills for n in trip.sequence))
    reference = nodes.problem.vehicles
    first = next(v for v in reference if v.id == trip_type.van_ids[0])
    return tuple(
        i
        for i, slot in enumerate(slots)
        if slot.vehicle.start_depot == depot_id
        and (slot.vehicle.cost_per_s, slot.vehicle.cost_per_m)
        == (first.cost_per_s, first.cost_per_m)
        and all(int(q) <= c for q, c in zip(load, slot.vehicle.capacity, strict=True))
        and skills <= slot.vehicle.skills
    )


def _pack(
    model: TripModel, trips: list[RoutedTrip], params: SolveParams, budget_s: float
) -> tuple[dict[str, list[ScheduledTrip]], list[RoutedTrip]]:
    """Scheduled trips per van id, and the routed trips that did not fit any van."""
    slots = _van_slots(model.nodes)
    to_pack = [
        TripToPack(
            key=i,
            timing=_timing(model, trip),
            vans=_eligible_vans(model, trip, slots),
            weight=int(model.penalty[list(trip.sequence)].sum()),
        )
        for i, trip in enumerate(trips)
    ]
    packed: list[Packed] = pack_cpsat(to_pack, slots, budget_s, params.seed, params.deterministic)
    plan: dict[str, list[ScheduledTrip]] = {}
    placed = set()
    for p in packed:
        trip = trips[p.key]
        depot = model.types[trip.type_index].depot
        plan.setdefault(slots[p.van].vehicle.id, []).append(
            ScheduledTrip(depot, trip.sequence, p.departure_s)
        )
        placed.add(p.key)
    return plan, [t for i, t in enumerate(trips) if i not in placed]


def solve(problem: Problem, params: SolveParams | None = None) -> Solution:
    """Plan routes for `problem` within `params.time_limit_s`; every stop served or explained."""
    params = params or SolveParams()
    budget = _Budget(time.perf_counter(), params.time_limit_s)
    failures = precheck(problem)
    routable = tuple(s for s in problem.stops if s.id not in failures)
    horizon = _horizon_s(problem)
    latest_return = max((v.shift_end_s for v in problem.vehicles), default=horizon)
    nodes = build_nodes(problem, routable, horizon, latest_return)
    model = build_trip_model(nodes, horizon, _penalties(nodes, params.drop_penalty))
    pack_reserve = min(2.0, 0.1 * params.time_limit_s)
    trips = [t for t in _route(model, params, budget.left_s() - pack_reserve) if _valid(model, t)]
    plan, left_over = _pack(model, trips, params, max(0.1, budget.left_s()))
    served = {n for scheduled in plan.values() for t in scheduled for n in t.sequence}
    dropped: list[Stop] = [
        nodes.stop_of(n) for n in range(nodes.num_depots, nodes.num_nodes) if n not in served
    ]
    short_s = sum(_timing(model, t).offset_s for t in left_over)
    unserved = list(failures.values()) + explain_dropped(problem, list(routable), dropped, short_s)
    stats = SolveStats(
        engine=params.engine,
        runtime_s=time.perf_counter() - budget.started,
        trips_routed=len(trips),
        notes=(f"{len(left_over)} routed trips did not fit the vans",) if left_over else (),
    )
    return build_solution(nodes, plan, unserved, stats)
