"""Who is due a meal on a given day and shift, and who is held, from enrolment, meal plan,
service days and the calendar's holds, cancellations and one-off additions.

`households_due` is the regular plan only; `deliveries_on` layers the exceptions of
`domain.calendar` on top and returns the households held back with their reason, so a plan can
report them instead of leaving them out silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from domain.calendar import Calendar, OneOffKind
from domain.households import Household
from domain.lang import format_date_short, label
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


class HeldReason(StrEnum):
    """Why a household that would be due gets nothing in this shift."""

    ON_HOLD = "on_hold"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Held:
    """A household held back from a shift: why, the reason as entered, and until when.

    `until` is the last day of the hold (None for a one-off cancellation).
    """

    ref: str
    reason: HeldReason
    detail: str = ""
    until: dt.date | None = None


def held_text(held: Held, lang: str = "tr") -> str:
    """Why a household is held, in words: "askıda (Hastanede), bitiş 30.11.2026"."""
    text = label(f"held_{held.reason.value}", lang)
    if held.detail:
        text += f" ({held.detail})"
    if held.until is not None:
        text += ", " + label("held_until", lang, date=format_date_short(held.until, lang))
    return text


@dataclass(frozen=True, slots=True)
class Deliveries:
    """The households to deliver to in one shift, and those held back, both in reference order."""

    due: tuple[Household, ...]
    held: tuple[Held, ...]

    @property
    def refs(self) -> list[str]:
        """References of the households due."""
        return [h.ref for h in self.due]


def deliveries_on(
    households: Sequence[Household], day: dt.date, shift: str, calendar: Calendar | None = None
) -> Deliveries:
    """Households to deliver to on `day` for `shift`, and the held ones with their reason.

    Regular plans first, then one-off additions; holds and one-off cancellations win over both
    (a household on hold gets nothing, even if someone added a one-off delivery). A household
    both on hold and cancelled is reported as on hold.
    """
    calendar = calendar or Calendar()
    by_ref = {h.ref: h for h in households}
    wanted = {h.ref for h in households_due(households, day, shift)}
    wanted |= {ref for ref in calendar.refs(day, shift, OneOffKind.ADD) if ref in by_ref}
    due: list[Household] = []
    held: list[Held] = []
    for ref in sorted(wanted):
        hold = calendar.hold_on(ref, day)
        cancel = calendar.one_off(ref, day, shift, OneOffKind.CANCEL)
        if hold is not None:
            held.append(Held(ref, HeldReason.ON_HOLD, hold.reason, hold.end))
        elif cancel is not None:
            held.append(Held(ref, HeldReason.CANCELLED, cancel.reason))
        else:
            due.append(by_ref[ref])
    return Deliveries(tuple(due), tuple(held))
