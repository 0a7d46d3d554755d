"""Outcomes at the door: a driver records delivered / not at home / refused; "not at home"
raises an alert for the dispatcher at once."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from api.core.problems import PROBLEM_RESPONSES, ProblemError
from api.deps import CurrentUser, DispatcherUser, SessionDep
from api.schemas.common import Lang
from api.schemas.deliveries import OutcomeCreate, OutcomePublic
from domain.lang import lifecycle_text
from store.models import OutcomeStatus, PlanStatus, Role
from store.repositories import outcomes as repo
from store.repositories.alerts import raise_alert, stop_context
from store.repositories.plans import get_plan

router = APIRouter(tags=["outcomes"], responses=PROBLEM_RESPONSES)

StopId = Annotated[int, Path(ge=1, le=2**31 - 1)]
PlanId = Annotated[int, Path(ge=1, le=2**31 - 1)]


@router.post("/stops/{stop_id}/outcomes", response_model=OutcomePublic, status_code=201)
def record_outcome(
    stop_id: StopId,
    body: OutcomeCreate,
    session: SessionDep,
    user: CurrentUser,
    response: Response,
    lang: Lang = "tr",
) -> OutcomePublic:
    """Record what happened at a stop (the route's driver on a version published to him, or a
    dispatcher). A correction is a new outcome; the latest counts. The outcome belongs to the
    door for the whole shift: every version of it shows it, later re-plans keep it."""
    _, route, driver_code = stop_context(session, stop_id=stop_id)
    if user.role == Role.PLANNER.value:
        raise ProblemError(403, "planners do not record deliveries", slug="forbidden")
    if user.role == Role.DRIVER.value and (not driver_code or driver_code != user.driver_code):
        raise ProblemError(403, "a driver records outcomes on his own route only", slug="forbidden")
    shown = (PlanStatus.PUBLISHED.value, PlanStatus.SUPERSEDED.value)
    if user.role == Role.DRIVER.value and route.plan.status not in shown:
        raise ProblemError(403, lifecycle_text("drivers_see_published", lang), slug="forbidden")
    if route.plan.what_if:
        raise ProblemError(
            409,
            lifecycle_text("what_if_no_outcomes", lang, label=route.plan.label),
            slug="what-if",
        )
    row = repo.record_outcome(
        session,
        stop_id=stop_id,
        status=body.status,
        recorded_by=user.username,
        at=body.at,
        note=body.note,
    )
    alert_id = None
    if body.status is OutcomeStatus.NOT_AT_HOME:
        alert_id = raise_alert(session, outcome=row, actor=user.username).id
    response.headers["Location"] = f"/stops/{stop_id}/outcomes"
    return OutcomePublic.of(row, alert_id)


@router.get("/plans/{plan_id}/outcomes", response_model=list[OutcomePublic])
def read_outcomes(plan_id: PlanId, session: SessionDep, _: DispatcherUser) -> list[OutcomePublic]:
    """Every outcome recorded at the doors of a plan version during its shift, in the order
    recorded: on this version, or on the version before a re-plan (`recorded_stop_id`), each at
    the door's stop in this version (`stop_id`)."""
    get_plan(session, plan_id=plan_id)
    return [
        OutcomePublic.of(o, stop_id=stop_id)
        for o, stop_id in repo.carried_outcomes(session, plan_id=plan_id)
    ]
