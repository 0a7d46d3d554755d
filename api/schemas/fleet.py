"""Kitchen, van and driver schemas (drivers' phones are hidden from planners)."""

from __future__ import annotations

from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from api.schemas.common import (
    Code,
    Latitude,
    Longitude,
    Name,
    OptionalPhone,
    Shift,
    Skill,
    check_in_service_area,
)
from store.models import DriverRow, KitchenRow, VanRow

Plate = Field(default="", max_length=20, pattern=r"^[A-Za-z0-9ÇĞİÖŞÜçğıöşü .\-]*$")


def _both_shifts() -> list[Shift]:
    return ["breakfast", "dinner"]


class Changes(BaseModel):
    """Base of update bodies: only the fields sent, nulls ignored."""

    model_config = ConfigDict(extra="forbid")

    def changes(self) -> dict[str, Any]:
        """The fields sent, without nulls (no fleet column may be emptied to null)."""
        return {k: v for k, v in self.model_dump(exclude_unset=True).items() if v is not None}


class KitchenCreate(BaseModel):
    """A new kitchen."""

    model_config = ConfigDict(extra="forbid")

    code: Code
    name: Name
    lat: Latitude
    lon: Longitude

    @model_validator(mode="after")
    def _inside(self) -> Self:
        check_in_service_area(self.lat, self.lon)
        return self


class KitchenUpdate(Changes):
    """Kitchen fields to change (move it with both lat and lon)."""

    name: Name | None = None
    lat: Latitude | None = None
    lon: Longitude | None = None

    @model_validator(mode="after")
    def _inside(self) -> Self:
        if (self.lat is None) != (self.lon is None):
            raise ValueError("move a kitchen with both lat and lon")
        if self.lat is not None and self.lon is not None:
            check_in_service_area(self.lat, self.lon)
        return self


class KitchenPublic(BaseModel):
    """A kitchen."""

    code: str
    name: str
    lat: float
    lon: float
    active: bool

    @classmethod
    def of(cls, row: KitchenRow) -> KitchenPublic:
        """The public view of a stored kitchen."""
        return cls(
            code=row.code, name=row.name, lat=row.location.y, lon=row.location.x, active=row.active
        )


class VanCreate(BaseModel):
    """A new van."""

    model_config = ConfigDict(extra="forbid")

    code: Code
    capacity_meals: int = Field(ge=1, le=500, description="meal containers per load")
    plate: str = Plate
    skills: list[Skill] = Field(default_factory=list, max_length=10)
    kitchen_code: Code | None = None


class VanUpdate(Changes):
    """Van fields to change."""

    capacity_meals: int | None = Field(None, ge=1, le=500)
    plate: str | None = Plate
    skills: list[Skill] | None = Field(None, max_length=10)


class VanPublic(BaseModel):
    """A van."""

    code: str
    plate: str
    capacity_meals: int
    skills: list[str]
    active: bool

    @classmethod
    def of(cls, row: VanRow) -> VanPublic:
        """The public view of a stored van."""
        return cls(
            code=row.code,
            plate=row.plate,
            capacity_meals=row.capacity_meals,
            skills=list(row.skills),
            active=row.active,
        )


class DriverCreate(BaseModel):
    """A new driver (give them a login with POST /users, role driver)."""

    model_config = ConfigDict(extra="forbid")

    code: Code
    name: Name
    phone: OptionalPhone = ""
    shifts: list[Shift] = Field(default_factory=_both_shifts, max_length=2)
    skills: list[Skill] = Field(default_factory=list, max_length=10)


class DriverUpdate(Changes):
    """Driver fields to change."""

    name: Name | None = None
    phone: OptionalPhone | None = None
    shifts: list[Shift] | None = Field(None, max_length=2)
    skills: list[Skill] | None = Field(None, max_length=10)


class DriverPublic(BaseModel):
    """A driver, as dispatchers see them."""

    code: str
    name: str
    phone: str
    shifts: list[str]
    skills: list[str]
    active: bool

    @classmethod
    def of(cls, row: DriverRow) -> DriverPublic:
        """The public view of a stored driver."""
        return cls(
            code=row.code,
            name=row.name,
            phone=row.phone,
            shifts=list(row.shifts),
            skills=list(row.skills),
            active=row.active,
        )


class DriverPlannerView(BaseModel):
    """A driver as planners see them: no name, no phone."""

    code: str
    shifts: list[str]
    skills: list[str]
    active: bool

    @classmethod
    def of(cls, row: DriverRow) -> DriverPlannerView:
        """The planner's view of a stored driver."""
        return cls(
            code=row.code, shifts=list(row.shifts), skills=list(row.skills), active=row.active
        )
