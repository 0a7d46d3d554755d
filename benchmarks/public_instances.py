"""Public VRP benchmarks: Sofra's engine vs PyVRP and VROOM, each instance's gap to the best known.

    python benchmarks/public_instances.py --budget 10 --set quick
    python benchmarks/public_instances.py --budget 20 --set homberger --sample 4
    python benchmarks/public_instances.py --instances C101,R201,X-n101-k25
    python benchmarks/public_instances.py --objective vans --set homberger --sample 4 --budget 20

With `--objective vans` (fewest vehicles first, then distance: the literature's hierarchical
VRPTW objective) each cell is "vehicles / distance", against the hierarchical best known;
PyVRP runs its own `minimise_fleet` for half the budget, then searches with that fleet.

Solomon / Gehring & Homberger (VRPTW, distance-only objective): travel time = Euclidean distance,
scaled by 100 and rounded up for the solvers; the table reports the exact (double) Euclidean
length of each plan. CVRPLIB X: TSPLIB EUC_2D rounded distances, as CVRPLIB. Every Sofra plan is
checked by `routing.verify`. All three get the same budget and one thread.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import itertools

from baselines import run_pyvrp, run_vroom

from routing.model import Depot, Problem, Solution, SolveParams, Stop, Vehicle
from routing.solve import solve
from routing.verify import verify

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
SCALE = 100
QUICK = ["C101", "R101", "RC101", "C201", "R201", "RC201", "X-n101-k25", "X-n200-k36"]


@dataclass
class Instance:
    """A benchmark as a Sofra problem plus what is needed to price and compare plans."""

    name: str
    problem: Problem
    exact: np.ndarray
    best_known: float | None
    kind: str
    hierarchical: tuple[int, float] | None = None
    """Best known (vehicles, distance) for fewest vehicles first (VRPTW only)."""


def _euclid(points: np.ndarray) -> np.ndarray:
    return np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(-1))


def read_solomon(path: Path, bks: dict[str, dict[str, float]]) -> Instance:
    """Solomon / Homberger text format: VEHICLE block, then the CUSTOMER table (0 = depot)."""
    lines = path.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("NUMBER"))
    vehicles, capacity = (int(x) for x in lines[start + 1].split())
    rows = [
        [float(x) for x in line.split()]
        for line in lines[start + 2 :]
        if re.match(r"^\s*\d", line) and len(line.split()) == 7
    ]
    table = np.array(rows)
    exact = _euclid(table[:, 1:3])
    scaled = np.ceil(exact * SCALE - 1e-9)
    horizon = int(table[0, 5] * SCALE)
    stops = [
        Stop(
            f"c{int(r[0])}",
            int(i + 1),
            (int(r[3]),),
            window=(int(r[4] * SCALE), int(r[5] * SCALE)),
            service_s=int(r[6] * SCALE),
        )
        for i, r in enumerate(table[1:])
    ]
    vans = [
        Vehicle(f"v{k}", "depot", "depot", 0, horizon, (capacity,), max_trips=1)
        for k in range(vehicles)
    ]
    problem = Problem(
        (Depot("depot", 0, 0, horizon),), tuple(vans), tuple(stops), scaled, scaled, max_ride_s={}
    )
    name = path.stem
    key = f"{name}_distance" if f"{name}_distance" in bks else name.lower()
    best = bks.get(key, {}).get("best_known_cost")
    kind = "solomon" if name[0].isupper() else "homberger"
    entry = bks.get(name, bks.get(name.lower(), {}))
    hierarchical = None
    if "solved_with_vehicles" in entry:
        hierarchical = (int(entry["solved_with_vehicles"]), float(entry["best_known_cost"]))
    return Instance(name, problem, exact, best, kind, hierarchical)


def read_vrplib(path: Path, bks: dict[str, dict[str, float]]) -> Instance:
    """CVRPLIB X: coordinates, demands, depot 1; EUC_2D distances rounded to integers."""
    text = path.read_text()
    capacity = int(re.search(r"CAPACITY\s*:\s*(\d+)", text).group(1))  # type: ignore[union-attr]
    coords_block = text.split("NODE_COORD_SECTION")[1].split("DEMAND_SECTION")[0]
    demand_block = text.split("DEMAND_SECTION")[1].split("DEPOT_SECTION")[0]
    coords = np.array(
        [[float(x) for x in line.split()[1:3]] for line in coords_block.strip().splitlines()]
    )
    demands = [int(line.split()[1]) for line in demand_block.strip().splitlines()]
    exact = np.rint(_euclid(coords))
    stops = [Stop(f"c{i}", i, (demands[i],)) for i in range(1, len(demands))]
    loads = math.ceil(sum(demands) / capacity)
    horizon = 10**8
    # Sofra's vans reload, so a few vans with unlimited trips equal CVRP's unlimited fleet.
    vans = [Vehicle(f"v{k}", "depot", "depot", 0, horizon, (capacity,)) for k in range(loads)]
    problem = Problem(
        (Depot("depot", 0, 0, horizon),), tuple(vans), tuple(stops), exact, exact, max_ride_s={}
    )
    best = bks.get(path.stem, {}).get("best_known_cost")
    return Instance(path.stem, problem, exact, best, "cvrp")


def _baseline_problem(instance: Instance) -> Problem:
    """For PyVRP and VROOM: CVRP gets one single-trip vehicle per customer (unlimited fleet)."""
    problem = instance.problem
    if instance.kind != "cvrp":
        return problem
    van = problem.vehicles[0]
    vans = tuple(
        Vehicle(f"v{k}", van.start_depot, van.end_depot, 0, van.shift_end_s, van.capacity)
        for k in range(len(problem.stops))
    )
    return Problem(
        problem.depots, vans, problem.stops, problem.duration_s, problem.distance_m, max_ride_s={}
    )


def _sofra_cost(instance: Instance, solution_trips: list[list[int]]) -> float:
    total = 0.0
    for trip in solution_trips:
        path = [0, *trip, 0]
        total += float(sum(instance.exact[a, b] for a, b in itertools.pairwise(path)))
    return total


def _fmt(cost: float, unserved: int, best: float | None) -> str:
    if unserved:
        return f"{unserved} unserved"
    if best is None:
        return f"{cost:.1f}"
    return f"{cost:.1f} ({100 * (cost - best) / best:+.1f}%)"


def _fleet_cell(vehicles: int, cost: float, unserved: int, best: tuple[int, float] | None) -> str:
    """ "vehicles / distance (gap)" against the hierarchical best known."""
    if unserved:
        return f"{unserved} unserved"
    gap = "" if best is None else f" ({100 * (cost - best[1]) / best[1]:+.1f}%)"
    return f"{vehicles} / {cost:.1f}{gap}"


def _trips(problem: Problem, solution: Solution) -> list[list[int]]:
    """Every trip of a Sofra plan as its stops' locations, for pricing with exact distances."""
    location = {s.id: s.location for s in problem.stops}
    return [[location[v.stop_id] for v in t.visits] for r in solution.routes for t in r.trips]


