"""The root of the settings tree (see the package doc)."""

from __future__ import annotations

import logging
import os
from functools import lru_cache

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from api.core.config import ApiSettings
from config.env_check import unknown_settings
from geodata.settings import GeodataSettings, PathSettings
from scheduler.parcels.settings import ParcelSettings
from scheduler.reports.settings import ReportSettings
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
    reports: ReportSettings = Field(default_factory=ReportSettings)
    parcels: ParcelSettings = Field(default_factory=ParcelSettings)
    visits: VisitSettings = Field(default_factory=VisitSettings)

    database_url_alias: str | None = Field(
        None,
        validation_alias=AliasChoices("DATABASE_URL", "SOFRA_DATABASE_URL"),
        exclude=True,
        repr=False,
        description="DATABASE_URL: moved into `store.database_url` unless that is set.",
    )

    whatsapp_verify_token_alias: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("SOFRA_WHATSAPP_VERIFY_TOKEN"),
        exclude=True,
        repr=False,
        description="SOFRA_WHATSAPP_VERIFY_TOKEN: moved into `api.whatsapp.verify_token`.",
    )
    whatsapp_app_secret_alias: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("SOFRA_WHATSAPP_APP_SECRET"),
        exclude=True,
        repr=False,
        description="SOFRA_WHATSAPP_APP_SECRET: moved into `api.whatsapp.app_secret`.",
    )

    @model_validator(mode="after")
    def _database_url_alias(self) -> Settings:
        if self.database_url_alias and not self.store.database_url:
            self.store = self.store.model_copy(update={"database_url": self.database_url_alias})
        return self

    @model_validator(mode="after")
    def _whatsapp_aliases(self) -> Settings:
        wa = self.api.whatsapp
        update = {}
        if self.whatsapp_verify_token_alias is not None and wa.verify_token is None:
            update["verify_token"] = self.whatsapp_verify_token_alias
        if self.whatsapp_app_secret_alias is not None and wa.app_secret is None:
            update["app_secret"] = self.whatsapp_app_secret_alias
        if update:
            self.api = self.api.model_copy(update={"whatsapp": wa.model_copy(update=update)})
        return self

    def database_url(self) -> str:
        """The SQLAlchemy URL of the configured store: `store.database_url`, else the SQLite
        file `paths.sqlite_path`."""
        return self.store.url(self.paths.sqlite_path)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of this process, read from the environment on first use; a `SOFRA_…`
    variable that sets nothing is logged as a warning (name only) instead of ignored."""
    for warning in unknown_settings(os.environ, Settings):
        logging.getLogger("sofra.config").warning(warning)
    return Settings()


def reset_settings() -> None:
    """Forget the settings read, so the next `get_settings` reads the environment again (tests,
    and each `sofra` command)."""
    get_settings.cache_clear()
