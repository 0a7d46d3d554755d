"""Applications: the 153 form (search first, then record), the list, one application, consent,
the pin, and the casework (assessment, approval into a household, rejection).

The call centre records and finds applications and never reads health notes; social workers and
the office read them and decide. Every change answers with the new version in `ETag`; send it
back as `If-Match` so a change made meanwhile (another agent, another server process) answers 409
instead of being lost.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path as FilePath
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Request, Response

from api.core.problems import PROBLEM_RESPONSES, ProblemError
from api.deps import (
    CaseworkUser,
    IntakeUser,
    SessionDep,
    StateDep,
    if_match_version,
    request_lang,
    sees_health_notes,
)
from api.schemas.applications import (
    ApplicationCasePublic,
    ApplicationCreate,
    ApplicationPublic,
    ApplicationSummary,
    ApproveBody,
    AssessmentBody,
    ConsentBody,
    ConsentText,
    HouseholdMatch,
    PinBody,
    RejectBody,
    ScheduleBody,
    SearchResult,
)
from api.schemas.households import HouseholdPublic
from domain.applications import (
    CONSENT_TEXT_VERSION,
    ApplicationState,
    ConsentMissingError,
    IllegalTransitionError,
    UnknownConsentVersionError,
)
from domain.clock import today
from domain.lang import label
from scheduler.intake import (
    Approval,
    NoPinError,
    approve_application,
    book_assessment_visit,
    granted,
)
from store.imports.placement import Locator
from store.models import ApplicationRow, UserRow
from store.repositories import applications as repo
from store.repositories import households as households_repo
from store.repositories.applications import PIN_SOURCE_STAFF, NewApplication, Pin
from store.repositories.whatsapp import messages_of
from store.settings import StoreSettings

router = APIRouter(prefix="/applications", tags=["applications"], responses=PROBLEM_RESPONSES)

RefPath = Annotated[str, Path(max_length=10, pattern=r"^B[0-9]{1,9}$", description="B00012")]
IfMatch = Annotated[
    str | None,
    Header(alias="If-Match", max_length=40, description="The version you read (the ETag)"),
]
ApplicationView = ApplicationCasePublic | ApplicationPublic


@contextmanager
def _casework_problems() -> Iterator[None]:
    """The domain's refusals as problem details: 409 for a step out of order or a missing
    consent, 422 for an approval that cannot make a household."""
    try:
        yield
    except ConsentMissingError as exc:
        raise ProblemError(
            409, str(exc), slug="consent-required", title="Consent required"
        ) from exc
    except IllegalTransitionError as exc:
        raise ProblemError(
            409, str(exc), slug="illegal-transition", title="Not allowed now"
        ) from exc
    except (NoPinError, UnknownConsentVersionError) as exc:
        raise ProblemError(422, str(exc), slug="unprocessable") from exc
    except ValueError as exc:  # a visit the planner could not take (days, window)
        raise ProblemError(422, str(exc), slug="unprocessable") from exc


def _view(
    session: SessionDep, row: ApplicationRow, user: UserRow, request: Request, response: Response
) -> ApplicationView:
    response.headers["ETag"] = f'"{row.version}"'
    messages, lang = messages_of(session, row.id), request_lang(request)
    if sees_health_notes(user):
        return ApplicationCasePublic.build(row, messages, lang)
    return ApplicationPublic.build(row, messages, lang)


@functools.cache
def _locator(review_below: float, osm_path: FilePath) -> Locator:
    """One geocoder per process and extract (the street index is read once, on first use)."""
    return Locator(StoreSettings(geocode_review_below=review_below), osm_path=osm_path)


def _geocoded(state: StateDep, street: str, house_number: str) -> Pin | None:
    if not street.strip():
        return None
    locator = _locator(state.store_settings.geocode_review_below, state.paths.inegol_osm)
    placed = locator.geocode(street, house_number)
    if placed is None:
        return None
    return Pin(placed.lat, placed.lon, placed.source.value, placed.confidence, placed.needs_review)


@router.get("/consent-text", response_model=ConsentText)
def read_consent_text(request: Request, _: IntakeUser) -> ConsentText:
    """The KVKK text the agent reads out before recording a consent, and its version."""
    return ConsentText(
        version=CONSENT_TEXT_VERSION, text=label("intake_consent_text", request_lang(request))
    )


@router.get("/search", response_model=SearchResult)
def search_applications(
    session: SessionDep,
    request: Request,
    _: IntakeUser,
    phone: Annotated[str, Query(max_length=40)] = "",
    street: Annotated[str, Query(max_length=200)] = "",
    house_number: Annotated[str, Query(max_length=20)] = "",
) -> SearchResult:
    """Applications and households with this phone or at this address: search before recording."""
    if not phone.strip() and not street.strip():
        raise ProblemError(422, "give a phone or a street to search for", slug="validation")
    found = repo.find_matches(session, phone=phone, street=street, house_number=house_number)
    lang = request_lang(request)
    return SearchResult(
        applications=[ApplicationSummary.of(a, lang) for a in found.applications],
        households=[HouseholdMatch.of(h) for h in found.households],
    )


@router.get("", response_model=list[ApplicationSummary])
def read_applications(
    session: SessionDep,
    request: Request,
    _: IntakeUser,
    state: Annotated[list[ApplicationState] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[ApplicationSummary]:
    """Applications, newest first (optionally only in some states)."""
    rows = repo.list_applications(session, states=state, limit=limit)
    lang = request_lang(request)
    return [ApplicationSummary.of(r, lang) for r in rows]


@router.post("", response_model=ApplicationView, status_code=201)
def add_application(
    body: ApplicationCreate,
    session: SessionDep,
    state: StateDep,
    request: Request,
    user: IntakeUser,
    response: Response,
) -> ApplicationView:
    """Record an application; the address is geocoded offline unless a pin is given, and
    applications or households with the same phone or address are flagged as possible
    duplicates."""
    if body.lat is not None and body.lon is not None:
        pin: Pin | None = Pin(body.lat, body.lon, PIN_SOURCE_STAFF)
    else:
        pin = _geocoded(state, body.street, body.house_number)
    new = NewApplication(
        channel=body.channel,
        phone=body.phone,
        applicant_name=body.applicant_name,
        applicant_relation=body.applicant_relation,
        person_name=body.person_name,
        street=body.street,
        house_number=body.house_number,
        neighbourhood=body.neighbourhood,
        needs=tuple(body.needs),
        health_notes=body.health_notes,
        social_notes=body.social_notes,
        consent_version=body.consent_version if body.consent else None,
    )
    with _casework_problems():
        row = repo.create_application(session, new=new, actor=user.username, pin=pin)
    response.headers["Location"] = f"/applications/{row.ref}"
    return _view(session, row, user, request, response)


@router.get("/{ref}", response_model=ApplicationView)
def read_application(
    ref: RefPath, session: SessionDep, request: Request, user: IntakeUser, response: Response
) -> ApplicationView:
    """One application with its WhatsApp messages; health notes for casework roles only."""
    return _view(session, repo.get_application_row(session, ref=ref), user, request, response)


@router.put("/{ref}/pin", response_model=ApplicationView)
def move_pin(
    ref: RefPath,
    body: PinBody,
    session: SessionDep,
    request: Request,
    user: IntakeUser,
    response: Response,
    if_match: IfMatch = None,
) -> ApplicationView:
    """Correct the pin (a geocode off the door, or no match at all)."""
    row = repo.set_pin(
        session,
        ref=ref,
        pin=Pin(body.lat, body.lon, PIN_SOURCE_STAFF),
        actor=user.username,
        expected_version=if_match_version(if_match, "application"),
    )
    return _view(session, row, user, request, response)


@router.post("/{ref}/consent", response_model=ApplicationView)
def give_consent(
    ref: RefPath,
    body: ConsentBody,
    session: SessionDep,
    request: Request,
    user: IntakeUser,
    response: Response,
    if_match: IfMatch = None,
) -> ApplicationView:
    """Record the person's KVKK consent (to the text version read out), now."""
    with _casework_problems():
        row = repo.record_consent(
            session,
            ref=ref,
            consent_version=body.consent_version,
            actor=user.username,
            expected_version=if_match_version(if_match, "application"),
        )
    return _view(session, row, user, request, response)


