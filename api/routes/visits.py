"""Home visits: teams, visits, a week planned as a job, the week's grid, a day re-planned when
a team member is ill, publishing to the teams, day sheets and phone pages, outcomes.

Who sees what: admins, dispatchers and social workers plan and see names, addresses, phones
and notes; planners see the week without them; a team member (role `team`, a login with a
`team_code`) sees only their own team's days of a published week and records outcomes of
their own visits. A `needs_follow_up` outcome creates the follow-up visit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Response
from fastapi.responses import HTMLResponse
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from api.core.problems import PROBLEM_RESPONSES, ProblemError
from api.deps import SessionDep, StateDep, require
from api.jobs import PRIORITY_DISPATCH, PRIORITY_PLANNER, JobContext, JobHandler
from api.schemas.common import Day, Lang
from api.schemas.plans import JobPublic
from api.schemas.visits import (
    ChangePublic,
    OutcomePublic,
    OutcomeRequest,
    ReplanRequest,
    StaffPublic,
    StopPublic,
    TeamDayPublic,
    TeamPublic,
    UnplacedPublic,
    VisitCreate,
    VisitPublic,
    WeekPublic,
)
from domain.clock import format_hhmm
from domain.lang import format_date_short, format_duration, format_percent
from domain.lang.visits_labels import visit_word
from domain.visits import Team
from geodata.road import RoadGraph
from scheduler.visits.settings import VisitSettings
from scheduler.visits.stored import plan_and_save_week, replan_day_and_save
from sheets.visit_outputs import render_team_day_page, render_team_day_pdf, sheet_from_stops
from store.errors import QueueFullError
from store.models import Role, UserRow, VisitRow, VisitWeekPlanRow
from store.repositories import visits as repo

router = APIRouter(prefix="/visits", tags=["visits"], responses=PROBLEM_RESPONSES)

PLANNING_ROLES = (Role.ADMIN, Role.DISPATCHER, Role.SOCIAL_WORKER)
"""Who creates visits, plans, publishes and re-plans, and sees personal data."""
READING_ROLES = (*PLANNING_ROLES, Role.PLANNER)
PlanningUser = Annotated[UserRow, Depends(require(*PLANNING_ROLES))]
ReadingUser = Annotated[UserRow, Depends(require(*READING_ROLES))]
TeamUser = Annotated[UserRow, Depends(require(Role.TEAM))]
OutcomeUser = Annotated[UserRow, Depends(require(*PLANNING_ROLES, Role.TEAM))]
SheetUser = Annotated[UserRow, Depends(require(*PLANNING_ROLES, Role.TEAM))]
PlanId = Annotated[int, Path(ge=1, le=2**31 - 1)]
VisitId = Annotated[int, Path(ge=1, le=2**31 - 1)]
JOB_WEEK = "visits_week"
JOB_REPLAN = "visits_replan"


def visit_jobs(engine: Engine, road: RoadGraph, settings: VisitSettings) -> dict[str, JobHandler]:
    """The work of the job kinds "visits_week" and "visits_replan"."""

    def week(spec: Mapping[str, Any], job: JobContext) -> Mapping[str, Any]:
        saved = plan_and_save_week(
            engine,
            road,
            settings,
            week_start=dt.date.fromisoformat(spec["week_start"]),
            actor=spec["actor"],
            progress=job.progress,
            on_save=job.finish_in,
        )
        return saved.result()

    def replan(spec: Mapping[str, Any], job: JobContext) -> Mapping[str, Any]:
        saved = replan_day_and_save(
            engine,
            road,
            settings,
            plan_id=int(spec["plan_id"]),
            day=dt.date.fromisoformat(spec["day"]),
            staff_code=spec["staff_code"],
            actor=spec["actor"],
            progress=job.progress,
            on_save=job.finish_in,
        )
        return saved.result()

    return {JOB_WEEK: week, JOB_REPLAN: replan}


def _personal(user: UserRow) -> bool:
    return user.role != Role.PLANNER.value


def _monday(day: dt.date) -> dt.date:
    if day.isoweekday() != 1:
        raise ProblemError(422, f"{day} is not a Monday; a visit week starts on a Monday")
    return day


def _submit(
    state: StateDep, user: UserRow, kind: str, spec: dict[str, Any], lang: str, response: Response
) -> JobPublic:
    priority = PRIORITY_PLANNER if user.role == Role.PLANNER.value else PRIORITY_DISPATCH
    try:
        job = state.jobs.submit(
            kind,
            params=spec,
            spec=spec | {"actor": user.username},
            created_by=user.username,
            priority=priority,
        )
    except QueueFullError as exc:
        raise ProblemError(
            429, exc.text(lang), slug="too-many-jobs", headers={"Retry-After": "10"}
        ) from exc
    response.headers["Location"] = f"/visits/jobs/{job.id}"
    return JobPublic.of(job, lang)


def visit_public(row: VisitRow, personal: bool, lang: str) -> VisitPublic:
    """The public view of a stored visit (personal fields empty when not `personal`)."""
    window = f"{row.window_start}–{row.window_end}" if row.window_start else None
    return VisitPublic(
        id=row.id,
        kind=row.kind,
        kind_text=visit_word("kind", row.kind, lang),
        status=row.status,
        status_text=visit_word("status", row.status, lang),
        household_id=row.household_id,
        application_id=row.application_id,
        name=row.name if personal else "",
        phone=row.phone if personal else "",
        address=row.address if personal else "",
        notes=row.notes if personal else "",
        earliest=row.earliest,
        latest=row.latest,
        window=window,
        team=row.team_code,
        planned_day=row.planned_day,
        arrival=format_hhmm(row.planned_arrival_s) if row.planned_arrival_s is not None else None,
        outcome_note=row.outcome_note if personal else "",
        follow_up_of=row.follow_up_of,
    )


# --- teams and visits -----------------------------------------------------------------------


def team_public(team: Team) -> TeamPublic:
    """A team as the page shows it."""
    return TeamPublic(
        code=team.code,
        name=team.name,
        car_plate=team.car_plate,
        starts=team.starts,
        lunch=f"{team.lunch_starts}–{team.lunch_ends}",
        ends=team.ends,
        skills=sorted(team.skills),
        staff=[StaffPublic(code=m.code, name=m.name, skills=sorted(m.skills)) for m in team.staff],
    )


@router.get("/teams", response_model=list[TeamPublic])
def read_teams(session: SessionDep, user: ReadingUser) -> list[TeamPublic]:
    """The visit teams with their staff and skills."""
    return [team_public(t) for t in repo.teams(session)]


@router.post("", response_model=VisitPublic, status_code=201)
def create_visit(
    body: VisitCreate, session: SessionDep, user: PlanningUser, lang: Lang = "tr"
) -> VisitPublic:
    """A new visit (planned with its week)."""
    person = body.person or (
        f"household:{body.household_id}"
        if body.household_id
        else f"application:{body.application_id}"
        if body.application_id
        else None
    )
    if person is None:
        raise ProblemError(422, "give person, household_id or application_id", field="person")
    window = (body.window_start, body.window_end) if body.window_start and body.window_end else None
    try:
        row = repo.add_visit(
            session,
            kind=body.kind,
            person=person,
            address=body.address,
            lat=body.lat,
            lon=body.lon,
            earliest=body.earliest,
            latest=body.latest or body.earliest,
            window=window,
            name=body.name,
            phone=body.phone,
            notes=body.notes,
            neighbourhood=body.neighbourhood,
            minutes=body.minutes,
            female_staff=body.female_staff,
            household_id=body.household_id,
            application_id=body.application_id,
            actor=user.username,
        )
    except ValueError as exc:
        raise ProblemError(422, str(exc)) from exc
    return visit_public(row, True, lang)


@router.get("", response_model=list[VisitPublic])
def read_visits(
    session: SessionDep, user: ReadingUser, week: Day, lang: Lang = "tr"
) -> list[VisitPublic]:
    """The planned visits of the week starting `week` (a Monday)."""
    rows = repo.week_visits(session, _monday(week))
    return [visit_public(r, _personal(user), lang) for r in rows]


# --- week plans -----------------------------------------------------------------------------


@router.post("/weeks/{week}/plan", response_model=JobPublic, status_code=202)
def plan_week_job(
    week: Day, state: StateDep, user: PlanningUser, response: Response, lang: Lang = "tr"
) -> JobPublic:
    """Plan the week as a background job; poll `GET /visits/jobs/{id}`."""
    return _submit(state, user, JOB_WEEK, {"week_start": _monday(week).isoformat()}, lang, response)


@router.post("/plans/{plan_id}/replan", response_model=JobPublic, status_code=202)
def replan_job(
    plan_id: PlanId,
    body: ReplanRequest,
    session: SessionDep,
    state: StateDep,
    user: PlanningUser,
    response: Response,
    lang: Lang = "tr",
) -> JobPublic:
    """A team member is ill on `day`: re-plan that day (and later ones) as a job; the new
    version lists what changed."""
    row = _plan(session, plan_id)
    if not row.week_start <= body.day <= row.week_start + dt.timedelta(days=4):
        raise ProblemError(422, f"{body.day} is not a day of the week of {row.week_start}")
    spec = {"plan_id": plan_id, "day": body.day.isoformat(), "staff_code": body.staff_code}
    return _submit(state, user, JOB_REPLAN, spec, lang, response)


@router.get("/jobs/{job_id}", response_model=JobPublic)
def read_job(
    job_id: Annotated[str, Path(max_length=64, pattern=r"^[0-9a-f]+$")],
    state: StateDep,
    user: ReadingUser,
    lang: Lang = "tr",
) -> JobPublic:
    """One visits job: poll until `status` is done, failed or interrupted."""
    job = state.jobs.get(job_id)
    if job is None or job.kind not in (JOB_WEEK, JOB_REPLAN):
        raise ProblemError(404, f"no visits job {job_id}", slug="not-found")
    return JobPublic.of(job, lang)


def _plan(session: Session, plan_id: int) -> VisitWeekPlanRow:
    try:
        return repo.get_week_plan(session, plan_id)
    except LookupError as exc:
        raise ProblemError(404, str(exc), slug="not-found") from exc


@router.post("/plans/{plan_id}/publish", response_model=WeekPublic)
def publish(
    plan_id: PlanId, session: SessionDep, user: PlanningUser, lang: Lang = "tr"
) -> WeekPublic:
    """Publish a week plan (the newest of its week): the teams see it."""
    _plan(session, plan_id)
    try:
        row = repo.publish_week_plan(session, plan_id=plan_id, actor=user.username)
    except repo.VisitStateError as exc:
        raise ProblemError(409, str(exc), slug="conflict") from exc
    return week_public(session, row, True, lang)


@router.get("/weeks/{week}", response_model=WeekPublic)
def read_week(
    week: Day,
    session: SessionDep,
    user: ReadingUser,
    lang: Lang = "tr",
    version: Annotated[int | None, Query(ge=1)] = None,
) -> WeekPublic:
    """The week's newest plan (or `version`): the team × day grid, each team-day's visits in
    order, what is not placed and why, and the changes of a re-plan."""
    row = repo.newest_week_plan(session, _monday(week))
    if version is not None:
        from sqlalchemy import select

        row = session.scalars(
            select(VisitWeekPlanRow).where(
                VisitWeekPlanRow.week_start == week, VisitWeekPlanRow.version == version
            )
        ).first()
    if row is None:
        raise ProblemError(404, f"no visit plan for the week of {week}", slug="not-found")
    return week_public(session, row, _personal(user), lang)


def _stops(
    td: Mapping[str, Any], rows: Mapping[int, VisitRow], personal: bool, lang: str
) -> list[StopPublic]:
    out = []
    ordered = sorted(td["stops"], key=lambda s: (int(s["arrival_s"]), int(s["visit_id"])))
    for seq, s in enumerate(ordered, start=1):
        r = rows.get(int(s["visit_id"]))
        if r is None:
            continue
        v = repo.to_domain(r)
        out.append(
            StopPublic(
                seq=seq,
                visit_id=r.id,
                arrival=format_hhmm(int(s["arrival_s"])),
                half=str(s["half"]),
                kind=r.kind,
                kind_text=visit_word("kind", r.kind, lang),
                status=r.status,
                status_text=visit_word("status", r.status, lang),
                minutes=v.duration_min,
                window=f"{r.window_start}–{r.window_end}" if r.window_start else None,
                name=r.name if personal else "",
                address=r.address if personal else "",
                phone=r.phone if personal else "",
                notes=r.notes if personal else "",
            )
        )
    return out


def _where(p: Mapping[str, Any] | None, lang: str) -> str:
    if not p:
        return "—"
    day = format_date_short(dt.date.fromisoformat(p["day"]), lang)
    return f"{day} {p['team']} {format_hhmm(int(p['arrival_s']))}"


def week_public(
    session: Session,
    row: VisitWeekPlanRow,
    personal: bool,
    lang: str,
    only_team: str | None = None,
    only_day: dt.date | None = None,
) -> WeekPublic:
    """The public view of a stored week plan (`only_team`/`only_day`: a team member's view)."""
    ids = [int(s["visit_id"]) for td in row.team_days for s in td["stops"]]
    ids += [int(u["visit_id"]) for u in row.unplaced]
    rows = repo.visits_by_id(session, ids)
    teams = {t.code: t for t in repo.teams(session)}
    days = [row.week_start + dt.timedelta(days=k) for k in range(5)]
    grid: dict[str, dict[str, int]] = {}
    team_days = []
    for td in row.team_days:
        day = dt.date.fromisoformat(td["day"])
        grid.setdefault(td["team"], {})[td["day"]] = len(td["stops"])
        if only_team is not None and td["team"] != only_team:
            continue
        if only_day is not None and day != only_day:
            continue
        team = teams.get(td["team"])
        staff_names = {m.code: m.name for m in team.staff} if team else {}
        team_days.append(
            TeamDayPublic(
                day=day,
                team=td["team"],
                team_name=team.name if team else td["team"],
                staff=[staff_names.get(c, c) for c in td["staff"]],
                visits=len(td["stops"]),
                driving=format_duration(int(td["driving_s"]), lang),
                stops=_stops(td, rows, personal, lang),
            )
        )
    unplaced = [
        UnplacedPublic(
            visit_id=int(u["visit_id"]),
            kind_text=visit_word("kind", rows[int(u["visit_id"])].kind, lang)
            if int(u["visit_id"]) in rows
            else "",
            reason=str(u["reason"]),
            reason_text=visit_word("reason", str(u["reason"]), lang),
            name=rows[int(u["visit_id"])].name if personal and int(u["visit_id"]) in rows else "",
        )
        for u in row.unplaced
    ]
    changes = [
        ChangePublic(
            visit_id=int(c["visit_id"]),
            kind=str(c["kind"]),
            kind_text=visit_word("change", str(c["kind"]), lang),
            before=_where(c.get("before"), lang),
            after=_where(c.get("after"), lang),
        )
        for c in row.changes
    ]
    summary = dict(row.summary)
    prev, same = int(summary.get("with_previous_team", 0)), int(summary.get("same_team", 0))
    share = format_percent(same / prev if prev else 0.0, lang)
    if only_team is not None:
        return WeekPublic(
            plan_id=row.id,
            week_start=row.week_start,
            version=row.version,
            published=row.published_at is not None,
            note="",
            days=days,
            teams=[only_team],
            grid={only_team: grid.get(only_team, {})},
            summary={},
            continuity="",
            team_days=team_days,
            unplaced=[],
            changes=[],
        )
    return WeekPublic(
        plan_id=row.id,
        week_start=row.week_start,
        version=row.version,
        published=row.published_at is not None,
        note=row.note,
        days=days,
        teams=sorted(grid),
        grid=grid,
        summary=summary,
        continuity=f"{same}/{prev} ({share})",
        team_days=team_days,
        unplaced=unplaced,
        changes=changes,
    )


# --- a team's day ---------------------------------------------------------------------------


def _team_code(user: UserRow) -> str:
    if not user.team_code:
        raise ProblemError(403, "this login is not linked to a visit team; ask an admin")
    return user.team_code


def _published(session: Session, day: dt.date) -> VisitWeekPlanRow:
    monday = day - dt.timedelta(days=day.weekday())
    row = repo.published_week_plan(session, monday)
    if row is None:
        raise ProblemError(404, f"no published visit plan for {day}", slug="not-found")
    return row


@router.get("/teams/me/day", response_model=WeekPublic)
def my_day(session: SessionDep, user: TeamUser, day: Day, lang: Lang = "tr") -> WeekPublic:
    """A team member's own team-day of the published week (nothing of other teams)."""
    code = _team_code(user)
    return week_public(session, _published(session, day), True, lang, code, day)


def _sheet_of(
    session: Session, row: VisitWeekPlanRow, team_code: str, day: dt.date, settings: VisitSettings
) -> Any:
    td = next(
        (t for t in row.team_days if t["team"] == team_code and t["day"] == day.isoformat()), None
    )
    teams = {t.code: t for t in repo.teams(session)}
    if td is None or team_code not in teams:
        raise ProblemError(404, f"team {team_code} has no visits on {day}", slug="not-found")
    rows = repo.visits_by_id(session, [int(s["visit_id"]) for s in td["stops"]])
    visits = {i: repo.to_domain(r) for i, r in rows.items()}
    statuses = {i: r.status for i, r in rows.items()}
    return sheet_from_stops(
        day,
        teams[team_code],
        settings.office(),
        td["stops"],
        visits,
        statuses,
        int(td["driving_s"]),
    )


@router.get("/teams/me/phone", response_class=HTMLResponse)
def my_phone_page(
    session: SessionDep, state: StateDep, user: TeamUser, day: Day, lang: Lang = "tr"
) -> HTMLResponse:
    """The team's phone page of the day: addresses, times, what to do, outcome buttons."""
    sheet = _sheet_of(
        session, _published(session, day), _team_code(user), day, state.visits_settings
    )
    page = render_team_day_page(sheet, lang, script="/static/app/visits.js")
    return HTMLResponse(page, headers={"Cache-Control": "no-store"})


@router.get("/plans/{plan_id}/sheet.pdf", response_class=Response)
def day_sheet(
    plan_id: PlanId,
    session: SessionDep,
    state: StateDep,
    user: SheetUser,
    team: Annotated[str, Query(max_length=40)],
    day: Day,
    lang: Lang = "tr",
) -> Response:
    """A team's day sheet (PDF). A team member gets only their own team's, of a published
    plan."""
    row = _plan(session, plan_id)
    if user.role == Role.TEAM.value and (team != _team_code(user) or row.published_at is None):
        raise ProblemError(403, "a team member sees only their own team's published day")
    sheet = _sheet_of(session, row, team, day, state.visits_settings)
    pdf = render_team_day_pdf([sheet], lang)
    name = f"visits-{day.isoformat()}-{team}.pdf"
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="{name}"', "Cache-Control": "no-store"},
    )


