"""Alerts for dispatchers: doors nobody opened, with the household's contact details."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query
from fastapi.responses import StreamingResponse
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api.core.problems import PROBLEM_RESPONSES
from api.deps import DispatcherUser, SessionDep, StateDep
from api.plan_read import address_of
from api.schemas.deliveries import AlertPublic
from store.db import session_scope
from store.models import AlertRow, HouseholdRow
from store.repositories.alerts import acknowledge, list_alerts

router = APIRouter(prefix="/alerts", tags=["alerts"], responses=PROBLEM_RESPONSES)

AlertId = Annotated[int, Path(ge=1, le=2**31 - 1)]
After = Annotated[int, Query(ge=0, le=2**31 - 1, description="only alerts with a larger id")]


STREAM_POLL_S = 1.0
KEEP_ALIVE_S = 15.0


def _public(session: Session, rows: list[AlertRow]) -> list[AlertPublic]:
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
    after: After = 0,
    include_acknowledged: bool = False,
) -> list[AlertPublic]:
    """Open alerts, newest first (poll with `after` = the largest id seen)."""
    rows = list_alerts(session, after_id=after, include_acknowledged=include_acknowledged)
    return _public(session, rows)


@router.post("/{alert_id}/acknowledge", response_model=AlertPublic)
def acknowledge_alert(alert_id: AlertId, session: SessionDep, user: DispatcherUser) -> AlertPublic:
    """Someone is on it: the alert leaves the open list."""
    return _public(session, [acknowledge(session, alert_id=alert_id, actor=user.username)])[0]


def _newer(engine: Engine, after_id: int) -> list[AlertPublic]:
    """Open alerts with an id above `after_id`, oldest first."""
    with session_scope(engine) as session:
        return list(reversed(_public(session, list_alerts(session, after_id=after_id))))


@router.get(
    "/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "Server-sent events"}},
)
async def stream_alerts(
    state: StateDep,
    _: DispatcherUser,
    after: After = 0,
    seconds: Annotated[float, Query(gt=0, le=300, description="close the stream after")] = 60,
    last_event_id: Annotated[int | None, Header(ge=0, le=2**31 - 1)] = None,
) -> StreamingResponse:
    """New alerts as server-sent events (`event: alert`, data: the alert as JSON) the moment
    they are raised; the browser's EventSource reconnects when the stream ends."""
    start = max(after, last_event_id or 0)

    async def events() -> AsyncIterator[str]:
        seen, deadline, quiet_since = start, time.monotonic() + seconds, time.monotonic()
        yield "retry: 2000\n\n"
        while time.monotonic() < deadline:
            for alert in await run_in_threadpool(_newer, state.engine, seen):
                seen = max(seen, alert.id)
                quiet_since = time.monotonic()
                yield f"id: {alert.id}\nevent: alert\ndata: {alert.model_dump_json()}\n\n"
            if time.monotonic() - quiet_since > KEEP_ALIVE_S:
                quiet_since = time.monotonic()
                yield ": keep-alive\n\n"
            await asyncio.sleep(min(STREAM_POLL_S, max(0.0, deadline - time.monotonic())))

    return StreamingResponse(
        events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
    )