@router.post("/{ref}/schedule-assessment", response_model=ApplicationView)
def schedule_assessment(
    ref: RefPath,
    body: ScheduleBody,
    session: SessionDep,
    request: Request,
    user: CaseworkUser,
    response: Response,
    if_match: IfMatch = None,
) -> ApplicationView:
    """Book the assessment visit: the application is assessment-scheduled and an assessment
    visit waits for the home-visit week planner (`/visits`); booking again moves it."""
    earliest = body.earliest or today() + dt.timedelta(days=1)
    with _casework_problems():
        row, visit_id = book_assessment_visit(
            session,
            ref=ref,
            earliest=earliest,
            latest=body.latest,
            at=body.at,
            female_staff=body.female_staff,
            actor=user.username,
            expected_version=if_match_version(if_match, "application"),
        )
    response.headers["Sofra-Assessment-Visit"] = str(visit_id)
    return _view(session, row, user, request, response)


@router.post("/{ref}/assessment", response_model=ApplicationView)
def record_assessment(
    ref: RefPath,
    body: AssessmentBody,
    session: SessionDep,
    request: Request,
    user: CaseworkUser,
    response: Response,
    if_match: IfMatch = None,
) -> ApplicationView:
    """Record the assessment (state assessed)."""
    with _casework_problems():
        row = repo.record_assessment(
            session,
            ref=ref,
            notes=body.notes,
            actor=user.username,
            expected_version=if_match_version(if_match, "application"),
        )
    return _view(session, row, user, request, response)


