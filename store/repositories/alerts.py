"""Alerts: raised when a driver finds nobody at the door, listed and acknowledged by dispatchers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.errors import NotFoundError
from store.models import AlertKind, AlertRow, DriverRow, HouseholdRow, OutcomeRow, RouteRow, StopRow
from store.repositories.audit import record_change
from store.types import utcnow


def raise_alert(session: Session, *, outcome: OutcomeRow, actor: str) -> AlertRow:
    """An alert for a "not at home" outcome (one per outcome)."""
    stop = session.get(StopRow, outcome.stop_id)
    if stop is None:
        raise NotFoundError("stop", str(outcome.stop_id))
    route = stop.route
    driver = session.get(DriverRow, route.driver_id) if route.driver_id is not None else None
    household = session.get(HouseholdRow, stop.household_id)
    if household is None:
        raise NotFoundError("household", str(stop.household_id))
    row = AlertRow(
        kind=AlertKind.NOT_AT_HOME.value,
        outcome_id=outcome.id,
        stop_id=stop.id,
        plan_id=route.plan_id,
        route_seq=route.seq,
        household_ref=household.ref,
        driver_code=driver.code if driver is not None else None,
        note=outcome.note,
        raised_by=actor,
    )
    session.add(row)
    session.flush()
    record_change(
        session,
        actor=actor,
        action="raise",
        entity="alert",
        entity_ref=str(row.id),
        detail={"kind": row.kind, "stop_id": stop.id},
    )
    return row


def list_alerts(
    session: Session, *, after_id: int = 0, include_acknowledged: bool = False, limit: int = 100
) -> list[AlertRow]:
    """Alerts newer than `after_id`, newest first; open ones only unless told otherwise."""
    query = select(AlertRow).where(AlertRow.id > after_id).order_by(AlertRow.id.desc())
    if not include_acknowledged:
        query = query.where(AlertRow.acknowledged_at.is_(None))
    return list(session.scalars(query.limit(limit)))


def acknowledge(session: Session, *, alert_id: int, actor: str) -> AlertRow:
    """Mark an alert as handled by `actor` (acknowledging twice keeps the first)."""
    row = session.get(AlertRow, alert_id)
    if row is None:
        raise NotFoundError("alert", str(alert_id))
    if row.acknowledged_at is None:
        row.acknowledged_at = utcnow()
        row.acknowledged_by = actor
        session.flush()
        record_change(
            session, actor=actor, action="acknowledge", entity="alert", entity_ref=str(alert_id)
        )
    return row


def stop_context(session: Session, *, stop_id: int) -> tuple[StopRow, RouteRow, str | None]:
    """A stop, its route and the code of the route's driver; `NotFoundError` when unknown."""
    stop = session.get(StopRow, stop_id)
    if stop is None:
        raise NotFoundError("stop", str(stop_id))
    route = stop.route
    driver = session.get(DriverRow, route.driver_id) if route.driver_id is not None else None
    return stop, route, driver.code if driver is not None else None
