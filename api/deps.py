"""Dependencies of the routes: app state, a database session per request, the current user and
role checks. Authorisation is a dependency, never code inside a route."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from api.core.problems import ProblemError
from api.core.security import InvalidTokenError, decode_access_token
from api.state import AppState
from store.db import session_scope
from store.models import Role, UserRow
from store.repositories.accounts import find_user

SAFE_METHODS = frozenset({"GET", "HEAD"})

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/login/access-token", auto_error=False)


def get_state(request: Request) -> AppState:
    """The app's shared state."""
    state: AppState = request.app.state.sofra
    return state


StateDep = Annotated[AppState, Depends(get_state)]


def get_session(state: StateDep) -> Iterator[Session]:
    """One transaction per request: committed when the route succeeds, else rolled back."""
    with session_scope(state.engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def _unauthorised(detail: str) -> ProblemError:
    return ProblemError(401, detail, slug="unauthorised", headers={"WWW-Authenticate": "Bearer"})


def get_current_user(
    request: Request,
    state: StateDep,
    session: SessionDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> UserRow:
    """The logged-in user: from the bearer token, or (GET only) the login cookie."""
    if token is None and request.method in SAFE_METHODS:
        token = request.cookies.get(state.settings.token_cookie)
    if not token:
        raise _unauthorised("not logged in; get a token from POST /login/access-token")
    try:
        claims = decode_access_token(
            token, key=state.token_key, algorithm=state.settings.jwt_algorithm
        )
    except InvalidTokenError as exc:
        raise _unauthorised(str(exc)) from exc
    user = find_user(session, username=claims.username)
    if user is None or not user.active:
        raise _unauthorised("this account no longer exists or was deactivated; ask an admin")
    return user


CurrentUser = Annotated[UserRow, Depends(get_current_user)]


def require(*roles: Role) -> Callable[[UserRow], UserRow]:
    """A dependency letting only users with one of `roles` through (403 otherwise)."""
    allowed = {r.value for r in roles}

    def check(user: CurrentUser) -> UserRow:
        if user.role not in allowed:
            needed = ", ".join(sorted(allowed))
            raise ProblemError(
                403,
                f"role {user.role} may not do this; it needs one of: {needed}",
                slug="forbidden",
            )
        return user

    return check


AdminUser = Annotated[UserRow, Depends(require(Role.ADMIN))]
DispatcherUser = Annotated[UserRow, Depends(require(Role.ADMIN, Role.DISPATCHER))]
StaffUser = Annotated[UserRow, Depends(require(Role.ADMIN, Role.DISPATCHER, Role.PLANNER))]
DriverUser = Annotated[UserRow, Depends(require(Role.DRIVER))]


def sees_personal_data(user: UserRow) -> bool:
    """Admins and dispatchers see names and phones; planners see pseudonyms only."""
    return user.role in (Role.ADMIN.value, Role.DISPATCHER.value)
