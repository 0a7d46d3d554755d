"""Applications: record, find (by phone or address, duplicates flagged), consent, pin, and the
state changes up to approval or rejection.

Every change is audited (`store.repositories.audit`: the application number, the states and the
names of changed fields, never a value). Every state change is compare-and-set: the row's
`version` is its optimistic-locking column, and `expected_version` (the version the caller read)
must still be current, so of two server processes changing one application one wins and the
other gets `ConcurrentUpdateError`. Nothing here commits: the caller's transaction is the unit.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from shapely import Point
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from domain.applications import (
    OPEN_STATES,
    ApplicationState,
    Channel,
    Need,
    application_id_of,
    application_ref,
    check_consent_version,
    check_transition,
    normalise_phone,
)
from geodata.geocode import normalise_house_number, normalise_street
from store.errors import ConcurrentUpdateError, NotFoundError
from store.models import ApplicationRow, HouseholdRow
from store.repositories.audit import record_change
from store.types import utcnow

log = logging.getLogger(__name__)

ENTITY = "application"
PIN_SOURCE_STAFF = "manual"
PIN_SOURCE_WHATSAPP = "whatsapp"
"""`location_source` of a pin moved by staff, and of a location the person shared on WhatsApp;
geocoded pins carry the geocoder's method (`house_number`, `street`, `fuzzy_street`)."""


@dataclass(frozen=True, slots=True)
class Pin:
    """Where an application's person lives: a point (degrees) and where it came from."""

    lat: float
    lon: float
    source: str
    confidence: float | None = None
    needs_review: bool = False


@dataclass(frozen=True, slots=True)
class NewApplication:
    """What the call-centre form (or a walk-in desk) records."""

    channel: Channel
    phone: str
    applicant_name: str = ""
    applicant_relation: str = ""
    person_name: str = ""
    street: str = ""
    house_number: str = ""
    neighbourhood: str = ""
    needs: tuple[Need, ...] = ()
    health_notes: str = ""
    social_notes: str = ""
    consent_version: str | None = None


@dataclass(slots=True)
class Matches:
    """What a search by phone or address found: applications and households."""

    applications: list[ApplicationRow] = field(default_factory=list)
    households: list[HouseholdRow] = field(default_factory=list)


def create_application(
    session: Session, *, new: NewApplication, actor: str, pin: Pin | None = None
) -> ApplicationRow:
    """Store a new application (state received), with its possible duplicates flagged."""
    phone = normalise_phone(new.phone)
    duplicates = find_matches(
        session, phone=phone, street=new.street, house_number=new.house_number
    )
    row = ApplicationRow(
        channel=Channel(new.channel).value,
        state=ApplicationState.RECEIVED.value,
        applicant_name=new.applicant_name,
        applicant_relation=new.applicant_relation,
        person_name=new.person_name,
        phone=phone,
        street=new.street,
        house_number=new.house_number,
        neighbourhood=new.neighbourhood,
        needs=sorted({Need(n).value for n in new.needs}),
        health_notes=new.health_notes,
        social_notes=new.social_notes,
        possible_duplicates=sorted(a.id for a in duplicates.applications),
        created_by=actor,
    )
    if new.consent_version is not None:
        _set_consent(row, new.consent_version, actor)
    if pin is not None:
        _set_pin(row, pin)
    session.add(row)
    session.flush()
    record_change(
        session,
        actor=actor,
        action="create",
        entity=ENTITY,
        entity_ref=row.ref,
        detail={
            "state": row.state,
            "channel": row.channel,
            "consent": row.consent_version is not None,
            "possible_duplicates": len(row.possible_duplicates),
        },
    )
    return row


def find_application_row(session: Session, *, ref: str) -> ApplicationRow | None:
    """The application numbered `ref` ("B00012"), or None."""
    application_id = application_id_of(ref)
    return None if application_id is None else session.get(ApplicationRow, application_id)


def get_application_row(session: Session, *, ref: str) -> ApplicationRow:
    """The application numbered `ref`; `NotFoundError` when there is none."""
    row = find_application_row(session, ref=ref)
    if row is None:
        raise NotFoundError(ENTITY, ref)
    return row


