"""The routing engine on small problems with known answers; every plan passes the verifier."""

from __future__ import annotations

import itertools
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routing.model import (
    Depot,
    Problem,
    Solution,
    SolveParams,
    Stop,
    UnservedReason,
    Vehicle,
)
from routing.solve import solve
from routing.verify import verify

HOUR = 3600
FAST = SolveParams(time_limit_s=1.5, seed=1)


def euclid(points: list[tuple[float, float]], speed_mps: float = 1.0) -> np.ndarray:
    """Travel seconds between points given in metres, rounded to whole seconds."""
    p = np.array(points, dtype=float)
    return np.rint(np.sqrt(((p[:, None] - p[None]) ** 2).sum(-1)) / speed_mps)


def van(vid: str = "v1", depot: str = "k", cap: int = 10, **kw: object) -> Vehicle:
    fields: dict[str, object] = {"shift_start_s": 8 * HOUR, "shift_end_s": 16 * HOUR}
    fields.update(kw)
    return Vehicle(vid, depot, depot, capacity=(cap,), **fields)  # type: ignore[arg-type]


def planned(problem: Problem, params: SolveParams = FAST) -> Solution:
    """Solve and insist the plan is valid and accounts for every stop."""
    solution = solve(problem, params)
    assert [str(v) for v in verify(problem, solution)] == []
    accounted = set(solution.served_stop_ids) | {u.stop_id for u in solution.unserved}
    assert accounted == {s.id for s in problem.stops}
    return solution


def test_single_trip_matches_brute_force_tour() -> None:
    rng = np.random.default_rng(7)
    points = [(0.0, 0.0)] + [tuple(rng.uniform(-900, 900, 2)) for _ in range(6)]
    matrix = euclid(points)  # type: ignore[arg-type]
    stops = [Stop(f"s{i}", 0, (1,)) for i in range(6)]
    problem = Problem.from_matrices([Depot("k", 0)], [van()], stops, matrix, max_ride_s={})
    best = min(
        sum(matrix[a, b] for a, b in itertools.pairwise((0, *order, 0)))
        for order in itertools.permutations(range(1, 7))
    )
    solution = planned(problem)
    assert solution.driving_s == best
    assert not solution.unserved


def test_two_clusters_need_two_loads_at_known_cost() -> None:
    # Two stops 1 km east, two 1 km west; capacity 2: the optimum is one load per side.
    points = [(0, 0), (1000, 0), (1000, 10), (-1000, 0), (-1000, 10)]
    stops = [Stop(f"s{i}", 0, (1,)) for i in range(4)]
    problem = Problem.from_matrices(
        [Depot("k", 0)], [van(cap=2)], stops, euclid(points), max_ride_s={}
    )
    solution = planned(problem)
    trips = solution.routes[0].trips
    assert len(trips) == 2
    assert solution.driving_s == 2 * (1000 + 10 + 1000)
    sides = [{v.stop_id for v in t.visits} for t in trips]
    assert sorted(map(sorted, sides)) == [["s0", "s1"], ["s2", "s3"]]


def test_reloads_one_van_capacity_three_seven_stops() -> None:
    points = [(0, 0)] + [(300 * np.cos(a), 300 * np.sin(a)) for a in np.linspace(0, 6, 7)]
    stops = [Stop(f"s{i}", 0, (1,), service_s=60) for i in range(7)]
    problem = Problem.from_matrices(
        [Depot("k", 0)], [van(cap=3, reload_s=300)], stops, euclid(points)
    )
    solution = planned(problem)
    trips = solution.routes[0].trips
    assert len(trips) >= 3
    assert not solution.unserved
    assert all(t.load[0] <= 3 for t in trips)
    for before, after in itertools.pairwise(trips):
        assert after.departure_s >= before.return_s + 300


def test_ride_limit_binds_and_is_kept() -> None:
    # Eight stops on a line 2.5..20 min out: one load rides 27 min (with service); limit 25.
    points = [(0, 0)] + [(150.0 * (i + 1), 0.0) for i in range(8)]
    stops = [Stop(f"s{i}", 0, (1,), service_s=60) for i in range(8)]
    problem = Problem.from_matrices(
        [Depot("k", 0)],
        [van(cap=20)],
        stops,
        euclid(points, speed_mps=1.0),
        max_ride_s={"hot": 1500},
    )
    solution = planned(problem)
    assert not solution.unserved
    assert solution.max_ride_s <= 1500
    assert len(solution.routes[0].trips) >= 2


