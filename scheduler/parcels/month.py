"""Plan a month of parcel rounds: choose the days, route every day, then improve by moving
families between days where that saves driving (within a time budget).

The improvement works on the routes: a family's removal saving is the detour its stop costs
on its trip; its insertion cost on another day is the cheapest detour into a trip of that day
with room for its parcels. Moves with the largest gain (above the penalty for leaving last
cycle's day) go first, a few days at a time; the changed days are routed again and the round
is kept only when their total driving went down and no family dropped out.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from domain.parcels import (
    BAYRAM_CAMPAIGNS_2026,
    BayramCampaign,
    Family,
    ParcelStock,
    ParcelVan,
    Warehouse,
)
from routing.model import Problem, Solution, SolveParams
from routing.solve import solve
from routing.verify import verify
from scheduler.parcels.assign import Assignment, assign_days
from scheduler.parcels.calendar import Delivery, MonthCalendar, deliveries
from scheduler.parcels.problem import BuildingMatrix, building_of, day_problem

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): "assign", "route", "improve"."""

MIN_GAIN_S = 30
"""A move must save at least this much driving (seconds) to be tried."""
KEEP_GAIN_S = 120
"""Extra saving needed to move a family off last cycle's day."""
DAYS_PER_ROUND = 4
"""Days re-routed per improvement round."""
MOVES_PER_DAY = 25
"""Families leaving or joining one day per round."""


@dataclass(frozen=True, slots=True)
class MonthParams:
    """Budgets: `time_limit_s` per day routed, `improve_s` for moving families between days."""

    time_limit_s: float = 4.0
    improve_s: float = 60.0
    seed: int = 0
    deterministic: bool = False
    engine: str = "auto"
    stock: ParcelStock = field(default_factory=ParcelStock)
    campaigns: tuple[BayramCampaign, ...] = BAYRAM_CAMPAIGNS_2026
    """Bayram parcel campaigns (applied in the months their windows fall in)."""

    def solve_params(self) -> SolveParams:
        """The engine's settings for one day."""
        if self.deterministic:
            return SolveParams(
                time_limit_s=max(self.time_limit_s, 30.0),
                seed=self.seed,
                engine=self.engine,
                deterministic=True,
                pyvrp_iterations=400,
                ortools_solutions=40,
            )
        return SolveParams(time_limit_s=self.time_limit_s, seed=self.seed, engine=self.engine)


@dataclass(frozen=True, slots=True)
class ParcelInputs:
    """What a month is planned from: families, the warehouse, the vans and the travel matrix."""

    families: Sequence[Family]
    warehouse: Warehouse
    vans: Sequence[ParcelVan]
    matrix: BuildingMatrix


@dataclass
class ParcelDay:
    """One routed parcel day."""

    day: dt.date
    problem: Problem
    solution: Solution


@dataclass
class MonthPlan:
    """A planned month: the days chosen, each day's routes, and the deliveries not made.

    `unserved` maps a delivery id to (reason code, detail): from the day choice (no available
    day, stock, days full) or from routing (capacity, shift time, unreachable …).
    """

    calendar: MonthCalendar
    assignment: Assignment
    days: dict[dt.date, ParcelDay]
    moves: int = 0
    rounds: int = 0
    wall_s: float = 0.0
    log: list[str] = field(default_factory=list)

    @property
    def unserved(self) -> dict[str, tuple[str, str]]:
        out = {i: (reason, "") for i, reason in self.assignment.unassigned.items()}
        for pd in self.days.values():
            for u in pd.solution.unserved:
                out[u.stop_id] = (u.reason.value, u.detail)
        return dict(sorted(out.items()))

    @property
    def driving_s(self) -> int:
        return sum(pd.solution.driving_s for pd in self.days.values())

    @property
    def distance_m(self) -> int:
        return sum(pd.solution.distance_m for pd in self.days.values())


def xy_of(
    items: Sequence[Delivery], warehouse: Warehouse
) -> tuple[dict[str, tuple[float, float]], tuple[float, float]]:
    """Local metres east/north of the warehouse for every delivery's home, and the origin."""
    cos = math.cos(math.radians(warehouse.lat))
    xy = {
        d.id: (
            (d.family.lon - warehouse.lon) * 111_320.0 * cos,
            (d.family.lat - warehouse.lat) * 111_320.0,
        )
        for d in items
    }
    return xy, (0.0, 0.0)


