"""PyVRP and VROOM run on a Sofra `Problem` (same matrices), for side-by-side benchmark tables.

Neither can express the ride-time limit. PyVRP plans reloads natively (reload depots); VROOM has
no reloads, so each van is copied once per trip it may run, without linking the copies in time
(an optimistic baseline: its "vans" may overlap). Both report trips as location sequences so the
caller can price them with any matrix (e.g. exact Euclidean distances on the public instances).
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from datetime import timedelta

import numpy as np
import vroom
from pyvrp import (
    ActivityType,
    Client,
    Depot,
    Location,
    ProblemData,
    VehicleType,
    minimise_fleet,
    solve,
)
from pyvrp.stop import MaxRuntime

from routing.model import Problem

BIG = 10**9


@dataclass
class Baseline:
    """A baseline plan: trips as location lists (depot excluded) with their van and departure."""

    engine: str
    trips: list[list[int]] = field(default_factory=list)
    trip_depots: list[int] = field(default_factory=list)
    vans_used: int = 0
    unserved: int = 0
    max_ride_s: int = 0
    runtime_s: float = 0.0
    rides_s: list[int] = field(default_factory=list)
    """Ride time of every served stop (trip departure to service start)."""

    def cost(self, matrix: np.ndarray) -> float:
        """Sum of `matrix` over every trip, depot to depot."""
        total = 0.0
        for depot, trip in zip(self.trip_depots, self.trips, strict=True):
            path = [depot, *trip, depot]
            total += float(sum(matrix[a, b] for a, b in itertools.pairwise(path)))
        return total


def _int_matrix(matrix: np.ndarray) -> np.ndarray:
    return np.where(np.isfinite(matrix), matrix, BIG).astype(np.int64)


def run_pyvrp(
    problem: Problem,
    time_limit_s: float,
    seed: int = 1,
    reloads: bool = False,
    fleet: bool = False,
) -> Baseline:
    """PyVRP's default search; with `reloads`, vans may go back to their kitchen for more.

    With `fleet` (fewest vans first, then driving): every stop is required, PyVRP's own
    `minimise_fleet` takes half the budget (one vehicle type only), and each van used costs
    more than any plan's driving, as in Sofra's fleet objective."""
    depot_ids = [d.id for d in problem.depots]
    n_dep = len(problem.depots)
    locations = [d.location for d in problem.depots] + [s.location for s in problem.stops]
    index = np.array(locations)
    duration = _int_matrix(problem.duration_s[np.ix_(index, index)])
    clients = [
        Client(
            location=n_dep + i,
            delivery=list(s.demand),
            service_duration=s.service_s,
            tw_early=s.window[0] if s.window else 0,
            tw_late=s.window[1] if s.window else BIG,
            prize=0 if fleet else BIG // 1000,
            required=fleet,
        )
        for i, s in enumerate(problem.stops)
    ]
    reload_s = max((v.reload_s for v in problem.vehicles), default=0)
    depots = [
        Depot(
            location=i,
            tw_early=d.open_s,
            tw_late=d.close_s,
            service_duration=reload_s if reloads else 0,
        )
        for i, d in enumerate(problem.depots)
    ]
    groups: dict[tuple[object, ...], list[int]] = {}
    for v in problem.vehicles:
        key = (v.start_depot, v.end_depot, v.capacity, v.shift_start_s, v.shift_end_s, v.max_trips)
        groups.setdefault(key, []).append(1)
    types = []
    van_cost = int(2 * duration[:n_dep].min(axis=0).sum()) + 1 if fleet else 0
    for (start, end, capacity, early, late, max_trips), members in groups.items():
        s, e = depot_ids.index(str(start)), depot_ids.index(str(end))
        extra = {}
        if reloads:
            extra = {"reload_depots": [s]}
            if max_trips is not None:
                extra["max_reloads"] = int(max_trips) - 1  # type: ignore[call-overload]
        types.append(
            VehicleType(
                num_available=len(members),
                capacity=list(capacity),  # type: ignore[call-overload]
                start_depot=s,
                end_depot=e,
                tw_early=int(early),  # type: ignore[call-overload]
                tw_late=int(late),  # type: ignore[call-overload]
                fixed_cost=van_cost,
                **extra,  # type: ignore[arg-type]
            )
        )
    data = ProblemData(
        [Location(0.0, 0.0) for _ in locations], clients, depots, types, [duration], [duration]
    )
    started = time.perf_counter()
    if fleet and data.num_vehicle_types == 1:
        smallest = minimise_fleet(data, MaxRuntime(time_limit_s / 2), seed=seed)
        data = data.replace(vehicle_types=[smallest])
    left_s = max(0.01, time_limit_s - (time.perf_counter() - started))
    result = solve(data, MaxRuntime(left_s), seed=seed, collect_stats=False, display=False)
    out = Baseline("PyVRP", runtime_s=time.perf_counter() - started)
    if not result.best.is_feasible():
        out.unserved = len(problem.stops)
        return out
    served = 0
    for route in result.best.routes():
        out.vans_used += 1
        schedule = list(route.schedule())
        depot_loc = int(index[route.start_depot()])
        trip: list[int] = []
        left_s = 0
        for activity in schedule:
            if activity.type == ActivityType.DEPOT:
                if trip:
                    out.trips.append(trip)
                    out.trip_depots.append(depot_loc)
                    trip = []
                left_s = activity.end_time
            else:
                trip.append(int(locations[n_dep + activity.idx]))
                out.rides_s.append(int(activity.start_time - left_s))
                out.max_ride_s = max(out.max_ride_s, activity.start_time - left_s)
                served += 1
        if trip:
            out.trips.append(trip)
            out.trip_depots.append(depot_loc)
    out.unserved = len(problem.stops) - served
    return out


def run_vroom(problem: Problem, time_limit_s: float, copies: int = 1) -> Baseline:
    """VROOM at exploration level 5, one thread; each van copied `copies` times (no reloads)."""
    n_dep = len(problem.depots)
    locations = [d.location for d in problem.depots] + [s.location for s in problem.stops]
    index = np.array(locations)
    duration = _int_matrix(problem.duration_s[np.ix_(index, index)])
    depot_index = {d.id: i for i, d in enumerate(problem.depots)}
    inp = vroom.Input()
    inp.set_durations_matrix(profile="car", matrix_input=duration)
    owner = []
    for v in problem.vehicles:
        for _ in range(copies):
            inp.add_vehicle(
                vroom.Vehicle(
                    len(owner),
                    start=depot_index[v.start_depot],
                    end=depot_index[v.end_depot],
                    capacity=list(v.capacity),
                    time_window=vroom.TimeWindow(v.shift_start_s, v.shift_end_s),
                )
            )
            owner.append(v.id)
    for i, s in enumerate(problem.stops):
        windows = [vroom.TimeWindow(*s.window)] if s.window else []
        inp.add_job(
            vroom.Job(
                i,
                location=n_dep + i,
                default_service=s.service_s,
                delivery=list(s.demand),
                time_windows=windows,
            )
        )
    started = time.perf_counter()
    solution = inp.solve(exploration_level=5, nb_threads=1, timeout=timedelta(seconds=time_limit_s))
    out = Baseline("VROOM", runtime_s=time.perf_counter() - started)
    routes = solution.routes
    served = 0
    vans = set()
    for vehicle_id, steps in routes.groupby("vehicle_id"):
        trip: list[int] = []
        start_s = 0
        for _, step in steps.iterrows():
            if step["type"] == "start":
                start_s = int(step["arrival"])
            elif step["type"] == "job":
                trip.append(int(locations[int(step["location_index"])]))
                out.rides_s.append(int(step["arrival"]) - start_s)
                out.max_ride_s = max(out.max_ride_s, int(step["arrival"]) - start_s)
                served += 1
        if trip:
            out.trips.append(trip)
            depot = int(steps.iloc[0]["location_index"])
            out.trip_depots.append(int(locations[depot]))
            vans.add(owner[int(vehicle_id)])
    out.vans_used = len(vans)
    out.unserved = len(problem.stops) - served
    return out
