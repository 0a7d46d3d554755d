"""Spreadsheet values in Turkish and English: what the import accepts, and what it writes back."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic_core import PydanticCustomError

from domain.households import Diet, MealPlan
from store.imports.columns import COLUMNS, field_of, header_of
from store.imports.values import (
    format_days,
    format_diets,
    format_meal_plan,
    parse_date,
    parse_days,
    parse_diets,
    parse_meal_plan,
    parse_phone,
)

ALL = frozenset(range(1, 8))


@pytest.mark.parametrize(
    ("written", "days"),
    [
        ("Pzt,Sal,Çar,Per,Cum,Cmt,Paz", ALL),
        ("her gün", ALL),
        ("HER GÜN", ALL),
        ("Hergün", ALL),
        ("hafta içi", frozenset(range(1, 6))),
        ("PZT-CUM", frozenset(range(1, 6))),
        ("Cum-Pzt", frozenset({5, 6, 7, 1})),
        ("Pazartesi; Çarşamba", frozenset({1, 3})),
        ("CAR, PER", frozenset({3, 4})),
        ("Mon,Wed,Fri", frozenset({1, 3, 5})),
        ("daily", ALL),
        ("1,7", frozenset({1, 7})),
    ],
)
def test_service_days(written: str, days: frozenset[int]) -> None:
    assert parse_days(written) == days


@pytest.mark.parametrize(
    ("written", "plan"),
    [
        ("kahvaltı", MealPlan.BREAKFAST),
        ("KAHVALTI", MealPlan.BREAKFAST),  # dotless capital I
        ("Akşam", MealPlan.DINNER),
        ("aksam", MealPlan.DINNER),
        ("HER İKİSİ", MealPlan.BOTH),
        ("her ikisi", MealPlan.BOTH),
        ("both", MealPlan.BOTH),
    ],
)
def test_meal_plans(written: str, plan: MealPlan) -> None:
    assert parse_meal_plan(written) is plan


def test_diet_labels_in_any_casing_and_language() -> None:
    assert parse_diets("GLÜTENSİZ, DİYABETİK") == (Diet.GLUTEN_FREE, Diet.DIABETIC)
    assert parse_diets("diyabetik; az tuzlu") == (Diet.DIABETIC, Diet.LOW_SALT)
    assert parse_diets("DIYABETIK") == (Diet.DIABETIC,)  # typed without the dotted İ
    assert parse_diets("yumuşak / VEJETARYEN") == (Diet.SOFT_FOOD, Diet.VEGETARIAN)
    assert parse_diets("soft_food, low_salt") == (Diet.SOFT_FOOD, Diet.LOW_SALT)
    assert parse_diets("") == ()
    with pytest.raises(PydanticCustomError, match="1 unknown diet label"):
        parse_diets("DİYABETİK, şekersiz")


@pytest.mark.parametrize(
    "written",
    ["0532 123 45 67", "+90 532 123 45 67", "905321234567", "5321234567", "(0532) 123-45-67"],
)
def test_phone_spellings_normalise(written: str) -> None:
    assert parse_phone(written) == "+90 532 123 45 67"


@pytest.mark.parametrize("written", ["12345", "0532 123 45", "+1 555 123 4567", "abc"])
def test_bad_phones_are_refused(written: str) -> None:
    with pytest.raises(PydanticCustomError, match="not a Turkish phone number"):
        parse_phone(written)


def test_dates() -> None:
    expected = dt.date(2025, 1, 31)
    for written in ("2025-01-31", "31.01.2025", "31/01/2025", dt.datetime(2025, 1, 31)):
        assert parse_date(written) == expected
    assert parse_date("") is None
    with pytest.raises(PydanticCustomError, match="unreadable date"):
        parse_date("31.13.2025")


def test_headers_in_both_languages_and_any_casing() -> None:
    for field, (english, turkish, _) in COLUMNS.items():
        assert field_of(english) == field_of(turkish) == field_of(turkish.upper()) == field
        assert header_of(field, "tr") == turkish
    assert field_of("KAPI NO") == field_of("kapı_no") == "house_number"
    assert field_of("ÖĞÜN") == field_of("ogun") == "meal_plan"
    assert field_of("Başka") is None


@given(st.frozensets(st.integers(1, 7), min_size=1), st.sampled_from(["tr", "en"]))
def test_days_round_trip(days: frozenset[int], lang: str) -> None:
    assert parse_days(format_days(days, lang)) == days


@given(st.lists(st.sampled_from(list(Diet)), unique=True), st.sampled_from(["tr", "en"]))
def test_diets_round_trip(diets: list[Diet], lang: str) -> None:
    ordered = tuple(d for d in Diet if d in diets)
    assert parse_diets(format_diets(ordered, lang)) == ordered


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_meal_plans_round_trip(lang: str) -> None:
    for plan in MealPlan:
        assert parse_meal_plan(format_meal_plan(plan, lang)) is plan
