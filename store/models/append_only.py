"""Append-only tables: database triggers refuse UPDATE/DELETE, and the ORM says why first."""

from __future__ import annotations

from typing import Any

from sqlalchemy import DDL, Table, event
from sqlalchemy.engine import Connection

from store.errors import AppendOnlyError
from store.models.audit import AuditRow
from store.models.plans import OutcomeRow

APPEND_ONLY_TABLES = ("delivery_outcomes", "audit_log")

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION sofra_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: add a new row instead', TG_TABLE_NAME;
END
$$
"""


def append_only_ddl(dialect: str, table: str) -> list[str]:
    """SQL that makes `table` append-only on `dialect` ("postgresql" or "sqlite")."""
    if dialect == "postgresql":
        return [
            _PG_FUNCTION,
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION sofra_append_only()",
        ]
    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} BEGIN "
            f"SELECT RAISE(ABORT, '{table} is append-only: add a new row instead'); END"
            for op in ("UPDATE", "DELETE")
        ]
    return []


def _create_triggers(target: Table, connection: Connection, **_: Any) -> None:
    for statement in append_only_ddl(connection.dialect.name, target.name):
        connection.execute(DDL(statement.replace("%", "%%")))  # DDL() %-formats its text


def _refuse(mapper: Any, connection: Connection, target: Any) -> None:
    raise AppendOnlyError(
        f"{type(target).__tablename__} rows are append-only: record a new row instead of "
        "editing or deleting one"
    )


for _model in (OutcomeRow, AuditRow):
    event.listen(_model.__table__, "after_create", _create_triggers)
    event.listen(_model, "before_update", _refuse)
    event.listen(_model, "before_delete", _refuse)
