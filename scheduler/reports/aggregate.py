"""The report of a period from the delivery log: counts that a person can check by hand.

A meal counts when it was delivered: one record per household, day and shift (the newest
version's outcome), its `portions` containers each one meal. Households served are those with
at least one delivered meal; people served add each household's portions (one container per
person). A parcel record is one box (a coeliac family gets a food box and a gluten-free box per
delivery); a family is served with one delivered box. Not-at-home rates are per door visited
(delivered, not at home or refused; cancelled doors were never visited). Driving, kilometres
and costs come from the fleet records: cost per meal is the meal vans' kilometres and van-days
plus the kitchen cost, over the meals delivered.

Every cell carries the number of distinct people it counts; `scheduler.reports.suppress` then
hides the small ones. Nothing of a record but its counts leaves this module.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from domain.lang import tr_lower
from domain.reports import (
    ApplicationRecord,
    Cell,
    DeliveryLog,
    MealOutcome,
    MealRecord,
    NeedCategory,
    ParcelOutcome,
    ParcelRecord,
    Period,
    Place,
    Report,
    Row,
    Table,
    VisitRecord,
)
from domain.services import HOT_MEALS
from scheduler.reports.settings import ReportSettings
from scheduler.reports.suppress import (
    suppress_headline,
    suppress_table,
)

T = TypeVar("T")

MEAL_SHIFTS = HOT_MEALS.shift_names
VISITED = frozenset({MealOutcome.DELIVERED, MealOutcome.NOT_AT_HOME, MealOutcome.REFUSED})
APPLICATION_DECISIONS = ("approved", "rejected", "pending")
TOTAL = "total"
"""Row key of a table's total row."""
HEADLINE_PARTS = {"rep_meals": tuple(f"rep_meals_{s}" for s in MEAL_SHIFTS)}
"""Headline figures that add up to another one: suppressed against differencing together."""


def _meals(records: Iterable[MealRecord]) -> Cell:
    delivered = [r for r in records if r.outcome is MealOutcome.DELIVERED]
    return Cell(sum(r.portions for r in delivered), len({r.household_ref for r in delivered}))


def _households(records: Iterable[MealRecord]) -> Cell:
    refs = {r.household_ref for r in records if r.outcome is MealOutcome.DELIVERED}
    return Cell(len(refs), len(refs))


def _meal_people(records: Iterable[MealRecord]) -> Cell:
    portions: dict[str, int] = {}
    for r in records:
        if r.outcome is MealOutcome.DELIVERED:
            portions[r.household_ref] = max(portions.get(r.household_ref, 0), r.portions)
    return Cell(sum(portions.values()), len(portions))


def _meal_rate(records: Iterable[MealRecord]) -> Cell:
    visited = [r for r in records if r.outcome in VISITED]
    missed = [r for r in visited if r.outcome is not MealOutcome.DELIVERED]
    rate = len(missed) / len(visited) if visited else 0.0
    return Cell(round(rate, 4), len({r.household_ref for r in visited}))


def _delivered_parcels(records: Iterable[ParcelRecord]) -> list[ParcelRecord]:
    return [r for r in records if r.outcome is ParcelOutcome.DELIVERED]


def _families(records: Iterable[ParcelRecord], gluten_free: bool = False) -> Cell:
    refs = {r.family_ref for r in _delivered_parcels(records) if r.gluten_free or not gluten_free}
    return Cell(len(refs), len(refs))


def _parcels(records: Iterable[ParcelRecord], gluten_free: bool = False) -> Cell:
    boxes = [r for r in _delivered_parcels(records) if r.gluten_free or not gluten_free]
    return Cell(len(boxes), len({r.family_ref for r in boxes}))


def _parcel_people(records: Iterable[ParcelRecord]) -> Cell:
    persons = {r.family_ref: r.persons for r in _delivered_parcels(records)}
    return Cell(sum(persons.values()), len(persons))


def _parcel_kg(records: Iterable[ParcelRecord]) -> Cell:
    boxes = _delivered_parcels(records)
    return Cell(round(sum(r.kg for r in boxes), 1), len({r.family_ref for r in boxes}))


