"""The delivery log read from the store: meals and fleet from plans, stops and outcomes.

Meals: one record per household, day and shift of the office's plans (what-if copies never
count). The newest version of a shift says who was planned; the outcome that counts is the last
one recorded at the household's door in that shift, on whichever version. A household planned
in an earlier version and taken off the newest without an outcome is `cancelled`; one planned
in the newest without an outcome is `unrecorded`. Neither is a delivered meal. Fleet: per day
and shift, the newest version's vans used, driving seconds and metres.

Refs are the store's pseudonyms (`store.exports.pseudonym`), never household codes. Parcels,
applications and home visits have no tables on this branch yet: their readers return nothing
until the integrator fills them from `store/models/parcels.py`, `applications.py` and
`visits.py`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.reports import (
    ApplicationRecord,
    DeliveryLog,
    FleetDayRecord,
    MealOutcome,
    MealRecord,
    ParcelRecord,
    VisitRecord,
    need_category,
)
from store.exports.pseudonym import pseudonym, pseudonym_key
from store.models import HouseholdRow, OutcomeRow, PlanRow, RouteRow, StopRow
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
    """Parcel deliveries of `start`..`end`: none yet. The parcel tables (migration 0006,
    `store/models/parcels.py`) are built on another branch; the integrator fills this reader
    from them. Until then the parcel records come from the delivery-log file."""
    del session, start, end
    return []


def read_applications(session: Session, *, start: dt.date, end: dt.date) -> list[ApplicationRecord]:
    """Applications of `start`..`end`: none yet. The applications table (migration 0007,
    `store/models/applications.py`) is built on another branch; the integrator fills this
    reader from it. Until then the records come from the delivery-log file."""
    del session, start, end
    return []


def read_visits(session: Session, *, start: dt.date, end: dt.date) -> list[VisitRecord]:
    """Home visits of `start`..`end`: none yet. The home-visit tables (migration 0008,
    `store/models/visits.py`) are built on another branch; the integrator fills this reader
    from them. Until then the records come from the delivery-log file."""
    del session, start, end
    return []


def read_delivery_log(session: Session, *, start: dt.date, end: dt.date) -> DeliveryLog:
    """Everything the store knows of `start`..`end`, as the report's delivery log."""
    return DeliveryLog(
        meals=tuple(read_meals(session, start=start, end=end)),
        parcels=tuple(read_parcels(session, start=start, end=end)),
        visits=tuple(read_visits(session, start=start, end=end)),
        applications=tuple(read_applications(session, start=start, end=end)),
        fleet=tuple(read_fleet(session, start=start, end=end)),
    )
