"""The API's side of parcel planning: the job kinds "parcel_month" and "parcel_day", and the
parcel setup (warehouse, vans, road matrix) they plan with.

Planning and saving is `scheduler.parcels.stored`; a job marks itself done in the transaction
that saves its plans, as the meal planning jobs do (`api.planning`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from shapely import LineString
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from api.jobs import JobContext, JobHandler
from demo.parcels import WAREHOUSE, demo_parcel_fleet
from domain.parcels import Family, Warehouse
from geodata.paths import road_polyline
from geodata.road import RoadGraph
from routing.model import Problem, Solution
from scheduler.parcels.calendar import parse_month
from scheduler.parcels.problem import BuildingMatrix, building_matrix
from scheduler.parcels.replan import Replan
from scheduler.parcels.settings import ParcelSettings
from scheduler.parcels.stored import (
    LinesOf,
    MatrixOf,
    ParcelSetup,
    SavedParcels,
    plan_day_and_save,
    plan_month_and_save,
    replan_breakdown_and_save,
)


def road_matrix(road: RoadGraph) -> MatrixOf:
    """Travel over `road` between the warehouse and the families' buildings."""

    def matrix_of(warehouse: Warehouse, families: Sequence[Family]) -> BuildingMatrix:
        return building_matrix(road, warehouse, families)

    return matrix_of


def road_lines(road: RoadGraph) -> LinesOf:
    """Per routing vehicle, the roads driven: every trip warehouse → stops → warehouse."""

    def lines_of(problem: Problem, solution: Solution) -> dict[str, LineString]:
        depot = problem.depots[0]
        home = (float(depot.lat or 0.0), float(depot.lon or 0.0))
        where = {s.id: (float(s.lat or 0.0), float(s.lon or 0.0)) for s in problem.stops}
        lines: dict[str, LineString] = {}
        for route in solution.routes:
            coords: list[tuple[float, float]] = []
            for trip in route.trips:
                points = [home, *(where[v.stop_id] for v in trip.visits), home]
                for lat, lon in road_polyline(road, points):
                    if not coords or coords[-1] != (lon, lat):
                        coords.append((lon, lat))
            if len(coords) >= 2:
                lines[route.vehicle_id] = LineString(coords)
        return lines

    return lines_of


def parcel_setup(
    road: RoadGraph, settings: ParcelSettings, matrix_of: MatrixOf | None = None
) -> ParcelSetup:
    """The office's parcel setup: the demo warehouse and parcel fleet (the store keeps no
    parcel vans yet), travel on the road graph, the planner budgets of `settings`."""
    return ParcelSetup(
        WAREHOUSE,
        demo_parcel_fleet(),
        matrix_of or road_matrix(road),
        settings.month_params(),
        road_lines(road),
    )


def parcel_jobs(engine: Engine, setup: ParcelSetup) -> dict[str, JobHandler]:
    """The work of the job kinds "parcel_month", "parcel_day" and "parcel_breakdown" (a van
    broke down: re-plan its day)."""

    def month(spec: Mapping[str, Any], job: JobContext) -> Mapping[str, Any]:
        saved = plan_month_and_save(
            engine,
            setup,
            month=parse_month(spec["month"]),
            actor=spec["actor"],
            progress=job.progress,
            on_save=lambda session, s: job.finish_in(session, s.result()),
        )
        return saved.result()

    def day(spec: Mapping[str, Any], job: JobContext) -> Mapping[str, Any]:
        saved = plan_day_and_save(
            engine,
            setup,
            day=dt.date.fromisoformat(spec["day"]),
            actor=spec["actor"],
            progress=job.progress,
            on_save=lambda session, s: job.finish_in(session, s.result()),
        )
        return saved.result()

    def breakdown(spec: Mapping[str, Any], job: JobContext) -> Mapping[str, Any]:
        def result(saved: SavedParcels, replan: Replan) -> dict[str, Any]:
            return saved.result() | {
                "van_out": spec["van"],
                "changes": [
                    {"stop": c.stop_id, "kind": c.kind, "detail": c.detail} for c in replan.changes
                ],
                "on_broken_van": len(replan.on_broken_van),
            }

        saved, replan = replan_breakdown_and_save(
            engine,
            setup,
            day=dt.date.fromisoformat(spec["day"]),
            van=spec["van"],
            at_s=int(spec["at_s"]),
            actor=spec["actor"],
            progress=job.progress,
            on_save=lambda session, s, r: job.finish_in(session, result(s, r)),
        )
        return result(saved, replan)

    return {"parcel_month": month, "parcel_day": day, "parcel_breakdown": breakdown}


def seed_demo_parcels(session: Session, road: RoadGraph, n: int) -> int:
    """The first `n` demo families on a store with none (`sofra serve --demo` with
    `parcels.seed_demo_families`); how many were added."""
    from demo.parcel_store import fill_demo_families
    from demo.parcels import N_COELIAC, N_FAMILIES, generate_families
    from store.repositories.parcels import count_families

    if count_families(session) > 0:
        return 0
    coeliac = max(1, round(n * N_COELIAC / N_FAMILIES))  # the demo's share of coeliac families
    return fill_demo_families(session, generate_families(road, n=n, coeliac=coeliac), actor="seed")
