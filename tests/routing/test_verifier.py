"""The verifier against plans rebuilt by an independent simulator (this file's own, sharing
nothing with the solver): consistent plans pass, each planted fault is named by its kind.

tests/routing/test_verify.py plants faults mostly by changing the problem; here the plan itself
is edited and re-timed, so the fault planted is the only thing wrong with it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routing.jsonio import load_problem
from routing.model import (
    Depot,
    Problem,
    Route,
    Solution,
    SolveParams,
    Stop,
    Trip,
    Unserved,
    UnservedReason,
    Vehicle,
    Visit,
)
from routing.solve import solve
from routing.verify import verify

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "routing" / "grid-8-stops.json"


@dataclass(frozen=True)
class Leg:
    """One trip as a plan's author states it: leave `depot` at `departure_s`, serve `stops`."""

    depot: str
    departure_s: int
    stops: tuple[str, ...]
    back_to: str


Schedule = Mapping[str, Sequence[Leg]]


def simulate(problem: Problem, schedule: Schedule, unserved: Sequence[Unserved] = ()) -> Solution:
    """Times, loads, rides and totals of `schedule`; service starts at arrival or window open."""
    stops = {s.id: s for s in problem.stops}
    depots = {d.id: d for d in problem.depots}
    vans = {v.id: v for v in problem.vehicles}
    routes = []
    objective = 0
    for van_id, legs in schedule.items():
        trips = []
        for leg in legs:
            served = [stops[s] for s in leg.stops]
            load = [sum(s.demand[d] for s in served) for d in range(problem.num_dimensions)]
            clock, here = leg.departure_s, depots[leg.depot].location
            driving = distance = 0
            visits = []
            for stop in served:
                travel = int(problem.duration_s[here, stop.location])
                driving += travel
                distance += int(problem.distance_m[here, stop.location])
                arrival = clock + travel
                start = max(arrival, stop.window[0]) if stop.window else arrival
                load = [q - d for q, d in zip(load, stop.demand, strict=True)]
                visits.append(
                    Visit(
                        stop.id,
                        arrival,
                        start,
                        start + stop.service_s,
                        start - arrival,
                        tuple(load),
                        start - leg.departure_s,
                    )
                )
                clock, here = start + stop.service_s, stop.location
            back = depots[leg.back_to].location
            driving += int(problem.duration_s[here, back])
            distance += int(problem.distance_m[here, back])
            trips.append(
                Trip(
                    leg.depot,
                    leg.departure_s,
                    tuple(sum(s.demand[d] for s in served) for d in range(len(load))),
                    tuple(visits),
                    leg.back_to,
                    clock + int(problem.duration_s[here, back]),
                    driving,
                    distance,
                )
            )
        driving = sum(t.driving_s for t in trips)
        distance = sum(t.distance_m for t in trips)
        working = trips[-1].return_s - trips[0].departure_s if trips else 0
        routes.append(Route(van_id, tuple(trips), driving, distance, working))
        van = vans[van_id]
        if trips:
            objective += van.fixed_cost + van.cost_per_s * driving + van.cost_per_m * distance
    return Solution(
        tuple(routes),
        tuple(unserved),
        objective,
        sum(r.driving_s for r in routes),
        sum(r.distance_m for r in routes),
        sum(r.working_s for r in routes),
    )


def schedule_of(solution: Solution) -> dict[str, list[Leg]]:
    """The legs of a plan (what `simulate` needs to rebuild it)."""
    return {
        r.vehicle_id: [
            Leg(t.depot_id, t.departure_s, tuple(v.stop_id for v in t.visits), t.return_depot_id)
            for t in r.trips
        ]
        for r in solution.routes
    }


def kinds(problem: Problem, solution: Solution) -> set[str]:
    return {v.kind for v in verify(problem, solution)}


# --- a solved plan, rebuilt and then broken one way at a time ----------------------------------


@pytest.fixture(scope="module")
def plan() -> tuple[Problem, Solution]:
    """The grid fixture solved: two dimensions, windows, a skill, a 25-minute limit, reloads."""
    problem = load_problem(FIXTURE)
    solution = solve(problem, SolveParams(time_limit_s=2, seed=1, deterministic=True))
    assert verify(problem, solution) == []
    assert not solution.unserved
    assert max(len(r.trips) for r in solution.routes) >= 3
    return problem, solution


