"""Home visits through the API: a week planned as a job, read as a team × day grid, published
to the teams; a team member sees only their own team's day and records outcomes (a follow-up
from `needs_follow_up`); an ill team member's day re-planned with a change list."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from api_testing import ApiClient, is_problem, pdf_text

from domain.visits import VisitStatus
from store.db import session_scope
from store.repositories import applications as applications_repo
from store.repositories import visits as repo

pytest_plugins = ["api_testing"]

WEEK = dt.date(2026, 2, 2)
TUESDAY = WEEK + dt.timedelta(days=1)
# homes on streets of the bundled extract, around the town centre
SPOTS = [
    (40.0790, 29.5125),
    (40.0755, 29.5080),
    (40.0800, 29.5060),
    (40.0740, 29.5140),
    (40.0772, 29.5170),
    (40.0815, 29.5105),
]


def _visit(k: int, kind: str = "follow_up", **kw: Any) -> dict[str, Any]:
    lat, lon = SPOTS[k % len(SPOTS)]
    body = {
        "kind": kind,
        "person": f"api-person-{k}",
        "name": f"Kişi {k}",
        "phone": "+90 532 111 22 33",
        "address": f"Deneme Sokak No: {k}",
        "lat": lat,
        "lon": lon,
        "earliest": TUESDAY.isoformat(),
        "latest": TUESDAY.isoformat(),
        "notes": "önce arayın",
    }
    return body | kw


def _plan_week(api: ApiClient, visits: list[dict[str, Any]]) -> dict[str, Any]:
    for body in visits:
        response = api.post("/visits", "dispatcher", json=body)
        assert response.status_code == 201, response.text
    job = api.post(f"/visits/weeks/{WEEK.isoformat()}/plan", "dispatcher")
    assert job.status_code == 202, job.text
    api.state.jobs.wait(job.json()["id"], timeout_s=180)
    done = api.get(f"/visits/jobs/{job.json()['id']}", "dispatcher").json()
    assert done["status"] == "done", done
    week = api.get(f"/visits/weeks/{WEEK.isoformat()}", "dispatcher")
    assert week.status_code == 200, week.text
    body: dict[str, Any] = week.json()
    return body


def _link(api: ApiClient, username: str, team: str) -> None:
    with session_scope(api.state.engine) as session:
        repo.link_team_login(session, username=username, team_code=team, actor="test")


@pytest.mark.slow
def test_a_week_planned_published_and_seen_by_its_teams(api: ApiClient) -> None:
    visits = [_visit(k) for k in range(4)]
    visits.append(_visit(4, "assessment", window_start="10:00", window_end="11:00"))
    week = _plan_week(api, visits)

    assert week["version"] == 1 and not week["published"]
    assert week["summary"]["served"] == 5 and week["unplaced"] == []
    assert sum(sum(days.values()) for days in week["grid"].values()) == 5
    stops = [s for td in week["team_days"] for s in td["stops"]]
    assessment = next(s for s in stops if s["kind"] == "assessment")
    assert "10:00" <= assessment["arrival"] <= "11:00"
    assert all(s["name"] for s in stops)  # dispatchers see names
    planner = api.get(f"/visits/weeks/{WEEK.isoformat()}", "planner").json()
    assert all(not s["name"] and not s["phone"] for td in planner["team_days"] for s in td["stops"])

    busy = next(td for td in week["team_days"] if td["stops"])
    team = busy["team"]
    other = next((s for td in week["team_days"] if td["team"] != team for s in td["stops"]), None)
    _link(api, "ekip1", team)
    is_problem(api.get(f"/visits/teams/me/day?day={TUESDAY}", "ekip1"), 404)  # not published
    is_problem(api.get(f"/visits/weeks/{WEEK.isoformat()}", "ekip1"), 403)
    assert api.post(f"/visits/plans/{week['plan_id']}/publish", "dispatcher").status_code == 200

    mine = api.get(f"/visits/teams/me/day?day={TUESDAY}", "ekip1").json()
    assert [td["team"] for td in mine["team_days"]] == [team]
    assert mine["unplaced"] == [] and mine["summary"] == {} and list(mine["grid"]) == [team]
    own = mine["team_days"][0]["stops"]
    assert [s["visit_id"] for s in own] == [s["visit_id"] for s in busy["stops"]]

    # the day sheet and the phone page: own team only
    pdf = api.get(f"/visits/plans/{week['plan_id']}/sheet.pdf?team={team}&day={TUESDAY}", "ekip1")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert own[0]["name"] in pdf_text(pdf.content)
    if other is not None:
        other_team = next(
            td["team"] for td in week["team_days"] if td["team"] != team and td["stops"]
        )
        path = f"/visits/plans/{week['plan_id']}/sheet.pdf?team={other_team}&day={TUESDAY}"
        is_problem(api.get(path, "ekip1"), 403)
        is_problem(
            api.post(f"/visits/{other['visit_id']}/outcome", "ekip1", json={"status": "done"}), 404
        )
    phone = api.get(f"/visits/teams/me/phone?day={TUESDAY}", "ekip1")
    assert phone.status_code == 200
    assert 'data-status="needs_follow_up"' in phone.text and own[0]["name"] in phone.text

    # outcomes: a follow-up from needs_follow_up, once only
    first = own[0]["visit_id"]
    answer = api.post(
        f"/visits/{first}/outcome", "ekip1", json={"status": "needs_follow_up", "note": "ilaç"}
    )
    assert answer.status_code == 200, answer.text
    follow_id = answer.json()["follow_up_id"]
    assert answer.json()["visit"]["status"] == VisitStatus.NEEDS_FOLLOW_UP.value
    with session_scope(api.state.engine) as session:
        follow = repo.get_visit(session, follow_id)
        assert follow.kind == "follow_up" and follow.follow_up_of == first
        assert follow.previous_team == team and follow.earliest > TUESDAY
    is_problem(api.post(f"/visits/{first}/outcome", "ekip1", json={"status": "done"}), 409)
    is_problem(api.post(f"/visits/{first}/outcome", "planner", json={"status": "done"}), 403)


@pytest.mark.slow
def test_an_ill_team_member_s_day_is_planned_again(api: ApiClient) -> None:
    visits = [_visit(k, "assessment") for k in range(3)] + [_visit(3 + k) for k in range(3)]
    week = _plan_week(api, visits)
    on_social = {
        td["team"] for td in week["team_days"] for s in td["stops"] if s["kind"] == "assessment"
    }
    team = sorted(on_social)[0]
    teams = {t["code"]: t for t in api.get("/visits/teams", "dispatcher").json()}
    worker = next(m["code"] for m in teams[team]["staff"] if "social_worker" in m["skills"])

    job = api.post(
        f"/visits/plans/{week['plan_id']}/replan",
        "dispatcher",
        json={"day": TUESDAY.isoformat(), "staff_code": worker},
    )
    assert job.status_code == 202, job.text
    api.state.jobs.wait(job.json()["id"], timeout_s=180)
    assert api.get(f"/visits/jobs/{job.json()['id']}", "dispatcher").json()["status"] == "done"

    again = api.get(f"/visits/weeks/{WEEK.isoformat()}", "dispatcher").json()
    assert again["version"] == 2 and worker in again["note"]
    left = teams[team]["staff"]
    still = [td for td in again["team_days"] if td["team"] == team]
    for td in still:
        assert worker not in td["staff"] or len(left) == 1
        if not any("social_worker" in m["skills"] for m in left if m["code"] != worker):
            assert all(s["kind"] != "assessment" for s in td["stops"])
    moved = {c["visit_id"] for c in again["changes"]}
    before = {
        s["visit_id"]
        for td in week["team_days"]
        if td["team"] == team
        for s in td["stops"]
        if s["kind"] == "assessment"
    }
    assert before <= moved
    assert again["summary"]["served"] + len(again["unplaced"]) == 6


def test_the_intake_side_creates_an_assessment_visit(api: ApiClient) -> None:
    call = {"phone": "0532 444 55 67", "applicant_name": "Fatma Demir", "consent": True}
    call |= {"street": "İsmail Efendi Caddesi", "house_number": "12", "needs": ["home_help"]}
    ref = api.post("/applications", "agent", json=call).json()["ref"]
    with session_scope(api.state.engine) as session:
        application_id = applications_repo.get_application_row(session, ref=ref).id
        ident = repo.create_assessment_visit(
            session,
            application_id=application_id,
            address="Deneme Sokak No: 1",
            location=SPOTS[0],
            earliest=TUESDAY,
            name="Başvuru sahibi",
        )
    listed = api.get(f"/visits?week={WEEK.isoformat()}", "dispatcher").json()
    visit = next(v for v in listed if v["id"] == ident)
    assert visit["kind"] == "assessment" and visit["application_id"] == application_id
    assert visit["latest"] == (WEEK + dt.timedelta(days=4)).isoformat()


def test_bad_visits_are_clear_problems(api: ApiClient) -> None:
    half = _visit(0, window_start="10:00")
    assert "window_end" in is_problem(api.post("/visits", "dispatcher", json=half), 422)["detail"]
    swapped = _visit(0, lat=29.51, lon=40.07)
    is_problem(api.post("/visits", "dispatcher", json=swapped), 422)
    is_problem(api.post("/visits", "dispatcher", json=_visit(0, kind="picnic")), 422)
    is_problem(api.post("/visits", "dispatcher", json=_visit(0, colour="red")), 422)
    is_problem(api.post(f"/visits/weeks/{TUESDAY.isoformat()}/plan", "dispatcher"), 422)
    is_problem(api.post("/visits", "ekip1", json=_visit(0)), 403)
    is_problem(api.post("/visits/999999/outcome", "dispatcher", json={"status": "done"}), 404)
