"""Held-out days on Campo Grande's roads: binding meal shifts and parcel days, Sofra vs PyVRP/VROOM.

    python benchmarks/campo_grande.py --scenario meal120 --budgets 3,10,30
    python benchmarks/campo_grande.py --scenario parcel1500 --budgets 10,60
    python benchmarks/campo_grande.py --scenario parcel1500 --write /tmp/cg   # problem files only
    python benchmarks/campo_grande.py --scenario meal120 --relaxation 60   # the limit's own cost

A city the tests do not use (the larger extract in data/osm/). Households or parcel addresses
are random points beside the drivable streets (weighted by street length); travel matrices
come from geodata (scipy Dijkstra on the road graph) and are stored as int32. Scenarios:

- `meal120`: dinner shift, 120 households, 4 vans × 12 containers, 30-minute ride limit;
- `meal300`: dinner shift, 300 households, 10 vans × 15 containers, 45-minute ride limit;
- `parcel1500`, `parcel5000`: a parcel day from a warehouse, weights in kg, vans of 600 kg,
  some 2-hour windows, no ride limit, reloads.

Meal shifts: kitchen at the city centre, first load 16:15, doors 16:45–20:00, vans back by 20:30,
3 minutes per door, 10 minutes to reload. Each solver runs in its own forked process (one after
the other, in this one script run, so the 2-core machine's load is shared alike), which reports
its wall time and peak resident memory. PyVRP plans reloads but cannot limit the ride time
("over" counts the meals that ride longer than the limit); VROOM has no reloads, so each van is
copied per trip, without linking the copies in time (an optimistic baseline).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from baselines import Baseline, run_pyvrp, run_vroom  # noqa: E402

from routing.model import Depot, Problem, SolveParams, Stop, Vehicle  # noqa: E402

OSM = ROOT / "data" / "osm" / "campo-grande.osm.gz"
H = 3600


@dataclass(frozen=True)
class Scenario:
    """What a generated day holds."""

    stops: int
    vans: int
    capacity: int
    ride_limit_min: int | None
    parcels: bool
    max_out_s: int
    """Stops are drawn within this drive of the kitchen/warehouse (and back)."""
    oversample: float = 1.6
    """Candidate points drawn per stop (the far ones are left out)."""


SCENARIOS = {
    "meal120": Scenario(120, 4, 12, 30, False, 5 * 60, oversample=12),
    "meal300": Scenario(300, 10, 15, 45, False, 8 * 60, oversample=6),
    "parcel1500": Scenario(1500, 20, 600, None, True, 40 * 60),
    "parcel5000": Scenario(5000, 60, 600, None, True, 40 * 60),
}
MEAL_SHIFT = (16 * H + 15 * 60, 20 * H + 30 * 60)
MEAL_DOORS = (16 * H + 45 * 60, 20 * H)
PARCEL_SHIFT = (8 * H, 18 * H)
PARCEL_WINDOW_SHARE = 0.3


def _points(road: Any, n: int, rng: np.random.Generator) -> list[tuple[float, float]]:
    """n (lat, lon) points 0–20 m beside random street edges (weighted by length)."""
    weights = road.edge_length_m / road.edge_length_m.sum()
    edges = rng.choice(len(road.edge_u), size=n, p=weights)
    out = []
    for e in edges:
        spot = road.edge_geom[e].interpolate(rng.uniform(), normalized=True)
        dx, dy = rng.uniform(-20, 20, size=2)
        lon, lat = road.to_wgs84.transform(spot.x + dx, spot.y + dy)
        out.append((float(lat), float(lon)))
    return out


def _centre(road: Any) -> tuple[float, float]:
    """A point on the street nearest the middle of the graph's bounding box."""
    xs = np.array([g.centroid.x for g in road.edge_geom])
    ys = np.array([g.centroid.y for g in road.edge_geom])
    e = int(np.argmin((xs - np.median(xs)) ** 2 + (ys - np.median(ys)) ** 2))
    spot = road.edge_geom[e].interpolate(0.5, normalized=True)
    lon, lat = road.to_wgs84.transform(spot.x, spot.y)
    return float(lat), float(lon)


