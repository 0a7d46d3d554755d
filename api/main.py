"""The FastAPI app: routes per resource, problem-details errors, the page and its assets.

`open_state` does the start-up work (migrations, the road graph, first-start seeding);
`create_app` builds the app over a ready state, or opens one in its lifespan.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from api.core.config import ApiSettings
from api.core.hash_gate import HashGate
from api.core.limits import BodyLimitMiddleware
from api.core.problems import install_problem_handlers
from api.db import migrate, token_key
from api.jobs import JobRunner
from api.parcel_planning import parcel_jobs, parcel_setup, seed_demo_parcels
from api.planning import planning_jobs
from api.route_views import BytesCache
from api.routes import (
    alerts,
    applications,
    audit,
    calendar,
    docs,
    drivers,
    households,
    jobs,
    kitchens,
    login,
    outcomes,
    page,
    parcels,
    plans,
    reports,
    users,
    vans,
    visits,
    whatsapp,
)
from api.routes.page import STATIC_DIR
from api.seed import SeedReport, seed
from api.state import AppState
from config import Settings, get_settings
from geodata.graph import load_graph
from geodata.road import RoadGraph
from scheduler.parcels.settings import ParcelSettings
from scheduler.settings import SchedulerSettings
from sheets.map_page import LEAFLET_DIR
from store.db import make_engine, session_scope
from store.exports.pseudonym import pseudonym_key

log = logging.getLogger(__name__)

CSP = (
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"
)
"""The page loads nothing from anywhere but this server."""

DESCRIPTION = """Sofra's API for home-delivered meals in İnegöl: households, fleet, holds and
cancellations, planning a shift (a background job), re-planning after a change, route sheets,
drivers' routes and outcomes at the door, alerts.

Log in with `POST /login/access-token` and send `Authorization: Bearer <token>`; failed logins
are throttled (429 with Retry-After). `POST /logout`, a new password, a reset or deactivation
revokes every token of the account at once. Roles: admin, dispatcher, planner (pseudonymised
data only) and driver (his own route only). Errors are RFC 9457 problem details
(`application/problem+json`)."""


def open_state(
    settings: ApiSettings | None = None,
    *,
    engine: Engine | None = None,
    road: RoadGraph | None = None,
    scheduler_settings: SchedulerSettings | None = None,
    config: Settings | None = None,
    parcel_settings: ParcelSettings | None = None,
) -> tuple[AppState, SeedReport]:
    """Migrate the store, load the road graph once, seed a fresh store, start the job workers
    (the queue is the store's: jobs left by a process that died are marked interrupted first);
    the app's state.

    Every setting comes from `config` (default: `config.get_settings()`, the environment);
    `settings` and `scheduler_settings` replace its `api` and `scheduler` sections, `engine`
    and `road` the store and road graph it names.
    """
    config = config or get_settings()
    settings = settings or config.api
    scheduler_settings = scheduler_settings or config.scheduler
    engine = engine or make_engine(config.database_url())
    migrate(engine)
    if road is None:
        road = load_graph(config.paths.inegol_osm, config.geodata, cache_dir=config.paths.cache_dir)
    with session_scope(engine) as session:
        report = seed(session, road, settings, scheduler_settings)
        key = settings.secret_key.get_secret_value() if settings.secret_key else token_key(session)
        pseudonym_key(session)  # made now: two first requests of planners would race for it
    parcel_settings = parcel_settings or config.parcels
    if settings.seed_demo and parcel_settings.seed_demo_families:
        with session_scope(engine) as session:
            seed_demo_parcels(session, road, parcel_settings.demo_families)
    parcels_setup = parcel_setup(road, parcel_settings)
    jobs = JobRunner(
        engine,
        planning_jobs(engine, road, scheduler_settings, settings)
        | parcel_jobs(engine, parcels_setup)
        | visits.visit_jobs(engine, road, config.visits),
        workers=settings.job_workers,
        kept=settings.jobs_kept,
        max_queued=settings.job_queue_per_user,
        poll_s=settings.job_poll_s,
        heartbeat_s=settings.job_heartbeat_s,
        stale_s=settings.job_stale_s,
    )
    jobs.start()  # first marks interrupted what a process that died left running
    state = AppState(
        settings=settings,
        scheduler_settings=scheduler_settings,
        engine=engine,
        road=road,
        token_key=key,
        jobs=jobs,
        sheets=BytesCache(settings.pdf_cache_entries),
        hashes=HashGate(settings.hash_concurrency, settings.hash_queue),
        store_settings=config.store,
        sheets_settings=config.sheets,
        paths=config.paths,
        parcels=parcels_setup,
        visits_settings=config.visits,
    )
    return state, report


def create_app(state: AppState | None = None, settings: ApiSettings | None = None) -> FastAPI:
    """The Sofra API over `state` (opened at start-up from `config.get_settings()` when None)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if state is not None:
            yield
            return
        opened, report = open_state(settings)
        for credential in report.credentials:
            log.warning("created login %s (%s)", credential.username, credential.role)
        if report.needs_admin:
            log.warning("no administrator yet: create one with `sofra users add --role admin`")
        app.state.sofra = opened
        try:
            yield
        finally:
            opened.jobs.shutdown(wait=False)
            opened.engine.dispose()

    app = FastAPI(
        title="Sofra",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served by api.routes.docs from bundled assets
        redoc_url=None,
        openapi_tags=[
            {"name": "login", "description": "tokens and one's own account"},
            {"name": "plans", "description": "planning jobs, plan versions, sheets, re-plans"},
            {"name": "drivers", "description": "drivers, and a driver's own route"},
            {"name": "outcomes", "description": "what happened at the door"},
            {"name": "alerts", "description": "doors nobody opened"},
            {"name": "parcels", "description": "food parcels: families, month, days, drivers"},
            {"name": "visits", "description": "home-visit teams, week plans, outcomes"},
        ],
    )
    if state is not None:
        app.state.sofra = state
    install_problem_handlers(app)
    for module in (
        login,
        users,
        households,
        calendar,
        kitchens,
        vans,
        drivers,
        plans,
        outcomes,
        alerts,
        reports,
        jobs,
        audit,
        applications,
        whatsapp,
        parcels,
        visits,
        page,
        docs,
    ):
        app.include_router(module.router)
    app.mount("/static/leaflet", StaticFiles(directory=LEAFLET_DIR), name="leaflet")
    app.mount("/static/app", StaticFiles(directory=STATIC_DIR), name="app-static")
    app.mount(docs.ASSETS_URL, StaticFiles(directory=docs.ASSETS_DIR), name="docs-static")
    app.add_middleware(BodyLimitMiddleware)  # 413 before an oversized body is read

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    return app
