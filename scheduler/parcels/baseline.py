"""The office's old rule, for comparison: each neighbourhood on its block of days (or each
family on its last cycle's day); each day routed by PyVRP alone.

With `keep_last_day` a family with a last cycle's day keeps it ("2nd Tuesday" carried over)
when it is home then and the day has room; the others (all, by default) are sorted by
neighbourhood, street and building and cut evenly
over the working days, and a family not home on its block's day takes the nearest day it is
(stock permitting). Each day is then routed with no moves between days, by `engine`:
"pyvrp-day" (default) is PyVRP alone on the day as PyVRP models it — a full-day vehicle per
van with multi-trip reloads and the lunch as a reload at the warehouse
(`scheduler.parcels.baseline_pyvrp`); any `routing.solve` engine name ("auto", "pyvrp", …)
routes the same days with that engine instead.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace

from scheduler.parcels.assign import Assignment, NotPlanned
from scheduler.parcels.baseline_pyvrp import route_day_pyvrp
from scheduler.parcels.calendar import Delivery, MonthCalendar, deliveries
from scheduler.parcels.month import (
    MonthParams,
    MonthPlan,
    ParcelDay,
    ParcelInputs,
    Progress,
    route_day,
)
from scheduler.parcels.problem import day_problem

KEEP_LAST_DAY = False
"""Baseline day rule: neighbourhood blocks (False), or last cycle's day first (True). The demo's
December days are that month's neighbourhood blocks; carried over by weekday and week they
pile up to 570 families on one January day, more than six vans carry, so blocks are the
default."""
BASELINE_ENGINE = "pyvrp-day"
"""Engine of the baseline's days: PyVRP alone on the full-day model (module docstring)."""


def baseline_assignment(
    inputs: ParcelInputs,
    calendar: MonthCalendar,
    params: MonthParams,
    keep_last_day: bool = KEEP_LAST_DAY,
) -> Assignment:
    """Neighbourhood blocks of days, or first last cycle's day (module docstring)."""
    items = deliveries(inputs.families, calendar, params.campaigns)
    by_id = {d.id: d for d in items}
    todo = [d for d in items if d.days]
    days = list(calendar.days)
    limit = math.ceil(len(todo) / max(1, len(days)) * 1.5) if todo else 0
    assignment = Assignment(
        calendar,
        by_id,
        {},
        {d.id: NotPlanned.NO_AVAILABLE_DAY for d in items if not d.days},
        limit,
        params.stock,
    )
    groups: dict[tuple[str, int], list[Delivery]] = {}
    for d in todo:
        groups.setdefault((d.family.cycle.value, d.period), []).append(d)
    for (_cycle, _period), group in sorted(groups.items()):
        order = sorted(
            group, key=lambda d: (d.family.neighbourhood, d.family.street, d.family.building, d.id)
        )
        period = calendar.periods(order[0].family.cycle)[order[0].period]
        for d in order if keep_last_day else ():
            if d.keep is not None and assignment.fits(d, d.keep):
                assignment.day_of[d.id] = d.keep
        rest = [d for d in order if d.id not in assignment.day_of]
        for rank, d in enumerate(rest):
            block = period[rank * len(period) // len(rest)]
            for day in sorted(d.days, key=lambda x: (abs((x - block).days), x)):
                if assignment.fits(d, day):
                    assignment.day_of[d.id] = day
                    break
            else:
                assignment.unassigned[d.id] = NotPlanned.STOCK_EXHAUSTED
    return assignment


def plan_baseline(
    inputs: ParcelInputs,
    calendar: MonthCalendar,
    params: MonthParams,
    progress: Progress | None = None,
    engine: str = BASELINE_ENGINE,
) -> MonthPlan:
    """The baseline month: neighbourhood blocks, each day routed by `engine`, no moves."""
    started = time.perf_counter()
    fixed = replace(params, engine=engine, improve_s=0.0)
    assignment = baseline_assignment(inputs, calendar, fixed)
    plan_days = {}
    for k, day in enumerate(calendar.days):
        if engine == BASELINE_ENGINE:
            problem = day_problem(inputs.warehouse, inputs.matrix, inputs.vans, assignment.on(day))
            iterations = fixed.solve_params().pyvrp_iterations if fixed.deterministic else None
            solution = route_day_pyvrp(problem, fixed.time_limit_s, fixed.seed, iterations)
            plan_days[day] = ParcelDay(day, problem, solution)
        else:
            plan_days[day] = route_day(inputs, day, assignment.on(day), fixed)
        if progress:
            progress("baseline", k + 1, len(calendar.days))
    plan = MonthPlan(calendar, assignment, plan_days)
    plan.wall_s = time.perf_counter() - started
    return plan
