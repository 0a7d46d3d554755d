"""The home visits' section of the settings tree: the office the teams leave from, and the
engine's budget per team-day (`SOFRA_VISITS__OFFICE_LAT`, `SOFRA_VISITS__TIME_LIMIT_S`, …)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from domain.visits import Office
from scheduler.visits.week import WeekParams

# The social-services office: the municipal annex beside İnegöl's town hall square.
DEFAULT_OFFICE = Office(
    name="İnegöl Belediyesi Sosyal Hizmetler Müdürlüğü",
    lat=40.076676,
    lon=29.510147,
    address="Mustafa Kemal Bulvarı No: 19, Cuma Mah., İnegöl/Bursa",
)


class VisitSettings(BaseModel):
    """Where the teams' cars leave from, and how long the engine may route one team-day."""

    office_name: str = Field(DEFAULT_OFFICE.name, description="the office's name")
    office_lat: float = Field(DEFAULT_OFFICE.lat, ge=-90, le=90, description="latitude, °")
    office_lon: float = Field(DEFAULT_OFFICE.lon, ge=-180, le=180, description="longitude, °")
    office_address: str = Field(DEFAULT_OFFICE.address, description="the office's address")
    time_limit_s: float = Field(2.0, gt=0, description="engine seconds per team-day")
    seed: int = Field(1, description="the engine's seed")
    deterministic: bool = Field(True, description="same input, same plan (bounded by work)")

    def office(self) -> Office:
        """The office as `domain.visits.Office`."""
        return Office(self.office_name, self.office_lat, self.office_lon, self.office_address)

    def week_params(self) -> WeekParams:
        """The planner's parameters."""
        return WeekParams(
            time_limit_s=self.time_limit_s, seed=self.seed, deterministic=self.deterministic
        )
