"""Delivery outcomes: appended at the door (delivered, not at home, refused), never edited.

An outcome is recorded on a stop of one plan version, but it is what happened at that door in
that shift: every office version of the shift shows it at the same household (a household is
visited once per shift). So a re-plan, or a version published while drivers were recording on
the one before, loses none of them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from store.errors import NotFoundError, WhatIfError
from store.models import OutcomeRow, OutcomeStatus, PlanRow, RouteRow, StopRow
from store.repositories.audit import record_change
from store.types import utcnow


def record_outcome(
    session: Session,
    *,
    stop_id: int,
    status: OutcomeStatus,
    recorded_by: str,
    at: dt.datetime | None = None,
    note: str = "",
) -> OutcomeRow:
    """Append what happened at a stop; a correction is a new outcome, the latest one counts."""
    stop = session.get(StopRow, stop_id)
    if stop is None:
        raise NotFoundError("stop", str(stop_id))
    plan = stop.route.plan
    if plan.what_if:
        raise WhatIfError("what_if_no_outcomes", plan.label)
    row = OutcomeRow(
        stop_id=stop_id,
        status=OutcomeStatus(status).value,
        at=at or utcnow(),
        note=note,
        recorded_by=recorded_by,
    )
    session.add(row)
    session.flush()
    record_change(
        session,
        actor=recorded_by,
        action="outcome",
        entity="stop",
        entity_ref=str(stop_id),
        detail={"status": row.status},
    )
    return row


def _plan_households(session: Session, plan_id: int) -> dict[int, int]:
    """household id → stop id of a plan version."""
    rows = session.execute(
        select(StopRow.household_id, StopRow.id)
        .join(RouteRow, StopRow.route_id == RouteRow.id)
        .where(RouteRow.plan_id == plan_id)
    ).all()
    return {household: stop for household, stop in rows}


def carried_outcomes(session: Session, *, plan_id: int) -> list[tuple[OutcomeRow, int]]:
    """Every outcome recorded at the doors of a plan version during its shift, on whichever
    office version it was recorded, in the order recorded; each with the stop id the door has
    in this version."""
    plan = session.get(PlanRow, plan_id)
    if plan is None:
        raise NotFoundError("plan", str(plan_id))
    here = _plan_households(session, plan_id)
    if not here:
        return []
    rows = session.execute(
        select(OutcomeRow, StopRow.household_id)
        .join(StopRow, OutcomeRow.stop_id == StopRow.id)
        .join(RouteRow, StopRow.route_id == RouteRow.id)
        .join(PlanRow, RouteRow.plan_id == PlanRow.id)
        .where(
            PlanRow.day == plan.day,
            PlanRow.shift == plan.shift,
            PlanRow.what_if.is_(False),
            StopRow.household_id.in_(here),
        )
        .order_by(OutcomeRow.id)
    ).all()
    return [(outcome, here[household]) for outcome, household in rows]


def outcomes_for_plan(session: Session, *, plan_id: int) -> list[OutcomeRow]:
    """The outcomes recorded on the stops of this very plan version, oldest first (what the
    drivers recorded on it; `carried_outcomes` adds those recorded on the shift's other
    versions)."""
    return list(
        session.scalars(
            select(OutcomeRow)
            .join(StopRow, OutcomeRow.stop_id == StopRow.id)
            .join(RouteRow, StopRow.route_id == RouteRow.id)
            .where(RouteRow.plan_id == plan_id)
            .order_by(OutcomeRow.id)
        )
    )


def latest_outcomes(session: Session, *, plan_id: int) -> dict[int, OutcomeRow]:
    """The outcome that counts (the last recorded) per stop id of a plan version, wherever in
    its shift it was recorded."""
    latest: dict[int, OutcomeRow] = {}
    for row, stop_id in carried_outcomes(session, plan_id=plan_id):
        latest[stop_id] = row
    return latest


def shift_outcome_count(session: Session, *, day: dt.date, shift: str) -> int:
    """How many doors of the office versions of `day` and `shift` have an outcome."""
    count = session.scalar(
        select(func.count(func.distinct(StopRow.household_id)))
        .select_from(OutcomeRow)
        .join(StopRow, OutcomeRow.stop_id == StopRow.id)
        .join(RouteRow, StopRow.route_id == RouteRow.id)
        .join(PlanRow, RouteRow.plan_id == PlanRow.id)
        .where(PlanRow.day == day, PlanRow.shift == shift, PlanRow.what_if.is_(False))
    )
    return int(count or 0)