def test_meal_types_have_their_own_limits() -> None:
    points = [(0, 0), (1000, 0), (1100, 0)]
    stops = [Stop("hot", 0, (1,)), Stop("cold", 0, (1,), meal_type="cold")]
    problem = Problem.from_matrices(
        [Depot("k", 0)], [van()], stops, euclid(points), max_ride_s={"hot": 1050}
    )
    solution = planned(problem)
    rides = {v.stop_id: v.ride_s for t in solution.routes[0].trips for v in t.visits}
    assert rides["hot"] <= 1050
    assert set(rides) == {"hot", "cold"}


def test_several_kitchens_each_serve_their_side() -> None:
    points = [(0, 0), (10_000, 0), (200, 0), (0, 200), (10_200, 0), (10_000, 200)]
    stops = [Stop(f"s{i}", 0, (1,)) for i in range(4)]
    depots = [Depot("west", 0), Depot("east", 0)]
    vans = [van("vw", "west"), van("ve", "east")]
    problem = Problem.from_matrices(depots, vans, stops, euclid(points))
    solution = planned(problem)
    served_by = {
        v.stop_id: r.vehicle_id for r in solution.routes for t in r.trips for v in t.visits
    }
    assert served_by == {"s0": "vw", "s1": "vw", "s2": "ve", "s3": "ve"}
    assert solution.driving_s == 2 * (200 + 283 + 200)  # one triangle per kitchen


def test_skills_go_to_the_van_that_has_them() -> None:
    points = [(0, 0), (100, 0), (0, 100), (-100, 0)]
    stops = [
        Stop("a", 0, (1,)),
        Stop("b", 0, (1,), required_skills=frozenset({"carry_inside"})),
        Stop("c", 0, (1,)),
    ]
    vans = [van("plain", cap=1), van("helper", cap=1, skills=frozenset({"carry_inside"}))]
    problem = Problem.from_matrices([Depot("k", 0)], vans, stops, euclid(points))
    solution = planned(problem)
    served_by = {
        v.stop_id: r.vehicle_id for r in solution.routes for t in r.trips for v in t.visits
    }
    assert served_by["b"] == "helper"
    assert len(served_by) == 3


def test_windows_are_met() -> None:
    points = [(0, 0), (600, 0), (0, 600), (-600, 0), (0, -600)]
    windows = [(9 * HOUR, 9 * HOUR + 600), (12 * HOUR, 12 * HOUR + 600), None, None]
    stops = [Stop(f"s{i}", 0, (1,), window=w, service_s=120) for i, w in enumerate(windows)]
    problem = Problem.from_matrices([Depot("k", 0)], [van(cap=4)], stops, euclid(points))
    solution = planned(problem)
    assert not solution.unserved
    assert solution.max_ride_s <= 3600


def test_each_impossible_stop_gets_its_reason() -> None:
    inf = np.inf
    # locations: kitchen, ok, unreachable, far (2 h drive), window closed early, skill, heavy
    matrix = np.full((7, 7), 60.0)
    np.fill_diagonal(matrix, 0)
    matrix[0, 2] = matrix[2, 0] = inf
    matrix[0, 3] = matrix[3, 0] = 2 * HOUR
    stops = [
        Stop("ok", 1, (1,)),
        Stop("unreachable", 2, (1,)),
        Stop("far", 3, (1,)),
        Stop("early", 4, (1,), window=(6 * HOUR, 7 * HOUR)),
        Stop("skill", 5, (1,), required_skills=frozenset({"wheelchair"})),
        Stop("heavy", 6, (11,)),
    ]
    problem = Problem([Depot("k", 0)], [van()], stops, matrix, matrix)
    solution = planned(problem)
    reasons = {u.stop_id: u.reason for u in solution.unserved}
    assert reasons == {
        "unreachable": UnservedReason.UNREACHABLE,
        "far": UnservedReason.RIDE_LIMIT_INFEASIBLE,
        "early": UnservedReason.WINDOW_INFEASIBLE,
        "skill": UnservedReason.SKILL_MISSING,
        "heavy": UnservedReason.DEMAND_EXCEEDS_CAPACITY,
    }
    assert solution.served_stop_ids == ["ok"]
    assert all(u.detail for u in solution.unserved)


