"""Counts from a small known log: what counts as a meal, a family, a rate; and suppression."""

from __future__ import annotations

import datetime as dt

from domain.reports import (
    ApplicationRecord,
    DeliveryLog,
    FleetDayRecord,
    MealOutcome,
    MealRecord,
    NeedCategory,
    ParcelOutcome,
    ParcelRecord,
    VisitRecord,
)
from scheduler.reports.aggregate import build_report
from scheduler.reports.periods import parse_period
from scheduler.reports.settings import ReportSettings

D1, D2, FEB = dt.date(2025, 1, 6), dt.date(2025, 1, 7), dt.date(2025, 2, 3)
OPEN = ReportSettings(suppress_below=1)  # nothing suppressed: the raw counts


def _meal(
    day: dt.date,
    shift: str,
    ref: str,
    outcome: MealOutcome,
    portions: int = 1,
    mahalle: str = "Cuma Mah.",
    need: NeedCategory = NeedCategory.OVER_65,
) -> MealRecord:
    return MealRecord(day, shift, ref, mahalle, need, outcome, portions)


def _known_log() -> DeliveryLog:
    delivered, away = MealOutcome.DELIVERED, MealOutcome.NOT_AT_HOME
    meals = (
        _meal(D1, "breakfast", "P-a", delivered, portions=2),
        _meal(D1, "dinner", "P-a", delivered, portions=2),
        _meal(D1, "breakfast", "P-b", away),  # nobody home: no meal
        _meal(D2, "breakfast", "P-b", delivered),
        _meal(D2, "dinner", "P-c", MealOutcome.CANCELLED),  # taken off: never visited
        _meal(D2, "dinner", "P-d", MealOutcome.REFUSED),
        _meal(FEB, "dinner", "P-a", delivered, portions=2),
    )
    parcels = (
        ParcelRecord(
            D1, "P-f1", "Yenice Mah.", "standard", 18, False, ParcelOutcome.NOT_AT_HOME, 3
        ),
        ParcelRecord(D2, "P-f1", "Yenice Mah.", "standard", 18, False, ParcelOutcome.DELIVERED, 3),
        ParcelRecord(D1, "P-f2", "Yenice Mah.", "large", 27, False, ParcelOutcome.DELIVERED, 6),
        ParcelRecord(D1, "P-f2", "Yenice Mah.", "gluten_free", 8, True, ParcelOutcome.DELIVERED, 6),
    )
    visits = (
        VisitRecord(D1, "cleaning", "P-v1", "Cuma Mah.", "done"),
        VisitRecord(D2, "cleaning", "P-v1", "Cuma Mah.", "missed"),
        VisitRecord(D2, "shopping", "P-v2", "Cuma Mah.", "done"),
    )
    applications = (
        ApplicationRecord(D1, "call_centre_153", "approved"),
        ApplicationRecord(D1, "whatsapp", "rejected"),
        ApplicationRecord(D2, "whatsapp", "approved"),
    )
    fleet = (
        FleetDayRecord(D1, "breakfast", 2, 3600, 20_000),
        FleetDayRecord(D1, "dinner", 1, 1800, 10_000),
    )
    return DeliveryLog(meals, parcels, visits, applications, fleet)


def _values(report) -> dict[str, float | None]:  # type: ignore[no-untyped-def]
    return {k: c.value for k, c in report.headline.items()}


def test_a_meal_counts_when_delivered_and_each_container_is_a_meal() -> None:
    report = build_report(_known_log(), parse_period("2025-01"), OPEN)
    v = _values(report)
    assert v["rep_meal_households"] == 2  # P-a and P-b; P-c cancelled, P-d refused
    assert v["rep_meals"] == 2 + 2 + 1  # the not-at-home, cancelled and refused doors count 0
    assert v["rep_meals_breakfast"] == 3 and v["rep_meals_dinner"] == 2
    assert v["rep_meal_people"] == 3  # P-a's two portions, P-b's one
    # Doors visited: 5 (the cancelled one was not); missed: not at home and refused.
    assert v["rep_meal_not_at_home"] == round(2 / 5, 4)


def test_parcels_families_kilograms_gluten_free_and_the_rest() -> None:
    v = _values(build_report(_known_log(), parse_period("2025-01"), OPEN))
    assert v["rep_parcel_families"] == 2
    assert v["rep_parcels"] == 3 and v["rep_parcel_kg"] == 18 + 27 + 8
    assert v["rep_gluten_free_families"] == 1 and v["rep_gluten_free_parcels"] == 1
    assert v["rep_parcel_people"] == 9
    assert v["rep_parcel_not_at_home"] == round(1 / 3, 4)  # three doors, one missed
    assert v["rep_visits"] == 2 and v["rep_visit_people"] == 2
    assert v["rep_applications"] == 3
    assert v["rep_distance_km"] == 30.0 and v["rep_driving_h"] == 1.5
    assert v["rep_van_days"] == 3
    s = OPEN
    fleet_cost = 30 * s.cost_per_km_try + 3 * s.cost_per_van_day_try
    expected = (fleet_cost + 5 * s.cost_per_meal_try) / 5
    assert v["rep_cost_per_meal_try"] == round(expected, 2)
    assert v["rep_co2_kg"] == round(30 * s.co2_kg_per_km, 1)


def test_periods_cut_the_log_and_months_add_up_to_the_year() -> None:
    year = build_report(_known_log(), parse_period("2025"), OPEN)
    assert year.headline["rep_meals"].value == 7
    months = year.table("rep_table_months")
    assert [r.key for r in months.rows][:3] == ["2025-01", "2025-02", "2025-03"]
    assert [r.cells[1].value for r in months.rows[:2]] == [5, 2]
    assert months.rows[-1].total and months.rows[-1].cells[1].value == 7
    quarter = build_report(_known_log(), parse_period("2025Q1"), OPEN)
    assert quarter.headline["rep_meals"].value == 7
    assert build_report(_known_log(), parse_period("2025Q2"), OPEN).headline["rep_meals"].value == 0


def test_applications_by_channel_and_decision() -> None:
    table = build_report(_known_log(), parse_period("2025"), OPEN).table("rep_table_applications")
    rows = {r.key: [c.value for c in r.cells] for r in table.rows}
    assert rows == {
        "intake_channel_call_centre_153": [1, 0, 0],
        "intake_channel_whatsapp": [1, 1, 0],
        "total": [2, 1, 0],
    }


def test_small_counts_are_suppressed_in_headline_and_tables() -> None:
    report = build_report(_known_log(), parse_period("2025-01"), ReportSettings())
    assert report.headline["rep_meal_households"].suppressed  # 2 households < 5
    assert report.headline["rep_meals"].suppressed
    assert not report.headline["rep_distance_km"].suppressed  # kilometres count nobody
    need = report.table("rep_table_need")
    assert all(c.value in (None, 0) for r in need.rows for c in r.cells)
