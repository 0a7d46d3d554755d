"""A verified plan as the presentation views the sheets, pages, maps and GeoJSON draw.

The CLI (plans in memory) and the API (plans read back from the store) both build their views
here, so a route reads the same in the route sheet, the driver page, the map and the GeoJSON.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from domain.fleet import Crew
from domain.households import Household
from domain.kitchens import Kitchen
from domain.lang import unserved_reason
from routing.model import Route, Solution, Unserved
from sheets.view import KitchenView, LatLon, RouteView, Shift, StopView

PathOf = Callable[[Sequence[LatLon]], list[LatLon]]
"""Road geometry through a sequence of (lat, lon) points, as a (lat, lon) polyline."""


def reason_text(unserved: Unserved, lang: str = "tr") -> str:
    """The reason a household is unserved, in plain words, with the solver's detail."""
    text = unserved_reason(unserved.reason.value, lang)
    return f"{text} ({unserved.detail})" if unserved.detail else text


def kitchen_view(kitchen: Kitchen) -> KitchenView:
    """The kitchen as the sheets draw it."""
    return KitchenView(kitchen.name, kitchen.lat, kitchen.lon)


def route_view(
    route: Route,
    crew: Crew,
    households: Mapping[str, Household],
    kitchen: KitchenView,
    day: dt.date,
    shift: Shift,
    ride_limit_min: float | None,
    path_of: PathOf | None = None,
    route_no: int = 0,
) -> RouteView:
    """One driver's route as the sheets show it: stops in order, paths along the roads.

    `route_no` is the route's number in its plan (1.., the order of `Solution.routes`, as the
    store numbers routes); without `path_of` each trip is drawn as straight lines.
    """
    stops: list[StopView] = []
    paths: list[list[LatLon]] = []
    home = (kitchen.lat, kitchen.lon)
    for trip_no, trip in enumerate(route.trips, start=1):
        points = [home]
        for visit in trip.visits:
            h = households[visit.stop_id]
            points.append((h.lat, h.lon))
            stops.append(
                StopView(
                    seq=len(stops) + 1,
                    trip_no=trip_no,
                    ref=h.ref,
                    arrival_s=visit.start_s,
                    name=h.name,
                    address=h.address,
                    phone=h.phone,
                    lat=h.lat,
                    lon=h.lon,
                    meals=h.portions,
                    diets=tuple(str(d) for d in h.diets),
                    notes=h.notes,
                    ride_min=visit.ride_s / 60,
                )
            )
        points.append(home)
        paths.append(path_of(points) if path_of else points)
    rides = [v.ride_s for t in route.trips for v in t.visits]
    return RouteView(
        route_id=route.vehicle_id,
        driver_name=crew.driver.name,
        van_id=f"{crew.van.id} · {crew.van.plate}",
        shift=shift,
        date=day,
        departure_s=route.trips[0].departure_s if route.trips else 0,
        return_s=route.trips[-1].return_s if route.trips else 0,
        stops=stops,
        path=paths,
        driving_s=route.driving_s,
        distance_m=float(route.distance_m),
        max_ride_min=max(rides, default=0) / 60,
        ride_limit_min=ride_limit_min,
        route_no=route_no,
    )


def route_views(
    solution: Solution,
    crews: Sequence[Crew],
    households: Mapping[str, Household],
    kitchen: KitchenView,
    day: dt.date,
    shift: Shift,
    ride_limit_min: float | None,
    path_of: PathOf | None = None,
) -> list[RouteView]:
    """Views of every route with at least one stop, in vehicle order, numbered as in the plan."""
    by_id = {crew.id: crew for crew in crews}
    return [
        route_view(
            r, by_id[r.vehicle_id], households, kitchen, day, shift, ride_limit_min, path_of, no
        )
        for no, r in enumerate(solution.routes, start=1)
        if any(t.visits for t in r.trips)
    ]
