"""The demo town: İnegöl's bundled road extract, seeded demo households, kitchen and fleet."""

from __future__ import annotations

from geodata.demo_households import generate_households
from geodata.graph import load_graph
from geodata.kitchen import KITCHEN
from geodata.settings import GeodataSettings
from scheduler.day_plan import Town
from scheduler.fleet import demo_fleet
from scheduler.settings import SchedulerSettings


def demo_town(
    geodata: GeodataSettings | None = None, settings: SchedulerSettings | None = None
) -> Town:
    """İnegöl as Sofra's demo plans it: everything from files in the repository, no server."""
    geodata = geodata or GeodataSettings()
    settings = settings or SchedulerSettings()
    road = load_graph(geodata.inegol_osm, geodata)
    return Town(
        road=road,
        households=generate_households(road),
        kitchen=KITCHEN,
        fleet=demo_fleet(settings),
        settings=settings,
    )
