"""Declarative base: naming convention (stable constraint names for migrations) and type map."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

from store.types import JSONDocument, UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every Sofra table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSONDocument,
        list[str]: JSONDocument,
        list[int]: JSONDocument,
        list[dict[str, Any]]: JSONDocument,
    }
