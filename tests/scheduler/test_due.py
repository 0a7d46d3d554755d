"""Who is due when: enrolment, meal plan and service days; the demo calibration over 2025."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from demo.households import generate_households
from domain.households import Household, MealPlan
from geodata.graph import load_graph
from scheduler.due import households_due

REPO = Path(__file__).resolve().parents[2]
MEALS_2025 = 26_749
TARGET_PER_SHIFT = MEALS_2025 / 365 / 2  # ≈ 36.6


def _household(**kw: object) -> Household:
    base: dict[str, object] = dict(
        ref="H1",
        name="Ayşe Yılmaz",
        phone="+90 532 000 00 00",
        street="Cuma Sokak",
        house_number="1",
        lat=40.08,
        lon=29.51,
        meal_plan=MealPlan.BREAKFAST,
        service_days=frozenset({1, 2, 3, 4, 5}),
        start_date=dt.date(2025, 3, 1),
        end_date=dt.date(2025, 3, 31),
    )
    base.update(kw)
    return Household(**base)  # type: ignore[arg-type]


def test_due_follows_enrolment_plan_and_weekday() -> None:
    monday, saturday = dt.date(2025, 3, 10), dt.date(2025, 3, 15)
    h = _household()
    assert households_due([h], monday, "breakfast") == [h]
    assert households_due([h], monday, "dinner") == []
    assert households_due([h], saturday, "breakfast") == []
    assert households_due([h], dt.date(2025, 2, 28), "breakfast") == []  # not yet enrolled
    assert households_due([h], dt.date(2025, 3, 31), "breakfast") == [h]  # last day included
    assert households_due([h], dt.date(2025, 4, 1), "breakfast") == []
    both = _household(ref="H2", meal_plan=MealPlan.BOTH, end_date=None)
    assert households_due([h, both], monday, "dinner") == [both]
    with pytest.raises(ValueError, match="unknown shift 'lunch'"):
        households_due([h], monday, "lunch")


def test_demo_households_give_about_37_per_shift_on_an_average_2025_day() -> None:
    road = load_graph(REPO / "data" / "osm" / "inegol-center.osm.xml")
    households = generate_households(road)
    days = [dt.date(2025, 1, 1) + dt.timedelta(days=d) for d in range(365)]
    for shift in ("breakfast", "dinner"):
        counts = np.array([len(households_due(households, day, shift)) for day in days])
        assert abs(counts.mean() - TARGET_PER_SHIFT) <= 3, (shift, counts.mean())
        assert counts.std() > 0
        assert counts.min() > 0  # someone is fed every day of the year
