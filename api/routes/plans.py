"""Plans: start planning (a background job), read versions, routes, GeoJSON and route sheets,
re-plan after a change, publish."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from api.core.problems import PROBLEM_RESPONSES, ProblemError
from api.deps import (
    CurrentUser,
    DispatcherUser,
    SessionDep,
    StaffUser,
    StateDep,
    sees_personal_data,
)
from api.plan_read import driver_route, load_plan, plan_public, plan_version
from api.planning import held_public, plan_result, replan_result
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
from domain.clock import hhmm_to_s, seconds_of_day
from domain.services import SHIFTS
from scheduler.stored import Progress, plan_and_save, replan_and_save
from sheets.geojson import geojson_text
from store.models import DriverRow, PlanRow, Role, RouteRow, UserRow
from store.repositories import plans as repo

router = APIRouter(prefix="/plans", tags=["plans"], responses=PROBLEM_RESPONSES)

PlanId = Annotated[int, Path(ge=1, le=2**31 - 1)]
RouteNo = Annotated[int, Path(ge=1, le=1000, description="route number in the plan (1..)")]
GEOJSON = "application/geo+json"
PDF = "application/pdf"


def _accepted(job: JobPublic, response: Response) -> JobPublic:
    response.headers["Location"] = f"/jobs/{job.id}"
    return job


@router.post("", response_model=JobPublic, status_code=202)
def start_planning(
    body: PlanRequest, state: StateDep, user: StaffUser, response: Response
) -> JobPublic:
    """Plan a date and shift in the background; poll the job (Location) for the new plan."""
    engine, road, settings = state.engine, state.road, state.scheduler_settings
    actor = user.username

    def work(progress: Progress) -> dict[str, Any]:
        saved = plan_and_save(
            engine, road, settings, day=body.day, shift=body.shift, actor=actor, progress=progress
        )
        return plan_result(saved)

    params = {"day": body.day.isoformat(), "shift": body.shift}
    job = state.jobs.submit("plan", work, created_by=actor, params=params)
    return _accepted(JobPublic.of(job), response)


@router.get("", response_model=list[PlanVersion])
def read_plans(
    session: SessionDep,
    state: StateDep,
    _: StaffUser,
    day: Day | None = None,
    shift: Shift | None = None,
) -> list[PlanVersion]:
    """Every version of the plans of a date (default today), oldest first per shift."""
    day = day or state.settings.today()
    shifts = [shift] if shift else list(SHIFTS)
    return [plan_version(p) for s in shifts for p in repo.plan_versions(session, day=day, shift=s)]


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
    session: SessionDep, plan_id: int, route_no: int, user: UserRow
) -> tuple[PlanRow, RouteRow]:
    """The route, if `user` may see it with personal details (403 otherwise)."""
    plan = load_plan(session, plan_id=plan_id)
    route = find_route(plan, route_no)
    if user.role == Role.PLANNER.value:
        raise ProblemError(
            403, "route details carry personal data; planners use GET /plans/{id}", slug="forbidden"
        )
    if user.role == Role.DRIVER.value and (
        user.driver_code is None or _driver_code(session, route) != user.driver_code
    ):
        raise ProblemError(403, "a driver may see only his own route", slug="forbidden")
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
    """One route door by door (dispatchers, and the route's own driver; others get 403)."""
    plan, route = _route_for(session, plan_id, route_no, user)
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
    plan, route = _route_for(session, plan_id, route_no, user)
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


@router.post("/{plan_id}/replan", response_model=JobPublic, status_code=202)
def start_replan(
    plan_id: PlanId,
    body: ReplanRequest,
    session: SessionDep,
    state: StateDep,
    user: DispatcherUser,
    response: Response,
) -> JobPublic:
    """Re-plan the newest version after a change (a cancellation, an added household): trips
    already loaded and stops with an outcome stay; the job's plan lists what changed."""
    plan = repo.get_plan(session, plan_id=plan_id)
    newest = repo.latest_plan(session, day=plan.day, shift=plan.shift)
    if newest is not None and newest.id != plan.id:
        raise ProblemError(
            409,
            f"plan {plan_id} is version {plan.version}; version {newest.version} (plan "
            f"{newest.id}) is newer: re-plan from that one",
            slug="stale-plan",
        )
    engine, road, settings = state.engine, state.road, state.scheduler_settings
    at_s = hhmm_to_s(body.at) if body.at else None
    today, now_s = state.settings.today(), seconds_of_day(state.settings.now())
    actor = user.username

    def work(progress: Progress) -> dict[str, Any]:
        saved = replan_and_save(
            engine,
            road,
            settings,
            plan_id=plan_id,
            at_s=at_s,
            today=today,
            now_s=now_s,
            actor=actor,
            progress=progress,
        )
        return replan_result(saved)

    params = {"plan_id": plan_id, "at": body.at}
    job = state.jobs.submit("replan", work, created_by=actor, params=params)
    return _accepted(JobPublic.of(job), response)


@router.post("/{plan_id}/publish", response_model=PlanVersion)
def publish(plan_id: PlanId, session: SessionDep, user: DispatcherUser) -> PlanVersion:
    """Mark a version as the one handed to the drivers."""
    return plan_version(repo.publish_plan(session, plan_id=plan_id, actor=user.username))
