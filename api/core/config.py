"""The API's section of the settings tree: tokens, logins, time zone, jobs, seeding, limits.

A plain model with defaults: the root `config.Settings` reads the environment
(`SOFRA_API__JOB_WORKERS=2`, …) and `api.main.open_state` keeps the section in the app's state.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field, SecretStr

from store.repositories.logins import LoginLimits


class WhatsAppSettings(BaseModel):
    """The WhatsApp Business Cloud API webhook (the tree's `api.whatsapp`; also read from
    SOFRA_WHATSAPP_VERIFY_TOKEN and SOFRA_WHATSAPP_APP_SECRET). With either unset the webhook
    answers 503. Sending replies needs `access_token` and `phone_number_id` and is never done
    unless asked (`sofra whatsapp send-outbox --really-send`)."""

    verify_token: SecretStr | None = Field(
        None, description="The token Meta's verification request must echo (hub.verify_token)."
    )
    app_secret: SecretStr | None = Field(
        None, description="The app secret: X-Hub-Signature-256 is the HMAC-SHA256 of the body."
    )
    access_token: SecretStr | None = Field(
        None, description="Graph API token for sending replies (only with --really-send)."
    )
    phone_number_id: str | None = Field(
        None, description="The business phone number id replies are sent from."
    )
    graph_url: str = Field(
        "https://graph.facebook.com/v21.0", description="Graph API base URL for sending replies."
    )
    send_timeout_s: float = Field(10.0, gt=0, description="Timeout of one send request.")

    def receiving(self) -> bool:
        """True when the webhook is configured (verify token and app secret both set)."""
        return self.verify_token is not None and self.app_secret is not None


class ApiSettings(BaseModel):
    """Settings of the HTTP API and `sofra serve` (the tree's `api`, env SOFRA_API__<FIELD>).

    The database is chosen by the store's section (`DATABASE_URL`, else the SQLite file).
    """

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
        None,
        description="Password of the first administrator, created on first start when the store "
        "has no users (it must pass the password policy); unset: no administrator is made, and "
        "`sofra serve` asks for one or says how to add one (`sofra users add --role admin`). "
        "With `seed_demo` an unset password is made at random and printed once.",
    )
    seed_demo: bool = Field(
        False,
        description="On an empty store, load İnegöl's demo households, fleet and logins, each "
        "with its own random password printed once (`sofra serve --demo`). Never for a real "
        "office's store.",
    )
    login_failures_per_account: int = Field(
        5, ge=1, description="Failed logins of one username within the window before 429."
    )
    login_failures_per_address: int = Field(
        20, ge=1, description="Failed logins from one client address within the window before 429."
    )
    login_window_min: float = Field(
        15, gt=0, description="Minutes a failed login counts towards the limits."
    )
    hash_concurrency: int = Field(
        2,
        ge=1,
        le=16,
        description="Password checks run at once in one process (each Argon2 check takes 64 MiB).",
    )
    hash_queue: int = Field(
        16, ge=0, description="Password checks waiting for a slot; beyond, a login gets 503."
    )
    host: str = Field("127.0.0.1", description="Address `sofra serve` listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port `sofra serve` listens on.")
    max_upload_bytes: int = Field(
        10 * 1024 * 1024, ge=1024, description="Largest spreadsheet accepted by an import."
    )
    max_json_bytes: int = Field(
        1024 * 1024,
        ge=1024,
        description="Largest JSON (or form) request body; a larger one is answered 413.",
    )
    pdf_cache_entries: int = Field(
        64, ge=0, description="Rendered route sheets kept in memory (plans never change)."
    )
    alert_poll_s: float = Field(3.0, gt=0, description="How often the page asks for new alerts.")
    whatsapp: WhatsAppSettings = Field(
        default_factory=WhatsAppSettings, description="The WhatsApp webhook and replies."
    )

    def login_limits(self) -> LoginLimits:
        """The login throttling limits."""
        return LoginLimits(
            per_account=self.login_failures_per_account,
            per_address=self.login_failures_per_address,
            window=dt.timedelta(minutes=self.login_window_min),
        )

    def zone(self) -> ZoneInfo:
        """The local time zone."""
        return ZoneInfo(self.timezone)

    def now(self) -> dt.datetime:
        """The current local time."""
        return dt.datetime.now(self.zone())

    def today(self) -> dt.date:
        """Today's date in the local time zone."""
        return self.now().date()
