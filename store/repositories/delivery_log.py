"""The delivery log read from the store: meals and fleet from plans, stops and outcomes.

Meals: one record per household, day and shift of the office's plans (what-if copies never
count). The newest version of a shift says who was planned; the outcome that counts is the last
one recorded at the household's door in that shift, on whichever version. A household planned
in an earlier version and taken off the newest without an outcome is `cancelled`; one planned
in the newest without an outcome is `unrecorded`. Neither is a delivered meal. Fleet: per day
and shift, the newest version's vans used, driving seconds and metres.

Parcels: one record per family and day with a recorded outcome at a parcel stop (the last one
recorded, on whichever version of the day). Applications: one per application received in the
period, its decision "approved" (approved or registered), "rejected" or "pending". Home visits:
one per visit with a recorded outcome on its planned day (or its earliest day).

Refs are the store's pseudonyms (`store.exports.pseudonym`), never household codes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.applications import ApplicationState
from domain.clock import zone
from domain.reports import (
    ApplicationRecord,
    DeliveryLog,
    FleetDayRecord,
    MealOutcome,
    MealRecord,
    ParcelOutcome,
    ParcelRecord,
    VisitRecord,
    need_category,
)
from domain.visits import VisitStatus
from store.exports.pseudonym import pseudonym, pseudonym_key
from store.models import (
    ApplicationRow,
    HouseholdRow,
    OutcomeRow,
    ParcelFamilyRow,
    ParcelOutcomeRow,
    ParcelPlanRow,
    ParcelRouteRow,
    ParcelStopRow,
    PlanRow,
    RouteRow,
    StopRow,
    VisitRow,
)
from store.repositories.households import to_domain

ShiftKey = tuple[dt.date, str]


def _newest_plans(session: Session, start: dt.date, end: dt.date) -> dict[ShiftKey, int]:
    """(day, shift) → id of the newest office version."""
    newest = (
        select(PlanRow.day, PlanRow.shift, func.max(PlanRow.version).label("v"))
        .where(PlanRow.what_if.is_(False), PlanRow.day >= start, PlanRow.day <= end)
        .group_by(PlanRow.day, PlanRow.shift)
        .subquery()
    )
    rows = session.execute(
        select(PlanRow.day, PlanRow.shift, PlanRow.id).join(
            newest,
            (PlanRow.day == newest.c.day)
            & (PlanRow.shift == newest.c.shift)
            & (PlanRow.version == newest.c.v)
            & PlanRow.what_if.is_(False),
        )
    ).all()
    return {(day, shift): plan_id for day, shift, plan_id in rows}


def read_meals(session: Session, *, start: dt.date, end: dt.date) -> list[MealRecord]:
    """Meal records of `start`..`end` (see the module doc for what counts)."""
    newest = _newest_plans(session, start, end)
    stops = session.execute(
        select(PlanRow.id, PlanRow.day, PlanRow.shift, StopRow.household_id, StopRow.id)
        .join(RouteRow, RouteRow.plan_id == PlanRow.id)
        .join(StopRow, StopRow.route_id == RouteRow.id)
        .where(PlanRow.what_if.is_(False), PlanRow.day >= start, PlanRow.day <= end)
    ).all()
    planned: dict[ShiftKey, set[int]] = defaultdict(set)
    in_newest: dict[ShiftKey, set[int]] = defaultdict(set)
    stop_door: dict[int, tuple[ShiftKey, int]] = {}
    for plan_id, day, shift, household_id, stop_id in stops:
        key = (day, shift)
        planned[key].add(household_id)
        if newest.get(key) == plan_id:
            in_newest[key].add(household_id)
        stop_door[stop_id] = (key, household_id)
    latest: dict[tuple[ShiftKey, int], str] = {}
    outcomes = session.execute(
        select(OutcomeRow.stop_id, OutcomeRow.status)
        .join(StopRow, OutcomeRow.stop_id == StopRow.id)
        .join(RouteRow, StopRow.route_id == RouteRow.id)
        .join(PlanRow, RouteRow.plan_id == PlanRow.id)
        .where(PlanRow.what_if.is_(False), PlanRow.day >= start, PlanRow.day <= end)
        .order_by(OutcomeRow.id)
    ).all()
    for stop_id, status in outcomes:
        latest[stop_door[stop_id]] = status
    people = _households(session, {h for hs in planned.values() for h in hs})
    out = []
    for key in sorted(planned):
        for household_id in sorted(planned[key]):
            recorded = latest.get((key, household_id))
            if recorded is not None:
                outcome = MealOutcome(recorded)
            elif household_id in in_newest[key]:
                outcome = MealOutcome.UNRECORDED
            else:
                outcome = MealOutcome.CANCELLED
            ref, mahalle, need, portions = people[household_id]
            out.append(MealRecord(key[0], key[1], ref, mahalle, need, outcome, portions))
    return out


def _households(session: Session, ids: set[int]) -> dict[int, tuple]:
    """household id → (pseudonym, mahalle, category of need, portions)."""
    if not ids:
        return {}
    key = pseudonym_key(session)
    rows = session.scalars(select(HouseholdRow).where(HouseholdRow.id.in_(ids)))
    out = {}
    for row in rows:
        household = to_domain(row)
        out[row.id] = (
            pseudonym(key, row.ref),
            row.neighbourhood,
            need_category(household),
            household.portions,
        )
    return out


def read_fleet(session: Session, *, start: dt.date, end: dt.date) -> list[FleetDayRecord]:
    """Per day and shift, the newest version's vans with stops, driving and distance."""
    newest = _newest_plans(session, start, end)
    if not newest:
        return []
    used = select(StopRow.route_id).where(StopRow.route_id == RouteRow.id).exists()
    rows = session.execute(
        select(
            RouteRow.plan_id,
            func.count(RouteRow.id),
            func.coalesce(func.sum(RouteRow.driving_s), 0),
            func.coalesce(func.sum(RouteRow.distance_m), 0),
        )
        .where(RouteRow.plan_id.in_(newest.values()), used)
        .group_by(RouteRow.plan_id)
    ).all()
    by_plan = {plan_id: (vans, driving, distance) for plan_id, vans, driving, distance in rows}
    out = []
    for (day, shift), plan_id in sorted(newest.items()):
        vans, driving, distance = by_plan.get(plan_id, (0, 0, 0))
        out.append(FleetDayRecord(day, shift, int(vans), int(driving), int(distance)))
    return out


