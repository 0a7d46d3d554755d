"""Log in (OAuth2 password flow → JWT), log out, and one's own account."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Response
from fastapi.security import OAuth2PasswordRequestForm

from api.core.problems import PROBLEM_RESPONSES, ProblemError
from api.core.security import create_access_token
from api.deps import CurrentUser, SessionDep, StateDep
from api.schemas.users import PasswordChange, Token, UserPublic
from store.models import Role
from store.passwords import verify_password
from store.repositories.accounts import authenticate, update_user

router = APIRouter(tags=["login"], responses=PROBLEM_RESPONSES)


@router.post("/login/access-token", response_model=Token)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    state: StateDep,
    response: Response,
) -> Token:
    """Exchange a username and password for an access token (also set as a cookie for links)."""
    user = authenticate(session, username=form.username, password=form.password)
    if user is None:
        raise ProblemError(
            401,
            "wrong username or password, or the account is deactivated",
            slug="unauthorised",
            headers={"WWW-Authenticate": "Bearer"},
        )
    expires = dt.timedelta(minutes=state.settings.token_expire_min)
    token = create_access_token(
        username=user.username,
        role=user.role,
        key=state.token_key,
        algorithm=state.settings.jwt_algorithm,
        expires_in=expires,
    )
    response.set_cookie(
        state.settings.token_cookie,
        token,
        max_age=int(expires.total_seconds()),
        httponly=True,
        samesite="strict",
    )
    return Token(
        access_token=token,
        expires_in=int(expires.total_seconds()),
        username=user.username,
        role=Role(user.role),
        driver_code=user.driver_code,
    )


@router.post("/logout", status_code=204)
def logout(state: StateDep) -> Response:
    """Forget the login cookie (a bearer token simply expires)."""
    response = Response(status_code=204)
    response.delete_cookie(state.settings.token_cookie)
    return response


@router.get("/users/me", response_model=UserPublic)
def read_me(user: CurrentUser) -> UserPublic:
    """The logged-in user."""
    return UserPublic.of(user)


@router.post("/users/me/password", status_code=204)
def change_my_password(body: PasswordChange, user: CurrentUser, session: SessionDep) -> Response:
    """Change one's own password (the current one is asked again)."""
    if not verify_password(body.current_password, user.password_hash):
        raise ProblemError(
            403, "the current password is wrong", slug="forbidden", field="current_password"
        )
    update_user(session, username=user.username, actor=user.username, password=body.new_password)
    return Response(status_code=204)
