"""Households over HTTP: CRUD with optimistic locking, never deleted, pseudonymised for planners,
holds and cancellations, and the all-or-nothing spreadsheet import."""

from __future__ import annotations

from typing import Any

from api_testing import ApiClient, is_problem

from store.db import session_scope
from store.repositories.audit import audit_trail

pytest_plugins = ["api_testing"]


def new_household(ref: str = "H9001", **overrides: Any) -> dict[str, Any]:
    body = {
        "ref": ref,
        "name": "Şükrü Öğütçü",
        "phone": "0532 111 22 33",
        "street": "İsmail Efendi Caddesi",
        "house_number": "12",
        "lat": 40.0783,
        "lon": 29.5086,
        "meal_plan": "dinner",
        "service_days": [1, 2, 3, 4, 5],
        "diets": ["diabetic"],
        "notes": "3. kat, asansör yok",
    }
    return body | overrides


def test_dispatcher_creates_reads_and_lists_a_household(api: ApiClient) -> None:
    created = api.post("/households", "dispatcher", json=new_household())
    assert created.status_code == 201
    assert created.headers["location"] == "/households/H9001"
    assert created.headers["etag"] == '"1"'
    body = created.json()
    assert body["phone"] == "+90 532 111 22 33"  # normalised
    assert body["address"] == "İsmail Efendi Caddesi No: 12"
    assert body["location_source"] == "manual"
    got = api.get("/households/H9001", "dispatcher").json()
    assert got == body
    refs = [h["ref"] for h in api.get("/households", "dispatcher").json()]
    assert "H9001" in refs and len(refs) > 400
    with session_scope(api.state.engine) as session:
        trail = audit_trail(session, entity="household", entity_ref="H9001")
    assert [(e.action, e.actor) for e in trail] == [("create", "dispatcher")]


def test_planner_sees_pseudonyms_and_no_phone_numbers(api: ApiClient) -> None:
    listed = api.get("/households", "planner")
    assert listed.status_code == 200
    rows = listed.json()
    assert len(rows) > 400
    text = listed.text
    assert "+90" not in text and "phone" not in text and "name" not in text
    assert all(r["pseudonym"].startswith("P-") for r in rows)
    assert len({r["pseudonym"] for r in rows}) == len(rows)
    assert all(round(r["lat"], 3) == r["lat"] for r in rows)
    dispatcher_first = api.get("/households", "dispatcher").json()[0]
    assert dispatcher_first["ref"] not in text and dispatcher_first["name"] not in text
    is_problem(api.get("/households/H0001", "planner"), 403)


def test_validation_errors_name_the_field(api: ApiClient) -> None:
    bad_phone = api.post("/households", "dispatcher", json=new_household(phone="12"))
    body = is_problem(bad_phone, 422)
    assert body["field"] == "body.phone"
    assert "Turkish phone number" in body["errors"][0]["message"]
    swapped = api.post("/households", "dispatcher", json=new_household(lat=29.5086, lon=40.0783))
    assert "swapped" in is_problem(swapped, 422)["detail"]
    several = api.post(
        "/households", "dispatcher", json=new_household(service_days=[9], meal_plan="lunch")
    )
    fields = {e["field"] for e in is_problem(several, 422)["errors"]}
    assert {"body.service_days.0", "body.meal_plan"} <= fields


def test_duplicate_and_missing_households_are_problems_naming_the_household(
    api: ApiClient,
) -> None:
    dup = is_problem(api.post("/households", "dispatcher", json=new_household("H0001")), 409)
    assert dup["household"] == "H0001" and dup["type"] == "/problems/duplicate"
    missing = is_problem(api.get("/households/H7777", "dispatcher"), 404)
    assert missing["household"] == "H7777" and missing["instance"] == "/households/H7777"


def test_update_with_if_match_refuses_a_lost_write(api: ApiClient) -> None:
    current = api.get("/households/H0001", "dispatcher")
    version = current.headers["etag"]
    changed = api.patch(
        "/households/H0001", "dispatcher", headers={"If-Match": version}, json={"portions": 2}
    )
    assert changed.status_code == 200
    assert changed.json()["portions"] == 2
    assert changed.headers["etag"] == f'"{int(version.strip(chr(34))) + 1}"'
    stale = api.patch(
        "/households/H0001", "dispatcher", headers={"If-Match": version}, json={"notes": "x"}
    )
    assert is_problem(stale, 409)["household"] == "H0001"
    assert api.get("/households/H0001", "dispatcher").json()["notes"] != "x"
    moved = api.patch("/households/H0001", "dispatcher", json={"lat": 40.079, "lon": 29.51})
    assert moved.json()["location_source"] == "manual"
    is_problem(api.patch("/households/H0001", "dispatcher", json={"lat": 40.079}), 422)
    is_problem(api.patch("/households/H0001", "dispatcher", json={"ref": "H2"}), 422)


def test_households_are_deactivated_never_deleted(api: ApiClient) -> None:
    off = api.post("/households/H0002/deactivate", "dispatcher")
    assert off.status_code == 200 and off.json()["active"] is False
    active = [h["ref"] for h in api.get("/households", "dispatcher").json()]
    everyone = [h["ref"] for h in api.get("/households?include_inactive=true", "dispatcher").json()]
    assert "H0002" not in active and "H0002" in everyone
    assert api.client.delete("/households/H0002", headers=api.auth("admin")).status_code == 405
    assert api.post("/households/H0002/reactivate", "dispatcher").json()["active"] is True
    with session_scope(api.state.engine) as session:
        actions = [e.action for e in audit_trail(session, entity_ref="H0002")]
    assert actions == ["reactivate", "deactivate"]


