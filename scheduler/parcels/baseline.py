"""The office's old rule, for comparison: each neighbourhood on its own block of days.

Deliveries are sorted by neighbourhood, street and building and cut evenly over the working
days; a family not home on its block's day takes the nearest day it is (stock permitting).
Each day is then routed by the engine in `BASELINE_ENGINE` with no moves between days.
PyVRP alone (engine "pyvrp") cannot route a parcel day: its trips do not fit the half-day
shifts and that mode has no multi-trip repair (0 of 435 served on 7 January), so the default
routes the baseline with the same engine as Sofra and the difference is the choice of days.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace

from scheduler.parcels.assign import Assignment, NotPlanned
from scheduler.parcels.calendar import Delivery, MonthCalendar, deliveries
from scheduler.parcels.month import MonthParams, MonthPlan, ParcelInputs, Progress, route_day

BASELINE_ENGINE = "auto"
"""Engine of the baseline's days (see the module docstring for why not "pyvrp")."""


def baseline_assignment(
    inputs: ParcelInputs, calendar: MonthCalendar, params: MonthParams
) -> Assignment:
    """Neighbourhood blocks of days (module docstring)."""
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
        for rank, d in enumerate(order):
            block = period[rank * len(period) // len(order)]
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
        plan_days[day] = route_day(inputs, day, assignment.on(day), fixed)
        if progress:
            progress("baseline", k + 1, len(calendar.days))
    plan = MonthPlan(calendar, assignment, plan_days)
    plan.wall_s = time.perf_counter() - started
    return plan
