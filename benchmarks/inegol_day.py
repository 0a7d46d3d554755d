"""A full İnegöl day and a typical shift: Sofra with the ride-time limit vs PyVRP and VROOM without.

    python benchmarks/inegol_day.py --budget 20
    python benchmarks/inegol_day.py --budget 20 --scenario day --limits 60,30

Real road matrix (geodata, bundled OSM extract), the demo households, the kitchen in the town
centre, the dinner shift (first load 16:30, doors 17:00–19:30, vans back by 20:30), 3 minutes of
service per household and 10 minutes to reload. PyVRP plans reloads natively but cannot limit the
ride time; VROOM has no reloads, so each van is copied per trip without linking the copies in
time (its van count and plan are optimistic). Driving time is summed over the same matrix.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from baselines import Baseline, run_pyvrp, run_vroom  # noqa: E402

from demo.households import generate_households  # noqa: E402
from demo.town import KITCHEN  # noqa: E402
from geodata.graph import load_graph  # noqa: E402
from geodata.matrix import travel_matrices  # noqa: E402
from routing.model import Depot, Problem, SolveParams, Stop, Vehicle  # noqa: E402
from routing.solve import solve  # noqa: E402
from routing.verify import verify  # noqa: E402

OSM = ROOT / "data" / "osm" / "inegol-center.osm.xml"
H = 3600
SHIFT = (16 * H + 30 * 60, 20 * H + 30 * 60)
DOORS = (17 * H, 19 * H + 30 * 60)
SERVICE_S = 180
RELOAD_S = 600
SCENARIOS = {"day": (494, 20, 20), "shift": (37, 4, 20), "shift120": (120, 4, 12)}
"""name: (households, vans, containers per van)."""


def build(households: int, vans: int, capacity: int, seed: int) -> Problem:
    """The shift's problem: kitchen at location 0, then the households (no ride limit yet)."""
    road = load_graph(OSM)
    everyone = generate_households(road)
    rng = np.random.default_rng(seed)
    chosen = sorted(rng.choice(len(everyone), size=households, replace=False))
    picked = [everyone[i] for i in chosen]
    points = [(KITCHEN.lat, KITCHEN.lon)] + [(h.lat, h.lon) for h in picked]
    matrices = travel_matrices(road, points)
    stops = [
        Stop(h.ref, i + 1, (h.portions,), window=DOORS, service_s=SERVICE_S, lat=h.lat, lon=h.lon)
        for i, h in enumerate(picked)
    ]
    fleet = [
        Vehicle(f"van{k + 1}", "kitchen", "kitchen", *SHIFT, (capacity,), reload_s=RELOAD_S)
        for k in range(vans)
    ]
    depot = Depot("kitchen", 0, SHIFT[0], SHIFT[1], KITCHEN.lat, KITCHEN.lon)
    return Problem(
        (depot,), tuple(fleet), tuple(stops), matrices.duration_s, matrices.distance_m, {}
    )


def _row(
    name: str, driving_s: float, vans: int, trips: int, ride_s: int, unserved: int, note: str
) -> str:
    cells = [
        name,
        f"{driving_s:,.0f}",
        str(vans),
        str(trips),
        f"{ride_s / 60:.1f}",
        str(unserved),
        note,
    ]
    return "| " + " | ".join(cells) + " |"


def sofra_row(problem: Problem, limit_min: int, budget_s: float, seed: int, engine: str) -> str:
    limited = Problem(
        problem.depots,
        problem.vehicles,
        problem.stops,
        problem.duration_s,
        problem.distance_m,
        {"hot": limit_min * 60},
    )
    started = time.perf_counter()
    solution = solve(limited, SolveParams(time_limit_s=budget_s, seed=seed, engine=engine))
    runtime = time.perf_counter() - started
    violations = verify(limited, solution)
    trips = sum(len(r.trips) for r in solution.routes)
    note = f"{runtime:.1f} s, " + ("valid" if not violations else f"INVALID ({len(violations)})")
    return _row(
        f"Sofra ({engine}), limit {limit_min} min",
        solution.driving_s,
        len(solution.routes),
        trips,
        solution.max_ride_s,
        len(solution.unserved),
        note,
    )


