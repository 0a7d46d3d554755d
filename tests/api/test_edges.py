"""Issue 11, data safety at the API's edges: a misspelt import column is a 422 naming the closest
header; bodies over their limit are 413 without being read whole; dates outside 2000..2100 are
422 on every endpoint taking one; while the database is unreachable every endpoint answers 503
with Retry-After and no SQL text, and a connection killed under the pool is replaced unseen."""

from __future__ import annotations

import asyncio
import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_testing import ApiClient, client_on, is_problem
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.pool import NullPool

from api.core.limits import BodyLimitMiddleware
from geodata.road import RoadGraph
from store.db import make_engine

pytest_plugins = ["api_testing"]

CSV_HEADER = (
    "ref,name,phone,street,house_number,neighbourhood,lat,lon,meal_plan,service_days,diets,"
    "notes,portions,required_skills,start_date,end_date\n"
)
ROWS = (
    "N0001,Ayşe Kılıç,0532 123 45 67,İsmail Efendi Caddesi,5,,40.0783,29.5086,both,daily,"
    "diabetic,,1,,,\n"
)
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|FROM|WHERE|psycopg|sqlalche|SQL)\b", re.I)


def _upload(api: ApiClient, body: str, query: str = "") -> Any:
    return api.post(
        f"/households/import{query}",
        "dispatcher",
        files={"file": ("liste.csv", body.encode("utf-8"), "text/csv")},
    )


# --- imports ----------------------------------------------------------------------------------


def test_import_with_a_misspelt_header_is_422_naming_the_closest(api: ApiClient) -> None:
    typo = CSV_HEADER.replace("diets", "dietss")
    body = is_problem(_upload(api, typo + ROWS), 422)
    assert body["type"] == "/problems/import-rejected"
    [error] = body["errors"]
    assert (error["row"], error["column"]) == (1, "dietss")
    assert "`dietss`: did you mean `diets`?" in error["message"]
    is_problem(api.get("/households/N0001", "dispatcher"), 404)  # nothing written

    allowed = _upload(api, typo + ROWS, "?allow_extra_columns=true")
    assert allowed.status_code == 200, allowed.text
    assert allowed.json()["created"] == 1 and allowed.json()["ignored_columns"] == ["dietss"]


def test_import_names_an_unknown_diet_label(api: ApiClient) -> None:
    body = is_problem(_upload(api, CSV_HEADER + ROWS.replace("diabetic", "diabetc")), 422)
    [error] = body["errors"]
    assert (error["row"], error["column"]) == (2, "diets")
    assert "`diabetc`: did you mean `diabetic`?" in error["message"]


# --- body size limits -------------------------------------------------------------------------


def test_a_json_body_over_the_limit_is_413(api: ApiClient) -> None:
    big = json.dumps({"ref": "H9001", "notes": "x" * (1024 * 1024 + 10)}).encode()
    response = api.client.post(
        "/households",
        content=big,
        headers=api.auth("dispatcher") | {"Content-Type": "application/json"},
    )
    body = is_problem(response, 413)
    assert "larger than 1 MiB" in body["detail"] and body["type"] == "/problems/too-large"
    assert response.headers["content-security-policy"]  # still behind the security headers


def test_a_streamed_body_over_the_limit_is_413(api: ApiClient) -> None:
    chunks = (b"x" * 65536 for _ in range(40))  # 2.5 MiB, no Content-Length
    response = api.client.post(
        "/households",
        content=chunks,
        headers=api.auth("dispatcher") | {"Content-Type": "application/json"},
    )
    assert is_problem(response, 413)["type"] == "/problems/too-large"


def test_login_form_and_small_bodies_pass(api: ApiClient) -> None:
    api.token("dispatcher")  # a urlencoded form under the limit
    response = api.post("/households", "dispatcher", json={"ref": "H9001"})
    assert response.status_code == 422  # read and validated, not refused for its size


@pytest.fixture
def small_uploads(
    seeded_template: Path, tmp_path: Path, inegol_road: RoadGraph
) -> Iterator[ApiClient]:
    """An app whose uploads may be 64 KiB."""
    yield from client_on(seeded_template, tmp_path, inegol_road, max_upload_bytes=64 * 1024)


