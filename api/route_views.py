"""A stored plan as the sheets' `RouteView`s: the route sheet PDF, the driver's own route and the
plan's GeoJSON (the same document `sofra demo` writes)."""

from __future__ import annotations

import tempfile
import threading
from collections import OrderedDict
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.fleet import Crew, Driver, Van
from domain.households import Household
from geodata.road import RoadGraph
from routing.model import Route
from scheduler.settings import SchedulerSettings
from scheduler.stored import plan_settings
from sheets.geojson import pseudonymised, routes_geojson
from sheets.plan_views import kitchen_view as kitchen_of
from sheets.plan_views import route_view
from sheets.roads import path_along_roads
from sheets.route_sheet_pdf import render_route_sheets
from sheets.view import KitchenView, RouteView
from store.errors import NotFoundError
from store.exports.pseudonym import pseudonym, pseudonym_key
from store.models import DriverRow, HouseholdRow, PlanRow, RouteRow, VanRow
from store.repositories.fleet import driver_of, kitchen_from_store, van_of
from store.repositories.households import to_domain
from store.repositories.plans import solution_from_document
from store.settings import StoreSettings


def find_route(plan: PlanRow, seq: int) -> RouteRow:
    """Route number `seq` (1..) of a plan; `NotFoundError` when the plan has no such route."""
    for route in plan.routes:
        if route.seq == seq:
            return route
    raise NotFoundError("route", f"{plan.id}/{seq}")


def crew_of(session: Session, route: RouteRow) -> Crew:
    """The van and driver of a stored route (as named by its vehicle id when not in the store)."""
    van_code, _, driver_code = route.vehicle_id.partition("/")
    van_row = session.get(VanRow, route.van_id) if route.van_id is not None else None
    driver_row = session.get(DriverRow, route.driver_id) if route.driver_id is not None else None
    van = van_of(van_row) if van_row is not None else Van(van_code, "", 0)
    driver = driver_of(driver_row) if driver_row is not None else Driver(driver_code, "", "")
    return Crew(van, driver)


def route_households(session: Session, route: RouteRow) -> dict[str, Household]:
    """The households of a route's stops (inactive ones too), by stop id."""
    ids = {stop.household_id for stop in route.stops}
    rows = {r.id: r for r in session.scalars(select(HouseholdRow).where(HouseholdRow.id.in_(ids)))}
    return {stop.stop_key: to_domain(rows[stop.household_id]) for stop in route.stops}


def kitchen_view(session: Session) -> KitchenView:
    """The kitchen as the sheets draw it."""
    return kitchen_of(kitchen_from_store(session))


def _view(
    session: Session,
    road: RoadGraph,
    settings: SchedulerSettings,
    plan: PlanRow,
    route: RouteRow,
    planned: Route,
    kitchen: KitchenView,
    with_paths: bool,
) -> RouteView:
    return route_view(
        planned,
        crew_of(session, route),
        route_households(session, route),
        kitchen,
        plan.day,
        plan.shift,
        plan_settings(plan, settings).max_ride_min,
        path_along_roads(road) if with_paths else None,
        route_no=route.seq,
    )


def stored_route_view(
    session: Session,
    road: RoadGraph,
    settings: SchedulerSettings,
    plan: PlanRow,
    route: RouteRow,
    *,
    with_paths: bool = True,
) -> RouteView:
    """The view of one stored route: stops with the personal details a driver needs, and (with
    `with_paths`) the roads driven. The ride limit is the one the plan was made with
    (`scheduler.stored.plan_settings`; `settings`, today's, only for plans that did not keep
    theirs)."""
    solution = solution_from_document(plan.solution)
    planned = {r.vehicle_id: r for r in solution.routes}[route.vehicle_id]
    return _view(session, road, settings, plan, route, planned, kitchen_view(session), with_paths)


def stored_route_views(
    session: Session, road: RoadGraph, settings: SchedulerSettings, plan: PlanRow
) -> list[RouteView]:
    """The views of every route with stops of a stored plan, in route order, along the roads:
    what `sheets.plan_views.route_views` gives the CLI for the same plan."""
    solution = solution_from_document(plan.solution)
    planned = {r.vehicle_id: r for r in solution.routes}
    kitchen = kitchen_view(session)
    return [
        _view(session, road, settings, plan, route, planned[route.vehicle_id], kitchen, True)
        for route in sorted(plan.routes, key=lambda r: r.seq)
        if route.stops
    ]


def plan_geojson(
    session: Session,
    road: RoadGraph,
    settings: SchedulerSettings,
    plan: PlanRow,
    *,
    pseudonymise: bool,
    store_settings: StoreSettings | None = None,
) -> dict[str, Any]:
    """The plan's GeoJSON (`sheets.geojson.routes_geojson`); for planners pseudonymised, stop
    positions coarsened to the store's export policy (`store_settings.pseudonym_decimals`)."""
    collection = routes_geojson(
        stored_route_views(session, road, settings, plan), kitchen_view(session)
    )
    if not pseudonymise:
        return collection
    key = pseudonym_key(session)
    decimals = (store_settings or StoreSettings()).pseudonym_decimals
    return pseudonymised(collection, lambda ref: pseudonym(key, ref), decimals)


def sheet_cache_key(session: Session, plan: PlanRow, route: RouteRow, lang: str) -> Hashable:
    """What a printed sheet depends on: plan version, route, its households' versions."""
    ids = sorted({stop.household_id for stop in route.stops})
    versions = tuple(
        session.execute(
            select(HouseholdRow.id, HouseholdRow.version)
            .where(HouseholdRow.id.in_(ids))
            .order_by(HouseholdRow.id)
        ).all()
    )
    return (plan.id, route.seq, lang, route.van_id, route.driver_id, versions)


def render_sheet_pdf(view: RouteView, kitchen: KitchenView, lang: str) -> bytes:
    """The A4 route sheet of one route as PDF bytes."""
    with tempfile.TemporaryDirectory(prefix="sofra-sheet-") as tmp:
        out = Path(tmp) / "sheet.pdf"
        render_route_sheets([view], kitchen, out, lang)
        return out.read_bytes()


class BytesCache:
    """A small thread-safe LRU of rendered documents (plan versions never change)."""

    def __init__(self, entries: int) -> None:
        self._entries = entries
        self._items: OrderedDict[Hashable, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> bytes | None:
        """The document stored under `key`, or None."""
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Hashable, value: bytes) -> None:
        """Keep `value` under `key`, dropping the least recently used beyond the limit."""
        if self._entries <= 0:
            return
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._entries:
                self._items.popitem(last=False)
