"""Applications through the API: the 153 form, search and duplicates, need-to-know per role,
consent before approval, every change audited, approval into a household due on its start
date's dinner."""

from __future__ import annotations

import datetime as dt
from typing import Any

from api_testing import ApiClient, is_problem

from scheduler.due import is_due
from store.db import session_scope
from store.repositories import households as households_repo
from store.repositories.audit import audit_trail

pytest_plugins = ["api_testing"]

CALL: dict[str, Any] = {
    "phone": "0532 444 55 66",
    "applicant_name": "Fatma Demir",
    "applicant_relation": "komşu",
    "person_name": "Hatice Kaya",
    "street": "İsmail Efendi Caddesi",
    "house_number": "12",
    "needs": ["hot_meals"],
    "health_notes": "Diyabet, yürümekte zorlanıyor",
    "social_notes": "Yalnız yaşıyor",
}
START = dt.date(2026, 12, 2)  # a Wednesday


def _record(api: ApiClient, **changes: Any) -> dict[str, Any]:
    answer = api.post("/applications", "agent", json=CALL | changes)
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


def _assess(api: ApiClient, ref: str) -> dict[str, Any]:
    answer = api.post(f"/applications/{ref}/assessment", "social", json={"notes": "Uygun"})
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def _approve(api: ApiClient, ref: str, **changes: Any) -> Any:
    body = {"services": ["hot_meals"], "start_date": START.isoformat(), "meal_plan": "dinner"}
    return api.post(f"/applications/{ref}/approve", "social", json=body | changes)


def test_the_agent_records_a_call_geocoded_and_sees_no_health_notes(api: ApiClient) -> None:
    created = _record(api, consent=True)
    assert created["ref"].startswith("B") and created["state"] == "received"
    assert created["state_label"] == "Received"  # the API's own language unless asked
    turkish = api.get(f"/applications/{created['ref']}", "agent", params={"lang": "tr"}).json()
    assert (turkish["state_label"], turkish["channel_label"]) == ("Alındı", "153 Çağrı Merkezi")
    assert created["phone"] == "905324445566"
    assert created["lat"] is not None and created["location_source"] in {
        "house_number",
        "street",
        "fuzzy_street",
    }
    assert created["consent_version"] and created["consent_at"]
    assert "health_notes" not in created and "assessment_notes" not in created
    seen = api.get(f"/applications/{created['ref']}", "agent").json()
    assert "health_notes" not in seen
    assert "Diyabet" not in str(seen)
    social = api.get(f"/applications/{created['ref']}", "social").json()
    assert social["health_notes"] == CALL["health_notes"]


def test_an_agent_cannot_read_households_or_their_health_notes(api: ApiClient) -> None:
    is_problem(api.get("/households", "agent"), 403)
    ref = api.get("/households", "dispatcher").json()[0]["ref"]
    is_problem(api.get(f"/households/{ref}", "agent"), 403)
    created = _record(api, consent=True)
    _assess(api, created["ref"])
    assert _approve(api, created["ref"]).status_code == 200
    is_problem(api.get(f"/applications/{created['ref']}/household", "agent"), 403)
    household = api.get(f"/applications/{created['ref']}/household", "social")
    assert household.status_code == 200, household.text


def test_drivers_planners_see_no_applications(api: ApiClient) -> None:
    created = _record(api)
    for who in ("planner", "d1"):
        is_problem(api.get("/applications", who), 403)
        is_problem(api.get(f"/applications/{created['ref']}", who), 403)
        is_problem(api.post("/applications", who, json=CALL), 403)


def test_search_first_and_duplicates_flagged(api: ApiClient) -> None:
    first = _record(api)
    found = api.get("/applications/search", "agent", params={"phone": "+90 532 444 55 66"})
    assert [a["ref"] for a in found.json()["applications"]] == [first["ref"]]
    by_address = api.get(
        "/applications/search",
        "agent",
        params={"street": "ismail efendi caddesi", "house_number": "12"},
    ).json()
    assert first["ref"] in [a["ref"] for a in by_address["applications"]]
    second = _record(api, phone="0533 000 00 01")  # same address, another phone
    assert second["possible_duplicates"] == [first["ref"]]
    is_problem(api.get("/applications/search", "agent"), 422)