def _parcel_rate(records: Iterable[ParcelRecord]) -> Cell:
    doors: dict[tuple[object, str], ParcelOutcome] = {}
    for r in records:
        if r.outcome is not ParcelOutcome.CANCELLED:
            doors[(r.day, r.family_ref)] = r.outcome
    missed = sum(1 for o in doors.values() if o is ParcelOutcome.NOT_AT_HOME)
    rate = missed / len(doors) if doors else 0.0
    return Cell(round(rate, 4), len({ref for _, ref in doors}))


def _visits(records: Iterable[VisitRecord]) -> Cell:
    done = [r for r in records if r.outcome == "done"]
    return Cell(len(done), len({r.person_ref for r in done}))


def _visit_people(records: Iterable[VisitRecord]) -> Cell:
    refs = {r.person_ref for r in records if r.outcome == "done"}
    return Cell(len(refs), len(refs))


def _applications(records: Iterable[ApplicationRecord]) -> Cell:
    items = list(records)
    return Cell(len(items), len(items))  # each application is one applicant


def _group(records: Iterable[T], key: Callable[[T], object]) -> dict[object, list[T]]:
    out: dict[object, list[T]] = defaultdict(list)
    for r in records:
        out[key(r)].append(r)
    return out


def _fleet_figures(
    log: DeliveryLog, settings: ReportSettings, services: Sequence[str]
) -> dict[str, float]:
    fleet = [f for f in log.fleet if f.service in services]
    km = sum(f.distance_m for f in fleet) / 1000
    van_days = sum(f.vans for f in fleet)
    return {
        "van_days": van_days,
        "driving_h": sum(f.driving_s for f in fleet) / 3600,
        "distance_km": km,
        "fleet_cost_try": km * settings.cost_per_km_try + van_days * settings.cost_per_van_day_try,
        "co2_kg": km * settings.co2_kg_per_km,
    }


def headline(log: DeliveryLog, settings: ReportSettings) -> dict[str, Cell]:
    """The figures of page 1, unsuppressed (label key → cell)."""
    meals = log.meals
    by_shift = _group(meals, lambda r: r.shift)
    meal_fleet = _fleet_figures(log, settings, MEAL_SHIFTS)
    all_fleet = _fleet_figures(log, settings, sorted({f.service for f in log.fleet}))
    delivered = _meals(meals)
    food = (delivered.value or 0) * settings.cost_per_meal_try
    per_meal = (meal_fleet["fleet_cost_try"] + food) / delivered.value if delivered.value else 0.0
    out = {
        "rep_meal_households": _households(meals),
        "rep_meal_people": _meal_people(meals),
        "rep_meals": delivered,
        **{f"rep_meals_{s}": _meals(by_shift.get(s, [])) for s in MEAL_SHIFTS},
        "rep_meal_not_at_home": _meal_rate(meals),
        "rep_parcel_families": _families(log.parcels),
        "rep_parcel_people": _parcel_people(log.parcels),
        "rep_parcels": _parcels(log.parcels),
        "rep_parcel_kg": _parcel_kg(log.parcels),
        "rep_gluten_free_families": _families(log.parcels, gluten_free=True),
        "rep_gluten_free_parcels": _parcels(log.parcels, gluten_free=True),
        "rep_parcel_not_at_home": _parcel_rate(log.parcels),
        "rep_visits": _visits(log.visits),
        "rep_visit_people": _visit_people(log.visits),
        "rep_applications": _applications(log.applications),
        "rep_van_days": Cell(all_fleet["van_days"]),
        "rep_driving_h": Cell(round(all_fleet["driving_h"], 1)),
        "rep_distance_km": Cell(round(all_fleet["distance_km"], 1)),
        "rep_co2_kg": Cell(round(all_fleet["co2_kg"], 1)),
        "rep_cost_per_meal_try": Cell(round(per_meal, 2)),
    }
    return out


def _table(key: str, columns: Sequence[str], rows: Sequence[tuple[str, Sequence[Cell]]]) -> Table:
    return Table(key, tuple(columns), tuple(Row(k, tuple(c)) for k, c in rows))


def _with_total(table: Table, total: Sequence[Cell]) -> Table:
    return Table(table.key, table.columns, (*table.rows, Row(TOTAL, tuple(total), total=True)))


