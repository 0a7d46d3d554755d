"""Logins, tokens, roles and accounts: who may do what, and every change recorded with who."""

from __future__ import annotations

import jwt
from api_testing import ApiClient, is_problem, password_of

from store.db import session_scope
from store.passwords import hash_password, verify_password
from store.repositories.audit import audit_trail

pytest_plugins = ["api_testing"]


def test_password_hashes_are_argon2_and_salted() -> None:
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first.startswith("$argon2")
    assert first != second
    assert verify_password("correct horse", first)
    assert not verify_password("wrong horse", first)
    assert not verify_password("anything", "not-a-hash")


def test_login_gives_a_signed_token_with_the_role(api: ApiClient) -> None:
    response = api.client.post(
        "/login/access-token",
        data={"username": "dispatcher", "password": password_of("dispatcher")},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer" and body["role"] == "dispatcher"
    claims = jwt.decode(body["access_token"], api.state.token_key, algorithms=["HS256"])
    assert claims["sub"] == "dispatcher" and claims["role"] == "dispatcher"
    assert "sofra_token" in response.cookies


def test_wrong_password_and_unknown_user_get_the_same_401(api: ApiClient) -> None:
    wrong = api.client.post(
        "/login/access-token", data={"username": "dispatcher", "password": "nope-nope"}
    )
    unknown = api.client.post(
        "/login/access-token", data={"username": "nobody", "password": "nope-nope"}
    )
    assert is_problem(wrong, 401)["detail"] == is_problem(unknown, 401)["detail"]
    assert wrong.headers["www-authenticate"] == "Bearer"


KEY = "another key of thirty-two bytes or more"


def test_requests_without_or_with_a_bad_token_get_401(api: ApiClient) -> None:
    assert "not logged in" in is_problem(api.client.get("/households"), 401)["detail"]
    forged = jwt.encode({"sub": "admin", "role": "admin", "exp": 9_999_999_999}, KEY)
    bad = api.client.get("/households", headers={"Authorization": f"Bearer {forged}"})
    assert "log in again" in is_problem(bad, 401)["detail"]


def test_the_login_cookie_works_for_links_but_never_for_changes(api: ApiClient) -> None:
    api.client.post(
        "/login/access-token",
        data={"username": "dispatcher", "password": password_of("dispatcher")},
    )
    assert api.client.get("/users/me").json()["username"] == "dispatcher"
    # A forged cross-site form carries the cookie, but POSTs need the bearer token.
    changed = api.client.post("/kitchens/MERKEZ/deactivate")
    is_problem(changed, 401)
    api.client.post("/logout")
    is_problem(api.client.get("/users/me"), 401)


def test_roles_are_enforced(api: ApiClient) -> None:
    is_problem(api.get("/households", "d1"), 403)
    is_problem(api.get("/users", "dispatcher"), 403)
    body = is_problem(api.post("/vans", "planner", json={"code": "V9", "capacity_meals": 5}), 403)
    assert "role planner" in body["detail"]
    assert api.get("/users", "admin").status_code == 200


def test_admin_manages_accounts_and_driver_logins_name_a_driver(api: ApiClient) -> None:
    no_driver = api.post(
        "/users",
        "admin",
        json={"username": "d7", "password": "uzun-ve-guclu-parola", "role": "driver"},
    )
    assert "driver_code" in is_problem(no_driver, 422)["detail"]
    unknown = api.post(
        "/users",
        "admin",
        json={
            "username": "d7",
            "password": "uzun-ve-guclu-parola",
            "role": "driver",
            "driver_code": "D99",
        },
    )
    is_problem(unknown, 404)
    created = api.post(
        "/users",
        "admin",
        json={
            "username": "d3b",
            "password": "uzun-ve-guclu-parola",
            "role": "driver",
            "driver_code": "D3",
        },
    )
    assert created.status_code == 201 and created.headers["location"] == "/users/d3b"
    assert api.token("d3b", "uzun-ve-guclu-parola")
    is_problem(
        api.post(
            "/users",
            "admin",
            json={"username": "d3b", "password": "baska-bir-parola-9", "role": "planner"},
        ),
        409,
    )
    off = api.patch("/users/d3b", "admin", json={"active": False})
    assert off.json()["active"] is False
    is_problem(api.get("/users/me", "d3b"), 401)  # a deactivated account's token stops working
    with session_scope(api.state.engine) as session:
        trail = audit_trail(session, entity="user", entity_ref="d3b")
    assert [(e.action, e.actor) for e in trail] == [("update", "admin"), ("create", "admin")]
    assert "password" not in str(trail[-1].detail)


def test_users_change_their_own_password(api: ApiClient) -> None:
    wrong = api.post(
        "/users/me/password",
        "planner",
        json={"current_password": "not-it", "new_password": "brand-new-pass-word"},
    )
    assert is_problem(wrong, 403)["field"] == "current_password"
    ok = api.post(
        "/users/me/password",
        "planner",
        json={"current_password": password_of("planner"), "new_password": "brand-new-pass-word"},
    )
    assert ok.status_code == 204
    login = api.client.post(
        "/login/access-token", data={"username": "planner", "password": "brand-new-pass-word"}
    )
    assert login.status_code == 200


def test_admins_read_the_audit_log(api: ApiClient) -> None:
    api.post("/vans/V1/deactivate", "dispatcher")
    entries = api.get("/audit?entity=van&entity_ref=V1", "admin").json()
    assert entries[0]["actor"] == "dispatcher" and entries[0]["action"] == "update"
    assert entries[0]["detail"] == {"fields": ["active"]}
    assert entries[0]["at"].endswith("Z")
    is_problem(api.get("/audit", "dispatcher"), 403)