def list_applications(
    session: Session, *, states: Iterable[ApplicationState] | None = None, limit: int = 200
) -> list[ApplicationRow]:
    """Applications newest first, optionally only in `states`."""
    query = select(ApplicationRow).order_by(ApplicationRow.id.desc()).limit(limit)
    if states is not None:
        query = query.where(ApplicationRow.state.in_([s.value for s in states]))
    return list(session.scalars(query))


def open_application_of_phone(session: Session, phone: str) -> ApplicationRow | None:
    """The newest open application (not rejected, not registered) of `phone`, or None."""
    query = (
        select(ApplicationRow)
        .where(ApplicationRow.phone == normalise_phone(phone))
        .where(ApplicationRow.state.in_([s.value for s in OPEN_STATES]))
        .order_by(ApplicationRow.id.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def find_matches(
    session: Session,
    *,
    phone: str = "",
    street: str = "",
    house_number: str = "",
    exclude_id: int | None = None,
) -> Matches:
    """Applications and active households with the same phone, or at the same address (same
    street and house number after normalising spelling and case); the call centre's search."""
    digits = normalise_phone(phone) if phone.strip() else ""
    street_key = normalise_street(street) if street.strip() else ""
    number_key = normalise_house_number(house_number) if house_number.strip() else ""
    if not digits and not street_key:
        return Matches()

    def same(row_phone: str, row_street: str, row_number: str) -> bool:
        if digits and normalise_phone(row_phone) == digits:
            return True
        if not street_key or normalise_street(row_street) != street_key:
            return False
        return not number_key or normalise_house_number(row_number) == number_key

    query = select(ApplicationRow).order_by(ApplicationRow.id.desc())
    if digits and not street_key:
        query = query.where(ApplicationRow.phone == digits)
    applications = [
        a
        for a in session.scalars(query)
        if a.id != exclude_id and same(a.phone, a.street, a.house_number)
    ]
    households = [
        h
        for h in session.scalars(
            select(HouseholdRow).where(HouseholdRow.active.is_(True)).order_by(HouseholdRow.ref)
        )
        if same(h.phone, h.street, h.house_number)
    ]
    return Matches(applications, households)


def record_consent(
    session: Session, *, ref: str, consent_version: str, actor: str, expected_version: int | None
) -> ApplicationRow:
    """Record the person's KVKK consent to the text `consent_version`, now."""
    row = _for_change(session, ref, expected_version)
    _set_consent(row, consent_version, actor)
    return _changed(session, row, actor, "consent", {"consent_version": consent_version})


def set_pin(
    session: Session, *, ref: str, pin: Pin, actor: str, expected_version: int | None = None
) -> ApplicationRow:
    """Place (or correct) the application's pin."""
    row = _for_change(session, ref, expected_version)
    _set_pin(row, pin)
    return _changed(session, row, actor, "locate", {"location_source": pin.source})


def update_details(
    session: Session,
    *,
    ref: str,
    actor: str,
    expected_version: int | None,
    pin: Pin | None = None,
    **changes: Any,
) -> ApplicationRow:
    """Change the recorded details (names, address, needs, notes) of an open application."""
    editable = {
        "applicant_name",
        "applicant_relation",
        "person_name",
        "phone",
        "street",
        "house_number",
        "neighbourhood",
        "needs",
        "health_notes",
        "social_notes",
    }
    unknown = set(changes) - editable
    if unknown:
        raise ValueError(
            f"unknown application fields {sorted(unknown)}; editable: {sorted(editable)}"
        )
    row = _for_change(session, ref, expected_version)
    if ApplicationState(row.state) not in OPEN_STATES:
        raise ValueError(
            f"application {row.ref} is {row.state}; closed applications stay as they are"
        )
    if "phone" in changes:
        changes["phone"] = normalise_phone(changes["phone"])
    if "needs" in changes:
        changes["needs"] = sorted({Need(n).value for n in changes["needs"]})
    fields = sorted(k for k, v in changes.items() if getattr(row, k) != v)
    for name in fields:
        setattr(row, name, changes[name])
    if pin is not None:
        _set_pin(row, pin)
        fields.append("location")
    if not fields:
        return row
    return _changed(session, row, actor, "update", {"fields": fields})


def schedule_assessment(
    session: Session,
    application: int | str,
    *,
    at: dt.datetime | None,
    actor: str,
    expected_version: int | None = None,
) -> ApplicationRow:
    """The assessment visit of `application` (its id, or its number "B00012") is planned, at
    `at` when known: state assessment_scheduled.

    The hook of the home-visit planning: it calls this once a visit is booked for the
    application (again when the visit moves)."""
    ref = application_ref(application) if isinstance(application, int) else application
    row = _for_change(session, ref, expected_version)
    previous = _move(row, ApplicationState.ASSESSMENT_SCHEDULED)
    row.assessment_at = at
    return _changed(session, row, actor, "schedule_assessment", {"from": previous})


def record_assessment(
    session: Session, *, ref: str, notes: str, actor: str, expected_version: int | None = None
) -> ApplicationRow:
    """A social worker assessed the person (at home or at the desk): state assessed."""
    row = _for_change(session, ref, expected_version)
    previous = _move(row, ApplicationState.ASSESSED)
    row.assessment_notes = notes
    row.assessed_at = utcnow()
    row.assessed_by = actor
    return _changed(session, row, actor, "assess", {"from": previous})


def reject(
    session: Session, *, ref: str, reason: str, actor: str, expected_version: int | None = None
) -> ApplicationRow:
    """Reject the application, with the reason told to the applicant."""
    if not reason.strip():
        raise ValueError("a rejection needs a reason (it is told to the applicant)")
    row = _for_change(session, ref, expected_version)
    previous = _move(row, ApplicationState.REJECTED)
    row.rejection_reason = reason
    row.decided_at, row.decided_by = utcnow(), actor
    return _changed(session, row, actor, "reject", {"from": previous})


def mark_approved(
    session: Session,
    *,
    row: ApplicationRow,
    services: Iterable[Need],
    start_date: dt.date,
    meal_plan: str | None,
    service_days: Iterable[int],
    actor: str,
) -> ApplicationRow:
    """Approve `row` (already read for change, consent checked by the caller): the services
    granted from `start_date`. `scheduler.intake.approve_application` then registers it."""
    previous = _move(row, ApplicationState.APPROVED)
    row.approved_services = sorted({Need(s).value for s in services})
    row.start_date = start_date
    row.meal_plan = meal_plan
    row.service_days = sorted(set(service_days))
    row.decided_at, row.decided_by = utcnow(), actor
    return _changed(
        session,
        row,
        actor,
        "approve",
        {"from": previous, "services": row.approved_services, "start_date": str(start_date)},
    )


def mark_registered(
    session: Session, *, row: ApplicationRow, household_ref: str, actor: str
) -> ApplicationRow:
    """`row` became the household `household_ref`: state registered."""
    previous = _move(row, ApplicationState.REGISTERED)
    row.household_ref = household_ref
    return _changed(session, row, actor, "register", {"from": previous, "household": household_ref})


def row_for_change(session: Session, *, ref: str, expected_version: int | None) -> ApplicationRow:
    """The row of `ref`, checked to be at `expected_version` (when given)."""
    return _for_change(session, ref, expected_version)


def _for_change(session: Session, ref: str, expected_version: int | None) -> ApplicationRow:
    row = get_application_row(session, ref=ref)
    if expected_version is not None and row.version != expected_version:
        raise ConcurrentUpdateError(ENTITY, row.ref)
    return row


def _move(row: ApplicationRow, wanted: ApplicationState) -> str:
    previous = row.state
    check_transition(row.ref, ApplicationState(previous), wanted)
    row.state = wanted.value
    return previous


def _set_consent(row: ApplicationRow, version: str, actor: str) -> None:
    row.consent_version = check_consent_version(version)
    row.consent_at = utcnow()
    row.consent_by = actor


def _set_pin(row: ApplicationRow, pin: Pin) -> None:
    row.location = Point(pin.lon, pin.lat)
    row.location_source = pin.source
    row.geocode_confidence = pin.confidence
    row.needs_review = pin.needs_review


def _changed(
    session: Session, row: ApplicationRow, actor: str, action: str, detail: dict[str, Any]
) -> ApplicationRow:
    """Write now (a lost compare-and-set names the application), then audit the change."""
    ref = row.ref  # read before the flush: a failed flush expires the row
    try:
        session.flush()
    except StaleDataError as exc:
        log.info("concurrent change of application %s refused", ref)
        raise ConcurrentUpdateError(ENTITY, ref) from exc
    record_change(
        session,
        actor=actor,
        action=action,
        entity=ENTITY,
        entity_ref=ref,
        detail={"state": row.state, **detail},
    )
    return row