def month_table(log: DeliveryLog, period: Period) -> Table:
    """Per month: households and meals, families and parcels, visits, applications."""
    columns: tuple[str, ...] = ("rep_meal_households", "rep_meals", "rep_parcel_families")
    columns += ("rep_parcels", "rep_visits", "rep_applications")

    def cells(part: DeliveryLog) -> list[Cell]:
        return [
            _households(part.meals),
            _meals(part.meals),
            _families(part.parcels),
            _parcels(part.parcels),
            _visits(part.visits),
            _applications(part.applications),
        ]

    rows = [
        (first.strftime("%Y-%m"), cells(log.between(first, _month_last(first, period.end))))
        for first in period.months()
    ]
    return _with_total(_table("rep_table_months", columns, rows), cells(log))


def _month_last(first: dt.date, end: dt.date) -> dt.date:
    """The last day of `first`'s month, or `end` if sooner."""
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return min(end, following - dt.timedelta(days=1))


def mahalle_table(log: DeliveryLog) -> Table:
    """Per mahalle: households and meals, families and parcels."""
    columns = ("rep_meal_households", "rep_meals", "rep_parcel_families", "rep_parcels")
    meals = _group(log.meals, lambda r: r.mahalle)
    parcels = _group(log.parcels, lambda r: r.mahalle)
    names = sorted({str(n) for n in meals} | {str(n) for n in parcels}, key=_collate)
    rows = [
        (
            name or "rep_unknown_mahalle",
            [
                _households(meals.get(name, [])),
                _meals(meals.get(name, [])),
                _families(parcels.get(name, [])),
                _parcels(parcels.get(name, [])),
            ],
        )
        for name in names
    ]
    total = [_households(log.meals), _meals(log.meals), _families(log.parcels)]
    return _with_total(_table("rep_table_mahalle", columns, rows), [*total, _parcels(log.parcels)])


def need_table(log: DeliveryLog) -> Table:
    """Per category of need: households and meals."""
    by_need = _group(log.meals, lambda r: r.need_category)
    rows = [
        (f"need_{n.value}", [_households(by_need.get(n, [])), _meals(by_need.get(n, []))])
        for n in NeedCategory
    ]
    table = _table("rep_table_need", ("rep_meal_households", "rep_meals"), rows)
    return _with_total(table, [_households(log.meals), _meals(log.meals)])


def shift_table(log: DeliveryLog) -> Table:
    """Per meal shift: households, meals and the not-at-home rate."""
    by_shift = _group(log.meals, lambda r: r.shift)
    columns = ("rep_meal_households", "rep_meals", "rep_meal_not_at_home")
    rows = [
        (
            f"shift_{s}",
            [
                _households(by_shift.get(s, [])),
                _meals(by_shift.get(s, [])),
                _meal_rate(by_shift.get(s, [])),
            ],
        )
        for s in MEAL_SHIFTS
    ]
    total = [_households(log.meals), _meals(log.meals), _meal_rate(log.meals)]
    return _with_total(_table("rep_table_shifts", columns, rows), total)


def visit_table(log: DeliveryLog) -> Table:
    """Per kind of home visit: visits made and people visited."""
    by_kind = _group(log.visits, lambda r: r.kind)
    rows = [
        (f"visit_kind_{k}", [_visits(v), _visit_people(v)])
        for k, v in sorted(by_kind.items(), key=lambda kv: str(kv[0]))
    ]
    table = _table("rep_table_visits", ("rep_visits", "rep_visit_people"), rows)
    return _with_total(table, [_visits(log.visits), _visit_people(log.visits)])


def application_table(log: DeliveryLog) -> Table:
    """Per channel: applications approved, rejected, pending."""
    by_channel = _group(log.applications, lambda r: r.channel)
    columns = tuple(f"decision_{d}" for d in APPLICATION_DECISIONS)

    def cells(items: Sequence[ApplicationRecord]) -> list[Cell]:
        by = _group(items, lambda r: r.decision)
        return [_applications(by.get(d, [])) for d in APPLICATION_DECISIONS]

    rows = [
        (f"intake_channel_{c}", cells(v))
        for c, v in sorted(by_channel.items(), key=lambda kv: str(kv[0]))
    ]
    return _with_total(_table("rep_table_applications", columns, rows), cells(log.applications))


