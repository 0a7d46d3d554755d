"""User accounts: create, authenticate, change, reset, revoke tokens; every change audited.

The password policy (`domain.password_policy`) is applied where a person chooses a password (the
API's routes, `sofra users`), not here: this layer stores what it is given.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from store.errors import DriverLinkError, DuplicateError, NotFoundError
from store.models import DriverRow, Role, UserRow
from store.passwords import hash_password, random_password, verify_password
from store.repositories import fleet
from store.repositories.audit import record_change

DUMMY_HASH = hash_password("not a password anyone has")
"""Checked for unknown usernames, so a failed login takes as long whether the user exists."""


def get_user(session: Session, *, username: str) -> UserRow:
    """The user called `username`; `NotFoundError` when there is none."""
    row = find_user(session, username=username)
    if row is None:
        raise NotFoundError("user", username)
    return row


def find_user(session: Session, *, username: str) -> UserRow | None:
    """The user called `username`, or None."""
    return session.scalars(select(UserRow).where(UserRow.username == username)).one_or_none()


def list_users(session: Session) -> list[UserRow]:
    """Every user, by username."""
    return list(session.scalars(select(UserRow).order_by(UserRow.username)))


def count_users(session: Session) -> int:
    """How many users exist (0 on a fresh store)."""
    return int(session.scalar(select(func.count(UserRow.id))) or 0)


def _check_driver_link(session: Session, role: Role, driver_code: str | None) -> None:
    if role is Role.DRIVER:
        if not driver_code:
            raise DriverLinkError("a driver login needs driver_code, the code of the driver")
        fleet.get(session, DriverRow, code=driver_code)
    elif driver_code:
        raise DriverLinkError(f"only driver logins name a driver; role {role.value} cannot")


def _hash_of(password: str | None, password_hash: str | None) -> str:
    if password_hash is not None:
        return password_hash
    if password is None:
        raise ValueError("a user needs a password (or its hash)")
    return hash_password(password)


def create_user(
    session: Session,
    *,
    username: str,
    password: str | None = None,
    role: Role,
    actor: str,
    driver_code: str | None = None,
    password_hash: str | None = None,
) -> UserRow:
    """A new login with `password` (or its `password_hash`, made already); `DuplicateError`
    when the username is taken."""
    if find_user(session, username=username) is not None:
        raise DuplicateError("user", username)
    _check_driver_link(session, role, driver_code)
    row = UserRow(
        username=username,
        password_hash=_hash_of(password, password_hash),
        role=role.value,
        driver_code=driver_code,
        created_by=actor,
    )
    session.add(row)
    session.flush()
    record_change(
        session,
        actor=actor,
        action="create",
        entity="user",
        entity_ref=username,
        detail={"role": role.value},
    )
    return row


def update_user(
    session: Session,
    *,
    username: str,
    actor: str,
    role: Role | None = None,
    password: str | None = None,
    active: bool | None = None,
    driver_code: str | None = None,
    password_hash: str | None = None,
) -> UserRow:
    """Change a user's role, password, driver or active flag (fields left None stay).

    A new password or role, or deactivation, revokes the user's tokens (`token_version`)."""
    row = get_user(session, username=username)
    changed: list[str] = []
    new_role = role or Role(row.role)
    new_driver = driver_code if driver_code is not None else row.driver_code
    if new_role is not Role.DRIVER and driver_code is None:
        new_driver = None
    _check_driver_link(session, new_role, new_driver)
    if new_role.value != row.role:
        row.role, changed = new_role.value, [*changed, "role"]
    if new_driver != row.driver_code:
        row.driver_code, changed = new_driver, [*changed, "driver_code"]
    if password is not None or password_hash is not None:
        row.password_hash, changed = _hash_of(password, password_hash), [*changed, "password"]
    if active is not None and active != row.active:
        row.active, changed = active, [*changed, "active"]
    if {"role", "password"} & set(changed) or ("active" in changed and not row.active):
        row.token_version += 1
    if changed:
        session.flush()
        record_change(
            session,
            actor=actor,
            action="update",
            entity="user",
            entity_ref=username,
            detail={"fields": changed},
        )
    return row


def authenticate(session: Session, *, username: str, password: str) -> UserRow | None:
    """The active user with these credentials, or None."""
    row = find_user(session, username=username)
    if row is None:
        verify_password(password, DUMMY_HASH)
        return None
    if not verify_password(password, row.password_hash) or not row.active:
        return None
    return row


def reset_password(session: Session, *, username: str, actor: str) -> str:
    """Give `username` a new random password (returned, to hand over once); old tokens die."""
    password = random_password(username)
    update_user(session, username=username, actor=actor, password=password)
    return password


def revoke_tokens(session: Session, *, username: str) -> None:
    """Every token issued to `username` so far stops working (logging out)."""
    row = get_user(session, username=username)
    row.token_version += 1
    session.flush()
