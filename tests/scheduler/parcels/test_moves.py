"""Moving families between days on the current routes: exact savings, feasible, repeatable."""

from __future__ import annotations

import copy
import datetime as dt

from parcel_town import family, inputs_for, week

from domain.parcels import Family
from scheduler.parcels.assign import assign_days
from scheduler.parcels.calendar import MonthCalendar, deliveries
from scheduler.parcels.month import (
    MonthParams,
    MonthPlan,
    ParcelInputs,
    _improve,
    check_month,
    route_day,
    xy_of,
)

PARAMS = MonthParams(time_limit_s=0.4, improve_s=5.0, deterministic=True)
MON, TUE = dt.date(2026, 1, 5), dt.date(2026, 1, 6)


def _plan(inputs: ParcelInputs, calendar: MonthCalendar, day_of: dict[str, dt.date]) -> MonthPlan:
    """A month with the days given (not the flow's), each day routed."""
    items = deliveries(inputs.families, calendar)
    xy, origin = xy_of(items, inputs.warehouse)
    assignment = assign_days(calendar, items, xy, origin)
    assignment.day_of.update(day_of)
    assignment.day_limit = len(items)
    days = {d: route_day(inputs, d, assignment.on(d), PARAMS) for d in calendar.days}
    return MonthPlan(calendar, assignment, days)


def _two_areas() -> tuple[ParcelInputs, dict[str, dt.date]]:
    # Monday: buildings 0-4 near the warehouse, and X far out among Tuesday's buildings 35-39
    families: list[Family] = [family(f"A{k}", k) for k in range(5)]
    families += [family(f"B{k}", 35 + k) for k in range(5)]
    families.append(family("X", 37))  # lives in Tuesday's building 37
    day_of = {f.ref: MON for f in families if f.ref.startswith("A")}
    day_of |= {f.ref: TUE for f in families if f.ref.startswith("B")}
    day_of["X"] = MON
    return inputs_for(families), day_of


def test_a_family_moves_to_the_day_its_building_is_visited_anyway() -> None:
    inputs, day_of = _two_areas()
    plan = _plan(inputs, week(n=2), day_of)
    before = plan.driving_s
    _improve(inputs, plan, PARAMS, lambda *_: None)
    assert plan.assignment.day_of["X"] == TUE
    assert plan.moves == 1 and plan.driving_s < before
    assert check_month(plan) == []
    # the saving is exact: X's detour on Monday, and nothing extra on Tuesday (same building)
    tuesday = plan.days[TUE].solution
    ids = [v.stop_id for r in tuesday.routes for t in r.trips for v in t.visits]
    assert ids.index("X") in {ids.index("B2") - 1, ids.index("B2") + 1}


def test_a_family_held_to_its_day_stays() -> None:
    inputs, day_of = _two_areas()
    monday_only = [
        f if f.ref != "X" else family("X", 37, weekdays=frozenset({1})) for f in inputs.families
    ]
    inputs = inputs_for(monday_only)
    plan = _plan(inputs, week(n=2), day_of)
    _improve(inputs, plan, PARAMS, lambda *_: None)
    assert plan.assignment.day_of["X"] == MON and plan.moves == 0


def test_moves_are_repeatable_and_only_save() -> None:
    families = [family(f"F{i:03d}", i % 40) for i in range(120)]
    inputs = inputs_for(families)
    calendar = week(n=4)
    shuffled = {f.ref: calendar.days[(k // 3) % 4] for k, f in enumerate(families)}
    routed = _plan(inputs, calendar, shuffled)
    results = []
    for _ in range(2):
        plan = copy.deepcopy(routed)
        before = plan.driving_s
        _improve(inputs, plan, PARAMS, lambda *_: None)
        assert check_month(plan) == [] and plan.driving_s < before
        results.append((plan.assignment.day_of, plan.driving_s))
    assert results[0] == results[1]