def build(name: str, seed: int) -> tuple[Problem, dict[str, float]]:
    """The scenario's problem (int32-exact matrices) and the time spent building it."""
    from geodata.graph import load_graph
    from geodata.matrix import travel_matrices

    spec = SCENARIOS[name]
    rng = np.random.default_rng(seed)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    road = load_graph(OSM)
    timings["graph_s"] = time.perf_counter() - started
    centre = _centre(road)
    candidates = _points(road, int(spec.stops * spec.oversample) + 10, rng)
    started = time.perf_counter()
    matrices = travel_matrices(road, [centre, *candidates])
    timings["matrix_s"] = time.perf_counter() - started
    duration = matrices.duration_s
    close = [
        i
        for i in range(1, len(candidates) + 1)
        if max(duration[0, i], duration[i, 0]) <= spec.max_out_s
    ][: spec.stops]
    if len(close) < spec.stops:
        raise SystemExit(f"{name}: only {len(close)} points close enough; raise the candidates")
    index = np.array([0, *close])
    travel = np.rint(duration[np.ix_(index, index)]).astype(np.int32)
    metres = np.rint(matrices.distance_m[np.ix_(index, index)]).astype(np.int32)
    timings["points"] = len(candidates) + 1
    points = [centre] + [candidates[i - 1] for i in close]
    return _problem(spec, rng, points, travel, metres), timings


def _problem(
    spec: Scenario,
    rng: np.random.Generator,
    points: list[tuple[float, float]],
    travel: np.ndarray,
    metres: np.ndarray,
) -> Problem:
    kitchen_lat, kitchen_lon = points[0]
    if spec.parcels:
        shift, service_s, reload_s, meal_type = PARCEL_SHIFT, 120, 900, "parcel"
        demand = np.clip(np.rint(rng.lognormal(1.6, 0.8, spec.stops)), 1, 60).astype(int)
        starts = rng.integers(9, 16, spec.stops) * H
        windowed = rng.uniform(size=spec.stops) < PARCEL_WINDOW_SHARE
        windows: list[tuple[int, int] | None] = [
            (int(s), int(s) + 2 * H) if w else None for s, w in zip(starts, windowed, strict=True)
        ]
        limits: dict[str, int] = {}
    else:
        shift, service_s, reload_s, meal_type = MEAL_SHIFT, 180, 600, "hot"
        demand = np.where(rng.uniform(size=spec.stops) < 0.2, 2, 1)
        windows = [MEAL_DOORS] * spec.stops
        limits = {"hot": 60 * (spec.ride_limit_min or 0)}
    stops = [
        Stop(
            f"s{i + 1}",
            i + 1,
            (int(demand[i]),),
            window=windows[i],
            service_s=service_s,
            meal_type=meal_type,
            lat=points[i + 1][0],
            lon=points[i + 1][1],
        )
        for i in range(spec.stops)
    ]
    vans = [
        Vehicle(f"van{k + 1}", "kitchen", "kitchen", *shift, (spec.capacity,), reload_s=reload_s)
        for k in range(spec.vans)
    ]
    depot = Depot("kitchen", 0, shift[0], shift[1], kitchen_lat, kitchen_lon)
    return Problem((depot,), tuple(vans), tuple(stops), travel, metres, limits)


# --- running each solver in its own process ------------------------------------------------------