def route_day(
    inputs: ParcelInputs, day: dt.date, items: Sequence[Delivery], params: MonthParams
) -> ParcelDay:
    """Route one day's deliveries with the engine."""
    problem = day_problem(inputs.warehouse, inputs.matrix, inputs.vans, items)
    return ParcelDay(day, problem, solve(problem, params.solve_params()))


def plan_month(
    inputs: ParcelInputs,
    calendar: MonthCalendar,
    params: MonthParams | None = None,
    progress: Progress | None = None,
) -> MonthPlan:
    """Choose the days, route each day, improve within `params.improve_s` (module docstring)."""
    params = params or MonthParams()
    started = time.perf_counter()
    tick = progress or (lambda stage, done, total: None)
    items = deliveries(inputs.families, calendar, params.campaigns)
    xy, origin = xy_of(items, inputs.warehouse)
    tick("assign", 0, 1)
    assignment = assign_days(calendar, items, xy, origin, params.stock)
    tick("assign", 1, 1)
    days: dict[dt.date, ParcelDay] = {}
    for k, day in enumerate(calendar.days):
        days[day] = route_day(inputs, day, assignment.on(day), params)
        tick("route", k + 1, len(calendar.days))
    plan = MonthPlan(calendar, assignment, days)
    _improve(inputs, plan, params, tick)
    plan.wall_s = time.perf_counter() - started
    return plan


@dataclass(frozen=True, slots=True)
class _Move:
    gain_s: int
    delivery: str
    source: dt.date
    target: dt.date


