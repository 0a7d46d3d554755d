"""The visits store on SQLite and PostGIS: teams with staff, visits (an assessment visit refers
to its application), a saved and published week plan writing each visit's team and day, an
outcome with its follow-up, and a team login linked to its team."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from domain.applications import Channel
from domain.visits import CLEANING_KIT, FEMALE, SOCIAL_WORKER, Staff, Team
from store.db import session_scope
from store.models import Role
from store.repositories import accounts
from store.repositories import applications as applications_repo
from store.repositories import visits as repo

MONDAY = dt.date(2026, 1, 5)
TUESDAY = MONDAY + dt.timedelta(days=1)


def _team() -> Team:
    return Team(
        "T1",
        "Ekip 1",
        (Staff("S1", "Elif", frozenset({SOCIAL_WORKER, FEMALE})), Staff("S2", "Murat")),
        "16 İNG 301",
        frozenset({CLEANING_KIT}),
    )


def test_visits_round_trip_through_the_store(store_engine: Engine) -> None:
    with session_scope(store_engine) as s:
        repo.add_team(s, team=_team(), actor="t")
        new = applications_repo.NewApplication(channel=Channel.WHATSAPP, phone="05321234567")
        application_id = applications_repo.create_application(s, new=new, actor="t").id
        ident = repo.create_assessment_visit(
            s,
            application_id=application_id,
            address="Deneme Sokak 1",
            location=(40.077, 29.511),
            earliest=TUESDAY,
            window=("10:00", "11:00"),
            name="Ayşe Kaya",
        )
        other = repo.add_visit(
            s,
            kind="cleaning",
            person="P2",
            address="Deneme Sokak 2",
            lat=40.078,
            lon=29.512,
            earliest=MONDAY,
            latest=MONDAY + dt.timedelta(days=4),
            previous_team="T1",
            actor="t",
        ).id
    with session_scope(store_engine) as s:
        (team,) = repo.teams(s)
        assert team == _team()
        rows = repo.week_visits(s, MONDAY)
        assert [r.id for r in rows] == sorted([ident, other])
        assessment = repo.to_domain(repo.get_visit(s, ident))
        assert assessment.appointment is not None and assessment.appointment.day == TUESDAY
        assert assessment.required_skills == {SOCIAL_WORKER}
        assert repo.to_domain(repo.get_visit(s, other)).last_team == "T1"
        plan = repo.save_week_plan(
            s,
            week_start=MONDAY,
            team_days=[
                {
                    "day": TUESDAY.isoformat(),
                    "team": "T1",
                    "staff": ["S1", "S2"],
                    "visit_ids": [ident, other],
                    "stops": [
                        {
                            "visit_id": ident,
                            "half": "am",
                            "arrival_s": 36600,
                            "start_s": 36600,
                            "departure_s": 39300,
                        },
                        {
                            "visit_id": other,
                            "half": "pm",
                            "arrival_s": 49000,
                            "start_s": 49000,
                            "departure_s": 56200,
                        },
                    ],
                    "driving_s": 600,
                    "distance_m": 4000,
                    "solution": None,
                }
            ],
            unplaced=[],
            summary={"served": 2},
            actor="t",
        )
        assert plan.version == 1
        assert repo.published_week_plan(s, MONDAY) is None
        repo.publish_week_plan(s, plan_id=plan.id, actor="t")
    with session_scope(store_engine) as s:
        published = repo.published_week_plan(s, MONDAY)
        assert published is not None and published.team_days[0]["stops"][0]["visit_id"] == ident
        row = repo.get_visit(s, ident)
        assert (row.team_code, row.planned_day, row.planned_arrival_s) == ("T1", TUESDAY, 36600)
        _row, follow = repo.record_outcome(
            s, visit_id=ident, status="needs_follow_up", note="ilaç listesi", actor="ekip1"
        )
        assert follow is not None and follow.application_id == application_id
        assert follow.follow_up_of == ident and follow.kind == "follow_up"
        with pytest.raises(repo.VisitStateError, match="already has its outcome"):
            repo.record_outcome(s, visit_id=ident, status="done", note="", actor="ekip1")
    with session_scope(store_engine) as s:
        person = f"application:{application_id}"
        assert repo.last_teams(s, [person], MONDAY + dt.timedelta(days=7)) == {person: "T1"}
        accounts.create_user(s, username="ekip1", password="x" * 16, role=Role.TEAM, actor="t")
        repo.link_team_login(s, username="ekip1", team_code="T1", actor="t")
    with session_scope(store_engine) as s:
        user = accounts.get_user(s, username="ekip1")
        assert user.team_code == "T1"


def test_a_bad_visit_is_refused_naming_the_field(store_engine: Engine) -> None:
    with session_scope(store_engine) as s, pytest.raises(ValueError, match="window"):
        repo.add_visit(
            s,
            kind="shopping",
            person="P1",
            address="Deneme Sokak 1",
            lat=40.07,
            lon=29.51,
            earliest=MONDAY,
            latest=TUESDAY,
            window=("10:00", "11:00"),
            actor="t",
        )
