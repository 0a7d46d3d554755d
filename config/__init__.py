"""Sofra's one settings tree: every section, one `SOFRA_` prefix, read from the environment once.

    from config import get_settings
    settings = get_settings()
    settings.scheduler.max_ride_min      # SOFRA_SCHEDULER__MAX_RIDE_MIN=45
    settings.api.job_workers             # SOFRA_API__JOB_WORKERS=2
    settings.database_url()              # DATABASE_URL, else the SQLite file of `paths`

Each package keeps its own section where its code lives (`geodata.settings`, `store.settings`,
…) as a plain model with defaults; only this root reads the environment, and only the entry
points (`cli/`, `api/`, `demo/`) import it and hand the sections down.
"""

from config.settings import Settings, get_settings, reset_settings

__all__ = ["Settings", "get_settings", "reset_settings"]
