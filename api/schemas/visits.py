"""What the visits API takes and reveals: visits, teams, week plans (a team × day grid and each
team-day's stops), outcomes. Names, phones, addresses and notes only for the roles that may
see them (`api.routes.visits`)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from api.schemas.common import (
    Clock,
    Code,
    Day,
    Latitude,
    Longitude,
    Name,
    Note,
    OptionalPhone,
    check_in_service_area,
)

VisitKindCode = Literal["assessment", "shopping", "cleaning", "bayram", "follow_up"]
OutcomeCode = Literal["done", "not_at_home", "refused", "needs_follow_up"]


class VisitCreate(BaseModel):
    """A new visit: free within `earliest`..`latest`, or agreed by phone for
    `window_start`..`window_end` on `earliest` (then `latest` is the same day)."""

    model_config = {"extra": "forbid"}

    kind: VisitKindCode
    person: Code | None = Field(None, description="a stable key of the person; default from ids")
    household_id: int | None = Field(None, ge=1, le=2**31 - 1)
    application_id: int | None = Field(None, ge=1, le=2**31 - 1)
    name: Name
    phone: OptionalPhone = ""
    address: Name
    neighbourhood: str = Field("", max_length=120)
    lat: Latitude
    lon: Longitude
    earliest: Day
    latest: Day | None = None
    window_start: Clock | None = None
    window_end: Clock | None = None
    minutes: int | None = Field(None, ge=10, le=240)
    female_staff: bool = False
    notes: Note = ""

    @model_validator(mode="after")
    def _consistent(self) -> VisitCreate:
        check_in_service_area(self.lat, self.lon)
        if (self.window_start is None) != (self.window_end is None):
            raise ValueError("window_start and window_end go together")
        if self.window_start is not None:
            if self.latest is not None and self.latest != self.earliest:
                raise ValueError("an appointment is on one day: latest must equal earliest")
            if self.window_end is not None and self.window_end < self.window_start:
                raise ValueError("window_end is before window_start")
        elif self.latest is not None and self.latest < self.earliest:
            raise ValueError("latest is before earliest")
        return self


class VisitPublic(BaseModel):
    """A visit as the office sees it (personal fields empty for planners)."""

    id: int
    kind: str
    kind_text: str
    status: str
    status_text: str
    household_id: int | None
    application_id: int | None
    name: str
    phone: str
    address: str
    notes: str
    earliest: dt.date
    latest: dt.date
    window: str | None
    team: str | None
    planned_day: dt.date | None
    arrival: str | None
    outcome_note: str
    follow_up_of: int | None


class OutcomeRequest(BaseModel):
    """What the team found at the door."""

    model_config = {"extra": "forbid"}

    status: OutcomeCode
    note: Note = ""


class OutcomePublic(BaseModel):
    """The recorded outcome, and the follow-up visit it created (if any)."""

    visit: VisitPublic
    follow_up_id: int | None


class StaffPublic(BaseModel):
    code: str
    name: str
    skills: list[str]


class TeamPublic(BaseModel):
    """A team: its staff, car, hours and skills."""

    code: str
    name: str
    car_plate: str
    starts: str
    lunch: str
    ends: str
    skills: list[str]
    staff: list[StaffPublic]


class ReplanRequest(BaseModel):
    """A team member is ill on `day`: plan that day (and later ones) again without them."""

    model_config = {"extra": "forbid"}

    day: Day
    staff_code: Code


class StopPublic(BaseModel):
    """One visit of a team-day, in order."""

    seq: int
    visit_id: int
    arrival: str
    half: str
    kind: str
    kind_text: str
    status: str
    status_text: str
    minutes: int
    window: str | None
    name: str
    address: str
    phone: str
    notes: str


class TeamDayPublic(BaseModel):
    """A team's day in a week plan."""

    day: dt.date
    team: str
    team_name: str
    staff: list[str]
    visits: int
    driving: str
    stops: list[StopPublic]


class UnplacedPublic(BaseModel):
    visit_id: int
    kind_text: str
    reason: str
    reason_text: str
    name: str


class ChangePublic(BaseModel):
    visit_id: int
    kind: str
    kind_text: str
    before: str
    after: str


class WeekPublic(BaseModel):
    """A week plan: the grid of visits per team and day, each team-day, what is left."""

    plan_id: int
    week_start: dt.date
    version: int
    published: bool
    note: str
    days: list[dt.date]
    teams: list[str]
    grid: dict[str, dict[str, int]] = Field(description="team → day → visits")
    summary: dict[str, Any]
    continuity: str
    team_days: list[TeamDayPublic]
    unplaced: list[UnplacedPublic]
    changes: list[ChangePublic]
