"""Plans: start planning (a background job), read versions, routes, GeoJSON and route sheets,
re-plan after a change, publish to the drivers.

Dispatchers' plans are the office's versions of a shift: drafts until one is published, and
only the published one reaches the drivers. Planning a shift again once it has a published
version or recorded outcomes needs `confirm_replan` and is then a re-plan of its newest version.
A planner's plan is always a what-if copy: never published, never seen by a driver.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from api.core.problems import PROBLEM_RESPONSES, Problem, ProblemError
from api.deps import (
    CurrentUser,
    DispatcherUser,
    SessionDep,
    StaffUser,
    StateDep,
    sees_personal_data,
)
from api.jobs import PRIORITY_DISPATCH, PRIORITY_PLANNER
from api.plan_read import driver_route, load_plan, plan_public, plan_version, plan_versions
from api.planning import held_public
from api.route_views import (
    find_route,
    kitchen_view,
    plan_geojson,
    render_sheet_pdf,
    sheet_cache_key,
    stored_route_view,
)
from api.schemas.common import Day, Lang, Shift
from api.schemas.deliveries import DriverRoute
from api.schemas.plans import JobPublic, PlanPublic, PlanRequest, PlanVersion, ReplanRequest
from domain.lang import lifecycle_text
from domain.services import SHIFTS
from scheduler.stored import shift_state
from sheets.geojson import geojson_text
from store.errors import NotNewestError, QueueFullError, WhatIfError
from store.models import DriverRow, PlanRow, PlanStatus, Role, RouteRow, UserRow
from store.repositories import plans as repo

router = APIRouter(prefix="/plans", tags=["plans"], responses=PROBLEM_RESPONSES)

PlanId = Annotated[int, Path(ge=1, le=2**31 - 1)]
RouteNo = Annotated[int, Path(ge=1, le=1000, description="route number in the plan (1..)")]
GEOJSON = "application/geo+json"
PDF = "application/pdf"


def _accepted(job: JobPublic, response: Response) -> JobPublic:
    response.headers["Location"] = f"/jobs/{job.id}"
    return job


def _priority(user: UserRow) -> int:
    return PRIORITY_PLANNER if user.role == Role.PLANNER.value else PRIORITY_DISPATCH


def submit_job(
    state: StateDep,
    user: UserRow,
    kind: str,
    *,
    params: dict[str, Any],
    spec: dict[str, Any],
    lang: str,
) -> JobPublic:
    """Queue a job of `user` (dispatchers' before planners'); 429 when too many wait."""
    try:
        job = state.jobs.submit(
            kind,
            params=params,
            spec=spec | {"actor": user.username},
            created_by=user.username,
            priority=_priority(user),
        )
    except QueueFullError as exc:
        raise ProblemError(
            429,
            exc.text(lang),
            slug="too-many-jobs",
            title="Too many jobs waiting",
            headers={"Retry-After": "10"},
        ) from exc
    return JobPublic.of(job, lang)


@router.post(
    "",
    response_model=JobPublic,
    status_code=202,
    responses={429: {"model": Problem, "description": "too many jobs waiting"}},
)
def start_planning(
    body: PlanRequest,
    session: SessionDep,
    state: StateDep,
    user: StaffUser,
    response: Response,
    lang: Lang = "tr",
) -> JobPublic:
    """Plan a date and shift in the background; poll the job (Location) for the new plan.

    A planner's plan (or one asked with `what_if`) is a what-if copy. A shift with a published
    version or recorded outcomes is planned again only with `confirm_replan` (409 otherwise),
    and then as a re-plan of its newest version, keeping what happened."""
    what_if = body.what_if or user.role == Role.PLANNER.value
    params: dict[str, Any] = {"day": body.day.isoformat(), "shift": body.shift}
    if what_if:
        spec = params | {"what_if": True}
        job = submit_job(
            state, user, "plan", params=params | {"what_if": True}, spec=spec, lang=lang
        )
        return _accepted(job, response)
    now = shift_state(session, day=body.day, shift=body.shift)
    refused = now.plan_again_error()
    if refused is not None and now.newest is not None:
        if not body.confirm_replan:
            raise ProblemError(
                409, refused.text(lang), slug="confirm-replan", title="Confirmation needed"
            )
        params |= {"confirm_replan": True, "plan_id": now.newest.id}
        spec = {"plan_id": now.newest.id, "at": None}
        return _accepted(
            submit_job(state, user, "replan", params=params, spec=spec, lang=lang), response
        )
    base = now.newest.version if now.newest is not None else None
    spec = params | {"what_if": False, "base_version": base}
    return _accepted(submit_job(state, user, "plan", params=params, spec=spec, lang=lang), response)


@router.get("", response_model=list[PlanVersion])
def read_plans(
    session: SessionDep,
    state: StateDep,
    _: StaffUser,
    day: Day | None = None,
    shift: Shift | None = None,
) -> list[PlanVersion]:
    """Every version of the plans of a date (default today) per shift: the office's oldest
    first, then the what-if copies; `status` says which one the drivers see."""
    day = day or state.settings.today()
    shifts = [shift] if shift else list(SHIFTS)
    rows = [p for s in shifts for p in repo.plan_versions(session, day=day, shift=s)]
    return plan_versions(session, rows)


@router.get("/{plan_id}", response_model=PlanPublic)
def read_plan(
    plan_id: PlanId, session: SessionDep, user: StaffUser, lang: Lang = "tr"
) -> PlanPublic:
    """A plan version: summary, routes with stops and outcomes, unserved with reasons, the
    households held from the shift (on hold, cancelled) and why, changes.
    Planners get pseudonyms instead of household references and no names."""
    plan = load_plan(session, plan_id=plan_id)
    personal = sees_personal_data(user)
    public = plan_public(session, plan, personal=personal, lang=lang)
    held = held_public(session, plan, personal=personal, lang=lang)
    return public.model_copy(update={"held": held})


@router.get(
    "/{plan_id}/geojson",
    response_class=Response,
    responses={200: {"content": {GEOJSON: {}}, "description": "RFC 7946 FeatureCollection"}},
)
def read_plan_geojson(
    plan_id: PlanId, session: SessionDep, state: StateDep, user: StaffUser
) -> Response:
    """Routes (LineStrings along the roads) and stops (Points) as GeoJSON, with route colours:
    the document `sofra demo` writes as routes.geojson. Pseudonymised and coarsened for
    planners."""
    plan = load_plan(session, plan_id=plan_id)
    collection = plan_geojson(
        session,
        state.road,
        state.scheduler_settings,
        plan,
        pseudonymise=not sees_personal_data(user),
        store_settings=state.store_settings,
    )
    return Response(geojson_text(collection), media_type=GEOJSON)


def _route_for(
    session: SessionDep, plan_id: int, route_no: int, user: UserRow, lang: str = "tr"
) -> tuple[PlanRow, RouteRow]:
    """The route, if `user` may see it with personal details (403 otherwise): dispatchers any,
    a driver his own in the published version only."""
    plan = load_plan(session, plan_id=plan_id)
    route = find_route(plan, route_no)
    if user.role == Role.PLANNER.value:
        raise ProblemError(
            403, "route details carry personal data; planners use GET /plans/{id}", slug="forbidden"
        )
    if user.role == Role.DRIVER.value:
        if user.driver_code is None or _driver_code(session, route) != user.driver_code:
            raise ProblemError(403, "a driver may see only his own route", slug="forbidden")
        if plan.status != PlanStatus.PUBLISHED.value:
            raise ProblemError(403, lifecycle_text("drivers_see_published", lang), slug="forbidden")
    return plan, route


def _driver_code(session: SessionDep, route: RouteRow) -> str | None:
    driver = session.get(DriverRow, route.driver_id) if route.driver_id is not None else None
    return driver.code if driver is not None else None


@router.get("/{plan_id}/routes/{route_no}", response_model=DriverRoute)
def read_route(
    plan_id: PlanId,
    route_no: RouteNo,
    session: SessionDep,
    state: StateDep,
    user: CurrentUser,
    lang: Lang = "tr",
) -> DriverRoute:
    """One route door by door (dispatchers, and the route's own driver in the published
    version; others get 403)."""
    plan, route = _route_for(session, plan_id, route_no, user, lang)
    return driver_route(session, state.road, state.scheduler_settings, plan, route, lang)


@router.get(
    "/{plan_id}/routes/{route_no}/sheet.pdf",
    response_class=Response,
    responses={200: {"content": {PDF: {}}, "description": "A4 route sheet"}},
)
def read_route_sheet(
    plan_id: PlanId,
    route_no: RouteNo,
    session: SessionDep,
    state: StateDep,
    user: CurrentUser,
    lang: Lang = "tr",
) -> Response:
    """The printable route sheet of one route (PDF, Turkish by default)."""
    plan, route = _route_for(session, plan_id, route_no, user, lang)
    if not route.stops:
        raise ProblemError(
            404, f"route {route_no} of plan {plan_id} has no stops to print", slug="not-found"
        )
    key = sheet_cache_key(session, plan, route, lang)
    pdf = state.sheets.get(key)
    if pdf is None:
        view = stored_route_view(session, state.road, state.scheduler_settings, plan, route)
        pdf = render_sheet_pdf(view, kitchen_view(session), lang)
        state.sheets.put(key, pdf)
    name = f"sofra-{plan.day.isoformat()}-{plan.shift}-v{plan.version}-route{route.seq}.pdf"
    return Response(
        pdf, media_type=PDF, headers={"Content-Disposition": f'inline; filename="{name}"'}
    )


@router.post(
    "/{plan_id}/replan",
    response_model=JobPublic,
    status_code=202,
    responses={429: {"model": Problem, "description": "too many jobs waiting"}},
)
def start_replan(
    plan_id: PlanId,
    body: ReplanRequest,
    session: SessionDep,
    state: StateDep,
    user: DispatcherUser,
    response: Response,
    lang: Lang = "tr",
) -> JobPublic:
    """Re-plan the newest version after a change (a cancellation, a van out of service): every
    door with an outcome and every loaded trip stays; the job's plan lists what changed. The new
    version is saved only if this one is still the newest then (else the job fails with 409)."""
    plan = repo.get_plan(session, plan_id=plan_id)
    if plan.what_if:
        raise ProblemError(
            409, lifecycle_text("what_if_not_replanned", lang, label=plan.label), slug="what-if"
        )
    newest = repo.latest_plan(session, day=plan.day, shift=plan.shift)
    if newest is not None and newest.id != plan.id:
        stale = repo.stale_version(newest, plan.version)
        raise ProblemError(409, stale.text(lang), slug="stale-plan", title="Plan is out of date")
    params = {"plan_id": plan_id, "at": body.at}
    return _accepted(
        submit_job(state, user, "replan", params=params, spec=dict(params), lang=lang), response
    )


@router.post("/{plan_id}/publish", response_model=PlanVersion)
def publish(
    plan_id: PlanId, session: SessionDep, user: DispatcherUser, lang: Lang = "tr"
) -> PlanVersion:
    """Hand the newest version of a shift to its drivers: from now on they see this one (each
    driver whose route changed is shown what changed). What-if copies and older versions are
    never published (409)."""
    try:
        row = repo.publish_plan(session, plan_id=plan_id, actor=user.username)
    except (NotNewestError, WhatIfError) as exc:
        raise ProblemError(409, exc.text(lang), slug="not-publishable") from exc
    return plan_version(session, row)
