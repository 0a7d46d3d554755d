"""The registry of service kinds: what the office delivers or does, and how each is planned.

A service kind names its shifts (or time windows), its capacity dimensions, its ride-time limit,
its service times and the label key it shows. Hot meals are the first kind; food parcels and home
visits join the registry as new `ServiceKind` entries, and nothing outside this module spells a
shift name.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Shift:
    """One shift of a service: when work may reach the door and when vans may leave and return.

    Times are local clock times "HH:MM" (Europe/Istanbul); `name` is the stable code stored in
    plans and the store, and the key of the shift's label in `domain.lang`.
    """

    name: str
    delivery_start: str
    delivery_end: str
    depot_departure: str
    drivers_off: str


@dataclass(frozen=True, slots=True)
class CapacityDimension:
    """One thing a van fills: `unit` is what one unit of it is (a meal container, a kilogram)."""

    name: str
    unit: str


@dataclass(frozen=True, slots=True)
class ServiceKind:
    """A kind of field work: its shifts, what fills a van, and the limits of planning it.

    `max_ride_min` is the longest a load may ride from the depot to the door (food safety for hot
    meals; None when there is no limit). `service_min` is the handover at the door and
    `reload_min` the loading of the next batch at the depot, both in minutes. `depot` names what
    vans leave from ("kitchen", "warehouse"), open `depot_opens`..`depot_closes` when given. The
    gap between two consecutive shifts is the crews' break (the parcel lunch break).
    """

    code: str
    shifts: tuple[Shift, ...]
    capacity: tuple[CapacityDimension, ...]
    max_ride_min: int | None
    service_min: float
    reload_min: float
    depot: str = "kitchen"
    depot_opens: str | None = None
    depot_closes: str | None = None

    @property
    def shift_names(self) -> tuple[str, ...]:
        """Codes of the kind's shifts, in the order of the day."""
        return tuple(s.name for s in self.shifts)

    def shift(self, name: str) -> Shift:
        """The shift called `name`; raises `UnknownShiftError` naming the shifts there are."""
        for s in self.shifts:
            if s.name == name:
                return s
        raise UnknownShiftError(
            f"unknown shift {name!r}: expected one of {', '.join(self.shift_names)}"
        )


class UnknownShiftError(ValueError):
    """A shift name that no service kind has; the message lists the valid ones."""


BREAKFAST = Shift("breakfast", "07:00", "09:30", "06:30", "10:30")
DINNER = Shift("dinner", "17:00", "19:30", "16:30", "20:30")

MEAL_CONTAINERS = CapacityDimension("meals", "container")

HOT_MEALS = ServiceKind(
    code="hot_meals",
    shifts=(BREAKFAST, DINNER),
    capacity=(MEAL_CONTAINERS,),
    max_ride_min=60,
    service_min=3.0,
    reload_min=10.0,
)
"""Breakfast and dinner in vacuum containers: a 60-minute food-safety limit from kitchen to door."""

PARCEL_MORNING = Shift("parcel_morning", "08:45", "12:30", "08:30", "12:30")
PARCEL_AFTERNOON = Shift("parcel_afternoon", "13:45", "17:00", "13:30", "17:00")
"""A parcel day: 08:30–17:00 with lunch 12:30–13:30 back at the warehouse (vans reload there)."""

PARCEL_KG = CapacityDimension("kg", "kilogram")
PARCEL_LITRES = CapacityDimension("litres", "litre")

PARCELS = ServiceKind(
    code="parcels",
    shifts=(PARCEL_MORNING, PARCEL_AFTERNOON),
    capacity=(PARCEL_KG, PARCEL_LITRES),
    max_ride_min=None,
    service_min=4.0,
    reload_min=20.0,
    depot="warehouse",
    depot_opens="08:00",
    depot_closes="17:30",
)
"""Food parcels from the warehouse: weight and volume fill a van, no ride limit, one delivery
per family per cycle; a two-person stop (stairs, no lift) takes `TWO_PERSON_SERVICE_MIN`."""

TWO_PERSON_SERVICE_MIN = 7.0
"""Handover of a stop where two carry the parcels upstairs."""

VISIT_MORNING = Shift("visit_morning", "08:30", "12:30", "08:30", "12:30")
VISIT_AFTERNOON = Shift("visit_afternoon", "13:30", "17:00", "13:30", "17:00")
"""A visit team's day: 08:30–17:00 with lunch 12:30–13:30 at the office."""

VISIT_SLOTS = CapacityDimension("visits", "visit")


def _visit_kind(code: str, service_min: float) -> ServiceKind:
    """A home-visit kind: a team's two half days from the office, no ride limit."""
    return ServiceKind(
        code=code,
        shifts=(VISIT_MORNING, VISIT_AFTERNOON),
        capacity=(VISIT_SLOTS,),
        max_ride_min=None,
        service_min=service_min,
        reload_min=0.0,
        depot="office",
        depot_opens="08:00",
        depot_closes="17:30",
    )


VISIT_ASSESSMENT = _visit_kind("visit_assessment", 45.0)
VISIT_SHOPPING = _visit_kind("visit_shopping", 60.0)
VISIT_CLEANING = _visit_kind("visit_cleaning", 120.0)
VISIT_BAYRAM = _visit_kind("visit_bayram", 40.0)
VISIT_FOLLOW_UP = _visit_kind("visit_follow_up", 30.0)
"""Home visits by the office's teams; skills and who may do each are `domain.visits`."""

SERVICE_KINDS: dict[str, ServiceKind] = {
    k.code: k
    for k in (
        HOT_MEALS,
        PARCELS,
        VISIT_ASSESSMENT,
        VISIT_SHOPPING,
        VISIT_CLEANING,
        VISIT_BAYRAM,
        VISIT_FOLLOW_UP,
    )
}
"""Every service kind Sofra plans, by code."""

SHIFTS: tuple[str, ...] = HOT_MEALS.shift_names
"""The hot-meal shift codes ("breakfast", "dinner"): the one place they are spelt."""


def service_kind(code: str) -> ServiceKind:
    """The service kind called `code`; raises `ValueError` listing the known kinds."""
    try:
        return SERVICE_KINDS[code]
    except KeyError:
        raise ValueError(
            f"unknown service kind {code!r}: expected one of {', '.join(SERVICE_KINDS)}"
        ) from None


def check_shift(name: str) -> str:
    """`name` when it is a hot-meal shift, else `UnknownShiftError` naming the valid ones."""
    return HOT_MEALS.shift(name).name