def baseline_row(problem: Problem, result: Baseline, note: str) -> str:
    driving = result.cost(problem.duration_s)
    return _row(
        f"{result.engine}, no limit",
        driving,
        result.vans_used,
        len(result.trips),
        result.max_ride_s,
        result.unserved,
        f"{result.runtime_s:.1f} s, {note}",
    )


def first_solution_table(problem: Problem, limit_min: int, budget_s: float, seed: int) -> None:
    """Trip-model driving cost by OR-Tools first-solution strategy (GLS after it) and by PyVRP."""
    from routing.engine_ortools import OrtoolsParams, route_with_ortools
    from routing.engine_pyvrp import route_with_pyvrp
    from routing.nodes import build_nodes
    from routing.solve import _penalties
    from routing.trips import build_trip_model

    limited = Problem(
        problem.depots,
        problem.vehicles,
        problem.stops,
        problem.duration_s,
        problem.distance_m,
        {"hot": limit_min * 60},
    )
    horizon = 86_400
    nodes = build_nodes(
        limited, limited.stops, horizon, max(v.shift_end_s for v in limited.vehicles)
    )
    model = build_trip_model(nodes, horizon, _penalties(nodes, None))

    def cost(trips: list) -> str:  # type: ignore[type-arg]
        total = 0
        served = 0
        for trip in trips:
            depot = model.types[trip.type_index].depot
            path = [depot, *trip.sequence, depot]
            total += sum(int(model.arc_cost[0][a, b]) for a, b in itertools.pairwise(path))
            served += len(trip.sequence)
        return f"{total:,} s, {served} served, {len(trips)} trips"

    print(f"\n#### trip model, limit {limit_min} min, {budget_s:g} s each (no packing)\n")
    print("| engine | driving |\n|---|---|")
    for strategy in [
        "PARALLEL_CHEAPEST_INSERTION",
        "LOCAL_CHEAPEST_INSERTION",
        "SAVINGS",
        "PATH_CHEAPEST_ARC",
    ]:
        trips = route_with_ortools(model, OrtoolsParams(budget_s, first_solution=strategy))
        print(f"| OR-Tools {strategy} + GLS | {cost(trips)} |", flush=True)
    trips = route_with_pyvrp(model, budget_s, seed)
    print(f"| PyVRP | {cost(trips)} |", flush=True)
    half = route_with_pyvrp(model, budget_s / 2, seed)
    trips = route_with_ortools(model, OrtoolsParams(budget_s / 2), half)
    print(f"| PyVRP {budget_s / 2:g} s, then OR-Tools GLS {budget_s / 2:g} s | {cost(trips)} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=20.0, help="seconds per solver run")
    parser.add_argument("--scenario", default="shift,day", help="shift and/or day")
    parser.add_argument("--limits", default="60", help="ride limits to plan with, minutes")
    parser.add_argument("--vans", type=int, default=0, help="override the scenario's van count")
    parser.add_argument("--engines", default="auto", help="Sofra engines: auto,ortools,pyvrp")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--first-solutions", action="store_true", help="also compare OR-Tools first solutions"
    )
    args = parser.parse_args()
    for name in args.scenario.split(","):
        households, vans, capacity = SCENARIOS[name]
        vans = args.vans or vans
        problem = build(households, vans, capacity, args.seed)
        demand = sum(s.demand[0] for s in problem.stops)
        print(
            f"\n### {name}: {households} households ({demand} containers), "
            f"{vans} vans × {capacity}, budget {args.budget:g} s\n"
        )
        print("| plan | driving s | vans | trips | longest ride min | unserved | notes |")
        print("|---|---|---|---|---|---|---|")
        for limit in (int(x) for x in args.limits.split(",")):
            for engine in args.engines.split(","):
                print(sofra_row(problem, limit, args.budget, args.seed, engine), flush=True)
        pyvrp = run_pyvrp(problem, args.budget, seed=args.seed, reloads=True)
        print(baseline_row(problem, pyvrp, "reloads"), flush=True)
        copies = max(1, -(-demand // (vans * capacity)) + 1)
        vroom = run_vroom(problem, args.budget, copies=copies)
        print(
            baseline_row(problem, vroom, f"{copies} copies per van, not linked in time"), flush=True
        )
        if args.first_solutions:
            first_solution_table(problem, int(args.limits.split(",")[0]), args.budget, args.seed)


if __name__ == "__main__":
    main()
