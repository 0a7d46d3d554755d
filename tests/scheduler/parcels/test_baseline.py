"""The benchmark's baseline: last cycle's day kept, each day routed by PyVRP alone (full day)."""

from __future__ import annotations

import datetime as dt

from parcel_town import family, inputs_for, week

from domain.parcels import TWO_PERSON
from routing.verify import verify
from scheduler.parcels.baseline import baseline_assignment
from scheduler.parcels.baseline_pyvrp import route_day_pyvrp
from scheduler.parcels.month import MonthParams
from scheduler.parcels.problem import day_problem


def test_pyvrp_alone_serves_a_full_parcel_day_with_lunch_and_skills() -> None:
    families = [family(f"F{i:03d}", i % 40) for i in range(140)]
    families += [family(f"S{i}", 40 + i, floor=3, lift=False) for i in range(6)]
    inputs = inputs_for(families)
    items = baseline_assignment(inputs, week(n=1), MonthParams()).on(dt.date(2026, 1, 5))
    problem = day_problem(inputs.warehouse, inputs.matrix, inputs.vans, items)
    solution = route_day_pyvrp(problem, time_limit_s=3.0, seed=1, max_iterations=1000)
    assert verify(problem, solution) == []
    # (almost) the whole day: PyVRP may leave a stop or two at this small budget
    assert len(solution.served_stop_ids) >= len(problem.stops) - 2
    skilled = {v.id for v in problem.vehicles if TWO_PERSON in v.skills}
    needs = {s.id for s in problem.stops if s.required_skills}
    for route in solution.routes:
        for trip in route.trips:
            if route.vehicle_id.endswith("-am"):
                assert trip.return_s <= 12 * 3600 + 1800  # back for lunch at 12:30
            else:
                assert trip.departure_s >= 13 * 3600 + 1800
            for v in trip.visits:
                assert v.stop_id not in needs or route.vehicle_id in skilled
    # both vans and several trips are needed for 146 families (kg and litres)
    assert len({r.vehicle_id.split("-")[0] for r in solution.routes}) == 2


def test_the_baseline_may_keep_last_cycles_day() -> None:
    last = dt.date(2025, 12, 3)  # 1st Wednesday → 7 January
    families = [family(f"F{i:02d}", i % 20) for i in range(20)]
    families.append(family("KEEP", 3, last_day=last))
    plan = baseline_assignment(inputs_for(families), week(n=5), MonthParams(), keep_last_day=True)
    assert plan.day_of["KEEP"] == dt.date(2026, 1, 7)
    assert len(plan.day_of) == len(families)
