"""From an approved application to a registered household with its meal plan or parcel need.

`book_assessment_visit` books the social worker's visit to the person (state assessment_scheduled
and an assessment visit for the week planner of `scheduler.visits`, in one transaction).
`approve_application` is one step of one transaction: the consent is checked, the application
approved (compare-and-set on its version), the household created from it (its pin, the services
granted, from the start date) and the application marked registered. From the start date on the
household is due its meals like any other (`scheduler.due`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from domain.applications import ConsentMissingError, Need
from domain.clock import zone
from domain.households import Diet, Household, MealPlan
from store.imports.values import parse_phone
from store.models import ApplicationRow, HouseholdRow, LocationSource
from store.repositories import applications as applications_repo
from store.repositories import households as households_repo
from store.repositories import visits as visits_repo

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


ASSESSMENT_WINDOW = dt.timedelta(minutes=30)
"""An assessment agreed for a time may start within this long of it."""


def book_assessment_visit(
    session: Session,
    *,
    ref: str,
    earliest: dt.date,
    latest: dt.date | None = None,
    at: dt.datetime | None = None,
    female_staff: bool = False,
    actor: str,
    expected_version: int | None = None,
) -> tuple[ApplicationRow, int]:
    """Book the assessment visit of application `ref`: free within `earliest`..`latest`, or
    agreed for `at` (a local start within `ASSESSMENT_WINDOW` of it, on that day). The
    application moves to assessment_scheduled and an assessment visit (needing a social
    worker) waits for the week planner; booking again moves the open visit instead of adding a
    second. Returns the application and the visit's id; all or nothing (the caller's
    transaction). Raises `NoPinError` without a location."""
    row = applications_repo.row_for_change(session, ref=ref, expected_version=expected_version)
    point = row.location
    if point is None:
        raise NoPinError(row.ref)
    row = applications_repo.schedule_assessment(
        session, row.ref, at=at, actor=actor, expected_version=expected_version
    )
    window = None
    if at is not None:
        local = at.astimezone(zone()) if at.tzinfo else at
        earliest = latest = local.date()
        end = local + ASSESSMENT_WINDOW
        window = (local.strftime("%H:%M"), end.strftime("%H:%M"))
    if latest is None:  # free within the week: by Friday (the next one from a weekend day)
        latest = earliest + dt.timedelta(days=(4 - earliest.weekday()) % 7)
    address = " ".join(p for p in (row.street, row.house_number) if p)
    if row.neighbourhood:
        address = f"{address}, {row.neighbourhood}" if address else row.neighbourhood
    open_visit = visits_repo.open_assessment_visit(session, application_id=row.id)
    if open_visit is not None:
        visits_repo.move_visit(
            session, open_visit, earliest=earliest, latest=latest, window=window, actor=actor
        )
        return row, open_visit.id
    visit_id = visits_repo.create_assessment_visit(
        session,
        application_id=row.id,
        address=address or row.ref,
        location=(point.y, point.x),
        earliest=earliest,
        latest=latest,
        window=window,
        name=row.person_name or row.applicant_name,
        phone=row.phone,
        female_staff=female_staff,
        actor=actor,
    )
    return row, visit_id
