"""The office's old rule, for comparison: each neighbourhood on its own block of days.

Deliveries are sorted by neighbourhood, street and building and cut evenly over the working
days; a family not home on its block's day takes the nearest day it is (stock permitting).
Each day is then routed by PyVRP alone (engine "pyvrp").
"""

from __future__ import annotations

import math
import time
from dataclasses import replace

from scheduler.parcels.assign import Assignment, NotPlanned
from scheduler.parcels.calendar import MonthCalendar, deliveries
from scheduler.parcels.month import MonthParams, MonthPlan, ParcelInputs, Progress, route_day


def baseline_assignment(
    inputs: ParcelInputs, calendar: MonthCalendar, params: MonthParams
) -> Assignment:
    """Neighbourhood blocks of days (module docstring)."""
    items = deliveries(inputs.families, calendar)
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
    order = sorted(
        todo,
        key=lambda d: (d.period, d.family.neighbourhood, d.family.street, d.family.building, d.id),
    )
    for rank, d in enumerate(order):
        period = calendar.periods(d.family.cycle)[d.period]
        block = period[rank * len(period) // len(order)] if period else days[0]
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
) -> MonthPlan:
    """The baseline month: neighbourhood blocks, each day routed by PyVRP alone."""
    started = time.perf_counter()
    pyvrp = replace(params, engine="pyvrp", improve_s=0.0)
    assignment = baseline_assignment(inputs, calendar, pyvrp)
    plan_days = {}
    for k, day in enumerate(calendar.days):
        plan_days[day] = route_day(inputs, day, assignment.on(day), pyvrp)
        if progress:
            progress("baseline", k + 1, len(calendar.days))
    plan = MonthPlan(calendar, assignment, plan_days)
    plan.wall_s = time.perf_counter() - started
    return plan
