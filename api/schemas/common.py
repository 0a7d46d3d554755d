"""Field types shared by the API's schemas: bounded text, codes, shifts, coordinates, phones,
dates in Sofra's range."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints
from pydantic_core import PydanticCustomError

from config import get_settings
from domain.clock import DATE_MAX, DATE_MIN, DateError, check_date_range
from store.imports.values import parse_phone

Shift = Literal["breakfast", "dinner"]
Lang = Literal["tr", "en"]

CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"
"""References and codes: letters, digits, "_", "." and "-" (they appear in URLs)."""


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise PydanticCustomError("nul", "text must not contain NUL characters", {})
    return value


def _phone(value: str) -> str:
    return parse_phone(value)


def _optional_phone(value: str) -> str:
    return parse_phone(value) if value.strip() else ""


Code = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=CODE_PATTERN)]
Username = Annotated[str, StringConstraints(min_length=1, max_length=80, pattern=CODE_PATTERN)]
Skill = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=r"^[a-z0-9_]+$")]
Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(_no_nul),
]
Phone = Annotated[str, StringConstraints(max_length=40), AfterValidator(_phone)]
OptionalPhone = Annotated[str, StringConstraints(max_length=40), AfterValidator(_optional_phone)]
HouseNumber = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=20), AfterValidator(_no_nul)
]
Neighbourhood = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=100), AfterValidator(_no_nul)
]
Note = Annotated[str, StringConstraints(max_length=2000), AfterValidator(_no_nul)]
Reason = Annotated[str, StringConstraints(max_length=200), AfterValidator(_no_nul)]
Clock = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
"""A clock time "HH:MM"."""


def _in_date_range(day: dt.date) -> dt.date:
    try:
        check_date_range(day)
    except DateError as exc:
        raise PydanticCustomError("date_range", "{reason}", {"reason": str(exc)}) from None
    return day


DATE_RANGE = f"{DATE_MIN.isoformat()}..{DATE_MAX.isoformat()}"
Day = Annotated[
    dt.date,
    AfterValidator(_in_date_range),
    Field(description=f"a date in {DATE_RANGE}", examples=["2026-11-25"]),
]
"""A date a request gives (a plan's day, a hold's start): outside 2000..2100 it is a 422, not
an overflow deep in the planner."""
Moment = Annotated[
    dt.datetime,
    AfterValidator(_in_date_range),
    Field(description=f"a time in {DATE_RANGE}, with its zone"),
]
"""A point in time a request gives, its date in the same range as `Day`."""

Latitude = Annotated[float, Field(ge=-90, le=90, allow_inf_nan=False, description="degrees")]
Longitude = Annotated[float, Field(ge=-180, le=180, allow_inf_nan=False, description="degrees")]


def service_area() -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat) a location must fall in (`store.service_area` of
    the settings tree; a request body's validators have no app state to ask)."""
    return get_settings().store.service_area


def check_in_service_area(lat: float, lon: float) -> None:
    """Raise a validation error when (lat, lon) lies outside the service area."""
    min_lon, min_lat, max_lon, max_lat = service_area()
    if not (min_lat <= lat <= max_lat and min_lon <= lon <= max_lon):
        raise PydanticCustomError(
            "service_area",
            "({lat}, {lon}) is outside the service area (lat {min_lat}–{max_lat}, "
            "lon {min_lon}–{max_lon}); check that latitude and longitude are not swapped",
            {
                "lat": lat,
                "lon": lon,
                "min_lat": min_lat,
                "max_lat": max_lat,
                "min_lon": min_lon,
                "max_lon": max_lon,
            },
        )