def _candidates(
    inputs: ParcelInputs, plan: MonthPlan, capacity: Mapping[str, tuple[int, int]]
) -> list[_Move]:
    """Moves that save driving by the detours of the current routes, best first."""
    dur = inputs.matrix.duration_s
    assignment = plan.assignment
    row = {i: inputs.matrix.row[building_of(d.family)] for i, d in assignment.deliveries.items()}
    edges: dict[dt.date, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = {}
    removal: dict[str, int] = {}
    for day, pd in plan.days.items():
        a_rows: list[int] = []
        b_rows: list[int] = []
        spare: list[tuple[int, int]] = []
        for route in pd.solution.routes:
            cap = capacity[route.vehicle_id]
            for trip in route.trips:
                seq = [0] + [row[v.stop_id] for v in trip.visits] + [0]
                room = (cap[0] - trip.load[0], cap[1] - trip.load[1])
                a_rows += seq[:-1]
                b_rows += seq[1:]
                spare += [room] * (len(seq) - 1)
                for k, v in enumerate(trip.visits, start=1):
                    p, x, n = seq[k - 1], seq[k], seq[k + 1]
                    removal[v.stop_id] = int(dur[p, x] + dur[x, n] - dur[p, n])
        room_kg = np.array([r[0] for r in spare], dtype=np.int64)
        room_l = np.array([r[1] for r in spare], dtype=np.int64)
        edges[day] = (
            np.array(a_rows, dtype=np.int64),
            np.array(b_rows, dtype=np.int64),
            room_kg,
            room_l,
        )
    ids = sorted(i for i, saving in removal.items() if saving >= MIN_GAIN_S)
    if not ids:
        return []
    cols = np.array([row[i] for i in ids])
    kg = np.array([assignment.deliveries[i].family.kg for i in ids])
    litres = np.array([assignment.deliveries[i].family.litres for i in ids])
    best_gain = np.full(len(ids), -np.inf)
    best_day: list[dt.date | None] = [None] * len(ids)
    saving = np.array([removal[i] for i in ids], dtype=np.float64)
    for day, (a, b, room_kg, room_l) in edges.items():
        if len(a) == 0:
            continue
        detour = dur[a][:, cols] + dur[:, b][cols].T - dur[a, b][:, None]
        fits = (room_kg[:, None] >= kg[None, :]) & (room_l[:, None] >= litres[None, :])
        cost = np.where(fits, detour, np.inf).min(axis=0)
        gain = saving - cost
        for k, ident in enumerate(ids):
            d = assignment.deliveries[ident]
            source = assignment.day_of[ident]
            if day == source or day not in d.days or not np.isfinite(gain[k]):
                continue
            g = gain[k]
            if d.keep is not None and source == d.keep:
                g -= KEEP_GAIN_S
            elif d.keep is not None and day == d.keep:
                g += KEEP_GAIN_S
            if g > best_gain[k]:
                best_gain[k], best_day[k] = g, day
    moves = [
        _Move(int(best_gain[k]), ident, assignment.day_of[ident], target)
        for k, (ident, target) in enumerate(zip(ids, best_day, strict=True))
        if target is not None and best_gain[k] >= MIN_GAIN_S
    ]
    return sorted(moves, key=lambda m: (-m.gain_s, m.delivery))


def _by_day_pair(moves: list[_Move]) -> list[_Move]:
    """Moves grouped by (from day, to day), the pair with most to gain first: a round moves
    many families between few days, so its saving stands out of the solver's noise."""
    groups: dict[tuple[dt.date, dt.date], list[_Move]] = {}
    for m in moves:
        groups.setdefault((m.source, m.target), []).append(m)
    worth = {k: sum(m.gain_s for m in g[:MOVES_PER_DAY]) for k, g in groups.items()}
    return sorted(moves, key=lambda m: (-worth[(m.source, m.target)], -m.gain_s, m.delivery))


def _improve(inputs: ParcelInputs, plan: MonthPlan, params: MonthParams, tick: Progress) -> None:
    """Move families between days while the budget lasts (module docstring)."""
    if params.improve_s <= 0 or len(plan.days) < 2:
        return
    started = time.perf_counter()
    capacity = {f"{v.id}-{h}": (v.kg, v.litres) for v in inputs.vans for h in ("am", "pm")}
    assignment = plan.assignment
    tried: set[tuple[str, dt.date]] = set()
    budget_ms = int(params.improve_s * 1000)
    while (elapsed := time.perf_counter() - started) < params.improve_s:
        tick("improve", min(int(elapsed * 1000), budget_ms), budget_ms)
        moves = [
            m for m in _candidates(inputs, plan, capacity) if (m.delivery, m.target) not in tried
        ]
        moves = _by_day_pair(moves)
        chosen: list[_Move] = []
        touched: set[dt.date] = set()
        per_day: dict[dt.date, int] = {}
        for m in moves:
            pair = {m.source, m.target}
            if len(touched | pair) > DAYS_PER_ROUND:
                continue
            if (
                per_day.get(m.source, 0) >= MOVES_PER_DAY
                or per_day.get(m.target, 0) >= MOVES_PER_DAY
            ):
                continue
            d = assignment.deliveries[m.delivery]
            if not assignment.fits(d, m.target):
                continue
            assignment.day_of[m.delivery] = m.target
            chosen.append(m)
            touched |= pair
            per_day[m.source] = per_day.get(m.source, 0) + 1
            per_day[m.target] = per_day.get(m.target, 0) + 1
        if not chosen:
            break
        tried |= {(m.delivery, m.target) for m in chosen}
        before = {day: plan.days[day] for day in touched}
        after = {day: route_day(inputs, day, assignment.on(day), params) for day in sorted(touched)}
        old = sum(pd.solution.driving_s for pd in before.values())
        new = sum(pd.solution.driving_s for pd in after.values())
        dropped_old = sum(len(pd.solution.unserved) for pd in before.values())
        dropped_new = sum(len(pd.solution.unserved) for pd in after.values())
        plan.rounds += 1
        kept = new < old and dropped_new <= dropped_old
        plan.log.append(
            f"round {plan.rounds}: {len(chosen)} moves over {len(touched)} days, estimated "
            f"-{sum(m.gain_s for m in chosen)} s, routed {old} → {new} s"
            + (" kept" if kept else " undone")
        )
        if kept:
            plan.days.update(after)
            plan.moves += len(chosen)
        else:
            for m in chosen:
                assignment.day_of[m.delivery] = m.source
    tick("improve", budget_ms, budget_ms)


def check_month(plan: MonthPlan) -> list[str]:
    """Independent check: every delivery served exactly once in its cycle or listed with a
    reason, on an allowed day, and every day's plan passes the routing verifier."""
    problems: list[str] = []
    served: dict[str, list[dt.date]] = {}
    for day, pd in plan.days.items():
        problems += [f"{day}: {v}" for v in verify(pd.problem, pd.solution)]
        for ident in pd.solution.served_stop_ids:
            served.setdefault(ident, []).append(day)
    unserved = plan.unserved
    for ident, d in plan.assignment.deliveries.items():
        days = served.get(ident, [])
        if len(days) > 1:
            problems.append(f"{ident} served {len(days)} times")
        elif days and days[0] not in d.days:
            problems.append(f"{ident} served on {days[0]}, not one of its days")
        elif days and ident in unserved:
            problems.append(f"{ident} both served and listed unserved")
        elif not days and ident not in unserved:
            problems.append(f"{ident} neither served nor listed with a reason")
    return problems
