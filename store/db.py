"""Engines, sessions and migrations for the configured store (PostGIS, or the SQLite default)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from store.errors import ConcurrentUpdateError, SchemaOutdatedError
from store.exports.files import PRIVATE_FILE, create_private_file, private_dir

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for `url` (the configured store's is `config.Settings.database_url()`); bound
    values never reach the logs.

    Connections are pinged before use (`pool_pre_ping`), so the first request after a database
    restart gets a fresh connection instead of a dead one. For SQLite the file (names, phones,
    diets and the token-signing key) is created readable by its owner only (0600, its new
    folders 0700; SQLite gives its -wal and -shm files the same mode), foreign keys are
    enforced and the journal is WAL, so a dispatcher's page can read while a plan is written.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not parsed.query.get("uri"):
            _private_sqlite_file(Path(parsed.database))
        kwargs.setdefault("connect_args", {}).setdefault("timeout", 30)
    kwargs.setdefault("pool_pre_ping", True)
    engine = create_engine(url, hide_parameters=True, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _private_sqlite_file(path: Path) -> None:
    """Create the SQLite file 0600 (and its missing folders 0700) before SQLite opens it; a
    store left world-readable by an older Sofra is tightened."""
    private_dir(path.parent)
    create_private_file(path)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.chmod(PRIVATE_FILE)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to `engine`; objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error (nothing half-written).

    A write that lost an optimistic-locking race surfaces as `ConcurrentUpdateError`.
    """
    with Session(engine, expire_on_commit=False) as session:
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            raise ConcurrentUpdateError(_stale_kind(exc)) from exc


def _stale_kind(exc: StaleDataError) -> str:
    """The table named in SQLAlchemy's message ("UPDATE statement on table 'households' …")."""
    text = str(exc)
    marker = "on table '"
    if marker in text:
        return text.split(marker, 1)[1].split("'", 1)[0].rstrip("s") or "record"
    return "record"


def alembic_config(url: str) -> Config:
    """Alembic configuration of Sofra's migrations, usable from any working directory."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction for running migrations.

    On SQLite the foreign keys are off meanwhile (a migration that rebuilds a table, as SQLite
    needs to change its constraints, would otherwise delete what refers to it) and every foreign
    key is checked before the commit: a migration leaving a reference to nothing fails instead.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # only outside a transaction does SQLite take this pragma
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                yield connection
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(
                            f"the migration left {len(broken)} reference(s) to nothing, e.g. "
                            f"{tuple(broken[0])}; nothing was changed"
                        )
        finally:
            if sqlite:
                connection.rollback()
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations on `engine` up to `revision` (an empty database gets every table)."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with migration_connection(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    log.info("store migrated to %s on %s", revision, engine.url.get_backend_name())


def downgrade(engine: Engine, revision: str) -> None:
    """Undo the migrations on `engine` back to `revision`."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with migration_connection(engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    log.info("store migrated down to %s on %s", revision, engine.url.get_backend_name())


def current_revision(engine: Engine) -> str | None:
    """The migration revision the database is at (None when never migrated)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    """The newest migration revision in the code."""
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def open_store(url: str) -> Engine:
    """The store at `url`, ready for use (what `sofra demo`, `plan` and the CLI call).

    The embedded SQLite store is migrated on the spot; a PostgreSQL database must already be at
    the latest migration (`sofra db upgrade`), so an upgrade is always a deliberate step there.
    """
    engine = make_engine(url)
    if engine.dialect.name == "sqlite":
        upgrade(engine)
        return engine
    current, head = current_revision(engine), head_revision()
    if current != head:
        engine.dispose()
        raise SchemaOutdatedError(
            f"database {engine.url.render_as_string(hide_password=True)} is at migration "
            f"{current or 'none (empty)'}, this Sofra needs {head}; run `sofra db upgrade`"
        )
    return engine
