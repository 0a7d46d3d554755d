"""Home visits in the store: teams and staff, visits, week plans, outcomes and follow-ups.

Every change is audited (without personal values). `create_assessment_visit` is the plain
function the intake side calls when an application needs its assessment visit. Saving a week
plan numbers it per week and writes every placed visit's team, day and arrival; recording
`needs_follow_up` creates the follow-up visit in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.visits import (
    FOLLOW_UP,
    OUTCOMES,
    Appointment,
    Staff,
    Team,
    Visit,
    VisitStatus,
    visit_kind,
)
from store.errors import DuplicateError, NotFoundError, StoreError
from store.models import UserRow, VisitRow, VisitStaffRow, VisitTeamRow, VisitWeekPlanRow
from store.repositories.audit import record_change
from store.types import utcnow

FOLLOW_UP_WITHIN_DAYS = 14
"""A follow-up visit is due within this many days of the visit that asked for it."""


class VisitStateError(StoreError, ValueError):
    """A visit change that its state does not allow (the message says which and why)."""


# --- teams ----------------------------------------------------------------------------------


def add_team(session: Session, *, team: Team, actor: str) -> VisitTeamRow:
    """A new team with its staff; `DuplicateError` when the code is taken."""
    if session.scalars(select(VisitTeamRow).where(VisitTeamRow.code == team.code)).first():
        raise DuplicateError("visit team", team.code)
    row = VisitTeamRow(
        code=team.code,
        name=team.name,
        car_plate=team.car_plate,
        equipment=sorted(team.equipment),
        starts=team.starts,
        lunch_starts=team.lunch_starts,
        lunch_ends=team.lunch_ends,
        ends=team.ends,
    )
    session.add(row)
    session.flush()
    for member in team.staff:
        session.add(
            VisitStaffRow(
                code=member.code,
                name=member.name,
                phone=member.phone,
                skills=sorted(member.skills),
                team_id=row.id,
            )
        )
    session.flush()
    record_change(session, actor=actor, action="create", entity="visit_team", entity_ref=team.code)
    return row


def teams(session: Session) -> list[Team]:
    """Every active team with its active staff, by code."""
    rows = session.scalars(
        select(VisitTeamRow).where(VisitTeamRow.active).order_by(VisitTeamRow.code)
    ).all()
    staff = session.scalars(
        select(VisitStaffRow).where(VisitStaffRow.active).order_by(VisitStaffRow.code)
    ).all()
    out = []
    for row in rows:
        members = tuple(
            Staff(m.code, m.name, frozenset(m.skills), m.phone)
            for m in staff
            if m.team_id == row.id
        )
        if members:
            out.append(
                Team(
                    code=row.code,
                    name=row.name,
                    staff=members,
                    car_plate=row.car_plate,
                    equipment=frozenset(row.equipment),
                    starts=row.starts,
                    lunch_starts=row.lunch_starts,
                    lunch_ends=row.lunch_ends,
                    ends=row.ends,
                )
            )
    return out


def link_team_login(session: Session, *, username: str, team_code: str | None, actor: str) -> None:
    """Make `username` (a role `team` login) a member login of `team_code`."""
    user = session.scalars(select(UserRow).where(UserRow.username == username)).one_or_none()
    if user is None:
        raise NotFoundError("user", username)
    if (
        team_code is not None
        and not session.scalars(select(VisitTeamRow).where(VisitTeamRow.code == team_code)).first()
    ):
        raise NotFoundError("visit team", team_code)
    user.team_code = team_code
    record_change(
        session,
        actor=actor,
        action="link_team",
        entity="user",
        entity_ref=username,
        detail={"team_code": team_code},
    )


# --- visits ---------------------------------------------------------------------------------


def add_visit(
    session: Session,
    *,
    kind: str,
    person: str,
    address: str,
    lat: float,
    lon: float,
    earliest: dt.date,
    latest: dt.date,
    actor: str,
    window: tuple[str, str] | None = None,
    name: str = "",
    phone: str = "",
    notes: str = "",
    neighbourhood: str = "",
    minutes: int | None = None,
    female_staff: bool = False,
    household_id: int | None = None,
    application_id: int | None = None,
    previous_team: str | None = None,
    follow_up_of: int | None = None,
) -> VisitRow:
    """A new planned visit (checked as `domain.visits.Visit` is: the kind, the day range, the
    window); `ValueError` naming the field at fault."""
    row = VisitRow(
        kind=visit_kind(kind).code,
        household_id=household_id,
        application_id=application_id,
        person=person,
        name=name,
        phone=phone,
        address=address,
        neighbourhood=neighbourhood,
        lat=lat,
        lon=lon,
        earliest=earliest,
        latest=latest,
        window_start=window[0] if window else None,
        window_end=window[1] if window else None,
        minutes=minutes,
        female_staff=female_staff,
        notes=notes,
        previous_team=previous_team,
        status=VisitStatus.PLANNED.value,
        follow_up_of=follow_up_of,
        created_by=actor,
        outcome_note="",
    )
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"location: ({lat}, {lon}) is not a latitude and longitude")
    to_domain(row)  # the same checks as the planner's
    session.add(row)
    session.flush()
    record_change(
        session,
        actor=actor,
        action="create",
        entity="visit",
        entity_ref=str(row.id),
        detail={"kind": row.kind, "application_id": application_id},
    )
    return row


def create_assessment_visit(
    session: Session,
    *,
    application_id: int,
    address: str,
    location: tuple[float, float],
    earliest: dt.date,
    latest: dt.date | None = None,
    window: tuple[str, str] | None = None,
    name: str = "",
    phone: str = "",
    notes: str = "",
    female_staff: bool = False,
    actor: str = "intake",
) -> int:
    """An assessment visit for application `application_id` at `location` (lat, lon): free
    within `earliest`..`latest` (default: that week's Friday), or agreed for `window`
    ("HH:MM", "HH:MM") on `earliest`; the new visit's id. Runs in the caller's transaction."""
    if latest is None:
        friday = earliest + dt.timedelta(days=max(0, 4 - earliest.weekday()))
        latest = earliest if window else friday
    row = add_visit(
        session,
        kind="assessment",
        person=f"application:{application_id}",
        address=address,
        lat=location[0],
        lon=location[1],
        earliest=earliest,
        latest=latest,
        window=window,
        name=name,
        phone=phone,
        notes=notes,
        female_staff=female_staff,
        application_id=application_id,
        actor=actor,
    )
    return row.id


def open_assessment_visit(session: Session, *, application_id: int) -> VisitRow | None:
    """The assessment visit of `application_id` that has no outcome yet, if there is one."""
    return session.scalars(
        select(VisitRow)
        .where(
            VisitRow.application_id == application_id,
            VisitRow.kind == "assessment",
            VisitRow.status == VisitStatus.PLANNED.value,
        )
        .order_by(VisitRow.id.desc())
        .limit(1)
    ).first()


def move_visit(
    session: Session,
    row: VisitRow,
    *,
    earliest: dt.date,
    latest: dt.date | None,
    window: tuple[str, str] | None,
    actor: str,
) -> VisitRow:
    """A planned visit booked for other days or another agreed time (checked as `add_visit`
    checks); the week planner places it again."""
    row.earliest = earliest
    row.latest = latest if latest is not None else earliest
    row.window_start, row.window_end = window if window else (None, None)
    to_domain(row)
    session.flush()
    record_change(
        session,
        actor=actor,
        action="move",
        entity="visit",
        entity_ref=str(row.id),
        detail={"earliest": earliest.isoformat(), "latest": row.latest.isoformat()},
    )
    return row


def get_visit(session: Session, visit_id: int) -> VisitRow:
    """The visit with this id; `NotFoundError` when there is none."""
    row = session.get(VisitRow, visit_id)
    if row is None:
        raise NotFoundError("visit", str(visit_id))
    return row


def visits_by_id(session: Session, ids: Iterable[int]) -> dict[int, VisitRow]:
    """The visits with these ids."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = session.scalars(select(VisitRow).where(VisitRow.id.in_(wanted))).all()
    return {r.id: r for r in rows}


def week_visits(session: Session, week_start: dt.date) -> list[VisitRow]:
    """The planned visits whose day range meets the week (Monday..Friday), by id."""
    friday = week_start + dt.timedelta(days=4)
    return list(
        session.scalars(
            select(VisitRow)
            .where(
                VisitRow.status == VisitStatus.PLANNED.value,
                VisitRow.earliest <= friday,
                VisitRow.latest >= week_start,
            )
            .order_by(VisitRow.id)
        )
    )


def last_teams(session: Session, persons: Iterable[str], before: dt.date) -> dict[str, str]:
    """The team of each person's latest visit made (done or needing follow-up) before
    `before`."""
    wanted = sorted(set(persons))
    if not wanted:
        return {}
    rows = session.execute(
        select(VisitRow.person, VisitRow.team_code, VisitRow.planned_day)
        .where(
            VisitRow.person.in_(wanted),
            VisitRow.status.in_([VisitStatus.DONE.value, VisitStatus.NEEDS_FOLLOW_UP.value]),
            VisitRow.team_code.is_not(None),
            VisitRow.planned_day < before,
        )
        .order_by(VisitRow.planned_day, VisitRow.id)
    ).all()
    return {person: str(team) for person, team, _day in rows}


def to_domain(row: VisitRow, last_team: str | None = None) -> Visit:
    """The stored visit as `domain.visits.Visit` (id: the row id as text); `ValueError` when a
    field is inconsistent."""
    appointment = None
    if row.window_start and row.window_end:
        if row.earliest != row.latest:
            raise ValueError("window: an appointment is on one day (earliest = latest)")
        appointment = Appointment(row.earliest, row.window_start, row.window_end)
    elif row.window_start or row.window_end:
        raise ValueError("window: give both its start and its end, or neither")
    return Visit(
        id=str(row.id) if row.id is not None else "new",
        kind=visit_kind(row.kind),
        person=row.person,
        name=row.name,
        address=row.address,
        lat=row.lat,
        lon=row.lon,
        earliest=row.earliest,
        latest=row.latest,
        appointment=appointment,
        minutes=row.minutes,
        female_staff=row.female_staff,
        last_team=last_team if last_team is not None else row.previous_team,
        phone=row.phone,
        notes=row.notes,
        neighbourhood=row.neighbourhood,
    )


def record_outcome(
    session: Session, *, visit_id: int, status: str, note: str, actor: str
) -> tuple[VisitRow, VisitRow | None]:
    """Record what the team found; `needs_follow_up` creates a follow-up visit (same person
    and place, due within `FOLLOW_UP_WITHIN_DAYS`). The visit and the follow-up (or None)."""
    outcome = VisitStatus(status)
    if outcome not in OUTCOMES:
        raise VisitStateError(f"status: one of {', '.join(OUTCOMES)}, not {status!r}")
    row = get_visit(session, visit_id)
    if row.planned_day is None or row.team_code is None:
        raise VisitStateError(f"visit {visit_id} is not planned yet; plan its week first")
    if row.status != VisitStatus.PLANNED.value:
        raise VisitStateError(f"visit {visit_id} already has its outcome ({row.status})")
    row.status = outcome.value
    row.outcome_note = note
    row.outcome_at = utcnow()
    row.outcome_by = actor
    follow = None
    if outcome is VisitStatus.NEEDS_FOLLOW_UP:
        start = row.planned_day + dt.timedelta(days=1)
        follow = add_visit(
            session,
            kind=FOLLOW_UP.code,
            person=row.person,
            address=row.address,
            lat=row.lat,
            lon=row.lon,
            earliest=start,
            latest=start + dt.timedelta(days=FOLLOW_UP_WITHIN_DAYS),
            name=row.name,
            phone=row.phone,
            notes=note,
            neighbourhood=row.neighbourhood,
            female_staff=row.female_staff,
            household_id=row.household_id,
            application_id=row.application_id,
            previous_team=row.team_code,
            follow_up_of=row.id,
            actor=actor,
        )
    record_change(
        session,
        actor=actor,
        action="outcome",
        entity="visit",
        entity_ref=str(visit_id),
        detail={"status": outcome.value, "follow_up": follow.id if follow else None},
    )
    return row, follow


# --- week plans -----------------------------------------------------------------------------


def newest_week_plan(session: Session, week_start: dt.date) -> VisitWeekPlanRow | None:
    """The newest saved plan of the week, or None."""
    return session.scalars(
        select(VisitWeekPlanRow)
        .where(VisitWeekPlanRow.week_start == week_start)
        .order_by(VisitWeekPlanRow.version.desc())
        .limit(1)
    ).first()


def published_week_plan(session: Session, week_start: dt.date) -> VisitWeekPlanRow | None:
    """The newest published plan of the week, or None."""
    return session.scalars(
        select(VisitWeekPlanRow)
        .where(
            VisitWeekPlanRow.week_start == week_start,
            VisitWeekPlanRow.published_at.is_not(None),
        )
        .order_by(VisitWeekPlanRow.version.desc())
        .limit(1)
    ).first()


def get_week_plan(session: Session, plan_id: int) -> VisitWeekPlanRow:
    """The week plan with this id; `NotFoundError` when there is none."""
    row = session.get(VisitWeekPlanRow, plan_id)
    if row is None:
        raise NotFoundError("visit week plan", str(plan_id))
    return row


def save_week_plan(
    session: Session,
    *,
    week_start: dt.date,
    team_days: Sequence[Mapping[str, Any]],
    unplaced: Sequence[Mapping[str, Any]],
    summary: Mapping[str, Any],
    actor: str,
    changes: Sequence[Mapping[str, Any]] = (),
    note: str = "",
) -> VisitWeekPlanRow:
    """Save a new version of the week's plan and write each placed visit's team, day and
    arrival (visits with an outcome keep theirs). `team_days` items hold `day`, `team` and
    `stops` ([{"visit_id", "arrival_s", …}])."""
    version = (
        session.scalar(
            select(func.max(VisitWeekPlanRow.version)).where(
                VisitWeekPlanRow.week_start == week_start
            )
        )
        or 0
    ) + 1
    row = VisitWeekPlanRow(
        week_start=week_start,
        version=version,
        created_by=actor,
        team_days=[dict(t) for t in team_days],
        unplaced=[dict(u) for u in unplaced],
        changes=[dict(c) for c in changes],
        summary=dict(summary),
        note=note,
    )
    session.add(row)
    session.flush()
    placed: dict[int, tuple[dt.date, str, int]] = {}
    for td in team_days:
        day = dt.date.fromisoformat(str(td["day"]))
        for stop in td["stops"]:
            placed[int(stop["visit_id"])] = (day, str(td["team"]), int(stop["arrival_s"]))
    left = [int(u["visit_id"]) for u in unplaced]
    for ident, visit in visits_by_id(session, [*placed, *left]).items():
        if visit.status != VisitStatus.PLANNED.value:
            continue
        where = placed.get(ident)
        visit.week_plan_id = row.id
        visit.planned_day, visit.team_code, visit.planned_arrival_s = where or (None, None, None)
    record_change(
        session,
        actor=actor,
        action="save",
        entity="visit_week_plan",
        entity_ref=f"{week_start.isoformat()} v{version}",
        detail={"visits": len(placed), "unplaced": len(left)},
    )
    return row


def publish_week_plan(session: Session, *, plan_id: int, actor: str) -> VisitWeekPlanRow:
    """Publish a week plan: the teams see it. Only the week's newest version can be."""
    row = get_week_plan(session, plan_id)
    newest = newest_week_plan(session, row.week_start)
    if newest is not None and newest.id != row.id:
        raise VisitStateError(
            f"version {row.version} is not the newest of the week (v{newest.version}); "
            "publish the newest"
        )
    row.published_at = utcnow()
    row.published_by = actor
    record_change(
        session,
        actor=actor,
        action="publish",
        entity="visit_week_plan",
        entity_ref=f"{row.week_start.isoformat()} v{row.version}",
    )
    return row
