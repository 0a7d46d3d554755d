"""KPI definitions on a plan small enough to check by hand."""

from __future__ import annotations

import math

from domain.households import Household, MealPlan
from routing.model import Route, Solution, Trip, Unserved, UnservedReason, Visit
from scheduler.simulation.kpis import shift_kpis
from scheduler.simulation.scenario import Costs


def _household(ref: str, portions: int = 1) -> Household:
    return Household(
        ref, ref, "", "Sokak", "1", 40.07, 29.51, MealPlan.DINNER, frozenset({1}), portions=portions
    )


def _visit(ref: str, start_s: int, ride_s: int) -> Visit:
    return Visit(ref, start_s, start_s, start_s + 180, 0, (0,), ride_s)


def test_kpis_of_a_two_van_plan_with_late_and_unservable_households() -> None:
    due = [_household("A"), _household("B", 2), _household("C"), _household("D", 2)]
    trip_a = Trip(
        "kitchen", 61_200, (1,), (_visit("A", 62_400, 1_200),), "kitchen", 63_000, 1_500, 9_000
    )
    trip_b = Trip(
        "kitchen", 61_200, (2,), (_visit("B", 64_800, 3_600),), "kitchen", 66_600, 2_100, 11_000
    )
    solution = Solution(
        routes=(
            Route("V1/D1", (trip_a,), 1_500, 9_000, 1_800),
            Route("V2/D2", (trip_b,), 2_100, 11_000, 5_400),
            Route("V3/D3", (), 0, 0, 0),
        ),
        unserved=(
            Unserved("C", UnservedReason.SKILL_MISSING),
            Unserved("D", UnservedReason.SHIFT_TIME_EXHAUSTED),
        ),
        objective=0,
        driving_s=3_600,
        distance_m=20_000,
        working_s=7_200,
    )
    costs = Costs(per_km_try=10, per_hour_try=100, per_van_try=500, co2_kg_per_km=0.2)
    row = shift_kpis(solution, due, costs)
    assert row["meals_due"] == 6 and row["meals_served"] == 3
    assert row["vans_used"] == 2 and row["trips"] == 2  # the idle van is not needed
    assert row["driving_min"] == 60 and row["distance_km"] == 20 and row["working_h"] == 2
    assert row["max_ride_min"] == 60 and row["mean_ride_min"] == 40
    # only D is late (2 of 6 meals); C lacks a carry-inside crew, counted as unserved only
    assert math.isclose(float(row["over_limit_share"]), 2 / 6, rel_tol=1e-5)
    assert row["unserved"] == 2 and row["unserved_share"] == 0.5
    assert row["unserved_reasons"] == "shift_time_exhausted:1;skill_missing:1"
    assert row["cost_try"] == 10 * 20 + 100 * 2 + 500 * 2
    assert math.isclose(float(row["cost_per_meal_try"]), 1400 / 3, rel_tol=1e-4)
    assert row["co2_kg"] == 4.0


def test_a_shift_with_nobody_due_costs_nothing() -> None:
    row = shift_kpis(Solution((), (), 0, 0, 0, 0), [], Costs())
    assert row["vans_used"] == 0 and row["over_limit_share"] == 0.0 and row["cost_try"] == 0
    assert math.isnan(float(row["cost_per_meal_try"]))
