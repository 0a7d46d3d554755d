"""What Alembic's autogenerate should compare: our tables and indexes, not PostGIS's own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Index

POSTGIS_TABLES = frozenset({"spatial_ref_sys", "geometry_columns", "geography_columns"})

ObjectFilter = Callable[[Any, str | None, str, bool, Any], bool]


def object_filter(dialect_name: str) -> ObjectFilter:
    """An `include_object` hook for `dialect_name`: skips PostGIS's tables and indexes declared
    only for another dialect (the GiST indexes exist on PostgreSQL only)."""

    def include_object(
        obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
    ) -> bool:
        if type_ == "table" and reflected and compare_to is None and name in POSTGIS_TABLES:
            return False
        if type_ == "index" and isinstance(obj, Index) and not reflected:
            condition = obj._ddl_if
            wanted = getattr(condition, "dialect", None) if condition is not None else None
            if wanted is not None:
                return bool(wanted == dialect_name)
        return True

    return include_object
