"""Log in (OAuth2 password flow → JWT), log out, and one's own account.

A login is throttled per account and per client address (failures kept in the store, so the
limits hold across server processes: 429 with Retry-After), and its password check waits for a
slot of the hashing bound (`api.core.hash_gate`: 503 with Retry-After when too many wait).
Logging out or changing one's password revokes every token of the account.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from http import HTTPStatus
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from api.core.hash_gate import GateBusyError, HashGate
from api.core.problems import PROBLEM_JSON, PROBLEM_RESPONSES, Problem, ProblemError
from api.core.security import InvalidTokenError, create_access_token, decode_access_token
from api.deps import CurrentUser, SessionDep, StateDep, oauth2_scheme, request_lang
from api.schemas.users import PasswordChange, Token, UserPublic
from domain.lang.labels import label
from domain.password_policy import password_message, password_problem
from store.db import session_scope
from store.models import Role, UserRow
from store.passwords import hash_password, verify_password
from store.repositories.accounts import DUMMY_HASH, find_user, revoke_tokens, update_user
from store.repositories.logins import (
    LoginLimits,
    Throttled,
    begin_login,
    end_login,
    login_throttle,
    record_failed_login,
)

LIMIT_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": Problem, "content": {PROBLEM_JSON: {}}, "description": HTTPStatus(code).phrase}
    for code in (429, 503)
}
"""Documented on the routes that check a password: throttled (429) or hashing busy (503)."""

router = APIRouter(tags=["login"], responses=PROBLEM_RESPONSES)

PASSWORD_MAX = 128
"""Longer passwords are never checked (no policy lets one be set): a failed login at once."""


@dataclass(frozen=True, slots=True)
class _Account:
    """What a login needs of a user, read before the password check."""

    username: str | None
    password_hash: str
    active: bool
    attempt_id: int
    """The attempt, pending until settled by `_after_check`."""


def _unauthorised() -> ProblemError:
    return ProblemError(
        401,
        "wrong username or password, or the account is deactivated",
        slug="unauthorised",
        headers={"WWW-Authenticate": "Bearer"},
    )


def busy_problem(exc: GateBusyError, lang: str) -> ProblemError:
    """503: too many password checks waiting; come back after Retry-After."""
    return ProblemError(
        503,
        label("login_busy", lang, seconds=exc.retry_after_s),
        slug="busy",
        headers={"Retry-After": str(exc.retry_after_s)},
    )


def hashed(gate: HashGate, password: str, lang: str) -> str:
    """The hash of `password`, made within the hashing bound (from a worker thread)."""
    try:
        return gate.run_sync(hash_password, password)
    except GateBusyError as exc:
        raise busy_problem(exc, lang) from exc


def checked(gate: HashGate, password: str, password_hash: str, lang: str) -> bool:
    """Whether `password` matches, checked within the hashing bound (from a worker thread)."""
    try:
        return gate.run_sync(verify_password, password, password_hash)
    except GateBusyError as exc:
        raise busy_problem(exc, lang) from exc


def _before_check(
    engine: Engine, username: str, client: str, limits: LoginLimits
) -> Throttled | _Account:
    """Throttled, or the account (`username` None: no such user) and the attempt, recorded as
    pending before the password is checked (`store.repositories.logins`)."""
    with session_scope(engine) as session:
        attempt = begin_login(session, username=username, client=client, limits=limits)
        if isinstance(attempt, Throttled):
            return attempt
        user = find_user(session, username=username)
        if user is None:
            return _Account(None, DUMMY_HASH, False, attempt)
        return _Account(user.username, user.password_hash, user.active, attempt)


def _after_check(engine: Engine, username: str, attempt_id: int, ok: bool | None) -> UserRow | None:
    """Settle the attempt; the user of a successful login, else None."""
    with session_scope(engine) as session:
        end_login(session, attempt_id=attempt_id, username=username, ok=ok)
        if not ok:
            return None
        user = find_user(session, username=username)
        return user if user is not None and user.active else None


@router.post("/login/access-token", response_model=Token, responses=LIMIT_RESPONSES)
async def login(
    request: Request,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    state: StateDep,
    response: Response,
) -> Token:
    """Exchange a username and password for an access token (also set as a cookie for links).

    After 5 failed logins of one account, or 20 from one address, within 15 minutes, further
    attempts get 429 with Retry-After (seconds) until the oldest failure is 15 minutes old."""
    lang = request_lang(request)
    client = request.client.host if request.client else "unknown"
    limits = state.settings.login_limits()
    found = await run_in_threadpool(_before_check, state.engine, form.username, client, limits)
    if isinstance(found, Throttled):
        key = "login_throttled_account" if found.scope == "account" else "login_throttled_address"
        raise ProblemError(
            429,
            label(key, lang, seconds=found.retry_after_s),
            slug="too-many-logins",
            headers={"Retry-After": str(found.retry_after_s)},
        )
    ok = False
    if len(form.password) <= PASSWORD_MAX:
        try:
            ok = await state.hashes.run(verify_password, form.password, found.password_hash)
        except GateBusyError as exc:
            await run_in_threadpool(_after_check, state.engine, "", found.attempt_id, None)
            raise busy_problem(exc, lang) from exc
    ok = ok and found.username is not None and found.active
    user = await run_in_threadpool(_after_check, state.engine, form.username, found.attempt_id, ok)
    if user is None:
        raise _unauthorised()
    expires = dt.timedelta(minutes=state.settings.token_expire_min)
    token = create_access_token(
        username=user.username,
        role=user.role,
        version=user.token_version,
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
def logout(
    request: Request,
    state: StateDep,
    session: SessionDep,
    bearer: Annotated[str | None, Depends(oauth2_scheme)],
) -> Response:
    """Log out: every token of the account (bearer or login cookie) stops working at once, on
    every device, and the cookie is forgotten. Without a valid token it only forgets the
    cookie."""
    token = bearer or request.cookies.get(state.settings.token_cookie)
    if token:
        try:
            claims = decode_access_token(
                token, key=state.token_key, algorithm=state.settings.jwt_algorithm
            )
        except InvalidTokenError:
            claims = None
        user = find_user(session, username=claims.username) if claims is not None else None
        if claims is not None and user is not None and user.token_version == claims.version:
            revoke_tokens(session, username=user.username)
    response = Response(status_code=204)
    response.delete_cookie(state.settings.token_cookie)
    return response


@router.get("/users/me", response_model=UserPublic)
def read_me(user: CurrentUser) -> UserPublic:
    """The logged-in user."""
    return UserPublic.of(user)


@router.post("/users/me/password", status_code=204, responses=LIMIT_RESPONSES)
def change_my_password(
    request: Request, body: PasswordChange, user: CurrentUser, session: SessionDep, state: StateDep
) -> Response:
    """Change one's own password (the current one is asked again, and a wrong one counts as a
    failed login). The new one must have at least 12 characters, not be common and not contain
    the username. Every token of the account, this one too, stops working: log in again with
    the new password."""
    lang = request_lang(request)
    client = request.client.host if request.client else "unknown"
    limits = state.settings.login_limits()
    with session_scope(state.engine) as own:  # its own transaction: kept when this one fails
        throttled = login_throttle(own, username=user.username, client=client, limits=limits)
    if throttled is not None:
        raise ProblemError(
            429,
            label("login_throttled_account", lang, seconds=throttled.retry_after_s),
            slug="too-many-logins",
            headers={"Retry-After": str(throttled.retry_after_s)},
        )
    if not checked(state.hashes, body.current_password, user.password_hash, lang):
        with session_scope(state.engine) as own:
            record_failed_login(own, username=user.username, client=client, limits=limits)
        raise ProblemError(
            403, "the current password is wrong", slug="forbidden", field="current_password"
        )
    weak = password_problem(body.new_password, user.username)
    if weak is not None:
        raise ProblemError(
            422, password_message(weak, lang), slug="weak-password", field="new_password"
        )
    update_user(
        session,
        username=user.username,
        actor=user.username,
        password_hash=hashed(state.hashes, body.new_password, lang),
    )
    response = Response(status_code=204)
    response.delete_cookie(state.settings.token_cookie)
    return response
