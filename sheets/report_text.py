"""The words and numbers of a report as a person reads them: "26.749", "%3,1", "<5"."""

from __future__ import annotations

import re

from domain.lang import format_number, label
from domain.reports import Cell, Period, PeriodKind

RATE_KEYS = frozenset({"rep_meal_not_at_home", "rep_parcel_not_at_home"})
TWO_DECIMALS = frozenset({"rep_cost_per_meal_try"})
MONTH_KEY = re.compile(r"(\d{4})-(\d{2})")


def value_text(key: str, value: float, lang: str = "tr") -> str:
    """A figure in `lang`: rates as percentages with one decimal, costs per meal with two."""
    if key in RATE_KEYS:
        number = format_number(value * 100, 1, lang)
        return f"%{number}" if lang == "tr" else f"{number}%"
    return format_number(value, 2 if key in TWO_DECIMALS else 0, lang)


def cell_text(key: str, cell: Cell, threshold: int, lang: str = "tr") -> str:
    """A cell's text: its figure, or "<k" when suppressed."""
    if cell.value is None:
        return f"<{threshold}"
    return value_text(key, cell.value, lang)


def row_text(key: str, lang: str = "tr", short: bool = False) -> str:
    """A row's name: a label, a month ("Ocak 2025"), or a proper name (a mahalle) as it is."""
    if key == "total":
        return label("rep_total", lang)
    if m := MONTH_KEY.fullmatch(key):
        month = int(m[2])
        if short:
            return label(f"rep_month_{month}", lang)
        return f"{label(f'rep_month_long_{month}', lang)} {m[1]}"
    try:
        return label(key, lang)
    except KeyError:
        return key  # a mahalle's name


def period_text(period: Period, lang: str = "tr") -> str:
    """ "2025 yılı", "2025 yılı 2. çeyrek", "Ocak 2026"."""
    if period.kind is PeriodKind.YEAR:
        return label("rep_period_year", lang, code=period.code)
    if period.kind is PeriodKind.QUARTER:
        q = (period.start.month + 2) // 3
        return label("rep_period_quarter", lang, year=period.start.year, q=q)
    month = label(f"rep_month_long_{period.start.month}", lang)
    return label("rep_period_month", lang, month=month, year=period.start.year)


def costs_note(
    cost_per_km: float, cost_per_van_day: float, cost_per_meal: float, co2_per_km: float, lang: str
) -> str:
    """The line under page 1 saying what the costs and CO₂ were computed with."""
    return label(
        "rep_costs_note",
        lang,
        km=format_number(cost_per_km, 2, lang),
        van=format_number(cost_per_van_day, 0, lang),
        meal=format_number(cost_per_meal, 0, lang),
        co2=format_number(co2_per_km, 2, lang),
    )
