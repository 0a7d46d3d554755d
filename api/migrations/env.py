"""Alembic environment of the API's tables: own version table, blind to the store's tables."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection

from api.models import ApiBase
from store.db import make_engine

VERSION_TABLE = "api_alembic_version"
config = context.config


def _ours(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Only the API's tables take part in autogenerate (the store's have their own history)."""
    if type_ == "table":
        return name in ApiBase.metadata.tables
    return True


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=ApiBase.metadata,
        version_table=VERSION_TABLE,
        include_object=_ours,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate through the given connection, or open one on the configured URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run `sofra serve`")
run_migrations_online()
