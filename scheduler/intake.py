"""From an approved application to a registered household with its meal plan or parcel need.

`approve_application` is one step of one transaction: the consent is checked, the application
approved (compare-and-set on its version), the household created from it (its pin, the services
granted, from the start date) and the application marked registered. From the start date on the
household is due its meals like any other (`scheduler.due`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from domain.applications import ConsentMissingError, Need
from domain.households import Diet, Household, MealPlan
from store.imports.values import parse_phone
from store.models import ApplicationRow, HouseholdRow, LocationSource
from store.repositories import applications as applications_repo
from store.repositories import households as households_repo

ALL_WEEK = frozenset(range(1, 8))
HOUSEHOLD_PREFIX = "H"
"""A household registered from application B00012 is HB00012."""


class NoPinError(ValueError):
    """An application approved without a location: a household needs a point to be served."""

    def __init__(self, ref: str) -> None:
        super().__init__(
            f"application {ref} has no location; correct the address or move the pin on the "
            "map, then approve"
        )


@dataclass(frozen=True, slots=True)
class Approval:
    """What a social worker grants: services from `start_date`; with hot meals, which meals on
    which ISO weekdays (1 = Monday)."""

    services: tuple[Need, ...]
    start_date: dt.date
    meal_plan: MealPlan | None = None
    service_days: frozenset[int] = ALL_WEEK

    def check(self) -> None:
        """Raise `ValueError` naming what is missing or wrong."""
        if not self.services:
            raise ValueError("an approval grants at least one service")
        if Need.HOT_MEALS in self.services and self.meal_plan is None:
            raise ValueError("hot meals need a meal plan: breakfast, dinner or both")
        if Need.HOT_MEALS in self.services and not self.service_days:
            raise ValueError("hot meals need at least one service day")
        if not self.service_days <= ALL_WEEK:
            raise ValueError("service days are ISO weekdays, 1 (Monday) to 7 (Sunday)")


def household_ref_of(application: ApplicationRow) -> str:
    """The reference of the household registered from `application` ("HB00012")."""
    return f"{HOUSEHOLD_PREFIX}{application.ref}"


def household_of(application: ApplicationRow, approval: Approval) -> Household:
    """The household an approved application becomes (not stored)."""
    if application.location is None:
        raise NoPinError(application.ref)
    meals = Need.HOT_MEALS in approval.services
    diets = (Diet.GLUTEN_FREE,) if Need.GLUTEN_FREE_PARCEL in approval.services else ()
    return Household(
        ref=household_ref_of(application),
        name=application.person_name or application.applicant_name,
        phone=_household_phone(application.phone),
        street=application.street,
        house_number=application.house_number,
        neighbourhood=application.neighbourhood,
        lat=application.location.y,
        lon=application.location.x,
        # No hot meals (parcels or home help only): a meal plan with no service day is never due.
        meal_plan=approval.meal_plan if meals and approval.meal_plan else MealPlan.DINNER,
        service_days=approval.service_days if meals else frozenset(),
        diets=diets,
        start_date=approval.start_date,
    )


def _household_phone(digits: str) -> str:
    """A household's phone as imports spell it ("+90 532 123 45 67"); others as "+<digits>"."""
    try:
        return parse_phone("+" + digits)
    except ValueError:
        return "+" + digits


def _location_source(application: ApplicationRow) -> LocationSource:
    source = application.location_source or ""
    if source in {s.value for s in LocationSource}:
        return LocationSource(source)
    return LocationSource.MANUAL  # a pin a person placed (staff, or a shared WhatsApp location)


def approve_application(
    session: Session,
    *,
    ref: str,
    approval: Approval,
    actor: str,
    expected_version: int | None = None,
) -> tuple[ApplicationRow, HouseholdRow]:
    """Approve `ref` and register its household (see the module); all or nothing.

    Raises `ConsentMissingError` without a recorded consent, `NoPinError` without a pin,
    `IllegalTransitionError` unless it is assessed, `ConcurrentUpdateError` when someone changed
    it since `expected_version`."""
    approval.check()
    row = applications_repo.row_for_change(session, ref=ref, expected_version=expected_version)
    if row.consent_version is None or row.consent_at is None:
        raise ConsentMissingError(row.ref)
    household = household_of(row, approval)
    applications_repo.mark_approved(
        session,
        row=row,
        services=approval.services,
        start_date=approval.start_date,
        meal_plan=approval.meal_plan.value if approval.meal_plan else None,
        service_days=approval.service_days,
        actor=actor,
    )
    created = households_repo.add_household(
        session,
        household=household,
        actor=actor,
        location_source=_location_source(row),
        geocode_confidence=row.geocode_confidence,
        needs_review=row.needs_review,
    )
    applications_repo.mark_registered(session, row=row, household_ref=created.ref, actor=actor)
    return row, created


def granted(services: Iterable[str]) -> tuple[Need, ...]:
    """Need values as `Need`s (raises `ValueError` naming an unknown one)."""
    return tuple(Need(s) for s in services)