def test_capacity_exhausted_with_shortfall() -> None:
    points = [(0, 0), (100, 0), (0, 100), (-100, 0)]
    stops = [Stop(f"s{i}", 0, (1,), priority=p) for i, p in enumerate([0, 5, 0])]
    problem = Problem.from_matrices(
        [Depot("k", 0)], [van(cap=2, max_trips=1)], stops, euclid(points)
    )
    solution = planned(problem)
    assert len(solution.served_stop_ids) == 2
    assert "s1" in solution.served_stop_ids  # the priority stop is kept
    (left,) = solution.unserved
    assert left.reason is UnservedReason.CAPACITY_EXHAUSTED
    assert "short by 1" in left.detail


def test_shift_time_exhausted() -> None:
    # Each stop needs a 20-minute round trip plus 10 minutes of service; the shift lasts 1 h.
    points = [(0, 0)] + [(600 * np.cos(a), 600 * np.sin(a)) for a in np.linspace(0, 5, 6)]
    stops = [Stop(f"s{i}", 0, (1,), service_s=600) for i in range(6)]
    shift = {"shift_start_s": 8 * HOUR, "shift_end_s": 9 * HOUR}
    problem = Problem.from_matrices([Depot("k", 0)], [van(cap=1, **shift)], stops, euclid(points))
    solution = planned(problem)
    assert 1 <= len(solution.served_stop_ids) < 6
    assert {u.reason for u in solution.unserved} == {UnservedReason.SHIFT_TIME_EXHAUSTED}


def test_same_seed_same_plan() -> None:
    rng = np.random.default_rng(3)
    points = [(0.0, 0.0)] + [tuple(rng.uniform(-2000, 2000, 2)) for _ in range(25)]
    stops = [Stop(f"s{i}", 0, (1,), service_s=120) for i in range(25)]
    vans = [van("v1", cap=6, reload_s=300), van("v2", cap=6, reload_s=300)]
    problem = Problem.from_matrices(
        [Depot("k", 0)], vans, stops, euclid(points, 5.0), max_ride_s={"hot": 1200}
    )
    params = SolveParams(
        time_limit_s=30, seed=4, deterministic=True, pyvrp_iterations=200, ortools_solutions=50
    )
    first = planned(problem, params)
    second = planned(problem, params)
    assert first == second
    assert first.max_ride_s <= 1200


@pytest.mark.parametrize("engine", ["auto", "ortools", "pyvrp"])
def test_every_engine_gives_valid_plans(engine: str) -> None:
    rng = np.random.default_rng(11)
    points = [(0.0, 0.0)] + [tuple(rng.uniform(-3000, 3000, 2)) for _ in range(30)]
    stops = [
        Stop(f"s{i}", 0, (1,), service_s=120, window=(9 * HOUR, 10 * HOUR) if i % 5 == 0 else None)
        for i in range(30)
    ]
    vans = [van(f"v{j}", cap=8, reload_s=300, shift_end_s=12 * HOUR) for j in range(3)]
    problem = Problem.from_matrices(
        [Depot("k", 0)], vans, stops, euclid(points, 6.0), max_ride_s={"hot": 1800}
    )
    solution = planned(problem, SolveParams(time_limit_s=1.5, seed=2, engine=engine))
    assert not solution.unserved


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    n=st.integers(1, 12),
    vans=st.integers(1, 3),
    cap=st.integers(1, 5),
    limit_s=st.integers(300, 3600),
    window_share=st.floats(0, 1),
)
def test_random_problems_give_valid_plans(
    seed: int, n: int, vans: int, cap: int, limit_s: int, window_share: float
) -> None:
    rng = np.random.default_rng(seed)
    points = [(0.0, 0.0)] + [tuple(rng.uniform(-2000, 2000, 2)) for _ in range(n)]
    stops = []
    for i in range(n):
        start = int(rng.integers(8 * HOUR, 11 * HOUR))
        window = (
            (start, start + int(rng.integers(0, 3600))) if rng.random() < window_share else None
        )
        stops.append(
            Stop(f"s{i}", 0, (int(rng.integers(1, 3)),), window, int(rng.integers(0, 300)))
        )
    fleet = [van(f"v{j}", cap=cap, reload_s=120, shift_end_s=12 * HOUR) for j in range(vans)]
    problem = Problem.from_matrices(
        [Depot("k", 0)], fleet, stops, euclid(points, 4.0), max_ride_s={"hot": limit_s}
    )
    solution = planned(problem, SolveParams(time_limit_s=0.5, seed=seed))
    assert solution.max_ride_s <= limit_s


