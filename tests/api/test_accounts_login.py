"""Logins fit for an office: each demo login its own password, throttling (429 + Retry-After),
a bound on concurrent password hashing, the password policy on every password set."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from api_testing import PASSWORDS, ApiClient, client_on, is_problem, password_of

import store.passwords
from api.core.hash_gate import GateBusyError, HashGate
from geodata.road import RoadGraph

pytest_plugins = ["api_testing"]


def _login(api: ApiClient, username: str, password: str, **headers: str) -> Any:
    return api.client.post(
        "/login/access-token", data={"username": username, "password": password}, headers=headers
    )


def test_each_demo_login_has_its_own_password(api: ApiClient) -> None:
    demo = {
        "admin",
        "dispatcher",
        "planner",
        "agent",
        "social",
        "ekip1",
        "ekip2",
        "d1",
        "d2",
        "d3",
        "d4",
        "d5",
        "d6",
    }
    assert set(PASSWORDS) == demo
    assert len(set(PASSWORDS.values())) == len(PASSWORDS)  # never one shared password
    # A driver's password does not open the dispatcher's account (all 494 households' phones).
    is_problem(_login(api, "dispatcher", password_of("d1")), 401)
    assert _login(api, "d1", password_of("d1")).json()["driver_code"] == "D1"


def test_six_wrong_passwords_get_429_with_retry_after(api: ApiClient) -> None:
    for _ in range(5):
        is_problem(_login(api, "dispatcher", "not-the-password"), 401)
    sixth = _login(api, "dispatcher", "not-the-password")
    body = is_problem(sixth, 429)
    assert body["type"] == "/problems/too-many-logins"
    retry = int(sixth.headers["retry-after"])
    assert 0 < retry <= 15 * 60
    assert str(retry) in body["detail"] and "account" in body["detail"]
    # Throttled means throttled: even the right password waits (no password check is run).
    is_problem(_login(api, "dispatcher", password_of("dispatcher")), 429)
    turkish = _login(api, "dispatcher", "x", **{"Accept-Language": "tr-TR,tr;q=0.9,en;q=0.8"})
    assert "saniye" in is_problem(turkish, 429)["detail"]
    # Other accounts from the same address still log in.
    assert _login(api, "planner", password_of("planner")).status_code == 200


def test_one_address_is_throttled_whatever_the_usernames(
    seeded_template: Path, tmp_path: Path, inegol_road: RoadGraph
) -> None:
    for api in client_on(seeded_template, tmp_path, inegol_road, login_failures_per_address=4):
        for name in ("a1", "a2", "a3", "a4"):
            is_problem(_login(api, name, "wrong-password"), 401)
        throttled = _login(api, "d2", password_of("d2"))
        assert "address" in is_problem(throttled, 429)["detail"]
        assert int(throttled.headers["retry-after"]) > 0


def test_a_success_clears_the_account_count(api: ApiClient) -> None:
    for _ in range(4):
        is_problem(_login(api, "d4", "wrong-password"), 401)
    assert _login(api, "d4", password_of("d4")).status_code == 200
    for _ in range(4):
        is_problem(_login(api, "d4", "wrong-password"), 401)
    assert _login(api, "d4", password_of("d4")).status_code == 200


class CountingHasher:
    """Stands in for pwdlib's hasher: counts the checks running at once (no clocks)."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.lock = threading.Lock()
        self.running = self.peak = self.calls = 0
        self.release = threading.Event()

    def _enter(self) -> None:
        with self.lock:
            self.running += 1
            self.calls += 1
            self.peak = max(self.peak, self.running)
        self.release.wait(timeout=0.05)  # hold the slot a moment so checks would overlap

    def _leave(self) -> None:
        with self.lock:
            self.running -= 1

    def verify(self, password: str, password_hash: str) -> bool:
        self._enter()
        try:
            return bool(self.real.verify(password, password_hash))
        finally:
            self._leave()

    def hash(self, password: str) -> str:
        self._enter()
        try:
            return str(self.real.hash(password))
        finally:
            self._leave()


@pytest.fixture
def counting_hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[CountingHasher]:
    counting = CountingHasher(store.passwords._hasher)
    monkeypatch.setattr(store.passwords, "_hasher", counting)
    yield counting