def busiest(solution: Solution) -> tuple[str, list[Leg]]:
    route = max(solution.routes, key=lambda r: len(r.trips))
    return route.vehicle_id, schedule_of(solution)[route.vehicle_id]


def rebuilt(problem: Problem, solution: Solution, van_id: str, legs: list[Leg]) -> Solution:
    schedule = schedule_of(solution) | {van_id: legs}
    return simulate(problem, schedule, solution.unserved)


def test_the_solvers_times_agree_with_an_independent_simulation(plan: tuple[Problem, Solution]):
    problem, solution = plan
    assert simulate(problem, schedule_of(solution)) == solution


def test_a_stop_served_twice_is_a_duplicate(plan: tuple[Problem, Solution]) -> None:
    problem, solution = plan
    van_id, legs = busiest(solution)
    legs[-1] = replace(legs[-1], stops=(*legs[-1].stops, legs[0].stops[0]))
    assert "duplicate" in kinds(problem, rebuilt(problem, solution, van_id, legs))


def test_a_stop_dropped_without_a_reason_is_missing_and_nothing_else(
    plan: tuple[Problem, Solution],
) -> None:
    problem, solution = plan
    van_id, legs = busiest(solution)
    dropped = legs[0].stops[0]
    legs[0] = replace(legs[0], stops=legs[0].stops[1:])
    legs = [leg for leg in legs if leg.stops]
    assert kinds(problem, rebuilt(problem, solution, van_id, legs)) == {"missing"}
    explained = simulate(
        problem,
        schedule_of(solution) | {van_id: legs},
        (Unserved(dropped, UnservedReason.SHIFT_TIME_EXHAUSTED, "test"),),
    )
    assert verify(problem, explained) == []


def test_two_loads_in_one_trip_overload_the_van(plan: tuple[Problem, Solution]) -> None:
    problem, solution = plan
    van_id, legs = busiest(solution)
    merged = replace(legs[0], stops=legs[0].stops + legs[1].stops + legs[2].stops)
    assert "capacity" in kinds(problem, rebuilt(problem, solution, van_id, [merged, *legs[3:]]))


def test_a_time_out_of_step_with_the_matrix_is_caught(plan: tuple[Problem, Solution]) -> None:
    problem, solution = plan
    route = solution.routes[0]
    trip = route.trips[0]
    late = replace(trip.visits[0], arrival_s=trip.visits[0].arrival_s + 60)
    trips = (replace(trip, visits=(late, *trip.visits[1:])), *route.trips[1:])
    broken = replace(solution, routes=(replace(route, trips=trips), *solution.routes[1:]))
    assert {v.kind for v in verify(problem, broken)} == {"time"}
    early_back = replace(trip, return_s=trip.return_s - 1)
    trips = (early_back, *route.trips[1:])
    broken = replace(solution, routes=(replace(route, trips=trips), *solution.routes[1:]))
    assert "time" in kinds(problem, broken)


def windowed_leg(problem: Problem, legs: list[Leg]) -> tuple[int, Stop]:
    windows = {s.id: s for s in problem.stops if s.window is not None}
    return next((i, windows[s]) for i, leg in enumerate(legs) for s in leg.stops if s in windows)


def test_leaving_too_late_misses_a_window(plan: tuple[Problem, Solution]) -> None:
    problem, solution = plan
    van_id, legs = busiest(solution)
    k, stop = windowed_leg(problem, legs)
    assert stop.window is not None
    legs = [replace(legs[k], departure_s=stop.window[1] + 1)]
    found = kinds(problem, rebuilt(problem, solution, van_id, legs))
    assert "window" in found


def test_leaving_too_early_keeps_the_meal_on_the_road_beyond_the_limit(
    plan: tuple[Problem, Solution],
) -> None:
    """Waiting for a window to open counts as ride time: the meal is already in the van."""
    problem, solution = plan
    van_id, legs = busiest(solution)
    k, stop = windowed_leg(problem, legs)
    assert stop.window is not None
    limit = problem.max_ride_s["hot"]
    legs = [replace(legs[k], departure_s=stop.window[0] - limit - 1)]
    found = kinds(problem, rebuilt(problem, solution, van_id, legs))
    assert "ride" in found
    assert found <= {"ride", "kitchen", "shift", "missing"}