def _in_child(job: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Run `job` in a forked process; its result plus wall seconds and peak RSS (MB)."""
    ctx = multiprocessing.get_context("fork")
    queue: Any = ctx.Queue()

    def target() -> None:
        started = time.perf_counter()
        try:
            result = job()
        except Exception as exc:  # a failed run is a row of the table, not a hung benchmark
            result = {"driving_s": 0, "vans": 0, "trips": 0, "ride_s": 0, "over": 0}
            result |= {"working_h": float("nan"), "unserved": -1, "note": f"FAILED: {exc!r}"}
        result["wall_s"] = time.perf_counter() - started
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        queue.put(result)

    process = ctx.Process(target=target)
    process.start()
    result: dict[str, Any] = queue.get()
    process.join()
    return result


def _sofra(problem: Problem, budget_s: float, seed: int, objective: str) -> dict[str, Any]:
    from routing.solve import solve
    from routing.verify import verify

    params = SolveParams(time_limit_s=budget_s, seed=seed, objective=objective)
    solution = solve(problem, params)
    violations = verify(problem, solution)
    return {
        "rides_s": [v.ride_s for r in solution.routes for t in r.trips for v in t.visits],
        "driving_s": solution.driving_s,
        "vans": solution.vans_used,
        "trips": sum(len(r.trips) for r in solution.routes),
        "ride_s": solution.max_ride_s,
        "working_h": solution.working_s / H,
        "unserved": len(solution.unserved),
        "over": 0,
        "note": "valid" if not violations else f"INVALID ({len(violations)})",
    }


def _relaxation(problem: Problem, budget_s: float, seed: int) -> dict[str, Any]:
    """The ride-limited trips alone: Sofra's trip model (every trip within the ride limit, as
    many trips as wanted, no van time) routed by PyVRP. No plan that keeps the limit can drive
    less than this model's optimum, so its best found is the reference for the ride limit's cost."""
    from routing.engine_pyvrp import route_with_pyvrp
    from routing.nodes import build_nodes
    from routing.solve import _horizon_s, _penalties
    from routing.trips import build_trip_model

    horizon = _horizon_s(problem)
    nodes = build_nodes(
        problem, problem.stops, horizon, max(v.shift_end_s for v in problem.vehicles)
    )
    model = build_trip_model(nodes, horizon, _penalties(nodes, None))
    trips = route_with_pyvrp(model, budget_s, seed)
    driving = 0
    for trip in trips:
        path = [model.types[trip.type_index].depot, *trip.sequence]
        path.append(path[0])
        driving += int(nodes.travel_s[path[:-1], path[1:]].sum())
    served = sum(len(t.sequence) for t in trips)
    return {
        "driving_s": driving,
        "vans": 0,
        "trips": len(trips),
        "ride_s": 0,
        "working_h": float("nan"),
        "unserved": len(problem.stops) - served,
        "over": 0,
        "note": f"trips within the limit, no vans, {budget_s:g} s",
    }


def _over_limit(problem: Problem, base: Baseline, limit_s: int | None) -> int:
    return 0 if limit_s is None else sum(1 for r in base.rides_s if r > limit_s)


def _baseline(problem: Problem, engine: str, budget_s: float, seed: int) -> dict[str, Any]:
    spec_limit = max(problem.max_ride_s.values(), default=None)
    if engine == "PyVRP":
        base = run_pyvrp(problem, budget_s, seed=seed, reloads=True)
        note = "reloads"
    elif engine == "PyVRP fleet":
        base = run_pyvrp(problem, budget_s, seed=seed, reloads=True, fleet=True)
        note = "reloads, minimise_fleet for half the budget"
    else:
        demand = sum(s.demand[0] for s in problem.stops)
        total = sum(v.capacity[0] for v in problem.vehicles)
        copies = max(1, -(-demand // total) + 1)
        base = run_vroom(problem, budget_s, copies=copies)
        note = f"{copies} copies per van"
    return {
        "driving_s": base.cost(problem.duration_s),
        "vans": base.vans_used,
        "trips": len(base.trips),
        "ride_s": base.max_ride_s,
        "working_h": float("nan"),
        "unserved": base.unserved,
        "over": _over_limit(problem, base, spec_limit),
        "note": note,
    }


def _row(name: str, r: dict[str, Any], reference: float | None) -> str:
    r.pop("rides_s", None)
    ratio = f"{r['driving_s'] / reference:.3f}" if reference else "—"
    working = "—" if r["working_h"] != r["working_h"] else f"{r['working_h']:.1f}"
    cells = [
        name,
        f"{r['driving_s']:,.0f}",
        str(r["vans"]),
        str(r["trips"]),
        f"{r['ride_s'] / 60:.1f}",
        str(r["over"]),
        working,
        str(r["unserved"]),
        f"{r['wall_s']:.1f}",
        f"{r['peak_mb']:.0f}",
        ratio,
        r["note"],
    ]
    return "| " + " | ".join(cells) + " |"


HEADER = (
    "| plan | driving s | vans | trips | longest ride min | rides over limit | working h "
    "| unserved | wall s | peak MB | ÷ PyVRP | notes |\n|" + "---|" * 12
)


def table(problem: Problem, name: str, budgets: list[float], args: argparse.Namespace) -> None:
    """Sofra, PyVRP and VROOM per budget, each in its own process."""
    for budget in budgets:
        print(f"\n#### {name}, budget {budget:g} s\n\n{HEADER}", flush=True)
        pyvrp = _in_child(lambda b=budget: _baseline(problem, "PyVRP", b, args.seed))
        reference = pyvrp["driving_s"] if not pyvrp["unserved"] else None
        for objective in args.objectives.split(","):
            sofra = _in_child(lambda b=budget, o=objective: _sofra(problem, b, args.seed, o))
            print(_row(f"Sofra ({objective})", sofra, reference), flush=True)
        if args.unlimited and problem.max_ride_s:
            free = Problem(
                problem.depots,
                problem.vehicles,
                problem.stops,
                problem.duration_s,
                problem.distance_m,
                {},
            )
            sofra = _in_child(lambda b=budget, f=free: _sofra(f, b, args.seed, "driving"))
            sofra["over"] = sum(
                1 for r in sofra.pop("rides_s") if r > max(problem.max_ride_s.values())
            )
            print(_row("Sofra, no ride limit", sofra, reference), flush=True)
        print(_row("PyVRP, no ride limit", pyvrp, reference), flush=True)
        if "vans" in args.objectives.split(","):
            fleet = _in_child(lambda b=budget: _baseline(problem, "PyVRP fleet", b, args.seed))
            print(_row("PyVRP, fewest vans, no ride limit", fleet, reference), flush=True)
        if not args.no_vroom:
            vroom = _in_child(lambda b=budget: _baseline(problem, "VROOM", b, args.seed))
            print(_row("VROOM, no ride limit", vroom, reference), flush=True)


def write(problem: Problem, name: str, out_dir: Path) -> None:
    """The problem as JSON with matrices inline, and as JSON plus an .npz matrix file."""
    from routing.jsonio import dump_problem

    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    dump_problem(problem, out_dir / f"{name}.json")
    inline_s = time.perf_counter() - started
    started = time.perf_counter()
    dump_problem(problem, out_dir / f"{name}-npz.json", matrices_file=f"{name}.npz")
    npz_s = time.perf_counter() - started
    print(f"wrote {out_dir}/{name}.json ({inline_s:.1f} s), {name}-npz.json + .npz ({npz_s:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="meal120", help=",".join(SCENARIOS))
    parser.add_argument("--budgets", default="3,10,30", help="seconds per solver run")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--objectives", default="driving", help="Sofra objectives: driving,vans")
    parser.add_argument("--no-vroom", action="store_true")
    parser.add_argument(
        "--unlimited",
        action="store_true",
        help="also Sofra without the ride limit (search quality)",
    )
    parser.add_argument(
        "--relaxation",
        type=float,
        default=0.0,
        help="also route the ride-limited trips alone (no vans) for this many seconds",
    )
    parser.add_argument("--write", type=Path, help="only write the problem files to this folder")
    args = parser.parse_args()
    for name in args.scenario.split(","):
        problem, timings = build(name, args.seed)
        spec = SCENARIOS[name]
        demand = sum(s.demand[0] for s in problem.stops)
        print(
            f"\n### {name}: {spec.stops} stops ({demand} {'kg' if spec.parcels else 'containers'}),"
            f" {spec.vans} vans × {spec.capacity}, ride limit {spec.ride_limit_min or '—'} min; "
            f"graph {timings['graph_s']:.1f} s, matrices for {timings['points']:.0f} points "
            f"{timings['matrix_s']:.1f} s"
        )
        if args.write:
            write(problem, name, args.write)
            continue
        if args.relaxation and problem.max_ride_s:
            bound = _in_child(lambda p=problem: _relaxation(p, args.relaxation, args.seed))
            print(f"\n{HEADER}\n" + _row("ride-limited trips alone", bound, None), flush=True)
        table(problem, name, [float(b) for b in args.budgets.split(",")], args)


if __name__ == "__main__":
    main()
