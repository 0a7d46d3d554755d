"""A valid lower bound on total driving for meal shifts with a ride-time limit (q-route LP).

    python benchmarks/ride_bound.py
    python benchmarks/ride_bound.py --instances meal120,shift120 --step 10 --max-seconds 600

What it computes: the LP relaxation of a set-covering model over q-routes, by column generation.
A column is a trip kitchen → stops → kitchen whose load is at most the van capacity and whose
every stop is reached within its meal's ride limit (ride of stop k = travel up to k + service of
the stops before k, i.e. no waiting); its cost is its driving (kitchen → first, between stops,
last → kitchen, exact matrix entries). Routes may visit a stop more than once, except that
immediate returns j → k → j are excluded (2-cycle elimination); the master asks each stop to be
covered at least once (min c·x, A x ≥ 1, x ≥ 0). Pricing is an exact dynamic programme over the
labels (stop, load, ride time) with ride times on a grid of `--step` seconds.

Why the bound is valid: every trip of a feasible plan (ride limit kept, each stop once) is an
elementary q-route, and it stays a column here because each arc's time (service at the origin
plus travel) is rounded DOWN to the grid, so its grid ride times never exceed the real ones and
the grid limit floor(limit / step) is kept. Costs use the exact travel. So a feasible plan is a
0/1 solution of the master, and the master's LP optimum (reached when the exact pricing finds no
column of negative reduced cost) is at most its driving. The relaxation drops elementarity, the
van's shift, door windows, reloads and the number of vans. Before convergence the Lagrangian
bound LP + K · min(0, best reduced cost) is also valid, with K = number of stops (a plan needs at
most that many non-empty trips); the best of it over the iterations is reported if time runs out.

The trip-count cut. The same column generation with every column's cost = 1 (pricing: the same DP
with arc costs 0 and a route cost of 1) gives an LP value L_trips that is a lower bound on the
number of trips of any feasible plan, by the argument above with "driving" replaced by "trips".
Each trip carries at most the capacity, so ceil(total demand / capacity) is one too. Trip counts
are whole, so every feasible plan has at least T_min = max(ceil(L_trips - 1e-6),
ceil(demand / capacity)) trips, i.e. its 0/1 vector satisfies Σ_r x_r >= T_min. Adding that cut
to the driving master therefore keeps every feasible plan feasible for it, and its LP optimum is
still a lower bound on their driving. Its dual μ >= 0 is subtracted once per route in the pricing
(reduced cost = driving - Σ_i π_i a_ir - μ), and the Lagrangian bound gains the term μ · T_min.
The cut helps only when the driving LP uses fewer than T_min trips fractionally.
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy.optimize import linprog
from scipy.sparse import csc_matrix

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from routing.model import Problem  # noqa: E402

NO_LIMIT_BEST = {"meal120": 7_632, "shift120": 4_409}
"""PyVRP's best plan without the ride limit (driving seconds)."""
LIMIT_BEST = {"meal120": 8_620, "shift120": 4_746}
"""Best known plans that keep the 30-minute ride limit (driving seconds)."""
KNOWN_TRIPS = {"shift120": 14}
"""Trips of the best known plan keeping the limit (T_min may not exceed it)."""
RIDE_LIMIT_S = 30 * 60
TOL = 1e-6
INF = np.inf

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def load_instance(name: str) -> Problem:
    """The benchmark's problem exactly as its own script builds it (30-minute limit, seed 1)."""
    if name == "meal120":
        from campo_grande import build

        problem, _ = build("meal120", 1)
        return problem
    if name == "shift120":
        import inegol_day

        households, vans, capacity = inegol_day.SCENARIOS["shift120"]
        base = inegol_day.build(households, vans, capacity, 1)
        return Problem(
            base.depots,
            base.vehicles,
            base.stops,
            base.duration_s,
            base.distance_m,
            {"hot": RIDE_LIMIT_S},
        )
    raise SystemExit(f"unknown instance {name!r}: meal120 or shift120")


