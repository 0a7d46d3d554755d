"""`solve(problem, params) -> Solution`: the routing engine's entry point.

Pipeline (see docs/routing.md):
1. pre-check each stop; those no van can serve even alone are explained and set aside;
2. route trips as vehicles (the ride limit is each trip's duration cap) with PyVRP (or OR-Tools
   for engine "ortools") for `first_share` of the budget;
3. pack the trips onto vans in time with CP-SAT (shifts, reloads, windows);
4. if every trip fits: polish with the rest of the budget (PyVRP continues, then OR-Tools
   improves its trips; engine "auto") and re-pack;
   if not: re-route at staggered departure waves, then repair rounds in OR-Tools with each
   van's trips at fixed departures plus spare trips in its idle gaps (the exact model);
5. assemble the plain solution; explain every stop that did not fit.

Determinism: with `SolveParams.deterministic`, PyVRP stops after a number of iterations,
OR-Tools after a number of solutions and CP-SAT after a deterministic-time budget, so the same
input and seed give the same plan (the time limit stays as a safety net). Without it the stages
stop on wall time and plans may differ slightly run to run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

from routing.assemble import ScheduledTrip, build_solution
from routing.explain import explain_dropped
from routing.greedy import BoolArray, GreedyTrip, greedy_plan
from routing.model import Problem, Solution, SolveParams, SolveStats, Unserved, Vehicle
from routing.nodes import UNREACHABLE_S, IntArray, Nodes, build_nodes
from routing.packing import Packed, TripToPack, VanSlot, is_valid_packing, pack_cpsat, pack_greedy
from routing.precheck import precheck
from routing.timing import TripTiming, trip_timing
from routing.trips import RoutedTrip, TripModel, build_trip_model, build_wave_model

if TYPE_CHECKING:
    from routing.engine_multitrip import VanTrip
    from routing.engine_ortools import OrtoolsParams
    from routing.engine_schedule import Slot, SlotTrip

# The engines (PyVRP, OR-Tools routing, CP-SAT) are imported by the stages that use them: importing
# them costs seconds of wall time (CP-SAT loads pandas) that the first plan does not need.

DAY_S = 86_400
MIN_STAGE_S = 0.05
"""Stages with less time left than this are skipped."""
REPAIR_FIRST_SHARE = 0.5
"""Share of the time left each repair round of a near-miss pool takes."""
ORTOOLS_MAX_STOPS = 600
"""Above this many stops the OR-Tools stages (polish, repair) are skipped."""
SCRATCH_MAX_STOPS = 600
"""Above this many stops no engine starts from scratch (its first exhaustive pass is unbounded
in time); every search starts from the greedy plan instead."""
DESCENT_PER_FIRST_PLAN = 8.0
"""PyVRP's first local search from the greedy plan runs to a local optimum before any time check
(measured at 1,500 parcel stops: 1.9 s of CPU, ~7× the 0.26 s to the first plan; both grow
with stops² and with the machine's load). A reload day's search starts only when the time left
exceeds this × the first plan's wall time, else the first plan stands (the budget is a bound)."""
RELOAD_SCRATCH_MAX_STOPS = 2000
"""Reload days up to this size (driving objective) start the multi-trip search from scratch,
not from the greedy plan: measured at 1,500 parcel stops, 92,698 against 97,262 s at 10 s and
77,685 against 76,913 s at 60 s (one run each). Under the fleet objective the greedy plan's
van count is the better start."""
RESTART_S_AT_120 = 3.0
"""Where the ride limit binds on a reload day, the budget goes into restarts of about this many
seconds at 120 stops, growing with stops² (the time a search needs to settle): 120 → 3 s,
300 → 19 s, 494 → 51 s. Measured on İnegöl's 120-household shift (30-minute limit): 3-s runs
with seeds 0–5 drove 4,747–4,881 s, while one 10- or 30-s run drove 4,869 s (its longer trip
search finds cheaper trips that fit the vans worse); the best of the restarts is kept."""
RESTART_MIN_S = 2.0
"""A restart's least wall time (s): below it packing and polishing get too little."""
FEWER_VANS_SHARE = 0.5
"""Under the fleet objective on days without a binding ride limit, the most of the time left
after the first plan that goes to taking vans out (`_fewer_vans`) before the main search."""
LONG_TRIP_SHARE = 0.25
"""A day is a reload day (see `_van_time_binds`) when a full load's trip is estimated to take at
least this share of a van's shift."""


@dataclass
class _Context:
    """What every stage needs: the model, the vans, the parameters and the clock."""

    model: TripModel
    vans: list[VanSlot]
    params: SolveParams
    started: float
    notes: list[str] = field(default_factory=list)
    van_cost: int = 0
    """Cost of each used van on top of its fixed cost: the fleet objective's weight, else 0."""
    first_plan_s: float = 0.0
    """Wall time to the greedy first plan, set-up included (a measure of size and load)."""

    def left_s(self) -> float:
        return max(0.0, self.params.time_limit_s - (time.perf_counter() - self.started))

    def stage_s(self, share_s: float) -> float:
        """A stage's wall time: its share, or (deterministic) all time left as a safety net;
        never more than the time left."""
        if self.params.deterministic:
            return max(MIN_STAGE_S, self.left_s())
        return max(MIN_STAGE_S, min(share_s, self.left_s()))

    def out_of_time(self, reserve_s: float = 0.0) -> bool:
        """True when less than a stage's minimum remains after `reserve_s` (also deterministic:
        the time limit is the safety net that ends the search)."""
        return self.left_s() - reserve_s < MIN_STAGE_S

    @property
    def size(self) -> int:
        """Stops being routed."""
        return self.model.nodes.num_nodes - self.model.nodes.num_depots

    def ortools_fits(self) -> bool:
        """OR-Tools stages build a model per call whose cost grows with stops × trip-vehicles;
        past `ORTOOLS_MAX_STOPS` it eats the budget before searching, so PyVRP goes on alone."""
        return self.size <= ORTOOLS_MAX_STOPS

    def iterations(self, count: int) -> int | None:
        """PyVRP's iteration bound: `count` in deterministic mode, else none (time decides)."""
        return max(1, count) if self.params.deterministic else None

    def ortools(self, time_s: float) -> OrtoolsParams:
        from routing.engine_ortools import OrtoolsParams

        limit = self.params.ortools_solutions if self.params.deterministic else None
        return OrtoolsParams(time_s, solution_limit=limit)


@dataclass(frozen=True)
class _Plan:
    """Routed trips and which of them run on which van when."""

    trips: list[RoutedTrip]
    packed: list[Packed]

    def served_nodes(self) -> set[int]:
        return {n for p in self.packed for n in self.trips[p.key].sequence}

    def vans(self) -> frozenset[int]:
        """The vans (indices) that run a trip."""
        return frozenset(p.van for p in self.packed)


def _horizon_s(problem: Problem) -> int:
    ends = [v.shift_end_s for v in problem.vehicles] + [
        s.window[1] for s in problem.stops if s.window is not None
    ]
    return max([DAY_S, *ends])


def _van_cost(nodes: Nodes) -> int:
    """A van's weight under the fleet objective: more than all the driving of any sensible plan
    (every stop on its own round trip), so one van less is always worth more driving."""
    num_depots = nodes.num_depots
    if nodes.num_nodes == num_depots:
        return 0
    unit = max((v.cost_per_s for v in nodes.problem.vehicles), default=1)
    out = nodes.travel_s[:num_depots, num_depots:].min(axis=0)
    back = nodes.travel_s[num_depots:, :num_depots].min(axis=1)
    return int(unit * np.minimum(out + back, UNREACHABLE_S).sum()) + 1


def _penalties(nodes: Nodes, base: int | None, floor: int = 0) -> IntArray:
    """Drop penalty per node: above any stop's round-trip cost (and `floor`: a van's weight
    under the fleet objective, so serving a stop beats saving a van), scaled by (1 + priority)."""
    num_depots = nodes.num_depots
    penalty = np.zeros(nodes.num_nodes, dtype=np.int64)
    if nodes.num_nodes == num_depots:
        return penalty
    if base is None:
        vans = nodes.problem.vehicles
        costliest = 0
        for matrix, per in ((nodes.travel_s, "s"), (nodes.distance_m, "m")):
            out = matrix[:num_depots, num_depots:].min(axis=0)
            back = matrix[num_depots:, :num_depots].min(axis=1)
            unit = max(v.cost_per_s if per == "s" else v.cost_per_m for v in vans)
            costliest += unit * int((out + back).max())
        base = max(2 * costliest + 1000, floor)
    for i, stop in enumerate(nodes.stops):
        penalty[num_depots + i] = base * (1 + max(0, stop.priority))
    return penalty


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


def _end_extra_s(nodes: Nodes, van: Vehicle, last_nodes: list[int]) -> int:
    """Most extra time, over these last stops, of returning to the van's end kitchen instead of
    its start kitchen (`UNREACHABLE_S` when the end kitchen cannot be reached)."""
    start = nodes.depot_node(van.start_depot)
    end = nodes.depot_node(van.end_depot)
    if start == end or not last_nodes:
        return 0
    extra = nodes.travel_s[last_nodes, end] - nodes.travel_s[last_nodes, start]
    return int(min(UNREACHABLE_S, max(0, int(extra.max()))))


def _van_slots(nodes: Nodes) -> list[VanSlot]:
    stop_nodes = list(range(nodes.num_depots, nodes.num_nodes))
    return [VanSlot(v, _end_extra_s(nodes, v, stop_nodes)) for v in nodes.problem.vehicles]


def _eligible_vans(ctx: _Context, trip: RoutedTrip) -> tuple[int, ...]:
    """Vans that may run a trip: same kitchen and costs as its type, enough room and skills."""
    model = ctx.model
    trip_type = model.types[trip.type_index]
    nodes = model.nodes
    depot_id = nodes.problem.depots[trip_type.depot].id
    load = nodes.demand[list(trip.sequence)].sum(axis=0)
    skills = frozenset().union(*(nodes.stop_of(n).required_skills for n in trip.sequence))
    first = next(s.vehicle for s in ctx.vans if s.vehicle.id == trip_type.van_ids[0])
    costs = (first.cost_per_s, first.cost_per_m)
    return tuple(
        i
        for i, slot in enumerate(ctx.vans)
        if slot.vehicle.start_depot == depot_id
        and (slot.vehicle.cost_per_s, slot.vehicle.cost_per_m) == costs
        and all(int(q) <= c for q, c in zip(load, slot.vehicle.capacity, strict=True))
        and skills <= slot.vehicle.skills
    )


def _to_pack(ctx: _Context, trips: list[RoutedTrip]) -> list[TripToPack]:
    """The packer's view of each trip (key = position in `trips`)."""
    to_pack = []
    for i, trip in enumerate(trips):
        vans = _eligible_vans(ctx, trip)
        last = [trip.sequence[-1]]
        to_pack.append(
            TripToPack(
                key=i,
                timing=_timing(ctx.model, trip),
                vans=vans,
                weight=int(ctx.model.penalty[list(trip.sequence)].sum()),
                end_extra_s=tuple(
                    _end_extra_s(ctx.model.nodes, ctx.vans[v].vehicle, last) for v in vans
                ),
            )
        )
    return to_pack


def _pack(
    ctx: _Context, trips: list[RoutedTrip], time_s: float, hint: list[Packed] | None = None
) -> _Plan:
    """Pack valid trips onto vans (CP-SAT, seeded by `hint` or a greedy packing)."""
    trips = [t for t in trips if _valid(ctx.model, t)]
    to_pack = _to_pack(ctx, trips)
    params = ctx.params
    packed = pack_cpsat(
        to_pack, ctx.vans, time_s, params.seed, params.deterministic, hint, ctx.van_cost
    )
    return _Plan(trips, packed)


def _score(ctx: _Context, plan: _Plan) -> tuple[int, int]:
    """Lower is better: penalty of the stops left out, then the cost of the trips and vans."""
    model = ctx.model
    nodes = model.nodes
    served = plan.served_nodes()
    dropped = sum(
        int(model.penalty[n]) for n in range(nodes.num_depots, nodes.num_nodes) if n not in served
    )
    cost = 0
    used = set()
    for p in plan.packed:
        trip = plan.trips[p.key]
        trip_type = model.types[trip.type_index]
        path = [trip_type.depot, *trip.sequence, trip_type.depot]
        matrix = model.arc_cost[trip_type.cost_class]
        cost += int(matrix[path[:-1], path[1:]].sum())
        used.add(p.van)
    cost += sum(ctx.vans[v].vehicle.fixed_cost + ctx.van_cost for v in used)
    return dropped, cost


def _route_pool(
    ctx: _Context, time_s: float, iterations: int | None, initial: list[RoutedTrip] | None = None
) -> list[RoutedTrip]:
    """Trips from the pool of trip-vehicles (no van schedule yet) with the first engine."""
    from routing.engine_ortools import route_with_ortools
    from routing.engine_pyvrp import route_with_pyvrp

    if ctx.params.engine == "ortools":
        return route_with_ortools(ctx.model, ctx.ortools(time_s), initial)
    return route_with_pyvrp(ctx.model, time_s, ctx.params.seed, iterations, initial)


def _polish(ctx: _Context, plan: _Plan) -> _Plan:
    """All trips fit: spend the rest of the budget improving them (PyVRP, then OR-Tools)."""
    from routing.engine_ortools import route_with_ortools

    params = ctx.params
    rest_s = ctx.left_s() - _pack_reserve(params)
    if ctx.out_of_time(_pack_reserve(params)):
        return plan
    trips = [plan.trips[p.key] for p in plan.packed]
    pyvrp_only = params.engine == "pyvrp" or (params.engine == "auto" and not ctx.ortools_fits())
    if pyvrp_only and params.engine == "auto":
        ctx.notes.append(f"polish: {ctx.size} stops, PyVRP only (OR-Tools skipped)")
    if params.engine != "ortools":
        rest_share = max(1e-9, 1.0 - params.first_share)
        share = min(1.0, max(0.0, params.warm_start_share - params.first_share) / rest_share)
        iterations = ctx.iterations(params.pyvrp_iterations - params.pyvrp_iterations // 2)
        trips = _route_pool(
            ctx, ctx.stage_s(rest_s * (1.0 if pyvrp_only else share)), iterations, trips
        )
    if not pyvrp_only and not ctx.out_of_time(_pack_reserve(params)):
        left_s = ctx.left_s() - _pack_reserve(params)
        trips = route_with_ortools(ctx.model, ctx.ortools(ctx.stage_s(left_s)), trips)
    candidate = _pack(ctx, trips, ctx.stage_s(_pack_reserve(params)))
    improved = _score(ctx, candidate) < _score(ctx, plan)
    ctx.notes.append(f"polish: {'improved' if improved else 'kept'} the plan")
    return candidate if improved else plan


def _pack_reserve(params: SolveParams) -> float:
    return min(2.0, 0.05 * params.time_limit_s)


def _pool_type(ctx: _Context, van_index: int, ride_cap_s: int) -> int | None:
    """The loosest pool type of this van whose ride cap a trip with `ride_cap_s` satisfies."""
    van_id = ctx.vans[van_index].vehicle.id
    options = [
        (t.ride_cap_s, i)
        for i, t in enumerate(ctx.model.types)
        if van_id in t.van_ids and t.ride_cap_s <= ride_cap_s
    ]
    return max(options)[1] if options else None


def _slots(ctx: _Context, plan: _Plan) -> tuple[list[Slot], list[SlotTrip]]:
    """Fixed-departure slots for the packed trips and spare slots in each van's idle gaps."""
    from routing.engine_schedule import Slot, SlotTrip

    model = ctx.model
    slots: list[Slot] = []
    initial: list[SlotTrip] = []
    by_van: dict[int, list[Packed]] = {}
    for p in plan.packed:
        by_van.setdefault(p.van, []).append(p)
    for v, van_slot in enumerate(ctx.vans):
        van = van_slot.vehicle
        spare_type = _pool_type(ctx, v, model.horizon_s)
        trips = sorted(by_van.get(v, []), key=lambda p: p.departure_s)
        free_from = van.shift_start_s
        end_by = van.shift_end_s - van_slot.end_extra_s
        for k, p in enumerate(trips):
            if spare_type is not None and p.departure_s - van.reload_s > free_from:
                slots.append(
                    Slot(v, spare_type, free_from, p.departure_s, p.departure_s - van.reload_s)
                )
            trip = plan.trips[p.key]
            next_by = trips[k + 1].departure_s - van.reload_s if k + 1 < len(trips) else end_by
            slot = Slot(v, trip.type_index, p.departure_s, p.departure_s, next_by)
            slots.append(slot)
            initial.append(SlotTrip(slot, trip.sequence))
            free_from = _timing(model, trip).return_at(p.departure_s) + van.reload_s
        under_limit = van.max_trips is None or len(trips) < van.max_trips
        if spare_type is not None and free_from < end_by and under_limit:
            slots.append(Slot(v, spare_type, free_from, end_by, end_by))
    return slots, initial


def _repair(ctx: _Context, plan: _Plan, time_s: float) -> _Plan:
    """Stage 4: move and insert stops with departures fixed, then re-pack; keep if better."""
    from routing.engine_schedule import route_fixed

    slots, initial = _slots(ctx, plan)
    found = route_fixed(ctx.model, slots, ctx.ortools(time_s), initial)
    if found is None:
        return plan
    trips = [RoutedTrip(t.slot.type_index, t.sequence) for t in found]
    hint = []
    for key, t in enumerate(found):
        timing = _timing(ctx.model, trips[key])
        departure = max(timing.earliest_s, t.slot.departure_early_s)
        hint.append(Packed(key, t.slot.van, departure))
    candidate = _pack(ctx, trips, ctx.stage_s(_pack_reserve(ctx.params)), hint)
    return candidate if _score(ctx, candidate) < _score(ctx, plan) else plan


def _waves(ctx: _Context, plan: _Plan, time_s: float) -> _Plan:
    """Route trips at staggered fixed departure waves per van (PyVRP), then pack them."""
    from routing.engine_pyvrp import route_with_pyvrp

    model = ctx.model
    waves = build_wave_model(model.nodes, model.horizon_s, model.penalty)
    iterations = ctx.iterations(ctx.params.pyvrp_iterations)
    routed = route_with_pyvrp(waves, time_s, ctx.params.seed, iterations)
    van_index = {slot.vehicle.id: i for i, slot in enumerate(ctx.vans)}
    trips: list[RoutedTrip] = []
    hint: list[Packed] = []
    for trip in routed:
        wave = waves.types[trip.type_index]
        van = van_index[wave.van_ids[0]]
        pool_type = _pool_type(ctx, van, wave.ride_cap_s)
        if pool_type is None:
            continue
        hint.append(Packed(len(trips), van, wave.departure_early_s))
        trips.append(RoutedTrip(pool_type, trip.sequence))
    return _pack(ctx, trips, ctx.stage_s(_pack_reserve(ctx.params)), hint)


def _feasible_prefix(ctx: _Context, type_index: int, sequence: tuple[int, ...]) -> RoutedTrip:
    """The longest start of `sequence` a trip of this type can serve (ride limit, windows)."""
    for end in range(len(sequence), 0, -1):
        trip = RoutedTrip(type_index, sequence[:end])
        if _valid(ctx.model, trip):
            return trip
    return RoutedTrip(type_index, ())


def _multitrip(
    ctx: _Context,
    plan: _Plan,
    time_s: float,
    scratch: bool = False,
    vans: frozenset[int] | None = None,
    serve_all: bool = False,
) -> _Plan:
    """PyVRP's multi-trip plan (from `plan`'s van schedules unless `scratch`), each trip cut
    back to the ride limit, then packed. With `vans` only those vans drive, starting from
    `plan`'s trips on them (the stops of any other van are left for the search to place);
    with `serve_all` the search ends at its first plan serving every stop (or finds none)."""
    from routing.engine_multitrip import VanTrip, route_multitrip

    start = [
        VanTrip(p.van, plan.trips[p.key].sequence, p.departure_s)
        for p in sorted(plan.packed, key=lambda p: (p.van, p.departure_s))
        if vans is None or p.van in vans
    ]
    warm = start and not scratch and (ctx.size > SCRATCH_MAX_STOPS or _fits(ctx, plan))
    found = route_multitrip(
        ctx.model,
        time_s,
        ctx.params.seed,
        ctx.iterations(ctx.params.pyvrp_iterations),
        start if warm or (vans is not None and not scratch) else None,
        van_cost=ctx.van_cost,
        vans=vans,
        serve_all=serve_all,
    )
    trips: list[RoutedTrip] = []
    hint: list[Packed] = []
    limits = ctx.model.nodes.ride_limit_s
    for van_trip in found:
        cap = int(limits[list(van_trip.sequence)].min())
        type_index = _pool_type(ctx, van_trip.van, cap)
        if type_index is None:
            continue
        trip = _feasible_prefix(ctx, type_index, van_trip.sequence)
        if trip.sequence:
            hint.append(Packed(len(trips), van_trip.van, van_trip.departure_s))
            trips.append(trip)
    plan = _pack(ctx, trips, ctx.stage_s(_pack_reserve(ctx.params)), hint)
    served = sum(len(t.sequence) for t in trips)
    ctx.notes.append(
        f"multi-trip: {len(found)} trips found, {served} stops within the limits, "
        f"{len(plan.served_nodes())} packed"
    )
    return plan


def _improve(ctx: _Context, plan: _Plan) -> _Plan:
    """With stops left over: try waves, then repair rounds while time (or rounds) remain."""
    nodes = ctx.model.nodes
    if len(plan.served_nodes()) < nodes.num_nodes - nodes.num_depots:
        time_s = (ctx.left_s() - _pack_reserve(ctx.params)) * ctx.params.wave_share
        if not ctx.out_of_time(_pack_reserve(ctx.params)):
            stages = [("multi-trip", _multitrip, 0.7), ("waves", _waves, 0.3)]
            if ctx.size > SCRATCH_MAX_STOPS:
                stages = [("multi-trip", _multitrip, 1.0)]
            for name, stage, share in stages:
                if ctx.out_of_time(_pack_reserve(ctx.params)):
                    break
                candidate = stage(ctx, plan, ctx.stage_s(time_s * share))
                improved = _score(ctx, candidate) < _score(ctx, plan)
                ctx.notes.append(f"{name}: {len(candidate.packed)} trips, better: {improved}")
                plan = candidate if improved else plan
    return _repair_rounds(ctx, plan, 0.5)


def _repair_rounds(ctx: _Context, plan: _Plan, share: float) -> _Plan:
    """Repair rounds (exact model, fixed departures) while stops are left over, each round
    taking `share` of the time left."""
    rounds = 0
    while len(plan.served_nodes()) < ctx.size:
        time_s = ctx.left_s() - _pack_reserve(ctx.params)
        too_big = not ctx.ortools_fits()
        if (
            ctx.out_of_time(_pack_reserve(ctx.params))
            or too_big
            or rounds >= ctx.params.repair_rounds
        ):
            break
        better = _repair(ctx, plan, ctx.stage_s(time_s * share))
        rounds += 1
        if better is plan:
            break
        plan = better
    ctx.notes.append(f"repair rounds: {rounds}")
    return plan


def _to_solution(ctx: _Context, plan: _Plan, failures: list[Unserved]) -> Solution:
    model = ctx.model
    nodes = model.nodes
    schedule: dict[str, list[ScheduledTrip]] = {}
    for p in plan.packed:
        trip = plan.trips[p.key]
        depot = model.types[trip.type_index].depot
        schedule.setdefault(ctx.vans[p.van].vehicle.id, []).append(
            ScheduledTrip(depot, trip.sequence, p.departure_s)
        )
    served = plan.served_nodes()
    routable = list(nodes.stops)
    dropped = [
        nodes.stop_of(n) for n in range(nodes.num_depots, nodes.num_nodes) if n not in served
    ]
    depots = slice(0, nodes.num_depots)
    short_s = sum(
        int(nodes.travel_s[depots, n].min() + nodes.service_s[n] + nodes.travel_s[n, depots].min())
        for n in range(nodes.num_depots, nodes.num_nodes)
        if n not in served
    )
    unserved = failures + explain_dropped(nodes.problem, routable, dropped, short_s)
    stats = SolveStats(
        engine=ctx.params.engine,
        runtime_s=time.perf_counter() - ctx.started,
        trips_routed=len(plan.trips),
        notes=tuple(ctx.notes),
    )
    return build_solution(nodes, schedule, unserved, stats)


def solve(problem: Problem, params: SolveParams | None = None) -> Solution:
    """Plan routes for `problem` within `params.time_limit_s`; every stop served or explained."""
    params = params or SolveParams()
    started = time.perf_counter()
    failures = precheck(problem)
    routable = tuple(s for s in problem.stops if s.id not in failures)
    horizon = _horizon_s(problem)
    latest_return = max((v.shift_end_s for v in problem.vehicles), default=horizon)
    nodes = build_nodes(problem, routable, horizon, latest_return)
    van_cost = _van_cost(nodes) if params.objective == "vans" else 0
    penalty = _penalties(nodes, params.drop_penalty, 2 * van_cost)
    model = build_trip_model(nodes, horizon, penalty, van_cost)
    ctx = _Context(model, _van_slots(nodes), params, started, van_cost=van_cost)
    plan = _Plan([], [])
    if routable and model.types:
        plan = _first_plan(ctx)
        if van_cost > 0 and not _ride_limit_binds(ctx) and params.engine != "ortools":
            plan = _fewer_vans(ctx, plan, ctx.left_s() * FEWER_VANS_SHARE)
            # A first plan that leaves stops out (a short fleet) is searched as any other:
            # serving comes before saving vans.
            plan = _fleet_search(ctx, plan) if _fits(ctx, plan) else _search(ctx, plan)
        elif not ctx.out_of_time(_pack_reserve(params)):
            plan = _restarts(ctx, plan) if _restarts_pay(ctx) else _search(ctx, plan)
    return _to_solution(ctx, plan, list(failures.values()))


def _ride_limit_binds(ctx: _Context) -> bool:
    """True when some stop's ride limit is shorter than a van's shift (a meal day)."""
    nodes = ctx.model.nodes
    vans = nodes.problem.vehicles
    longest_shift = max(v.shift_end_s - v.shift_start_s for v in vans)
    return int(nodes.ride_limit_s[nodes.num_depots :].min()) < longest_shift


def _fewer_vans(ctx: _Context, plan: _Plan, budget_s: float) -> _Plan:
    """Fleet objective: take out the used van that serves the fewest stops and let PyVRP's
    multi-trip search place its stops on the others, ending at its first plan that serves
    every stop (as PyVRP's `minimise_fleet`); while it finds one, keep the smaller fleet and
    try again. An attempt may take what is left of `budget_s` (s), so only the last, failing
    one costs much; then the main search improves the last fleet's driving. Up to
    `SCRATCH_MAX_STOPS` stops each attempt searches from scratch (RC101: 14 vehicles, the best
    known, where attempts from the plan without its smallest van stop at 15); above, from the
    plan (at 1,500 stops a search from scratch spends the budget on its first pass).

    PyVRP's own search seldom empties a van, even at a van's weight: moving stops off a van
    saves nothing until its last stop goes, so the count needs this outer loop. Measured on a
    1,500-stop parcel day: the greedy plan's 11 vans become 10 in 2–4 s. Only on days whose
    ride limit does not bind: PyVRP's multi-trip model ignores the limit, and its trips cut back
    to it would leave stops out."""
    reserve_s = _pack_reserve(ctx.params)
    ends_s = time.perf_counter() - ctx.started + budget_s
    while _fits(ctx, plan):
        left_s = ctx.left_s() - reserve_s
        if not ctx.params.deterministic:  # deterministic: the time limit is the safety net
            left_s = min(left_s, ends_s - (time.perf_counter() - ctx.started))
        used = plan.vans()
        if left_s < MIN_STAGE_S or len(used) < 2:
            break
        stops = dict.fromkeys(used, 0)
        for p in plan.packed:
            stops[p.van] += len(plan.trips[p.key].sequence)
        keep = used - {min(used, key=lambda v: (stops[v], v))}
        scratch = ctx.size <= SCRATCH_MAX_STOPS
        candidate = _multitrip(ctx, plan, ctx.stage_s(left_s), scratch, keep, serve_all=True)
        served = _fits(ctx, candidate) and len(candidate.vans()) < len(used)
        ctx.notes.append(
            f"fewer vans: {len(keep)} vans {'serve' if served else 'do not serve'} every stop "
            f"(at {time.perf_counter() - ctx.started:.1f} s)"
        )
        if not served:
            break
        plan = candidate
    return plan


def _restart_s(ctx: _Context) -> float:
    """A restart's wall time (s): `RESTART_S_AT_120` scaled by (stops / 120)², at least
    `RESTART_MIN_S`."""
    return max(RESTART_MIN_S, RESTART_S_AT_120 * (ctx.size / 120) ** 2)


def _restarts_pay(ctx: _Context) -> bool:
    """Restarts are for meal days whose ride limit binds, vans reload and the budget holds at
    least two restarts (other days, deterministic runs and engines other than "auto" search
    once)."""
    params = ctx.params
    return (
        params.engine == "auto"
        and not params.deterministic
        and ctx.ortools_fits()
        and _ride_limit_binds(ctx)
        and any(v.max_trips != 1 for v in ctx.model.nodes.problem.vehicles)
        and ctx.left_s() >= 2 * _restart_s(ctx)
    )


def _restarts(ctx: _Context, first: _Plan) -> _Plan:
    """The whole search (`_search`) again and again from the first plan, each run with its own
    seed and an equal share of the budget (about `_restart_s`), keeping the best plan."""
    count = max(1, int(ctx.left_s() // _restart_s(ctx)))
    best = first
    for k in range(count):
        share_s = ctx.left_s() / (count - k)
        if share_s < MIN_STAGE_S:
            break
        run = replace(
            ctx,
            params=replace(ctx.params, time_limit_s=share_s, seed=ctx.params.seed + k),
            started=time.perf_counter(),
            notes=[],
        )
        plan = _search(run, first)
        score = _score(ctx, plan)
        better = score < _score(ctx, best)
        ctx.notes.append(
            f"restart {k + 1} of {count} (seed {run.params.seed}): driving cost {score[1]}, "
            f"better: {better}"
        )
        best = plan if better else best
    return best


def _fleet_search(ctx: _Context, plan: _Plan) -> _Plan:
    """After `_fewer_vans`: PyVRP's multi-trip search on the vans the plan uses, from the plan,
    for the rest of the budget (a search with the whole fleet would start over with more vans
    and lose to the smaller fleet), then repair rounds if stops are left over."""
    reserve_s = _pack_reserve(ctx.params)
    if plan.packed and not ctx.out_of_time(reserve_s):
        fleet = plan.vans()
        candidate = _multitrip(ctx, plan, ctx.stage_s(ctx.left_s() - reserve_s), vans=fleet)
        better = _score(ctx, candidate) < _score(ctx, plan)
        ctx.notes.append(f"fleet search on {len(fleet)} vans: better: {better}")
        plan = candidate if better else plan
    return plan if _fits(ctx, plan) else _repair_rounds(ctx, plan, 0.5)


def _first_plan(ctx: _Context) -> _Plan:
    """The greedy plan: vans build trips in time (see routing/greedy.py)."""
    nodes = ctx.model.nodes
    allowed: list[BoolArray] = []
    for slot in ctx.vans:
        own = [t.allowed for t in ctx.model.types if slot.vehicle.id in t.van_ids]
        mask = np.zeros(nodes.num_nodes, dtype=bool)
        for flags in own:
            mask |= np.array(flags, dtype=bool)
        allowed.append(mask)
    reload_s = [s.vehicle.reload_s for s in ctx.vans]
    found = greedy_plan(nodes, ctx.vans, allowed, reload_s, fill_first=ctx.van_cost > 0)
    plan = _placed_plan(ctx, found)
    ctx.first_plan_s = time.perf_counter() - ctx.started
    ctx.notes.append(
        f"first plan: {len(plan.packed)} trips, {len(plan.served_nodes())} stops "
        f"at {time.perf_counter() - ctx.started:.2f} s"
    )
    return plan


def _placed_plan(ctx: _Context, found: list[GreedyTrip] | list[VanTrip]) -> _Plan:
    """Trips already placed on vans, as a plan (re-packed greedily if a placement is invalid)."""
    trips: list[RoutedTrip] = []
    hint: list[Packed] = []
    limits = ctx.model.nodes.ride_limit_s
    for van_trip in found:
        type_index = _pool_type(ctx, van_trip.van, int(limits[list(van_trip.sequence)].min()))
        if type_index is None:
            continue
        trip = _feasible_prefix(ctx, type_index, van_trip.sequence)
        if trip.sequence:
            hint.append(Packed(len(trips), van_trip.van, van_trip.departure_s))
            trips.append(trip)
    to_pack = _to_pack(ctx, trips)
    if not is_valid_packing(to_pack, ctx.vans, hint):
        hint = pack_greedy(to_pack, ctx.vans, fill_first=ctx.van_cost > 0)
    return _Plan(trips, hint)


def _search(ctx: _Context, first: _Plan) -> _Plan:
    """Improve the first plan until the budget ends: the trip pool (PyVRP, warm-started), then
    polish when every trip fits the vans, or the short-fleet stages when not."""
    params = ctx.params
    if params.engine != "ortools" and _van_time_binds(ctx):
        return _reload_search(ctx, first)
    first_s = (ctx.left_s() - _pack_reserve(params)) * params.first_share
    if params.engine == "pyvrp":
        first_s = ctx.left_s() - _pack_reserve(params)
    iterations = ctx.iterations(params.pyvrp_iterations // 2)
    warm = [first.trips[p.key] for p in first.packed]
    scratch = ctx.size <= SCRATCH_MAX_STOPS or not warm
    trips = _route_pool(ctx, ctx.stage_s(first_s), iterations, None if scratch else warm)
    pool = _pack(ctx, trips, ctx.stage_s(_pack_reserve(params)))
    left = len(pool.trips) - len(pool.packed)
    ctx.notes.append(f"pool: {len(pool.trips)} trips routed, {left} did not fit the vans")
    if not _fits(ctx, pool):
        # Trips routed without van time do not all fit: make them fit before comparing with
        # the first plan, which always fits but drives more. A near miss is repaired first
        # (the packed trips keep their van and departure, the stops left over are inserted);
        # what is still left goes to the short-fleet stages.
        pool = _repair_rounds(ctx, pool, REPAIR_FIRST_SHARE)
        if not _fits(ctx, pool):
            pool = _improve(ctx, pool)
    plan = pool if _score(ctx, pool) <= _score(ctx, first) else first
    if plan is first:
        ctx.notes.append("pool: kept the first plan")
        if not ctx.out_of_time(_pack_reserve(params)):
            # Re-routed trips did not fit the vans; PyVRP's multi-trip model plans van time
            # itself, from the first plan's van schedules (its trips cut back to the ride limit).
            time_s = (ctx.left_s() - _pack_reserve(params)) * params.wave_share
            candidate = _multitrip(ctx, first, ctx.stage_s(time_s))
            better = _score(ctx, candidate) < _score(ctx, first)
            ctx.notes.append(f"multi-trip from the first plan: better: {better}")
            plan = candidate if better else first
    if _fits(ctx, plan):
        return _polish(ctx, plan)
    return _improve(ctx, plan)


def _fits(ctx: _Context, plan: _Plan) -> bool:
    """Every routed trip packed and every routable stop served."""
    return len(plan.packed) == len(plan.trips) and len(plan.served_nodes()) == ctx.size


def _van_time_binds(ctx: _Context) -> bool:
    """True on reload days where van time, not the ride limit, shapes the plan.

    That is: no stop's ride limit is shorter than a van's shift (the trip cap is then the shift
    itself), some van may make more than one trip, and a full load is estimated to keep a van
    busy for at least `LONG_TRIP_SHARE` of its shift (stops per load × (service + the drive to
    the nearest other stop) + the drive out and back). The trip pool routes trips without van
    time, so on such days many of its trips do not fit the vans (measured on a 1,500-stop parcel
    day: 27 trips routed, 7 left over); PyVRP's multi-trip model plans van time itself and is
    then the better main search. CVRP-like days (trips short against the shift) and meal days
    with a binding ride limit keep the trip pool.
    """
    nodes = ctx.model.nodes
    num_depots = nodes.num_depots
    vans = nodes.problem.vehicles
    if ctx.size < 2 or all(v.max_trips == 1 for v in vans) or _ride_limit_binds(ctx):
        return False
    stops = nodes.travel_s[num_depots:, num_depots:].astype(np.float64)
    np.fill_diagonal(stops, np.inf)
    hop_s = float(np.minimum(stops.min(axis=1), UNREACHABLE_S).mean())
    service_s = float(nodes.service_s[num_depots:].mean())
    out_back_s = float(
        (nodes.travel_s[:num_depots, num_depots:].min(axis=0)).mean()
        + (nodes.travel_s[num_depots:, :num_depots].min(axis=1)).mean()
    )
    demand = nodes.demand[num_depots:].astype(np.float64).mean(axis=0)
    shares = []
    for van in vans:
        per_load = min(
            (c / d for c, d in zip(van.capacity, demand, strict=True) if d > 0),
            default=float(ctx.size),
        )
        per_load = min(per_load, float(ctx.size))
        trip_s = per_load * (service_s + hop_s) + out_back_s
        shares.append(trip_s / max(1, van.shift_end_s - van.shift_start_s))
    return max(shares) >= LONG_TRIP_SHARE


def _reload_search(ctx: _Context, first: _Plan) -> _Plan:
    """Reload days: PyVRP's multi-trip model from the first plan for the whole budget (again
    from the better plan if a search ends early), then (stops left over, small days) repair
    rounds. One long search beat the same budget split into warm-started rounds (measured at
    1,500 parcel stops, 60 s: 78,860 s against 81,178 s of driving in four rounds)."""
    params = ctx.params
    reserve_s = _pack_reserve(params)
    plan = first
    rounds = 0
    needed_s = DESCENT_PER_FIRST_PLAN * ctx.first_plan_s
    if not params.deterministic and ctx.left_s() - reserve_s < needed_s:
        ctx.notes.append(f"reload day: no time for the multi-trip search (~{needed_s:.1f} s)")
        return first
    while not ctx.out_of_time(reserve_s + needed_s * rounds) and not (
        params.deterministic and rounds
    ):
        scratch = not rounds and ctx.van_cost == 0 and ctx.size <= RELOAD_SCRATCH_MAX_STOPS
        candidate = _multitrip(ctx, plan, ctx.stage_s(ctx.left_s() - reserve_s), scratch)
        rounds += 1
        if _score(ctx, candidate) < _score(ctx, plan):
            plan = candidate
    ctx.notes.append(
        f"reload day: {rounds} multi-trip rounds, better than the first plan: {plan is not first}"
    )
    return plan if _fits(ctx, plan) else _repair_rounds(ctx, plan, 0.5)
