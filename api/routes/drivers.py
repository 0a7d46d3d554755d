"""Drivers: the fleet's drivers (CRUD), and a driver's own route for a day and shift."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Response

from api.core.problems import PROBLEM_RESPONSES, ProblemError
from api.deps import CurrentUser, DispatcherUser, SessionDep, StaffUser, StateDep
from api.plan_read import driver_route
from api.routes.kitchens import CodePath
from api.schemas.common import Day, Lang, Shift
from api.schemas.deliveries import DriverRoute
from api.schemas.fleet import DriverCreate, DriverPlannerView, DriverPublic, DriverUpdate
from domain.clock import hhmm_to_s
from domain.lang import format_date_short, lifecycle_text, shift_name
from store.models import DriverRow, Role
from store.repositories import fleet
from store.repositories import plans as plans_repo

router = APIRouter(prefix="/drivers", tags=["drivers"], responses=PROBLEM_RESPONSES)


def _current_shift(state: StateDep) -> Shift:
    now = state.settings.now()
    cutoff = hhmm_to_s(state.settings.breakfast_until)
    return "breakfast" if now.hour * 3600 + now.minute * 60 < cutoff else "dinner"


def _route_of(
    code: str,
    day: dt.date | None,
    shift: Shift | None,
    lang: Lang,
    session: SessionDep,
    state: StateDep,
) -> DriverRoute:
    """The driver's route in the version published to the drivers (never a draft, never a
    what-if copy), with what changed since the version published before."""
    day = day or state.settings.today()
    shift = shift or _current_shift(state)
    published = plans_repo.published_plan(session, day=day, shift=shift)
    route = (
        plans_repo.route_of_driver(session, plan_id=published.id, driver_code=code)
        if published is not None
        else None
    )
    if published is None or route is None:
        words = {"day": format_date_short(day, lang), "shift": shift_name(shift, lang)}
        detail = (
            lifecycle_text("nothing_published", lang, **words)
            if published is None
            else lifecycle_text("no_route_in_version", lang, version=published.version, **words)
        )
        raise ProblemError(404, f"{code}: {detail}", slug="not-found")
    return driver_route(session, state.road, state.scheduler_settings, published, route, lang)


@router.get("/me/route", response_model=DriverRoute)
def read_my_route(
    user: CurrentUser,
    session: SessionDep,
    state: StateDep,
    day: Day | None = None,
    shift: Shift | None = None,
    lang: Lang = "tr",
) -> DriverRoute:
    """The logged-in driver's route in the published version (default: today, the current
    shift), and what changed on it when a new version was published."""
    if user.role != Role.DRIVER.value or not user.driver_code:
        raise ProblemError(403, "only a driver's login has a route of its own", slug="forbidden")
    return _route_of(user.driver_code, day, shift, lang, session, state)


@router.get("/{code}/route", response_model=DriverRoute)
def read_driver_route(
    code: CodePath,
    user: CurrentUser,
    session: SessionDep,
    state: StateDep,
    day: Day | None = None,
    shift: Shift | None = None,
    lang: Lang = "tr",
) -> DriverRoute:
    """A driver's route as the driver sees it (the published version): dispatchers see any, a
    driver only his own (403 otherwise)."""
    if user.role == Role.DRIVER.value and user.driver_code != code:
        raise ProblemError(403, "a driver may see only his own route", slug="forbidden")
    if user.role == Role.PLANNER.value:
        raise ProblemError(
            403, "planners see routes pseudonymised: use GET /plans/{id}", slug="forbidden"
        )
    return _route_of(code, day, shift, lang, session, state)


@router.get("", response_model=list[DriverPublic] | list[DriverPlannerView])
def read_drivers(
    session: SessionDep, user: StaffUser, include_inactive: bool = False
) -> list[DriverPublic] | list[DriverPlannerView]:
    """Drivers by code; planners see no names or phone numbers."""
    rows = fleet.list_all(session, DriverRow, active_only=not include_inactive)
    if user.role == Role.PLANNER.value:
        return [DriverPlannerView.of(d) for d in rows]
    return [DriverPublic.of(d) for d in rows]


@router.post("", response_model=DriverPublic, status_code=201)
def add_driver(
    body: DriverCreate, session: SessionDep, user: DispatcherUser, response: Response
) -> DriverPublic:
    """A new driver."""
    row = fleet.add_driver(
        session,
        code=body.code,
        name=body.name,
        phone=body.phone,
        shifts=body.shifts,
        skills=body.skills,
        actor=user.username,
    )
    response.headers["Location"] = f"/drivers/{row.code}"
    return DriverPublic.of(row)


@router.get("/{code}", response_model=DriverPublic)
def read_driver(code: CodePath, session: SessionDep, _: DispatcherUser) -> DriverPublic:
    """One driver."""
    return DriverPublic.of(fleet.get(session, DriverRow, code=code))


@router.patch("/{code}", response_model=DriverPublic)
def change_driver(
    code: CodePath, body: DriverUpdate, session: SessionDep, user: DispatcherUser
) -> DriverPublic:
    """Change a driver's name, phone, shifts or skills."""
    changes = body.changes()
    row = fleet.update(session, DriverRow, code=code, actor=user.username, **changes)
    return DriverPublic.of(row)


@router.post("/{code}/deactivate", response_model=DriverPublic)
def deactivate_driver(code: CodePath, session: SessionDep, user: DispatcherUser) -> DriverPublic:
    """Take a driver out of service (plans from now on leave them out)."""
    return DriverPublic.of(fleet.deactivate(session, DriverRow, code=code, actor=user.username))


@router.post("/{code}/reactivate", response_model=DriverPublic)
def reactivate_driver(code: CodePath, session: SessionDep, user: DispatcherUser) -> DriverPublic:
    """Take a driver back into service."""
    row = fleet.update(session, DriverRow, code=code, actor=user.username, active=True)
    return DriverPublic.of(row)