def read_parcels(session: Session, *, start: dt.date, end: dt.date) -> list[ParcelRecord]:
    """Parcel delivery attempts of `start`..`end` with their last recorded outcome (a planned
    stop with no outcome is no attempt, so no parcel)."""
    rows = session.execute(
        select(
            ParcelPlanRow.day,
            ParcelStopRow.family_id,
            ParcelStopRow.kg,
            ParcelOutcomeRow.status,
        )
        .join(ParcelRouteRow, ParcelRouteRow.plan_id == ParcelPlanRow.id)
        .join(ParcelStopRow, ParcelStopRow.route_id == ParcelRouteRow.id)
        .join(ParcelOutcomeRow, ParcelOutcomeRow.stop_id == ParcelStopRow.id)
        .where(ParcelPlanRow.day >= start, ParcelPlanRow.day <= end)
        .order_by(ParcelOutcomeRow.id)
    ).all()
    last: dict[tuple[dt.date, int], tuple[int, str]] = {}
    for day, family_id, kg, status in rows:
        last[(day, family_id)] = (kg, status)
    ids = {family_id for _, family_id in last}
    families = (
        {
            f.id: f
            for f in session.scalars(select(ParcelFamilyRow).where(ParcelFamilyRow.id.in_(ids)))
        }
        if ids
        else {}
    )
    key = pseudonym_key(session) if ids else b""
    out = []
    for (day, family_id), (kg, status) in sorted(last.items()):
        family = families[family_id]
        gluten_free = family.coeliac or family.product == "gluten_free"
        outcome = ParcelOutcome(status) if status in set(ParcelOutcome) else ParcelOutcome.CANCELLED
        out.append(
            ParcelRecord(
                day,
                pseudonym(key, family.ref),
                family.neighbourhood,
                family.product,
                float(kg),
                gluten_free,
                outcome,
                family.persons,
            )
        )
    return out


def read_applications(session: Session, *, start: dt.date, end: dt.date) -> list[ApplicationRecord]:
    """Applications received in `start`..`end` (Istanbul days), by channel and decision."""
    lo = dt.datetime.combine(start, dt.time(), zone()).astimezone(dt.UTC)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), zone()).astimezone(dt.UTC)
    rows = session.scalars(
        select(ApplicationRow)
        .where(ApplicationRow.created_at >= lo, ApplicationRow.created_at < hi)
        .order_by(ApplicationRow.id)
    ).all()
    key = pseudonym_key(session) if rows else b""
    out = []
    for row in rows:
        created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=dt.UTC)
        out.append(
            ApplicationRecord(
                created.astimezone(zone()).date(),
                row.channel,
                _DECISIONS.get(row.state, "pending"),
                pseudonym(key, row.ref),
            )
        )
    return out


_DECISIONS = {
    ApplicationState.APPROVED.value: "approved",
    ApplicationState.REGISTERED.value: "approved",
    ApplicationState.REJECTED.value: "rejected",
}


def read_visits(session: Session, *, start: dt.date, end: dt.date) -> list[VisitRecord]:
    """Home visits of `start`..`end` with a recorded outcome, on their planned day."""
    day = func.coalesce(VisitRow.planned_day, VisitRow.earliest)
    rows = session.execute(
        select(day, VisitRow.kind, VisitRow.person, VisitRow.neighbourhood, VisitRow.status)
        .where(
            VisitRow.status != VisitStatus.PLANNED.value,
            day >= start,
            day <= end,
        )
        .order_by(VisitRow.id)
    ).all()
    key = pseudonym_key(session) if rows else b""
    return [
        VisitRecord(when, kind, pseudonym(key, person), mahalle, status)
        for when, kind, person, mahalle, status in rows
    ]


def read_delivery_log(session: Session, *, start: dt.date, end: dt.date) -> DeliveryLog:
    """Everything the store knows of `start`..`end`, as the report's delivery log."""
    return DeliveryLog(
        meals=tuple(read_meals(session, start=start, end=end)),
        parcels=tuple(read_parcels(session, start=start, end=end)),
        visits=tuple(read_visits(session, start=start, end=end)),
        applications=tuple(read_applications(session, start=start, end=end)),
        fleet=tuple(read_fleet(session, start=start, end=end)),
    )
