"""The reports' section of the settings tree (`SOFRA_REPORTS__*`): suppression and costs.

Costs are 2025 Turkish-lira estimates for a municipal light van, chosen to agree with the
what-if studies (`scheduler.simulation.settings`); override them with the office's own figures.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field


class ReportSettings(BaseModel):
    """How reports protect small counts and what a kilometre, a van-day and a meal cost."""

    # KVKK: a figure counting 1..4 people could single someone out in a small mahalle; 5 is
    # the common minimum cell size of official statistics (TÜİK, Eurostat).
    suppress_below: int = Field(
        5, ge=1, description="cells counting fewer people than this are shown as '<N'"
    )
    # Diesel at ~50 TRY/l × ~9 l/100 km, plus tyres and servicing (as `simulation`).
    cost_per_km_try: float = Field(7.0, ge=0, description="running cost of a van per km")
    # A van used in one shift: lease/depreciation and insurance ~500 TRY (as `simulation`)
    # plus its driver for ~3 working hours at ~200 TRY/h (2025 minimum-wage employer cost).
    cost_per_van_day_try: float = Field(
        1100.0, ge=0, description="cost of one van and driver used in one shift (a van-day)"
    )
    # Ingredients, energy and kitchen staff of one hot meal in a municipal central kitchen.
    cost_per_meal_try: float = Field(60.0, ge=0, description="kitchen cost of one meal")
    # Tailpipe CO₂ of a diesel light commercial van, ~0.2 kg/km (EU WLTP new-van average).
    co2_kg_per_km: float = Field(0.2, ge=0, description="CO₂ per km driven, kg")
    log_file: Path | None = Field(
        None,
        description="a delivery-log file (parcels, visits, applications) read beside the store "
        "until their tables exist",
    )
