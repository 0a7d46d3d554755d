"""Durable jobs in one process: jobs are rows that outlive the process that queued them, a job
left running by a dead process is marked interrupted at the next start, dispatchers' jobs go
before planners', and a user may have only so many jobs waiting (issue 11: "urgent re-plan
waited behind 8 planner jobs", "jobs forgotten after kill -9")."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_testing import DAY, ApiClient, api_settings, is_problem, scheduler_settings
from fastapi.testclient import TestClient

from api.main import create_app, open_state
from geodata.road import RoadGraph
from store.db import make_engine, session_scope
from store.models import JobRow, JobStatus
from store.types import utcnow

pytest_plugins = ["api_testing"]

DINNER = {"day": DAY.isoformat(), "shift": "dinner"}


def dead_pid() -> int:
    """The id of a process that has just ended."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


def running_job(worker: str, *, progress: float, beat: dt.datetime) -> JobRow:
    return JobRow(
        id=uuid.uuid4().hex,
        kind="plan",
        status=JobStatus.RUNNING.value,
        priority=0,
        created_by="dispatcher",
        params=DINNER,
        spec=DINNER | {"what_if": False, "base_version": None, "actor": "dispatcher"},
        progress=progress,
        message="solving",
        started_at=beat,
        heartbeat_at=beat,
        worker=worker,
    )


def restarted(
    api: ApiClient, tmp_path: Path, road: RoadGraph, **overrides: Any
) -> Iterator[ApiClient]:
    """The same store opened again, as `sofra serve` does after a restart."""
    api.state.jobs.shutdown(wait=True)
    state, _ = open_state(
        api_settings(**overrides),
        engine=make_engine(f"sqlite:///{tmp_path / 'store.sqlite'}"),
        road=road,
        scheduler_settings=scheduler_settings(),
    )
    try:
        with TestClient(create_app(state), raise_server_exceptions=False) as client:
            yield ApiClient(client, state)
    finally:
        state.jobs.shutdown(wait=True)
        state.engine.dispose()


def test_a_queued_job_outlives_its_process_and_runs_after_a_restart(
    api: ApiClient, tmp_path: Path, inegol_road: RoadGraph
) -> None:
    api.state.jobs.shutdown()  # the workers stop; the queue is the store's
    job_id = api.post("/plans", "dispatcher", json=DINNER).json()["id"]
    assert api.get(f"/jobs/{job_id}", "dispatcher").json()["status"] == "queued"
    for again in restarted(api, tmp_path, inegol_road):
        job = again.wait_job(job_id)
        assert job["status"] == "done" and job["result"]["version"] == 1, job
        assert [j["id"] for j in again.get("/jobs", "dispatcher").json()] == [job_id]


def test_jobs_left_running_by_a_dead_process_are_interrupted_at_the_next_start(
    api: ApiClient, tmp_path: Path, inegol_road: RoadGraph
) -> None:
    host, now = socket.gethostname(), utcnow()
    dead = running_job(f"{host}:{dead_pid()}:0a1b2c", progress=0.45, beat=now)
    silent = running_job("elsewhere:4242:9f9f9f", progress=0.15, beat=now - dt.timedelta(minutes=5))
    alive = running_job("elsewhere:4343:8e8e8e", progress=0.15, beat=now)
    with session_scope(api.state.engine) as session:
        session.add_all([dead, silent, alive])
    for again in restarted(api, tmp_path, inegol_road):
        job = again.get(f"/jobs/{dead.id}?lang=en", "dispatcher").json()
        assert job["status"] == "interrupted"
        assert job["error"]["type"] == "/problems/job-interrupted"
        expected = "the server stopped while this job ran (45% done); nothing was saved"
        assert job["error"]["detail"] == job["message"] == expected + ": start it again"
        turkish = again.get(f"/jobs/{dead.id}", "dispatcher").json()["error"]["detail"]
        assert turkish.startswith("sunucu bu iş sürerken durdu (%45 tamamlanmıştı)")
        statuses = {j["id"]: j["status"] for j in again.get("/jobs", "dispatcher").json()}
        # Another host's job: interrupted once its heartbeat is older than SOFRA_API__JOB_STALE_S.
        assert statuses == {dead.id: "interrupted", silent.id: "interrupted", alive.id: "running"}


def test_dispatcher_jobs_go_before_planner_jobs(api: ApiClient) -> None:
    api.state.jobs.shutdown()  # let the queue fill first
    planner = [api.post("/plans", "planner", json=DINNER).json()["id"] for _ in range(3)]
    urgent = api.post("/plans", "dispatcher", json=DINNER).json()["id"]
    api.state.jobs.start()
    jobs = {job_id: api.wait_job(job_id, as_="dispatcher") for job_id in [*planner, urgent]}
    assert all(j["status"] == "done" for j in jobs.values()), jobs
    started = sorted(jobs, key=lambda job_id: jobs[job_id]["started_at"])
    assert started == [urgent, *planner]  # the planners' in the order they were queued
    assert jobs[urgent]["finished_at"] <= min(jobs[p]["started_at"] for p in planner)


def test_a_user_may_have_only_so_many_jobs_waiting(api: ApiClient) -> None:
    api.state.jobs.shutdown()
    limit = api.state.settings.job_queue_per_user
    for _ in range(limit):
        assert api.post("/plans", "planner", json=DINNER).status_code == 202
    full = api.post("/plans?lang=en", "planner", json=DINNER)
    body = is_problem(full, 429)
    assert full.headers["retry-after"] == "10"
    assert body["type"] == "/problems/too-many-jobs"
    assert body["detail"] == (
        f"you have {limit} jobs waiting (limit {limit}); try again when one has finished"
    )
    turkish = is_problem(api.post("/plans", "planner", json=DINNER), 429)["detail"]
    assert turkish.startswith(f"sırada bekleyen {limit} işiniz var")
    assert api.post("/plans", "dispatcher", json=DINNER).status_code == 202  # per user
    assert len(api.get("/jobs", "planner").json()) == limit  # a planner sees his own
    assert len(api.get("/jobs", "dispatcher").json()) == limit + 1


@pytest.mark.parametrize("workers", [2])
def test_two_workers_in_one_process_never_save_two_versions_from_one_base(
    planned: tuple[ApiClient, int], workers: int, tmp_path: Path, inegol_road: RoadGraph
) -> None:
    """The lost update of issue 11 (SOFRA_API__JOB_WORKERS=2, two re-plans from the same base): one
    wins, the other fails with a 409 naming the winner."""
    api, plan_id = planned
    for two in restarted(api, tmp_path, inegol_road, job_workers=workers):
        ids = [
            two.post(f"/plans/{plan_id}/replan", "dispatcher", json={"at": "15:00"}).json()["id"]
            for _ in range(2)
        ]
        jobs = [two.wait_job(job_id) for job_id in ids]
        assert sorted(j["status"] for j in jobs) == ["done", "failed"], jobs
        won = next(j for j in jobs if j["status"] == "done")
        lost = next(j for j in jobs if j["status"] == "failed")
        assert won["result"]["version"] == 2
        assert (lost["error"]["status"], lost["error"]["type"]) == (409, "/problems/stale-plan")
        english = two.get(f"/jobs/{lost['id']}?lang=en", "dispatcher").json()["error"]["detail"]
        assert english.startswith("version 2 was saved at ")
        assert english.endswith(" by dispatcher; re-plan from it")
        assert "2. sürüm " in lost["error"]["detail"]  # Turkish by default
        versions = two.get(f"/plans?day={DAY.isoformat()}&shift=dinner", "dispatcher").json()
        assert [v["version"] for v in versions] == [1, 2]
