"""The engine at parcel-campaign size: matrices checked with numpy, the budget honoured, a first
plan at once, the fleet objective. No wall-clock asserts beyond a generous factor."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from routing.errors import ProblemError
from routing.jsonio import dump_problem, load_problem, problem_from_dict, problem_to_dict
from routing.model import Depot, Problem, Solution, SolveParams, Stop, Vehicle
from routing.solve import solve
from routing.verify import verify

REPO = Path(__file__).resolve().parents[2]
HOUR = 3600


def city(stops: int, vans: int, seed: int = 3, ride_limit_s: int | None = None) -> Problem:
    """Random households in a 12 km square around a central kitchen, 10 m/s, 2 min per door."""
    rng = np.random.default_rng(seed)
    points = np.vstack([[0.0, 0.0], rng.uniform(-6000, 6000, (stops, 2))])
    metres = np.rint(np.sqrt(((points[:, None] - points[None]) ** 2).sum(-1)))
    seconds = np.rint(metres / 10)
    demand = rng.integers(1, 4, stops)
    kinds = {"hot": ride_limit_s} if ride_limit_s else {}
    problem_stops = [
        Stop(f"h{i}", 0, (int(demand[i]),), service_s=120, meal_type="hot" if kinds else "parcel")
        for i in range(stops)
    ]
    fleet = [
        Vehicle(f"v{k}", "k", "k", 8 * HOUR, 18 * HOUR, (60,), reload_s=600) for k in range(vans)
    ]
    return Problem.from_matrices(
        [Depot("k", 0)], fleet, problem_stops, seconds, metres, max_ride_s=kinds
    )


def valid(problem: Problem, solution: Solution) -> None:
    assert [str(v) for v in verify(problem, solution)] == []
    accounted = set(solution.served_stop_ids) | {u.stop_id for u in solution.unserved}
    assert accounted == {s.id for s in problem.stops}


# --- matrices checked with numpy ---------------------------------------------------------------


def small_document() -> dict[str, Any]:
    problem = city(4, 1)
    return problem_to_dict(problem)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda m: m[2].pop(), "duration_s[2]: 4 entries, expected 5 (the matrix must be square)"),
        (lambda m: m.pop(), "duration_s: 4 rows, expected 5"),
        (lambda m: m[1].__setitem__(3, -7), "duration_s[1][3]: -7 is less than the minimum of 0"),
        (lambda m: m[0].__setitem__(2, "60"), "duration_s[0][2]: '60' is not of type 'number'"),
        (lambda m: m[4].__setitem__(1, True), "duration_s[4][1]: True is not of type 'number'"),
        (lambda m: m.__setitem__(3, "row"), "duration_s[3]: 'row' is not of type 'array'"),
    ],
)
def test_matrix_cells_are_checked_with_numpy_and_named(change: Any, expected: str) -> None:
    document = small_document()
    change(document["duration_s"])
    with pytest.raises(ProblemError) as caught:
        problem_from_dict(document)
    assert expected in str(caught.value)


def test_null_cells_are_unreachable_and_other_errors_are_still_listed_with_them() -> None:
    document = small_document()
    document["duration_s"][1][2] = None
    assert np.isinf(problem_from_dict(document).duration_s[1, 2])
    document["distance_m"][3][0] = -1
    document["stops"][0]["windw"] = [1, 2]
    with pytest.raises(ProblemError) as caught:
        problem_from_dict(document)
    lines = [line.strip().split(":")[0] for line in str(caught.value).splitlines()[1:]]
    assert lines == ["distance_m[3][0]", "stops[0]"]  # document order, schema and numpy mixed


def test_a_big_matrix_file_round_trips_as_int32_with_unreachable_pairs(tmp_path: Path) -> None:
    problem = city(30, 2)
    duration = problem.duration_s.copy()
    duration[3, 7] = np.inf
    problem = Problem(
        problem.depots, problem.vehicles, problem.stops, duration, problem.distance_m, {}
    )
    dump_problem(problem, tmp_path / "p.json", matrices_file="p.npz")
    document = json.loads((tmp_path / "p.json").read_text("utf-8"))
    assert document["matrices_file"] == "p.npz" and "duration_s" not in document
    with np.load(tmp_path / "p.npz") as archive:
        assert archive["duration_s"].dtype == np.int32 and archive["duration_s"][3, 7] == -1
    back = load_problem(tmp_path / "p.json")
    assert np.array_equal(back.duration_s, problem.duration_s)
    assert np.array_equal(back.distance_m, problem.distance_m)


@pytest.mark.parametrize(
    ("arrays", "expected"),
    [
        ({"duration_s": np.zeros((3, 4), np.int32)}, "duration_s: shape (3, 4)"),
        ({"duration_s": np.full((5, 5), "x")}, "duration_s: dtype <U1"),
        ({"duration_s": np.full((5, 5), -2, np.int32)}, "duration_s[0][0]: -2 is less than"),
        ({"duration_s": np.full((5, 5), np.nan)}, "duration_s[0, 0]: NaN"),
        ({"duration_s": np.zeros((5, 5)), "times": np.zeros((5, 5))}, "expected duration_s"),
    ],
)
def test_a_broken_matrix_file_is_named(tmp_path: Path, arrays: Any, expected: str) -> None:
    dump_problem(city(4, 1), tmp_path / "p.json", matrices_file="p.npz")
    np.savez(tmp_path / "p.npz", **arrays)
    with pytest.raises(ProblemError) as caught:
        load_problem(tmp_path / "p.json")
    assert expected in str(caught.value)


def test_a_problem_gives_its_matrices_inline_or_in_a_file_not_both() -> None:
    document = small_document()
    document["matrices_file"] = "p.npz"
    with pytest.raises(ProblemError, match="duration_s: not allowed with matrices_file"):
        problem_from_dict(document)


# --- budget and first plan ---------------------------------------------------------------------


def test_a_first_plan_for_1500_stops_within_a_tiny_budget_is_valid() -> None:
    problem = city(1500, 30)
    solution = solve(problem, SolveParams(time_limit_s=0.05))
    valid(problem, solution)
    assert len(solution.served_stop_ids) == 1500
    assert solution.stats.notes[0].startswith("first plan")


def test_solve_honours_its_time_limit_within_a_generous_factor() -> None:
    problem = city(800, 16)
    started = time.perf_counter()
    solution = solve(problem, SolveParams(time_limit_s=2.0))
    assert time.perf_counter() - started < 4 * 2.0 + 3  # the machine is shared; not a benchmark
    valid(problem, solution)


def test_the_cli_budget_covers_the_whole_command(tmp_path: Path) -> None:
    dump_problem(city(600, 12), tmp_path / "p.json", matrices_file="p.npz")
    started = time.perf_counter()
    command = ["solve", str(tmp_path / "p.json"), "--out", str(tmp_path / "s.json")]
    done = subprocess.run(
        [sys.executable, "-m", "cli.main", *command, "--time-limit", "2"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert time.perf_counter() - started < 4 * 2.0 + 4
    assert "served 600/600 stops" in done.stdout


def test_a_deterministic_run_at_scale_gives_the_same_valid_plan() -> None:
    problem = city(200, 5, seed=5, ride_limit_s=45 * 60)
    params = SolveParams(
        time_limit_s=30, deterministic=True, pyvrp_iterations=40, ortools_solutions=20
    )
    first, second = solve(problem, params), solve(problem, params)
    valid(problem, first)
    assert first == second
    assert first.max_ride_s <= 45 * 60


# --- the fleet objective -----------------------------------------------------------------------


def windowed(stops: int, seed: int) -> Problem:
    """Single-trip vans and half-hour windows (as in VRPTW), 15 vans, 5 min per door."""
    rng = np.random.default_rng(seed)
    points = np.vstack([[0.0, 0.0], rng.uniform(-4000, 4000, (stops, 2))])
    seconds = np.rint(np.sqrt(((points[:, None] - points[None]) ** 2).sum(-1)) / 10)
    opens = rng.integers(8 * HOUR, 11 * HOUR, stops)
    doors = [
        Stop(f"h{i}", 0, (1,), window=(int(opens[i]), int(opens[i]) + 1800), service_s=300)
        for i in range(stops)
    ]
    fleet = [Vehicle(f"v{k}", "k", "k", 8 * HOUR, 13 * HOUR, (50,), max_trips=1) for k in range(15)]
    return Problem.from_matrices([Depot("k", 0)], fleet, doors, seconds, max_ride_s={})


def test_the_fleet_objective_uses_fewer_vans_and_reports_the_trade_off() -> None:
    """Fewer vans cost some driving."""
    problem = windowed(50, seed=1)
    by_driving = solve(problem, SolveParams(time_limit_s=3, seed=1))
    by_vans = solve(problem, SolveParams(time_limit_s=3, seed=1, objective="vans"))
    valid(problem, by_driving)
    valid(problem, by_vans)
    assert not by_vans.unserved and not by_driving.unserved
    assert by_vans.vans_used < by_driving.vans_used  # measured: 3 vans against 6
    assert by_driving.driving_s <= by_vans.driving_s
    assert by_vans.working_s < by_driving.working_s


def test_the_fleet_objective_takes_vans_out_while_every_stop_stays_served() -> None:
    """The greedy plan uses 5 vans here; the fleet objective takes a van out at a time (each
    smaller fleet must serve every stop), stops at the first fleet that cannot, and searches
    the last one's driving; a deterministic run gives the same plan twice."""
    problem = windowed(80, seed=2)
    first = solve(problem, SolveParams(time_limit_s=0.05, seed=1, objective="vans"))
    params = SolveParams(
        time_limit_s=60, seed=1, objective="vans", deterministic=True, pyvrp_iterations=300
    )
    fewer = solve(problem, params)
    valid(problem, first)
    valid(problem, fewer)
    assert not fewer.unserved
    notes = _notes(fewer)
    assert f"fewer vans: {fewer.vans_used} vans serve every stop" in notes
    assert f"fewer vans: {fewer.vans_used - 1} vans do not serve every stop" in notes
    assert fewer.vans_used < first.vans_used  # measured: 4 against 5
    assert solve(problem, params) == fewer


