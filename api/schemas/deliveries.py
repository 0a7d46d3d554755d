"""A driver's own route, outcomes at the door, and the alerts they raise."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator

from api.schemas.common import Moment, Note
from domain.clock import format_local_hhmm
from store.models import AlertRow, OutcomeRow, OutcomeStatus


class DriverStop(BaseModel):
    """One door on a driver's route, with what the driver needs there and nothing more."""

    stop_id: int
    seq: int
    trip: int
    time: str = Field(description="planned arrival HH:MM")
    name: str
    address: str
    phone: str
    meals: int
    diets: list[str]
    notes: str
    lat: float
    lon: float
    outcome: str | None = None


class DriverChange(BaseModel):
    """What changed on a driver's route when a new version was published to him."""

    household: str
    name: str
    kind: str = Field(description="added, removed or retimed")
    detail: str = Field(description="clock times only, e.g. 17:40 or 17:20 → 17:40")
    text: str = Field(description="the change in words, in the requested language")


class DriverRoute(BaseModel):
    """A driver's route for one shift, in the version published to the drivers."""

    plan_id: int
    version: int
    day: dt.date
    shift: str
    route: int
    van: str
    driver: str
    departure: str
    return_: str = Field(alias="return")
    stops: list[DriverStop]
    sheet_url: str
    published_at: dt.datetime | None = None
    previous_version: int | None = Field(
        None, description="the version published before this one, if any"
    )
    changes: list[DriverChange] = Field(
        default_factory=list,
        description="what changed on this route since the version published before",
    )

    model_config = ConfigDict(populate_by_name=True)


class OutcomeCreate(BaseModel):
    """What happened at the door. "not_at_home" alerts the dispatcher at once."""

    model_config = ConfigDict(extra="forbid")

    status: OutcomeStatus
    note: Note = ""
    at: Moment | None = Field(None, description="when (with time zone); default now")

    @field_validator("at")
    @classmethod
    def _aware(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("give the time with its zone, e.g. 2025-01-31T17:42:00+03:00")
        return value


class OutcomePublic(BaseModel):
    """A recorded outcome (appended; a correction is a new outcome)."""

    id: int
    stop_id: int = Field(description="the door's stop in the version asked for")
    recorded_stop_id: int = Field(description="the stop it was recorded on")
    status: OutcomeStatus
    at: dt.datetime
    note: str
    recorded_by: str
    recorded_at: dt.datetime
    alert_id: int | None = None

    @classmethod
    def of(
        cls, row: OutcomeRow, alert_id: int | None = None, stop_id: int | None = None
    ) -> OutcomePublic:
        """The public view of a stored outcome (at `stop_id` when shown on another version of
        its shift than the one it was recorded on)."""
        return cls(
            id=row.id,
            stop_id=row.stop_id if stop_id is None else stop_id,
            recorded_stop_id=row.stop_id,
            status=OutcomeStatus(row.status),
            at=row.at,
            note=row.note,
            recorded_by=row.recorded_by,
            recorded_at=row.recorded_at,
            alert_id=alert_id,
        )


class AlertPublic(BaseModel):
    """A door nobody opened: who, where, whose route, and whether someone is on it."""

    id: int
    kind: str
    raised_at: dt.datetime
    raised: str = Field(description="raised_at on the kitchen's clock, HH:MM")
    raised_by: str
    plan_id: int
    route: int
    stop_id: int
    household: str
    name: str
    address: str
    phone: str
    driver: str
    note: str
    acknowledged_at: dt.datetime | None
    acknowledged_by: str | None

    @classmethod
    def of(cls, row: AlertRow, *, name: str, address: str, phone: str) -> AlertPublic:
        """The public view of an alert, with the household's contact details."""
        return cls(
            id=row.id,
            kind=row.kind,
            raised_at=row.raised_at,
            raised=format_local_hhmm(row.raised_at),
            raised_by=row.raised_by,
            plan_id=row.plan_id,
            route=row.route_seq,
            stop_id=row.stop_id,
            household=row.household_ref,
            name=name,
            address=address,
            phone=phone,
            driver=row.driver_code or "",
            note=row.note,
            acknowledged_at=row.acknowledged_at,
            acknowledged_by=row.acknowledged_by,
        )
