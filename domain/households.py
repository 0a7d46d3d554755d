"""The household record: who receives meals, where, and what they need.

Shared by the demo generator, the scheduler, the store and the route sheets. Personal fields
(name, phone, address, diets, notes) are marked in `PERSONAL_FIELDS` so layers that must not
reveal them (planner exports, logs) can drop them in one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class MealPlan(StrEnum):
    """Which daily meals a household receives."""

    BREAKFAST = "breakfast"
    DINNER = "dinner"
    BOTH = "both"

    def includes(self, shift: str) -> bool:
        """True when this plan includes the given shift ("breakfast" or "dinner")."""
        return self is MealPlan.BOTH or self.value == shift


class Diet(StrEnum):
    """Diet labels printed on the route sheet and packed by the kitchen."""

    GLUTEN_FREE = "gluten_free"
    DIABETIC = "diabetic"
    SOFT_FOOD = "soft_food"
    LOW_SALT = "low_salt"
    VEGETARIAN = "vegetarian"


PERSONAL_FIELDS = ("name", "phone", "street", "house_number", "diets", "notes")


@dataclass(frozen=True, slots=True)
class Household:
    """One household receiving home-delivered meals.

    `service_days` holds ISO weekdays (1 = Monday … 7 = Sunday). `portions` is the number of
    meal containers per delivery. `required_skills` are labels a van/driver must have
    (e.g. "carry_inside" for a client who cannot come to the door).
    """

    ref: str
    name: str
    phone: str
    street: str
    house_number: str
    lat: float
    lon: float
    meal_plan: MealPlan
    service_days: frozenset[int]
    diets: tuple[Diet, ...] = ()
    notes: str = ""
    portions: int = 1
    required_skills: tuple[str, ...] = ()
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    neighbourhood: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def address(self) -> str:
        """Street address as written on a Turkish envelope: "Street No: 12"."""
        return f"{self.street} No: {self.house_number}"

    def is_enrolled_on(self, day: dt.date) -> bool:
        """True when `day` lies in the household's enrolment period."""
        if self.start_date is not None and day < self.start_date:
            return False
        return self.end_date is None or day <= self.end_date
