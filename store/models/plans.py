"""Plans (versioned, never overwritten), their routes (LineStrings) and stops, and outcomes."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from store.models.base import Base
from store.types import GeometryType, utcnow


class PlanStatus(StrEnum):
    """Where a plan version stands: a draft; published (the version the drivers see, at most one
    per date and shift); or superseded (was published, then a newer version was)."""

    DRAFT = "draft"
    PUBLISHED = "published"
    SUPERSEDED = "superseded"


class OutcomeStatus(StrEnum):
    """What happened at the door."""

    DELIVERED = "delivered"
    NOT_AT_HOME = "not_at_home"
    REFUSED = "refused"


class PlanRow(Base):
    """One version of the plan of a date and shift; a re-plan adds a version, never edits one.

    The office's versions of a shift (`what_if` false) are numbered 1, 2, 3 …: a version is saved
    only as the successor of the newest one (`base_version`, compare-and-set, held by the unique
    constraint). A dispatcher publishes one of them to the drivers (`published_at`,
    `published_by`; `replaces_plan_id` is the version the drivers had before, so each driver can
    be shown what changed). Planners' what-if copies (`what_if` true) are numbered apart, are
    never published and never reach a driver.

    `settings` are the planning settings the version was made with (ride limit, service and
    reload minutes, shift windows, solver budget and seed: the scheduler's section of the
    settings tree as JSON); None for versions saved before they were kept.
    """

    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column()
    shift: Mapped[str] = mapped_column(String(20))
    what_if: Mapped[bool] = mapped_column(default=False, server_default=false())
    version: Mapped[int] = mapped_column()
    base_version: Mapped[int | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(20), default=PlanStatus.DRAFT.value)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))
    published_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    published_by: Mapped[str | None] = mapped_column(String(80), default=None)
    replaces_plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"), default=None)
    solution: Mapped[dict[str, Any]] = mapped_column()
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    settings: Mapped[dict[str, Any] | None] = mapped_column(default=None)

    routes: Mapped[list[RouteRow]] = relationship(
        back_populates="plan", order_by="RouteRow.seq", lazy="selectin"
    )

    __table_args__ = (UniqueConstraint("day", "shift", "what_if", "version"),)

    @property
    def label(self) -> str:
        """How people name this version: "v3", or "what-if 2"."""
        return f"what-if {self.version}" if self.what_if else f"v{self.version}"


class RouteRow(Base):
    """One van's route in a plan; `geometry` is the line driven along the roads (if known)."""

    __tablename__ = "routes"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), index=True)
    seq: Mapped[int] = mapped_column()
    vehicle_id: Mapped[str] = mapped_column(String(80))
    van_id: Mapped[int | None] = mapped_column(ForeignKey("vans.id"), default=None)
    driver_id: Mapped[int | None] = mapped_column(ForeignKey("drivers.id"), default=None)
    geometry: Mapped[Any | None] = mapped_column(GeometryType("LINESTRING"), default=None)
    departure_s: Mapped[int] = mapped_column()
    return_s: Mapped[int] = mapped_column()
    driving_s: Mapped[int] = mapped_column()
    distance_m: Mapped[int] = mapped_column()
    working_s: Mapped[int] = mapped_column()

    plan: Mapped[PlanRow] = relationship(back_populates="routes")
    stops: Mapped[list[StopRow]] = relationship(
        back_populates="route", order_by="StopRow.seq", lazy="selectin"
    )

    __table_args__ = (
        UniqueConstraint("plan_id", "seq"),
        Index("ix_routes_geometry", "geometry", postgresql_using="gist").ddl_if(
            dialect="postgresql"
        ),
    )


class StopRow(Base):
    """A household visit on a route. Times are seconds since midnight of the plan's day."""

    __tablename__ = "stops"

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("routes.id"), index=True)
    seq: Mapped[int] = mapped_column()
    trip: Mapped[int] = mapped_column(default=0)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    stop_key: Mapped[str] = mapped_column(String(80))
    arrival_s: Mapped[int] = mapped_column()
    start_s: Mapped[int] = mapped_column()
    departure_s: Mapped[int] = mapped_column()
    waiting_s: Mapped[int] = mapped_column(default=0)
    ride_s: Mapped[int] = mapped_column()

    route: Mapped[RouteRow] = relationship(back_populates="stops")

    __table_args__ = (UniqueConstraint("route_id", "seq"),)


class OutcomeRow(Base):
    """What happened at a stop; appended, never edited (the latest row per stop counts)."""

    __tablename__ = "delivery_outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    stop_id: Mapped[int] = mapped_column(ForeignKey("stops.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
