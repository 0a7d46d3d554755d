"""Token revocation: logout, password change, reset and deactivation end every older token at
once (401), and an open alert stream closes for a user who lost the right to it."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import jwt
import pytest
from api_testing import ApiClient, is_problem, password_of

import api.routes.alerts as alerts_route
from store.db import session_scope
from store.repositories.accounts import reset_password

pytest_plugins = ["api_testing"]

NEW_PASSWORD = "yeni-parola-mutfak-9"


def _fresh_token(api: ApiClient, username: str, password: str | None = None) -> str:
    response = api.client.post(
        "/login/access-token",
        data={"username": username, "password": password or password_of(username)},
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def _me(api: ApiClient, token: str) -> Any:
    api.client.cookies.clear()
    return api.client.get("/users/me", headers={"Authorization": f"Bearer {token}"})


def test_logout_revokes_the_token_and_every_other_of_the_account(api: ApiClient) -> None:
    phone, laptop = _fresh_token(api, "d2"), _fresh_token(api, "d2")
    assert _me(api, phone).status_code == 200
    out = api.client.post("/logout", headers={"Authorization": f"Bearer {phone}"})
    assert out.status_code == 204
    for token in (phone, laptop):
        assert "revoked" in is_problem(_me(api, token), 401)["detail"]
    assert _me(api, _fresh_token(api, "d2")).status_code == 200  # logging in again works


def test_logout_by_cookie_revokes_the_token_too(api: ApiClient) -> None:
    token = _fresh_token(api, "planner")  # also sets the login cookie
    assert api.client.post("/logout").status_code == 204
    is_problem(_me(api, token), 401)
    assert api.client.post("/logout").status_code == 204  # without a token: nothing to do


def test_a_password_change_revokes_older_tokens(api: ApiClient) -> None:
    token = _fresh_token(api, "planner")
    changed = api.client.post(
        "/users/me/password",
        headers={"Authorization": f"Bearer {token}"},
        json={"current_password": password_of("planner"), "new_password": NEW_PASSWORD},
    )
    assert changed.status_code == 204
    is_problem(_me(api, token), 401)
    assert _me(api, _fresh_token(api, "planner", NEW_PASSWORD)).status_code == 200


def test_an_admin_reset_revokes_the_users_tokens(api: ApiClient) -> None:
    token = _fresh_token(api, "d3")
    assert api.patch("/users/d3", "admin", json={"password": NEW_PASSWORD}).status_code == 200
    is_problem(_me(api, token), 401)
    token = _fresh_token(api, "d3", NEW_PASSWORD)
    with session_scope(api.state.engine) as session:  # what `sofra users reset` does
        made = reset_password(session, username="d3", actor="cli:test")
    is_problem(_me(api, token), 401)
    assert _me(api, _fresh_token(api, "d3", made)).status_code == 200


def test_deactivation_and_a_role_change_revoke_tokens(api: ApiClient) -> None:
    driver, planner = _fresh_token(api, "d4"), _fresh_token(api, "planner")
    assert api.patch("/users/d4", "admin", json={"active": False}).status_code == 200
    is_problem(_me(api, driver), 401)
    assert api.patch("/users/planner", "admin", json={"role": "dispatcher"}).status_code == 200
    is_problem(_me(api, planner), 401)


def test_a_token_without_a_version_is_refused(api: ApiClient) -> None:
    """Tokens issued before migration 0003 carry no version: log in again."""
    now = dt.datetime.now(dt.UTC)
    old = jwt.encode(
        {"sub": "dispatcher", "role": "dispatcher", "iat": now, "exp": now + dt.timedelta(hours=1)},
        api.state.token_key,
        algorithm="HS256",
    )
    assert "log in again" in is_problem(_me(api, old), 401)["detail"]


def test_the_alert_stream_closes_for_a_deactivated_user(
    api: ApiClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    streaming = threading.Event()
    polls = 0
    real = alerts_route._newer

    def watched(*args: Any) -> Any:
        nonlocal polls
        polls += 1
        result = real(*args)
        streaming.set()
        return result

    monkeypatch.setattr(alerts_route, "_newer", watched)
    headers = {"Authorization": f"Bearer {_fresh_token(api, 'dispatcher')}"}
    answer: dict[str, Any] = {}

    def listen() -> None:
        response = api.client.get("/alerts/stream?seconds=120", headers=headers)
        answer["status"], answer["text"] = response.status_code, response.text

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    assert streaming.wait(timeout=60), "the stream never polled"
    assert api.patch("/users/dispatcher", "admin", json={"active": False}).status_code == 200
    listener.join(timeout=60)  # the stream would stay open 120 s
    assert not listener.is_alive(), "the stream kept going for a deactivated user"
    assert answer["status"] == 200
    assert (
        answer["text"]
        .rstrip()
        .endswith('event: revoked\ndata: {"detail": "access revoked; log in again"}')
    )
    assert polls < 60
    is_problem(api.client.get("/alerts/stream?seconds=1", headers=headers), 401)
