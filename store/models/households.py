"""Households: who receives meals, where (a Point), what they need; never hard-deleted."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from store.models.base import Base
from store.types import GeometryType, utcnow


class LocationSource(StrEnum):
    """Where a household's point came from; geocoded ones carry a confidence."""

    FILE = "file"
    MANUAL = "manual"
    HOUSE_NUMBER = "house_number"
    STREET = "street"
    FUZZY_STREET = "fuzzy_street"


class HouseholdRow(Base):
    """One household. Personal fields (name, phone, street, house_number, diets, notes) have
    their own columns so exports and logs can leave them out in one place."""

    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(40))
    street: Mapped[str] = mapped_column(String(200))
    house_number: Mapped[str] = mapped_column(String(20), default="")
    neighbourhood: Mapped[str] = mapped_column(String(100), default="")
    diets: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[Any] = mapped_column(GeometryType("POINT"))
    location_source: Mapped[str] = mapped_column(String(20), default=LocationSource.FILE.value)
    geocode_confidence: Mapped[float | None] = mapped_column(default=None)
    needs_review: Mapped[bool] = mapped_column(default=False)
    meal_plan: Mapped[str] = mapped_column(String(10))
    service_days: Mapped[list[int]] = mapped_column()
    portions: Mapped[int] = mapped_column(default=1)
    required_skills: Mapped[list[str]] = mapped_column(default=list)
    start_date: Mapped[dt.date | None] = mapped_column(default=None)
    end_date: Mapped[dt.date | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - optimistic locking
    __table_args__ = (
        Index("ix_households_location", "location", postgresql_using="gist").ddl_if(
            dialect="postgresql"
        ),
    )

    def __repr__(self) -> str:  # no personal fields: reprs end up in logs and tracebacks
        return f"HouseholdRow(ref={self.ref!r}, version={self.version!r}, active={self.active!r})"
