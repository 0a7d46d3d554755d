"""The API's own tables: user accounts and the alerts dispatchers acknowledge.

They live in their own metadata and migration history (version table `api_alembic_version`), so
the store's schema and its autogenerate check stay the store's alone.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from store.models.base import NAMING_CONVENTION
from store.types import UTCDateTime, utcnow


class Role(StrEnum):
    """What a user may do. Admins manage users; dispatchers run the day; planners see
    pseudonymised data; drivers see their own route."""

    ADMIN = "admin"
    DISPATCHER = "dispatcher"
    PLANNER = "planner"
    DRIVER = "driver"


class AlertKind(StrEnum):
    """Why a dispatcher is alerted."""

    NOT_AT_HOME = "not_at_home"


class ApiBase(DeclarativeBase):
    """Base of the API's tables."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UTCDateTime()}  # noqa: RUF012 - read by SQLAlchemy


class UserRow(ApiBase):
    """A login: username, Argon2 password hash, role; a driver's login names the driver."""

    __tablename__ = "api_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    driver_code: Mapped[str | None] = mapped_column(String(40), default=None)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))

    def __repr__(self) -> str:
        return f"UserRow(username={self.username!r}, role={self.role!r}, active={self.active!r})"


class AlertRow(ApiBase):
    """Something at a door needs the dispatcher now (a client not answering)."""

    __tablename__ = "api_alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    outcome_id: Mapped[int] = mapped_column(unique=True)
    stop_id: Mapped[int] = mapped_column(index=True)
    plan_id: Mapped[int] = mapped_column(index=True)
    route_seq: Mapped[int] = mapped_column()
    household_ref: Mapped[str] = mapped_column(String(40))
    driver_code: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    raised_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    raised_by: Mapped[str] = mapped_column(String(80))
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    acknowledged_by: Mapped[str | None] = mapped_column(String(80), default=None)
