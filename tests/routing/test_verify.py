"""The verifier accepts a valid plan and catches every kind of planted violation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from routing.model import Depot, Problem, Solution, SolveParams, Stop, Trip, Vehicle, Visit
from routing.solve import solve
from routing.verify import verify

HOUR = 3600
Case = tuple[Problem, Solution]


@pytest.fixture(scope="module")
def case() -> Case:
    """A valid plan with reloads, windows and a binding ride limit (one van, two loads or more)."""
    rng = np.random.default_rng(5)
    points = np.vstack([[0, 0], rng.uniform(-1500, 1500, (10, 2))])
    matrix = np.rint(np.sqrt(((points[:, None] - points[None]) ** 2).sum(-1)) / 3.0)
    stops = [
        Stop(
            f"s{i}",
            0,
            (1,),
            window=(9 * HOUR, 11 * HOUR) if i % 3 == 0 else None,
            service_s=120,
            required_skills=frozenset({"lift"}) if i == 4 else frozenset(),
        )
        for i in range(10)
    ]
    vans = [
        Vehicle("v1", "k", "k", 8 * HOUR, 14 * HOUR, (4,), skills=frozenset({"lift"}), reload_s=300)
    ]
    problem = Problem.from_matrices([Depot("k", 0)], vans, stops, matrix, max_ride_s={"hot": 1500})
    # Work bounds, not the clock: the same plan on any machine, however loaded.
    params = SolveParams(
        time_limit_s=60.0, seed=1, deterministic=True, pyvrp_iterations=200, ortools_solutions=20
    )
    solution = solve(problem, params)
    assert verify(problem, solution) == []
    assert not solution.unserved and len(solution.routes[0].trips) >= 3
    return problem, solution


def _edit_trip(solution: Solution, index: int, edit: Callable[[Trip], Trip]) -> Solution:
    route = solution.routes[0]
    trips = list(route.trips)
    trips[index % len(trips)] = edit(trips[index % len(trips)])
    return replace(solution, routes=(replace(route, trips=tuple(trips)),))


def _edit_visit(solution: Solution, index: int, edit: Callable[[Visit], Visit]) -> Solution:
    def on_trip(trip: Trip) -> Trip:
        visits = list(trip.visits)
        visits[index % len(visits)] = edit(visits[index % len(visits)])
        return replace(trip, visits=tuple(visits))

    return _edit_trip(solution, index, on_trip)


def _plant(kind: str, problem: Problem, solution: Solution, k: int) -> Case:
    """Break the plan (or its problem) in one way; return what the verifier should see."""
    van = problem.vehicles[0]
    if kind == "duplicate":
        first = solution.routes[0].trips[0].visits[0]
        return problem, _edit_trip(solution, k + 1, lambda t: replace(t, visits=(*t.visits, first)))
    if kind == "missing":
        return problem, _edit_trip(solution, k, lambda t: replace(t, visits=t.visits[:-1]))
    if kind == "time":
        return problem, _edit_visit(solution, k, lambda v: replace(v, arrival_s=v.arrival_s + 1))
    if kind == "window":
        windowed = [s for s in problem.stops if s.window is not None]
        stop = windowed[k % len(windowed)]
        tight = replace(stop, window=(0, 60))
        stops = tuple(tight if s.id == stop.id else s for s in problem.stops)
        return replace(problem, stops=stops), solution
    if kind == "ride":
        return replace(problem, max_ride_s={"hot": solution.max_ride_s - 1}), solution
    if kind == "capacity":
        biggest = max(t.load[0] for t in solution.routes[0].trips)
        return replace(problem, vehicles=(replace(van, capacity=(biggest - 1,)),)), solution
    if kind == "shift":
        last = solution.routes[0].trips[-1].return_s
        return replace(problem, vehicles=(replace(van, shift_end_s=last - 1 - k % 60),)), solution
    if kind == "reload":
        return replace(problem, vehicles=(replace(van, reload_s=van.reload_s + 10_000),)), solution
    if kind == "skill":
        return replace(problem, vehicles=(replace(van, skills=frozenset()),)), solution
    if kind == "totals":
        return problem, replace(solution, driving_s=solution.driving_s + 1 + k)
    if kind == "unknown":
        return problem, _edit_visit(solution, k, lambda v: replace(v, stop_id="ghost"))
    raise AssertionError(kind)


KINDS = [
    "duplicate",
    "missing",
    "time",
    "window",
    "ride",
    "capacity",
    "shift",
    "reload",
    "skill",
    "totals",
    "unknown",
]


@settings(max_examples=60, deadline=None)
@given(kind=st.sampled_from(KINDS), k=st.integers(0, 1000))
def test_planted_violation_is_caught(case: Case, kind: str, k: int) -> None:
    problem, solution = _plant(kind, *case, k)
    found = verify(problem, solution)
    assert kind in {v.kind for v in found}, [str(v) for v in found]
    assert all(str(v) for v in found)


def test_messages_name_vehicle_and_stop(case: Case) -> None:
    problem, solution = case
    broken = replace(problem, max_ride_s={"hot": solution.max_ride_s - 1})
    (violation,) = [v for v in verify(broken, solution) if v.kind == "ride"]
    assert violation.vehicle_id == "v1" and violation.stop_id is not None
    assert violation.stop_id in str(violation) and "v1" in str(violation)


def test_overlapping_trips_are_caught(case: Case) -> None:
    problem, solution = case
    early = _edit_trip(solution, 1, lambda t: replace(t, departure_s=t.departure_s - 10_000))
    kinds = {v.kind for v in verify(problem, early)}
    assert {"reload", "ride"} <= kinds
