"""Food parcels in the store: families (cycles, availability), a month's day choice, the
versioned day plans with their routes and stops, and what the drivers recorded at the door.

A month (`ParcelMonthRow`) holds the day chosen for every delivery of its cycles
(`ParcelAssignmentRow`: "F0001" for the month, "F0001/2" for a biweekly family's second half);
each working day has plan versions (`ParcelPlanRow`, saved compare-and-set like the meal plans)
whose routes and stops are rows, and whose routing problem and solution are kept as the
routing JSON documents (so `sofra verify` replays any stored day).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from store.models.base import Base
from store.types import GeometryType, utcnow


class ParcelFamilyRow(Base):
    """A family receiving food parcels. Personal fields (name, phone, street, house number,
    notes) have their own columns, like households'. `weekdays` are ISO weekdays (1 = Monday)
    someone is home, in `half_day`; `two_person` marks parcels carried up stairs with no lift;
    `product` follows the household size (standard or large parcel)."""

    __tablename__ = "parcel_families"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(40))
    street: Mapped[str] = mapped_column(String(200))
    house_number: Mapped[str] = mapped_column(String(20), default="")
    neighbourhood: Mapped[str] = mapped_column(String(100), default="")
    building: Mapped[str] = mapped_column(String(40), default="")
    floor: Mapped[int] = mapped_column(default=0)
    lift: Mapped[bool] = mapped_column(default=True)
    location: Mapped[Any] = mapped_column(GeometryType("POINT"))
    persons: Mapped[int] = mapped_column()
    product: Mapped[str] = mapped_column(String(20))
    cycle: Mapped[str] = mapped_column(String(10))
    two_person: Mapped[bool] = mapped_column(default=False)
    coeliac: Mapped[bool] = mapped_column(default=False)
    weekdays: Mapped[list[int]] = mapped_column()
    half_day: Mapped[str] = mapped_column(String(10))
    appointment_start: Mapped[str | None] = mapped_column(String(5), default=None)
    appointment_end: Mapped[str | None] = mapped_column(String(5), default=None)
    last_day: Mapped[dt.date | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - optimistic locking
    __table_args__ = (
        Index("ix_parcel_families_location", "location", postgresql_using="gist").ddl_if(
            dialect="postgresql"
        ),
    )

    def __repr__(self) -> str:  # no personal fields: reprs end up in logs and tracebacks
        return f"ParcelFamilyRow(ref={self.ref!r}, version={self.version!r})"


class ParcelMonthRow(Base):
    """A planned month: `day_limit` is the most deliveries one day may take (the even spread
    the day choice used), `summary` its counts."""

    __tablename__ = "parcel_months"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[dt.date] = mapped_column(unique=True)
    day_limit: Mapped[int] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)

    assignments: Mapped[list[ParcelAssignmentRow]] = relationship(
        back_populates="month_row", order_by="ParcelAssignmentRow.delivery_id", lazy="selectin"
    )


class ParcelAssignmentRow(Base):
    """The day of one delivery in a month (None with `reason` when it has none);
    `rescheduled_from` is the day nobody was at home, when it was moved."""

    __tablename__ = "parcel_assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    month_id: Mapped[int] = mapped_column(ForeignKey("parcel_months.id"), index=True)
    delivery_id: Mapped[str] = mapped_column(String(50))
    family_id: Mapped[int] = mapped_column(ForeignKey("parcel_families.id"), index=True)
    day: Mapped[dt.date | None] = mapped_column(default=None)
    reason: Mapped[str] = mapped_column(String(30), default="")
    rescheduled_from: Mapped[dt.date | None] = mapped_column(default=None)

    month_row: Mapped[ParcelMonthRow] = relationship(back_populates="assignments")

    __table_args__ = (UniqueConstraint("month_id", "delivery_id"),)


class ParcelPlanRow(Base):
    """One version of a parcel day's plan (draft, published, superseded as for meal plans);
    `problem` and `solution` are the routing JSON documents."""

    __tablename__ = "parcel_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column()
    version: Mapped[int] = mapped_column()
    base_version: Mapped[int | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))
    published_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    published_by: Mapped[str | None] = mapped_column(String(80), default=None)
    problem: Mapped[dict[str, Any]] = mapped_column()
    solution: Mapped[dict[str, Any]] = mapped_column()
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)

    routes: Mapped[list[ParcelRouteRow]] = relationship(
        back_populates="plan", order_by="ParcelRouteRow.seq", lazy="selectin"
    )

    __table_args__ = (UniqueConstraint("day", "version"),)


class ParcelRouteRow(Base):
    """One half-day of a van in a parcel plan ("P1-am"): its crew, the driver it is published
    to, the line driven, totals (seconds, metres, kilograms, litres)."""

    __tablename__ = "parcel_routes"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("parcel_plans.id"), index=True)
    seq: Mapped[int] = mapped_column()
    vehicle_id: Mapped[str] = mapped_column(String(80))
    van_code: Mapped[str] = mapped_column(String(40))
    crew: Mapped[int] = mapped_column(default=1)
    driver_code: Mapped[str | None] = mapped_column(String(40), default=None)
    geometry: Mapped[Any | None] = mapped_column(GeometryType("LINESTRING"), default=None)
    departure_s: Mapped[int] = mapped_column()
    return_s: Mapped[int] = mapped_column()
    driving_s: Mapped[int] = mapped_column()
    distance_m: Mapped[int] = mapped_column()
    kg: Mapped[int] = mapped_column()
    litres: Mapped[int] = mapped_column()

    plan: Mapped[ParcelPlanRow] = relationship(back_populates="routes")
    stops: Mapped[list[ParcelStopRow]] = relationship(
        back_populates="route", order_by="ParcelStopRow.seq", lazy="selectin"
    )

    __table_args__ = (
        UniqueConstraint("plan_id", "seq"),
        Index("ix_parcel_routes_geometry", "geometry", postgresql_using="gist").ddl_if(
            dialect="postgresql"
        ),
    )


class ParcelStopRow(Base):
    """A family's delivery on a route: seconds since midnight, kilograms and litres, the
    loading order (1 = loaded first: delivered last) and the two-person mark."""

    __tablename__ = "parcel_stops"

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("parcel_routes.id"), index=True)
    seq: Mapped[int] = mapped_column()
    trip: Mapped[int] = mapped_column(default=0)
    family_id: Mapped[int] = mapped_column(ForeignKey("parcel_families.id"), index=True)
    delivery_id: Mapped[str] = mapped_column(String(50))
    load_order: Mapped[int] = mapped_column()
    arrival_s: Mapped[int] = mapped_column()
    start_s: Mapped[int] = mapped_column()
    departure_s: Mapped[int] = mapped_column()
    kg: Mapped[int] = mapped_column()
    litres: Mapped[int] = mapped_column()
    two_person: Mapped[bool] = mapped_column(default=False)

    route: Mapped[ParcelRouteRow] = relationship(back_populates="stops")

    __table_args__ = (UniqueConstraint("route_id", "seq"),)


class ParcelOutcomeRow(Base):
    """What a driver recorded at a parcel stop (delivered / not at home); appended, never
    edited. `new_day` is where a not-at-home delivery was moved (None: no day left)."""

    __tablename__ = "parcel_outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    stop_id: Mapped[int] = mapped_column(ForeignKey("parcel_stops.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    new_day: Mapped[dt.date | None] = mapped_column(default=None)
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
