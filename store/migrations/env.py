"""Alembic environment: runs on the connection `store.db.upgrade` hands over, or on the URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from geodata.settings import PathSettings
from store.db import make_engine, migration_connection
from store.migrations.autogen import object_filter
from store.models import Base
from store.settings import StoreSettings

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_object=object_filter(connection.dialect.name),
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _url() -> str:
    """The URL of the Alembic command line: `-x url=…`, else `sqlalchemy.url`, else the default
    SQLite file (`sofra db upgrade` passes the configured store's connection instead)."""
    given = context.get_x_argument(as_dictionary=True).get("url")
    return (
        given
        or config.get_main_option("sqlalchemy.url")
        or StoreSettings().url(PathSettings().sqlite_path)
    )


def run_migrations_online() -> None:
    """Migrate through the given connection, or open one on the URL of the command line."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_url())
    try:
        with migration_connection(engine) as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run `sofra db upgrade`")
run_migrations_online()
