"""Every API default in one place: tokens, time zone, jobs, seeding, serving (env prefix SOFRA_)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ApiSettings(BaseSettings):
    """Settings of the HTTP API and `sofra serve`; override with SOFRA_* environment variables.

    The database is chosen by the store's settings (`DATABASE_URL`, else the SQLite file).
    """

    model_config = SettingsConfigDict(env_prefix="SOFRA_", extra="ignore")

    secret_key: SecretStr | None = Field(
        None,
        description="Key signing the access tokens; unset: a random key kept in the store, so "
        "tokens survive a restart.",
    )
    jwt_algorithm: str = Field("HS256", description="JWT signature algorithm (PyJWT).")
    token_expire_min: int = Field(
        12 * 60, ge=1, description="Lifetime of an access token (a dispatcher's working day)."
    )
    token_cookie: str = Field(
        "sofra_token",
        description="Cookie that carries the token for links (route sheet PDFs); it is accepted "
        "on GET requests only, so a forged form cannot change anything.",
    )
    timezone: str = Field("Europe/Istanbul", description="Clock of the kitchen and the drivers.")
    breakfast_until: str = Field(
        "13:00", description="Before this local time a driver's 'my route' means breakfast."
    )
    job_workers: int = Field(
        1, ge=1, le=8, description="Planning jobs run at once (each uses a core while solving)."
    )
    jobs_kept: int = Field(200, ge=10, description="Jobs kept in the store for GET /jobs/{id}.")
    job_queue_per_user: int = Field(
        5, ge=1, le=100, description="Jobs one user may have waiting in the queue (429 beyond)."
    )
    job_poll_s: float = Field(
        0.5, gt=0, le=10, description="How often an idle worker looks for jobs of other processes."
    )
    job_heartbeat_s: float = Field(
        2.0, gt=0, le=60, description="How often a running job's process says it is alive."
    )
    job_stale_s: float = Field(
        30.0,
        gt=0,
        description="A running job whose process has not said so for this long (another host, "
        "or a process that stopped answering) is marked interrupted.",
    )
    admin_username: str = Field("admin", description="The administrator created on first start.")
    admin_password: SecretStr | None = Field(
        None, description="Password of the first administrator; unset: a random one, printed once."
    )
    demo_password: SecretStr | None = Field(
        None,
        description="Password of the seeded demo users (dispatcher, planner, drivers d1..d6); "
        "unset: a random one, printed once.",
    )
    seed_demo: bool = Field(
        True, description="On an empty store, load İnegöl's demo households, fleet and users."
    )
    host: str = Field("127.0.0.1", description="Address `sofra serve` listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port `sofra serve` listens on.")
    max_upload_bytes: int = Field(
        10 * 1024 * 1024, ge=1024, description="Largest spreadsheet accepted by an import."
    )
    pdf_cache_entries: int = Field(
        64, ge=0, description="Rendered route sheets kept in memory (plans never change)."
    )
    alert_poll_s: float = Field(3.0, gt=0, description="How often the page asks for new alerts.")

    def zone(self) -> ZoneInfo:
        """The local time zone."""
        return ZoneInfo(self.timezone)

    def now(self) -> dt.datetime:
        """The current local time."""
        return dt.datetime.now(self.zone())

    def today(self) -> dt.date:
        """Today's date in the local time zone."""
        return self.now().date()
