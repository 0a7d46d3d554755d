"""Every scheduling default in one place: shift windows, kitchen departures, fleet, limits."""

from __future__ import annotations

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from domain.services import BREAKFAST, DINNER, HOT_MEALS, Shift, check_shift


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


class SchedulerSettings(BaseSettings):
    """Defaults for planning a day; override with SOFRA_* environment variables."""

    model_config = SettingsConfigDict(env_prefix="SOFRA_", env_nested_delimiter="__")

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

    def shift(self, name: str) -> ShiftSettings:
        """Settings of the shift called `name` ("breakfast" or "dinner")."""
        check_shift(name)
        shift: ShiftSettings = getattr(self, name)
        return shift
