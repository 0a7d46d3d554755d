"""Food parcels: families, parcel products, delivery cycles, availability and the warehouse.

A family receives its parcels once per cycle (monthly by default, some every two weeks) from the
warehouse. What a family gets depends on its size (standard or large parcel) plus, for coeliac
families, a gluten-free parcel, a separate product with a limited stock per day. Availability
says on which weekdays, and in which half of the day, someone is home; an appointment narrows
that to a clock window. Turkish public holidays (national and religious) are no delivery days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from domain.clock import hhmm_to_s


@dataclass(frozen=True, slots=True)
class ParcelProduct:
    """A packed parcel: weight (kg) and volume (litres) of one box, and its label key."""

    code: str
    kg: int
    litres: int


STANDARD = ParcelProduct("standard", kg=18, litres=40)
"""Standard food parcel: flour, rice, pasta, pulses, oil, sugar, tea for a family of up to 4."""
LARGE = ParcelProduct("large", kg=27, litres=60)
"""Large food parcel for families of 5 or more."""
GLUTEN_FREE = ParcelProduct("gluten_free", kg=8, litres=20)
"""Gluten-free parcel for coeliac families, on top of the food parcel; limited stock per day."""
BAYRAM = ParcelProduct("bayram", kg=10, litres=25)
"""Bayram parcel (sugar, tea, sweets, meat preserve), given in the days before Ramazan and
Kurban Bayramı: with the cycle's food parcel, or as an extra delivery (`BayramCampaign`)."""
PRODUCTS: dict[str, ParcelProduct] = {p.code: p for p in (STANDARD, LARGE, GLUTEN_FREE, BAYRAM)}
LARGE_FROM_PERSONS = 5
"""Families of this many persons or more get the large parcel."""


class Cycle(StrEnum):
    """How often a family receives its parcel."""

    MONTHLY = "monthly"
    BIWEEKLY = "biweekly"

    @property
    def per_month(self) -> int:
        """Deliveries per calendar month (biweekly: one in each half of the month)."""
        return 2 if self is Cycle.BIWEEKLY else 1


class HalfDay(StrEnum):
    """When on an available day someone is home."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    ALL_DAY = "all_day"


@dataclass(frozen=True, slots=True)
class Appointment:
    """An agreed delivery window on any available day, clock times "HH:MM"."""

    start: str
    end: str

    @property
    def window_s(self) -> tuple[int, int]:
        """The window in seconds since midnight."""
        return hhmm_to_s(self.start), hhmm_to_s(self.end)


TWO_PERSON = "two_person"
"""Skill: a crew of two, needed to carry parcels up stairs where there is no lift."""


@dataclass(frozen=True, slots=True)
class Family:
    """A family receiving food parcels.

    `weekdays` are ISO weekdays (1 = Monday) when someone is home, in the `half_day` given;
    `last_day` is the day of last cycle's delivery (kept when possible: people plan around it).
    `building` groups families living at the same address (an apartment block).
    `extra` are boxes on top of the usual ones for one delivery (the bayram parcel), and
    `regular=False` makes a delivery of the extra boxes only (planner-side copies; the intake
    record keeps the defaults).
    """

    ref: str
    name: str
    phone: str
    street: str
    house_number: str
    lat: float
    lon: float
    persons: int
    neighbourhood: str = ""
    building: str = ""
    floor: int = 0
    lift: bool = True
    coeliac: bool = False
    cycle: Cycle = Cycle.MONTHLY
    weekdays: frozenset[int] = frozenset({1, 2, 3, 4, 5})
    half_day: HalfDay = HalfDay.ALL_DAY
    appointment: Appointment | None = None
    last_day: dt.date | None = None
    notes: str = ""
    extra: tuple[ParcelProduct, ...] = ()
    regular: bool = True

    @property
    def address(self) -> str:
        """Street address as written on a Turkish envelope: "Street No: 12"."""
        return f"{self.street} No: {self.house_number}"

    @property
    def needs_two_people(self) -> bool:
        """Parcels go up stairs with no lift (above the ground and first floors)."""
        return self.floor >= 2 and not self.lift

    @property
    def parcels(self) -> tuple[ParcelProduct, ...]:
        """The boxes this family receives per delivery."""
        if not self.regular:
            return self.extra
        food = LARGE if self.persons >= LARGE_FROM_PERSONS else STANDARD
        return ((food, GLUTEN_FREE) if self.coeliac else (food,)) + self.extra

    @property
    def kg(self) -> int:
        """Weight of one delivery."""
        return sum(p.kg for p in self.parcels)

    @property
    def litres(self) -> int:
        """Volume of one delivery."""
        return sum(p.litres for p in self.parcels)

    def available_on(self, day: dt.date) -> bool:
        """True when someone is home on `day`'s weekday."""
        return day.isoweekday() in self.weekdays


