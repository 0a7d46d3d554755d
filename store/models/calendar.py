"""Exceptions to the regular meal plan: holds over a date range, one-off cancels and adds."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from domain.calendar import OneOffKind
from store.models.base import Base
from store.models.households import HouseholdRow
from store.types import utcnow

__all__ = ["HoldRow", "OneOffKind", "OneOffRow"]


class HoldRow(Base):
    """No meals for the household from `start_date` to `end_date` inclusive (hospital stay)."""

    __tablename__ = "holds"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    start_date: Mapped[dt.date] = mapped_column()
    end_date: Mapped[dt.date] = mapped_column()
    reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))

    household: Mapped[HouseholdRow] = relationship(lazy="joined", innerjoin=True)

    @property
    def ref(self) -> str:
        """The household's reference."""
        return self.household.ref


class OneOffRow(Base):
    """Cancel or add one delivery (`kind`) for a household on a date and shift."""

    __tablename__ = "one_offs"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    day: Mapped[dt.date] = mapped_column(index=True)
    shift: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))

    household: Mapped[HouseholdRow] = relationship(lazy="joined", innerjoin=True)

    __table_args__ = (UniqueConstraint("household_id", "day", "shift", "kind"),)

    @property
    def ref(self) -> str:
        """The household's reference."""
        return self.household.ref
