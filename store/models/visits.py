"""Home-visit teams, their staff, the visits they make and the week plans that place them.

A visit names its person by `household_id` (a registered household) or `application_id` (an
application being assessed: its assessment visit), or only by `person` (a stable key, e.g. a demo
person). Where and when: the address and a point (`lat`, `lon`), the day range
`earliest`..`latest`, and for an appointment agreed by phone its window
`window_start`..`window_end` on that one day. The newest saved week plan writes each visit's
planned team, day and arrival; a team records the outcome (done, not at home, refused, needs
follow-up, with a note). A week plan keeps its team-days as the engine's routes (JSON) and is seen
by teams once published."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, Float, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from store.models.base import Base
from store.types import utcnow


class VisitTeamRow(Base):
    """A team of one or two staff with a car: working hours and lunch, clock "HH:MM"."""

    __tablename__ = "visit_teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    car_plate: Mapped[str] = mapped_column(String(20), default="")
    equipment: Mapped[list[str]] = mapped_column(default=list)
    starts: Mapped[str] = mapped_column(String(5), default="08:30")
    lunch_starts: Mapped[str] = mapped_column(String(5), default="12:30")
    lunch_ends: Mapped[str] = mapped_column(String(5), default="13:30")
    ends: Mapped[str] = mapped_column(String(5), default="17:00")
    active: Mapped[bool] = mapped_column(default=True)


class VisitStaffRow(Base):
    """A team member: skills among "social_worker", "female"."""

    __tablename__ = "visit_staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(40), default="")
    skills: Mapped[list[str]] = mapped_column(default=list)
    team_id: Mapped[int] = mapped_column(ForeignKey("visit_teams.id", ondelete="RESTRICT"))
    active: Mapped[bool] = mapped_column(default=True)

    def __repr__(self) -> str:
        return f"VisitStaffRow(code={self.code!r})"


class VisitRow(Base):
    """One visit (module docstring); `status` is a `domain.visits.VisitStatus` value."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("households.id", ondelete="RESTRICT"), default=None, index=True
    )
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="RESTRICT"), default=None, index=True
    )
    person: Mapped[str] = mapped_column(String(80), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(300))
    neighbourhood: Mapped[str] = mapped_column(String(120), default="")
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    earliest: Mapped[dt.date] = mapped_column(Date, index=True)
    latest: Mapped[dt.date] = mapped_column(Date, index=True)
    window_start: Mapped[str | None] = mapped_column(String(5), default=None)
    window_end: Mapped[str | None] = mapped_column(String(5), default=None)
    minutes: Mapped[int | None] = mapped_column(default=None)
    female_staff: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    previous_team: Mapped[str | None] = mapped_column(String(40), default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    team_code: Mapped[str | None] = mapped_column(String(40), default=None)
    planned_day: Mapped[dt.date | None] = mapped_column(Date, default=None)
    planned_arrival_s: Mapped[int | None] = mapped_column(default=None)
    week_plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("visit_week_plans.id", ondelete="SET NULL"), default=None
    )
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    outcome_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    outcome_by: Mapped[str | None] = mapped_column(String(80), default=None)
    follow_up_of: Mapped[int | None] = mapped_column(
        ForeignKey("visits.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))

    def __repr__(self) -> str:  # never the name, address or notes: reprs end up in logs
        return f"VisitRow(id={self.id!r}, kind={self.kind!r}, status={self.status!r})"


class VisitWeekPlanRow(Base):
    """A saved week plan: its team-days (routes as the engine gave them), the visits not
    placed with reasons, counts; numbered per week, published for the teams to see."""

    __tablename__ = "visit_week_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_start: Mapped[dt.date] = mapped_column(Date)
    version: Mapped[int] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))
    team_days: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    unplaced: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    changes: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
    published_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    published_by: Mapped[str | None] = mapped_column(String(80), default=None)
    note: Mapped[str] = mapped_column(String(300), default="", server_default=text("''"))

    __table_args__ = (
        UniqueConstraint("week_start", "version"),
        Index("ix_visit_week_plans_week_start", "week_start"),
    )
