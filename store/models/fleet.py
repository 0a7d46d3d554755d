"""Kitchens (a Point each), vans (capacity, skills) and drivers (shifts, skills)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from store.models.base import Base
from store.types import GeometryType


class KitchenRow(Base):
    """A central kitchen vans load at."""

    __tablename__ = "kitchens"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    location: Mapped[Any] = mapped_column(GeometryType("POINT"))
    active: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (
        Index("ix_kitchens_location", "location", postgresql_using="gist").ddl_if(
            dialect="postgresql"
        ),
    )


class VanRow(Base):
    """A delivery van: `capacity_meals` containers per load, skills such as "wheelchair_lift"."""

    __tablename__ = "vans"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    plate: Mapped[str] = mapped_column(String(20), default="")
    capacity_meals: Mapped[int] = mapped_column()
    skills: Mapped[list[str]] = mapped_column(default=list)
    kitchen_id: Mapped[int | None] = mapped_column(ForeignKey("kitchens.id"), default=None)
    active: Mapped[bool] = mapped_column(default=True)


class DriverRow(Base):
    """A driver: the shifts worked ("breakfast", "dinner") and skills (e.g. "carry_inside")."""

    __tablename__ = "drivers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(40), default="")
    shifts: Mapped[list[str]] = mapped_column(default=list)
    skills: Mapped[list[str]] = mapped_column(default=list)
    active: Mapped[bool] = mapped_column(default=True)

    def __repr__(self) -> str:
        return f"DriverRow(code={self.code!r}, active={self.active!r})"
