"""Plans: store a routing `Solution` as a new version (never overwriting one), and read them back.

A plan version holds the solution document, a summary, what changed since the previous
version, and one route row per van with its stops in order. Stop times are seconds since
midnight of the plan's day, as in the routing engine.

The office's versions of a shift are saved by compare-and-set: `save_plan` with `base_version`
saves version `base_version + 1` only while `base_version` is still the newest (checked inside
the saving transaction, after `lock_shift`: SELECT … FOR UPDATE on PostgreSQL, the database's
write lock on SQLite; the unique constraint on day, shift, what_if and version holds it even
so), else `StaleVersionError` names the newer version. Drivers see only the published version
(`publish_plan`, `published_plan`, `driver_route`); planners' what-if copies are numbered apart
and are never published.

The solution document is the versioned routing JSON (`routing.jsonio`, format
"sofra-solution"): written with `solution_to_dict` and read back, schema-checked, with
`solution_from_dict`. `routing.jsonio` is the only codec of a solution; this module adds one
tolerance, for plans stored before the document carried its format (see `solution_from_document`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import Enum
from typing import Any

from shapely import LineString
from sqlalchemy import false, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from routing.errors import SolutionFormatError
from routing.jsonio import FORMAT_VERSION, SOLUTION_FORMAT, solution_from_dict, solution_to_dict
from routing.model import Solution
from store.errors import (
    ConcurrentUpdateError,
    NotFoundError,
    NotNewestError,
    PlanSaveError,
    StaleVersionError,
    StoredPlanError,
    WhatIfError,
)
from store.models import DriverRow, HouseholdRow, PlanRow, PlanStatus, RouteRow, StopRow, VanRow
from store.repositories.audit import record_change
from store.types import utcnow

Crew = tuple[str | None, str | None]
"""(van code, driver code) of a routing vehicle; either may be None."""


class Newest(Enum):
    """`save_plan(base_version=NEWEST)`: save after whatever version is newest, unchecked."""

    NEWEST = "newest"


NEWEST = Newest.NEWEST


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
    base_version: int | Newest | None = NEWEST,
    what_if: bool = False,
    settings: Mapping[str, Any] | None = None,
) -> PlanRow:
    """Store `solution` as the next version of the plan of `day` and `shift`, a draft.

    `household_refs` maps routing stop ids to household references (default: the stop id is the
    reference). `crews` maps vehicle ids to (van code, driver code); without it a vehicle id
    "VAN/DRIVER" is split and matched when both codes exist. `lines` are the roads driven per
    vehicle. `settings` are the planning settings the plan was made with (the scheduler's
    section of the settings tree, as JSON). The solution is stored as its versioned routing
    document (`routing.jsonio`). Everything is checked before anything is written; the caller
    commits.

    `base_version` is the office version the plan was made from (None: the shift had none):
    the plan is saved as its successor only if it is still the newest, else
    `StaleVersionError`. `NEWEST` saves after whatever is newest (no check). A `what_if` copy is
    numbered after the newest what-if copy of the shift and never checked.
    """
    if not what_if:
        lock_shift(session, day=day, shift=shift)
    newest = latest_plan(session, day=day, shift=shift, what_if=what_if)
    newest_version = newest.version if newest is not None else None
    checked = not what_if and not isinstance(base_version, Newest)
    if checked and newest is not None and newest_version != base_version:
        raise stale_version(newest, base_version if isinstance(base_version, int) else None)
    if checked and newest is None and base_version is not None:
        raise ConcurrentUpdateError("plan", f"{day} {shift} v{base_version}")
    version = (newest_version or 0) + 1
    refs = household_refs or {}
    stop_ids = [v.stop_id for r in solution.routes for t in r.trips for v in t.visits]
    households = _households_by_ref(session, [refs.get(s, s) for s in stop_ids])
    crew_ids = {r.vehicle_id: _crew_ids(session, r.vehicle_id, crews) for r in solution.routes}
    plan = PlanRow(
        day=day,
        shift=shift,
        what_if=what_if,
        version=version,
        base_version=None if isinstance(base_version, Newest) else base_version,
        status=PlanStatus.DRAFT.value,
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
    except IntegrityError as exc:  # another session saved this version first
        winner = _newest_committed(session, day, shift) if checked else None
        if winner is not None:
            raise stale_version(winner, newest_version) from exc
        raise ConcurrentUpdateError("plan", f"{day} {shift} {plan.label}") from exc
    record_change(
        session,
        actor=created_by,
        action="create",
        entity="plan",
        entity_ref=f"{day.isoformat()}/{shift}/{plan.label}",
        detail={"routes": len(solution.routes), "stops": len(stop_ids)},
    )
    return plan


def lock_shift(session: Session, *, day: dt.date, shift: str) -> None:
    """Hold the office versions of `day` and `shift` until this transaction ends, so that the
    newest version read next stays the newest: SELECT … FOR UPDATE on PostgreSQL (a shift with
    no version yet is held by the unique constraint), the database's write lock on SQLite."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(select(PlanRow.id).where(*_office(day, shift)).with_for_update())
    elif dialect == "sqlite":  # a write, even of nothing, takes SQLite's one write lock
        session.execute(update(PlanRow).where(false()).values(status=PlanRow.status))


