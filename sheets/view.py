"""Presentation view model: what the route sheets, driver pages and map show, and nothing else.

Plain dataclasses, filled from a plan by `sheets.plan_views` (the renderers read nothing else).
Times are seconds since local midnight, coordinates WGS84 degrees as (lat, lon).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from domain.households import Diet
from domain.lang import diet_label, portions
from domain.services import SHIFTS

Shift = str
"""A shift code from `domain.services` ("breakfast", "dinner")."""
LatLon = tuple[float, float]

DIET_CODES: tuple[str, ...] = tuple(d.value for d in Diet)
# "#1f77b4" or a CSS colour name: nothing that could break out of a style attribute.
CSS_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}")


class ViewError(ValueError):
    """A view object holds a value the sheets cannot present; the message names field and fix."""


@dataclass(frozen=True, slots=True)
class KitchenView:
    """The central kitchen every route starts from and returns to."""

    name: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class StopView:
    """One delivery on a route, in driving order.

    `seq` numbers stops 1.. along the whole route; `trip_no` (1..) counts returns to the kitchen
    to reload. `arrival_s` is the planned arrival in seconds since midnight, `meals` the number
    of meal containers, `diets` codes from `DIET_CODES`, `ride_min` how long the food has been
    in the van on arrival.
    """

    seq: int
    trip_no: int
    ref: str
    arrival_s: int
    name: str
    address: str
    phone: str
    lat: float
    lon: float
    meals: int
    diets: tuple[str, ...] = ()
    notes: str = ""
    ride_min: float = 0.0

    def __post_init__(self) -> None:
        unknown = [d for d in self.diets if d not in DIET_CODES]
        if unknown:
            raise ViewError(
                f"stop {self.ref}: unknown diet code(s) {unknown}; use one of {list(DIET_CODES)}"
            )
        if self.meals < 0:
            raise ViewError(f"stop {self.ref}: meals is {self.meals}; it must be 0 or more")


@dataclass(frozen=True, slots=True)
class RouteView:
    """One driver's route for one shift.

    `path` holds one (lat, lon) polyline per trip along the real roads, kitchen to kitchen.
    `colour` is a CSS colour for the map (None: the map picks one from its palette).
    `driving_s`/`distance_m` total the route; `max_ride_min` is its longest ride time against
    `ride_limit_min` (None when the shift has no limit). `route_no` is the route's number in
    its plan (1.., as the API numbers routes; 0 for a view not taken from a plan).
    """

    route_id: str
    driver_name: str
    van_id: str
    shift: Shift
    date: dt.date
    departure_s: int
    return_s: int
    stops: list[StopView]
    path: list[list[LatLon]] = field(default_factory=list)
    colour: str | None = None
    driving_s: int = 0
    distance_m: float = 0.0
    max_ride_min: float = 0.0
    ride_limit_min: float | None = None
    route_no: int = 0

    def __post_init__(self) -> None:
        if self.shift not in SHIFTS:
            raise ViewError(
                f"route {self.route_id}: shift {self.shift!r} is not one of {list(SHIFTS)}"
            )
        if self.colour is not None and not CSS_COLOUR.fullmatch(self.colour):
            raise ViewError(
                f"route {self.route_id}: colour {self.colour!r} is not a hex colour (#1f77b4) "
                "or a CSS colour name"
            )

    @property
    def meals_total(self) -> int:
        """Meal containers to load for the whole route."""
        return sum(s.meals for s in self.stops)

    @property
    def trip_count(self) -> int:
        """Number of kitchen-to-kitchen trips (at least 1 when the route has stops)."""
        return len({s.trip_no for s in self.stops})


@dataclass(frozen=True, slots=True)
class DayMapView:
    """Everything the dispatcher's map shows for one day (one or both shifts).

    `road_lines` is the road network as (lat, lon) polylines, drawn grey under the routes;
    `unserved` lists (household ref, reason in plain words) for households no route serves.
    """

    date: dt.date
    kitchen: KitchenView
    routes: list[RouteView]
    road_lines: list[list[LatLon]] = field(default_factory=list)
    unserved: list[tuple[str, str]] = field(default_factory=list)


def format_load(stops: Sequence[StopView], lang: str = "tr") -> str:
    """What to load for `stops`: "17 porsiyon — GLÜTENSİZ 3 · DİYABETİK 2" (meals per diet)."""
    by_diet: Counter[str] = Counter()
    for s in stops:
        for d in s.diets:
            by_diet[d] += s.meals
    text = portions(sum(s.meals for s in stops), lang)
    parts = [f"{diet_label(d, lang)} {by_diet[d]}" for d in DIET_CODES if by_diet[d]]
    return text + (" — " + " · ".join(parts) if parts else "")