def test_a_short_fleet_under_the_fleet_objective_is_searched_to_serve_first() -> None:
    """Two vans cannot serve 50 windowed doors: no van is taken out, and the search serves as
    many as under the driving objective (serving comes before saving vans)."""
    day = windowed(50, seed=1)
    problem = Problem(day.depots, day.vehicles[:2], day.stops, day.duration_s, day.distance_m, {})
    by_vans = solve(problem, SolveParams(time_limit_s=3, seed=1, objective="vans"))
    by_driving = solve(problem, SolveParams(time_limit_s=3, seed=1))
    valid(problem, by_vans)
    assert by_vans.unserved and "fewer vans" not in _notes(by_vans)
    assert len(by_vans.unserved) <= len(by_driving.unserved) + 1


def test_a_smaller_fleet_that_cannot_serve_every_stop_gives_no_plan() -> None:
    """`serve_all` is the test of a smaller fleet: every stop required, no plan otherwise."""
    from routing.engine_multitrip import route_multitrip
    from routing.nodes import build_nodes
    from routing.solve import _penalties
    from routing.trips import build_trip_model

    problem = city(30, 4)
    tight = tuple(replace(v, shift_end_s=v.shift_start_s + 2 * HOUR) for v in problem.vehicles)
    problem = Problem(problem.depots, tight, problem.stops, problem.duration_s, problem.distance_m)
    nodes = build_nodes(problem, problem.stops, 86_400, 86_400)
    model = build_trip_model(nodes, 86_400, _penalties(nodes, None))
    served = {n for t in route_multitrip(model, 2, 1, 200, serve_all=True) for n in t.sequence}
    assert len(served) == 30
    one_van = route_multitrip(model, 2, 1, 200, vans={0}, serve_all=True)
    assert one_van == []  # 30 doors and their drives do not fit one van's two hours
    partial = route_multitrip(model, 2, 1, 200, vans={0})
    assert partial and {t.van for t in partial} == {0}  # without it: what fits, on van 0 only


