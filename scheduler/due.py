"""Who is due a meal on a given day and shift, from enrolment, meal plan and service days.

Kept small and pure: holds, cancellations and one-off additions are layered on top elsewhere
(see `scheduler.calendar`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from geodata.households import Household

SHIFTS = ("breakfast", "dinner")


def is_due(household: Household, day: dt.date, shift: str) -> bool:
    """True when `household` is enrolled on `day`, eats in `shift` and `day` is a service day."""
    return (
        household.is_enrolled_on(day)
        and household.meal_plan.includes(shift)
        and day.isoweekday() in household.service_days
    )


def households_due(households: Iterable[Household], day: dt.date, shift: str) -> list[Household]:
    """Households to serve on `day` for `shift` ("breakfast" or "dinner"), in input order."""
    if shift not in SHIFTS:
        raise ValueError(f"unknown shift {shift!r}; use one of {', '.join(SHIFTS)}")
    return [h for h in households if is_due(h, day, shift)]
