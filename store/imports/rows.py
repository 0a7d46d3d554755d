"""One spreadsheet row, validated: required fields, phone format, dates, meal plans, diets."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from domain.households import Diet, Household, MealPlan
from store.imports.values import (
    cell_text,
    parse_date,
    parse_days,
    parse_decimal,
    parse_diets,
    parse_labels,
    parse_meal_plan,
    parse_phone,
)

Text = Annotated[str, BeforeValidator(cell_text)]


class HouseholdImportRow(BaseModel):
    """A household as read from a spreadsheet; `lat`/`lon` may be missing (then geocoded).

    Validation context: `service_area` = (min_lon, min_lat, max_lon, max_lat) a coordinate
    must fall in.
    """

    model_config = ConfigDict(frozen=True, extra="ignore")

    ref: Annotated[str, BeforeValidator(cell_text), Field(min_length=1, max_length=40)]
    name: Annotated[str, BeforeValidator(cell_text), Field(min_length=1, max_length=200)]
    phone: Annotated[str, BeforeValidator(parse_phone)]
    street: Annotated[str, BeforeValidator(cell_text), Field(min_length=1, max_length=200)]
    house_number: Annotated[str, BeforeValidator(cell_text), Field(max_length=20)] = ""
    neighbourhood: Annotated[str, BeforeValidator(cell_text), Field(max_length=100)] = ""
    lat: Annotated[float | None, BeforeValidator(parse_decimal), Field(ge=-90, le=90)] = None
    lon: Annotated[float | None, BeforeValidator(parse_decimal), Field(ge=-180, le=180)] = None
    meal_plan: Annotated[MealPlan, BeforeValidator(parse_meal_plan)]
    service_days: Annotated[frozenset[int], BeforeValidator(parse_days)]
    diets: Annotated[tuple[Diet, ...], BeforeValidator(parse_diets)] = ()
    notes: Text = ""
    portions: Annotated[int, BeforeValidator(parse_decimal), Field(ge=1, le=20)] = 1
    required_skills: Annotated[tuple[str, ...], BeforeValidator(parse_labels)] = ()
    start_date: Annotated[dt.date | None, BeforeValidator(parse_date)] = None
    end_date: Annotated[dt.date | None, BeforeValidator(parse_date)] = None

    @model_validator(mode="before")
    @classmethod
    def _blank_is_missing(cls, data: Any) -> Any:
        """Empty cells count as missing, so a required one reports "Field required"."""
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if cell_text(v) != ""}
        return data

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Self:
        if (self.lat is None) != (self.lon is None):
            raise PydanticCustomError(
                "coordinates", "give both latitude and longitude, or neither (to geocode)", {}
            )
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise PydanticCustomError("dates", "end date is before start date", {})
        area = (info.context or {}).get("service_area")
        if area and self.lat is not None and self.lon is not None:
            min_lon, min_lat, max_lon, max_lat = area
            if not (min_lat <= self.lat <= max_lat and min_lon <= self.lon <= max_lon):
                raise PydanticCustomError(
                    "coordinates",
                    "coordinates ({lat}, {lon}) lie outside the service area; check them "
                    "(latitude and longitude swapped?)",
                    {"lat": self.lat, "lon": self.lon},
                )
        return self

    @property
    def has_location(self) -> bool:
        """True when the row gives coordinates (no geocoding needed)."""
        return self.lat is not None and self.lon is not None

    def to_household(self, lat: float, lon: float) -> Household:
        """The domain household, placed at (lat, lon)."""
        return Household(
            ref=self.ref,
            name=self.name,
            phone=self.phone,
            street=self.street,
            house_number=self.house_number,
            lat=lat,
            lon=lon,
            meal_plan=self.meal_plan,
            service_days=self.service_days,
            diets=self.diets,
            notes=self.notes,
            portions=self.portions,
            required_skills=self.required_skills,
            start_date=self.start_date,
            end_date=self.end_date,
            neighbourhood=self.neighbourhood,
        )
