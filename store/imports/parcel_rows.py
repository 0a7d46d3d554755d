"""One row of a parcel family spreadsheet, validated: cycle, availability, appointment, size."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from domain.clock import hhmm_to_s
from domain.parcels import Appointment, Cycle, Family, HalfDay
from geodata.turkish import fold
from store.imports.values import cell_text, parse_date, parse_days, parse_decimal, parse_phone

CYCLE_WORDS = {
    "aylik": Cycle.MONTHLY,
    "ayda bir": Cycle.MONTHLY,
    "monthly": Cycle.MONTHLY,
    "iki haftada bir": Cycle.BIWEEKLY,
    "15 gunde bir": Cycle.BIWEEKLY,
    "biweekly": Cycle.BIWEEKLY,
    "fortnightly": Cycle.BIWEEKLY,
}
HALF_DAY_WORDS = {
    "sabah": HalfDay.MORNING,
    "ogleden once": HalfDay.MORNING,
    "morning": HalfDay.MORNING,
    "ogleden sonra": HalfDay.AFTERNOON,
    "aksamustu": HalfDay.AFTERNOON,
    "afternoon": HalfDay.AFTERNOON,
    "tum gun": HalfDay.ALL_DAY,
    "butun gun": HalfDay.ALL_DAY,
    "all day": HalfDay.ALL_DAY,
    "all_day": HalfDay.ALL_DAY,
}
YES = {"evet", "e", "var", "1", "x", "yes", "y", "true"}
NO = {"hayir", "h", "yok", "0", "no", "n", "false"}
_WINDOW = re.compile(r"^(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})$")


def _word(words: dict[str, Any], kind: str, hint: str) -> Any:
    def parse(value: Any) -> Any:
        if isinstance(value, Cycle | HalfDay):
            return value
        text = cell_text(value)
        found = words.get(fold(text))
        if found is None:
            raise PydanticCustomError(
                kind, "unknown value '{value}'; write " + hint, {"value": text}
            )
        return found

    return parse


def parse_yes_no(value: Any) -> bool:
    """ "evet"/"hayır" (yes/no, 1/0, x) → bool."""
    if isinstance(value, bool):
        return value
    text = fold(cell_text(value))
    if text in YES:
        return True
    if text in NO:
        return False
    raise PydanticCustomError(
        "yes_no", "write evet or hayır (yes or no), not '{value}'", {"value": cell_text(value)}
    )


def parse_window(value: Any) -> Appointment | None:
    """ "10:30-12:00" → an appointment window; empty → None."""
    if value is None or isinstance(value, Appointment):
        return value
    text = cell_text(value)
    if not text:
        return None
    match = _WINDOW.match(text)
    if match is None:
        raise PydanticCustomError(
            "appointment", "write the window as 10:30-12:00, not '{value}'", {"value": text}
        )
    start, end = (m.replace(".", ":").zfill(5) for m in match.groups())
    try:
        if hhmm_to_s(end) <= hhmm_to_s(start):
            raise ValueError
    except ValueError:
        raise PydanticCustomError(
            "appointment",
            "'{value}' is not a window of the day (start before end)",
            {"value": text},
        ) from None
    return Appointment(start, end)


def _int(value: Any) -> Any:
    number = parse_decimal(value)
    if not float(number).is_integer():
        raise PydanticCustomError(
            "integer", "write a whole number, not '{value}'", {"value": value}
        )
    return int(number)


class FamilyImportRow(BaseModel):
    """A parcel family as read from a spreadsheet. Validation context: `service_area` =
    (min_lon, min_lat, max_lon, max_lat) a coordinate must fall in."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    ref: Annotated[str, BeforeValidator(cell_text), Field(min_length=1, max_length=40)]
    name: Annotated[str, BeforeValidator(cell_text), Field(min_length=1, max_length=200)]
    phone: Annotated[str, BeforeValidator(parse_phone)]
    street: Annotated[str, BeforeValidator(cell_text), Field(min_length=1, max_length=200)]
    house_number: Annotated[str, BeforeValidator(cell_text), Field(max_length=20)] = ""
    neighbourhood: Annotated[str, BeforeValidator(cell_text), Field(max_length=100)] = ""
    building: Annotated[str, BeforeValidator(cell_text), Field(max_length=40)] = ""
    floor: Annotated[int, BeforeValidator(_int), Field(ge=0, le=40)] = 0
    lift: Annotated[bool, BeforeValidator(parse_yes_no)] = True
    lat: Annotated[float, BeforeValidator(parse_decimal), Field(ge=-90, le=90)]
    lon: Annotated[float, BeforeValidator(parse_decimal), Field(ge=-180, le=180)]
    persons: Annotated[int, BeforeValidator(_int), Field(ge=1, le=30)]
    cycle: Annotated[
        Cycle,
        BeforeValidator(
            _word(CYCLE_WORDS, "cycle", "aylık or iki haftada bir (monthly or biweekly)")
        ),
    ] = Cycle.MONTHLY
    two_person: Annotated[bool | None, BeforeValidator(parse_yes_no)] = None
    coeliac: Annotated[bool, BeforeValidator(parse_yes_no)] = False
    weekdays: Annotated[frozenset[int], BeforeValidator(parse_days)]
    half_day: Annotated[
        HalfDay,
        BeforeValidator(
            _word(
                HALF_DAY_WORDS,
                "half_day",
                "sabah, öğleden sonra or tüm gün (morning, afternoon or all day)",
            )
        ),
    ] = HalfDay.ALL_DAY
    appointment: Annotated[Appointment | None, BeforeValidator(parse_window)] = None
    last_day: Annotated[dt.date | None, BeforeValidator(parse_date)] = None
    notes: Annotated[str, BeforeValidator(cell_text)] = ""

    @model_validator(mode="before")
    @classmethod
    def _blank_is_missing(cls, data: Any) -> Any:
        """Empty cells count as missing, so a required one reports "Field required"."""
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if cell_text(v) != ""}
        return data

    @model_validator(mode="after")
    def _in_area(self, info: ValidationInfo) -> Self:
        area = (info.context or {}).get("service_area")
        if area:
            min_lon, min_lat, max_lon, max_lat = area
            if not (min_lat <= self.lat <= max_lat and min_lon <= self.lon <= max_lon):
                raise PydanticCustomError(
                    "coordinates",
                    "coordinates ({lat}, {lon}) lie outside the service area; check them "
                    "(latitude and longitude swapped?)",
                    {"lat": self.lat, "lon": self.lon},
                )
        return self

    def to_family(self) -> Family:
        """The domain family (its building defaults to its own reference)."""
        return Family(
            ref=self.ref,
            name=self.name,
            phone=self.phone,
            street=self.street,
            house_number=self.house_number,
            lat=self.lat,
            lon=self.lon,
            persons=self.persons,
            neighbourhood=self.neighbourhood,
            building=self.building or self.ref,
            floor=self.floor,
            lift=self.lift,
            coeliac=self.coeliac,
            cycle=self.cycle,
            weekdays=self.weekdays,
            half_day=self.half_day,
            appointment=self.appointment,
            last_day=self.last_day,
            notes=self.notes,
        )
