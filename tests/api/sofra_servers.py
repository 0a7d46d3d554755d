"""`sofra serve` as a real process (`python -m cli.main serve`) for the tests that kill or race
servers: start one on a port and a store, log in, poll jobs, kill it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO_ROOT = Path(__file__).resolve().parents[2]


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
                "SOFRA_SOLVER_TIME_LIMIT_S": str(self.solver_s),
                "SOFRA_JOB_WORKERS": "1",
                "SOFRA_JOB_POLL_S": "0.2",
                "SOFRA_JOB_HEARTBEAT_S": "0.5",
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

    def login(self, username: str, password: str) -> None:
        response = httpx.post(
            self.base + "/login/access-token", data={"username": username, "password": password}
        )
        assert response.status_code == 200, response.text
        self.tokens[username] = response.json()["access_token"]

    def auth(self, username: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[username]}"}

    def get(self, path: str, as_: str = "dispatcher") -> httpx.Response:
        return httpx.get(self.base + path, headers=self.auth(as_), timeout=30)

    def post(self, path: str, as_: str = "dispatcher", **kwargs: Any) -> httpx.Response:
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
