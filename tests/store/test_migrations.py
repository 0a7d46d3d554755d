"""Migrations build the whole schema from an empty database, matching the models exactly."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from store.db import alembic_config, current_revision, head_revision, open_store, upgrade
from store.errors import SchemaOutdatedError
from store.migrations.autogen import object_filter
from store.models import Base


def _pending_diff(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_object": object_filter(connection.dialect.name), "compare_type": True},
        )
        return list(compare_metadata(context, Base.metadata))


def test_upgrade_head_from_empty_matches_models(empty_engine: Engine) -> None:
    upgrade(empty_engine)

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert current_revision(empty_engine) == head
    tables = set(inspect(empty_engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert _pending_diff(empty_engine) == []


def test_upgrade_is_idempotent(empty_engine: Engine) -> None:
    upgrade(empty_engine)
    upgrade(empty_engine)
    assert _pending_diff(empty_engine) == []


def test_models_without_migration_show_a_diff(empty_engine: Engine) -> None:
    """The comparison is not vacuous: an empty database differs from the models."""
    diff = _pending_diff(empty_engine)
    added = {d[1].name for d in diff if isinstance(d, tuple) and d[0] == "add_table"}
    assert added == set(Base.metadata.tables)


def test_a_table_outside_the_models_is_a_diff(empty_engine: Engine) -> None:
    """One history owns every table: a leftover (the old API's `api_users`) is not ignored."""
    upgrade(empty_engine)
    with empty_engine.begin() as connection:
        connection.execute(text("CREATE TABLE api_users (id INTEGER PRIMARY KEY)"))
    removed = {d[1].name for d in _pending_diff(empty_engine) if d[0] == "remove_table"}
    assert removed == {"api_users"}


def test_open_store_migrates_sqlite_but_never_postgres_behind_your_back(
    empty_store_url: str,
) -> None:
    if empty_store_url.startswith("sqlite"):
        engine = open_store(empty_store_url)
        assert current_revision(engine) == head_revision()
        engine.dispose()
        return
    with pytest.raises(SchemaOutdatedError, match="run `sofra db upgrade`"):
        open_store(empty_store_url)
