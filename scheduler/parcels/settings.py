"""The parcel planner's section of the settings tree (`SOFRA_PARCELS__…`): budgets of a month
planned through the API and the demo families seeded with `sofra serve --demo`."""

from __future__ import annotations

from pydantic import BaseModel, Field

from domain.parcels import ParcelStock
from scheduler.parcels.month import MonthParams


class ParcelSettings(BaseModel):
    """Budgets of the parcel planner (seconds) and the daily gluten-free stock (parcels)."""

    time_limit_s: float = Field(4.0, gt=0, description="Solver seconds per day routed.")
    improve_s: float = Field(
        60.0, ge=0, description="Seconds for moving families between days after routing."
    )
    deterministic: bool = Field(False, description="Same input, same plan (slower).")
    gluten_free_per_day: int = Field(4, ge=0, description="Gluten-free parcels in stock per day.")
    seed_demo_families: bool = Field(
        False,
        description="With `sofra serve --demo`, also seed the demo families on a store with "
        "none (off by default: `sofra parcels import --demo` loads them).",
    )
    demo_families: int = Field(
        6091, ge=1, description="How many demo families the demo seed places (tests use fewer)."
    )

    def month_params(self) -> MonthParams:
        """The planner's budgets."""
        return MonthParams(
            time_limit_s=self.time_limit_s,
            improve_s=self.improve_s,
            deterministic=self.deterministic,
            stock=ParcelStock({"gluten_free": self.gluten_free_per_day}),
        )
