"""User accounts: a login with an Argon2 password hash and a role; a driver's names the driver."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import ForeignKey, String, text
from sqlalchemy.orm import Mapped, mapped_column

from store.models.base import Base
from store.types import utcnow


class Role(StrEnum):
    """What a user may do. Admins manage users; dispatchers run the day; planners see
    pseudonymised data; drivers see their own route. Call-centre agents (153) record
    applications and see no household's health notes; social workers (case workers) assess
    applications and see the households they assess; visit-team members see their own team's
    published day."""

    ADMIN = "admin"
    DISPATCHER = "dispatcher"
    PLANNER = "planner"
    DRIVER = "driver"
    CALL_CENTRE = "call_centre"
    SOCIAL_WORKER = "social_worker"
    TEAM = "team"


class UserRow(Base):
    """A login: username, password hash (`store.passwords`), role. A driver login's
    `driver_code` is the driver's code: a driver with a login cannot be deleted (deactivate
    him), and a changed code follows.

    Every access token carries the `token_version` it was issued under; logging out, a new
    password, a reset, a role change or deactivation adds one, and older tokens stop working."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    driver_code: Mapped[str | None] = mapped_column(
        String(40),
        ForeignKey("drivers.code", ondelete="RESTRICT", onupdate="CASCADE"),
        default=None,
    )
    team_code: Mapped[str | None] = mapped_column(
        String(40),
        ForeignKey("visit_teams.code", ondelete="RESTRICT", onupdate="CASCADE"),
        default=None,
    )
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))
    token_version: Mapped[int] = mapped_column(default=0, server_default=text("0"))

    def __repr__(self) -> str:  # never the hash: reprs end up in logs
        return f"UserRow(username={self.username!r}, role={self.role!r}, active={self.active!r})"


class LoginAttemptRow(Base):
    """A failed login, or one whose password is being checked (`pending`): which username was
    tried, from which client address, when.

    Kept in the store, so the limits hold across several server processes; rows older than
    the throttling window are deleted as new ones come (`repositories.logins`)."""

    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    username: Mapped[str] = mapped_column(String(80), index=True)
    client: Mapped[str] = mapped_column(String(64), index=True)
    pending: Mapped[bool] = mapped_column(default=False)
