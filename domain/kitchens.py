"""Depots: the central kitchen every meal van starts from and returns to for its next load."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Kitchen:
    """A kitchen (depot): name, address and WGS 84 position."""

    name: str
    lat: float
    lon: float
    address: str = ""
