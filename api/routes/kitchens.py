"""Kitchens: list, create, read, update, deactivate (kept for the plans that used them)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from api.core.problems import PROBLEM_RESPONSES
from api.deps import DispatcherUser, SessionDep, StaffUser
from api.schemas.common import CODE_PATTERN
from api.schemas.fleet import KitchenCreate, KitchenPublic, KitchenUpdate
from store.models import KitchenRow
from store.repositories import fleet

router = APIRouter(prefix="/kitchens", tags=["fleet"], responses=PROBLEM_RESPONSES)

CodePath = Annotated[str, Path(max_length=40, pattern=CODE_PATTERN)]


@router.get("", response_model=list[KitchenPublic])
def read_kitchens(
    session: SessionDep, _: StaffUser, include_inactive: bool = False
) -> list[KitchenPublic]:
    """Kitchens by code."""
    rows = fleet.list_all(session, KitchenRow, active_only=not include_inactive)
    return [KitchenPublic.of(k) for k in rows]


@router.post("", response_model=KitchenPublic, status_code=201)
def add_kitchen(
    body: KitchenCreate, session: SessionDep, user: DispatcherUser, response: Response
) -> KitchenPublic:
    """A new kitchen."""
    row = fleet.add_kitchen(
        session, code=body.code, name=body.name, lat=body.lat, lon=body.lon, actor=user.username
    )
    response.headers["Location"] = f"/kitchens/{row.code}"
    return KitchenPublic.of(row)


@router.get("/{code}", response_model=KitchenPublic)
def read_kitchen(code: CodePath, session: SessionDep, _: StaffUser) -> KitchenPublic:
    """One kitchen."""
    return KitchenPublic.of(fleet.get(session, KitchenRow, code=code))


@router.patch("/{code}", response_model=KitchenPublic)
def change_kitchen(
    code: CodePath, body: KitchenUpdate, session: SessionDep, user: DispatcherUser
) -> KitchenPublic:
    """Rename or move a kitchen."""
    row = fleet.update(session, KitchenRow, code=code, actor=user.username, **body.changes())
    return KitchenPublic.of(row)


@router.post("/{code}/deactivate", response_model=KitchenPublic)
def deactivate_kitchen(code: CodePath, session: SessionDep, user: DispatcherUser) -> KitchenPublic:
    """Take a kitchen out of service."""
    return KitchenPublic.of(fleet.deactivate(session, KitchenRow, code=code, actor=user.username))


@router.post("/{code}/reactivate", response_model=KitchenPublic)
def reactivate_kitchen(code: CodePath, session: SessionDep, user: DispatcherUser) -> KitchenPublic:
    """Take a kitchen back into service."""
    row = fleet.update(session, KitchenRow, code=code, actor=user.username, active=True)
    return KitchenPublic.of(row)