def fleet_table(log: DeliveryLog, settings: ReportSettings) -> Table:
    """Per service: van-days, driving hours, kilometres, fleet cost and CO₂ (no people)."""
    columns = (
        "rep_van_days",
        "rep_driving_h",
        "rep_distance_km",
        "rep_fleet_cost_try",
        "rep_co2_kg",
    )
    rows = []
    for service in sorted({f.service for f in log.fleet}):
        f = _fleet_figures(log, settings, [service])
        rows.append(
            (
                f"shift_{service}",
                [Cell(round(f[c.removeprefix("rep_")], 1)) for c in columns],
            )
        )
    return _table("rep_table_fleet", columns, rows)


def monthly_series(log: DeliveryLog, period: Period) -> dict[str, tuple[Cell, ...]]:
    """One cell per month of the period, per charted figure."""
    parts = [log.between(m, _month_last(m, period.end)) for m in period.months()]
    series: dict[str, tuple[Cell, ...]] = {
        f"rep_meals_{s}": tuple(_meals([r for r in p.meals if r.shift == s]) for p in parts)
        for s in MEAL_SHIFTS
    }
    series["rep_parcels"] = tuple(_parcels(p.parcels) for p in parts)
    series["rep_gluten_free_parcels"] = tuple(_parcels(p.parcels, gluten_free=True) for p in parts)
    series["rep_visits"] = tuple(_visits(p.visits) for p in parts)
    series["rep_applications"] = tuple(_applications(p.applications) for p in parts)
    return series


def places(mahalles: Table, centroids: Mapping[str, tuple[float, float]]) -> tuple[Place, ...]:
    """Households served per mahalle at its centroid, from the suppressed mahalle table (so
    the map hides what the table hides: None), leaving out mahalles with none served."""
    out = []
    for row in mahalles.rows:
        if row.total or row.key not in centroids or row.cells[0].value == 0:
            continue
        lat, lon = centroids[row.key]
        value = row.cells[0].value
        out.append(Place(row.key, lat, lon, None if value is None else int(value)))
    return tuple(out)


def build_report(
    log: DeliveryLog,
    period: Period,
    settings: ReportSettings,
    centroids: Mapping[str, tuple[float, float]] | None = None,
) -> Report:
    """The suppressed report of `period` from `log` (records outside the period are ignored)."""
    k = settings.suppress_below
    part = log.between(period.start, period.end)
    tables = tuple(
        suppress_table(t, k)
        for t in (
            month_table(part, period),
            shift_table(part),
            need_table(part),
            mahalle_table(part),
            visit_table(part),
            application_table(part),
            fleet_table(part, settings),
        )
    )
    return Report(
        period=period,
        threshold=k,
        headline=suppress_headline(headline(part, settings), k, HEADLINE_PARTS),
        tables=tables,
        monthly=_shift_months(
            {key: _suppress_series(v, k) for key, v in monthly_series(part, period).items()},
            tables[0],
            k,
        ),
        places=places(next(t for t in tables if t.key == "rep_table_mahalle"), centroids or {}),
    )


def _shift_months(
    monthly: dict[str, tuple[Cell, ...]], months: Table, k: int
) -> dict[str, tuple[Cell, ...]]:
    """Meals per shift and month suppressed against the month table's meals of that month (the
    shifts add up to it): one shift hidden hides the other."""
    keys = HEADLINE_PARTS["rep_meals"]
    out = {key: list(cells) for key, cells in monthly.items()}
    meals = months.columns.index("rep_meals")
    for i, row in enumerate(r for r in months.rows if not r.total):
        figures = {key: out[key][i] for key in keys} | {"rep_meals": row.cells[meals]}
        for key, cell in suppress_headline(figures, k, HEADLINE_PARTS).items():
            if key in keys and cell.value is None:
                out[key][i] = cell
    return {key: tuple(cells) for key, cells in out.items()}


def _suppress_series(cells: tuple[Cell, ...], k: int) -> tuple[Cell, ...]:
    """A monthly series suppressed like a table column whose total is the period's figure (on
    page 1), so no month can be told from the total and the others."""
    total = Cell(sum(c.value or 0 for c in cells), sum(c.people for c in cells))
    rows = tuple(Row(str(i), (c,)) for i, c in enumerate(cells))
    table = suppress_table(Table("series", ("value",), (*rows, Row(TOTAL, (total,), True))), k)
    return tuple(r.cells[0] for r in table.rows if not r.total)


def _collate(name: str) -> str:
    return tr_lower(name)
