"""A parcel day routed by PyVRP alone (the benchmark's baseline engine), modelled as PyVRP sees it.

Each van is one full-day PyVRP vehicle (08:30–17:00) with multi-trip reloads at the warehouse
(`reload_depots`, the depot's service time is the 20-minute reload) and capacities in kg and
litres. The lunch is a reload too: a required visit of the van's own "lunch" client at the
warehouse starting at 12:30 and lasting until 13:30 (pinned to its van by one capacity dimension
per van). Two-person stops are kept off single-crew vans the same way (a "stairs" dimension only
two-person vans carry). Stops may be dropped at a prize (left out, not infeasible).

The PyVRP routes come back as Sofra's morning and afternoon vehicles: a trip is cut at the lunch
(the van is at the warehouse then), trips before it go to `<van>-am`, after it to `<van>-pm`,
and times are replayed from the matrix, so `routing.verify` checks the baseline like any plan.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from domain.clock import hhmm_to_s
from domain.parcels import TWO_PERSON
from domain.services import PARCELS, ServiceKind
from routing.model import (
    Problem,
    Route,
    Solution,
    SolveStats,
    Trip,
    Unserved,
    UnservedReason,
    Vehicle,
    Visit,
)

FORBIDDEN = 10_000_000
"""Travel time standing for "no road" in PyVRP's integer matrices."""
DROP_PRIZE = 1_000_000
"""PyVRP's prize of a stop: leaving one out costs this much (far above any detour)."""
STAIRS_CAPACITY = 10_000


def _van(vehicle_id: str) -> tuple[str, str]:
    van, half = vehicle_id.rsplit("-", 1)
    return van, half


def _timed(problem: Problem, departure_s: int, ids: Sequence[str], depot: str) -> Trip:
    """A trip over `ids` from the warehouse at `departure_s`, every time from the matrix
    (service starts on arrival or at the window's opening)."""
    stops = {s.id: s for s in problem.stops}
    home = {d.id: d.location for d in problem.depots}[depot]
    chosen = [stops[i] for i in ids]
    load = tuple(sum(s.demand[d] for s in chosen) for d in range(len(chosen[0].demand)))
    on_board = list(load)
    clock, here, driving, distance = departure_s, home, 0, 0
    visits = []
    for s in chosen:
        travel = int(problem.duration_s[here, s.location])
        driving += travel
        distance += int(problem.distance_m[here, s.location])
        arrival = clock + travel
        start = max(arrival, s.window[0]) if s.window else arrival
        on_board = [q - d for q, d in zip(on_board, s.demand, strict=True)]
        visits.append(
            Visit(
                s.id,
                arrival,
                start,
                start + s.service_s,
                start - arrival,
                tuple(on_board),
                start - departure_s,
            )
        )
        clock, here = start + s.service_s, s.location
    back = int(problem.duration_s[here, home])
    return Trip(
        depot,
        departure_s,
        load,
        tuple(visits),
        depot,
        clock + back,
        driving + back,
        distance + int(problem.distance_m[here, home]),
    )


