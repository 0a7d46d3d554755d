"""What the running app holds: settings, the store's engine, the road graph, jobs, caches and the
bound on password hashing."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field

from sqlalchemy import Engine

from api.core.config import ApiSettings
from api.core.hash_gate import HashGate
from api.jobs import JobRunner
from api.route_views import BytesCache
from geodata.road import RoadGraph
from geodata.settings import PathSettings
from scheduler.parcels.stored import ParcelSetup
from scheduler.settings import SchedulerSettings
from scheduler.visits.settings import VisitSettings
from sheets.roads import road_lines, simplify_roads
from sheets.settings import SheetsSettings
from store.settings import StoreSettings


@dataclass(slots=True)
class AppState:
    """Shared by every request of one app; the road graph is loaded once, at start-up.

    `settings` and the other `*_settings` are the sections of the settings tree the app was
    opened with (`api.main.open_state` takes them from `config.get_settings()`).
    """

    settings: ApiSettings
    scheduler_settings: SchedulerSettings
    engine: Engine
    road: RoadGraph
    token_key: str
    jobs: JobRunner
    sheets: BytesCache
    hashes: HashGate = field(default_factory=HashGate)
    store_settings: StoreSettings = field(default_factory=StoreSettings)
    sheets_settings: SheetsSettings = field(default_factory=SheetsSettings)
    paths: PathSettings = field(default_factory=PathSettings)
    parcels: ParcelSetup | None = None
    """The parcel planner's warehouse, vans and budgets (`api.parcel_planning`)."""
    visits_settings: VisitSettings = field(default_factory=VisitSettings)
    _roads_json: bytes | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def roads_json(self) -> bytes:
        """The road network as the page's base layer (JSON, computed once)."""
        with self._lock:
            if self._roads_json is None:
                cfg = self.sheets_settings
                lines = simplify_roads(
                    road_lines(self.road), cfg.road_simplify_m, cfg.coord_decimals
                )
                self._roads_json = json.dumps({"roads": lines}, separators=(",", ":")).encode()
            return self._roads_json