def test_an_upload_over_the_limit_is_413(small_uploads: ApiClient) -> None:
    huge = CSV_HEADER + ROWS * 2000  # ~230 KiB
    body = is_problem(_upload(small_uploads, huge), 413)
    assert "larger than 64 KiB" in body["detail"]
    ok = _upload(small_uploads, CSV_HEADER + ROWS, "?dry_run=true")
    assert ok.status_code == 200, ok.text


def _echo_app() -> FastAPI:
    app = FastAPI()

    @app.post("/echo")
    async def echo(request: Request) -> JSONResponse:
        return JSONResponse({"size": len(await request.body())})

    return app


def _call(app: Any, chunks: list[bytes], headers: list[tuple[bytes, bytes]]) -> tuple[int, int]:
    """Status answered, and how many body chunks the app pulled."""
    pulled = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        if pulled >= len(chunks):
            return {"type": "http.disconnect"}
        pulled += 1
        more = pulled < len(chunks)
        return {"type": "http.request", "body": chunks[pulled - 1], "more_body": more}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/echo",
        "raw_path": b"/echo",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-type", b"application/json"), *headers],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    return start["status"], pulled


def test_the_limit_stops_reading_at_the_first_chunk_past_it() -> None:
    app = BodyLimitMiddleware(_echo_app(), json_limit=1024 * 1024)
    chunks = [b"x" * 65536] * 160  # 10 MiB
    status, pulled = _call(app, chunks, [])
    assert status == 413 and pulled == 17  # 17 × 64 KiB is the first past 1 MiB
    declared = [(b"content-length", str(10 * 1024 * 1024).encode())]
    assert _call(app, chunks, declared) == (413, 0)  # refused unread
    assert _call(app, [b"{}"], [(b"content-length", b"2")]) == (200, 1)


# --- dates ------------------------------------------------------------------------------------

ANCIENT = "0001-01-01"


def test_dates_outside_2000_to_2100_are_422_everywhere(api: ApiClient) -> None:
    cases: list[tuple[str, str, str, dict[str, Any] | None]] = [
        ("post", "/plans", "dispatcher", {"day": ANCIENT, "shift": "dinner"}),
        ("get", f"/plans?day={ANCIENT}", "dispatcher", None),
        ("get", f"/drivers/me/route?day={ANCIENT}", "d3", None),
        ("get", f"/drivers/d1/route?day={ANCIENT}", "dispatcher", None),
        ("get", f"/holds?covering={ANCIENT}", "dispatcher", None),
        ("get", f"/one-offs?day={ANCIENT}", "dispatcher", None),
        ("post", "/households/H0001/holds", "dispatcher", {"start": ANCIENT, "end": "2026-01-02"}),
        ("patch", "/holds/1", "dispatcher", {"end": ANCIENT}),
        (
            "post",
            "/households/H0001/cancellations",
            "dispatcher",
            {"day": ANCIENT, "shift": "dinner"},
        ),
        (
            "post",
            "/households/H0001/additions",
            "dispatcher",
            {"day": "9999-12-31", "shift": "dinner"},
        ),
        ("patch", "/households/H0001", "dispatcher", {"end_date": "2101-01-01"}),
        (
            "post",
            "/stops/1/outcomes",
            "d3",
            {"status": "delivered", "at": f"{ANCIENT}T08:00:00+03:00"},
        ),
    ]
    for method, path, user, body in cases:
        kwargs: dict[str, Any] = {"headers": api.auth(user)}
        if body is not None:
            kwargs["json"] = body
        response = getattr(api.client, method)(path, **kwargs)
        problem = is_problem(response, 422)
        assert "outside 2000-01-01..2100-12-31" in json.dumps(problem), (path, problem)
    created = api.post(
        "/households",
        "dispatcher",
        json={
            "ref": "H9001",
            "name": "Ayşe Kaya",
            "phone": "0532 111 22 33",
            "street": "İsmail Efendi Caddesi",
            "lat": 40.0783,
            "lon": 29.5086,
            "meal_plan": "dinner",
            "service_days": [1],
            "start_date": ANCIENT,
        },
    )
    assert is_problem(created, 422)["field"] == "body.start_date"
    assert api.get("/plans?day=2100-12-31", "dispatcher").status_code == 200  # the edge is in


