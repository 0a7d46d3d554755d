"""Every scheduling default in one place: shift windows, kitchen departures, fleet, limits."""

from __future__ import annotations

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def hhmm_to_s(text: str) -> int:
    """Seconds since midnight of an "HH:MM" clock time."""
    hours, minutes = text.split(":")
    return int(hours) * 3600 + int(minutes) * 60


def s_to_hhmm(seconds: float) -> str:
    """ "HH:MM" of seconds since midnight (rounded down to the minute)."""
    minutes = int(seconds) // 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class ShiftSettings(BaseModel):
    """One meal shift: when meals may reach the door and when vans may leave the kitchen."""

    delivery_start: str = Field(description="earliest delivery at the door, HH:MM")
    delivery_end: str = Field(description="latest delivery at the door, HH:MM")
    kitchen_departure: str = Field(description="earliest time the first load leaves, HH:MM")
    drivers_off: str = Field(description="latest return of the vans to the kitchen, HH:MM")


class SchedulerSettings(BaseSettings):
    """Defaults for planning a day; override with SOFRA_* environment variables."""

    model_config = SettingsConfigDict(env_prefix="SOFRA_", env_nested_delimiter="__")

    breakfast: ShiftSettings = ShiftSettings(
        delivery_start="07:00", delivery_end="09:30", kitchen_departure="06:30", drivers_off="10:30"
    )
    dinner: ShiftSettings = ShiftSettings(
        delivery_start="17:00", delivery_end="19:30", kitchen_departure="16:30", drivers_off="20:30"
    )
    max_ride_min: int = Field(60, description="food-safety limit, kitchen departure → door")
    service_min: float = Field(3.0, description="handing over a meal to an elderly client")
    reload_min: float = Field(10.0, description="loading the next batch at the kitchen")
    van_count: int = Field(4, description="vans in the demo fleet")
    van_capacity_meals: int = Field(20, description="hot-box containers per van")
    consistency_penalty_s: int = Field(
        120, description="driving seconds worth keeping a household with yesterday's driver"
    )
    solver_time_limit_s: float = Field(5.0, description="solver budget per shift")

    def shift(self, name: str) -> ShiftSettings:
        """Settings of the shift called `name` ("breakfast" or "dinner")."""
        if name not in SHIFTS:
            raise ValueError(f"unknown shift {name!r}: expected one of {', '.join(SHIFTS)}")
        shift: ShiftSettings = getattr(self, name)
        return shift


SHIFTS = ("breakfast", "dinner")
