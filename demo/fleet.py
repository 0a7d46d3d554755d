"""İnegöl's demo fleet: four vans and six drivers over the two meal shifts."""

from __future__ import annotations

from domain.fleet import CARRY_INSIDE, Driver, Fleet, Van
from domain.services import BREAKFAST, DINNER

VAN_COUNT = 4
"""Vans in the demo fleet."""
VAN_CAPACITY_MEALS = 20
"""Hot-box containers per demo van."""

_DEMO_DRIVERS: tuple[tuple[str, str, str, set[str], set[str]], ...] = (
    ("D1", "Mehmet Öztürk", "+90 532 410 12 01", {BREAKFAST.name}, {CARRY_INSIDE}),
    ("D2", "Hüseyin Çelik", "+90 533 418 22 02", {BREAKFAST.name}, set()),
    ("D3", "İsmail Şahin", "+90 535 207 33 03", {BREAKFAST.name, DINNER.name}, {CARRY_INSIDE}),
    ("D4", "Gülşen Yıldız", "+90 536 611 44 04", {BREAKFAST.name, DINNER.name}, set()),
    ("D5", "Ramazan Doğan", "+90 542 380 55 05", {DINNER.name}, {CARRY_INSIDE}),
    ("D6", "Ayşe Kılıç", "+90 543 902 66 06", {DINNER.name}, set()),
)


def demo_fleet(van_count: int = VAN_COUNT, capacity_meals: int = VAN_CAPACITY_MEALS) -> Fleet:
    """İnegöl's demo fleet: `van_count` vans and six drivers over two shifts."""
    vans = [Van(f"V{i}", f"16 İNG {100 + i}", capacity_meals) for i in range(1, van_count + 1)]
    drivers = [
        Driver(id_, name, phone, frozenset(shifts), frozenset(skills))
        for id_, name, phone, shifts, skills in _DEMO_DRIVERS
    ]
    return Fleet(vans=vans, drivers=drivers)
