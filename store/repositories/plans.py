"""Plans: store a routing `Solution` as a new version (never overwriting one), and read them back.

A plan version holds the solution document, a summary, what changed since the previous
version, and one route row per van with its stops in order. Stop times are seconds since
midnight of the plan's day, as in the routing engine.

The solution document is the versioned routing JSON (`routing.jsonio`, format
"sofra-solution"): written with `solution_to_dict` and read back, schema-checked, with
`solution_from_dict`. `routing.jsonio` is the only codec of a solution; this module adds one
tolerance, for plans stored before the document carried its format (see `solution_from_document`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from shapely import LineString
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from routing.errors import SolutionFormatError
from routing.jsonio import FORMAT_VERSION, SOLUTION_FORMAT, solution_from_dict, solution_to_dict
from routing.model import Solution
from store.errors import ConcurrentUpdateError, NotFoundError, PlanSaveError, StoredPlanError
from store.models import DriverRow, HouseholdRow, PlanRow, PlanStatus, RouteRow, StopRow, VanRow
from store.repositories.audit import record_change

Crew = tuple[str | None, str | None]
"""(van code, driver code) of a routing vehicle; either may be None."""


def stored_document(document: Mapping[str, Any]) -> dict[str, Any]:
    """A stored solution document in the current routing format.

    Plans saved before the store kept the versioned document hold the same fields without the
    `format` and `format_version` header (the dataclass fields of `routing.model`, as
    `dataclasses.asdict` wrote them); they are read as format version 1. Anything else is
    passed on unchanged, for `routing.jsonio` to check.
    """
    if "format" in document or "format_version" in document:
        return dict(document)
    return {"format": SOLUTION_FORMAT, "format_version": FORMAT_VERSION, **document}


def solution_from_document(document: Mapping[str, Any]) -> Solution:
    """The routing solution of a stored plan document, read through `routing.jsonio` (schema
    checked); a document of the old header-less form is read as version 1."""
    try:
        return solution_from_dict(stored_document(document))
    except SolutionFormatError as exc:
        raise StoredPlanError(f"a stored plan document does not read as a solution: {exc}") from exc


def plan_solution(plan: PlanRow) -> Solution:
    """The routing solution of a stored plan version."""
    try:
        return solution_from_document(plan.solution)
    except StoredPlanError as exc:
        raise StoredPlanError(
            f"plan {plan.id} ({plan.day} {plan.shift} v{plan.version}): {exc}"
        ) from exc


def save_plan(
    session: Session,
    *,
    day: dt.date,
    shift: str,
    solution: Solution,
    created_by: str,
    household_refs: Mapping[str, str] | None = None,
    crews: Mapping[str, Crew] | None = None,
    lines: Mapping[str, LineString] | None = None,
    summary: Mapping[str, Any] | None = None,
    changes: Mapping[str, Any] | None = None,
    status: PlanStatus = PlanStatus.DRAFT,
    settings: Mapping[str, Any] | None = None,
) -> PlanRow:
    """Store `solution` as the next version of the plan of `day` and `shift`.

    `household_refs` maps routing stop ids to household references (default: the stop id is the
    reference). `crews` maps vehicle ids to (van code, driver code); without it a vehicle id
    "VAN/DRIVER" is split and matched when both codes exist. `lines` are the roads driven per
    vehicle. `settings` are the planning settings the plan was made with (the scheduler's
    section of the settings tree, as JSON). The solution is stored as its versioned routing
    document (`routing.jsonio`). Everything is checked before anything is written; the caller
    commits.
    """
    refs = household_refs or {}
    stop_ids = [v.stop_id for r in solution.routes for t in r.trips for v in t.visits]
    households = _households_by_ref(session, [refs.get(s, s) for s in stop_ids])
    crew_ids = {r.vehicle_id: _crew_ids(session, r.vehicle_id, crews) for r in solution.routes}
    plan = PlanRow(
        day=day,
        shift=shift,
        version=_next_version(session, day, shift),
        status=PlanStatus(status).value,
        created_by=created_by,
        solution=solution_to_dict(solution),
        summary=dict(summary or {}),
        changes=dict(changes or {}),
        settings=dict(settings) if settings is not None else None,
    )
    for index, route in enumerate(solution.routes, start=1):
        van_id, driver_id = crew_ids[route.vehicle_id]
        route_row = RouteRow(
            seq=index,
            vehicle_id=route.vehicle_id,
            van_id=van_id,
            driver_id=driver_id,
            geometry=(lines or {}).get(route.vehicle_id),
            departure_s=route.trips[0].departure_s if route.trips else 0,
            return_s=route.trips[-1].return_s if route.trips else 0,
            driving_s=route.driving_s,
            distance_m=route.distance_m,
            working_s=route.working_s,
        )
        visits = [(trip_index, v) for trip_index, t in enumerate(route.trips) for v in t.visits]
        route_row.stops = [
            StopRow(
                seq=seq,
                trip=trip_index,
                household_id=households[refs.get(v.stop_id, v.stop_id)].id,
                stop_key=v.stop_id,
                arrival_s=v.arrival_s,
                start_s=v.start_s,
                departure_s=v.departure_s,
                waiting_s=v.waiting_s,
                ride_s=v.ride_s,
            )
            for seq, (trip_index, v) in enumerate(visits, start=1)
        ]
        plan.routes.append(route_row)
    session.add(plan)
    try:
        session.flush()
    except IntegrityError as exc:  # another session saved this version first; roll back, retry
        raise ConcurrentUpdateError("plan", f"{day} {shift} v{plan.version}") from exc
    record_change(
        session,
        actor=created_by,
        action="create",
        entity="plan",
        entity_ref=f"{day.isoformat()}/{shift}/v{plan.version}",
        detail={"routes": len(solution.routes), "stops": len(stop_ids)},
    )
    return plan


def _households_by_ref(session: Session, refs: list[str]) -> dict[str, HouseholdRow]:
    found = {
        row.ref: row
        for row in session.scalars(select(HouseholdRow).where(HouseholdRow.ref.in_(set(refs))))
    }
    missing = sorted(set(refs) - set(found))
    if missing:
        raise PlanSaveError(
            f"the solution visits {len(missing)} household(s) not in the store: "
            f"{', '.join(missing[:10])}; import them or pass household_refs for the stop ids"
        )
    return found


def _crew_ids(
    session: Session, vehicle_id: str, crews: Mapping[str, Crew] | None
) -> tuple[int | None, int | None]:
    """Database ids of the van and driver of a routing vehicle."""
    if crews is not None:
        van_code, driver_code = crews.get(vehicle_id, (None, None))
        strict = True
    else:
        van_code, _, driver_code = vehicle_id.partition("/")
        strict = False
    van = _id_of(session, VanRow, van_code, strict, vehicle_id)
    driver = _id_of(session, DriverRow, driver_code or None, strict, vehicle_id)
    return van, driver


def _id_of(
    session: Session,
    model: type[VanRow] | type[DriverRow],
    code: str | None,
    strict: bool,
    vehicle_id: str,
) -> int | None:
    if not code:
        return None
    found = session.scalars(select(model.id).where(model.code == code)).one_or_none()
    if found is None and strict:
        kind = "van" if model is VanRow else "driver"
        raise PlanSaveError(f"vehicle {vehicle_id}: no {kind} with code {code!r} in the store")
    return found


def _next_version(session: Session, day: dt.date, shift: str) -> int:
    current = session.scalar(
        select(func.max(PlanRow.version)).where(PlanRow.day == day, PlanRow.shift == shift)
    )
    return (current or 0) + 1


def get_plan(session: Session, *, plan_id: int) -> PlanRow:
    """The plan version with this id; `NotFoundError` when there is none."""
    plan = session.get(PlanRow, plan_id)
    if plan is None:
        raise NotFoundError("plan", str(plan_id))
    return plan


def latest_plan(session: Session, *, day: dt.date, shift: str) -> PlanRow | None:
    """The newest version of the plan of `day` and `shift`, or None when never planned."""
    return session.scalars(
        select(PlanRow)
        .where(PlanRow.day == day, PlanRow.shift == shift)
        .order_by(PlanRow.version.desc())
        .limit(1)
    ).first()


def plan_versions(session: Session, *, day: dt.date, shift: str) -> list[PlanRow]:
    """Every version of the plan of `day` and `shift`, oldest first."""
    return list(
        session.scalars(
            select(PlanRow)
            .where(PlanRow.day == day, PlanRow.shift == shift)
            .order_by(PlanRow.version)
        )
    )


def publish_plan(session: Session, *, plan_id: int, actor: str) -> PlanRow:
    """Mark a plan version as the one handed to the drivers."""
    plan = get_plan(session, plan_id=plan_id)
    if plan.status != PlanStatus.PUBLISHED.value:
        plan.status = PlanStatus.PUBLISHED.value
        record_change(
            session, actor=actor, action="publish", entity="plan", entity_ref=str(plan_id)
        )
    return plan


def driver_route(
    session: Session, *, day: dt.date, shift: str, driver_code: str
) -> RouteRow | None:
    """The driver's route in the newest plan of `day` and `shift`, or None."""
    plan = latest_plan(session, day=day, shift=shift)
    if plan is None:
        return None
    return session.scalars(
        select(RouteRow)
        .join(DriverRow, RouteRow.driver_id == DriverRow.id)
        .where(RouteRow.plan_id == plan.id, DriverRow.code == driver_code)
    ).first()


def plan_stops(session: Session, *, plan_id: int) -> list[tuple[RouteRow, StopRow, str]]:
    """Every stop of a plan with its route and household reference, in route and visit order."""
    rows = session.execute(
        select(RouteRow, StopRow, HouseholdRow.ref)
        .join(StopRow, StopRow.route_id == RouteRow.id)
        .join(HouseholdRow, StopRow.household_id == HouseholdRow.id)
        .where(RouteRow.plan_id == plan_id)
        .order_by(RouteRow.seq, StopRow.seq)
    ).all()
    return [(route, stop, ref) for route, stop, ref in rows]
