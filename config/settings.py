"""The root of the settings tree (see the package doc)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from api.core.config import ApiSettings
from geodata.settings import GeodataSettings, PathSettings
from scheduler.settings import SchedulerSettings
from scheduler.simulation.settings import SimulationSettings
from scheduler.visits.settings import VisitSettings
from sheets.settings import SheetsSettings
from store.settings import StoreSettings


class Settings(BaseSettings):
    """Every setting of Sofra, by section; override any field with SOFRA_<SECTION>__<FIELD>
    (nested fields likewise: SOFRA_SCHEDULER__DINNER__DELIVERY_END=19:00).

    `DATABASE_URL` (or `SOFRA_DATABASE_URL`) is the well-known name of `store.database_url`;
    `SOFRA_STORE__DATABASE_URL`, when set, wins over it.
    """

    model_config = SettingsConfigDict(
        env_prefix="SOFRA_", env_nested_delimiter="__", extra="ignore", validate_default=True
    )

    paths: PathSettings = Field(default_factory=PathSettings)
    geodata: GeodataSettings = Field(default_factory=GeodataSettings)
    scheduler: SchedulerSettings = Field(default_factory=SchedulerSettings)
    simulation: SimulationSettings = Field(default_factory=SimulationSettings)
    store: StoreSettings = Field(default_factory=StoreSettings)
    sheets: SheetsSettings = Field(default_factory=SheetsSettings)
    api: ApiSettings = Field(default_factory=ApiSettings)
    visits: VisitSettings = Field(default_factory=VisitSettings)

    database_url_alias: str | None = Field(
        None,
        validation_alias=AliasChoices("DATABASE_URL", "SOFRA_DATABASE_URL"),
        exclude=True,
        repr=False,
        description="DATABASE_URL: moved into `store.database_url` unless that is set.",
    )

    @model_validator(mode="after")
    def _database_url_alias(self) -> Settings:
        if self.database_url_alias and not self.store.database_url:
            self.store = self.store.model_copy(update={"database_url": self.database_url_alias})
        return self

    def database_url(self) -> str:
        """The SQLAlchemy URL of the configured store: `store.database_url`, else the SQLite
        file `paths.sqlite_path`."""
        return self.store.url(self.paths.sqlite_path)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of this process, read from the environment on first use."""
    return Settings()


def reset_settings() -> None:
    """Forget the settings read, so the next `get_settings` reads the environment again (tests,
    and each `sofra` command)."""
    get_settings.cache_clear()
