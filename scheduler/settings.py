"""The scheduler's section of the settings tree: shift windows, kitchen departures, fleet,
limits, the solver's budget and seed.

A plain model with defaults (the service kind's, `domain.services.HOT_MEALS`): the root
`config.Settings` reads the environment (`SOFRA_SCHEDULER__MAX_RIDE_MIN=45`,
`SOFRA_SCHEDULER__DINNER__DELIVERY_END=19:00`, …) and the entry points pass the section down.
A plan version stores the section it was planned with (`scheduler.stored`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field, ValidationInfo, field_validator

from domain.services import BREAKFAST, DINNER, HOT_MEALS, Shift, check_shift

if TYPE_CHECKING:
    from routing.model import SolveParams


class ShiftSettings(BaseModel):
    """One meal shift: when meals may reach the door and when vans may leave the kitchen."""

    delivery_start: str = Field(description="earliest delivery at the door, HH:MM")
    delivery_end: str = Field(description="latest delivery at the door, HH:MM")
    kitchen_departure: str = Field(description="earliest time the first load leaves, HH:MM")
    drivers_off: str = Field(description="latest return of the vans to the kitchen, HH:MM")

    @classmethod
    def of(cls, shift: Shift) -> ShiftSettings:
        """The service kind's default windows for `shift`."""
        return cls(
            delivery_start=shift.delivery_start,
            delivery_end=shift.delivery_end,
            kitchen_departure=shift.depot_departure,
            drivers_off=shift.drivers_off,
        )


class SchedulerSettings(BaseModel):
    """How a day is planned (the tree's `scheduler`, env SOFRA_SCHEDULER__<FIELD>)."""

    breakfast: ShiftSettings = ShiftSettings.of(BREAKFAST)
    dinner: ShiftSettings = ShiftSettings.of(DINNER)
    max_ride_min: int = Field(
        HOT_MEALS.max_ride_min or 0, description="food-safety limit, kitchen departure → door"
    )
    service_min: float = Field(
        HOT_MEALS.service_min, description="handing over a meal to an elderly client"
    )
    reload_min: float = Field(
        HOT_MEALS.reload_min, description="loading the next batch at the kitchen"
    )
    van_count: int = Field(4, description="vans in the demo fleet")
    van_capacity_meals: int = Field(20, description="hot-box containers per van")
    consistency_penalty_s: int = Field(
        120, description="driving seconds worth keeping a household with yesterday's driver"
    )
    solver_time_limit_s: float = Field(5.0, description="solver budget per shift")
    solver_seed: int = Field(
        1, description="seed of the solver's search: the same store and seed give the same plan"
    )

    @field_validator("breakfast", "dinner", mode="before")
    @classmethod
    def _partial_shift(cls, value: Any, info: ValidationInfo) -> Any:
        """A shift given in part (SOFRA_SCHEDULER__DINNER__DELIVERY_END=19:00 alone) keeps the
        service kind's other times."""
        if isinstance(value, dict) and info.field_name is not None:
            return ShiftSettings.of(HOT_MEALS.shift(info.field_name)).model_dump() | value
        return value

    def shift(self, name: str) -> ShiftSettings:
        """Settings of the shift called `name` ("breakfast" or "dinner")."""
        check_shift(name)
        shift: ShiftSettings = getattr(self, name)
        return shift

    def solve_params(self, time_limit_s: float | None = None) -> SolveParams:
        """The solver budget of a day plan: `time_limit_s` (default `solver_time_limit_s`) and
        `solver_seed`."""
        from routing.model import SolveParams

        return SolveParams(
            time_limit_s=time_limit_s or self.solver_time_limit_s, seed=self.solver_seed
        )
