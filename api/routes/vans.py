"""Vans: list, create, read, update, deactivate."""

from __future__ import annotations

from fastapi import APIRouter, Response

from api.core.problems import PROBLEM_RESPONSES
from api.deps import DispatcherUser, SessionDep, StaffUser
from api.routes.kitchens import CodePath
from api.schemas.fleet import VanCreate, VanPublic, VanUpdate
from store.models import VanRow
from store.repositories import fleet

router = APIRouter(prefix="/vans", tags=["fleet"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=list[VanPublic])
def read_vans(session: SessionDep, _: StaffUser, include_inactive: bool = False) -> list[VanPublic]:
    """Vans by code."""
    return [
        VanPublic.of(v) for v in fleet.list_all(session, VanRow, active_only=not include_inactive)
    ]


@router.post("", response_model=VanPublic, status_code=201)
def add_van(
    body: VanCreate, session: SessionDep, user: DispatcherUser, response: Response
) -> VanPublic:
    """A new van."""
    row = fleet.add_van(
        session,
        code=body.code,
        capacity_meals=body.capacity_meals,
        plate=body.plate,
        skills=body.skills,
        kitchen_code=body.kitchen_code,
        actor=user.username,
    )
    response.headers["Location"] = f"/vans/{row.code}"
    return VanPublic.of(row)


@router.get("/{code}", response_model=VanPublic)
def read_van(code: CodePath, session: SessionDep, _: StaffUser) -> VanPublic:
    """One van."""
    return VanPublic.of(fleet.get(session, VanRow, code=code))


@router.patch("/{code}", response_model=VanPublic)
def change_van(
    code: CodePath, body: VanUpdate, session: SessionDep, user: DispatcherUser
) -> VanPublic:
    """Change a van's capacity, plate or skills."""
    return VanPublic.of(
        fleet.update(session, VanRow, code=code, actor=user.username, **body.changes())
    )


@router.post("/{code}/deactivate", response_model=VanPublic)
def deactivate_van(code: CodePath, session: SessionDep, user: DispatcherUser) -> VanPublic:
    """Take a van out of service (plans from now on leave it out)."""
    return VanPublic.of(fleet.deactivate(session, VanRow, code=code, actor=user.username))


@router.post("/{code}/reactivate", response_model=VanPublic)
def reactivate_van(code: CodePath, session: SessionDep, user: DispatcherUser) -> VanPublic:
    """Take a van back into service."""
    return VanPublic.of(fleet.update(session, VanRow, code=code, actor=user.username, active=True))