@router.post("/{ref}/approve", response_model=ApplicationView)
def approve(
    ref: RefPath,
    body: ApproveBody,
    session: SessionDep,
    request: Request,
    user: CaseworkUser,
    response: Response,
    if_match: IfMatch = None,
) -> ApplicationView:
    """Approve: the services from the start date; the household is registered at once (its
    meals are due from the start date). 409 without a recorded consent."""
    approval = Approval(
        services=granted(body.services),
        start_date=body.start_date,
        meal_plan=body.meal_plan,
        service_days=frozenset(body.service_days),
    )
    with _casework_problems():
        row, _household = approve_application(
            session,
            ref=ref,
            approval=approval,
            actor=user.username,
            expected_version=if_match_version(if_match, "application"),
        )
    return _view(session, row, user, request, response)


@router.post("/{ref}/reject", response_model=ApplicationView)
def reject(
    ref: RefPath,
    body: RejectBody,
    session: SessionDep,
    request: Request,
    user: CaseworkUser,
    response: Response,
    if_match: IfMatch = None,
) -> ApplicationView:
    """Reject, with the reason told to the applicant."""
    with _casework_problems():
        row = repo.reject(
            session,
            ref=ref,
            reason=body.reason,
            actor=user.username,
            expected_version=if_match_version(if_match, "application"),
        )
    return _view(session, row, user, request, response)


@router.get("/{ref}/household", response_model=HouseholdPublic)
def read_registered_household(
    ref: RefPath, session: SessionDep, _: CaseworkUser, response: Response
) -> HouseholdPublic:
    """The household this application became (social workers see the households they assess)."""
    row = repo.get_application_row(session, ref=ref)
    if row.household_ref is None:
        raise ProblemError(
            404, f"application {row.ref} is {row.state}; no household yet", slug="not-found"
        )
    household = households_repo.get_household_row(session, ref=row.household_ref)
    response.headers["ETag"] = f'"{household.version}"'
    return HouseholdPublic.of(household)