def route_day_pyvrp(
    problem: Problem,
    time_limit_s: float,
    seed: int = 0,
    max_iterations: int | None = None,
    kind: ServiceKind = PARCELS,
) -> Solution:
    """The day `problem` (Sofra's, with `<van>-am`/`<van>-pm` vehicles) routed by PyVRP alone
    as full-day vehicles (module docstring); the result verifies against `problem`."""
    from pyvrp import Activity, ActivityType, Client, Location, ProblemData, VehicleType, solve
    from pyvrp import Depot as PyvrpDepot
    from pyvrp import Route as PyvrpRoute
    from pyvrp import Solution as PyvrpSolution
    from pyvrp.stop import MaxIterations, MaxRuntime, MultipleCriteria, StoppingCriterion

    started = time.perf_counter()
    halves: dict[str, dict[str, Vehicle]] = {}
    for v in problem.vehicles:
        van, half = _van(v.id)
        halves.setdefault(van, {})[half] = v
    vans = sorted(halves)
    if not problem.stops or not vans:
        return _solution(problem, {}, [], started)
    depot = problem.depots[0]
    morning, afternoon = kind.shifts
    lunch_start = hhmm_to_s(morning.drivers_off)
    lunch_end = hhmm_to_s(afternoon.depot_departure)
    dims = 2 + len(vans) + 1  # kg, litres, one lunch dimension per van, stairs
    stairs = dims - 1
    n_loc = problem.duration_s.shape[0]
    reload_s = max(v.reload_s for v in problem.vehicles)
    depots = [PyvrpDepot(location=depot.location, service_duration=reload_s)]
    clients = []
    for s in problem.stops:
        demand = [0] * dims
        demand[0], demand[1] = int(s.demand[0]), int(s.demand[1])
        if TWO_PERSON in s.required_skills:
            demand[stairs] = 1
        early, late = s.window if s.window else (0, 86_400)
        clients.append(
            Client(
                location=s.location,
                delivery=demand,
                service_duration=int(s.service_s),
                tw_early=int(early),
                tw_late=int(late),
                prize=DROP_PRIZE,
                required=False,
            )
        )
    for k, _van_id in enumerate(vans):
        demand = [0] * dims
        demand[2 + k] = 1
        clients.append(
            Client(
                location=depot.location,
                delivery=demand,
                service_duration=lunch_end - lunch_start,
                tw_early=lunch_start,
                tw_late=lunch_start,
                required=True,
            )
        )
    n_stops = len(problem.stops)
    types = []
    for k, van in enumerate(vans):
        am, pm = halves[van].get("am"), halves[van].get("pm")
        first = am or pm
        assert first is not None
        capacity = [int(first.capacity[0]), int(first.capacity[1])] + [0] * (dims - 2)
        capacity[2 + k] = 1
        capacity[stairs] = STAIRS_CAPACITY if TWO_PERSON in first.skills else 0
        types.append(
            VehicleType(
                num_available=1,
                capacity=capacity,
                start_depot=0,
                end_depot=0,
                fixed_cost=2 * first.fixed_cost,
                tw_early=max((am or first).shift_start_s, depot.open_s),
                tw_late=(pm or first).shift_end_s,
                reload_depots=[0],
                name=van,
            )
        )
    matrix: Any = np.minimum(np.nan_to_num(problem.duration_s, posinf=FORBIDDEN), FORBIDDEN)
    matrix = matrix.astype(np.int64)
    np.fill_diagonal(matrix, 0)
    locations = [Location(0.0, 0.0) for _ in range(n_loc)]
    data = ProblemData(locations, clients, depots, types, [matrix], [matrix])
    left = max(0.05, time_limit_s - (time.perf_counter() - started))
    stop: StoppingCriterion = MaxRuntime(left)
    if max_iterations is not None:
        stop = MultipleCriteria([stop, MaxIterations(max_iterations)])
    # start from the feasible "lunch only" day: every van just goes to its lunch, so the search
    # inserts stops into feasible routes instead of first repairing a random one
    lunches = [
        PyvrpRoute(data, [Activity(ActivityType.CLIENT, n_stops + k)], k) for k in range(len(vans))
    ]
    initial = PyvrpSolution(data, lunches)
    best = solve(
        data, stop, seed=seed, collect_stats=False, display=False, initial_solution=initial
    ).best
    trips_of: dict[str, list[Trip]] = {}
    if best.is_feasible():
        for route in best.routes():
            van = vans[route.vehicle_type()]
            runs: list[tuple[int, list[str]]] = []
            ids: list[str] = []
            departure = 0
            for activity in route.schedule():
                lunch = activity.type.name == "CLIENT" and activity.idx >= n_stops
                if activity.type.name == "DEPOT" or lunch:
                    if ids:
                        runs.append((departure, ids))
                        ids = []
                    departure = int(activity.end_time)
                elif activity.type.name == "CLIENT":
                    ids.append(problem.stops[activity.idx].id)
            if ids:
                runs.append((departure, ids))
            for departure, run in runs:
                half = "am" if departure < lunch_start else "pm"
                vehicle = halves[van].get(half)
                if vehicle is None:
                    continue
                trips_of.setdefault(vehicle.id, []).append(
                    _timed(problem, departure, run, depot.id)
                )
    served = {i for ts in trips_of.values() for t in ts for v in t.visits for i in [v.stop_id]}
    unserved = [
        Unserved(s.id, UnservedReason.SHIFT_TIME_EXHAUSTED, "left out by PyVRP")
        for s in problem.stops
        if s.id not in served
    ]
    return _solution(problem, trips_of, unserved, started)


def _solution(
    problem: Problem, trips_of: dict[str, list[Trip]], unserved: list[Unserved], started: float
) -> Solution:
    routes = []
    objective = 0
    for v in problem.vehicles:
        trips = sorted(trips_of.get(v.id, []), key=lambda t: t.departure_s)
        if not trips:
            continue
        route = Route(
            v.id,
            tuple(trips),
            sum(t.driving_s for t in trips),
            sum(t.distance_m for t in trips),
            trips[-1].return_s - trips[0].departure_s,
        )
        routes.append(route)
        objective += v.fixed_cost + v.cost_per_s * route.driving_s + v.cost_per_m * route.distance_m
    return Solution(
        routes=tuple(routes),
        unserved=tuple(unserved),
        objective=objective,
        driving_s=sum(r.driving_s for r in routes),
        distance_m=sum(r.distance_m for r in routes),
        working_s=sum(r.working_s for r in routes),
        stats=SolveStats("pyvrp-full-day", time.perf_counter() - started),
    )
