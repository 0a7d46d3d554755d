import datetime as dt

from domain.households import Household, MealPlan


def test_meal_plan_includes_shift() -> None:
    assert MealPlan.BOTH.includes("breakfast") and MealPlan.BOTH.includes("dinner")
    assert MealPlan.DINNER.includes("dinner") and not MealPlan.DINNER.includes("breakfast")


def test_enrolment_period_is_inclusive() -> None:
    h = Household(
        ref="H0001",
        name="Ayşe Yılmaz",
        phone="+90 532 123 45 67",
        street="Atatürk Caddesi",
        house_number="12",
        lat=40.08,
        lon=29.51,
        meal_plan=MealPlan.BOTH,
        service_days=frozenset(range(1, 8)),
        start_date=dt.date(2025, 1, 1),
        end_date=dt.date(2025, 6, 30),
    )
    assert h.is_enrolled_on(dt.date(2025, 6, 30)) and not h.is_enrolled_on(dt.date(2025, 7, 1))
    assert h.address == "Atatürk Caddesi No: 12"
