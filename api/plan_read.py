"""Stored plans as the API shows them: to dispatchers with names, to planners pseudonymised,
to a driver only his own route."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from api.route_views import stored_route_view
from api.schemas.deliveries import DriverChange, DriverRoute, DriverStop
from api.schemas.plans import (
    ChangePublic,
    PlanFigures,
    PlanPublic,
    PlanSummary,
    PlanVersion,
    RoutePublic,
    StopPublic,
    UnservedPublic,
)
from domain.clock import format_hhmm
from domain.lang import (
    change_text,
    diet_label,
    format_duration,
    format_km,
    format_minutes,
    format_percent,
)
from geodata.road import RoadGraph
from scheduler.settings import SchedulerSettings
from sheets.colours import route_colour
from sheets.plan_views import reason_text
from store.errors import NotFoundError
from store.exports.pseudonym import pseudonym, pseudonym_key
from store.models import DriverRow, HouseholdRow, OutcomeRow, PlanRow, RouteRow, VanRow
from store.repositories.outcomes import latest_outcomes
from store.repositories.plans import latest_plan, solution_from_document


def sheet_url(plan_id: int, route_seq: int) -> str:
    """Where the route sheet PDF of a route is served."""
    return f"/plans/{plan_id}/routes/{route_seq}/sheet.pdf"


def plan_version(session: Session, row: PlanRow) -> PlanVersion:
    """The list entry of a plan version."""
    newest = latest_plan(session, day=row.day, shift=row.shift)
    return PlanVersion.of(row, newest=newest is not None and newest.id == row.id)


def plan_versions(session: Session, rows: Iterable[PlanRow]) -> list[PlanVersion]:
    """The list entries of plan versions (the newest office version of each shift known once)."""
    newest: dict[tuple[object, str], int | None] = {}
    listed = []
    for row in rows:
        key = (row.day, row.shift)
        if key not in newest:
            found = latest_plan(session, day=row.day, shift=row.shift)
            newest[key] = found.id if found is not None else None
        listed.append(PlanVersion.of(row, newest=newest[key] == row.id))
    return listed


@dataclass(frozen=True, slots=True)
class _Person:
    """What a plan shows of a household (read without its location or health columns)."""

    name: str
    address: str
    portions: int


def address_of(street: str, house_number: str) -> str:
    """A street address as `domain.households.Household.address` writes it."""
    return f"{street} No: {house_number}"


def _people(session: Session, ids: Iterable[int], refs: Iterable[str]) -> dict[str, _Person]:
    h = HouseholdRow
    rows = session.execute(
        select(h.ref, h.name, h.street, h.house_number, h.portions).where(
            h.id.in_(set(ids)) | h.ref.in_(set(refs))
        )
    )
    return {ref: _Person(name, address_of(street, no), n) for ref, name, street, no, n in rows}


def load_plan(session: Session, *, plan_id: int) -> PlanRow:
    """A plan version with its routes and stops, without the route lines (not needed to read
    it; parsing them is the slowest part of a read)."""
    plan = session.scalars(
        select(PlanRow)
        .where(PlanRow.id == plan_id)
        .options(selectinload(PlanRow.routes).defer(RouteRow.geometry))
    ).one_or_none()
    if plan is None:
        raise NotFoundError("plan", str(plan_id))
    return plan


FleetRow = DriverRow | VanRow


def _codes(session: Session, model: type[FleetRow], ids: set[int]) -> dict[int, FleetRow]:
    rows: list[FleetRow] = list(session.scalars(select(model).where(model.id.in_(ids))))
    return {row.id: row for row in rows}


def plan_public(session: Session, row: PlanRow, *, personal: bool, lang: str) -> PlanPublic:
    """A plan version with routes, stops, outcomes, unserved households and changes.

    Without `personal` (planners), households appear as pseudonyms and names stay empty.
    """
    solution = solution_from_document(row.solution)
    outcomes = latest_outcomes(session, plan_id=row.id)
    unserved_refs = [u.stop_id for u in solution.unserved]
    stop_ids = {s.household_id for r in row.routes for s in r.stops}
    by_id = {
        hid: ref
        for hid, ref in session.execute(
            select(HouseholdRow.id, HouseholdRow.ref).where(HouseholdRow.id.in_(stop_ids))
        )
    }
    people = _people(session, stop_ids, unserved_refs)
    key = None if personal else pseudonym_key(session)

    def shown(ref: str) -> str:
        return ref if key is None else pseudonym(key, ref)

    vans = _codes(session, VanRow, {r.van_id for r in row.routes if r.van_id is not None})
    drivers = _codes(session, DriverRow, {r.driver_id for r in row.routes if r.driver_id})
    routes = [
        _route_public(row, route, by_id, people, outcomes, vans, drivers, shown, personal, lang)
        for route in row.routes
    ]
    unserved = [
        UnservedPublic(
            household=shown(u.stop_id),
            reason=u.reason.value,
            reason_text=reason_text(u, lang),
            name=people[u.stop_id].name if personal and u.stop_id in people else None,
        )
        for u in solution.unserved
    ]
    items = row.changes.get("items", []) if isinstance(row.changes, dict) else []
    changes = [
        ChangePublic(
            household=shown(c["ref"]),
            kind=c["kind"],
            detail=c["detail"],
            text=change_text(shown(c["ref"]), c["kind"], c["detail"], lang),
        )
        for c in items
    ]
    version = plan_version(session, row)
    return PlanPublic(
        **version.model_dump(),
        figures=plan_figures(version.summary, lang),
        routes=routes,
        unserved=unserved,
        changes=changes,
        from_version=row.changes.get("from_version") if row.changes else None,
        replanned_at=row.changes.get("at") if row.changes else None,
        pseudonymised=not personal,
    )


def plan_figures(summary: PlanSummary, lang: str) -> PlanFigures:
    """A plan's summary figures as people read them (`domain.lang` formats)."""
    share = summary.same_driver_share
    limit = summary.ride_limit_s
    return PlanFigures(
        driving=format_duration(summary.driving_s, lang),
        distance=format_km(summary.distance_m, lang),
        longest_ride=format_minutes(summary.max_ride_s / 60, lang),
        ride_limit=format_minutes(limit / 60, lang) if limit is not None else None,
        same_driver=format_percent(share, lang) if share is not None else None,
    )


