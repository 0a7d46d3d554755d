"""Household schemas: what a dispatcher sends and sees, and the pseudonymised planner view."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from api.schemas.common import (
    Code,
    Day,
    HouseNumber,
    Latitude,
    Longitude,
    Name,
    Neighbourhood,
    Note,
    Phone,
    Skill,
    check_in_service_area,
)
from domain.households import Diet, Household, MealPlan
from store.exports.pseudonym import coarse, pseudonym
from store.models import HouseholdRow
from store.repositories.households import to_domain

NULLABLE_FIELDS = frozenset({"start_date", "end_date"})
Weekday = Annotated[int, Field(ge=1, le=7, description="ISO weekday, 1 = Monday")]


def _check_dates(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValueError(f"end_date {end} is before start_date {start}; swap them")


class HouseholdFields(BaseModel):
    """The editable fields of a household."""

    model_config = ConfigDict(extra="forbid")

    name: Name
    phone: Phone = Field(description="Turkish number, any usual spelling; stored as +90 5xx …")
    street: Name
    house_number: HouseNumber = ""
    neighbourhood: Neighbourhood = ""
    lat: Latitude
    lon: Longitude
    meal_plan: MealPlan
    service_days: list[Weekday] = Field(min_length=1, max_length=7)
    diets: list[Diet] = Field(default_factory=list, max_length=5)
    notes: Note = ""
    portions: int = Field(1, ge=1, le=20, description="meal containers per delivery")
    required_skills: list[Skill] = Field(default_factory=list, max_length=10)
    start_date: Day | None = None
    end_date: Day | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        _check_dates(self.start_date, self.end_date)
        check_in_service_area(self.lat, self.lon)
        return self


class HouseholdCreate(HouseholdFields):
    """A new household."""

    ref: Code = Field(description="The municipality's reference, e.g. H0001")

    def domain(self) -> Household:
        """The domain household."""
        return Household(
            ref=self.ref,
            **domain_values(self.model_dump(exclude={"ref"})),
        )


class HouseholdUpdate(BaseModel):
    """Fields to change; those left out stay as they are."""

    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    phone: Phone | None = None
    street: Name | None = None
    house_number: HouseNumber | None = None
    neighbourhood: Neighbourhood | None = None
    lat: Latitude | None = None
    lon: Longitude | None = None
    meal_plan: MealPlan | None = None
    service_days: list[Weekday] | None = Field(None, min_length=1, max_length=7)
    diets: list[Diet] | None = Field(None, max_length=5)
    notes: Note | None = None
    portions: int | None = Field(None, ge=1, le=20)
    required_skills: list[Skill] | None = Field(None, max_length=10)
    start_date: Day | None = None
    end_date: Day | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        _check_dates(self.start_date, self.end_date)
        if (self.lat is None) != (self.lon is None):
            raise ValueError("move a household with both lat and lon")
        if self.lat is not None and self.lon is not None:
            check_in_service_area(self.lat, self.lon)
        return self

    def changes(self) -> dict[str, Any]:
        """The given fields as `update_household` takes them (null clears only the dates)."""
        given = self.model_dump(exclude_unset=True)
        kept = {k: v for k, v in given.items() if v is not None or k in NULLABLE_FIELDS}
        return domain_values(kept)


def domain_values(values: dict[str, Any]) -> dict[str, Any]:
    """Schema values in the domain type's shapes (frozenset days, tuples)."""
    out = dict(values)
    if "service_days" in out and out["service_days"] is not None:
        out["service_days"] = frozenset(out["service_days"])
    if "diets" in out and out["diets"] is not None:
        out["diets"] = tuple(Diet(d) for d in dict.fromkeys(out["diets"]))
    if "required_skills" in out and out["required_skills"] is not None:
        out["required_skills"] = tuple(dict.fromkeys(out["required_skills"]))
    return out


class HouseholdPublic(BaseModel):
    """A household as a dispatcher sees it (personal details included)."""

    ref: str
    name: str
    phone: str
    street: str
    house_number: str
    address: str
    neighbourhood: str
    lat: float
    lon: float
    meal_plan: MealPlan
    service_days: list[int]
    diets: list[Diet]
    notes: str
    portions: int
    required_skills: list[str]
    start_date: dt.date | None
    end_date: dt.date | None
    active: bool
    version: int = Field(description="Send it back as If-Match to update without losing a write")
    location_source: str
    geocode_confidence: float | None
    needs_review: bool

    @classmethod
    def of(cls, row: HouseholdRow) -> HouseholdPublic:
        """The public view of a stored household."""
        h = to_domain(row)
        return cls(
            ref=h.ref,
            name=h.name,
            phone=h.phone,
            street=h.street,
            house_number=h.house_number,
            address=h.address,
            neighbourhood=h.neighbourhood,
            lat=h.lat,
            lon=h.lon,
            meal_plan=h.meal_plan,
            service_days=sorted(h.service_days),
            diets=list(h.diets),
            notes=h.notes,
            portions=h.portions,
            required_skills=list(h.required_skills),
            start_date=h.start_date,
            end_date=h.end_date,
            active=row.active,
            version=row.version,
            location_source=row.location_source,
            geocode_confidence=row.geocode_confidence,
            needs_review=row.needs_review,
        )


class HouseholdPseudonymised(BaseModel):
    """A household as a planner sees it: a stable pseudonym, a coarse location, no personal data."""

    pseudonym: str
    lat: float
    lon: float
    neighbourhood: str
    meal_plan: MealPlan
    service_days: list[int]
    portions: int
    required_skills: list[str]
    start_date: dt.date | None
    end_date: dt.date | None
    active: bool

    @classmethod
    def of(cls, row: HouseholdRow, *, key: bytes, decimals: int) -> HouseholdPseudonymised:
        """The pseudonymised view of a stored household."""
        h = to_domain(row)
        return cls(
            pseudonym=pseudonym(key, h.ref),
            lat=coarse(h.lat, decimals),
            lon=coarse(h.lon, decimals),
            neighbourhood=h.neighbourhood,
            meal_plan=h.meal_plan,
            service_days=sorted(h.service_days),
            portions=h.portions,
            required_skills=list(h.required_skills),
            start_date=h.start_date,
            end_date=h.end_date,
            active=row.active,
        )


class FlaggedRowPublic(BaseModel):
    """An imported household placed by a low-confidence geocode: check it on the map."""

    row: int
    ref: str
    confidence: float
    method: str
    matched_street: str


class ImportReport(BaseModel):
    """What an accepted import did (a rejected one answers 422 with every bad row)."""

    file: str
    dry_run: bool
    total: int
    created: int
    updated: int
    unchanged: int
    geocoded: int
    flagged: list[FlaggedRowPublic]
    ignored_columns: list[str]
