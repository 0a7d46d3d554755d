"""KPIs of one planned shift, as one flat row of the results table.

Definitions (see docs/simulation/README.md):
- `vans_used`: vans with at least one trip. The solver pays a fixed cost per van, so this is
  the number of vans the shift needs with this fleet.
- `driving_min`, `distance_km`: summed over vans; `working_h`: each van's first departure to
  last return, summed (the driver hours a shift costs).
- `max_ride_min`, `mean_ride_min`: kitchen departure → door, over the meals delivered.
- `over_limit_share`: the solver never plans a hot meal over the ride limit, so a meal that
  does not fit the limit (with the shift, window and vans) is left unserved. This is the share
  of due meals (portions) left out for lack of time or vans — meals that would have arrived
  late (or not at all) had the van taken them. Households unserved for other reasons (no
  carry-inside crew, off the road) are not counted here; `unserved` counts every reason.
- `cost_try`: per km × km + per hour × working hours + per van × vans used;
  `cost_per_meal_try` divides it by the meals delivered.
- `co2_kg`: km × the CO₂ factor (tailpipe, diesel light van).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from domain.households import Household
from routing.model import Solution, UnservedReason
from scheduler.simulation.scenario import Costs

LATE_REASONS = frozenset(
    {
        UnservedReason.RIDE_LIMIT_INFEASIBLE,
        UnservedReason.WINDOW_INFEASIBLE,
        UnservedReason.SHIFT_TIME_EXHAUSTED,
        UnservedReason.CAPACITY_EXHAUSTED,
    }
)
"""Reasons that mean "no van could bring it in time": the meal would be over the limit."""

Row = dict[str, float | int | str]


def shift_kpis(
    solution: Solution,
    due: Sequence[Household],
    costs: Costs,
    violations: int = 0,
) -> Row:
    """The KPI row of one shift's plan for the households `due`."""
    by_ref: Mapping[str, Household] = {h.ref: h for h in due}
    meals_due = sum(h.portions for h in due)
    unserved = solution.unserved
    late_meals = sum(by_ref[u.stop_id].portions for u in unserved if u.reason in LATE_REASONS)
    unserved_meals = sum(by_ref[u.stop_id].portions for u in unserved)
    rides = [v.ride_s for r in solution.routes for t in r.trips for v in t.visits]
    used = [r for r in solution.routes if r.trips]
    km = sum(r.distance_m for r in used) / 1000
    hours = sum(r.working_s for r in used) / 3600
    cost = costs.per_km_try * km + costs.per_hour_try * hours + costs.per_van_try * len(used)
    meals_served = meals_due - unserved_meals
    reasons = Counter(str(u.reason) for u in unserved)
    return {
        "households_due": len(due),
        "meals_due": meals_due,
        "meals_served": meals_served,
        "vans_used": len(used),
        "trips": sum(len(r.trips) for r in used),
        "driving_min": round(sum(r.driving_s for r in used) / 60, 3),
        "distance_km": round(km, 3),
        "working_h": round(hours, 4),
        "max_ride_min": round(max(rides, default=0) / 60, 3),
        "mean_ride_min": round(sum(rides) / len(rides) / 60, 3) if rides else 0.0,
        "over_limit_share": round(late_meals / meals_due, 6) if meals_due else 0.0,
        "unserved": len(unserved),
        "unserved_share": round(len(unserved) / len(due), 6) if due else 0.0,
        "unserved_reasons": ";".join(f"{k}:{n}" for k, n in sorted(reasons.items())),
        "cost_try": round(cost, 2),
        "cost_per_meal_try": round(cost / meals_served, 3) if meals_served else float("nan"),
        "co2_kg": round(km * costs.co2_kg_per_km, 3),
        "violations": violations,
    }
