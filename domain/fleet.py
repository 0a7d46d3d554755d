"""The fleet: vans with capacities, drivers with shifts and skills, and who drives what."""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.services import SHIFTS


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
