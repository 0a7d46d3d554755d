"""Food parcels: import families, plan a month or a day (a job), read the month calendar and a
day's routes, publish a day, a driver's own parcel route and the outcomes at the door.

Dispatchers and admins plan, publish and see names; planners read pseudonymised days; a driver
sees only the routes published to him, and records outcomes on them only. A not-at-home
outcome moves the family to another day of its cycle and says which.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import APIRouter, File, Path, Query, Response, UploadFile
from sqlalchemy.orm import Session

from api.core.problems import PROBLEM_RESPONSES, ProblemError
from api.deps import (
    CurrentUser,
    DispatcherUser,
    SessionDep,
    StaffUser,
    StateDep,
    sees_personal_data,
)
from api.routes.plans import submit_job
from api.schemas.common import Day, Lang
from api.schemas.households import ImportReport
from api.schemas.parcels import (
    BreakdownRequest,
    CalendarDay,
    NeighbourhoodCount,
    ParcelCalendar,
    ParcelDayPublic,
    ParcelOutcomePublic,
    ParcelOutcomeRequest,
    ParcelPlanRequest,
    ParcelRoutePublic,
    ParcelStopPublic,
    PublishRequest,
)
from api.schemas.plans import JobPublic
from api.state import AppState
from api.uploads import safe_upload_name, save_upload
from domain.clock import format_hhmm
from domain.lang import format_date, format_duration, format_km, label, parcel_reason
from domain.parcels import ParcelStock
from scheduler.parcels.calendar import parse_month
from scheduler.parcels.stored import calendar_counts, reschedule_stored
from sheets.geojson import routes_geojson
from sheets.parcel_outputs import parcel_names
from sheets.view import SHIFTS, KitchenView, RouteView, StopView
from store.exports.pseudonym import pseudonym, pseudonym_key
from store.imports.parcel_families import import_parcel_families
from store.models import DriverRow, ParcelPlanRow, ParcelRouteRow, PlanStatus, Role, UserRow
from store.repositories import fleet
from store.repositories import parcels as repo

router = APIRouter(prefix="/parcels", tags=["parcels"], responses=PROBLEM_RESPONSES)

PlanId = Annotated[int, Path(ge=1, le=2**31 - 1)]
StopId = Annotated[int, Path(ge=1, le=2**31 - 1)]
MonthPath = Annotated[str, Path(pattern=r"^20[0-9]{2}-(0[1-9]|1[0-2])$", description="YYYY-MM")]


def _setup(state: AppState) -> Any:
    if state.parcels is None:
        raise ProblemError(503, "parcel planning is not set up in this server", slug="unavailable")
    return state.parcels


@router.post(
    "/import",
    response_model=ImportReport,
    responses={413: PROBLEM_RESPONSES[422] | {"description": "File too large"}},
)
def import_families(
    file: Annotated[UploadFile, File(description="parcel families as .csv or .xlsx")],
    session: SessionDep,
    state: StateDep,
    user: DispatcherUser,
    dry_run: Annotated[bool, Query(description="check and count without writing")] = False,
) -> ImportReport:
    """Import parcel families: every row or none (422 lists every bad row and column)."""
    name = safe_upload_name(file.filename)
    with tempfile.TemporaryDirectory(prefix="sofra-import-") as tmp:
        path = FilePath(tmp) / name
        save_upload(file, path, state.settings.max_upload_bytes)
        result = import_parcel_families(
            session, path, actor=user.username, settings=state.store_settings, dry_run=dry_run
        )
    return ImportReport(
        file=name,
        dry_run=dry_run,
        total=result.total,
        created=result.created,
        updated=result.updated,
        unchanged=result.unchanged,
        geocoded=0,
        flagged=[],
        ignored_columns=[],
    )


@router.post(
    "/plans",
    response_model=JobPublic,
    status_code=202,
    responses={429: PROBLEM_RESPONSES[422] | {"description": "too many jobs waiting"}},
)
def start_parcel_planning(
    body: ParcelPlanRequest,
    state: StateDep,
    user: DispatcherUser,
    response: Response,
    lang: Lang = "tr",
) -> JobPublic:
    """Plan a month (choose every family's day, route every day) or route one day again, as a
    background job; follow it at the `Location` (GET /jobs/{id}: progress, then the result)."""
    _setup(state)
    if (body.month is None) == (body.day is None):
        raise ProblemError(
            422, "give either month (YYYY-MM) or day (YYYY-MM-DD)", slug="unprocessable"
        )
    if body.month is not None:
        kind, params = "parcel_month", {"month": body.month}
    else:
        kind, params = "parcel_day", {"day": body.day.isoformat() if body.day else ""}
    job = submit_job(state, user, kind, params=params, spec=dict(params), lang=lang)
    response.headers["Location"] = f"/jobs/{job.id}"
    return job


@router.post(
    "/days/{day}/breakdown",
    response_model=JobPublic,
    status_code=202,
    responses={429: PROBLEM_RESPONSES[422] | {"description": "too many jobs waiting"}},
)
def start_breakdown_replan(
    day: dt.date,
    body: BreakdownRequest,
    state: StateDep,
    user: DispatcherUser,
    response: Response,
    lang: Lang = "tr",
) -> JobPublic:
    """A van broke down at `at`: re-plan the day as a background job. Parcels delivered (or
    with an outcome) and stops reached before the breakdown stay as they were; the van's other
    stops go to the other vans, or to a later day of their cycle; the result lists each change
    and saves the day's next version (published again by the dispatcher)."""
    _setup(state)
    hours, minutes = (int(x) for x in body.at.split(":"))
    params = {"day": day.isoformat(), "van": body.van, "at_s": hours * 3600 + minutes * 60}
    job = submit_job(state, user, "parcel_breakdown", params=params, spec=dict(params), lang=lang)
    response.headers["Location"] = f"/jobs/{job.id}"
    return job


@router.get("/months/{month}", response_model=ParcelCalendar)
def read_month(
    month: MonthPath, session: SessionDep, _: StaffUser, lang: Lang = "tr"
) -> ParcelCalendar:
    """The month calendar: families and kilograms per working day, by neighbourhood, and each
    day's newest plan version."""
    first = parse_month(month)
    calendar, rows = calendar_counts(session, first)
    stored = repo.month_row(session, month=first)
    plans = {
        p.day: p
        for p in repo.day_plans(
            session, start=first, end=(first + dt.timedelta(days=31)).replace(day=1)
        )
    }
    days = []
    for day in calendar.days:
        cells = [
            NeighbourhoodCount(neighbourhood=h, families=n, kg=kg)
            for d, h, n, kg in rows
            if d == day
        ]
        plan = plans.get(day)
        days.append(
            CalendarDay(
                day=day,
                label=format_date(day, lang),
                families=sum(c.families for c in cells),
                kg=sum(c.kg for c in cells),
                neighbourhoods=cells,
                plan_id=plan.id if plan else None,
                version=plan.version if plan else None,
                status=plan.status if plan else None,
            )
        )
    unassigned = sum(1 for a in stored.assignments if a.day is None) if stored else 0
    return ParcelCalendar(
        month=month,
        planned=stored is not None,
        days=days,
        closed=[f"{h.day.isoformat()} {h.name}" for h in calendar.closed],
        unassigned=unassigned,
    )


def _day_public(
    session: Session,
    state: AppState,
    plan: ParcelPlanRow,
    routes: list[ParcelRouteRow],
    *,
    personal: bool,
    lang: str,
) -> ParcelDayPublic:
    families = repo.family_refs(session, [s.family_id for r in routes for s in r.stops])
    outcomes = repo.latest_outcomes(session, [s.id for r in routes for s in r.stops])
    key = None if personal else pseudonym_key(session)
    public_routes = []
    views = []
    for route in routes:
        stops = []
        stop_views = []
        for s in route.stops:
            row = families[s.family_id]
            family = repo.to_family(row)
            ref = s.delivery_id if key is None else pseudonym(key, s.delivery_id)
            outcome = outcomes.get(s.id)
            stops.append(
                ParcelStopPublic(
                    stop_id=s.id,
                    seq=s.seq,
                    trip=s.trip + 1,
                    family=ref,
                    name=family.name if personal else None,
                    address=family.address if personal else None,
                    phone=family.phone if personal else None,
                    neighbourhood=family.neighbourhood,
                    arrival=format_hhmm(s.arrival_s),
                    kg=s.kg,
                    litres=s.litres,
                    parcels=parcel_names(family, lang),
                    load_order=s.load_order,
                    two_person=s.two_person,
                    lat=family.lat if personal else round(family.lat, 3),
                    lon=family.lon if personal else round(family.lon, 3),
                    outcome=outcome.status if outcome else None,
                    new_day=outcome.new_day if outcome else None,
                )
            )
            stop_views.append(
                StopView(
                    seq=s.seq,
                    trip_no=s.trip + 1,
                    ref=ref,
                    arrival_s=s.arrival_s,
                    name="",
                    address="",
                    phone="",
                    lat=stops[-1].lat,
                    lon=stops[-1].lon,
                    meals=len(family.parcels),
                )
            )
        public_routes.append(
            ParcelRoutePublic(
                route_no=route.seq,
                vehicle_id=route.vehicle_id,
                van=route.van_code,
                crew=route.crew,
                driver=route.driver_code,
                departure=format_hhmm(route.departure_s),
                back=format_hhmm(route.return_s),
                driving=format_duration(route.driving_s, lang),
                km=format_km(route.distance_m, lang),
                kg=route.kg,
                litres=route.litres,
                stops=stops,
            )
        )
        views.append(_route_view(state, plan, route, stop_views))
    warehouse = _setup(state).warehouse
    collection = routes_geojson(views, KitchenView(warehouse.name, warehouse.lat, warehouse.lon))
    for feature in collection["features"]:  # the half of the day, not a meal shift
        if feature["properties"].get("kind") == "route":
            feature["properties"]["shift"] = feature["properties"]["route_id"].rsplit("-", 1)[-1]
        elif feature["properties"].get("kind") == "kitchen":
            feature["properties"]["kind"] = "warehouse"
    unserved = [
        {"family": i if key is None else pseudonym(key, i), "reason": parcel_reason(r, lang)}
        for i, r in sorted(plan.summary.get("unserved", {}).items())
    ]
    return ParcelDayPublic(
        plan_id=plan.id,
        day=plan.day,
        label=format_date(plan.day, lang),
        version=plan.version,
        status=plan.status,
        families=sum(len(r.stops) for r in public_routes),
        kg=sum(r.kg for r in public_routes),
        routes=public_routes,
        unserved=unserved,
        geojson=collection,
    )


def _route_view(
    state: AppState, plan: ParcelPlanRow, route: ParcelRouteRow, stops: list[StopView]
) -> RouteView:
    """The route for `sheets.geojson`: the roads driven when stored, else straight legs
    warehouse → stops → warehouse per trip."""
    w = _setup(state).warehouse
    trips: dict[int, list[tuple[float, float]]] = {}
    for s in stops:
        trips.setdefault(s.trip_no, [(w.lat, w.lon)]).append((s.lat, s.lon))
    path = [[*points, (w.lat, w.lon)] for _, points in sorted(trips.items())]
    if route.geometry is not None:  # the roads driven, when the plan kept them
        path = [[(lat, lon) for lon, lat in route.geometry.coords]]
    half = SHIFTS[0] if route.vehicle_id.endswith("-am") else SHIFTS[-1]
    return RouteView(
        route_id=route.vehicle_id,
        driver_name="",
        van_id=route.van_code,
        shift=half,
        date=plan.day,
        departure_s=route.departure_s,
        return_s=route.return_s,
        stops=stops,
        path=path or [[(w.lat, w.lon), (w.lat, w.lon)]],
        driving_s=route.driving_s,
        distance_m=float(route.distance_m),
        route_no=route.seq,
    )


@router.get("/days/{day}", response_model=ParcelDayPublic)
def read_day(
    day: Annotated[dt.date, Path(description="YYYY-MM-DD")],
    session: SessionDep,
    state: StateDep,
    user: StaffUser,
    lang: Lang = "tr",
) -> ParcelDayPublic:
    """A parcel day's newest plan: routes, stops in order with kg, litres, loading order and
    two-person marks, the unserved with reasons, and GeoJSON (pseudonymised for planners)."""
    plan = repo.latest_day_plan(session, day=day)
    if plan is None:
        raise ProblemError(
            404, f"{day}: no parcel plan yet; plan the month first", slug="not-found"
        )
    personal = sees_personal_data(user)
    return _day_public(session, state, plan, list(plan.routes), personal=personal, lang=lang)


@router.post("/plans/{plan_id}/publish", response_model=ParcelDayPublic)
def publish_day(
    plan_id: PlanId,
    session: SessionDep,
    state: StateDep,
    user: DispatcherUser,
    body: PublishRequest | None = None,
    lang: Lang = "tr",
) -> ParcelDayPublic:
    """Publish a day's newest version to the drivers; `drivers` maps van codes to driver codes
    (default: the active drivers in code order over the vans used)."""
    plan = repo.get_day_plan(session, plan_id=plan_id)
    vans = sorted({r.van_code for r in plan.routes})
    drivers = body.drivers if body and body.drivers else None
    if drivers is None:
        codes = [d.code for d in fleet.list_all(session, DriverRow)]
        drivers = dict(zip(vans, codes, strict=False))
    known = {d.code for d in fleet.list_all(session, DriverRow)}
    unknown = sorted(set(drivers.values()) - known)
    if unknown:
        raise ProblemError(422, f"no active driver {', '.join(unknown)}", slug="unprocessable")
    plan = repo.publish_day_plan(session, plan_id=plan_id, drivers=drivers, actor=user.username)
    return _day_public(session, state, plan, list(plan.routes), personal=True, lang=lang)


def _driver_code(user: UserRow) -> str:
    if user.role != Role.DRIVER.value or not user.driver_code:
        raise ProblemError(403, "only a driver's login has a route of its own", slug="forbidden")
    return user.driver_code


@router.get("/me/route", response_model=ParcelDayPublic)
def read_my_parcel_route(
    user: CurrentUser,
    session: SessionDep,
    state: StateDep,
    day: Day | None = None,
    lang: Lang = "tr",
) -> ParcelDayPublic:
    """The logged-in driver's parcel routes of the published plan of `day` (default today),
    stops in order with kg, loading order and two-person marks."""
    code = _driver_code(user)
    day = day or state.settings.today()
    plan = repo.published_day_plan(session, day=day)
    routes = repo.routes_of_driver(session, plan_id=plan.id, driver_code=code) if plan else []
    if plan is None or not routes:
        raise ProblemError(
            404, label("parcel_no_route", lang, day=format_date(day, lang)), slug="not-found"
        )
    return _day_public(session, state, plan, routes, personal=True, lang=lang)


@router.post("/stops/{stop_id}/outcome", response_model=ParcelOutcomePublic, status_code=201)
def record_parcel_outcome(
    stop_id: StopId,
    body: ParcelOutcomeRequest,
    user: CurrentUser,
    session: SessionDep,
    state: StateDep,
    lang: Lang = "tr",
) -> ParcelOutcomePublic:
    """Record delivered or not at home at a stop of the driver's own published route; not at
    home moves the family to another available day of its cycle (or lists it: no day left)."""
    code = _driver_code(user)
    stop = repo.get_stop(session, stop_id=stop_id)
    route = stop.route
    plan = route.plan
    if route.driver_code != code or plan.status != PlanStatus.PUBLISHED.value:
        raise ProblemError(
            403, "a driver records outcomes on his own published route only", slug="forbidden"
        )
    new_day = None
    message = label("parcel_delivered", lang)
    before = repo.latest_outcomes(session, [stop_id]).get(stop_id)
    if before is not None and before.status == body.status == "not_at_home":
        # a second tap: the family was moved already, say where (no second move)
        moved_to = before.new_day
        message = (
            label("parcel_moved_to", lang, day=format_date(moved_to, lang))
            if moved_to is not None
            else label("parcel_no_day_left", lang)
        )
        return ParcelOutcomePublic(
            stop_id=stop_id, status=body.status, new_day=moved_to, message=message
        )
    if body.status == "not_at_home":
        stock = _setup(state).params.stock if state.parcels else ParcelStock()
        moved = reschedule_stored(
            session, delivery_id=stop.delivery_id, failed=plan.day, stock=stock
        )
        new_day = moved.new_day
        message = (
            label("parcel_moved_to", lang, day=format_date(new_day, lang))
            if new_day is not None
            else label("parcel_no_day_left", lang)
        )
    repo.record_outcome(
        session,
        stop_id=stop_id,
        status=body.status,
        actor=user.username,
        note=body.note,
        new_day=new_day,
    )
    return ParcelOutcomePublic(
        stop_id=stop_id, status=body.status, new_day=new_day, message=message
    )
