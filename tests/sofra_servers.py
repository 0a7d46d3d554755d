"""`sofra serve` as a real process (`python -m cli.main serve`) for the tests that kill or race
servers: start one on a port and a store, log in, poll jobs, kill it; a dispatcher login of
their own in the store, and a fresh PostGIS schema."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import make_url, text
from sqlalchemy.pool import NullPool

from store.db import make_engine, session_scope
from store.models import Role
from store.repositories.accounts import create_user

REPO_ROOT = Path(__file__).resolve().parents[1]
ON_DUTY = ("nobetci", "nobetci-mutfak-2026")
"""(username, password) of the dispatcher these tests add to the stores they serve."""


def add_on_duty_dispatcher(url: str) -> None:
    """Add the `ON_DUTY` dispatcher login to the store at `url`."""
    engine = make_engine(url, poolclass=NullPool)
    try:
        with session_scope(engine) as session:
            create_user(
                session,
                username=ON_DUTY[0],
                password=ON_DUTY[1],
                role=Role.DISPATCHER,
                actor="test",
            )
    finally:
        engine.dispose()


def postgis_schema(url: str) -> Iterator[str]:
    """A URL of `url`'s database whose tables land in a fresh schema, dropped afterwards."""
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(url, poolclass=NullPool)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema},public"})
    try:
        yield scoped.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Server:
    """One `sofra serve` process and a client of it."""

    database_url: str
    log: Path
    solver_s: float = 2.0
    env: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def launch(self) -> Server:
        """Start the process (see `ready`)."""
        env = (
            os.environ
            | {
                "DATABASE_URL": self.database_url,
                "PYTHONPATH": str(REPO_ROOT),
                "SOFRA_SCHEDULER__SOLVER_TIME_LIMIT_S": str(self.solver_s),
                "SOFRA_API__JOB_WORKERS": "1",
                "SOFRA_API__JOB_POLL_S": "0.2",
                "SOFRA_API__JOB_HEARTBEAT_S": "0.5",
                "COLUMNS": "200",
            }
            | self.env
        )
        command = [sys.executable, "-m", "cli.main", "serve", "--port", str(self.port)]
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                command, cwd=REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
            )
        return self

    def ready(self, timeout_s: float = 180) -> Server:
        """Wait until the server answers."""
        assert self.process is not None
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"sofra serve exited: {self.log.read_text()[-3000:]}")
            try:
                if httpx.get(self.base + "/openapi.json", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise AssertionError(f"sofra serve did not start: {self.log.read_text()[-3000:]}")

    def start(self, timeout_s: float = 180) -> Server:
        """Start the process and wait until it answers."""
        return self.launch().ready(timeout_s)

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def login(self, username: str = ON_DUTY[0], password: str = ON_DUTY[1]) -> None:
        response = httpx.post(
            self.base + "/login/access-token", data={"username": username, "password": password}
        )
        assert response.status_code == 200, response.text
        self.tokens[username] = response.json()["access_token"]

    def auth(self, username: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[username]}"}

    def get(self, path: str, as_: str = ON_DUTY[0]) -> httpx.Response:
        return httpx.get(self.base + path, headers=self.auth(as_), timeout=30)

    def post(self, path: str, as_: str = ON_DUTY[0], **kwargs: Any) -> httpx.Response:
        return httpx.post(self.base + path, headers=self.auth(as_), timeout=30, **kwargs)

    def job(self, job_id: str, lang: str = "en") -> dict[str, Any]:
        response = self.get(f"/jobs/{job_id}?lang={lang}")
        assert response.status_code == 200, response.text
        job: dict[str, Any] = response.json()
        return job

    def wait_job(self, job_id: str, timeout_s: float = 180) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            job = self.job(job_id)
            if job["status"] in ("done", "failed", "interrupted"):
                return job
            time.sleep(0.2)
        raise AssertionError(f"job {job_id} did not end: {self.job(job_id)}")

    def kill(self) -> None:
        """`kill -9`: no shutdown code runs."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=20)
