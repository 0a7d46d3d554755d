"""Geodata errors: each names the thing at fault and how to fix it."""

from __future__ import annotations


class OsmFileError(ValueError):
    """An OSM file that cannot be read or holds no drivable road."""


class PointOffRoadError(ValueError):
    """A point too far from any drivable road (or outside the extract) to be served."""

    def __init__(
        self,
        lat: float,
        lon: float,
        distance_m: float,
        limit_m: float,
        label: str | None = None,
        outside_extract: bool = False,
    ) -> None:
        self.lat = lat
        self.lon = lon
        self.distance_m = distance_m
        self.limit_m = limit_m
        self.label = label
        self.outside_extract = outside_extract
        who = f"{label} at " if label else "point "
        where = f"{who}({lat:.4f}, {lon:.4f})"
        if outside_extract:
            msg = (
                f"{where} is {distance_m:,.0f} m from the nearest drivable road "
                f"(limit {limit_m:,.0f} m) and outside the road extract; check the coordinates "
                "or load a larger OSM extract"
            )
        else:
            msg = (
                f"{where} is {distance_m:,.0f} m from the nearest drivable road "
                f"(limit {limit_m:,.0f} m); check the coordinates or raise "
                "SOFRA_GEODATA__SNAP_LIMIT_M"
            )
        super().__init__(msg)

    def __reduce__(self) -> tuple[type[PointOffRoadError], tuple[object, ...]]:
        return (
            PointOffRoadError,
            (self.lat, self.lon, self.distance_m, self.limit_m, self.label, self.outside_extract),
        )
