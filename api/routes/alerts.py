"""Alerts for dispatchers: doors nobody opened, with the household's contact details."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from sqlalchemy import select

from api.core.problems import PROBLEM_RESPONSES
from api.crud_alerts import acknowledge, list_alerts
from api.deps import DispatcherUser, SessionDep
from api.models import AlertRow
from api.plan_read import address_of
from api.schemas.deliveries import AlertPublic
from store.models import HouseholdRow

router = APIRouter(prefix="/alerts", tags=["alerts"], responses=PROBLEM_RESPONSES)

AlertId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _public(session: SessionDep, rows: list[AlertRow]) -> list[AlertPublic]:
    refs = {r.household_ref for r in rows}
    people = {
        h.ref: h for h in session.scalars(select(HouseholdRow).where(HouseholdRow.ref.in_(refs)))
    }
    out = []
    for row in rows:
        person = people.get(row.household_ref)
        address = address_of(person.street, person.house_number) if person is not None else ""
        out.append(
            AlertPublic.of(
                row,
                name=person.name if person is not None else "",
                address=address,
                phone=person.phone if person is not None else "",
            )
        )
    return out


@router.get("", response_model=list[AlertPublic])
def read_alerts(
    session: SessionDep,
    _: DispatcherUser,
    after: Annotated[
        int, Query(ge=0, le=2**31 - 1, description="only alerts with a larger id")
    ] = 0,
    include_acknowledged: bool = False,
) -> list[AlertPublic]:
    """Open alerts, newest first (poll with `after` = the largest id seen)."""
    rows = list_alerts(session, after_id=after, include_acknowledged=include_acknowledged)
    return _public(session, rows)


@router.post("/{alert_id}/acknowledge", response_model=AlertPublic)
def acknowledge_alert(alert_id: AlertId, session: SessionDep, user: DispatcherUser) -> AlertPublic:
    """Someone is on it: the alert leaves the open list."""
    return _public(session, [acknowledge(session, alert_id=alert_id, actor=user.username)])[0]
