"""The sheets' section of the settings tree: map palette, headless browser, map detail.

`SheetsSettings` is a plain model with defaults: the root `config.Settings` reads the
environment (`SOFRA_SHEETS__CHROMIUM_PATH`, …) and the entry points pass the section down.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

# Distinguishable on screen and for the common colour-vision deficiencies (Okabe–Ito, then
# Tol's muted set), dark enough to stand out on the light grey road network.
ROUTE_PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#332288",
    "#882255",
    "#117733",
    "#AA4499",
    "#44AA99",
    "#999933",
)

CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
)


class SheetsSettings(BaseModel):
    """Settings for rendering (the tree's `sheets`, env SOFRA_SHEETS__<FIELD>)."""

    chromium_path: str = Field("/usr/bin/chromium", description="system Chromium for screenshots")
    road_simplify_m: float = Field(
        3.0, ge=0, description="tolerance (metres) when simplifying the map's road network"
    )
    coord_decimals: int = Field(
        5, ge=4, le=7, description="decimals kept for map coordinates (5 ≈ 1 m)"
    )
