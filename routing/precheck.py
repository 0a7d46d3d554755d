"""Per-stop feasibility before routing: can a dedicated van serve this stop at all, and if not, why.

A stop fails when no van (a) has its required skills, (b) can carry its demand, (c) can reach it
from its kitchen and back, (d) meets the ride-time limit driving straight there, or (e) meets its
window (and returns within the shift) leaving as well-timed as its shift and kitchen allow.
"""

from __future__ import annotations

import math

from routing.model import Problem, Stop, Unserved, UnservedReason, Vehicle


def clock(seconds: float) -> str:
    """Seconds since midnight as HH:MM (for messages), rounded to the nearest minute, half a
    minute up: the rule of `domain.clock.format_hhmm` (routing imports no other Sofra package),
    so a time in an unserved household's detail reads as on the route sheet."""
    minutes = int(seconds // 60) + (1 if seconds % 60 >= 30 else 0)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _travel(problem: Problem, origin: int, target: int) -> float:
    return float(problem.duration_s[origin, target])


def _dedicated_trip_failure(problem: Problem, vehicle: Vehicle, stop: Stop) -> Unserved | None:
    """Why a van dedicated to this stop alone cannot serve it; None when it can."""
    depot = problem.depot(vehicle.start_depot)
    end = problem.depot(vehicle.end_depot)
    out_s = _travel(problem, depot.location, stop.location)
    reload_s = _travel(problem, stop.location, depot.location)
    back_s = _travel(problem, stop.location, end.location)
    if math.isinf(out_s) or math.isinf(back_s) or math.isinf(reload_s):
        kitchens = depot.id if depot.id == end.id else f"{depot.id} / {end.id}"
        return Unserved(stop.id, UnservedReason.UNREACHABLE, f"no road from/to kitchen {kitchens}")
    limit = problem.ride_limit_s(stop)
    if limit is not None and out_s > limit:
        detail = f"direct drive from kitchen {depot.id} takes {out_s:.0f} s > limit {limit} s"
        return Unserved(stop.id, UnservedReason.RIDE_LIMIT_INFEASIBLE, detail)
    first = max(vehicle.shift_start_s, depot.open_s)
    last = min(vehicle.shift_end_s, depot.close_s)
    early, late = stop.window if stop.window is not None else (0, math.inf)
    departure = min(max(first, early - out_s), last)
    start = max(departure + out_s, early)
    if start > late:
        detail = f"earliest arrival {clock(start)} after window end {clock(late)}"
        return Unserved(stop.id, UnservedReason.WINDOW_INFEASIBLE, detail)
    if limit is not None and start - departure > limit:
        detail = f"kitchen closes {clock(last)}: ride {start - departure:.0f} s > {limit} s"
        return Unserved(stop.id, UnservedReason.RIDE_LIMIT_INFEASIBLE, detail)
    finish = start + stop.service_s + back_s
    if finish > vehicle.shift_end_s:
        detail = (
            f"a dedicated trip ends {clock(finish)}, after shift end {clock(vehicle.shift_end_s)}"
        )
        reason = (
            UnservedReason.WINDOW_INFEASIBLE
            if stop.window is not None
            else UnservedReason.SHIFT_TIME_EXHAUSTED
        )
        return Unserved(stop.id, reason, detail)
    return None


_ORDER = [
    UnservedReason.UNREACHABLE,
    UnservedReason.RIDE_LIMIT_INFEASIBLE,
    UnservedReason.WINDOW_INFEASIBLE,
    UnservedReason.SHIFT_TIME_EXHAUSTED,
]


def stop_failure(problem: Problem, stop: Stop) -> Unserved | None:
    """The reason no van can serve `stop` even alone, or None when some van can."""
    skilled = [v for v in problem.vehicles if stop.required_skills <= v.skills]
    if not skilled:
        missing = sorted(stop.required_skills - set().union(*(v.skills for v in problem.vehicles)))
        detail = f"no van has skill(s) {', '.join(missing) or sorted(stop.required_skills)}"
        return Unserved(stop.id, UnservedReason.SKILL_MISSING, detail)
    fitting = [
        v for v in skilled if all(q <= c for q, c in zip(stop.demand, v.capacity, strict=True))
    ]
    if not fitting:
        biggest = max(v.capacity for v in skilled)
        detail = f"demand {stop.demand} exceeds the largest capacity {biggest}"
        return Unserved(stop.id, UnservedReason.DEMAND_EXCEEDS_CAPACITY, detail)
    failures = []
    for vehicle in fitting:
        failure = _dedicated_trip_failure(problem, vehicle, stop)
        if failure is None:
            return None
        failures.append(failure)
    # The van that came closest decides the reason shown: the latest stage any van reached.
    return max(failures, key=lambda f: _ORDER.index(f.reason))


def precheck(problem: Problem) -> dict[str, Unserved]:
    """Stops no van can serve even alone, by stop id, each with its reason."""
    result: dict[str, Unserved] = {}
    for stop in problem.stops:
        failure = stop_failure(problem, stop)
        if failure is not None:
            result[stop.id] = failure
    return result
