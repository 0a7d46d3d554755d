"""First start: an administrator, and on an empty store İnegöl's demo town with demo logins."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.core.config import ApiSettings
from api.core.security import random_password
from demo.households import generate_households
from demo.store import fill_demo_store
from geodata.road import RoadGraph
from scheduler.settings import SchedulerSettings
from store.models import DriverRow, HouseholdRow, KitchenRow, Role
from store.repositories import fleet as fleet_repo
from store.repositories.accounts import count_users, create_user

SEED_ACTOR = "seed"


@dataclass(frozen=True, slots=True)
class Credential:
    """A login created at start-up; `password` is empty when it came from the environment."""

    username: str
    role: str
    password: str


@dataclass(slots=True)
class SeedReport:
    """What the first start created."""

    households: int = 0
    holds: int = 0
    vans: int = 0
    drivers: int = 0
    credentials: list[Credential] = field(default_factory=list)


def _password(secret: str | None) -> tuple[str, str]:
    """(password to set, password to print): printed only when generated here."""
    if secret:
        return secret, ""
    made = random_password()
    return made, made


def store_is_empty(session: Session) -> bool:
    """True when the store has neither households nor kitchens (a fresh database)."""
    households = session.scalar(select(func.count(HouseholdRow.id))) or 0
    kitchens = session.scalar(select(func.count(KitchenRow.id))) or 0
    return households == 0 and kitchens == 0


def seed_demo_town(
    session: Session, road: RoadGraph, scheduler_settings: SchedulerSettings, report: SeedReport
) -> None:
    """The demo kitchen, vans, drivers, households and holds (what `sofra demo` plans from)."""
    filled = fill_demo_store(
        session, generate_households(road), scheduler_settings, actor=SEED_ACTOR
    )
    report.households, report.holds = filled.households, filled.holds
    report.vans, report.drivers = filled.vans, filled.drivers


def seed_demo_users(session: Session, settings: ApiSettings, report: SeedReport) -> None:
    """A dispatcher, a planner and one login per demo driver (d1 for D1 …), one password."""
    secret = settings.demo_password.get_secret_value() if settings.demo_password else None
    password, shown = _password(secret)
    users: list[tuple[str, Role, str | None]] = [
        ("dispatcher", Role.DISPATCHER, None),
        ("planner", Role.PLANNER, None),
    ]
    users += [
        (row.code.lower(), Role.DRIVER, row.code) for row in fleet_repo.list_all(session, DriverRow)
    ]
    for username, role, driver_code in users:
        create_user(
            session,
            username=username,
            password=password,
            role=role,
            driver_code=driver_code,
            actor=SEED_ACTOR,
        )
        report.credentials.append(Credential(username, role.value, shown))


def seed(
    session: Session,
    road: RoadGraph,
    settings: ApiSettings,
    scheduler_settings: SchedulerSettings,
) -> SeedReport:
    """On first start: the administrator; on an empty store with `seed_demo`, the demo town."""
    report = SeedReport()
    fresh_users = count_users(session) == 0
    if settings.seed_demo and store_is_empty(session):
        seed_demo_town(session, road, scheduler_settings, report)
        if fresh_users:
            seed_demo_users(session, settings, report)
    if fresh_users:
        secret = settings.admin_password.get_secret_value() if settings.admin_password else None
        password, shown = _password(secret)
        create_user(
            session,
            username=settings.admin_username,
            password=password,
            role=Role.ADMIN,
            actor=SEED_ACTOR,
        )
        report.credentials.insert(0, Credential(settings.admin_username, Role.ADMIN.value, shown))
    return report
