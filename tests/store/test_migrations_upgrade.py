"""`sofra db upgrade` on a store Sofra 4d2dda9 made (users and alerts in the API's own tables,
under a second migration history): every row kept, real foreign keys, one history left.

The old stores are tests/data/store-4d2dda9.sqlite and, for PostGIS, the plain-SQL dump
tests/data/store-4d2dda9.postgis.sql, both made by tests/data/make_store_4d2dda9.py with the
old code.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool
from typer.testing import CliRunner

from cli.main import app
from store.db import (
    current_revision,
    downgrade,
    head_revision,
    make_engine,
    session_scope,
    upgrade,
)
from store.migrations.autogen import object_filter
from store.models import Base, DriverRow, OutcomeStatus, Role, UserRow
from store.repositories import accounts, alerts, fleet
from store.repositories.outcomes import record_outcome

DATA = Path(__file__).resolve().parent.parent / "data"
OLD_SQLITE = DATA / "store-4d2dda9.sqlite"
OLD_POSTGIS_DUMP = DATA / "store-4d2dda9.postgis.sql"
OLD_SCHEMA = "sofra_4d2dda9"
"""The schema the PostGIS dump was taken from; loaded into each test's own schema instead."""

ADMIN_PASSWORD, DEMO_PASSWORD = "admin-secret-1", "demo-secret-1"
OLD_COUNTS = {"users": 10, "alerts": 2, "households": 494, "plans": 2}
"""What the old store holds (see make_store_4d2dda9.py)."""
OLD_TABLES = {"users": "api_users", "alerts": "api_alerts"}

EXPECTED_FOREIGN_KEYS = {
    "users": {
        ("driver_code", "drivers", "code", "RESTRICT", "CASCADE"),
        ("team_code", "visit_teams", "code", "RESTRICT", "CASCADE"),
    },
    "alerts": {
        ("outcome_id", "delivery_outcomes", "id", "CASCADE", None),
        ("stop_id", "stops", "id", "CASCADE", None),
        ("plan_id", "plans", "id", "CASCADE", None),
        ("household_ref", "households", "ref", "CASCADE", "CASCADE"),
        ("driver_code", "drivers", "code", "SET NULL", "CASCADE"),
    },
}
"""(column, referred table and column, ON DELETE, ON UPDATE) per table."""


def _load_postgis_dump(url: str) -> None:
    """Replay the old PostGIS store's dump into the (empty) schema `url` points at."""
    engine = make_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            schema = connection.scalar(text("SELECT current_schema()"))
        lines = OLD_POSTGIS_DUMP.read_text(encoding="utf-8").splitlines()
        script = "\n".join(
            line
            for line in lines
            if not line.startswith("\\")  # psql meta-commands (\restrict …)
            and line != f"CREATE SCHEMA {OLD_SCHEMA};"
        ).replace(f"{OLD_SCHEMA}.", f"{schema}.")
        raw = engine.raw_connection()  # the dump empties search_path: its own connection
        try:
            raw.cursor().execute(script)
            raw.commit()
        finally:
            raw.close()
    finally:
        engine.dispose()


@pytest.fixture
def old_store_url(empty_store_url: str) -> str:
    """URL of a store as Sofra 4d2dda9 left it (a copied SQLite file, or the dump replayed)."""
    if empty_store_url.startswith("sqlite"):
        shutil.copy(OLD_SQLITE, empty_store_url.removeprefix("sqlite:///"))
    else:
        _load_postgis_dump(empty_store_url)
    return empty_store_url


@pytest.fixture
def old_engine(old_store_url: str) -> Iterator[Engine]:
    """An engine on the old store."""
    engine = make_engine(old_store_url)
    yield engine
    engine.dispose()


def _counts(engine: Engine, tables: dict[str, str]) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            name: int(connection.scalar(text(f"SELECT COUNT(*) FROM {table}")) or 0)
            for name, table in tables.items()
        }


def _foreign_keys(engine: Engine, table: str) -> set[tuple[str, str, str, str | None, str | None]]:
    return {
        (
            fk["constrained_columns"][0],
            fk["referred_table"],
            fk["referred_columns"][0],
            fk["options"].get("ondelete"),
            fk["options"].get("onupdate"),
        )
        for fk in inspect(engine).get_foreign_keys(table)
    }


def _pending_diff(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_object": object_filter(connection.dialect.name), "compare_type": True},
        )
        return list(compare_metadata(context, Base.metadata))


def _users(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                text("SELECT id, username, password_hash, role, driver_code, active FROM users")
            )
        ]


def test_the_old_store_is_what_the_old_code_made(old_engine: Engine) -> None:
    tables = set(inspect(old_engine).get_table_names())
    assert {"api_users", "api_alerts", "api_alembic_version", "alembic_version"} <= tables
    with old_engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == "0001"
        assert connection.scalar(text("SELECT version_num FROM api_alembic_version")) == "a001"
    counts = _counts(old_engine, OLD_TABLES | {"households": "households", "plans": "plans"})
    assert counts == OLD_COUNTS


