"""Parcel families, a month's day choice, parcel day plans (compare-and-set versions, published to
drivers) and the outcomes drivers record.

The domain types are `domain.parcels.Family` and the routing `Problem`/`Solution`; rows carry
what those do not (versions, who and when, the driver a route is published to, the loading
order). The caller commits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from shapely import LineString, Point
from sqlalchemy import delete, false, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from domain.parcels import LARGE, LARGE_FROM_PERSONS, STANDARD, Appointment, Cycle, Family, HalfDay
from routing.jsonio import problem_from_dict, problem_to_dict, solution_from_dict, solution_to_dict
from routing.model import Problem, Solution
from store.errors import (
    ConcurrentUpdateError,
    NotFoundError,
    NotNewestError,
    PlanSaveError,
    StaleVersionError,
)
from store.models import (
    ParcelAssignmentRow,
    ParcelFamilyRow,
    ParcelMonthRow,
    ParcelOutcomeRow,
    ParcelPlanRow,
    ParcelRouteRow,
    ParcelStopRow,
    PlanStatus,
)
from store.repositories.audit import record_change
from store.types import utcnow

TWO_PERSON_FLOOR = 2
"""A family marked two-person without a floor given is planned as living on this floor with no
lift (the domain's rule for a crew of two)."""


# --- families ---------------------------------------------------------------------------------


def product_of(persons: int) -> str:
    """The food parcel a household of `persons` gets (standard or large)."""
    return (LARGE if persons >= LARGE_FROM_PERSONS else STANDARD).code


def to_family(row: ParcelFamilyRow) -> Family:
    """The domain family of a row; a family marked `two_person` is planned with stairs and no
    lift, so its stop needs a crew of two (`Family.needs_two_people`)."""
    floor, lift = row.floor, row.lift
    if row.two_person and not (floor >= TWO_PERSON_FLOOR and not lift):
        floor, lift = max(floor, TWO_PERSON_FLOOR), False
    appointment = (
        Appointment(row.appointment_start, row.appointment_end)
        if row.appointment_start and row.appointment_end
        else None
    )
    return Family(
        ref=row.ref,
        name=row.name,
        phone=row.phone,
        street=row.street,
        house_number=row.house_number,
        lat=row.location.y,
        lon=row.location.x,
        persons=row.persons,
        neighbourhood=row.neighbourhood,
        building=row.building,
        floor=floor,
        lift=lift,
        coeliac=row.coeliac,
        cycle=Cycle(row.cycle),
        weekdays=frozenset(row.weekdays),
        half_day=HalfDay(row.half_day),
        appointment=appointment,
        last_day=row.last_day,
        notes=row.notes,
    )


def family_values(family: Family, *, two_person: bool | None = None) -> dict[str, Any]:
    """The column values of a domain family (`two_person` defaults to its floor and lift)."""
    return {
        "name": family.name,
        "phone": family.phone,
        "street": family.street,
        "house_number": family.house_number,
        "neighbourhood": family.neighbourhood,
        "building": family.building,
        "floor": family.floor,
        "lift": family.lift,
        "location": Point(family.lon, family.lat),
        "persons": family.persons,
        "product": product_of(family.persons),
        "cycle": family.cycle.value,
        "two_person": family.needs_two_people if two_person is None else two_person,
        "coeliac": family.coeliac,
        "weekdays": sorted(family.weekdays),
        "half_day": family.half_day.value,
        "appointment_start": family.appointment.start if family.appointment else None,
        "appointment_end": family.appointment.end if family.appointment else None,
        "last_day": family.last_day,
        "notes": family.notes,
    }


def upsert_family(
    session: Session, family: Family, *, two_person: bool | None = None, actor: str
) -> str:
    """Create or update a family by reference: "created", "updated" or "unchanged"."""
    values = family_values(family, two_person=two_person)
    row = session.scalar(select(ParcelFamilyRow).where(ParcelFamilyRow.ref == family.ref))
    if row is None:
        session.add(ParcelFamilyRow(ref=family.ref, active=True, **values))
        record_change(
            session, actor=actor, action="create", entity="parcel_family", entity_ref=family.ref
        )
        return "created"
    changed = [k for k, v in values.items() if not _same(getattr(row, k), v)]
    if not changed and row.active:
        return "unchanged"
    for key in changed:
        setattr(row, key, values[key])
    row.active = True
    record_change(
        session,
        actor=actor,
        action="update",
        entity="parcel_family",
        entity_ref=family.ref,
        detail={"fields": changed},
    )
    return "updated"


def _same(stored: Any, new: Any) -> bool:
    if isinstance(new, Point):
        return bool(stored is not None and stored.equals_exact(new, 1e-9))
    return bool(stored == new)


def list_families(session: Session, *, active_only: bool = True) -> list[ParcelFamilyRow]:
    """Families by reference."""
    query = select(ParcelFamilyRow).order_by(ParcelFamilyRow.ref)
    if active_only:
        query = query.where(ParcelFamilyRow.active.is_(True))
    return list(session.scalars(query))


def count_families(session: Session) -> int:
    """Active families."""
    query = select(func.count(ParcelFamilyRow.id)).where(ParcelFamilyRow.active.is_(True))
    return session.scalar(query) or 0


def families_by_ref(session: Session, refs: Sequence[str]) -> dict[str, ParcelFamilyRow]:
    """The rows of these references (missing ones left out)."""
    rows = session.scalars(select(ParcelFamilyRow).where(ParcelFamilyRow.ref.in_(set(refs))))
    return {r.ref: r for r in rows}


# --- months -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayChoice:
    """One delivery's day in a month (None with the reason it has none)."""

    delivery_id: str
    family_ref: str
    day: dt.date | None
    reason: str = ""


def family_ref_of(delivery_id: str) -> str:
    """The family of a delivery id ("F0001/2" → "F0001")."""
    return delivery_id.split("/", 1)[0]


def save_month(
    session: Session,
    *,
    month: dt.date,
    day_limit: int,
    choices: Sequence[DayChoice],
    actor: str,
    summary: Mapping[str, Any] | None = None,
) -> ParcelMonthRow:
    """Store a month's day choice, replacing the one planned before (the day plans stay)."""
    month = month.replace(day=1)
    families = families_by_ref(session, [c.family_ref for c in choices])
    missing = sorted({c.family_ref for c in choices} - set(families))
    if missing:
        raise PlanSaveError(f"no parcel family {', '.join(missing[:5])} in the store")
    old = session.scalar(select(ParcelMonthRow).where(ParcelMonthRow.month == month))
    if old is not None:
        session.execute(delete(ParcelAssignmentRow).where(ParcelAssignmentRow.month_id == old.id))
        session.delete(old)
        session.flush()
    row = ParcelMonthRow(
        month=month, day_limit=day_limit, created_by=actor, summary=dict(summary or {})
    )
    row.assignments = [
        ParcelAssignmentRow(
            delivery_id=c.delivery_id,
            family_id=families[c.family_ref].id,
            day=c.day,
            reason=c.reason,
        )
        for c in choices
    ]
    session.add(row)
    session.flush()
    record_change(
        session,
        actor=actor,
        action="plan",
        entity="parcel_month",
        entity_ref=month.strftime("%Y-%m"),
        detail={"deliveries": len(choices)},
    )
    return row


def month_row(session: Session, *, month: dt.date) -> ParcelMonthRow | None:
    """The stored month of `month`'s first day, or None."""
    return session.scalar(
        select(ParcelMonthRow).where(ParcelMonthRow.month == month.replace(day=1))
    )


def month_choices(session: Session, row: ParcelMonthRow) -> list[tuple[ParcelAssignmentRow, str]]:
    """The month's assignments with their family references."""
    refs = dict(session.execute(select(ParcelFamilyRow.id, ParcelFamilyRow.ref)).tuples().all())
    return [(a, refs[a.family_id]) for a in row.assignments]


def move_delivery(
    session: Session,
    *,
    month: dt.date,
    delivery_id: str,
    day: dt.date | None,
    failed: dt.date,
    reason: str = "",
) -> None:
    """Record a not-at-home delivery's new day (None with `reason`: no day left)."""
    row = month_row(session, month=month)
    if row is None:
        raise NotFoundError("parcel month", month.strftime("%Y-%m"))
    session.execute(
        update(ParcelAssignmentRow)
        .where(
            ParcelAssignmentRow.month_id == row.id, ParcelAssignmentRow.delivery_id == delivery_id
        )
        .values(day=day, reason=reason, rescheduled_from=failed)
    )


# --- day plans --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VanCrew:
    """A parcel van's code and crew size, for its routes' rows."""

    code: str
    crew: int


def lock_day(session: Session, *, day: dt.date) -> None:
    """Hold the versions of a parcel day until the transaction ends (as `plans.lock_shift`)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(select(ParcelPlanRow.id).where(ParcelPlanRow.day == day).with_for_update())
    elif dialect == "sqlite":
        session.execute(update(ParcelPlanRow).where(false()).values(status=ParcelPlanRow.status))


def latest_day_plan(session: Session, *, day: dt.date) -> ParcelPlanRow | None:
    """The newest version of a parcel day, or None."""
    return session.scalars(
        select(ParcelPlanRow)
        .where(ParcelPlanRow.day == day)
        .order_by(ParcelPlanRow.version.desc())
        .limit(1)
    ).first()


def published_day_plan(session: Session, *, day: dt.date) -> ParcelPlanRow | None:
    """The version of a parcel day published to the drivers, or None."""
    return session.scalars(
        select(ParcelPlanRow).where(
            ParcelPlanRow.day == day, ParcelPlanRow.status == PlanStatus.PUBLISHED.value
        )
    ).first()


def day_plans(session: Session, *, start: dt.date, end: dt.date) -> list[ParcelPlanRow]:
    """The newest version of every parcel day from `start` to `end` (inclusive)."""
    rows = session.scalars(
        select(ParcelPlanRow)
        .where(ParcelPlanRow.day >= start, ParcelPlanRow.day <= end)
        .order_by(ParcelPlanRow.day, ParcelPlanRow.version)
    )
    newest: dict[dt.date, ParcelPlanRow] = {}
    for row in rows:
        newest[row.day] = row
    return [newest[d] for d in sorted(newest)]


def get_day_plan(session: Session, *, plan_id: int) -> ParcelPlanRow:
    """A parcel plan version by id (`NotFoundError`)."""
    row = session.get(ParcelPlanRow, plan_id)
    if row is None:
        raise NotFoundError("parcel plan", str(plan_id))
    return row


def _stale(newest: ParcelPlanRow, base_version: int | None) -> StaleVersionError:
    published = newest.published_at is not None and newest.published_by is not None
    return StaleVersionError(
        base_version=base_version,
        version=newest.version,
        plan_id=newest.id,
        published=published,
        at=newest.published_at if published and newest.published_at else newest.created_at,
        by=newest.published_by if published and newest.published_by else newest.created_by,
    )


def load_orders(solution: Solution) -> dict[str, int]:
    """Loading order of every stop: per trip, the last delivered goes in first (1)."""
    order: dict[str, int] = {}
    for route in solution.routes:
        for trip in route.trips:
            for k, visit in enumerate(reversed(trip.visits), start=1):
                order[visit.stop_id] = k
    return order


def save_day_plan(
    session: Session,
    *,
    day: dt.date,
    problem: Problem,
    solution: Solution,
    vans: Mapping[str, VanCrew],
    created_by: str,
    base_version: int | None,
    lines: Mapping[str, LineString] | None = None,
    summary: Mapping[str, Any] | None = None,
) -> ParcelPlanRow:
    """Store a parcel day's plan as the successor of `base_version` (None: the day had none),
    compare-and-set: `StaleVersionError` when another version came first. `vans` maps routing
    vehicle ids ("P1-am") to their van."""
    lock_day(session, day=day)
    newest = latest_day_plan(session, day=day)
    newest_version = newest.version if newest is not None else None
    if newest is not None and newest_version != base_version:
        raise _stale(newest, base_version)
    if newest is None and base_version is not None:
        raise ConcurrentUpdateError("parcel plan", f"{day} v{base_version}")
    stops = {s.id: s for s in problem.stops}
    visits = [v.stop_id for r in solution.routes for t in r.trips for v in t.visits]
    families = families_by_ref(session, [family_ref_of(s) for s in visits])
    unknown = sorted({family_ref_of(s) for s in visits} - set(families))
    if unknown:
        raise PlanSaveError(f"no parcel family {', '.join(unknown[:5])} in the store")
    order = load_orders(solution)
    plan = ParcelPlanRow(
        day=day,
        version=(newest_version or 0) + 1,
        base_version=base_version,
        status=PlanStatus.DRAFT.value,
        created_by=created_by,
        problem=problem_to_dict(problem),
        solution=solution_to_dict(solution),
        summary=dict(summary or {}),
    )
    for seq, route in enumerate(solution.routes, start=1):
        van = vans.get(route.vehicle_id)
        if van is None:
            raise PlanSaveError(f"vehicle {route.vehicle_id} is no parcel van")
        route_visits = [(k, v) for k, t in enumerate(route.trips) for v in t.visits]
        row = ParcelRouteRow(
            seq=seq,
            vehicle_id=route.vehicle_id,
            van_code=van.code,
            crew=van.crew,
            geometry=(lines or {}).get(route.vehicle_id),
            departure_s=route.trips[0].departure_s if route.trips else 0,
            return_s=route.trips[-1].return_s if route.trips else 0,
            driving_s=route.driving_s,
            distance_m=route.distance_m,
            kg=sum(stops[v.stop_id].demand[0] for _, v in route_visits),
            litres=sum(stops[v.stop_id].demand[1] for _, v in route_visits),
        )
        row.stops = [
            ParcelStopRow(
                seq=k,
                trip=trip,
                family_id=families[family_ref_of(v.stop_id)].id,
                delivery_id=v.stop_id,
                load_order=order[v.stop_id],
                arrival_s=v.arrival_s,
                start_s=v.start_s,
                departure_s=v.departure_s,
                kg=stops[v.stop_id].demand[0],
                litres=stops[v.stop_id].demand[1],
                two_person=bool(stops[v.stop_id].required_skills),
            )
            for k, (trip, v) in enumerate(route_visits, start=1)
        ]
        plan.routes.append(row)
    session.add(plan)
    try:
        session.flush()
    except IntegrityError as exc:  # another session saved this version first
        raise ConcurrentUpdateError("parcel plan", f"{day} v{plan.version}") from exc
    record_change(
        session,
        actor=created_by,
        action="create",
        entity="parcel_plan",
        entity_ref=f"{day.isoformat()}/v{plan.version}",
        detail={"routes": len(solution.routes), "stops": len(visits)},
    )
    return plan


def plan_problem(row: ParcelPlanRow) -> Problem:
    """The routing problem of a stored parcel plan."""
    return problem_from_dict(row.problem)


def plan_solution(row: ParcelPlanRow) -> Solution:
    """The routing solution of a stored parcel plan."""
    return solution_from_dict(row.solution)


def publish_day_plan(
    session: Session, *, plan_id: int, drivers: Mapping[str, str], actor: str
) -> ParcelPlanRow:
    """Publish the newest version of a parcel day to the drivers (`NotNewestError` for an older
    one); `drivers` maps van codes to driver codes, given to each of the van's routes."""
    plan = get_day_plan(session, plan_id=plan_id)
    lock_day(session, day=plan.day)
    session.refresh(plan)
    newest = latest_day_plan(session, day=plan.day)
    if newest is not None and newest.id != plan.id:
        raise NotNewestError(
            version=plan.version,
            newest=newest.version,
            plan_id=newest.id,
            at=newest.created_at,
            by=newest.created_by,
        )
    for route in plan.routes:
        route.driver_code = drivers.get(route.van_code)
    if plan.status != PlanStatus.PUBLISHED.value:
        before = published_day_plan(session, day=plan.day)
        if before is not None:
            before.status = PlanStatus.SUPERSEDED.value
        plan.status = PlanStatus.PUBLISHED.value
        plan.published_at = utcnow()
        plan.published_by = actor
    session.flush()
    record_change(
        session,
        actor=actor,
        action="publish",
        entity="parcel_plan",
        entity_ref=str(plan.id),
        detail={"version": plan.version, "drivers": dict(drivers)},
    )
    return plan


def routes_of_driver(session: Session, *, plan_id: int, driver_code: str) -> list[ParcelRouteRow]:
    """The routes (morning, afternoon) published to `driver_code` in a plan version."""
    return list(
        session.scalars(
            select(ParcelRouteRow)
            .where(ParcelRouteRow.plan_id == plan_id, ParcelRouteRow.driver_code == driver_code)
            .order_by(ParcelRouteRow.seq)
        )
    )


def family_refs(session: Session, ids: Sequence[int]) -> dict[int, ParcelFamilyRow]:
    """Family rows by id."""
    rows = session.scalars(select(ParcelFamilyRow).where(ParcelFamilyRow.id.in_(set(ids))))
    return {r.id: r for r in rows}


# --- outcomes ---------------------------------------------------------------------------------


def get_stop(session: Session, *, stop_id: int) -> ParcelStopRow:
    """A parcel stop by id (`NotFoundError`)."""
    row = session.get(ParcelStopRow, stop_id)
    if row is None:
        raise NotFoundError("parcel stop", str(stop_id))
    return row


def record_outcome(
    session: Session,
    *,
    stop_id: int,
    status: str,
    actor: str,
    note: str = "",
    new_day: dt.date | None = None,
) -> ParcelOutcomeRow:
    """Append what happened at a parcel stop."""
    row = ParcelOutcomeRow(
        stop_id=stop_id, status=status, note=note, new_day=new_day, recorded_by=actor
    )
    session.add(row)
    session.flush()
    record_change(
        session,
        actor=actor,
        action="outcome",
        entity="parcel_stop",
        entity_ref=str(stop_id),
        detail={"status": status, "new_day": new_day.isoformat() if new_day else None},
    )
    return row


def latest_outcomes(session: Session, stop_ids: Sequence[int]) -> dict[int, ParcelOutcomeRow]:
    """The newest outcome of each of these stops."""
    rows = session.scalars(
        select(ParcelOutcomeRow)
        .where(ParcelOutcomeRow.stop_id.in_(set(stop_ids)))
        .order_by(ParcelOutcomeRow.id)
    )
    return {r.stop_id: r for r in rows}
