"""What the parcel routes take and give: the month calendar, a day's routes and stops, the
driver's route, outcomes. Planners get pseudonyms and no names, phones or addresses."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from api.schemas.common import Code, Day, Note

Month = Annotated[str, StringConstraints(pattern=r"^20[0-9]{2}-(0[1-9]|1[0-2])$")]


class ParcelPlanRequest(BaseModel):
    """Plan a whole month ("2026-01"), or route one day again from the month's day choice."""

    month: Month | None = Field(None, description="YYYY-MM: plan the month")
    day: Day | None = Field(None, description="YYYY-MM-DD: route this day again")


class NeighbourhoodCount(BaseModel):
    """Families and kilograms of one neighbourhood on a day."""

    neighbourhood: str
    families: int
    kg: int


class CalendarDay(BaseModel):
    """One working day of the month: families and kg planned, by neighbourhood; its newest
    plan version (if routed)."""

    day: dt.date
    label: str
    families: int
    kg: int
    neighbourhoods: list[NeighbourhoodCount]
    plan_id: int | None = None
    version: int | None = None
    status: str | None = None


class ParcelCalendar(BaseModel):
    """A month's calendar; `planned` is false before the month was planned."""

    month: str
    planned: bool
    days: list[CalendarDay]
    closed: list[str] = Field(default_factory=list, description="holidays of the month")
    unassigned: int = 0


class ParcelStopPublic(BaseModel):
    """A delivery on a route, in driving order; `load_order` 1 goes into the van first."""

    stop_id: int
    seq: int
    trip: int
    family: str = Field(description="reference (a pseudonym for planners)")
    name: str | None = None
    address: str | None = None
    phone: str | None = None
    neighbourhood: str
    arrival: str
    kg: int
    litres: int
    parcels: str
    load_order: int
    two_person: bool
    lat: float
    lon: float
    outcome: str | None = None
    new_day: dt.date | None = None


class ParcelRoutePublic(BaseModel):
    """One half-day of a van."""

    route_no: int
    vehicle_id: str
    van: str
    crew: int
    driver: str | None = None
    departure: str
    back: str
    driving: str
    km: str
    kg: int
    litres: int
    stops: list[ParcelStopPublic]


class ParcelDayPublic(BaseModel):
    """A parcel day's newest plan (or the one asked for)."""

    plan_id: int
    day: dt.date
    label: str
    version: int
    status: str
    families: int
    kg: int
    routes: list[ParcelRoutePublic]
    unserved: list[dict[str, str]]
    geojson: dict[str, Any]


class PublishRequest(BaseModel):
    """Which driver takes which van (van code → driver code); default: the active drivers in
    code order over the vans used."""

    drivers: dict[Code, Code] | None = None


class ParcelOutcomeRequest(BaseModel):
    """What happened at the door."""

    status: Literal["delivered", "not_at_home"]
    note: Note = ""


class ParcelOutcomePublic(BaseModel):
    """The outcome recorded; for not at home, the new day in the cycle (or none left)."""

    stop_id: int
    status: str
    new_day: dt.date | None = None
    message: str


class BreakdownRequest(BaseModel):
    """A van broke down: which, and when (local time "HH:MM" on the day)."""

    model_config = ConfigDict(extra="forbid")

    van: str = Field(min_length=1, max_length=40, description="the van's code, e.g. V2")
    at: str = Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$", description="HH:MM, local")
