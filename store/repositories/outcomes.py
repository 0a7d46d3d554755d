"""Delivery outcomes: appended at the door (delivered, not at home, refused), never edited."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.errors import NotFoundError
from store.models import OutcomeRow, OutcomeStatus, RouteRow, StopRow
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


def outcomes_for_plan(session: Session, *, plan_id: int) -> list[OutcomeRow]:
    """Every outcome recorded on a plan's stops, in the order they were recorded."""
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
    """The outcome that counts (the last recorded) per stop id of a plan."""
    latest: dict[int, OutcomeRow] = {}
    for row in outcomes_for_plan(session, plan_id=plan_id):
        latest[row.stop_id] = row
    return latest