def test_upgrade_keeps_every_row_and_adds_foreign_keys(old_engine: Engine) -> None:
    with old_engine.connect() as connection:
        old_hashes = dict(
            connection.execute(text("SELECT username, password_hash FROM api_users")).all()
        )

    upgrade(old_engine)  # what `sofra db upgrade` calls

    assert current_revision(old_engine) == head_revision()
    tables = set(inspect(old_engine).get_table_names())
    assert not {"api_users", "api_alerts", "api_alembic_version"} & tables
    assert {"users", "alerts"} <= tables
    counts = _counts(old_engine, {t: t for t in OLD_COUNTS})
    assert counts == OLD_COUNTS
    assert {u[1]: u[2] for u in _users(old_engine)} == old_hashes
    for table, expected in EXPECTED_FOREIGN_KEYS.items():
        assert _foreign_keys(old_engine, table) == expected
    assert _pending_diff(old_engine) == []  # the same schema as a store made today

    with session_scope(old_engine) as session:
        admin = accounts.authenticate(session, username="admin", password=ADMIN_PASSWORD)
        assert admin is not None and admin.role == Role.ADMIN.value
        driver = accounts.authenticate(session, username="d3", password=DEMO_PASSWORD)
        assert driver is not None and driver.driver_code == "D3"
        assert accounts.authenticate(session, username="yedek", password="yedek-secret-1") is None
        assert accounts.authenticate(session, username="admin", password="wrong") is None
        listed = alerts.list_alerts(session, include_acknowledged=True)
        assert [a.id for a in listed] == [2, 1]
        assert listed[1].acknowledged_by == "dispatcher" and listed[1].note == "Kapıyı açan olmadı"
        assert {a.driver_code for a in listed} == {"D3"}


def test_new_rows_after_the_upgrade_get_fresh_ids(old_engine: Engine) -> None:
    """Copied rows keep their ids; the next login and alert continue after them."""
    upgrade(old_engine)
    with session_scope(old_engine) as session:
        row = accounts.create_user(
            session, username="yeni", password="yeni-secret-1", role=Role.PLANNER, actor="admin"
        )
        assert row.id == OLD_COUNTS["users"] + 1
        outcome = record_outcome(
            session, stop_id=1, status=OutcomeStatus.NOT_AT_HOME, recorded_by="dispatcher"
        )
        alert = alerts.raise_alert(session, outcome=outcome, actor="dispatcher")
        assert alert.id == OLD_COUNTS["alerts"] + 1


def test_the_foreign_keys_hold(old_engine: Engine) -> None:
    upgrade(old_engine)
    with session_scope(old_engine) as session:
        fleet.add_driver(session, code="D9", name="Yedek Sürücü", actor="admin")
        accounts.create_user(
            session,
            username="d9",
            password="driver-secret-9",
            role=Role.DRIVER,
            driver_code="D9",
            actor="admin",
        )
    ghost = UserRow(
        username="ghost", password_hash="x", role="driver", driver_code="NOPE", created_by="t"
    )
    with pytest.raises(IntegrityError), session_scope(old_engine) as session:
        session.add(ghost)
    with pytest.raises(IntegrityError), session_scope(old_engine) as session:
        session.delete(fleet.get(session, DriverRow, code="D9"))  # d9 logs in as D9
    with session_scope(old_engine) as session:
        assert accounts.get_user(session, username="d9").driver_code == "D9"


def test_an_alert_without_driver_keeps_no_driver(old_engine: Engine) -> None:
    """The old code wrote "" for a route without driver; the foreign key needs NULL."""
    with old_engine.begin() as connection:
        connection.execute(text("UPDATE api_alerts SET driver_code = '' WHERE id = 2"))
    upgrade(old_engine)
    with session_scope(old_engine) as session:
        assert [a.driver_code for a in alerts.list_alerts(session)] == [None]


def test_a_reference_to_nothing_stops_the_upgrade_and_changes_nothing(
    old_engine: Engine,
) -> None:
    with old_engine.begin() as connection:
        connection.execute(text("UPDATE api_alerts SET stop_id = 99999 WHERE id = 1"))
    with pytest.raises(Exception, match=r"api_alerts id 1: stop_id 99999 is not in stops"):
        upgrade(old_engine)
    assert current_revision(old_engine) == "0001"
    tables = set(inspect(old_engine).get_table_names())
    assert {"api_users", "api_alerts", "api_alembic_version"} <= tables
    assert not {"users", "alerts"} & tables
    with old_engine.begin() as connection:
        connection.execute(text("UPDATE api_alerts SET stop_id = 38 WHERE id = 1"))
    upgrade(old_engine)
    assert _counts(old_engine, {t: t for t in OLD_COUNTS}) == OLD_COUNTS


def test_upgrading_twice_is_a_no_op(old_engine: Engine) -> None:
    upgrade(old_engine)
    before = (_counts(old_engine, {t: t for t in OLD_COUNTS}), _users(old_engine))
    upgrade(old_engine)
    assert current_revision(old_engine) == head_revision()
    assert (_counts(old_engine, {t: t for t in OLD_COUNTS}), _users(old_engine)) == before


def test_sofra_db_upgrade_on_the_old_store(old_store_url: str) -> None:
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(app, ["db", "upgrade"], env={"DATABASE_URL": old_store_url})
        assert result.exit_code == 0, result.output
        assert f"is at migration {head_revision()}" in result.stdout
    engine = make_engine(old_store_url)
    try:
        assert "api_alembic_version" not in inspect(engine).get_table_names()
        assert _counts(engine, {t: t for t in OLD_COUNTS}) == OLD_COUNTS
    finally:
        engine.dispose()


def test_downgrade_gives_the_old_tables_back(old_engine: Engine) -> None:
    """Back to 0001 (the old code's schema): the API's tables and history at a001 again."""
    with old_engine.connect() as connection:
        old = connection.execute(text("SELECT * FROM api_alerts ORDER BY id")).all()
    upgrade(old_engine)
    downgrade(old_engine, "0001")  # SQLite rebuilds `plans`: its foreign keys off meanwhile
    with old_engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM api_alembic_version")) == "a001"
        assert connection.execute(text("SELECT * FROM api_alerts ORDER BY id")).all() == old
    assert _counts(old_engine, OLD_TABLES) == {k: OLD_COUNTS[k] for k in OLD_TABLES}
    upgrade(old_engine)
    assert _counts(old_engine, {t: t for t in OLD_COUNTS}) == OLD_COUNTS
