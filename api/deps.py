"""Dependencies of the routes: app state, a database session per request, the current user and
role checks. Authorisation is a dependency, never code inside a route."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from api.core.problems import ProblemError
from api.core.security import InvalidTokenError, TokenClaims, decode_access_token
from api.state import AppState
from domain.lang.labels import Lang
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


REVOKED = (
    "this token was revoked (logged out, new password, password reset or role change); log in again"
)


def request_lang(request: Request) -> Lang:
    """The language of messages for this request: `?lang=`, else the first of Turkish or
    English in Accept-Language, else English (the API's own language)."""
    asked = request.query_params.get("lang", "")
    if asked in ("tr", "en"):
        return "tr" if asked == "tr" else "en"
    ranked = []
    for i, part in enumerate(request.headers.get("accept-language", "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        ranked.append((-q, i, tag.split("-")[0].strip().lower()))
    for _q, _i, primary in sorted(ranked):
        if primary == "tr":
            return "tr"
        if primary == "en":
            return "en"
    return "en"


def token_of(request: Request, state: AppState, bearer: str | None) -> str | None:
    """The bearer token, or on GET the login cookie."""
    if bearer is None and request.method in SAFE_METHODS:
        return request.cookies.get(state.settings.token_cookie)
    return bearer


def get_current_user(
    request: Request,
    state: StateDep,
    session: SessionDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> UserRow:
    """The logged-in user: from the bearer token, or (GET only) the login cookie.

    The token must carry the user's current token version: logging out, a new password, a
    reset, a role change or deactivation revokes every older token at once. The token's claims
    are left on `request.state.token_claims` (the alert stream ends when the token does)."""
    token = token_of(request, state, token)
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
    if user.token_version != claims.version:
        raise _unauthorised(REVOKED)
    request.state.token_claims = claims
    return user


def token_claims(request: Request) -> TokenClaims:
    """The claims of the token `get_current_user` accepted for this request."""
    claims: TokenClaims = request.state.token_claims
    return claims


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


DISPATCHER_ROLES = (Role.ADMIN, Role.DISPATCHER)
"""Who runs the day: sees names and phones, alerts."""

AdminUser = Annotated[UserRow, Depends(require(Role.ADMIN))]
DispatcherUser = Annotated[UserRow, Depends(require(*DISPATCHER_ROLES))]
StaffUser = Annotated[UserRow, Depends(require(Role.ADMIN, Role.DISPATCHER, Role.PLANNER))]
DriverUser = Annotated[UserRow, Depends(require(Role.DRIVER))]


def sees_personal_data(user: UserRow) -> bool:
    """Admins and dispatchers see names and phones; planners see pseudonyms only."""
    return user.role in (Role.ADMIN.value, Role.DISPATCHER.value)


INTAKE_ROLES = (Role.ADMIN, Role.DISPATCHER, Role.CALL_CENTRE, Role.SOCIAL_WORKER)
"""Who records and finds applications (the 153 agents, social workers, the office)."""
CASEWORK_ROLES = (Role.ADMIN, Role.DISPATCHER, Role.SOCIAL_WORKER)
"""Who reads health notes of applications and assesses, approves or rejects them."""

IntakeUser = Annotated[UserRow, Depends(require(*INTAKE_ROLES))]
CaseworkUser = Annotated[UserRow, Depends(require(*CASEWORK_ROLES))]


def sees_health_notes(user: UserRow) -> bool:
    """Social workers and the office read health notes; the call centre never does."""
    return user.role in {r.value for r in CASEWORK_ROLES}


def if_match_version(if_match: str | None, entity: str) -> int | None:
    """The version an `If-Match` header names ("3", W/"3"; None for none or "*"): a 422
    problem naming `entity` ("household", "application") for anything else."""
    if if_match is None or if_match.strip() == "*":
        return None
    text = if_match.strip().removeprefix("W/").strip('"')
    if not text.isdigit() or len(text) > 9:
        raise ProblemError(
            422,
            f'If-Match must be the {entity}\'s version, e.g. "3"; got {if_match!r}',
            slug="validation",
            field="If-Match",
        )
    return int(text)