def _route_public(
    plan: PlanRow,
    route: RouteRow,
    refs: dict[int, str],
    people: dict[str, _Person],
    outcomes: Mapping[int, OutcomeRow],
    vans: dict[int, FleetRow],
    drivers: dict[int, FleetRow],
    shown: Callable[[str], str],
    personal: bool,
    lang: str,
) -> RoutePublic:
    driver = drivers.get(route.driver_id) if route.driver_id is not None else None
    van = vans.get(route.van_id) if route.van_id is not None else None
    stops = []
    meals = 0
    for stop in route.stops:
        ref = refs[stop.household_id]
        person = people.get(ref)
        meals += person.portions if person is not None else 0
        outcome = outcomes.get(stop.id)
        stops.append(
            StopPublic(
                stop_id=stop.id,
                seq=stop.seq,
                trip=stop.trip,
                household=shown(ref),
                arrival=format_hhmm(stop.start_s),
                arrival_s=stop.start_s,
                ride_min=round(stop.ride_s / 60, 1),
                outcome=outcome.status if outcome is not None else None,
                name=person.name if personal and person is not None else None,
                address=person.address if personal and person is not None else None,
            )
        )
    return RoutePublic(
        route=route.seq,
        vehicle_id=route.vehicle_id,
        van=van.code if van is not None else None,
        driver=driver.code if driver is not None else None,
        driver_name=driver.name if personal and isinstance(driver, DriverRow) else None,
        colour=route_colour(route.seq),
        departure=format_hhmm(route.departure_s),
        return_=format_hhmm(route.return_s),
        driving_s=route.driving_s,
        distance_m=route.distance_m,
        distance=format_km(route.distance_m, lang),
        meals=meals,
        stops=stops,
        sheet_url=sheet_url(plan.id, route.seq) if personal else None,
    )