def test_an_unknown_objective_is_refused() -> None:
    with pytest.raises(ValueError, match="objective 'cheapest'"):
        SolveParams(objective="cheapest")


# --- reload days: PyVRP's multi-trip model as the main search -----------------------------------


def _notes(solution: Solution) -> str:
    return " | ".join(solution.stats.notes)


def test_a_parcel_day_whose_loads_fill_the_shift_is_searched_as_a_reload_day() -> None:
    """No ride limit and a full load keeps a van out for hours: the multi-trip search plans van
    time itself, and with a work budget (deterministic) it drives much less than the first plan."""
    day = city(150, 4)
    big_vans = tuple(replace(v, capacity=(150,)) for v in day.vehicles)
    problem = Problem(day.depots, big_vans, day.stops, day.duration_s, day.distance_m, {})
    first = solve(problem, SolveParams(time_limit_s=0.05, seed=1))
    searched = solve(
        problem, SolveParams(time_limit_s=60, seed=1, deterministic=True, pyvrp_iterations=200)
    )
    valid(problem, first)
    valid(problem, searched)
    assert "reload day: 1 multi-trip rounds, better than the first plan: True" in _notes(searched)
    assert len(searched.served_stop_ids) == len(problem.stops)
    assert searched.driving_s < 0.9 * first.driving_s


