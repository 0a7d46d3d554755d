"""Helpers of the browser tests that drive whole mornings: the API under uvicorn on a copy of the
demo store, a watch on what goes wrong in a page, logging in as any demo login."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import api_testing
import pytest
import uvicorn
from api_testing import client_on

from api.main import create_app
from api.state import AppState
from geodata.road import RoadGraph
from sheets.settings import SheetsSettings

CHROMIUM = Path(SheetsSettings().chromium_path)
WAIT_MS = 60_000


def password_of(username: str) -> str:
    """The password of a login of the seeded demo store (one per login where the test helpers
    know them, else the one demo password)."""
    known = getattr(api_testing, "password_of", None)
    if callable(known):
        return str(known(username))
    default = "ADMIN_PASSWORD" if username == "admin" else "DEMO_PASSWORD"
    return str(getattr(api_testing, default))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def serving(state: AppState) -> Iterator[str]:
    """The API over `state` under uvicorn in a thread, while the block runs; its base URL."""
    config = uvicorn.Config(
        create_app(state),
        host="127.0.0.1",
        port=free_port(),
        log_level="warning",
        lifespan="off",
        timeout_graceful_shutdown=2,
    )
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{config.port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def served(seeded_template: Path, tmp_path: Path, inegol_road: RoadGraph) -> Iterator[str]:
    """The API under uvicorn in a thread, on a copy of the demo store; its base URL."""
    for api in client_on(seeded_template, tmp_path, inegol_road):
        with serving(api.state) as base:
            yield base


@dataclass
class Watch:
    """What went wrong in a page: console errors, uncaught errors, requests off this server."""

    base: str
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> None:
        def guard(route: Any, request: Any) -> None:
            self.requested.append(request.url.removeprefix(self.base))
            if request.url.startswith(self.base):
                route.continue_()
            else:
                self.blocked.append(request.url)
                route.abort()

        def console(message: Any) -> None:
            # Chromium logs every 4xx answer; those are checked through `failed` instead.
            if message.type == "error" and not message.text.startswith("Failed to load"):
                self.errors.append(message.text)

        def response(answer: Any) -> None:
            if answer.status >= 400:
                self.failed.append(f"{answer.status} {answer.url.removeprefix(self.base)}")

        page.route("**/*", guard)
        page.on("console", console)
        page.on("response", response)
        page.on("pageerror", lambda e: self.errors.append(str(e)))


def log_in(page: Any, base: str, username: str) -> None:
    page.goto(base + "/")
    page.fill("#username", username)
    page.fill("#password", password_of(username))
    page.click("#login-button")


def set_date(page: Any, selector: str, day: str) -> None:
    page.fill(selector, day)
    page.dispatch_event(selector, "change")
