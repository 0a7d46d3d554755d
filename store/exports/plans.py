"""Plans and delivery outcomes out, as CSV rows and GeoJSON; optionally pseudonymised.

A plan's routes as GeoJSON are `sheets.geojson.routes_geojson` (served by the API); here are
the stop rows and the outcomes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.clock import format_hhmm
from store.exports.pseudonym import coarse, pseudonym, pseudonym_key
from store.models import DriverRow, HouseholdRow, OutcomeRow, RouteRow, StopRow, VanRow
from store.repositories.outcomes import latest_outcomes, outcomes_for_plan
from store.settings import StoreSettings

PLAN_COLUMNS = (
    "route",
    "vehicle_id",
    "van",
    "driver",
    "seq",
    "trip",
    "household",
    "arrival",
    "arrival_s",
    "departure_s",
    "ride_s",
    "outcome",
)
OUTCOME_COLUMNS = ("route", "seq", "household", "status", "at", "note", "recorded_by")


class _Names:
    """Household reference → what an export shows: the reference, or its pseudonym."""

    def __init__(self, session: Session, pseudonymise: bool) -> None:
        self._key = pseudonym_key(session) if pseudonymise else None

    def __call__(self, ref: str) -> str:
        return ref if self._key is None else pseudonym(self._key, ref)


def plan_records(
    session: Session, *, plan_id: int, pseudonymise: bool = False
) -> list[dict[str, Any]]:
    """One row per stop, in route and visit order, with the latest outcome recorded there."""
    name = _Names(session, pseudonymise)
    outcomes = latest_outcomes(session, plan_id=plan_id)
    rows = session.execute(
        select(RouteRow, StopRow, HouseholdRow.ref, VanRow.code, DriverRow.code)
        .join(StopRow, StopRow.route_id == RouteRow.id)
        .join(HouseholdRow, StopRow.household_id == HouseholdRow.id)
        .outerjoin(VanRow, RouteRow.van_id == VanRow.id)
        .outerjoin(DriverRow, RouteRow.driver_id == DriverRow.id)
        .where(RouteRow.plan_id == plan_id)
        .order_by(RouteRow.seq, StopRow.seq)
    ).all()
    return [
        {
            "route": route.seq,
            "vehicle_id": route.vehicle_id,
            "van": van or "",
            "driver": driver or "",
            "seq": stop.seq,
            "trip": stop.trip,
            "household": name(ref),
            "arrival": format_hhmm(stop.arrival_s),
            "arrival_s": stop.arrival_s,
            "departure_s": stop.departure_s,
            "ride_s": stop.ride_s,
            "outcome": outcomes[stop.id].status if stop.id in outcomes else "",
        }
        for route, stop, ref, van, driver in rows
    ]


def outcome_records(
    session: Session, *, plan_id: int, pseudonymise: bool = False
) -> list[dict[str, Any]]:
    """Every outcome recorded on the plan, oldest first; pseudonymised: without the note."""
    name = _Names(session, pseudonymise)
    outcomes = outcomes_for_plan(session, plan_id=plan_id)
    stops = _stop_context(session, plan_id)
    return [
        {
            "route": stops[o.stop_id][0],
            "seq": stops[o.stop_id][1],
            "household": name(stops[o.stop_id][2]),
            "status": o.status,
            "at": o.at.isoformat(),
            "note": "" if pseudonymise else o.note,
            "recorded_by": o.recorded_by,
        }
        for o in outcomes
    ]


def outcomes_geojson(
    session: Session,
    *,
    plan_id: int,
    pseudonymise: bool = False,
    settings: StoreSettings | None = None,
) -> dict[str, Any]:
    """The latest outcome per stop as GeoJSON points at the household (coarse if pseudonymised,
    to the `pseudonym_decimals` of the store's `settings`)."""
    name = _Names(session, pseudonymise)
    decimals = (settings or StoreSettings()).pseudonym_decimals
    latest = latest_outcomes(session, plan_id=plan_id)
    stops = _stop_context(session, plan_id)
    features = []
    for stop_id, outcome in sorted(latest.items()):
        route, seq, ref, location = stops[stop_id]
        lon, lat = location.x, location.y
        if pseudonymise:
            lon, lat = coarse(lon, decimals), coarse(lat, decimals)
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": _outcome_properties(outcome, route, seq, name(ref), pseudonymise),
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _outcome_properties(
    outcome: OutcomeRow, route: int, seq: int, household: str, pseudonymise: bool
) -> dict[str, Any]:
    return {
        "route": route,
        "seq": seq,
        "household": household,
        "status": outcome.status,
        "at": outcome.at.isoformat(),
        "note": "" if pseudonymise else outcome.note,
    }


def _stop_context(session: Session, plan_id: int) -> dict[int, tuple[int, int, str, Any]]:
    """stop id → (route seq, stop seq, household ref, household location)."""
    rows = session.execute(
        select(StopRow.id, RouteRow.seq, StopRow.seq, HouseholdRow.ref, HouseholdRow.location)
        .join(RouteRow, StopRow.route_id == RouteRow.id)
        .join(HouseholdRow, StopRow.household_id == HouseholdRow.id)
        .where(RouteRow.plan_id == plan_id)
    ).all()
    return {stop_id: (route, seq, ref, loc) for stop_id, route, seq, ref, loc in rows}
