"""The simulation's section of the settings tree: costs, CO₂ factor, solver work bounds,
sampling.

Costs are illustrative 2025 Turkish-lira figures for a municipal light van, meant to be
overridden per scenario (`costs:`) or with SOFRA_SIMULATION__* environment variables (read by
the root `config.Settings`; `sofra simulate` hands the section to `load_scenario`).
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class SimulationSettings(BaseModel):
    """Defaults of a what-if study; a scenario file overrides any of them."""

    # Diesel at ~50 TRY/l × ~9 l/100 km, plus tyres and servicing: ~7 TRY per km.
    cost_per_km_try: float = Field(7.0, ge=0, description="running cost of a van per km")
    # A driver's employer cost (2025 minimum-wage gross plus contributions, rounded up).
    cost_per_hour_try: float = Field(200.0, ge=0, description="driver cost per working hour")
    # Lease/depreciation and insurance of a light van, ~30,000 TRY/month over 60 shifts.
    cost_per_van_try: float = Field(500.0, ge=0, description="cost of a van used in a shift")
    # Tailpipe CO₂ of a diesel light commercial van: ~0.2 kg/km is the order of the EU
    # type-approval average for new vans (WLTP); town driving with many stops is no better.
    co2_kg_per_km: float = Field(0.2, ge=0, description="CO₂ per km driven, kg")

    days_sampled: int = Field(8, ge=1, description="days drawn per scenario")
    # Work bounds make the solver deterministic (same input and seed → same plan); the wall
    # clock limit is only a safety net and should never bind (see docs/simulation/README.md).
    pyvrp_iterations: int = Field(300, ge=1, description="PyVRP iterations per shift")
    ortools_solutions: int = Field(30, ge=1, description="OR-Tools solutions per stage")
    time_limit_s: float = Field(120.0, gt=0, description="safety-net wall clock per shift")
    drop_penalty: int = Field(
        1_000_000, ge=1, description="cost of an unserved meal: far above any van or detour"
    )