# --- the database down ------------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _operations(api: ApiClient) -> list[tuple[str, str]]:
    """(method, path template) of every operation in the app's OpenAPI document."""
    paths = api.client.get("/openapi.json").json()["paths"]
    return [(method.upper(), path) for path, ops in paths.items() for method in ops]


def test_every_endpoint_answers_503_without_sql_while_the_database_is_down(
    api: ApiClient,
) -> None:
    users = {"dispatcher": api.auth("dispatcher"), "d3": api.auth("d3"), "admin": api.auth("admin")}
    operations = _operations(api)
    healthy = api.state.engine
    dead = make_engine(
        f"postgresql+psycopg://postgres:postgres@127.0.0.1:{_closed_port()}/sofra",
        connect_args={"connect_timeout": 2},
    )
    api.state.engine = dead  # what a running server sees when PostgreSQL stops
    try:
        answered: dict[str, int] = {}
        for method, template in operations:
            if template == "/alerts/stream":  # an event stream; its auth is the same dependency
                continue
            path = re.sub(r"\{[^}]+\}", "1", template)
            headers = users["d3"] if path.startswith("/drivers/me") else users["admin"]
            kwargs: dict[str, Any] = {"headers": headers}
            if method in {"POST", "PATCH", "PUT"}:
                kwargs["json"] = {}
            response = api.client.request(method, path, **kwargs)
            answered[f"{method} {template}"] = response.status_code
            assert response.status_code != 500, (method, path, response.text)
            if response.status_code == 503:
                problem = is_problem(response, 503)
                if problem["type"] == "/problems/whatsapp-not-configured":
                    continue  # answered before any SQL: the webhook has no secrets here
                assert response.headers["retry-after"].isdigit()
                assert problem["type"] == "/problems/database-unavailable"
                assert not SQL_WORDS.search(response.text), response.text
                assert "127.0.0.1" not in response.text
        login = api.client.post(
            "/login/access-token", data={"username": "admin", "password": "x" * 12}
        )
        assert login.status_code == 503 and not SQL_WORDS.search(login.text)
        for must in ("GET /households", "POST /plans", "GET /plans", "GET /drivers/me/route"):
            assert answered[must] == 503, answered
        assert sum(s == 503 for s in answered.values()) >= 30, answered
    finally:
        api.state.engine = healthy
        dead.dispose()
    assert api.get("/households", "dispatcher").status_code == 200  # back when it is


@pytest.mark.postgis
def test_a_connection_killed_under_the_pool_is_replaced_unseen(postgis_url: str) -> None:
    """The first request after a PostgreSQL restart used to fail: the pool handed out a dead
    connection. Pre-ping replaces it (the shared server is not stopped: one backend is killed)."""
    admin = make_engine(postgis_url, poolclass=NullPool)
    for pre_ping, survives in ((True, True), (False, False)):
        engine = make_engine(postgis_url, pool_size=1, pool_pre_ping=pre_ping)
        try:
            with engine.connect() as connection:
                pid = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with admin.begin() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            try:
                with engine.connect() as connection:
                    ok = connection.execute(text("SELECT 1")).scalar_one() == 1
            except Exception:
                ok = False
            assert ok is survives
        finally:
            engine.dispose()
    admin.dispose()


def test_a_job_failing_on_the_database_shows_staff_no_sql() -> None:
    from sqlalchemy.exc import IntegrityError, OperationalError

    from api.jobs import failure

    down = OperationalError("SELECT * FROM households WHERE ref = %(ref)s", {}, Exception("x"))
    error = failure(down)
    assert error["status"] == 503 and not SQL_WORDS.search(json.dumps(error))
    clash = IntegrityError("INSERT INTO plans (day) VALUES (%(day)s)", {}, Exception("dup"))
    error = failure(clash)
    assert error["status"] == 500 and not SQL_WORDS.search(json.dumps(error))
