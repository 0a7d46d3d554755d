"""Failed logins in the store: per account, per address, within a window, on both stores."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from store.db import make_engine, session_scope
from store.models import LoginAttemptRow
from store.repositories.logins import (
    LoginLimits,
    Throttled,
    begin_login,
    clear_failed_logins,
    end_login,
    login_throttle,
    record_failed_login,
)

LIMITS = LoginLimits(per_account=5, per_address=20, window=dt.timedelta(minutes=15))
T0 = dt.datetime(2026, 11, 25, 6, 0, tzinfo=dt.UTC)


def _fail(session: Session, username: str, client: str, at: dt.datetime) -> None:
    record_failed_login(session, username=username, client=client, limits=LIMITS, now=at)


def test_five_failures_of_an_account_throttle_it_until_the_oldest_is_15_minutes_old(
    session: Session,
) -> None:
    for minute in range(5):
        now = T0 + dt.timedelta(minutes=minute)
        assert login_throttle(session, username="ayse", client="x", limits=LIMITS, now=now) is None
        _fail(session, "ayse", f"192.0.2.{minute}", T0 + dt.timedelta(minutes=minute))
    now = T0 + dt.timedelta(minutes=5)
    throttled = login_throttle(
        session, username="ayse", client="198.51.100.7", limits=LIMITS, now=now
    )
    assert throttled is not None and throttled.scope == "account"
    assert throttled.retry_after_s == 10 * 60  # the first failure (T0) leaves at T0 + 15 min
    assert (
        login_throttle(session, username="mehmet", client="198.51.100.7", limits=LIMITS, now=now)
        is None
    )
    later = T0 + dt.timedelta(minutes=15, seconds=1)
    assert login_throttle(session, username="ayse", client="x", limits=LIMITS, now=later) is None


def test_an_address_is_throttled_after_20_failures_whatever_the_usernames(session: Session) -> None:
    for i in range(20):
        _fail(session, f"user{i}", "203.0.113.9", T0 + dt.timedelta(seconds=i))
    throttled = login_throttle(
        session,
        username="someone",
        client="203.0.113.9",
        limits=LIMITS,
        now=T0 + dt.timedelta(minutes=1),
    )
    assert throttled is not None and throttled.scope == "address"
    assert 0 < throttled.retry_after_s <= 15 * 60
    assert (
        login_throttle(session, username="someone", client="203.0.113.10", limits=LIMITS, now=T0)
        is None
    )


def test_a_success_clears_the_account_and_old_rows_are_pruned(session: Session) -> None:
    for i in range(4):
        _fail(session, "ayse", "192.0.2.1", T0 + dt.timedelta(seconds=i))
    clear_failed_logins(session, username="ayse")
    _fail(session, "ayse", "192.0.2.1", T0 + dt.timedelta(minutes=1))
    assert (
        login_throttle(session, username="ayse", client="192.0.2.1", limits=LIMITS, now=T0) is None
    )
    _fail(session, "other", "192.0.2.1", T0 + dt.timedelta(hours=1))  # prunes the window's past
    assert session.scalar(select(func.count(LoginAttemptRow.id))) == 1


def test_failures_count_across_processes_sharing_the_store(store_engine: Engine) -> None:
    """Two engines (as two server processes would have) see one count."""
    other = make_engine(store_engine.url.render_as_string(hide_password=False))
    try:
        for i in range(3):
            with session_scope(store_engine) as session:
                _fail(session, "ayse", "192.0.2.1", T0 + dt.timedelta(seconds=i))
        for i in range(2):
            with session_scope(other) as session:
                _fail(session, "ayse", "192.0.2.2", T0 + dt.timedelta(seconds=10 + i))
        for engine in (store_engine, other):
            with session_scope(engine) as session:
                throttled = login_throttle(
                    session,
                    username="ayse",
                    client="192.0.2.3",
                    limits=LIMITS,
                    now=T0 + dt.timedelta(minutes=1),
                )
                assert throttled is not None and throttled.scope == "account"
    finally:
        other.dispose()


def test_attempts_being_checked_count_for_the_account_not_the_address(session: Session) -> None:
    """Six guesses at once: the sixth is refused before the first five are even checked."""
    attempts = [
        begin_login(session, username="ayse", client="192.0.2.1", limits=LIMITS, now=T0)
        for _ in range(6)
    ]
    assert all(isinstance(a, int) for a in attempts[:5])
    sixth = attempts[5]
    assert isinstance(sixth, Throttled) and sixth.scope == "account"
    # An office behind one address: 25 people logging in at once are not refused.
    many = LoginLimits(per_account=5, per_address=20)
    for i in range(25):
        started = begin_login(
            session, username=f"user{i}", client="203.0.113.1", limits=many, now=T0
        )
        assert isinstance(started, int)


def test_settling_an_attempt(session: Session) -> None:
    def begin() -> int:
        attempt = begin_login(session, username="ayse", client="192.0.2.1", limits=LIMITS, now=T0)
        assert isinstance(attempt, int)
        return attempt

    for _ in range(4):
        end_login(session, attempt_id=begin(), username="ayse", ok=False)  # four failures
    end_login(session, attempt_id=begin(), username="ayse", ok=None)  # not checked: taken back
    assert session.scalar(select(func.count(LoginAttemptRow.id))) == 4
    end_login(session, attempt_id=begin(), username="ayse", ok=True)  # right: all forgotten
    assert session.scalar(select(func.count(LoginAttemptRow.id))) == 0
