"""The fleet: vans with capacities, drivers with shifts and skills, and who drives what."""

from __future__ import annotations

from dataclasses import dataclass, field

from scheduler.settings import SHIFTS, SchedulerSettings


@dataclass(frozen=True, slots=True)
class Van:
    """A delivery van: `capacity_meals` hot-box containers per load."""

    id: str
    plate: str
    capacity_meals: int
    skills: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Driver:
    """A driver, the shifts they work and what they may do (e.g. carry a meal inside)."""

    id: str
    name: str
    phone: str
    shifts: frozenset[str] = frozenset(SHIFTS)
    skills: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Crew:
    """A van and its driver for one shift: the unit the router plans."""

    van: Van
    driver: Driver

    @property
    def id(self) -> str:
        """Stable id of the crew, used as the routing vehicle id."""
        return f"{self.van.id}/{self.driver.id}"

    @property
    def skills(self) -> frozenset[str]:
        """What this van and driver can do together."""
        return self.van.skills | self.driver.skills


@dataclass(slots=True)
class Fleet:
    """Vans and drivers; crews pair them per shift in the order given."""

    vans: list[Van]
    drivers: list[Driver]
    pairing: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def crews(self, shift: str) -> list[Crew]:
        """Van–driver pairs working `shift`: the explicit pairing, else drivers in order."""
        vans = {v.id: v for v in self.vans}
        drivers = {d.id: d for d in self.drivers}
        if shift in self.pairing:
            return [Crew(vans[v], drivers[d]) for v, d in self.pairing[shift]]
        on_shift = [d for d in self.drivers if shift in d.shifts]
        return [Crew(van, driver) for van, driver in zip(self.vans, on_shift, strict=False)]


CARRY_INSIDE = "carry_inside"
"""Skill: the driver may carry the meal into the flat (bedridden or wheelchair clients)."""

_DEMO_DRIVERS: tuple[tuple[str, str, str, set[str], set[str]], ...] = (
    ("D1", "Mehmet Öztürk", "+90 532 410 12 01", {"breakfast"}, {CARRY_INSIDE}),
    ("D2", "Hüseyin Çelik", "+90 533 418 22 02", {"breakfast"}, set()),
    ("D3", "İsmail Şahin", "+90 535 207 33 03", {"breakfast", "dinner"}, {CARRY_INSIDE}),
    ("D4", "Gülşen Yıldız", "+90 536 611 44 04", {"breakfast", "dinner"}, set()),
    ("D5", "Ramazan Doğan", "+90 542 380 55 05", {"dinner"}, {CARRY_INSIDE}),
    ("D6", "Ayşe Kılıç", "+90 543 902 66 06", {"dinner"}, set()),
)


def demo_fleet(settings: SchedulerSettings | None = None) -> Fleet:
    """İnegöl's demo fleet: `van_count` vans and six drivers over two shifts."""
    settings = settings or SchedulerSettings()
    vans = [
        Van(f"V{i}", f"16 İNG {100 + i}", settings.van_capacity_meals)
        for i in range(1, settings.van_count + 1)
    ]
    drivers = [
        Driver(id_, name, phone, frozenset(shifts), frozenset(skills))
        for id_, name, phone, shifts, skills in _DEMO_DRIVERS
    ]
    return Fleet(vans=vans, drivers=drivers)
