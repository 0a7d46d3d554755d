"""Start-up database work: wait for the store, migrate it, the token-signing key."""

from __future__ import annotations

import time

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from api.core.security import SECRET_NAME, new_secret
from store.db import upgrade
from store.models import SecretRow


class DatabaseUnavailableError(RuntimeError):
    """The database did not answer in time; check DATABASE_URL and that the server runs."""


def wait_for_database(engine: Engine, timeout_s: float = 30.0, every_s: float = 1.0) -> None:
    """Return once `engine` answers a query; `DatabaseUnavailableError` after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return
        except OperationalError as exc:
            if time.monotonic() >= deadline:
                raise DatabaseUnavailableError(
                    f"database {engine.url.render_as_string(hide_password=True)} did not answer "
                    f"in {timeout_s:.0f} s; check DATABASE_URL and that the server runs"
                ) from exc
            time.sleep(every_s)


def migrate(engine: Engine) -> None:
    """Wait for the database, then bring the store (users and alerts too) to the latest schema."""
    wait_for_database(engine)
    upgrade(engine)


def token_key(session: Session) -> str:
    """This store's token-signing key, created on first use (kept in the `secrets` table)."""
    row = session.get(SecretRow, SECRET_NAME)
    if row is None:
        row = SecretRow(name=SECRET_NAME, value=new_secret())
        session.add(row)
        session.flush()
    return row.value
