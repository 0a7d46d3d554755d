"""Login throttling: failed logins per account and per client address, in the store.

Only failures are kept, one row each, and only for the throttling window: every new failure
deletes the rows older than the window. The API records an attempt as failed before it checks
the password and takes it back when the password is right, so logins checked at the same time
count each other (a flood cannot slip 50 guesses past a limit of 20 while the first are hashed). Because the rows are in the store, the limits hold
across several server processes on one PostGIS database. A throttled attempt is refused before
any password is checked, and is not itself recorded, so the wait never grows past one window.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from store.models import LoginAttemptRow
from store.types import utcnow

USERNAME_MAX, CLIENT_MAX = 80, 64
"""Column widths: longer values are cut before they are stored or compared."""


@dataclass(frozen=True, slots=True)
class LoginLimits:
    """How many failures, within `window`, stop further logins."""

    per_account: int = 5
    per_address: int = 20
    window: dt.timedelta = dt.timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class Throttled:
    """Logins are refused for `retry_after_s` seconds, because of the account or the address."""

    scope: Literal["account", "address"]
    retry_after_s: int


def _key(username: str, client: str) -> tuple[str, str]:
    return username[:USERNAME_MAX], client[:CLIENT_MAX]


def _retry_after(
    session: Session, where: ColumnElement[bool], limit: int, since: dt.datetime, now: dt.datetime
) -> int | None:
    """Seconds until fewer than `limit` failures matching `where` are left in the window."""
    inside = (LoginAttemptRow.at > since) & where
    failures = int(session.scalar(select(func.count(LoginAttemptRow.id)).where(inside)) or 0)
    if failures < limit:
        return None
    # The failure whose expiry brings the count below the limit.
    freeing = session.scalar(
        select(LoginAttemptRow.at)
        .where(inside)
        .order_by(LoginAttemptRow.at, LoginAttemptRow.id)
        .offset(failures - limit)
        .limit(1)
    )
    if freeing is None:  # deleted meanwhile by another process
        return None
    return max(1, math.ceil((freeing - since).total_seconds()))


def login_throttle(
    session: Session,
    *,
    username: str,
    client: str,
    limits: LoginLimits,
    now: dt.datetime | None = None,
) -> Throttled | None:
    """Whether a login for `username` from `client` must wait, and how long; None: go ahead."""
    username, client = _key(username, client)
    now = now or utcnow()
    since = now - limits.window
    wait = _retry_after(
        session, LoginAttemptRow.username == username, limits.per_account, since, now
    )
    if wait is not None:
        return Throttled("account", wait)
    wait = _retry_after(session, LoginAttemptRow.client == client, limits.per_address, since, now)
    if wait is not None:
        return Throttled("address", wait)
    return None


def record_failed_login(
    session: Session,
    *,
    username: str,
    client: str,
    limits: LoginLimits,
    now: dt.datetime | None = None,
) -> int:
    """Remember a failed login (and forget those older than the window); its row id."""
    username, client = _key(username, client)
    now = now or utcnow()
    session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.at <= now - limits.window))
    row = LoginAttemptRow(at=now, username=username, client=client)
    session.add(row)
    session.flush()
    return row.id


def forget_failed_login(session: Session, *, attempt_id: int) -> None:
    """Take back one recorded failure (a login that could not be checked at all)."""
    session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.id == attempt_id))


def clear_failed_logins(session: Session, *, username: str) -> None:
    """A successful login: the account's earlier failures no longer count (the address's do)."""
    username, _ = _key(username, "")
    session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.username == username))
