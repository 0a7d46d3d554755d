"""Independent check of a solution against its problem; shares nothing with the solver but types.

`verify(problem, solution)` lists every violation (an empty list means the plan is valid):
each stop served at most once and otherwise explained, loads within capacity per trip, windows,
shifts, reload times, kitchen hours, ride-time limits, skills, times consistent with the matrix,
and totals that add up.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from dataclasses import dataclass

from routing.model import Problem, Route, Solution, Stop, Trip, Vehicle, Visit


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule, naming the vehicle and/or stop at fault."""

    kind: str
    message: str
    vehicle_id: str | None = None
    stop_id: str | None = None

    def __str__(self) -> str:
        return f"[{self.kind}] {self.message}"


def _hhmm(seconds: int) -> str:
    sign = "-" if seconds < 0 else ""
    minutes = abs(seconds) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}:{abs(seconds) % 60:02d}"


class _Checker:
    """Collects violations while walking the solution."""

    def __init__(self, problem: Problem, solution: Solution) -> None:
        self.problem = problem
        self.solution = solution
        self.stops = {s.id: s for s in problem.stops}
        self.vehicles = {v.id: v for v in problem.vehicles}
        self.depots = {d.id: d for d in problem.depots}
        self.found: list[Violation] = []

    def add(
        self, kind: str, message: str, vehicle: str | None = None, stop: str | None = None
    ) -> None:
        self.found.append(Violation(kind, message, vehicle, stop))

    def travel(self, origin: int, target: int) -> tuple[float, float]:
        return (
            float(self.problem.duration_s[origin, target]),
            float(self.problem.distance_m[origin, target]),
        )

    # --- stop accounting -------------------------------------------------------------------
    def check_coverage(self) -> None:
        served = [v.stop_id for r in self.solution.routes for t in r.trips for v in t.visits]
        unserved = [u.stop_id for u in self.solution.unserved]
        for stop_id, n in Counter(served).items():
            if n > 1:
                self.add("duplicate", f"stop {stop_id} is served {n} times", stop=stop_id)
        for stop_id, n in Counter(unserved).items():
            if n > 1:
                self.add("duplicate", f"stop {stop_id} is listed unserved {n} times", stop=stop_id)
        for stop_id in set(served) & set(unserved):
            self.add("duplicate", f"stop {stop_id} is both served and unserved", stop=stop_id)
        for stop_id in (set(served) | set(unserved)) - set(self.stops):
            self.add("unknown", f"stop {stop_id} is not in the problem", stop=stop_id)
        for stop_id in set(self.stops) - set(served) - set(unserved):
            self.add("missing", f"stop {stop_id} is neither served nor explained", stop=stop_id)
        for u in self.solution.unserved:
            if not u.reason:
                self.add(
                    "unexplained", f"stop {u.stop_id} is unserved without a reason", stop=u.stop_id
                )

    # --- routes ----------------------------------------------------------------------------
    def check_routes(self) -> None:
        counts = Counter(r.vehicle_id for r in self.solution.routes)
        for vehicle_id, n in counts.items():
            if n > 1:
                self.add("vehicle", f"vehicle {vehicle_id} has {n} routes", vehicle=vehicle_id)
        objective = 0
        for route in self.solution.routes:
            vehicle = self.vehicles.get(route.vehicle_id)
            if vehicle is None:
                self.add("unknown", f"vehicle {route.vehicle_id} is not in the problem")
                continue
            self.check_route(vehicle, route)
            if route.trips:
                objective += (
                    vehicle.fixed_cost
                    + vehicle.cost_per_s * route.driving_s
                    + vehicle.cost_per_m * route.distance_m
                )
        totals = (
            ("driving_s", self.solution.driving_s, sum(r.driving_s for r in self.solution.routes)),
            (
                "distance_m",
                self.solution.distance_m,
                sum(r.distance_m for r in self.solution.routes),
            ),
            ("working_s", self.solution.working_s, sum(r.working_s for r in self.solution.routes)),
            ("objective", self.solution.objective, objective),
        )
        for name, stated, actual in totals:
            if stated != actual:
                self.add("totals", f"solution {name} is {stated}, routes add up to {actual}")

    def check_route(self, vehicle: Vehicle, route: Route) -> None:
        vid = vehicle.id
        trips = route.trips
        if not trips:
            return
        if vehicle.max_trips is not None and len(trips) > vehicle.max_trips:
            self.add(
                "trips", f"vehicle {vid} runs {len(trips)} trips, max {vehicle.max_trips}", vid
            )
        if trips[0].depot_id != vehicle.start_depot:
            self.add(
                "depot",
                f"vehicle {vid} starts at {trips[0].depot_id}, not {vehicle.start_depot}",
                vid,
            )
        if trips[-1].return_depot_id != vehicle.end_depot:
            self.add(
                "depot",
                f"vehicle {vid} ends at {trips[-1].return_depot_id}, not {vehicle.end_depot}",
                vid,
            )
        if trips[0].departure_s < vehicle.shift_start_s:
            self.add(
                "shift",
                f"vehicle {vid} leaves at {_hhmm(trips[0].departure_s)}, "
                f"before its shift starts at {_hhmm(vehicle.shift_start_s)}",
                vid,
            )
        if trips[-1].return_s > vehicle.shift_end_s:
            self.add(
                "shift",
                f"vehicle {vid} returns at {_hhmm(trips[-1].return_s)}, "
                f"after its shift ends at {_hhmm(vehicle.shift_end_s)}",
                vid,
            )
        for before, after in itertools.pairwise(trips):
            if after.depot_id != before.return_depot_id:
                self.add(
                    "depot",
                    f"vehicle {vid} leaves {after.depot_id} but was at {before.return_depot_id}",
                    vid,
                )
            ready = before.return_s + vehicle.reload_s
            if after.departure_s < ready:
                self.add(
                    "reload",
                    f"vehicle {vid} leaves at {_hhmm(after.departure_s)}, before its previous trip "
                    f"returns and reloads ({_hhmm(ready)})",
                    vid,
                )
        for trip in trips:
            self.check_trip(vehicle, trip)
        driving = sum(t.driving_s for t in trips)
        distance = sum(t.distance_m for t in trips)
        working = trips[-1].return_s - trips[0].departure_s
        for name, stated, actual in (
            ("driving_s", route.driving_s, driving),
            ("distance_m", route.distance_m, distance),
            ("working_s", route.working_s, working),
        ):
            if stated != actual:
                self.add(
                    "totals", f"vehicle {vid}: {name} is {stated}, trips add up to {actual}", vid
                )

    # --- trips and visits ------------------------------------------------------------------
    def check_trip(self, vehicle: Vehicle, trip: Trip) -> None:
        vid = vehicle.id
        depot = self.depots.get(trip.depot_id)
        back_depot = self.depots.get(trip.return_depot_id)
        if depot is None or back_depot is None:
            self.add("unknown", f"vehicle {vid}: trip uses an unknown kitchen", vid)
            return
        if not trip.visits:
            self.add(
                "trip", f"vehicle {vid}: trip leaving {_hhmm(trip.departure_s)} has no visits", vid
            )
        if not depot.open_s <= trip.departure_s <= depot.close_s:
            self.add(
                "kitchen",
                f"vehicle {vid} leaves kitchen {depot.id} at {_hhmm(trip.departure_s)}, outside "
                f"{_hhmm(depot.open_s)}-{_hhmm(depot.close_s)}",
                vid,
            )
        known = [self.stops[v.stop_id] for v in trip.visits if v.stop_id in self.stops]
        if len(known) != len(trip.visits):
            return
        dims = len(vehicle.capacity)
        load = tuple(sum(s.demand[d] for s in known) for d in range(dims))
        if trip.load != load:
            self.add("load", f"vehicle {vid}: trip load {trip.load}, its stops need {load}", vid)
        if any(q > c for q, c in zip(load, vehicle.capacity, strict=True)):
            self.add(
                "capacity",
                f"vehicle {vid}: trip leaving {_hhmm(trip.departure_s)} carries {load}, "
                f"capacity {vehicle.capacity}",
                vid,
            )
        clock = trip.departure_s
        location = depot.location
        driving = 0.0
        distance = 0.0
        on_board = list(load)
        for visit, stop in zip(trip.visits, known, strict=True):
            travel_s, travel_m = self.travel(location, stop.location)
            if math.isinf(travel_s) or math.isinf(travel_m):
                self.add("unreachable", f"vehicle {vid}: no road to stop {stop.id}", vid, stop.id)
                return
            driving += travel_s
            distance += travel_m
            self.check_visit(vehicle, trip, stop, visit, clock + int(travel_s))
            on_board = [q - d for q, d in zip(on_board, stop.demand, strict=True)]
            if tuple(on_board) != visit.load_after:
                self.add(
                    "load",
                    f"stop {stop.id}: load after is {visit.load_after}, expected {tuple(on_board)}",
                    vid,
                    stop.id,
                )
            clock = visit.departure_s
            location = stop.location
        back_s, back_m = self.travel(location, back_depot.location)
        if math.isinf(back_s):
            self.add("unreachable", f"vehicle {vid}: no road back to kitchen {back_depot.id}", vid)
            return
        if trip.return_s != clock + int(back_s):
            self.add(
                "time",
                f"vehicle {vid}: trip returns at {_hhmm(trip.return_s)}, the matrix gives "
                f"{_hhmm(clock + int(back_s))}",
                vid,
            )
        driving += back_s
        distance += back_m
        if trip.driving_s != int(driving) or trip.distance_m != int(distance):
            self.add(
                "totals",
                f"vehicle {vid}: trip driving {trip.driving_s} s / {trip.distance_m} m, "
                f"matrix gives {int(driving)} s / {int(distance)} m",
                vid,
            )

    def check_visit(
        self, vehicle: Vehicle, trip: Trip, stop: Stop, visit: Visit, arrival: int
    ) -> None:
        vid, sid = vehicle.id, stop.id
        if visit.arrival_s != arrival:
            self.add(
                "time",
                f"stop {sid}: arrival {_hhmm(visit.arrival_s)}, the matrix gives {_hhmm(arrival)}",
                vid,
                sid,
            )
        if visit.start_s < visit.arrival_s:
            self.add("time", f"stop {sid}: service starts before arrival", vid, sid)
        if visit.waiting_s != visit.start_s - visit.arrival_s:
            self.add(
                "time", f"stop {sid}: waiting {visit.waiting_s} s != start - arrival", vid, sid
            )
        if visit.departure_s != visit.start_s + stop.service_s:
            self.add(
                "time", f"stop {sid}: departure is not service start + {stop.service_s} s", vid, sid
            )
        if stop.window is not None and not stop.window[0] <= visit.start_s <= stop.window[1]:
            self.add(
                "window",
                f"stop {sid}: service at {_hhmm(visit.start_s)} outside its window "
                f"{_hhmm(stop.window[0])}-{_hhmm(stop.window[1])}",
                vid,
                sid,
            )
        ride = visit.start_s - trip.departure_s
        if visit.ride_s != ride:
            self.add(
                "ride",
                f"stop {sid}: ride_s {visit.ride_s} but kitchen to door is {ride} s",
                vid,
                sid,
            )
        limit = self.problem.max_ride_s.get(stop.meal_type)
        if limit is not None and ride > limit:
            self.add(
                "ride",
                f"stop {sid}: {stop.meal_type} meal rides {ride} s, limit {limit} s ({vid})",
                vid,
                sid,
            )
        if not stop.required_skills <= vehicle.skills:
            missing = sorted(stop.required_skills - vehicle.skills)
            self.add("skill", f"stop {sid} needs {missing}, vehicle {vid} lacks them", vid, sid)


def verify(problem: Problem, solution: Solution) -> list[Violation]:
    """Every violation of `solution` against `problem`; an empty list means the plan is valid."""
    checker = _Checker(problem, solution)
    checker.check_coverage()
    checker.check_routes()
    return checker.found
