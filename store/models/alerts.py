"""Alerts: a door nobody opened, raised from its outcome, acknowledged by a dispatcher."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from store.models.base import Base
from store.types import utcnow


class AlertKind(StrEnum):
    """Why a dispatcher is alerted."""

    NOT_AT_HOME = "not_at_home"


class AlertRow(Base):
    """Something at a door needs the dispatcher now (a client not answering).

    One per outcome. Plan, route number, household and driver are as they were when it was
    raised; the alert goes with its stop, plan or household, and keeps its text (driver NULL)
    when the driver goes.
    """

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    outcome_id: Mapped[int] = mapped_column(
        ForeignKey("delivery_outcomes.id", ondelete="CASCADE"), unique=True
    )
    stop_id: Mapped[int] = mapped_column(ForeignKey("stops.id", ondelete="CASCADE"), index=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    route_seq: Mapped[int] = mapped_column()
    household_ref: Mapped[str] = mapped_column(
        String(40), ForeignKey("households.ref", ondelete="CASCADE", onupdate="CASCADE")
    )
    driver_code: Mapped[str | None] = mapped_column(
        String(40),
        ForeignKey("drivers.code", ondelete="SET NULL", onupdate="CASCADE"),
        default=None,
    )
    note: Mapped[str] = mapped_column(Text, default="")
    raised_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    raised_by: Mapped[str] = mapped_column(String(80))
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    acknowledged_by: Mapped[str | None] = mapped_column(String(80), default=None)