def driver_route(
    session: Session,
    road: RoadGraph,
    settings: SchedulerSettings,
    plan: PlanRow,
    route: RouteRow,
    lang: str,
) -> DriverRoute:
    """A driver's route: each door with the name, address, phone, meals and notes needed there,
    and what changed on it since the version published before."""
    view = stored_route_view(session, road, settings, plan, route, with_paths=False)
    outcomes = latest_outcomes(session, plan_id=plan.id)
    rows = {stop.seq: stop for stop in route.stops}
    stops = [
        DriverStop(
            stop_id=rows[s.seq].id,
            seq=s.seq,
            trip=s.trip_no,
            time=format_hhmm(s.arrival_s),
            name=s.name,
            address=s.address,
            phone=s.phone,
            meals=s.meals,
            diets=[diet_label(d, lang) for d in s.diets],
            notes=s.notes,
            lat=s.lat,
            lon=s.lon,
            outcome=outcomes[rows[s.seq].id].status if rows[s.seq].id in outcomes else None,
        )
        for s in view.stops
    ]
    before = session.get(PlanRow, plan.replaces_plan_id) if plan.replaces_plan_id else None
    return DriverRoute(
        plan_id=plan.id,
        version=plan.version,
        day=plan.day,
        shift=plan.shift,
        route=route.seq,
        van=view.van_id,
        driver=view.driver_name,
        departure=format_hhmm(view.departure_s),
        return_=format_hhmm(view.return_s),
        stops=stops,
        sheet_url=sheet_url(plan.id, route.seq),
        published_at=plan.published_at,
        previous_version=before.version if before is not None else None,
        changes=driver_changes(session, before, route, lang) if before is not None else [],
    )


RETIMED_S = 600
"""A door whose time moved by this much or more is a change a driver is told about."""


def driver_changes(
    session: Session, before: PlanRow, route: RouteRow, lang: str
) -> list[DriverChange]:
    """What changed on `route`'s driver's route from the version `before`: doors added (with
    their time), doors taken off, doors whose time moved by `RETIMED_S` or more."""
    driver_id = route.driver_id
    old_route = next((r for r in before.routes if driver_id and r.driver_id == driver_id), None)
    old = {s.household_id: s for s in (old_route.stops if old_route is not None else [])}
    new = {s.household_id: s for s in route.stops}
    names = dict(
        session.execute(
            select(HouseholdRow.id, HouseholdRow.name).where(HouseholdRow.id.in_(old | new))
        ).all()
    )
    refs = dict(
        session.execute(
            select(HouseholdRow.id, HouseholdRow.ref).where(HouseholdRow.id.in_(old | new))
        ).all()
    )
    found: list[tuple[int, str, str, int]] = []
    for hid, stop in new.items():
        if hid not in old:
            found.append((stop.seq, "added", format_hhmm(stop.start_s), hid))
        elif abs(old[hid].start_s - stop.start_s) >= RETIMED_S:
            detail = f"{format_hhmm(old[hid].start_s)} → {format_hhmm(stop.start_s)}"
            found.append((stop.seq, "retimed", detail, hid))
    for hid, stop in old.items():
        if hid not in new:
            found.append((1000 + stop.seq, "removed", "", hid))
    return [
        DriverChange(
            household=refs.get(hid, ""),
            name=names.get(hid, ""),
            kind=kind,
            detail=detail,
            text=change_text(names.get(hid, ""), kind, detail, lang),
        )
        for _, kind, detail, hid in sorted(found)
    ]
