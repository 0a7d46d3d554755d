"""Who gets a meal on a date: plans, service days, holds, one-off cancellations and additions."""

import datetime as dt

from domain.calendar import Calendar, Hold, OneOff, OneOffKind
from domain.households import Household, MealPlan
from scheduler.due import Deliveries, Held, HeldReason, deliveries_on

MONDAY = dt.date(2025, 3, 3)


def household(ref: str, plan: MealPlan = MealPlan.BOTH, days: set[int] | None = None) -> Household:
    return Household(
        ref=ref,
        name="Şükrü Çağlayan",
        phone="+90 532 000 00 00",
        street="İstiklal Caddesi",
        house_number="3",
        lat=40.08,
        lon=29.51,
        meal_plan=plan,
        service_days=frozenset(days or range(1, 8)),
    )


def refs(deliveries: Deliveries) -> list[str]:
    return deliveries.refs


def test_meal_plan_and_service_days_decide_the_regular_delivery() -> None:
    people = [
        household("A", MealPlan.BREAKFAST),
        household("B", MealPlan.DINNER),
        household("C", MealPlan.BOTH, {2, 4}),  # Tuesday and Thursday only
    ]
    assert refs(deliveries_on(people, MONDAY, "breakfast")) == ["A"]
    assert refs(deliveries_on(people, MONDAY, "dinner")) == ["B"]
    assert refs(deliveries_on(people, MONDAY + dt.timedelta(days=1), "dinner")) == ["B", "C"]


def test_a_household_on_hold_gets_nothing_even_with_a_one_off_addition() -> None:
    people = [household("A"), household("B")]
    calendar = Calendar(
        holds=[Hold("A", MONDAY, MONDAY + dt.timedelta(days=4), "Hastanede")],
        one_offs=[OneOff("A", MONDAY, "dinner", OneOffKind.ADD)],
    )
    held = deliveries_on(people, MONDAY, "dinner", calendar)
    assert refs(held) == ["B"]
    assert held.held == (Held("A", HeldReason.ON_HOLD, "Hastanede", MONDAY + dt.timedelta(days=4)),)
    after = MONDAY + dt.timedelta(days=5)
    assert refs(deliveries_on(people, after, "dinner", calendar)) == ["A", "B"]


def test_one_off_cancellation_and_addition_apply_to_their_shift_only() -> None:
    people = [household("A", MealPlan.BREAKFAST), household("B", MealPlan.BREAKFAST)]
    calendar = Calendar(
        one_offs=[
            OneOff("A", MONDAY, "breakfast", OneOffKind.CANCEL, "called 153"),
            OneOff("B", MONDAY, "dinner", OneOffKind.ADD),
            OneOff("ZZZ", MONDAY, "dinner", OneOffKind.ADD),  # unknown household: ignored
        ]
    )
    breakfast = deliveries_on(people, MONDAY, "breakfast", calendar)
    assert refs(breakfast) == ["B"]
    assert breakfast.held == (Held("A", HeldReason.CANCELLED, "called 153"),)
    dinner = deliveries_on(people, MONDAY, "dinner", calendar)
    assert refs(dinner) == ["B"] and dinner.held == ()


def test_only_households_that_would_be_due_are_reported_held() -> None:
    people = [household("A", MealPlan.BREAKFAST), household("B", MealPlan.DINNER)]
    calendar = Calendar(
        holds=[Hold("A", MONDAY, MONDAY, "Ailesinin yanında"), Hold("B", MONDAY, MONDAY)],
        one_offs=[OneOff("B", MONDAY, "dinner", OneOffKind.CANCEL)],
    )
    breakfast = deliveries_on(people, MONDAY, "breakfast", calendar)
    assert breakfast.due == () and [h.ref for h in breakfast.held] == ["A"]
    dinner = deliveries_on(people, MONDAY, "dinner", calendar)
    assert dinner.held == (Held("B", HeldReason.ON_HOLD, "", MONDAY),)  # the hold explains it
