"""Holds (no meals over a date range) and one-off cancellations and additions."""

from __future__ import annotations

import datetime as dt
from typing import Self

from pydantic import BaseModel, ConfigDict, model_validator

from api.schemas.common import Day, Reason, Shift
from store.models import HoldRow, OneOffRow


class HoldCreate(BaseModel):
    """No meals from `start` to `end` inclusive (a hospital stay, a visit to family)."""

    model_config = ConfigDict(extra="forbid")

    start: Day
    end: Day
    reason: Reason = ""

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}; swap the dates")
        return self


class HoldUpdate(BaseModel):
    """Move the last day of a hold (the household came home early or stays longer)."""

    model_config = ConfigDict(extra="forbid")

    end: Day


class HoldPublic(BaseModel):
    """A hold."""

    id: int
    household: str
    start: dt.date
    end: dt.date
    reason: str
    created_at: dt.datetime
    created_by: str

    @classmethod
    def of(cls, row: HoldRow) -> HoldPublic:
        """The public view of a stored hold."""
        return cls(
            id=row.id,
            household=row.ref,
            start=row.start_date,
            end=row.end_date,
            reason=row.reason,
            created_at=row.created_at,
            created_by=row.created_by,
        )


class OneOffCreate(BaseModel):
    """One delivery to cancel or add."""

    model_config = ConfigDict(extra="forbid")

    day: Day
    shift: Shift
    reason: Reason = ""


class OneOffPublic(BaseModel):
    """A one-off cancellation or addition."""

    id: int
    household: str
    day: dt.date
    shift: str
    kind: str
    reason: str
    created_at: dt.datetime
    created_by: str

    @classmethod
    def of(cls, row: OneOffRow) -> OneOffPublic:
        """The public view of a stored one-off change."""
        return cls(
            id=row.id,
            household=row.ref,
            day=row.day,
            shift=row.shift,
            kind=row.kind,
            reason=row.reason,
            created_at=row.created_at,
            created_by=row.created_by,
        )