@dataclass
class Network:
    """The pricing graph: node 0 is the kitchen, nodes 1..n the stops (in problem order)."""

    cost: FloatArray  # (n+1, n+1) exact travel seconds, inf when unusable
    offset: IntArray  # (n+1, n+1) grid steps of arc j→k: floor((service_j + travel_jk) / step)
    demand: IntArray  # (n+1,) containers, 0 for the kitchen
    limit_steps: IntArray  # (n+1,) grid ride limit of each stop
    capacity: int
    horizon: int  # largest grid ride time any label can take

    @property
    def n(self) -> int:
        return len(self.demand) - 1


def network(problem: Problem, step: int, ride_limit: bool = True) -> Network:
    """The kitchen-and-stops graph on a `step`-second grid, every arc's time rounded down."""
    if len(problem.depots) != 1:
        raise SystemExit("one kitchen expected")
    capacities = {v.capacity[0] for v in problem.vehicles}
    if len(capacities) != 1:
        raise SystemExit("identical vans expected")
    capacity = capacities.pop()
    locations = [problem.depots[0].location, *(s.location for s in problem.stops)]
    cost = np.array(problem.duration_s, dtype=np.float64)[np.ix_(locations, locations)]
    n = len(problem.stops)
    service = np.array([0, *(s.service_s for s in problem.stops)], dtype=np.float64)
    demand = np.array([0, *(s.demand[0] for s in problem.stops)], dtype=np.int64)
    if (demand[1:] < 1).any() or (demand > capacity).any():
        raise SystemExit("every stop needs 1..capacity containers")
    np.fill_diagonal(cost, INF)
    arc_s = service[:, None] + cost
    offset = np.full((n + 1, n + 1), 10**9, dtype=np.int64)
    finite = np.isfinite(arc_s)
    offset[finite] = np.floor(arc_s[finite] / step).astype(np.int64)
    max_stops = capacity // int(demand[1:].min())
    longest = int(offset[finite].max()) if finite.any() else 0
    horizon = max_stops * longest
    limits = [problem.max_ride_s.get(s.meal_type) if ride_limit else None for s in problem.stops]
    limit_steps = np.array(
        [0, *(horizon if x is None else min(horizon, x // step) for x in limits)],
        dtype=np.int64,
    )
    horizon = int(limit_steps[1:].max())
    return Network(cost, offset, demand, limit_steps, capacity, horizon)


class Pricer:
    """Exact pricing of 2-cycle-free q-routes by a DP over (ride time, load, last stop).

    For each state it keeps the cheapest label and the cheapest one whose predecessor differs,
    so an extension j → k uses the best label at j not coming from k. Ride time grows by at least
    `block` grid steps on every stop-to-stop arc, so all states with ride time in
    [a, a + block) depend only on earlier times and are computed together, vectorised.
    """

    def __init__(self, net: Network) -> None:
        self.net = net
        n = net.n
        stop_offsets = net.offset[1:, 1:][np.isfinite(net.cost[1:, 1:])]
        self.block = int(stop_offsets.min()) if stop_offsets.size else net.horizon + 1
        if self.block < 1:
            raise SystemExit("an arc takes less than one grid step; use a smaller --step")
        self.shape = (net.horizon + 1, net.capacity + 1, n + 1)
        self.k = np.arange(1, n + 1)
        self.j = np.arange(0, n + 1)
        # the (q', k) part of the flat source index, and its validity
        q = np.arange(1, net.capacity + 1)
        src_q = q[:, None] - net.demand[None, 1:]  # (Q, n)
        self.q_ok = src_q >= 0
        self.q_part = np.where(self.q_ok, src_q, 0) * (n + 1)
        self.arc_ok = np.isfinite(net.cost[:, 1:])  # (n+1, n)

    def price(
        self, duals: FloatArray, wanted: int, per_end: int, fixed: float = 0.0
    ) -> tuple[float, list[tuple]]:
        """The most negative reduced cost and up to `wanted` distinct routes with rc < -TOL.

        `fixed` is added once per route: the column's fixed cost minus the dual of the trip-count
        cut, if any.
        """
        net = self.net
        n = net.n
        arc_rc = net.cost[:, 1:] - duals[None, :]  # (n+1, n): rc of the arc j → k
        best = np.full(self.shape, INF)
        second = np.full(self.shape, INF)
        pred = np.full(self.shape, -1, dtype=np.int64)
        pred2 = np.full(self.shape, -1, dtype=np.int64)
        best[0, 0, 0] = 0.0  # the kitchen at departure
        flat_best, flat_second, flat_pred = best.reshape(-1), second.reshape(-1), pred.reshape(-1)
        layer = self.shape[1] * self.shape[2]
        offs = net.offset[:, 1:]  # (n+1, n)
        for a in range(0, net.horizon + 1, self.block):
            b = min(a + self.block, net.horizon + 1)
            t = np.arange(a, b)
            src_t = t[:, None, None] - offs[None, :, :]  # (B, n+1, n)
            t_ok = (src_t >= 0) & self.arc_ok[None]
            t_part = np.where(t_ok, src_t, 0) * layer + self.j[None, :, None]
            index = t_part[:, None, :, :] + self.q_part[None, :, None, :]  # (B, Q, n+1, n)
            ok = t_ok[:, None, :, :] & self.q_ok[None, :, None, :]
            ok &= t[:, None, None, None] <= net.limit_steps[None, None, None, 1:]
            source_pred = flat_pred[index]
            value = np.where(
                source_pred != self.k[None, None, None, :], flat_best[index], flat_second[index]
            )
            value = np.where(ok, value + arc_rc[None, None, :, :], INF)
            first = np.argmin(value, axis=2)  # (B, Q, n)
            v1 = np.take_along_axis(value, first[:, :, None, :], axis=2)[:, :, 0, :]
            np.put_along_axis(value, first[:, :, None, :], INF, axis=2)
            other = np.argmin(value, axis=2)
            v2 = np.take_along_axis(value, other[:, :, None, :], axis=2)[:, :, 0, :]
            best[a:b, 1:, 1:] = v1
            second[a:b, 1:, 1:] = v2
            pred[a:b, 1:, 1:] = np.where(np.isfinite(v1), first, -1)
            pred2[a:b, 1:, 1:] = np.where(np.isfinite(v2), other, -1)
        closing = net.cost[1:, 0] + fixed  # (n,)
        ends = [best[:, :, 1:] + closing, second[:, :, 1:] + closing]
        best_rc = float(min(ends[0].min(), ends[1].min()))
        routes: list[tuple] = []
        seen: set[tuple] = set()
        taken = np.zeros(n + 1, dtype=np.int64)
        candidates = []
        for which, end in enumerate(ends):
            idx = np.flatnonzero(end.reshape(-1) < -TOL)
            candidates.extend((float(end.reshape(-1)[i]), which, int(i)) for i in idx)
        candidates.sort()
        tables = (pred, pred2)
        for rc, which, flat in candidates:
            if len(routes) >= wanted:
                break
            t, q, k = np.unravel_index(flat, ends[0].shape)
            route = self._walk(int(t), int(q), int(k) + 1, which, tables)
            if route in seen or taken[route[-1]] >= per_end:
                continue
            check = self._reduced_cost(route, duals) + fixed
            if abs(check - rc) > 1e-6 * max(1.0, abs(rc)):
                raise AssertionError(f"label {rc} but route {route} prices at {check}")
            seen.add(route)
            taken[route[-1]] += 1
            routes.append(route)
        return best_rc, routes

    def _walk(self, t: int, q: int, k: int, which: int, tables: tuple[IntArray, ...]) -> tuple:
        """The route (stop nodes) of the label `which` at (t, q, k), through its predecessors."""
        net = self.net
        pred, _ = tables
        sequence = [k]
        while True:
            j = int(tables[which][t, q, k])
            if j < 0:
                raise AssertionError("broken predecessor chain")
            if j == 0:
                break
            t -= int(net.offset[j, k])
            q -= int(net.demand[k])
            which = 0 if int(pred[t, q, j]) != k else 1
            sequence.append(j)
            k = j
        return tuple(reversed(sequence))

    def _reduced_cost(self, route: tuple, duals: FloatArray) -> float:
        return route_cost(self.net, route) - float(sum(duals[i - 1] for i in route))


def route_cost(net: Network, route: tuple) -> float:
    """Exact driving of a trip kitchen → route → kitchen."""
    path = (0, *route, 0)
    return float(sum(net.cost[a, b] for a, b in itertools.pairwise(path)))


def feasible(net: Network, route: tuple) -> bool:
    """Load and grid ride limits of a route, and no immediate return j → k → j."""
    if sum(int(net.demand[i]) for i in route) > net.capacity:
        return False
    if any(route[i] == route[i + 2] for i in range(len(route) - 2)):
        return False
    t, previous = 0, 0
    for stop in route:
        t += int(net.offset[previous, stop])
        if t > net.limit_steps[stop] or not np.isfinite(net.cost[previous, stop]):
            return False
        previous = stop
    return bool(np.isfinite(net.cost[route[-1], 0]))


def initial_routes(net: Network) -> list[tuple]:
    """One trip per stop, plus greedy nearest-neighbour trips (feasible ones only)."""
    routes: list[tuple] = [(i,) for i in range(1, net.n + 1)]
    left = set(range(1, net.n + 1))
    while left:
        route: tuple = ()
        while True:
            last = route[-1] if route else 0
            options = sorted(left - set(route), key=lambda k: net.cost[last, k])
            step = next((k for k in options if feasible(net, (*route, k))), None)
            if step is None:
                break
            route = (*route, step)
        if not route:
            break
        left -= set(route)
        if len(route) > 1:
            routes.append(route)
    return routes


@dataclass
class Result:
    lp: float
    lagrangian: float
    best_rc: float
    converged: bool
    iterations: int
    columns: int
    seconds: float
    routes: list[tuple]
    trips: float  # Σ x_r in the last master LP (fractional number of trips)

    @property
    def bound(self) -> float:
        """The valid lower bound: the LP at convergence, else the best Lagrangian bound."""
        return self.lp if self.converged else self.lagrangian


def column_generation(
    net: Network,
    max_seconds: float,
    wanted: int = 50,
    per_end: int = 3,
    verbose: bool = True,
    count_trips: bool = False,
    min_trips: int = 0,
    start: list[tuple] | None = None,
) -> Result:
    """Solve the q-route set-covering LP; stop at convergence or after `max_seconds`.

    With `count_trips` every column costs 1 (its number of trips) instead of its driving, so the
    LP bounds the number of trips from below. With `min_trips` > 0 the master also has the cut
    Σ_r x_r >= min_trips, whose dual μ >= 0 is subtracted once per route in the pricing. `start`
    adds columns (e.g. from an earlier run) to the initial ones; any feasible columns are valid.
    """
    started = time.perf_counter()
    if count_trips:  # arc costs 0, route cost 1: same DP, same columns
        pricing_net = Network(
            np.where(np.isfinite(net.cost), 0.0, INF),
            net.offset,
            net.demand,
            net.limit_steps,
            net.capacity,
            net.horizon,
        )
        fixed = 1.0
    else:
        pricing_net, fixed = net, 0.0
    pricer = Pricer(pricing_net)
    routes = initial_routes(net)
    known = set(routes)
    for route in start or []:
        if route not in known:
            known.add(route)
            routes.append(route)
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    costs: list[float] = []
    columns: list[tuple] = []

    def add(route: tuple) -> None:
        column = len(costs)
        counts: dict[int, int] = {}
        for i in route:
            counts[i - 1] = counts.get(i - 1, 0) + 1
        for i, c in counts.items():
            rows.append(i)
            cols.append(column)
            vals.append(-float(c))
        if min_trips > 0:  # the cut row -Σ x_r <= -min_trips
            rows.append(net.n)
            cols.append(column)
            vals.append(-1.0)
        costs.append(fixed + route_cost(pricing_net, route))
        columns.append(route)

    for route in routes:
        add(route)
    n_rows = net.n + (1 if min_trips > 0 else 0)
    rhs = -np.ones(n_rows)
    if min_trips > 0:
        rhs[net.n] = -float(min_trips)
    best_lagrangian = -INF
    iteration = 0
    lp = INF
    best_rc = -INF
    while True:
        iteration += 1
        a = csc_matrix((vals, (rows, cols)), shape=(n_rows, len(costs)))
        res = linprog(np.array(costs), A_ub=a, b_ub=rhs, bounds=(0, None), method="highs")
        if res.status != 0:
            raise SystemExit(f"master LP failed: {res.message}")
        lp = float(res.fun)
        trips = float(np.sum(res.x))
        marginals = np.maximum(-np.asarray(res.ineqlin.marginals, dtype=np.float64), 0.0)
        duals = marginals[: net.n]
        mu = float(marginals[net.n]) if min_trips > 0 else 0.0
        dual_value = float(duals.sum()) + mu * min_trips
        best_rc, found = pricer.price(duals, wanted, per_end, fixed - mu)
        # any plan has at most n non-empty trips, so Σ x_r rc_r >= n · min(0, best rc)
        lagrangian = dual_value + net.n * min(0.0, best_rc)
        best_lagrangian = max(best_lagrangian, lagrangian)
        elapsed = time.perf_counter() - started
        if verbose:
            print(
                f"  it {iteration:4d}  LP {lp:10.3f}  best rc {best_rc:11.4f}  "
                f"LB_lag {lagrangian:10.3f} (best {best_lagrangian:10.3f})  "
                f"trips {trips:7.3f}  mu {mu:8.3f}  "
                f"cols {len(costs):6d}  +{len(found):3d}  {elapsed:7.1f} s",
                flush=True,
            )
        if best_rc >= -TOL:
            return Result(
                lp,
                max(best_lagrangian, dual_value),
                best_rc,
                True,
                iteration,
                len(costs),
                elapsed,
                columns,
                trips,
            )
        new = [r for r in found if r not in known]
        if not new:
            raise AssertionError("pricing returned only known columns: dual/LP mismatch")
        for route in new:
            known.add(route)
            add(route)
        if elapsed > max_seconds:
            return Result(
                lp,
                best_lagrangian,
                best_rc,
                False,
                iteration,
                len(costs),
                elapsed,
                columns,
                trips,
            )


def describe(name: str, label: str, result: Result) -> str:
    status = "converged" if result.converged else f"NOT converged (best rc {result.best_rc:.4f})"
    return (
        f"{name}: {label}: {status} after {result.iterations} iterations, {result.columns} "
        f"columns, {result.seconds:.1f} s; bound {result.bound:.3f}, LP trips {result.trips:.3f}"
    )


def report(name: str, problem: Problem, step: int, max_seconds: float) -> None:
    net = network(problem, step)
    demand = int(net.demand.sum())
    print(
        f"\n## {name}: {net.n} stops, {demand} containers, capacity {net.capacity}, "
        f"ride limit {sorted(set(problem.max_ride_s.values()))} s, grid {step} s "
        f"({net.horizon} steps)",
        flush=True,
    )
    print(f"\n### {name}: driving LP without the cut", flush=True)
    plain = column_generation(net, max_seconds)
    print(f"\n### {name}: trip-count LP (every column costs 1)", flush=True)
    trips = column_generation(net, max_seconds, count_trips=True, start=plain.routes)
    l_trips = trips.bound
    by_lp = math.ceil(l_trips - TOL)
    by_capacity = math.ceil(demand / net.capacity)
    t_min = max(by_lp, by_capacity)
    print(f"\n### {name}: driving LP with the cut Σ x_r >= {t_min}", flush=True)
    cut = column_generation(net, max_seconds, min_trips=t_min, start=plain.routes + trips.routes)

    print()
    print(describe(name, "driving LP, no cut", plain))
    print(describe(name, "trip-count LP", trips))
    print(describe(name, f"driving LP, cut >= {t_min}", cut))
    kind = "LP" if trips.converged else "Lagrangian bound"
    print(
        f"{name}: L_trips = {l_trips:.4f} ({kind}) -> ceil {by_lp}; capacity "
        f"ceil({demand} / {net.capacity}) = {by_capacity}; T_min = {t_min}"
    )
    for label, result in (("without the cut", plain), ("with the cut", cut)):
        kind = "LP" if result.converged else "Lagrangian"
        rounded = math.ceil(result.bound - 1e-6)  # plans have whole-second driving
        print(
            f"{name}: lower bound {label} = {result.bound:.3f} s ({kind}; rounded up: "
            f"{rounded:,} s)"
        )
    gain = cut.bound - plain.bound
    print(f"{name}: the cut raises the bound by {gain:.3f} s")
    no_limit, kept = NO_LIMIT_BEST[name], LIMIT_BEST[name]
    print(f"{name}: LB with cut / {no_limit:,} (PyVRP, no limit) = {cut.bound / no_limit:.4f}")
    print(f"{name}: LB with cut / {kept:,} (best plan keeping the limit) = {cut.bound / kept:.4f}")
    for label, result in (("without cut", plain), ("with cut", cut)):
        verdict = "OK" if result.bound <= kept + 1e-6 else "FAILED (bound above a known plan: bug)"
        print(f"{name}: sanity LB {label} <= {kept:,}: {verdict}")
    if name in KNOWN_TRIPS:
        ok = t_min <= KNOWN_TRIPS[name]
        verdict = "OK" if ok else "FAILED (bug)"
        print(f"{name}: sanity T_min <= {KNOWN_TRIPS[name]} (trips of a known plan): {verdict}")
    sys.stdout.flush()


def sanity_no_limit(problem: Problem, max_seconds: float) -> None:
    """Without the ride limit the bound must not exceed PyVRP's unlimited plan (7,632 s)."""
    net = network(problem, 180, ride_limit=False)  # time never binds, so any grid is exact
    print(f"\n## meal120 without the ride limit (grid 180 s, {net.horizon} steps)", flush=True)
    result = column_generation(net, max_seconds, verbose=False)
    bound = result.bound
    status = "converged" if result.converged else "NOT converged"
    verdict = "OK" if bound <= NO_LIMIT_BEST["meal120"] + 1e-6 else "FAILED (bug)"
    print(
        f"meal120, no limit: {status}, bound {bound:.3f} s after {result.iterations} iterations, "
        f"{result.columns} columns, {result.seconds:.1f} s; <= 7,632: {verdict}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", default="meal120,shift120")
    parser.add_argument("--step", type=int, default=10, help="ride-time grid, seconds")
    parser.add_argument("--max-seconds", type=float, default=600.0, help="per column generation")
    parser.add_argument("--no-sanity", action="store_true", help="skip the meal120 no-limit run")
    args = parser.parse_args()
    for name in args.instances.split(","):
        problem = load_instance(name)
        report(name, problem, args.step, args.max_seconds)
        if name == "meal120" and not args.no_sanity:
            sanity_no_limit(problem, args.max_seconds)


if __name__ == "__main__":
    main()
