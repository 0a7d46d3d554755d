"""Edge speeds: the `maxspeed` tag where it parses, else the highway-class default."""

from __future__ import annotations

import re

MPH_TO_KPH = 1.609344
KNOTS_TO_KPH = 1.852

_NUMBER = re.compile(r"^\s*(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>km/h|kmh|kph|mph|knots)?\s*$")
_ZONE = re.compile(r"^\s*[A-Za-z]{2}:(?P<zone>[a-z_]+?)(?P<digits>\d+)?\s*$")


def parse_maxspeed(value: str, zone_speeds_kph: dict[str, float]) -> float | None:
    """Speed in km/h from an OSM `maxspeed` value, or None when it says nothing usable.

    Understands "50", "50 km/h", "30 mph", "10 knots", implicit limits like "TR:urban" (looked up
    in `zone_speeds_kph` by the part after the colon), "DE:zone30", and lists "50;30" (the lowest
    wins, since a van cannot count on the higher one). "none", "signals", "variable" give None.
    """
    speeds = [_parse_one(part, zone_speeds_kph) for part in value.replace("|", ";").split(";")]
    known = [s for s in speeds if s is not None and s > 0]
    return min(known) if known else None


def _parse_one(value: str, zone_speeds_kph: dict[str, float]) -> float | None:
    m = _NUMBER.match(value)
    if m:
        speed = float(m.group("value"))
        unit = m.group("unit")
        if unit == "mph":
            return speed * MPH_TO_KPH
        if unit == "knots":
            return speed * KNOTS_TO_KPH
        return speed
    z = _ZONE.match(value)
    if z:
        if z.group("digits"):
            return float(z.group("digits"))
        return zone_speeds_kph.get(z.group("zone"))
    return zone_speeds_kph.get(value.strip())


def edge_speed_kph(
    highway: str | list[str] | None,
    maxspeed: str | list[str] | None,
    speeds_kph: dict[str, float],
    zone_speeds_kph: dict[str, float],
    fallback_kph: float,
) -> float:
    """Speed (km/h) of one OSM edge: tagged limit if it parses, else its class default."""
    for tag in _as_list(maxspeed):
        parsed = parse_maxspeed(tag, zone_speeds_kph)
        if parsed is not None:
            return parsed
    defaults = [speeds_kph[h] for h in _as_list(highway) if h in speeds_kph]
    return min(defaults) if defaults else fallback_kph


def _as_list(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)