def _office(day: dt.date, shift: str, what_if: bool = False) -> tuple[Any, ...]:
    return (PlanRow.day == day, PlanRow.shift == shift, PlanRow.what_if.is_(what_if))


def stale_version(newest: PlanRow, base_version: int | None) -> StaleVersionError:
    """The error of a plan made from `base_version` when `newest` is newer: who published or
    saved it, and when."""
    published = newest.published_at is not None and newest.published_by is not None
    return StaleVersionError(
        base_version=base_version,
        version=newest.version,
        plan_id=newest.id,
        published=published,
        at=newest.published_at if published and newest.published_at else newest.created_at,
        by=newest.published_by if published and newest.published_by else newest.created_by,
    )


def _newest_committed(session: Session, day: dt.date, shift: str) -> PlanRow | None:
    """The newest office version as committed by others (this session's transaction failed)."""
    with Session(session.get_bind(), expire_on_commit=False) as fresh:
        return latest_plan(fresh, day=day, shift=shift)


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


def get_plan(session: Session, *, plan_id: int) -> PlanRow:
    """The plan version with this id; `NotFoundError` when there is none."""
    plan = session.get(PlanRow, plan_id)
    if plan is None:
        raise NotFoundError("plan", str(plan_id))
    return plan


def latest_plan(
    session: Session, *, day: dt.date, shift: str, what_if: bool = False
) -> PlanRow | None:
    """The newest office version of the plan of `day` and `shift` (with `what_if`, the newest
    what-if copy), or None when there is none; read afresh, never from the session's cache."""
    return session.scalars(
        select(PlanRow)
        .where(*_office(day, shift, what_if))
        .order_by(PlanRow.version.desc())
        .limit(1)
        .execution_options(populate_existing=True)
    ).first()


def published_plan(session: Session, *, day: dt.date, shift: str) -> PlanRow | None:
    """The version of `day` and `shift` the drivers see, or None when none is published."""
    return session.scalars(
        select(PlanRow)
        .where(*_office(day, shift), PlanRow.status == PlanStatus.PUBLISHED.value)
        .execution_options(populate_existing=True)
    ).first()


def plan_versions(
    session: Session, *, day: dt.date, shift: str, what_if: bool | None = None
) -> list[PlanRow]:
    """The versions of the plan of `day` and `shift`: the office's oldest first, then the
    what-if copies oldest first (only one kind with `what_if` true or false)."""
    query = select(PlanRow).where(PlanRow.day == day, PlanRow.shift == shift)
    if what_if is not None:
        query = query.where(PlanRow.what_if.is_(what_if))
    return list(session.scalars(query.order_by(PlanRow.what_if, PlanRow.version)))


def publish_plan(session: Session, *, plan_id: int, actor: str) -> PlanRow:
    """Hand a version to the drivers: it becomes the published one of its shift (the one
    published before is superseded and remembered as `replaces_plan_id`, so each driver is shown
    what changed). Only the newest office version can be published (`NotNewestError`); a
    what-if copy never (`WhatIfError`). Publishing the published version again changes nothing.
    """
    plan = get_plan(session, plan_id=plan_id)
    if plan.what_if:
        raise WhatIfError("what_if_never_published", plan.label)
    lock_shift(session, day=plan.day, shift=plan.shift)
    session.refresh(plan)
    newest = latest_plan(session, day=plan.day, shift=plan.shift)
    if newest is not None and newest.id != plan.id:
        raise NotNewestError(
            version=plan.version,
            newest=newest.version,
            plan_id=newest.id,
            at=newest.created_at,
            by=newest.created_by,
        )
    if plan.status == PlanStatus.PUBLISHED.value:
        return plan
    before = published_plan(session, day=plan.day, shift=plan.shift)
    if before is not None:
        before.status = PlanStatus.SUPERSEDED.value
    plan.status = PlanStatus.PUBLISHED.value
    plan.published_at = utcnow()
    plan.published_by = actor
    plan.replaces_plan_id = before.id if before is not None else None
    session.flush()
    record_change(
        session,
        actor=actor,
        action="publish",
        entity="plan",
        entity_ref=str(plan_id),
        detail={"version": plan.version, "replaces": before.version if before else None},
    )
    return plan


def driver_route(
    session: Session, *, day: dt.date, shift: str, driver_code: str
) -> RouteRow | None:
    """The driver's route in the published version of `day` and `shift`, or None (nothing
    published, or no route of his in it). Drafts and what-if copies never reach a driver."""
    plan = published_plan(session, day=day, shift=shift)
    if plan is None:
        return None
    return route_of_driver(session, plan_id=plan.id, driver_code=driver_code)


def route_of_driver(session: Session, *, plan_id: int, driver_code: str) -> RouteRow | None:
    """The route driven by `driver_code` in a plan version, or None."""
    return session.scalars(
        select(RouteRow)
        .join(DriverRow, RouteRow.driver_id == DriverRow.id)
        .where(RouteRow.plan_id == plan_id, DriverRow.code == driver_code)
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
