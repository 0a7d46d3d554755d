"""The office's records of what was done (the delivery log) and the report made from them.

Records are plain and pseudonymous: a `*_ref` is a pseudonym (`store.exports.pseudonym`), never
a name, phone, address or household code. A report holds aggregates only; every cell carries
the number of people behind it so suppression (`scheduler.reports.suppress`) can hide the small
ones. `sheets` draws a `Report`; it never sees a record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from domain.households import Diet, Household


class MealOutcome(StrEnum):
    """What became of a household's meal in one shift (the newest version's outcome)."""

    DELIVERED = "delivered"
    NOT_AT_HOME = "not_at_home"
    REFUSED = "refused"
    CANCELLED = "cancelled"  # planned in an earlier version, taken off in the newest
    UNRECORDED = "unrecorded"  # planned, no outcome recorded: not counted as delivered


class ParcelOutcome(StrEnum):
    """What became of one parcel delivery attempt."""

    DELIVERED = "delivered"
    NOT_AT_HOME = "not_at_home"
    CANCELLED = "cancelled"


class NeedCategory(StrEnum):
    """Why a household receives meals, as the office's annual report groups them."""

    OVER_65 = "over_65"
    DISABLED = "disabled"
    SICK = "sick"
    OTHER = "other"


MEDICAL_DIETS = frozenset({Diet.DIABETIC, Diet.SOFT_FOOD, Diet.LOW_SALT, Diet.GLUTEN_FREE})
"""Diets prescribed for an illness: a household on one counts as sick."""
CARE_SKILL = "carry_inside"
"""The crew skill of a client who cannot come to the door (wheelchair, bedridden): disabled."""


def need_category(household: Household) -> NeedCategory:
    """The category of need derived from the household record, first match wins.

    The record has no age or diagnosis field yet, so this is a documented proxy: an explicit
    `extra["need"]` when an import gave one; disabled when the crew must carry the meal inside;
    sick on a medical diet; over 65 for a two-portion household (the elderly couples of the
    demo); other otherwise.
    """
    given = household.extra.get("need", "")
    if given in NeedCategory.__members__.values():
        return NeedCategory(given)
    if CARE_SKILL in household.required_skills:
        return NeedCategory.DISABLED
    if set(household.diets) & MEDICAL_DIETS:
        return NeedCategory.SICK
    if household.portions >= 2:
        return NeedCategory.OVER_65
    return NeedCategory.OTHER


@dataclass(frozen=True, slots=True)
class MealRecord:
    """One household's meal in one shift: per household, day and shift, counted once.

    `portions` is the number of meal containers (people fed) of the delivery.
    """

    day: dt.date
    shift: str
    household_ref: str
    mahalle: str
    need_category: NeedCategory
    outcome: MealOutcome
    portions: int = 1


@dataclass(frozen=True, slots=True)
class ParcelRecord:
    """One parcel delivery attempt to a family: `kg` of `product`, gluten-free or not."""

    day: dt.date
    family_ref: str
    mahalle: str
    product: str
    kg: float
    gluten_free: bool
    outcome: ParcelOutcome
    persons: int = 1


@dataclass(frozen=True, slots=True)
class VisitRecord:
    """One home visit (`kind`: e.g. cleaning, personal care, social worker) and its outcome."""

    day: dt.date
    kind: str
    person_ref: str
    mahalle: str
    outcome: str


@dataclass(frozen=True, slots=True)
class ApplicationRecord:
    """One application for help: the channel it came in by and the decision."""

    day: dt.date
    channel: str
    decision: str
    applicant_ref: str = ""


@dataclass(frozen=True, slots=True)
class FleetDayRecord:
    """What one service's vans drove on one day (one shift for meals): vans used, driving
    seconds and metres."""

    day: dt.date
    service: str
    vans: int
    driving_s: int
    distance_m: int


@dataclass(frozen=True, slots=True)
class DeliveryLog:
    """Everything the report counts, as plain records."""

    meals: tuple[MealRecord, ...] = ()
    parcels: tuple[ParcelRecord, ...] = ()
    visits: tuple[VisitRecord, ...] = ()
    applications: tuple[ApplicationRecord, ...] = ()
    fleet: tuple[FleetDayRecord, ...] = ()

    def merged(self, other: DeliveryLog) -> DeliveryLog:
        """Both logs' records together."""
        return DeliveryLog(
            self.meals + other.meals,
            self.parcels + other.parcels,
            self.visits + other.visits,
            self.applications + other.applications,
            self.fleet + other.fleet,
        )

    def between(self, start: dt.date, end: dt.date) -> DeliveryLog:
        """The records of `start`..`end` (both included)."""

        return DeliveryLog(
            _within(self.meals, start, end),
            _within(self.parcels, start, end),
            _within(self.visits, start, end),
            _within(self.applications, start, end),
            _within(self.fleet, start, end),
        )


R = TypeVar("R", MealRecord, ParcelRecord, VisitRecord, ApplicationRecord, FleetDayRecord)


def _within(records: Iterable[R], start: dt.date, end: dt.date) -> tuple[R, ...]:
    return tuple(r for r in records if start <= r.day <= end)


# --- the report ---------------------------------------------------------------------------


class PeriodKind(StrEnum):
    """How long a report's period is."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar month, quarter or year: `start`..`end` both included; `code` as typed on the
    command line ("2025", "2025Q2", "2026-01")."""

    kind: PeriodKind
    start: dt.date
    end: dt.date
    code: str

    def months(self) -> list[dt.date]:
        """The first day of every month in the period."""
        out, day = [], self.start
        while day <= self.end:
            out.append(day)
            day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return out


@dataclass(frozen=True, slots=True)
class Cell:
    """One figure and how many distinct people it counts; `value` None means suppressed."""

    value: float | None
    people: int = 0

    @property
    def suppressed(self) -> bool:
        """True when the figure is hidden to protect the few people behind it."""
        return self.value is None


@dataclass(frozen=True, slots=True)
class Row:
    """A table row: `key` is a label key or a proper name (a mahalle) shown as it is."""

    key: str
    cells: tuple[Cell, ...]
    total: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """A table of the report: `key` names it (a label key), `columns` are label keys."""

    key: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Place:
    """A mahalle on the map: its centroid (WGS84) and the households served (None: suppressed)."""

    name: str
    lat: float
    lon: float
    households: int | None


@dataclass(frozen=True, slots=True)
class Report:
    """An aggregate report of one period: headline figures (label key → cell), tables, monthly
    series per service (label key → one cell per month of the period) and the mahalle map."""

    period: Period
    threshold: int
    headline: dict[str, Cell]
    tables: tuple[Table, ...]
    monthly: dict[str, tuple[Cell, ...]]
    places: tuple[Place, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    def table(self, key: str) -> Table:
        """The table called `key`."""
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)