@dataclass(frozen=True, slots=True)
class Warehouse:
    """The parcel depot: where, when it is open, and how long a van takes to load."""

    name: str
    lat: float
    lon: float
    address: str = ""
    opens: str = "08:00"
    closes: str = "17:30"
    loading_min: float = 20.0


@dataclass(frozen=True, slots=True)
class ParcelVan:
    """A parcel van: kilograms and litres per load, and the crew size (1 or 2)."""

    id: str
    plate: str
    model: str
    kg: int
    litres: int
    crew: int = 1
    driver: str = ""
    helper: str = ""

    @property
    def skills(self) -> frozenset[str]:
        """What the crew can do: a crew of two carries up stairs."""
        return frozenset({TWO_PERSON}) if self.crew >= 2 else frozenset()


@dataclass(frozen=True, slots=True)
class Holiday:
    """A public holiday: no deliveries. `religious` holidays move with the lunar calendar."""

    day: dt.date
    name: str
    religious: bool = False


def _days(start: dt.date, count: int, name: str, religious: bool) -> list[Holiday]:
    return [Holiday(start + dt.timedelta(days=i), name, religious) for i in range(count)]


TURKISH_HOLIDAYS_2026: tuple[Holiday, ...] = tuple(
    [
        Holiday(dt.date(2026, 1, 1), "Yılbaşı"),
        *_days(dt.date(2026, 3, 19), 1, "Ramazan Bayramı Arifesi", True),
        *_days(dt.date(2026, 3, 20), 3, "Ramazan Bayramı", True),
        Holiday(dt.date(2026, 4, 23), "Ulusal Egemenlik ve Çocuk Bayramı"),
        Holiday(dt.date(2026, 5, 1), "Emek ve Dayanışma Günü"),
        Holiday(dt.date(2026, 5, 19), "Atatürk'ü Anma, Gençlik ve Spor Bayramı"),
        *_days(dt.date(2026, 5, 26), 1, "Kurban Bayramı Arifesi", True),
        *_days(dt.date(2026, 5, 27), 4, "Kurban Bayramı", True),
        Holiday(dt.date(2026, 7, 15), "Demokrasi ve Milli Birlik Günü"),
        Holiday(dt.date(2026, 8, 30), "Zafer Bayramı"),
        *_days(dt.date(2026, 10, 28), 1, "Cumhuriyet Bayramı Arifesi", False),
        Holiday(dt.date(2026, 10, 29), "Cumhuriyet Bayramı"),
    ]
)
"""Turkish public holidays of 2026. Eves (arife, officially a half day off) count as holidays
for parcel rounds: the office gives the bayram parcels on the working days before."""


@dataclass(frozen=True, slots=True)
class BayramCampaign:
    """Bayram parcels before a bayram: on one of the last `days_before` working days before
    the `eve` (arife, closed), every family due in that cycle gets its food parcel together
    with a bayram parcel (`extra=False`), or the bayram parcel as a delivery of its own on top
    of the cycle's (`extra=True`)."""

    name: str
    eve: dt.date
    days_before: int = 10
    extra: bool = False

    def days(self, holidays: Sequence[Holiday] = ()) -> tuple[dt.date, ...]:
        """The last `days_before` working days (Monday–Friday, not a holiday) before the eve,
        ascending; the holidays default to `TURKISH_HOLIDAYS_2026`."""
        closed = {h.day for h in (holidays or TURKISH_HOLIDAYS_2026)}
        out: list[dt.date] = []
        day = self.eve
        while len(out) < self.days_before:
            day -= dt.timedelta(days=1)
            if day.isoweekday() <= 5 and day not in closed:
                out.append(day)
        return tuple(reversed(out))

    def window(self, working_days: Sequence[dt.date]) -> tuple[dt.date, ...]:
        """The campaign's days among a month's `working_days`: empty in a month it misses."""
        mine = set(self.days())
        return tuple(d for d in working_days if d in mine)


BAYRAM_CAMPAIGNS_2026: tuple[BayramCampaign, ...] = (
    BayramCampaign("Ramazan Bayramı", dt.date(2026, 3, 19)),
    BayramCampaign("Kurban Bayramı", dt.date(2026, 5, 26)),
)
"""The bayram parcel campaigns of 2026 (Ramazan Bayramı 20–22 March, Kurban Bayramı 27–30 May;
their eves 19 March and 26 May are closed): the ten working days before each eve."""


@dataclass(frozen=True, slots=True)
class ParcelStock:
    """Limited products per delivery day (gluten-free parcels: what the supplier delivers)."""

    per_day: Mapping[str, int] = field(default_factory=lambda: {GLUTEN_FREE.code: 4})

    def limit(self, product: str) -> int | None:
        """Units of `product` available per day, or None when unlimited."""
        return self.per_day.get(product)