def test_a_binding_ride_limit_or_short_trips_keep_the_trip_pool() -> None:
    """Meal days (the ride limit shorter than a shift) and days whose loads are short against
    the shift are not reload days: the trip pool routes them."""
    meals = city(40, 4, ride_limit_s=1800)
    solution = solve(meals, SolveParams(time_limit_s=1, seed=1))
    valid(meals, solution)
    assert "pool:" in _notes(solution) and "reload day" not in _notes(solution)
    short = city(40, 4)
    roomy = Problem(
        short.depots,
        tuple(replace(v, capacity=(6,)) for v in short.vehicles),
        short.stops,
        short.duration_s,
        short.distance_m,
        {},
    )
    solution = solve(roomy, SolveParams(time_limit_s=1, seed=1))
    valid(roomy, solution)
    assert "reload day" not in _notes(solution)


def test_a_reload_day_too_big_for_its_budget_keeps_the_first_plan() -> None:
    """The multi-trip search's first descent cannot be interrupted, so with less time left than
    it needs the first plan stands rather than overrunning the budget."""
    problem = city(300, 6)
    solution = solve(problem, SolveParams(time_limit_s=0.3, seed=1))
    valid(problem, solution)
    notes = _notes(solution)
    assert "no time for the multi-trip search" in notes or "first plan" in notes


def test_pyvrps_multi_trip_vans_may_leave_at_their_shift_start() -> None:
    """PyVRP spends the kitchen's reload time at a route's start too; the multi-trip model starts
    that much earlier, so a door reachable only by leaving at the shift start is still served."""
    from routing.engine_multitrip import route_multitrip
    from routing.nodes import build_nodes
    from routing.solve import _penalties
    from routing.trips import build_trip_model

    seconds = np.array([[0, 600], [600, 0]])
    start = 8 * HOUR
    door = Stop("h", 0, (1,), window=(start + 600, start + 600), service_s=60, meal_type="parcel")
    van = Vehicle("v", "k", "k", start, start + HOUR, (10,), reload_s=900)
    problem = Problem.from_matrices([Depot("k", 0)], [van], [door], seconds, seconds)
    nodes = build_nodes(problem, problem.stops, 86_400, van.shift_end_s)
    model = build_trip_model(nodes, 86_400, _penalties(nodes, None))
    trips = route_multitrip(model, 2.0, seed=1, max_iterations=20)
    assert [(t.sequence, t.departure_s) for t in trips] == [((1,), start)]


# --- restarts where the ride limit binds ---------------------------------------------------------


def test_a_binding_meal_day_spends_its_budget_on_restarts_and_keeps_the_best() -> None:
    """Ride limit 20 min, reloads, a budget for two restarts or more: each restart is the
    whole search with its own seed; the plan kept is the best of them, and valid."""
    problem = city(40, 3, ride_limit_s=1200)
    solution = solve(problem, SolveParams(time_limit_s=5, seed=1))
    valid(problem, solution)
    notes = [n for n in solution.stats.notes if n.startswith("restart ")]
    assert len(notes) >= 2 and notes[0].startswith("restart 1 of ")
    costs = [int(n.split("driving cost ")[1].split(",")[0]) for n in notes]
    assert solution.objective == min(costs)
    assert solution.max_ride_s <= 1200