def run_fleet(instance: Instance, budget_s: float, seed: int) -> list[str]:
    """One table row under the fleet objective (fewest vehicles, then distance)."""
    problem = instance.problem
    solution = solve(problem, SolveParams(time_limit_s=budget_s, seed=seed, objective="vans"))
    trips = _trips(problem, solution)
    best = instance.hierarchical
    sofra = _fleet_cell(
        solution.vans_used, _sofra_cost(instance, trips), len(solution.unserved), best
    )
    if verify(problem, solution):
        sofra += " INVALID"
    baseline_problem = _baseline_problem(instance)
    pyvrp = run_pyvrp(baseline_problem, budget_s, seed=seed, fleet=True)
    vroom = run_vroom(baseline_problem, budget_s)
    return [
        instance.name,
        str(len(problem.stops)),
        f"{budget_s:g} s",
        sofra,
        _fleet_cell(pyvrp.vans_used, pyvrp.cost(instance.exact), pyvrp.unserved, best),
        _fleet_cell(vroom.vans_used, vroom.cost(instance.exact), vroom.unserved, best),
        "—" if best is None else f"{best[0]} / {best[1]:g}",
    ]


def run(instance: Instance, budget_s: float, seed: int) -> list[str]:
    """One table row: Sofra, PyVRP and VROOM on the instance."""
    problem = instance.problem
    solution = solve(problem, SolveParams(time_limit_s=budget_s, seed=seed))
    trips = _trips(problem, solution)
    violations = verify(problem, solution)
    sofra = _fmt(_sofra_cost(instance, trips), len(solution.unserved), instance.best_known)
    if violations:
        sofra += f" INVALID ({len(violations)})"
    baseline_problem = _baseline_problem(instance)
    pyvrp = run_pyvrp(baseline_problem, budget_s, seed=seed)
    vroom = run_vroom(baseline_problem, budget_s)
    best = instance.best_known
    return [
        instance.name,
        str(len(problem.stops)),
        f"{budget_s:g} s",
        sofra,
        _fmt(pyvrp.cost(instance.exact), pyvrp.unserved, best),
        _fmt(vroom.cost(instance.exact), vroom.unserved, best),
        "—" if best is None else f"{best:g}",
    ]


def instances(names: list[str], sample: int, seed: int) -> list[Path]:
    """Paths of the chosen instances (`quick`, `solomon`, `homberger`, `x` or explicit names)."""
    solomon = sorted((SHARED / "vrptw" / "solomon").glob("*.txt"))
    homberger = sorted((SHARED / "vrptw" / "homberger_200").glob("*.txt"))
    x = sorted((SHARED / "cvrp" / "X").glob("*.vrp"))
    by_name = {p.stem.lower(): p for p in [*solomon, *homberger, *x]}
    chosen: list[Path] = []
    for name in names:
        if name == "quick":
            chosen += [by_name[n.lower()] for n in QUICK]
        elif name == "solomon":
            chosen += solomon
        elif name == "homberger":
            chosen += random.Random(seed).sample(homberger, min(sample, len(homberger)))
        elif name == "x":
            chosen += x
        else:
            chosen.append(by_name[name.lower()])
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--budget", type=float, default=10.0, help="seconds per solver per instance"
    )
    parser.add_argument("--set", default="quick", help="quick | solomon | homberger | x")
    parser.add_argument("--instances", default="", help="comma-separated names (override --set)")
    parser.add_argument("--sample", type=int, default=4, help="Homberger instances to sample")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--objective", default="distance", choices=["distance", "vans"], help="vans: fleet first"
    )
    args = parser.parse_args()
    vrptw_bks = json.loads((SHARED / "vrptw" / "BKS.json").read_text())
    cvrp_bks = json.loads((SHARED / "cvrp" / "BKS.json").read_text())
    names = args.instances.split(",") if args.instances else [args.set]
    header = ["instance", "n", "budget", "Sofra", "PyVRP", "VROOM", "best known"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for path in instances(names, args.sample, args.seed):
        if args.objective == "vans" and path.suffix == ".vrp":
            continue  # CVRP has an unlimited fleet: nothing to minimise
        if path.suffix == ".vrp":
            instance = read_vrplib(path, cvrp_bks)
        else:
            instance = read_solomon(path, vrptw_bks)
        row = (run_fleet if args.objective == "vans" else run)(instance, args.budget, args.seed)
        print("| " + " | ".join(row) + " |", flush=True)


if __name__ == "__main__":
    main()