# --- on street grids: several brute-force optima, windows, the ride limit against none ----------

EXACT = SolveParams(time_limit_s=2, seed=1, deterministic=True)
GRID_SHIFT = (8 * HOUR, 14 * HOUR)


def manhattan(points: list[tuple[int, int]]) -> np.ndarray:
    """Travel seconds on a street grid: a metric, so reloading never beats a single trip."""
    xy = np.array(points, dtype=np.float64)
    return np.abs(xy[:, None, :] - xy[None, :, :]).sum(axis=2)


def grid_problem(
    stops: list[tuple[int, int]],
    vehicles: list[Vehicle],
    max_ride_s: dict[str, int] | None = None,
    **stop_fields: dict[int, object],
) -> Problem:
    """One kitchen at (0, 0), stops on a grid; `stop_fields` maps a Stop field to {index: value}."""
    placed = []
    for i in range(len(stops)):
        fields = {name: values[i] for name, values in stop_fields.items() if i in values}
        placed.append(replace(Stop(f"s{i}", 0, (1,)), **fields))  # type: ignore[arg-type]
    return Problem.from_matrices(
        [Depot("k", 0)],
        vehicles,
        placed,
        manhattan([(0, 0), *stops]),
        max_ride_s={} if max_ride_s is None else max_ride_s,
    )


def brute_force_driving_s(problem: Problem) -> int:
    """Least driving of one trip over every order whose service starts fit the windows."""
    best = None
    for order in itertools.permutations(problem.stops):
        clock, here, driving, feasible = problem.vehicles[0].shift_start_s, 0, 0, True
        for stop in order:
            travel = int(problem.duration_s[here, stop.location])
            driving, clock = driving + travel, clock + travel
            if stop.window is not None:
                feasible = feasible and clock <= stop.window[1]
                clock = max(clock, stop.window[0])
            clock += stop.service_s
            here = stop.location
        driving += int(problem.duration_s[here, 0])
        if feasible and (best is None or driving < best):
            best = driving
    assert best is not None
    return best


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_single_trip_matches_brute_force_on_street_grids(seed: int) -> None:
    rng = np.random.default_rng(seed)
    stops = [(int(x), int(y)) for x, y in rng.integers(-30, 30, (6, 2)) * 30]
    problem = grid_problem(stops, [van(cap=100)])
    solution = planned(problem, EXACT)
    assert not solution.unserved
    assert solution.driving_s == brute_force_driving_s(problem)


def test_windows_force_the_cheapest_order_that_meets_them() -> None:
    start = 8 * HOUR
    windows = {0: (start + 3000, start + 3600), 2: (start, start + 900), 4: (start, start + 7200)}
    problem = grid_problem(
        [(600, 0), (0, 600), (-600, 0), (0, -600), (300, 300)],
        [van(cap=100)],
        window=windows,
        service_s={1: 120},
    )
    solution = planned(problem, EXACT)
    assert not solution.unserved
    assert solution.driving_s == brute_force_driving_s(problem)
    order = [v.stop_id for t in solution.routes[0].trips for v in t.visits]
    assert order.index("s2") < order.index("s0")  # s2's window closes first


def test_a_tight_ride_limit_takes_more_loads_than_capacity_needs() -> None:
    """Four stops ~1000 s out, 100-200 s apart: one load without a limit, two at 1150 s."""
    stops = [(1000, 0), (1000, 100), (1000, -100), (1100, 0)]
    unlimited = planned(grid_problem(stops, [van(cap=10)]), EXACT)
    assert len(unlimited.routes[0].trips) == 1 and not unlimited.unserved
    limited = planned(grid_problem(stops, [van(cap=10)], max_ride_s={"hot": 1150}), EXACT)
    assert not limited.unserved
    assert len(limited.routes[0].trips) >= 2
    assert limited.max_ride_s <= 1150 < unlimited.max_ride_s
    assert limited.driving_s > unlimited.driving_s


def test_a_skilled_stop_goes_to_the_skilled_van_even_when_it_costs_more() -> None:
    vans = [van("plain"), van("carrier", skills=frozenset({"carry_inside"}), fixed_cost=5000)]
    problem = grid_problem(
        [(300, 0), (0, 300), (-300, 0), (0, -300), (200, 200)],
        vans,
        required_skills={3: frozenset({"carry_inside"})},
    )
    solution = planned(problem, EXACT)
    assert not solution.unserved
    by_van = {r.vehicle_id: [v.stop_id for t in r.trips for v in t.visits] for r in solution.routes}
    assert "s3" in by_van["carrier"] and "s3" not in by_van.get("plain", [])