@router.post("/{visit_id}/outcome", response_model=OutcomePublic)
def record_outcome(
    visit_id: VisitId,
    body: OutcomeRequest,
    session: SessionDep,
    user: OutcomeUser,
    lang: Lang = "tr",
) -> OutcomePublic:
    """Record what the team found; `needs_follow_up` creates the follow-up visit. A team member
    records only visits of their own team in a published plan."""
    try:
        row = repo.get_visit(session, visit_id)
    except LookupError as exc:
        raise ProblemError(404, str(exc), slug="not-found") from exc
    if user.role == Role.TEAM.value:
        code = _team_code(user)
        published = (
            row.planned_day is not None
            and row.team_code == code
            and _published_holds(session, row, code)
        )
        if not published:
            raise ProblemError(404, f"no visit {visit_id} on your team's published days")
    try:
        row, follow = repo.record_outcome(
            session, visit_id=visit_id, status=body.status, note=body.note, actor=user.username
        )
    except repo.VisitStateError as exc:
        raise ProblemError(409, str(exc), slug="conflict") from exc
    return OutcomePublic(
        visit=visit_public(row, True, lang), follow_up_id=follow.id if follow else None
    )


def _published_holds(session: Session, row: VisitRow, team_code: str) -> bool:
    """True when the week's published plan has this visit on `team_code`'s day."""
    assert row.planned_day is not None
    monday = row.planned_day - dt.timedelta(days=row.planned_day.weekday())
    plan = repo.published_week_plan(session, monday)
    if plan is None:
        return False
    return any(
        int(s["visit_id"]) == row.id
        for td in plan.team_days
        if td["team"] == team_code
        for s in td["stops"]
    )
