"""User accounts (admins only): list, create, change role, password or driver, deactivate."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from api.core.problems import PROBLEM_RESPONSES
from api.deps import AdminUser, SessionDep
from api.schemas.common import CODE_PATTERN
from api.schemas.users import UserCreate, UserPublic, UserUpdate
from store.repositories.accounts import create_user, get_user, list_users, update_user

router = APIRouter(prefix="/users", tags=["users"], responses=PROBLEM_RESPONSES)

UsernamePath = Annotated[str, Path(max_length=80, pattern=CODE_PATTERN)]


@router.get("", response_model=list[UserPublic])
def read_users(session: SessionDep, _: AdminUser) -> list[UserPublic]:
    """Every account."""
    return [UserPublic.of(u) for u in list_users(session)]


@router.post("", response_model=UserPublic, status_code=201)
def add_user(
    body: UserCreate, session: SessionDep, admin: AdminUser, response: Response
) -> UserPublic:
    """A new account (a driver's must name the driver's code)."""
    row = create_user(
        session,
        username=body.username,
        password=body.password,
        role=body.role,
        driver_code=body.driver_code,
        actor=admin.username,
    )
    response.headers["Location"] = f"/users/{row.username}"
    return UserPublic.of(row)


@router.get("/{username}", response_model=UserPublic)
def read_user(username: UsernamePath, session: SessionDep, _: AdminUser) -> UserPublic:
    """One account."""
    return UserPublic.of(get_user(session, username=username))


@router.patch("/{username}", response_model=UserPublic)
def change_user(
    username: UsernamePath, body: UserUpdate, session: SessionDep, admin: AdminUser
) -> UserPublic:
    """Change an account's role, password, driver or active flag."""
    row = update_user(
        session,
        username=username,
        actor=admin.username,
        role=body.role,
        password=body.password,
        active=body.active,
        driver_code=body.driver_code,
    )
    return UserPublic.of(row)
