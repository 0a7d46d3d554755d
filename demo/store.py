"""The demo town is one way to fill a store: its kitchen, fleet, households and holds.

`sofra demo` fills a temporary store this way and plans from it; the API's first start fills
its store the same way. Both then plan through `scheduler.stored`, so they plan the same
households on any day and report the same households held.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from demo.calendar import demo_holds
from demo.fleet import demo_fleet
from demo.town import KITCHEN
from domain.calendar import Hold
from domain.fleet import Fleet
from domain.households import Household
from domain.kitchens import Kitchen
from scheduler.settings import SchedulerSettings
from store.models import HoldRow
from store.repositories import fleet as fleet_repo
from store.repositories.audit import record_change
from store.repositories.households import new_household_row

KITCHEN_CODE = "MERKEZ"
"""Store code of the demo kitchen."""


@dataclass(frozen=True, slots=True)
class Filled:
    """What a fill wrote."""

    households: int = 0
    holds: int = 0
    vans: int = 0
    drivers: int = 0


def add_fleet(
    session: Session, kitchen: Kitchen, fleet: Fleet, *, actor: str, code: str = KITCHEN_CODE
) -> Filled:
    """The kitchen (stored as `code`), the vans based there and the drivers; the caller commits."""
    fleet_repo.add_kitchen(
        session, code=code, name=kitchen.name, lat=kitchen.lat, lon=kitchen.lon, actor=actor
    )
    for van in fleet.vans:
        fleet_repo.add_van(
            session,
            code=van.id,
            plate=van.plate,
            capacity_meals=van.capacity_meals,
            skills=van.skills,
            kitchen_code=code,
            actor=actor,
        )
    for driver in fleet.drivers:
        fleet_repo.add_driver(
            session,
            code=driver.id,
            name=driver.name,
            phone=driver.phone,
            shifts=driver.shifts,
            skills=driver.skills,
            actor=actor,
        )
    return Filled(vans=len(fleet.vans), drivers=len(fleet.drivers))


def add_households(
    session: Session, households: Sequence[Household], holds: Sequence[Hold], *, actor: str
) -> Filled:
    """New households and their holds, in bulk (one audit entry each); the caller commits."""
    rows = {h.ref: new_household_row(h) for h in households}
    session.add_all(rows.values())
    session.flush()
    session.add_all(
        HoldRow(
            household_id=rows[h.ref].id,
            start_date=h.start,
            end_date=h.end,
            reason=h.reason,
            created_by=actor,
        )
        for h in holds
    )
    session.flush()
    record_change(
        session,
        actor=actor,
        action="import",
        entity="household",
        detail={"created": len(households), "holds": len(holds), "source": "demo"},
    )
    return Filled(households=len(households), holds=len(holds))


def demo_fleet_of(settings: SchedulerSettings) -> Fleet:
    """The demo fleet sized by the scheduler settings (vans, containers per van)."""
    return demo_fleet(settings.van_count, settings.van_capacity_meals)


def add_demo_fleet(session: Session, settings: SchedulerSettings, *, actor: str) -> Filled:
    """İnegöl's demo kitchen, vans and drivers (e.g. for households imported from a file)."""
    return add_fleet(session, KITCHEN, demo_fleet_of(settings), actor=actor)


def fill_demo_store(
    session: Session,
    households: Sequence[Household],
    settings: SchedulerSettings,
    *,
    actor: str,
) -> Filled:
    """An empty store filled with the demo town: kitchen, fleet, `households` (the demo
    households of the road graph) and their demo holds (`demo.calendar.demo_holds`)."""
    fleet = add_demo_fleet(session, settings, actor=actor)
    people = add_households(session, households, demo_holds(households), actor=actor)
    return Filled(people.households, people.holds, fleet.vans, fleet.drivers)