def test_consent_is_required_before_approval(api: ApiClient) -> None:
    created = _record(api)  # no consent ticked
    assert created["consent_version"] is None
    _assess(api, created["ref"])
    refused = is_problem(_approve(api, created["ref"]), 409)
    assert refused["type"] == "/problems/consent-required"
    assert api.get(f"/applications/{created['ref']}", "social").json()["state"] == "assessed"
    consent = api.post(f"/applications/{created['ref']}/consent", "agent", json={})
    assert consent.status_code == 200, consent.text
    assert _approve(api, created["ref"]).json()["state"] == "registered"


def test_illegal_transitions_are_clear_errors(api: ApiClient) -> None:
    created = _record(api, consent=True)
    early = is_problem(_approve(api, created["ref"]), 409)
    assert early["type"] == "/problems/illegal-transition"
    assert "received" in early["detail"] and "assessed" in early["detail"]
    rejected = api.post(f"/applications/{created['ref']}/reject", "social", json={"reason": "x"})
    assert rejected.json()["state"] == "rejected"
    is_problem(api.post(f"/applications/{created['ref']}/assessment", "social", json={}), 409)
    is_problem(
        api.post(f"/applications/{created['ref']}/reject", "social", json={"reason": ""}), 422
    )


def test_the_agent_may_not_decide(api: ApiClient) -> None:
    created = _record(api, consent=True)
    is_problem(api.post(f"/applications/{created['ref']}/assessment", "agent", json={}), 403)
    is_problem(_approve_as(api, created["ref"], "agent"), 403)


def _approve_as(api: ApiClient, ref: str, who: str) -> Any:
    body = {"services": ["hot_meals"], "start_date": START.isoformat(), "meal_plan": "dinner"}
    return api.post(f"/applications/{ref}/approve", who, json=body)


def test_a_stale_if_match_is_409_and_changes_nothing(api: ApiClient) -> None:
    created = _record(api, consent=True)
    ref, version = created["ref"], created["version"]
    moved = api.client.put(
        f"/applications/{ref}/pin",
        json={"lat": 40.08, "lon": 29.51},
        headers=api.auth("agent") | {"If-Match": f'"{version}"'},
    )
    assert moved.status_code == 200 and moved.headers["ETag"] == f'"{version + 1}"'
    stale = api.client.post(
        f"/applications/{ref}/assessment",
        json={"notes": "x"},
        headers=api.auth("social") | {"If-Match": f'"{version}"'},
    )
    is_problem(stale, 409)
    assert api.get(f"/applications/{ref}", "social").json()["state"] == "received"


def test_each_change_is_audited_without_personal_data(api: ApiClient) -> None:
    created = _record(api, consent=True)
    ref = created["ref"]
    api.post(f"/applications/{ref}/schedule-assessment", "social", json={"at": None})
    _assess(api, ref)
    assert _approve(api, ref).status_code == 200
    with session_scope(api.state.engine) as s:
        trail = list(reversed(audit_trail(s, entity="application", entity_ref=ref)))
        actions = [(e.action, e.actor, e.detail["state"]) for e in trail]
        household = [e for e in audit_trail(s, entity="household") if e.entity_ref == f"H{ref}"]
    assert actions == [
        ("create", "agent", "received"),
        ("schedule_assessment", "social", "assessment_scheduled"),
        ("assess", "social", "assessed"),
        ("approve", "social", "approved"),
        ("register", "social", "registered"),
    ]
    assert len(household) == 1
    text = str([e.detail for e in trail])
    for personal in ("Hatice", "Fatma", "Diyabet", "5324445566", "İsmail"):
        assert personal not in text


def test_approval_makes_a_household_due_on_the_start_dates_dinner(api: ApiClient) -> None:
    created = _record(api, consent=True)
    _assess(api, created["ref"])
    approved = _approve(api, created["ref"])
    assert approved.status_code == 200, approved.text
    body = approved.json()
    assert body["state"] == "registered" and body["household_ref"] == f"H{created['ref']}"
    with session_scope(api.state.engine) as s:
        household = households_repo.get_household(s, ref=body["household_ref"])
    assert household.name == "Hatice Kaya" and household.phone == "+90 532 444 55 66"
    assert household.start_date == START
    assert is_due(household, START, "dinner")
    assert not is_due(household, START, "breakfast")
    assert not is_due(household, START - dt.timedelta(days=1), "dinner")


def test_approval_without_a_pin_is_refused(api: ApiClient) -> None:
    created = _record(api, consent=True, street="Yok Böyle Bir Sokak Zzzq", house_number="")
    if created["lat"] is not None:  # the fuzzy geocoder found something after all
        return
    _assess(api, created["ref"])
    is_problem(_approve(api, created["ref"]), 422)