def test_demand_above_capacity_in_any_dimension_is_explained() -> None:
    vans = [
        Vehicle("small", "k", "k", *GRID_SHIFT, capacity=(10, 2)),
        Vehicle("wide", "k", "k", *GRID_SHIFT, capacity=(4, 2)),
    ]
    problem = grid_problem(
        [(300, 0), (0, 300), (0, -300)], vans, demand={0: (11, 0), 1: (1, 3), 2: (1, 1)}
    )
    solution = planned(problem, EXACT)
    assert {u.stop_id: u.reason for u in solution.unserved} == {
        "s0": UnservedReason.DEMAND_EXCEEDS_CAPACITY,
        "s1": UnservedReason.DEMAND_EXCEEDS_CAPACITY,
    }
    assert solution.served_stop_ids == ["s2"]


def test_shift_time_exhausted_serves_what_fits_and_gives_the_shortfall() -> None:
    """Six stops 600 s out in different directions, 1200 s apart: a one-hour shift serves three."""
    stops = [(600, 0), (0, 600), (-600, 0), (0, -600), (300, 300), (-300, -300)]
    problem = grid_problem(stops, [van(cap=1, shift_end_s=9 * HOUR)])
    solution = planned(problem, EXACT)
    assert len(solution.served_stop_ids) == 3
    assert {u.reason for u in solution.unserved} == {UnservedReason.SHIFT_TIME_EXHAUSTED}
    assert all("3 stops" in u.detail and "3600 s" in u.detail for u in solution.unserved)


# --- kitchens without a direct road between them ---------------------------------------------


def test_a_van_whose_kitchens_are_not_directly_connected_still_plans_validly() -> None:
    # No road k → home, but k → s → home exists: ending the day at home via the stop is valid.
    matrix = np.array([[0, np.inf, 100], [50, 0, 100], [100, 100, 0]])
    vans = [
        Vehicle("stranded", "k", "home", 8 * HOUR, 16 * HOUR, (5,)),
        Vehicle("local", "k", "k", 8 * HOUR, 16 * HOUR, (5,)),
    ]
    problem = Problem(
        (Depot("k", 0), Depot("home", 1)), tuple(vans), (Stop("s", 2, (1,)),), matrix, matrix
    )
    solution = planned(problem)  # verify() == [] inside
    assert solution.served_stop_ids == ["s"]
    assert solution.driving_s == 200


def test_a_stop_with_no_road_to_the_vans_end_kitchen_is_not_planned_over_it() -> None:
    matrix = np.array([[0, 50, 100], [50, 0, 100], [100, np.inf, 0]])
    problem = Problem(
        (Depot("k", 0), Depot("home", 1)),
        (Vehicle("v", "k", "home", 8 * HOUR, 16 * HOUR, (5,)),),
        (Stop("s", 2, (1,)),),
        matrix,
        matrix,
    )
    solution = planned(problem)  # verify() == [] inside
    assert [u.stop_id for u in solution.unserved] == ["s"]
    assert solution.unserved[0].reason is UnservedReason.UNREACHABLE


def test_same_seed_same_plan_when_the_fleet_is_short() -> None:
    # More stops than two vans can serve by noon: the multi-trip, wave and repair stages all run.
    rng = np.random.default_rng(8)
    points = [(0.0, 0.0)] + [tuple(rng.uniform(-3000, 3000, 2)) for _ in range(30)]
    stops = [
        Stop(f"s{i}", 0, (1,), service_s=300, window=(9 * HOUR, 10 * HOUR) if i % 4 else None)
        for i in range(30)
    ]
    vans = [van(f"v{j}", cap=5, reload_s=300, shift_end_s=12 * HOUR) for j in range(2)]
    problem = Problem.from_matrices(
        [Depot("k", 0)], vans, stops, euclid(points, 6.0), max_ride_s={"hot": 1800}
    )
    params = SolveParams(
        time_limit_s=60, seed=2, deterministic=True, pyvrp_iterations=100, ortools_solutions=20
    )
    first = planned(problem, params)
    assert first.unserved and first == planned(problem, params)
    assert any("repair" in note for note in first.stats.notes)
