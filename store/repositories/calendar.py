"""Holds (no meals over a date range) and one-off cancellations and additions; the domain
`Calendar` of a day (`calendar_on`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.calendar import Calendar, Hold, OneOff
from domain.calendar import OneOffKind as DomainOneOffKind
from store.models import HoldRow, OneOffKind, OneOffRow
from store.repositories.audit import record_change
from store.repositories.households import get_household_row

SHIFTS = ("breakfast", "dinner")


def add_hold(
    session: Session, *, ref: str, start: dt.date, end: dt.date, reason: str = "", actor: str
) -> HoldRow:
    """Stop deliveries to `ref` from `start` to `end` inclusive (hospital stay, family visit)."""
    if end < start:
        raise ValueError(f"hold for {ref}: end {end} is before start {start}; swap the dates")
    household = get_household_row(session, ref=ref)
    row = HoldRow(
        household=household, start_date=start, end_date=end, reason=reason, created_by=actor
    )
    session.add(row)
    session.flush()
    record_change(
        session,
        actor=actor,
        action="create",
        entity="hold",
        entity_ref=ref,
        detail={"hold_id": row.id, "start": start.isoformat(), "end": end.isoformat()},
    )
    return row


def end_hold(session: Session, *, hold_id: int, end: dt.date, actor: str) -> HoldRow:
    """Move the last day of a hold (e.g. the household came home early)."""
    row = session.get(HoldRow, hold_id)
    if row is None:
        raise LookupError(f"no hold with id {hold_id}; list the household's holds for the id")
    if end < row.start_date:
        raise ValueError(f"hold {hold_id}: end {end} is before its start {row.start_date}")
    row.end_date = end
    record_change(
        session,
        actor=actor,
        action="update",
        entity="hold",
        entity_ref=row.ref,
        detail={"hold_id": hold_id, "end": end.isoformat()},
    )
    return row


def list_holds(
    session: Session, *, ref: str | None = None, covering: dt.date | None = None
) -> list[HoldRow]:
    """Holds, optionally of one household and/or in force on one date."""
    query = select(HoldRow).order_by(HoldRow.start_date, HoldRow.id)
    if ref is not None:
        query = query.where(HoldRow.household_id == get_household_row(session, ref=ref).id)
    if covering is not None:
        query = query.where(HoldRow.start_date <= covering, HoldRow.end_date >= covering)
    return list(session.scalars(query))


def add_one_off(
    session: Session,
    *,
    ref: str,
    day: dt.date,
    shift: str,
    kind: OneOffKind,
    reason: str = "",
    actor: str,
) -> OneOffRow:
    """Cancel or add one delivery; recording the same change twice returns the first record."""
    if shift not in SHIFTS:
        raise ValueError(f"unknown shift {shift!r}; use one of {SHIFTS}")
    household = get_household_row(session, ref=ref)
    existing = session.scalars(
        select(OneOffRow).where(
            OneOffRow.household_id == household.id,
            OneOffRow.day == day,
            OneOffRow.shift == shift,
            OneOffRow.kind == OneOffKind(kind).value,
        )
    ).one_or_none()
    if existing is not None:
        return existing
    row = OneOffRow(
        household=household,
        day=day,
        shift=shift,
        kind=OneOffKind(kind).value,
        reason=reason,
        created_by=actor,
    )
    session.add(row)
    session.flush()
    record_change(
        session,
        actor=actor,
        action=OneOffKind(kind).value,
        entity="delivery",
        entity_ref=ref,
        detail={"day": day.isoformat(), "shift": shift},
    )
    return row


def list_one_offs(
    session: Session, *, day: dt.date | None = None, shift: str | None = None
) -> list[OneOffRow]:
    """One-off changes, optionally of one date and shift."""
    query = select(OneOffRow).order_by(OneOffRow.day, OneOffRow.id)
    if day is not None:
        query = query.where(OneOffRow.day == day)
    if shift is not None:
        query = query.where(OneOffRow.shift == shift)
    return list(session.scalars(query))


def calendar_on(session: Session, day: dt.date) -> Calendar:
    """The domain calendar of `day`: the holds in force on it and its one-off changes."""
    holds = [
        Hold(h.ref, h.start_date, h.end_date, h.reason) for h in list_holds(session, covering=day)
    ]
    one_offs = [
        OneOff(o.ref, o.day, o.shift, DomainOneOffKind(o.kind), o.reason)
        for o in list_one_offs(session, day=day)
    ]
    return Calendar(holds=holds, one_offs=one_offs)
