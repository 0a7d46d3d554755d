"""Visit kinds are service kinds with durations and skills; teams and visits check themselves."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.lang import label
from domain.lang.visits_labels import visit_word
from domain.services import SERVICE_KINDS
from domain.visits import (
    CLEANING_KIT,
    FEMALE,
    SOCIAL_WORKER,
    VISIT_KINDS,
    Appointment,
    Staff,
    Team,
    Visit,
    VisitStatus,
    visit_kind,
)

MONDAY = dt.date(2026, 1, 5)


def _visit(kind: str = "follow_up", **kw: object) -> Visit:
    values: dict[str, object] = {
        "id": "V1",
        "kind": VISIT_KINDS[kind],
        "person": "P1",
        "name": "Ayşe Kaya",
        "address": "Deneme Sokak 1",
        "lat": 40.07,
        "lon": 29.51,
        "earliest": MONDAY,
        "latest": MONDAY + dt.timedelta(days=4),
    }
    return Visit(**(values | kw))  # type: ignore[arg-type]


def test_every_visit_kind_is_a_registered_service_kind_with_its_duration_and_skills() -> None:
    expected = {
        "assessment": (45, {SOCIAL_WORKER}),
        "shopping": (60, set()),
        "cleaning": (120, {CLEANING_KIT}),
        "bayram": (40, set()),
        "follow_up": (30, set()),
    }
    for code, (minutes, skills) in expected.items():
        kind = visit_kind(code)
        assert SERVICE_KINDS[kind.service.code] is kind.service
        assert kind.minutes == minutes and set(kind.required_skills) == skills
        assert kind.service.shift_names == ("visit_morning", "visit_afternoon")
        assert label(f"visit_kind_{code}", "tr") and label(f"visit_kind_{code}", "en")
    assert visit_kind("bayram").duration_min(60) == 45  # a bayram visit takes 30–45 min
    assert visit_kind("bayram").duration_min(20) == 30
    with pytest.raises(ValueError, match="expected one of assessment, shopping"):
        visit_kind("picnic")


def test_a_team_s_skills_are_its_members_and_its_car_s() -> None:
    team = Team(
        "T1",
        "Ekip 1",
        (Staff("s1", "Elif", frozenset({SOCIAL_WORKER, FEMALE})), Staff("s2", "Murat")),
        equipment=frozenset({CLEANING_KIT}),
    )
    assert team.skills == {SOCIAL_WORKER, FEMALE, CLEANING_KIT}
    assert team.working_min() == 450  # 08:30–17:00 less the lunch hour
    smaller = team.without("s1")
    assert smaller is not None and smaller.skills == {CLEANING_KIT}
    assert Team("T2", "Ekip 2", (Staff("s3", "Can"),)).without("s3") is None
    assert _visit("assessment", female_staff=True).may_do(team)
    assert not _visit("assessment").may_do(smaller)


def test_teams_and_visits_refuse_what_cannot_be() -> None:
    with pytest.raises(ValueError, match="one or two staff"):
        Team("T3", "Ekip 3", ())
    with pytest.raises(ValueError, match="lunch"):
        Team("T4", "Ekip 4", (Staff("x", "X"),), lunch_starts="18:00")
    with pytest.raises(ValueError, match="latest day"):
        _visit(latest=MONDAY - dt.timedelta(days=1))
    with pytest.raises(ValueError, match="appointment day outside"):
        _visit(appointment=Appointment(MONDAY + dt.timedelta(days=9), "10:00", "11:00"))
    with pytest.raises(ValueError, match="ends before"):
        Appointment(MONDAY, "11:00", "10:00")


def test_an_appointment_fixes_the_day_and_a_woman_asked_for_is_a_skill() -> None:
    visit = _visit(appointment=Appointment(MONDAY, "10:00", "11:00"), female_staff=True)
    assert visit.allowed_on(MONDAY) and not visit.allowed_on(MONDAY + dt.timedelta(days=1))
    assert visit.appointment is not None and visit.appointment.window_s == (36000, 39600)
    assert FEMALE in visit.required_skills


def test_statuses_have_words_in_both_languages() -> None:
    for status in VisitStatus:
        assert visit_word("status", status.value, "tr") != visit_word("status", status.value, "en")
    assert visit_word("reason", "something_new", "en") == "Could not be planned"
