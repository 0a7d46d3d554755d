"""Who is due a meal on a given day and shift, from enrolment, meal plan and service days.

Kept small and pure: holds, cancellations and one-off additions are layered on top elsewhere
(`deliveries_on`, with the exceptions of `domain.calendar`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from domain.calendar import Calendar, OneOffKind
from domain.households import Household
from domain.services import check_shift


def is_due(household: Household, day: dt.date, shift: str) -> bool:
    """True when `household` is enrolled on `day`, eats in `shift` and `day` is a service day."""
    return (
        household.is_enrolled_on(day)
        and household.meal_plan.includes(shift)
        and day.isoweekday() in household.service_days
    )


def households_due(households: Iterable[Household], day: dt.date, shift: str) -> list[Household]:
    """Households to serve on `day` for `shift` ("breakfast" or "dinner"), in input order."""
    check_shift(shift)
    return [h for h in households if is_due(h, day, shift)]


def deliveries_on(
    households: Sequence[Household], day: dt.date, shift: str, calendar: Calendar | None = None
) -> list[Household]:
    """Households to deliver to on `day` for `shift`, in reference order.

    Regular plans first, then one-off additions; holds and one-off cancellations win over both
    (a household on hold gets nothing, even if someone added a one-off delivery).
    """
    calendar = calendar or Calendar()
    by_ref = {h.ref: h for h in households}
    due = {h.ref for h in households_due(households, day, shift)}
    due |= {ref for ref in calendar.refs(day, shift, OneOffKind.ADD) if ref in by_ref}
    due -= calendar.refs(day, shift, OneOffKind.CANCEL)
    due = {ref for ref in due if not calendar.on_hold(ref, day)}
    return [by_ref[ref] for ref in sorted(due)]