def test_overlapping_trips_of_a_van_are_caught(plan: tuple[Problem, Solution]) -> None:
    problem, solution = plan
    van_id, legs = busiest(solution)
    first_back = rebuilt(problem, solution, van_id, legs[:1]).routes
    returned = next(r for r in first_back if r.vehicle_id == van_id).trips[0].return_s
    no_windows = next(
        i
        for i, leg in enumerate(legs[1:], start=1)
        if all(s.window is None for s in problem.stops if s.id in leg.stops)
    )
    legs = [legs[0], replace(legs[no_windows], departure_s=returned - 60)]
    found = kinds(problem, rebuilt(problem, solution, van_id, legs))
    assert "reload" in found
    assert found <= {"reload", "missing"}


@pytest.mark.parametrize("level", ["trip", "route", "solution", "objective"])
def test_totals_that_do_not_add_up_are_caught(plan: tuple[Problem, Solution], level: str) -> None:
    problem, solution = plan
    route = solution.routes[0]
    if level == "trip":
        trip = replace(route.trips[0], distance_m=route.trips[0].distance_m + 9)
        route = replace(route, trips=(trip, *route.trips[1:]))
    elif level == "route":
        route = replace(route, working_s=route.working_s - 1)
    broken = replace(solution, routes=(route, *solution.routes[1:]))
    if level == "solution":
        broken = replace(broken, driving_s=broken.driving_s + 1)
    if level == "objective":
        broken = replace(broken, objective=broken.objective - 1)
    assert kinds(problem, broken) == {"totals"}


def test_loads_that_do_not_match_the_stops_are_caught(plan: tuple[Problem, Solution]) -> None:
    problem, solution = plan
    route = solution.routes[0]
    trip = route.trips[0]
    for broken_trip in (
        replace(trip, load=tuple(q + 1 for q in trip.load)),
        replace(trip, visits=(replace(trip.visits[0], load_after=trip.load), *trip.visits[1:])),
    ):
        broken_route = replace(route, trips=(broken_trip, *route.trips[1:]))
        broken = replace(solution, routes=(broken_route, *solution.routes[1:]))
        assert kinds(problem, broken) == {"load"}


def test_wrong_kitchen_and_too_many_trips_are_caught(plan: tuple[Problem, Solution]) -> None:
    problem, solution = plan
    van_id, legs = busiest(solution)
    van = next(v for v in problem.vehicles if v.id == van_id)
    limited = replace(
        problem,
        vehicles=tuple(replace(v, max_trips=2) if v.id == van_id else v for v in problem.vehicles),
    )
    assert kinds(limited, solution) == {"trips"}
    assert van.max_trips is None
    elsewhere = Depot("annex", problem.depots[0].location)
    two_kitchens = replace(problem, depots=(*problem.depots, elsewhere))
    legs[-1] = replace(legs[-1], back_to="annex")
    assert kinds(two_kitchens, rebuilt(two_kitchens, solution, van_id, legs)) == {"depot"}


# --- property: plans built by construction pass; one planted fault is always named ----------------


