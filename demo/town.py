"""The demo town: İnegöl's bundled road extract, seeded demo households, kitchen and fleet."""

from __future__ import annotations

from config import get_settings
from demo.fleet import demo_fleet
from demo.households import generate_households
from domain.kitchens import Kitchen
from geodata.graph import load_graph
from geodata.settings import GeodataSettings, PathSettings
from scheduler.day_plan import Town
from scheduler.settings import SchedulerSettings

# The municipality's real kitchen is not mapped in OpenStreetMap, so Sofra's demo uses the
# İnegöl Belediyesi Ek Hizmet Binası (municipal annex, OSM way 745318406, Mustafa Kemal
# Bulvarı No: 19, Cuma Mah.) in the town centre, next to the town hall square. The point is
# the building's centroid; it snaps ~40 m to Mustafa Kemal Bulvarı (secondary, drivable).
KITCHEN = Kitchen(
    name="İnegöl Belediyesi Merkez Mutfağı (Ek Hizmet Binası)",
    lat=40.076676,
    lon=29.510147,
    address="Mustafa Kemal Bulvarı No: 19, Cuma Mah., İnegöl/Bursa",
)


def demo_town(
    geodata: GeodataSettings | None = None,
    settings: SchedulerSettings | None = None,
    *,
    paths: PathSettings | None = None,
) -> Town:
    """İnegöl as Sofra's demo plans it: everything from files in the repository, no server.

    Sections not given are the settings tree's (`config.get_settings()`)."""
    tree = get_settings()
    geodata = geodata or tree.geodata
    settings = settings or tree.scheduler
    paths = paths or tree.paths
    road = load_graph(paths.inegol_osm, geodata, cache_dir=paths.cache_dir)
    return Town(
        road=road,
        households=generate_households(road),
        kitchen=KITCHEN,
        fleet=demo_fleet(settings.van_count, settings.van_capacity_meals),
        settings=settings,
    )
