"""Households: add, read, update (optimistically locked), deactivate; to and from the domain type.

The domain type is `domain.households.Household`. Rows carry what the domain type does not:
`version` (optimistic locking), `active`, and where the location came from (`location_source`,
`geocode_confidence`, `needs_review`).
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from shapely import Point
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from domain.households import Diet, Household, MealPlan
from store.errors import ConcurrentUpdateError, DuplicateError, NotFoundError
from store.models import HouseholdRow, LocationSource
from store.repositories.audit import record_change

log = logging.getLogger(__name__)

EDITABLE_FIELDS = frozenset(
    f.name for f in dataclasses.fields(Household) if f.name not in {"ref", "extra"}
)


def to_domain(row: HouseholdRow) -> Household:
    """The domain household of a row."""
    return Household(
        ref=row.ref,
        name=row.name,
        phone=row.phone,
        street=row.street,
        house_number=row.house_number,
        lat=row.location.y,
        lon=row.location.x,
        meal_plan=MealPlan(row.meal_plan),
        service_days=frozenset(row.service_days),
        diets=tuple(Diet(d) for d in row.diets),
        notes=row.notes,
        portions=row.portions,
        required_skills=tuple(row.required_skills),
        start_date=row.start_date,
        end_date=row.end_date,
        neighbourhood=row.neighbourhood,
    )


def _column_values(household: Household) -> dict[str, Any]:
    return {
        "name": household.name,
        "phone": household.phone,
        "street": household.street,
        "house_number": household.house_number,
        "neighbourhood": household.neighbourhood,
        "diets": [Diet(d).value for d in household.diets],
        "notes": household.notes,
        "location": Point(household.lon, household.lat),
        "meal_plan": MealPlan(household.meal_plan).value,
        "service_days": sorted(household.service_days),
        "portions": household.portions,
        "required_skills": list(household.required_skills),
        "start_date": household.start_date,
        "end_date": household.end_date,
    }


def changed_fields(row: HouseholdRow, household: Household) -> list[str]:
    """Names of the domain fields whose value differs between `row` and `household`."""
    current = to_domain(row)
    return [
        name
        for name in sorted(EDITABLE_FIELDS)
        if getattr(current, name) != getattr(household, name)
    ]


def new_household_row(
    household: Household,
    *,
    location_source: LocationSource = LocationSource.FILE,
    geocode_confidence: float | None = None,
    needs_review: bool = False,
) -> HouseholdRow:
    """A new (unsaved) row for `household`; use `add_household` unless importing in bulk."""
    return HouseholdRow(
        ref=household.ref,
        location_source=location_source.value,
        geocode_confidence=geocode_confidence,
        needs_review=needs_review,
        **_column_values(household),
    )


def apply_household(row: HouseholdRow, household: Household) -> None:
    """Copy the domain fields of `household` onto `row`, touching only columns that differ."""
    for column, value in _column_values(household).items():
        if getattr(row, column) != value:
            setattr(row, column, value)


def add_household(
    session: Session,
    *,
    household: Household,
    actor: str,
    location_source: LocationSource = LocationSource.FILE,
    geocode_confidence: float | None = None,
    needs_review: bool = False,
) -> HouseholdRow:
    """Store a new household; `DuplicateError` when its reference exists."""
    if find_household_row(session, ref=household.ref) is not None:
        raise DuplicateError("household", household.ref)
    row = new_household_row(
        household,
        location_source=location_source,
        geocode_confidence=geocode_confidence,
        needs_review=needs_review,
    )
    session.add(row)
    session.flush()
    record_change(session, actor=actor, action="create", entity="household", entity_ref=row.ref)
    return row


def find_household_row(session: Session, *, ref: str) -> HouseholdRow | None:
    """The row of `ref`, or None."""
    return session.scalars(select(HouseholdRow).where(HouseholdRow.ref == ref)).one_or_none()


def get_household_row(session: Session, *, ref: str) -> HouseholdRow:
    """The row of `ref`; `NotFoundError` when there is none."""
    row = find_household_row(session, ref=ref)
    if row is None:
        raise NotFoundError("household", ref)
    return row


def get_household(session: Session, *, ref: str) -> Household:
    """The domain household of `ref`; `NotFoundError` when there is none."""
    return to_domain(get_household_row(session, ref=ref))


def list_household_rows(
    session: Session, *, active_only: bool = True, needs_review: bool | None = None
) -> list[HouseholdRow]:
    """Household rows by reference, active ones only unless told otherwise."""
    query = select(HouseholdRow).order_by(HouseholdRow.ref)
    if active_only:
        query = query.where(HouseholdRow.active.is_(True))
    if needs_review is not None:
        query = query.where(HouseholdRow.needs_review.is_(needs_review))
    return list(session.scalars(query))


def list_households(session: Session, *, active_only: bool = True) -> list[Household]:
    """Domain households by reference (what the scheduler plans from)."""
    return [to_domain(row) for row in list_household_rows(session, active_only=active_only)]


def update_household(
    session: Session,
    *,
    ref: str,
    actor: str,
    expected_version: int | None = None,
    **changes: Any,
) -> HouseholdRow:
    """Change fields of a household (names as in `Household`; `lat`/`lon` move it by hand).

    `expected_version` is the version the caller read (e.g. an HTTP If-Match); a mismatch, or
    another session's commit in between, raises `ConcurrentUpdateError` instead of losing a write.
    """
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(
            f"unknown household fields {sorted(unknown)}; editable: {sorted(EDITABLE_FIELDS)}"
        )
    row = get_household_row(session, ref=ref)
    _check_version(row, expected_version)
    updated = dataclasses.replace(to_domain(row), **changes)
    fields = changed_fields(row, updated)
    if not fields:
        return row
    apply_household(row, updated)
    if {"lat", "lon"} & set(fields):
        row.location_source = LocationSource.MANUAL.value
        row.geocode_confidence = None
        row.needs_review = False
    _flush(session, row)
    record_change(
        session,
        actor=actor,
        action="update",
        entity="household",
        entity_ref=ref,
        detail={"fields": fields},
    )
    return row


def set_active(
    session: Session, *, ref: str, active: bool, actor: str, expected_version: int | None = None
) -> HouseholdRow:
    """Deactivate (or reactivate) a household; households are never deleted, plans keep history."""
    row = get_household_row(session, ref=ref)
    _check_version(row, expected_version)
    if row.active != active:
        row.active = active
        _flush(session, row)
        action = "reactivate" if active else "deactivate"
        record_change(session, actor=actor, action=action, entity="household", entity_ref=ref)
    return row


def mark_reviewed(
    session: Session, *, ref: str, actor: str, expected_version: int | None = None
) -> HouseholdRow:
    """A dispatcher confirmed a flagged (low-confidence geocoded) location."""
    row = get_household_row(session, ref=ref)
    _check_version(row, expected_version)
    if row.needs_review:
        row.needs_review = False
        _flush(session, row)
        record_change(session, actor=actor, action="review", entity="household", entity_ref=ref)
    return row


def _check_version(row: HouseholdRow, expected_version: int | None) -> None:
    if expected_version is not None and row.version != expected_version:
        raise ConcurrentUpdateError("household", row.ref)


def _flush(session: Session, row: HouseholdRow) -> None:
    """Write now, so a lost optimistic-locking race names the household."""
    ref = row.ref  # read before the flush: a failed flush expires the row
    try:
        session.flush()
    except StaleDataError as exc:
        log.info("concurrent update of household %s refused", ref)
        raise ConcurrentUpdateError("household", ref) from exc