@st.composite
def constructed(draw: st.DrawFn) -> tuple[Problem, Solution]:
    """A random problem and a plan for it built leg by leg, with windows, limit and capacity
    chosen around the simulated plan so that it is valid by construction."""
    n = draw(st.integers(1, 8))
    xy = draw(
        st.lists(
            st.tuples(st.integers(-50, 50), st.integers(-50, 50)), min_size=n + 1, max_size=n + 1
        )
    )
    points = np.array(xy, dtype=np.float64) * 20
    duration = np.abs(points[:, None, :] - points[None, :, :]).sum(axis=2)
    asymmetry = draw(st.integers(0, 30))
    duration = duration + np.triu(np.full_like(duration, asymmetry), 1)
    demand = [draw(st.tuples(st.integers(0, 3), st.integers(0, 2))) for _ in range(n)]
    service = [draw(st.integers(0, 300)) for _ in range(n)]
    num_vans = draw(st.integers(1, 3))
    owner = [draw(st.integers(0, num_vans - 1)) for _ in range(n)]
    cuts = [draw(st.booleans()) for _ in range(n)]
    reload_s = draw(st.integers(0, 600))
    shift_start = 8 * 3600
    depot = Depot("k", 0, open_s=shift_start - 3600, close_s=3 * 86_400)
    stops = [Stop(f"s{i}", i + 1, demand[i], service_s=service[i]) for i in range(n)]
    wide = Vehicle("probe", "k", "k", 0, 10**6, (10**6, 10**6))
    draft = Problem((depot,), (wide,), tuple(stops), duration, duration * 7)
    schedule: dict[str, list[Leg]] = {}
    for van in range(num_vans):
        mine = [f"s{i}" for i in range(n) if owner[i] == van]
        groups: list[list[str]] = []
        for stop_id in mine:
            if not groups or cuts[int(stop_id[1:])]:
                groups.append([])
            groups[-1].append(stop_id)
        clock, legs = shift_start + draw(st.integers(0, 1800)), []
        for group in groups:
            leg = Leg("k", clock, tuple(group), "k")
            trip = simulate(draft, {"probe": [leg]}).routes[0].trips[0]
            legs.append(leg)
            clock = trip.return_s + reload_s + draw(st.integers(0, 900))
        if legs:
            schedule[f"v{van}"] = legs
    solution0 = simulate(draft, {"probe": [leg for legs in schedule.values() for leg in legs]})
    visits = {v.stop_id: v for t in solution0.routes[0].trips for v in t.visits}
    windowed = []
    for stop in stops:
        start = visits[stop.id].start_s
        if draw(st.booleans()):
            stop = replace(
                stop, window=(start - draw(st.integers(0, 900)), start + draw(st.integers(0, 900)))
            )
        windowed.append(stop)
    trips = solution0.routes[0].trips
    capacity = tuple(max(t.load[d] for t in trips) + draw(st.integers(0, 2)) for d in range(2))
    limit = max(v.ride_s for v in visits.values()) + draw(st.integers(0, 600))
    shift_end = max(t.return_s for t in trips) + draw(st.integers(0, 600))
    vans = tuple(
        Vehicle(
            f"v{i}",
            "k",
            "k",
            shift_start,
            shift_end,
            capacity,
            fixed_cost=100 * i,
            cost_per_m=1,
            reload_s=reload_s,
        )
        for i in range(num_vans)
    )
    problem = Problem((depot,), vans, tuple(windowed), duration, duration * 7, {"hot": limit})
    return problem, simulate(problem, schedule)


PROPERTY = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(constructed())
def test_plans_built_by_construction_pass(case: tuple[Problem, Solution]) -> None:
    problem, solution = case
    assert verify(problem, solution) == []


def _shift_visit(solution: Solution, delta: int) -> Solution:
    route = solution.routes[0]
    trip = route.trips[0]
    visit = replace(trip.visits[0], arrival_s=trip.visits[0].arrival_s + delta)
    trip = replace(trip, visits=(visit, *trip.visits[1:]))
    return replace(
        solution, routes=(replace(route, trips=(trip, *route.trips[1:])), *solution.routes[1:])
    )


@PROPERTY
@given(
    constructed(),
    st.sampled_from(["time", "totals", "missing", "unknown", "ride"]),
    st.integers(1, 500),
)
def test_one_planted_fault_is_always_named(
    case: tuple[Problem, Solution], kind: str, delta: int
) -> None:
    problem, solution = case
    if kind == "time":
        broken = _shift_visit(solution, delta)
    elif kind == "totals":
        broken = replace(solution, distance_m=solution.distance_m + delta)
    elif kind == "missing":
        van_id, legs = (
            solution.routes[0].vehicle_id,
            schedule_of(solution)[solution.routes[0].vehicle_id],
        )
        legs[0] = replace(legs[0], stops=legs[0].stops[1:])
        broken = simulate(problem, schedule_of(solution) | {van_id: [g for g in legs if g.stops]})
    elif kind == "unknown":
        broken = replace(solution, unserved=(Unserved("ghost", UnservedReason.UNREACHABLE),))
    else:
        broken = solution
        problem = replace(problem, max_ride_s={"hot": solution.max_ride_s - 1})
    assert kind in kinds(problem, broken)
