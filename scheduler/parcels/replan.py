"""Re-plan one parcel day after a van breaks down, keeping what is already delivered.

At `at_s` (seconds since midnight) van `van_out` (both its halves, `<van>-am` and `<van>-pm`)
stops. What stays as it is:
- every stop with an outcome (`done`: delivered or not at home), on its van and trip;
- every other van's trip that left the warehouse before `at_s` (its parcels are on board):
  the van finishes it and comes back to the warehouse;
- the broken van's trips keep only their stops with an outcome (its undelivered parcels stay
  in it and are listed); its route ends there.
Without `done`, a visit that started before `at_s` counts as delivered.

What is planned again: the broken van's stops without an outcome and every stop of the other
vans' trips that had not left yet, routed by the engine on the other vans, each from the
warehouse once it is back and reloaded (never before `at_s`). A stop that does not fit today
is moved to another available day of its cycle (`reschedule.py`, with the month's assignment)
and leaves this day's problem, or else stays unserved here with the routing's reason.
The resulting day passes `routing.verify` against its (possibly smaller) problem.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from domain.clock import format_hhmm
from routing.model import (
    Problem,
    Route,
    Solution,
    SolveStats,
    Stop,
    Trip,
    Unserved,
    UnservedReason,
    Vehicle,
    Visit,
)
from routing.solve import solve
from routing.verify import verify
from scheduler.parcels.assign import Assignment
from scheduler.parcels.month import MonthParams, ParcelDay
from scheduler.parcels.reschedule import reschedule_not_at_home

DELIVERED = "delivered"
NOT_HOME = "not_home"
OUTCOMES = (DELIVERED, NOT_HOME)
"""Outcomes of a visit (the `done` mapping's values)."""
VAN_BREAKDOWN = "van_breakdown"
"""Reason code of a delivery not made because its van broke down and no day was left."""
MOVED, UNSERVED, RESCHEDULED = "moved", "unserved", "rescheduled"
"""Kinds of change (labels `replan_moved` … in domain.lang)."""


class ReplanError(ValueError):
    """The breakdown cannot be applied (unknown van, outcome of a stop not on the day …)."""


@dataclass(frozen=True, slots=True)
class ReplanChange:
    """What happened to one of the broken van's stops (or a stop that fell out today).

    `kind` is `moved` (detail: the van half now serving it), `rescheduled` (detail: the new
    day, ISO) or `unserved` (detail: the routing's reason code).
    """

    stop_id: str
    kind: str
    detail: str


@dataclass
class Replan:
    """The re-planned day, what changed, and the days that received rescheduled deliveries."""

    day: ParcelDay
    changes: list[ReplanChange]
    rescheduled: dict[str, dt.date] = field(default_factory=dict)
    on_broken_van: list[str] = field(default_factory=list)
    """Stops whose parcels are still in the broken van (to unload at the warehouse)."""


def van_of(vehicle_id: str) -> str:
    """The van of a half-day vehicle: "V2-am" → "V2"."""
    return vehicle_id.rsplit("-", 1)[0]


def retime_trip(problem: Problem, vehicle: Vehicle, trip: Trip, keep: Sequence[str]) -> Trip:
    """`trip` with only the stops `keep` (in its order), times and loads recomputed from its
    departure through the matrix, as the verifier replays them."""
    stops = {s.id: s for s in problem.stops}
    depots = {d.id: d for d in problem.depots}
    chosen = [stops[v.stop_id] for v in trip.visits if v.stop_id in set(keep)]
    dims = len(vehicle.capacity)
    load = tuple(sum(s.demand[d] for s in chosen) for d in range(dims))
    on_board = list(load)
    clock = trip.departure_s
    here = depots[trip.depot_id].location
    driving = distance = 0
    visits = []
    for stop in chosen:
        travel = int(problem.duration_s[here, stop.location])
        driving += travel
        distance += int(problem.distance_m[here, stop.location])
        arrival = clock + travel
        start = max(arrival, stop.window[0]) if stop.window else arrival
        on_board = [q - d for q, d in zip(on_board, stop.demand, strict=True)]
        visits.append(
            Visit(
                stop_id=stop.id,
                arrival_s=arrival,
                start_s=start,
                departure_s=start + stop.service_s,
                waiting_s=start - arrival,
                load_after=tuple(on_board),
                ride_s=start - trip.departure_s,
            )
        )
        clock, here = start + stop.service_s, stop.location
    back = depots[trip.return_depot_id].location
    return Trip(
        depot_id=trip.depot_id,
        departure_s=trip.departure_s,
        load=load,
        visits=tuple(visits),
        return_depot_id=trip.return_depot_id,
        return_s=clock + int(problem.duration_s[here, back]),
        driving_s=driving + int(problem.duration_s[here, back]),
        distance_m=distance + int(problem.distance_m[here, back]),
    )


def _route(vehicle_id: str, trips: Sequence[Trip]) -> Route:
    return Route(
        vehicle_id=vehicle_id,
        trips=tuple(trips),
        driving_s=sum(t.driving_s for t in trips),
        distance_m=sum(t.distance_m for t in trips),
        working_s=trips[-1].return_s - trips[0].departure_s,
    )


def _solution(
    problem: Problem, trips_of: Mapping[str, list[Trip]], unserved: Sequence[Unserved], note: str
) -> Solution:
    routes = [_route(v.id, trips_of[v.id]) for v in problem.vehicles if trips_of.get(v.id)]
    cost = {v.id: v for v in problem.vehicles}
    objective = sum(
        cost[r.vehicle_id].fixed_cost
        + cost[r.vehicle_id].cost_per_s * r.driving_s
        + cost[r.vehicle_id].cost_per_m * r.distance_m
        for r in routes
    )
    order = {s.id: k for k, s in enumerate(problem.stops)}
    return Solution(
        routes=tuple(routes),
        unserved=tuple(sorted(unserved, key=lambda u: order[u.stop_id])),
        objective=objective,
        driving_s=sum(r.driving_s for r in routes),
        distance_m=sum(r.distance_m for r in routes),
        working_s=sum(r.working_s for r in routes),
        stats=SolveStats(engine="replan", notes=(note,)),
    )


def replan_day(
    day_plan: ParcelDay,
    *,
    van_out: str,
    at_s: int,
    done: Mapping[str, str] | None = None,
    assignment: Assignment | None = None,
    params: MonthParams | None = None,
) -> Replan:
    """The day after `van_out` breaks down at `at_s` (see the module docstring).

    `done` maps a stop id to its outcome (`delivered` / `not_home`); `assignment` (the month's
    day choice) lets stops that cannot be made today move to a later day of their cycle, and is
    updated in place; without it they stay unserved today. Raises ReplanError on a van not on
    the day or an outcome for a stop not served on it.
    """
    params = params or MonthParams(time_limit_s=2.0)
    problem, solution = day_plan.problem, day_plan.solution
    vehicles = {v.id: v for v in problem.vehicles}
    broken = {v.id for v in problem.vehicles if van_of(v.id) == van_out}
    if not broken:
        vans = sorted({van_of(v.id) for v in problem.vehicles})
        raise ReplanError(f"van {van_out} does not run on {day_plan.day} (vans: {vans})")
    visits = {v.stop_id: v for r in solution.routes for t in r.trips for v in t.visits}
    if done is None:
        done = {i: DELIVERED for i, v in visits.items() if v.start_s < at_s}
    strange = sorted(set(done) - set(visits))
    if strange:
        raise ReplanError(f"outcome for stops not served on {day_plan.day}: {strange[:5]}")
    bad = sorted({o for o in done.values() if o not in OUTCOMES})
    if bad:
        raise ReplanError(f"unknown outcome {bad[0]!r}; expected one of {list(OUTCOMES)}")

    kept: dict[str, list[Trip]] = {}
    pool: list[str] = []
    from_broken: list[str] = []
    for route in solution.routes:
        vehicle = vehicles[route.vehicle_id]
        trips: list[Trip] = []
        for trip in route.trips:
            ids = [v.stop_id for v in trip.visits]
            if route.vehicle_id in broken:
                keep = [i for i in ids if i in done]
                from_broken += [i for i in ids if i not in done]
                if keep:
                    trips.append(retime_trip(problem, vehicle, trip, keep))
            elif trip.departure_s < at_s or any(i in done for i in ids):
                trips.append(trip)
            else:
                pool += ids
        kept[route.vehicle_id] = trips
    on_board = [
        v.stop_id
        for r in solution.routes
        if r.vehicle_id in broken
        for t in r.trips
        if t.departure_s < at_s
        for v in t.visits
        if v.stop_id not in done
    ]
    pool = sorted(pool + from_broken)

    routed: dict[str, list[Trip]] = {}
    fallen: list[Unserved] = []
    if pool:
        spare = []
        for v in problem.vehicles:
            if v.id in broken:
                continue
            mine = kept.get(v.id, [])
            ready = max(v.shift_start_s, at_s, mine[-1].return_s + v.reload_s if mine else 0)
            if ready < v.shift_end_s:
                spare.append(replace(v, shift_start_s=ready))
        stop_of = {s.id: s for s in problem.stops}
        sub = Problem(
            depots=problem.depots,
            vehicles=tuple(spare),
            stops=tuple(stop_of[i] for i in pool),
            duration_s=problem.duration_s,
            distance_m=problem.distance_m,
            max_ride_s=problem.max_ride_s,
        )
        if spare:
            result = solve(sub, params.solve_params())
            routed = {r.vehicle_id: list(r.trips) for r in result.routes}
            fallen = list(result.unserved)
        else:
            fallen = [Unserved(i, UnservedReason.SHIFT_TIME_EXHAUSTED, "") for i in pool]

    note = f"{van_out} out at {format_hhmm(at_s)}"
    changes: list[ReplanChange] = []
    rescheduled: dict[str, dt.date] = {}
    unserved = list(solution.unserved)
    for u in fallen:
        new_day = (
            reschedule_not_at_home(assignment, u.stop_id, day_plan.day, VAN_BREAKDOWN)
            if assignment is not None and u.stop_id in assignment.deliveries
            else None
        )
        if new_day is not None:
            rescheduled[u.stop_id] = new_day
            changes.append(ReplanChange(u.stop_id, RESCHEDULED, new_day.isoformat()))
        else:
            unserved.append(replace(u, detail=f"{note}; {u.detail}" if u.detail else note))
            changes.append(ReplanChange(u.stop_id, UNSERVED, u.reason.value))
    vehicle_of = {v.stop_id: vid for vid, ts in routed.items() for t in ts for v in t.visits}
    for i in sorted(from_broken):
        if i in vehicle_of:
            changes.append(ReplanChange(i, MOVED, vehicle_of[i]))
    trips_of = {vid: kept.get(vid, []) + routed.get(vid, []) for vid in vehicles}
    new_problem = (
        replace_stops(problem, [s for s in problem.stops if s.id not in rescheduled])
        if rescheduled
        else problem
    )
    new_solution = _solution(new_problem, trips_of, unserved, note)
    violations = verify(new_problem, new_solution)
    if violations:  # a bug, not bad input: never hand out a plan the verifier refuses
        raise AssertionError(f"re-planned {day_plan.day} fails the verifier: {violations[:3]}")
    order = {MOVED: 0, RESCHEDULED: 1, UNSERVED: 2}
    changes.sort(key=lambda c: (order[c.kind], c.stop_id))
    return Replan(
        ParcelDay(day_plan.day, new_problem, new_solution),
        changes,
        rescheduled,
        sorted(on_board),
    )


def replace_stops(problem: Problem, stops: Sequence[Stop]) -> Problem:
    """`problem` with only `stops` (same depots, vehicles and matrices)."""
    return Problem(
        depots=problem.depots,
        vehicles=problem.vehicles,
        stops=tuple(stops),
        duration_s=problem.duration_s,
        distance_m=problem.distance_m,
        max_ride_s=problem.max_ride_s,
    )
