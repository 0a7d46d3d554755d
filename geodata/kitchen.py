"""The central kitchen every van starts from and returns to for its next load."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Kitchen:
    """A kitchen (depot): name, address and WGS 84 position."""

    name: str
    lat: float
    lon: float
    address: str = ""


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
