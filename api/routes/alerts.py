"""Alerts for dispatchers: doors nobody opened, with the household's contact details.

The event stream re-checks its user at every poll: once the account is deactivated, loses the
dispatcher role, or its token is revoked (logout, new password, reset) or expires, the stream
sends `event: revoked` and closes, so no name or phone reaches a user who lost the right."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api.core.problems import PROBLEM_RESPONSES
from api.deps import DISPATCHER_ROLES, DispatcherUser, SessionDep, StateDep, token_claims
from api.plan_read import address_of
from api.schemas.deliveries import AlertPublic
from store.db import session_scope
from store.models import AlertRow, HouseholdRow, UserRow
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


STREAM_ROLES = frozenset(r.value for r in DISPATCHER_ROLES)


def _newer(
    engine: Engine, after_id: int, user_id: int, token_version: int
) -> list[AlertPublic] | None:
    """Open alerts with an id above `after_id`, oldest first; None when the user may no longer
    see them (deactivated, another role, token revoked)."""
    with session_scope(engine) as session:
        user = session.get(UserRow, user_id)
        if (
            user is None
            or not user.active
            or user.role not in STREAM_ROLES
            or user.token_version != token_version
        ):
            return None
        return list(reversed(_public(session, list_alerts(session, after_id=after_id))))


@router.get(
    "/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "Server-sent events"}},
)
async def stream_alerts(
    request: Request,
    state: StateDep,
    user: DispatcherUser,
    after: After = 0,
    seconds: Annotated[float, Query(gt=0, le=300, description="close the stream after")] = 60,
    last_event_id: Annotated[int | None, Header(ge=0, le=2**31 - 1)] = None,
) -> StreamingResponse:
    """New alerts as server-sent events (`event: alert`, data: the alert as JSON) the moment
    they are raised; the browser's EventSource reconnects when the stream ends. When the user
    is deactivated or the token revoked or expired, `event: revoked` comes and the stream
    closes (a reconnection then gets 401)."""
    start = max(after, last_event_id or 0)
    user_id, version = user.id, user.token_version
    token_left = (token_claims(request).expires_at - dt.datetime.now(dt.UTC)).total_seconds()

    async def events() -> AsyncIterator[str]:
        seen, quiet_since = start, time.monotonic()
        deadline = time.monotonic() + min(seconds, max(0.0, token_left))
        yield "retry: 2000\n\n"
        while time.monotonic() < deadline:
            newer = await run_in_threadpool(_newer, state.engine, seen, user_id, version)
            if newer is None:
                yield 'event: revoked\ndata: {"detail": "access revoked; log in again"}\n\n'
                return
            for alert in newer:
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
