"""Kitchens, vans and drivers: add, read, update, deactivate (by their `code`); to the domain types.

The domain types are `domain.kitchens.Kitchen` and `domain.fleet` (`Van`, `Driver`, `Fleet`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from shapely import Point
from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.fleet import Driver, Fleet, Van
from domain.kitchens import Kitchen
from store.errors import DuplicateError, NoKitchenError, NotFoundError
from store.models import DriverRow, KitchenRow, VanRow
from store.repositories.audit import record_change

FleetRow = TypeVar("FleetRow", KitchenRow, VanRow, DriverRow)

_KIND = {KitchenRow: "kitchen", VanRow: "van", DriverRow: "driver"}


def add_kitchen(
    session: Session, *, code: str, name: str, lat: float, lon: float, actor: str
) -> KitchenRow:
    """A new kitchen at (lat, lon)."""
    return _add(session, KitchenRow(code=code, name=name, location=Point(lon, lat)), actor)


def add_van(
    session: Session,
    *,
    code: str,
    capacity_meals: int,
    plate: str = "",
    skills: Iterable[str] = (),
    kitchen_code: str | None = None,
    actor: str,
) -> VanRow:
    """A new van carrying `capacity_meals` containers per load."""
    if capacity_meals <= 0:
        raise ValueError(f"van {code}: capacity_meals must be positive, got {capacity_meals}")
    kitchen_id = get(session, KitchenRow, code=kitchen_code).id if kitchen_code else None
    row = VanRow(
        code=code,
        plate=plate,
        capacity_meals=capacity_meals,
        skills=sorted(skills),
        kitchen_id=kitchen_id,
    )
    return _add(session, row, actor)


def add_driver(
    session: Session,
    *,
    code: str,
    name: str,
    phone: str = "",
    shifts: Iterable[str] = ("breakfast", "dinner"),
    skills: Iterable[str] = (),
    actor: str,
) -> DriverRow:
    """A new driver working `shifts`."""
    row = DriverRow(code=code, name=name, phone=phone, shifts=sorted(shifts), skills=sorted(skills))
    return _add(session, row, actor)


def get(session: Session, model: type[FleetRow], *, code: str) -> FleetRow:
    """The kitchen, van or driver with this code; `NotFoundError` when there is none."""
    row = session.scalars(select(model).where(model.code == code)).one_or_none()
    if row is None:
        raise NotFoundError(_KIND[model], code)
    return row


def list_all(
    session: Session, model: type[FleetRow], *, active_only: bool = True
) -> list[FleetRow]:
    """Kitchens, vans or drivers by code, active ones only unless told otherwise."""
    query = select(model).order_by(model.code)
    if active_only:
        query = query.where(model.active.is_(True))
    return list(session.scalars(query))


def update(
    session: Session, model: type[FleetRow], *, code: str, actor: str, **changes: Any
) -> FleetRow:
    """Change columns of a kitchen, van or driver (`lat`/`lon` move a kitchen)."""
    row = get(session, model, code=code)
    if isinstance(row, KitchenRow) and ({"lat", "lon"} & set(changes)):
        lat = changes.pop("lat", row.location.y)
        lon = changes.pop("lon", row.location.x)
        changes["location"] = Point(lon, lat)
    unknown = [k for k in changes if k in {"id", "code"} or not hasattr(model, k)]
    if unknown:
        raise ValueError(f"{_KIND[model]} {code}: cannot change {unknown}")
    for name, value in changes.items():
        setattr(row, name, sorted(value) if name in {"skills", "shifts"} else value)
    session.flush()
    record_change(
        session,
        actor=actor,
        action="update",
        entity=_KIND[model],
        entity_ref=code,
        detail={"fields": sorted(changes)},
    )
    return row


def deactivate(session: Session, model: type[FleetRow], *, code: str, actor: str) -> FleetRow:
    """Take a kitchen, van or driver out of service (kept for the plans that used it)."""
    return update(session, model, code=code, actor=actor, active=False)


def _add(session: Session, row: FleetRow, actor: str) -> FleetRow:
    kind = _KIND[type(row)]
    if session.scalars(select(type(row)).where(type(row).code == row.code)).first() is not None:
        raise DuplicateError(kind, row.code)
    session.add(row)
    session.flush()
    record_change(session, actor=actor, action="create", entity=kind, entity_ref=row.code)
    return row


def kitchen_of(row: KitchenRow) -> Kitchen:
    """The domain kitchen of a row."""
    return Kitchen(name=row.name, lat=row.location.y, lon=row.location.x)


def van_of(row: VanRow) -> Van:
    """The domain van of a row."""
    return Van(row.code, row.plate, row.capacity_meals, frozenset(row.skills))


def driver_of(row: DriverRow) -> Driver:
    """The domain driver of a row."""
    return Driver(row.code, row.name, row.phone, frozenset(row.shifts), frozenset(row.skills))


def active_kitchens(session: Session) -> list[Kitchen]:
    """The active kitchens, by code (the first is the one a day is planned from)."""
    return [kitchen_of(row) for row in list_all(session, KitchenRow)]


def kitchen_from_store(session: Session) -> Kitchen:
    """The first active kitchen (by code); `NoKitchenError` when there is none."""
    kitchens = active_kitchens(session)
    if not kitchens:
        raise NoKitchenError()
    return kitchens[0]


def active_fleet(session: Session) -> Fleet:
    """Active vans and drivers, by code; crews pair them per shift in that order."""
    vans = [van_of(v) for v in list_all(session, VanRow)]
    drivers = [driver_of(d) for d in list_all(session, DriverRow)]
    return Fleet(vans=vans, drivers=drivers)