def test_flagged_locations_are_confirmed(api: ApiClient) -> None:
    assert api.get("/households?needs_review=true", "dispatcher").json() == []
    confirmed = api.post("/households/H0003/reviewed", "dispatcher")
    assert confirmed.status_code == 200 and confirmed.json()["needs_review"] is False


def test_holds_and_cancellations(api: ApiClient) -> None:
    def covering(day: str) -> list[str]:
        return [h["household"] for h in api.get(f"/holds?covering={day}", "dispatcher").json()]

    seeded = covering("2026-11-25")  # the demo town comes with its holds
    assert "H0001" not in seeded and "H0001" not in covering("2026-12-05")
    hold = api.post(
        "/households/H0001/holds",
        "dispatcher",
        json={"start": "2026-11-20", "end": "2026-11-30", "reason": "Hastanede"},
    )
    assert hold.status_code == 201
    hold_id = hold.json()["id"]
    assert hold.headers["location"] == f"/holds/{hold_id}"
    assert sorted(covering("2026-11-25")) == sorted([*seeded, "H0001"])
    assert "H0001" not in covering("2026-12-05")
    shorter = api.client.patch(
        f"/holds/{hold_id}", headers=api.auth("dispatcher"), json={"end": "2026-11-22"}
    )
    assert shorter.json()["end"] == "2026-11-22"
    backwards = api.post(
        "/households/H0001/holds", "dispatcher", json={"start": "2026-11-20", "end": "2026-11-01"}
    )
    assert "swap" in is_problem(backwards, 422)["detail"]
    is_problem(
        api.client.patch("/holds/999", headers=api.auth("dispatcher"), json={"end": "2026-11-22"}),
        404,
    )
    cancel = api.post(
        "/households/H0001/cancellations",
        "dispatcher",
        json={"day": "2026-11-25", "shift": "dinner", "reason": "Ailesinin yanında"},
    )
    add = api.post(
        "/households/H0003/additions", "dispatcher", json={"day": "2026-11-25", "shift": "dinner"}
    )
    assert cancel.status_code == add.status_code == 201
    one_offs = api.get("/one-offs?day=2026-11-25&shift=dinner", "dispatcher").json()
    assert {(o["household"], o["kind"]) for o in one_offs} == {
        ("H0001", "cancel"),
        ("H0003", "add"),
    }
    assert [h["id"] for h in api.get("/households/H0001/holds", "dispatcher").json()] == [hold_id]
    is_problem(api.get("/holds", "planner"), 403)


CSV_HEADER = (
    "ref,name,phone,street,house_number,neighbourhood,lat,lon,meal_plan,service_days,diets,"
    "notes,portions,required_skills,start_date,end_date\n"
)


def _upload(api: ApiClient, text: str, name: str = "liste.csv", dry_run: bool = False) -> Any:
    return api.post(
        f"/households/import?dry_run={str(dry_run).lower()}",
        "dispatcher",
        files={"file": (name, text.encode("utf-8"), "text/csv")},
    )


def test_import_accepts_a_good_file_and_is_idempotent(api: ApiClient) -> None:
    rows = (
        "N0001,Ayşe Kılıç,0532 123 45 67,İsmail Efendi Caddesi,5,,40.0783,29.5086,both,daily,"
        ",,1,,,\n"
        "N0002,Mehmet Öz,0533 765 43 21,İsmail Efendi Caddesi,7,,40.0784,29.5087,dinner,"
        '"Mon,Tue",gluten_free,,2,,,\n'
    )
    dry = _upload(api, CSV_HEADER + rows, dry_run=True)
    assert dry.status_code == 200 and dry.json()["created"] == 2 and dry.json()["dry_run"]
    is_problem(api.get("/households/N0001", "dispatcher"), 404)
    first = _upload(api, CSV_HEADER + rows)
    assert first.status_code == 200
    assert (first.json()["created"], first.json()["total"]) == (2, 2)
    assert api.get("/households/N0002", "dispatcher").json()["portions"] == 2
    again = _upload(api, CSV_HEADER + rows)
    assert (again.json()["created"], again.json()["unchanged"]) == (0, 2)


def test_import_with_bad_rows_writes_nothing_and_lists_every_problem(api: ApiClient) -> None:
    rows = (
        "N0001,Ayşe Kılıç,0532 123 45 67,İsmail Efendi Caddesi,5,,40.0783,29.5086,both,daily,"
        ",,1,,,\n"
        "N0002,Mehmet Öz,12345,İsmail Efendi Caddesi,7,,40.0784,29.5087,lunch,daily,,,1,,,\n"
    )
    rejected = _upload(api, CSV_HEADER + rows)
    body = is_problem(rejected, 422)
    assert body["type"] == "/problems/import-rejected"
    where = {(e["row"], e["column"]) for e in body["errors"]}
    assert {(3, "phone"), (3, "meal_plan")} <= where
    assert all(e["row"] == 3 for e in body["errors"])
    is_problem(api.get("/households/N0001", "dispatcher"), 404)  # nothing written
    not_a_sheet = _upload(api, "hello", name="liste.pdf")
    assert "unsupported file type" in is_problem(not_a_sheet, 422)["detail"]
    is_problem(
        api.post(
            "/households/import",
            "planner",
            files={"file": ("x.csv", b"ref\n", "text/csv")},
        ),
        403,
    )
