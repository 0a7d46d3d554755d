"""First start: the first administrator and, only for the demo, İnegöl's demo town and logins.

A real office's store gets no demo data: on a store without users the administrator comes from
SOFRA_API__ADMIN_PASSWORD (which must pass the password policy), else none is made and `sofra serve`
asks for one or says how to add one (`sofra users add --role admin NAME`). With `seed_demo`
(`sofra serve --demo`) an empty store gets the demo town, and every demo login its own random
password, printed once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.core.config import ApiSettings
from demo.households import generate_households
from demo.store import fill_demo_store
from demo.visits import DEMO_TEAM_LOGINS, add_demo_visits
from domain.password_policy import WeakPasswordError, check_password
from geodata.road import RoadGraph
from scheduler.settings import SchedulerSettings
from store.models import DriverRow, HouseholdRow, KitchenRow, Role
from store.passwords import random_password
from store.repositories import fleet as fleet_repo
from store.repositories.accounts import count_users, create_user
from store.repositories.visits import link_team_login

SEED_ACTOR = "seed"


@dataclass(frozen=True, slots=True)
class Credential:
    """A login created at start-up; `password` is empty when it came from the environment."""

    username: str
    role: str
    password: str


@dataclass(slots=True)
class SeedReport:
    """What the first start created; `needs_admin` when the store has no user at all yet."""

    households: int = 0
    holds: int = 0
    vans: int = 0
    drivers: int = 0
    credentials: list[Credential] = field(default_factory=list)
    needs_admin: bool = False


class AdminPasswordError(ValueError):
    """SOFRA_API__ADMIN_PASSWORD does not pass the password policy."""


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
    add_demo_visits(session, road, actor=SEED_ACTOR)


def seed_demo_users(session: Session, report: SeedReport) -> None:
    """A dispatcher, a planner, a 153 agent (`agent`), a social worker (`social`) and one login
    per demo driver (d1 for D1 …), each with its own random password (in `report`, to print
    once)."""
    users: list[tuple[str, Role, str | None]] = [
        ("dispatcher", Role.DISPATCHER, None),
        ("planner", Role.PLANNER, None),
        ("agent", Role.CALL_CENTRE, None),
        ("social", Role.SOCIAL_WORKER, None),
    ]
    users += [
        (row.code.lower(), Role.DRIVER, row.code) for row in fleet_repo.list_all(session, DriverRow)
    ]
    users += [(username, Role.TEAM, None) for username, _team in DEMO_TEAM_LOGINS]
    for username, role, driver_code in users:
        password = random_password(username)
        create_user(
            session,
            username=username,
            password=password,
            role=role,
            driver_code=driver_code,
            actor=SEED_ACTOR,
        )
        report.credentials.append(Credential(username, role.value, password))
    for username, team in DEMO_TEAM_LOGINS:
        link_team_login(session, username=username, team_code=team, actor=SEED_ACTOR)


def seed(
    session: Session,
    road: RoadGraph,
    settings: ApiSettings,
    scheduler_settings: SchedulerSettings,
) -> SeedReport:
    """On first start: the administrator (see the module); with `seed_demo` on an empty store,
    the demo town and its logins."""
    report = SeedReport()
    fresh_users = count_users(session) == 0
    if settings.seed_demo and store_is_empty(session):
        seed_demo_town(session, road, scheduler_settings, report)
        if fresh_users:
            seed_demo_users(session, report)
    if not fresh_users:
        return report
    username = settings.admin_username
    if settings.admin_password is not None:
        password, shown = settings.admin_password.get_secret_value(), ""
        try:
            check_password(password, username)
        except WeakPasswordError as exc:
            raise AdminPasswordError(f"SOFRA_API__ADMIN_PASSWORD is refused: {exc}") from exc
    elif settings.seed_demo:
        password = shown = random_password(username)
    else:
        report.needs_admin = True
        return report
    create_user(session, username=username, password=password, role=Role.ADMIN, actor=SEED_ACTOR)
    report.credentials.insert(0, Credential(username, Role.ADMIN.value, shown))
    return report
