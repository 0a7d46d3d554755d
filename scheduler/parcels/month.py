"""Plan a month of parcel rounds: choose the days, route every day, then improve by moving
families between days where that saves driving (within a time budget).

The improvement works on the routes without routing again (`scheduler.parcels.moves`): a
building's families leave a trip where that saves more driving than the cheapest feasible
insertion into a trip of another of their days costs; the savings are exact (driving depends
only on the stops' order), the retimed routes keep every window and shift, and the same month
always gives the same moves.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

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
from scheduler.parcels.problem import BuildingMatrix, day_problem

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): "assign", "route", "improve"."""


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


def _improve(inputs: ParcelInputs, plan: MonthPlan, params: MonthParams, tick: Progress) -> None:
    """Move families between days on the routes (`scheduler.parcels.moves`), within
    `params.improve_s` (deterministic mode: until no move saves driving)."""
    if params.improve_s <= 0 or len(plan.days) < 2:
        return
    from scheduler.parcels.moves import move_families

    before = plan.driving_s
    result = move_families(
        inputs.matrix,
        inputs.vans,
        inputs.warehouse,
        plan.assignment,
        {day: (pd.problem, pd.solution) for day, pd in plan.days.items()},
        params.improve_s,
        params.deterministic,
        lambda done, total: tick("improve", done, total),
    )
    for day, (problem, solution) in result.changed.items():
        plan.days[day] = ParcelDay(day, problem, solution)
    plan.moves = sum(len(m.ids) for m in result.moves)
    plan.rounds = result.rounds
    plan.log.append(
        f"{len(result.moves)} moves ({plan.moves} families) in {result.rounds} rounds over "
        f"{len(result.changed)} days: driving {before} → {plan.driving_s} s"
    )
    tick("improve", 1, 1)


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
