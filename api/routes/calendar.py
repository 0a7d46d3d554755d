"""Holds (no meals over a date range) and one-off cancellations and additions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from api.core.problems import PROBLEM_RESPONSES
from api.deps import DispatcherUser, SessionDep
from api.routes.households import RefPath
from api.schemas.calendar import HoldCreate, HoldPublic, HoldUpdate, OneOffCreate, OneOffPublic
from api.schemas.common import Day, Shift
from store.models import OneOffKind
from store.repositories import calendar as repo

router = APIRouter(tags=["calendar"], responses=PROBLEM_RESPONSES)

HoldId = Annotated[int, Path(ge=1, le=2**31 - 1)]


@router.get("/holds", response_model=list[HoldPublic])
def read_holds(
    session: SessionDep, _: DispatcherUser, covering: Day | None = None
) -> list[HoldPublic]:
    """Every hold, or those in force on `covering`."""
    return [HoldPublic.of(h) for h in repo.list_holds(session, covering=covering)]


@router.get("/households/{ref}/holds", response_model=list[HoldPublic])
def read_household_holds(ref: RefPath, session: SessionDep, _: DispatcherUser) -> list[HoldPublic]:
    """The holds of one household."""
    return [HoldPublic.of(h) for h in repo.list_holds(session, ref=ref)]


@router.post("/households/{ref}/holds", response_model=HoldPublic, status_code=201)
def add_hold(
    ref: RefPath, body: HoldCreate, session: SessionDep, user: DispatcherUser, response: Response
) -> HoldPublic:
    """Stop deliveries from `start` to `end` inclusive; plans of those days leave it out."""
    row = repo.add_hold(
        session, ref=ref, start=body.start, end=body.end, reason=body.reason, actor=user.username
    )
    response.headers["Location"] = f"/holds/{row.id}"
    return HoldPublic.of(row)


@router.patch("/holds/{hold_id}", response_model=HoldPublic)
def change_hold(
    hold_id: HoldId, body: HoldUpdate, session: SessionDep, user: DispatcherUser
) -> HoldPublic:
    """Move the last day of a hold."""
    return HoldPublic.of(repo.end_hold(session, hold_id=hold_id, end=body.end, actor=user.username))


def _one_off(
    session: SessionDep, ref: str, body: OneOffCreate, kind: OneOffKind, actor: str
) -> OneOffPublic:
    row = repo.add_one_off(
        session, ref=ref, day=body.day, shift=body.shift, kind=kind, reason=body.reason, actor=actor
    )
    return OneOffPublic.of(row)


@router.post("/households/{ref}/cancellations", response_model=OneOffPublic, status_code=201)
def cancel_delivery(
    ref: RefPath, body: OneOffCreate, session: SessionDep, user: DispatcherUser
) -> OneOffPublic:
    """Cancel one delivery (re-plan the shift if it is already planned)."""
    return _one_off(session, ref, body, OneOffKind.CANCEL, user.username)


@router.post("/households/{ref}/additions", response_model=OneOffPublic, status_code=201)
def add_delivery(
    ref: RefPath, body: OneOffCreate, session: SessionDep, user: DispatcherUser
) -> OneOffPublic:
    """Add one delivery outside the household's regular days or meals."""
    return _one_off(session, ref, body, OneOffKind.ADD, user.username)


@router.get("/one-offs", response_model=list[OneOffPublic])
def read_one_offs(
    session: SessionDep, _: DispatcherUser, day: Day | None = None, shift: Shift | None = None
) -> list[OneOffPublic]:
    """One-off cancellations and additions, optionally of one date and shift."""
    return [OneOffPublic.of(o) for o in repo.list_one_offs(session, day=day, shift=shift)]
