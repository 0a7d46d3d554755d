"""Where a report's records come from: the store (meals, fleet, parcels, applications, home
visits), plus a delivery-log file when given (the simulated demo year keeps the services it does
not route there); and the mahalle centroids of the map."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import Engine

from domain.reports import DeliveryLog, Period, Report
from geodata.places import NEIGHBOURHOOD_KINDS
from geodata.road import RoadGraph
from scheduler.reports.aggregate import build_report
from scheduler.reports.log import read_log
from scheduler.reports.settings import ReportSettings
from store.db import session_scope
from store.repositories.delivery_log import read_delivery_log


def period_log(engine: Engine, period: Period, log_file: Path | None = None) -> DeliveryLog:
    """The records of `period`: the store's, and those of `log_file` when given."""
    with session_scope(engine) as session:
        log = read_delivery_log(session, start=period.start, end=period.end)
    if log_file is not None:
        log = log.merged(read_log(log_file).between(period.start, period.end))
    return log


def mahalle_centroids(road: RoadGraph | None) -> dict[str, tuple[float, float]]:
    """Mahalle name → (lat, lon) of its OSM place node (the extract has no mahalle polygons)."""
    if road is None:
        return {}
    return {p.name: (p.lat, p.lon) for p in road.places if p.kind in NEIGHBOURHOOD_KINDS}


def store_report(
    engine: Engine,
    period: Period,
    settings: ReportSettings,
    *,
    log_file: Path | None = None,
    centroids: Mapping[str, tuple[float, float]] | None = None,
) -> Report:
    """The suppressed report of `period` from the store (and `log_file`)."""
    return build_report(period_log(engine, period, log_file), period, settings, centroids)
