"""Login throttling: failed logins per account and per client address, in the store.

A login is recorded before its password is checked (`begin_login`, a pending row) and settled
after (`end_login`): a wrong password leaves a failure, a right one clears the account's
failures, a login that could not be checked at all leaves nothing. Rows live only for the
throttling window: each new attempt deletes the older ones. Because the rows are in the store,
the limits hold across several server processes on one PostGIS database.

- Per account, pending attempts count too, so guesses checked at the same time count each
  other (the row is written before the count: on SQLite the write lock makes this exact).
- Per address, only settled failures count, so many people behind one office address logging
  in at once are not refused; the guesses in flight are bounded by the hashing bound anyway.

A throttled attempt is refused before any password check and is not recorded, so the wait
never grows past one window.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import ColumnElement, delete, func, select, true, update
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
    session: Session, where: ColumnElement[bool], limit: int, since: dt.datetime
) -> int | None:
    """Seconds until fewer than `limit` rows matching `where` are left in the window."""
    inside = (LoginAttemptRow.at > since) & where
    failures = int(session.scalar(select(func.count(LoginAttemptRow.id)).where(inside)) or 0)
    if failures < limit:
        return None
    # The row whose expiry brings the count below the limit.
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
    besides: int | None = None,
) -> Throttled | None:
    """Whether a login for `username` from `client` must wait, and how long; None: go ahead.
    `besides`: an attempt of this login itself, not counted."""
    username, client = _key(username, client)
    since = (now or utcnow()) - limits.window
    others = LoginAttemptRow.id != besides if besides is not None else true()
    account = (LoginAttemptRow.username == username) & others
    wait = _retry_after(session, account, limits.per_account, since)
    if wait is not None:
        return Throttled("account", wait)
    address = (LoginAttemptRow.client == client) & LoginAttemptRow.pending.is_(False) & others
    wait = _retry_after(session, address, limits.per_address, since)
    if wait is not None:
        return Throttled("address", wait)
    return None


def _prune(session: Session, now: dt.datetime, limits: LoginLimits) -> None:
    session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.at <= now - limits.window))


def begin_login(
    session: Session,
    *,
    username: str,
    client: str,
    limits: LoginLimits,
    now: dt.datetime | None = None,
) -> Throttled | int:
    """Throttled, or the id of this attempt, recorded as pending until `end_login`."""
    username, client = _key(username, client)
    now = now or utcnow()
    throttled = login_throttle(session, username=username, client=client, limits=limits, now=now)
    if throttled is not None:  # read only: a flood of refused logins writes nothing
        return throttled
    _prune(session, now, limits)
    row = LoginAttemptRow(at=now, username=username, client=client, pending=True)
    session.add(row)
    session.flush()  # written, then counted again: concurrent attempts see each other
    throttled = login_throttle(
        session, username=username, client=client, limits=limits, now=now, besides=row.id
    )
    if throttled is not None:
        session.delete(row)
        session.flush()
        return throttled
    return row.id


def end_login(session: Session, *, attempt_id: int, username: str, ok: bool | None) -> None:
    """Settle an attempt: `ok` True clears the account's failures, False leaves a failure,
    None (the password could not be checked) takes the attempt back."""
    if ok is None:
        session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.id == attempt_id))
    elif ok:
        clear_failed_logins(session, username=username)
    else:
        session.execute(
            update(LoginAttemptRow).where(LoginAttemptRow.id == attempt_id).values(pending=False)
        )


def record_failed_login(
    session: Session,
    *,
    username: str,
    client: str,
    limits: LoginLimits,
    now: dt.datetime | None = None,
) -> None:
    """Remember a failed login checked outside `begin_login` (and forget those older than the
    window)."""
    username, client = _key(username, client)
    now = now or utcnow()
    _prune(session, now, limits)
    session.add(LoginAttemptRow(at=now, username=username, client=client, pending=False))
    session.flush()


def clear_failed_logins(session: Session, *, username: str) -> None:
    """A successful login: the account's earlier failures no longer count (the address's do)."""
    username, _ = _key(username, "")
    session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.username == username))
