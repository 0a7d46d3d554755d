"""From an application to its assessment visit: a social worker books it, the home-visit week
planner gives it to a team with a social worker, the team records it, and the application is
assessed and approved into a household."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from api_testing import ApiClient, is_problem

from domain.visits import VisitStatus
from store.db import session_scope
from store.repositories import applications as applications_repo
from store.repositories import visits as visits_repo

pytest_plugins = ["api_testing"]

WEEK = dt.date(2026, 2, 2)  # a Monday with no demo visits
CALL: dict[str, Any] = {
    "phone": "0532 444 55 68",
    "applicant_name": "Ayşe Yıldız",
    "person_name": "Hatice Kaya",
    "street": "İsmail Efendi Caddesi",
    "house_number": "12",
    "needs": ["hot_meals"],
    "health_notes": "Diyabet",
    "consent": True,
}


def _visits_of(api: ApiClient, ref: str) -> list[Any]:
    with session_scope(api.state.engine) as session:
        ident = applications_repo.get_application_row(session, ref=ref).id
        rows = [v for v in visits_repo.week_visits(session, WEEK) if v.application_id == ident]
        return [(v.id, v.kind, v.earliest, v.latest, v.window_start, v.status) for v in rows]


def test_booking_an_assessment_makes_one_visit_and_moves_it(api: ApiClient) -> None:
    ref = api.post("/applications", "agent", json=CALL).json()["ref"]
    tuesday = WEEK + dt.timedelta(days=1)
    booked = api.post(
        f"/applications/{ref}/schedule-assessment", "social", json={"earliest": str(tuesday)}
    )
    assert booked.status_code == 200, booked.text
    assert booked.json()["state"] == "assessment_scheduled"
    [(ident, kind, earliest, latest, window, status)] = _visits_of(api, ref)
    assert (kind, earliest, latest, window, status) == (
        "assessment",
        tuesday,
        WEEK + dt.timedelta(days=4),
        None,
        "planned",
    )
    assert booked.headers["Sofra-Assessment-Visit"] == str(ident)
    # agreed by phone for Wednesday 10:00 (Istanbul): the same visit, now with a window
    at = dt.datetime(2026, 2, 4, 7, 0, tzinfo=dt.UTC)
    again = api.post(f"/applications/{ref}/schedule-assessment", "social", json={"at": str(at)})
    assert again.status_code == 200, again.text
    [(same, _, earliest, latest, window, _)] = _visits_of(api, ref)
    assert same == ident and earliest == latest == dt.date(2026, 2, 4) and window == "10:00"
    is_problem(api.post(f"/applications/{ref}/schedule-assessment", "agent", json={}), 403)


@pytest.mark.slow
def test_the_assessment_visit_is_planned_recorded_and_the_application_approved(
    api: ApiClient,
) -> None:
    ref = api.post("/applications", "agent", json=CALL).json()["ref"]
    booked = api.post(
        f"/applications/{ref}/schedule-assessment",
        "social",
        json={"earliest": str(WEEK), "latest": str(WEEK + dt.timedelta(days=1))},
    )
    visit_id = int(booked.headers["Sofra-Assessment-Visit"])

    job = api.post(f"/visits/weeks/{WEEK.isoformat()}/plan", "dispatcher")
    assert job.status_code == 202, job.text
    api.state.jobs.wait(job.json()["id"], timeout_s=180)
    week = api.get(f"/visits/weeks/{WEEK.isoformat()}", "dispatcher").json()
    assert week["unplaced"] == []
    [(team_day, stop)] = [
        (td, s) for td in week["team_days"] for s in td["stops"] if s["visit_id"] == visit_id
    ]
    with session_scope(api.state.engine) as session:
        team = next(t for t in visits_repo.teams(session) if t.code == team_day["team"])
        assert "social_worker" in team.skills  # an assessment needs a social worker
        visits_repo.link_team_login(session, username="ekip1", team_code=team.code, actor="t")
    assert api.post(f"/visits/plans/{week['plan_id']}/publish", "dispatcher").status_code == 200
    done = api.post(f"/visits/{visit_id}/outcome", "ekip1", json={"status": "done"})
    assert done.status_code == 200, done.text
    assert done.json()["visit"]["status"] == VisitStatus.DONE.value

    assessed = api.post(f"/applications/{ref}/assessment", "social", json={"notes": "Uygun"})
    assert assessed.status_code == 200 and assessed.json()["state"] == "assessed"
    start = WEEK + dt.timedelta(days=2)
    approval = {"services": ["hot_meals"], "start_date": str(start), "meal_plan": "dinner"}
    approved = api.post(f"/applications/{ref}/approve", "social", json=approval)
    assert approved.status_code == 200, approved.text
    assert stop["kind"] == "assessment"
