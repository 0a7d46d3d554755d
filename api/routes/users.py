"""User accounts (admins only): list, create, change role, password or driver, deactivate.

Passwords must pass the policy (`domain.password_policy`); a new password, a role change or
deactivation revokes the account's tokens at once."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from api.core.problems import PROBLEM_RESPONSES, ProblemError
from api.deps import AdminUser, SessionDep, StateDep, request_lang
from api.routes.login import LIMIT_RESPONSES, hashed
from api.schemas.common import CODE_PATTERN
from api.schemas.users import UserCreate, UserPublic, UserUpdate
from domain.password_policy import password_message, password_problem
from store.repositories.accounts import create_user, get_user, list_users, update_user

router = APIRouter(prefix="/users", tags=["users"], responses=PROBLEM_RESPONSES)

UsernamePath = Annotated[str, Path(max_length=80, pattern=CODE_PATTERN)]


def _policy(password: str, username: str, lang: str) -> None:
    weak = password_problem(password, username)
    if weak is not None:
        raise ProblemError(
            422, password_message(weak, lang), slug="weak-password", field="password"
        )


@router.get("", response_model=list[UserPublic])
def read_users(session: SessionDep, _: AdminUser) -> list[UserPublic]:
    """Every account."""
    return [UserPublic.of(u) for u in list_users(session)]


@router.post("", response_model=UserPublic, status_code=201, responses=LIMIT_RESPONSES)
def add_user(
    request: Request,
    body: UserCreate,
    session: SessionDep,
    state: StateDep,
    admin: AdminUser,
    response: Response,
) -> UserPublic:
    """A new account (a driver's must name the driver's code)."""
    lang = request_lang(request)
    _policy(body.password, body.username, lang)
    row = create_user(
        session,
        username=body.username,
        password_hash=hashed(state.hashes, body.password, lang),
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


@router.patch("/{username}", response_model=UserPublic, responses=LIMIT_RESPONSES)
def change_user(
    request: Request,
    username: UsernamePath,
    body: UserUpdate,
    session: SessionDep,
    state: StateDep,
    admin: AdminUser,
) -> UserPublic:
    """Change an account's role, password, driver or active flag. A new password, a new role
    or deactivation revokes the account's tokens (its alert streams close)."""
    lang = request_lang(request)
    new_hash = None
    if body.password is not None:
        _policy(body.password, username, lang)
        new_hash = hashed(state.hashes, body.password, lang)
    row = update_user(
        session,
        username=username,
        actor=admin.username,
        role=body.role,
        password_hash=new_hash,
        active=body.active,
        driver_code=body.driver_code,
    )
    return UserPublic.of(row)