def _twenty_at_once(api: ApiClient, counting_hasher: CountingHasher) -> None:
    assert api.state.hashes.limit == 2
    users = sorted(PASSWORDS)
    logins = [(users[i % len(users)], i % 3 == 0) for i in range(20)]

    def attempt(login: tuple[str, bool]) -> int:
        username, wrong = login
        password = "wrong-password" if wrong else PASSWORDS[username]
        return int(_login(api, username, password).status_code)

    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(attempt, logins))
    assert counting_hasher.calls == 20  # every login checked a password (none refused)
    assert counting_hasher.peak == 2  # they did overlap, and never beyond the bound
    assert statuses.count(200) == sum(1 for _, wrong in logins if not wrong)
    assert statuses.count(401) == sum(1 for _, wrong in logins if wrong)
    assert api.state.hashes.pending == 0


def test_twenty_concurrent_logins_never_run_more_than_two_hashes(
    seeded_template: Path, tmp_path: Path, inegol_road: RoadGraph, counting_hasher: CountingHasher
) -> None:
    # Room for all 20 to wait (the default queue of 16 would refuse two with 503).
    for api in client_on(seeded_template, tmp_path, inegol_road, hash_queue=18):
        _twenty_at_once(api, counting_hasher)


def _refused_while_the_slot_is_held(api: ApiClient) -> None:
    started, release = threading.Event(), threading.Event()

    def hold() -> None:
        started.set()
        release.wait(timeout=30)

    held = api.state.hashes.submit(hold)  # the only slot is taken, and nothing may wait
    try:
        started.wait(timeout=30)
        busy = _login(api, "d5", password_of("d5"))
        body = is_problem(busy, 503)
        assert body["type"] == "/problems/busy" and int(busy.headers["retry-after"]) >= 1
    finally:
        release.set()
        held.result(timeout=30)
    assert _login(api, "d5", password_of("d5")).status_code == 200


def test_logins_beyond_the_queue_get_503_with_retry_after(
    seeded_template: Path, tmp_path: Path, inegol_road: RoadGraph
) -> None:
    for api in client_on(seeded_template, tmp_path, inegol_road, hash_concurrency=1, hash_queue=0):
        _refused_while_the_slot_is_held(api)


def test_the_gate_bounds_running_and_waiting_work() -> None:
    gate = HashGate(limit=2, queue=3)
    lock, release = threading.Lock(), threading.Event()
    running = peak = 0

    def work() -> None:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        release.wait(timeout=30)
        with lock:
            running -= 1

    futures = [gate.submit(work) for _ in range(5)]
    with pytest.raises(GateBusyError) as refused:
        gate.submit(work)
    assert refused.value.retry_after_s >= 1
    release.set()
    for future in futures:
        future.result(timeout=30)
    assert peak == 2 and gate.pending == 0
    gate.shutdown()


@pytest.mark.parametrize(
    ("password", "kind"),
    [
        ("12345678", "12"),
        ("123456789012", "common"),
        ("kisa", "12"),
        ("x-ayse-x-ayse-x", "username"),
    ],
)
def test_the_policy_holds_for_new_accounts(api: ApiClient, password: str, kind: str) -> None:
    created = api.post(
        "/users", "admin", json={"username": "ayse", "password": password, "role": "planner"}
    )
    body = is_problem(created, 422)
    assert body["type"] == "/problems/weak-password" and body["field"] == "password"
    assert kind in body["detail"]
    assert api.get("/users/ayse", "admin").status_code == 404


def test_the_policy_holds_for_password_changes_in_both_languages(api: ApiClient) -> None:
    for lang, word in (("tr", "karakter"), ("en", "characters")):
        changed = api.client.post(
            "/users/me/password",
            headers=api.auth("planner") | {"Accept-Language": lang},
            json={"current_password": password_of("planner"), "new_password": "12345678"},
        )
        body = is_problem(changed, 422)
        assert body["field"] == "new_password" and word in body["detail"]
    reset = api.patch("/users/d6", "admin", json={"password": "password1234"})
    assert is_problem(reset, 422)["type"] == "/problems/weak-password"


def test_guessing_the_current_password_with_a_stolen_token_is_throttled(api: ApiClient) -> None:
    def change() -> Any:
        return api.post(
            "/users/me/password",
            "d6",
            json={"current_password": "a-guess-of-mine", "new_password": "yeni-parola-mutfak-9"},
        )

    for _ in range(5):
        is_problem(change(), 403)
    throttled = change()
    is_problem(throttled, 429)
    assert int(throttled.headers["retry-after"]) > 0
