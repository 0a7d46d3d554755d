"""Two `sofra serve` processes on one PostGIS database: one job queue, compare-and-set saves.

Re-plans posted to both processes at once from the same version: exactly one new version wins,
the other job fails with a 409 problem naming it, nothing is lost (issue 11: "lost update"). A
process killed mid-job: the other process marks its job interrupted (its process is gone), and
the restarted one lists it so.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_testing import DAY, api_settings, scheduler_settings
from sofra_servers import Server, add_on_duty_dispatcher, postgis_schema
from sqlalchemy import select
from sqlalchemy.pool import NullPool

from api.main import open_state
from geodata.road import RoadGraph
from scheduler.stored import plan_and_save
from store.db import make_engine, session_scope
from store.models import JobRow, OutcomeStatus
from store.repositories import outcomes, plans

pytest_plugins = ["api_testing"]
pytestmark = [pytest.mark.postgis, pytest.mark.slow]


@pytest.fixture
def shared_url(postgis_url: str, inegol_road: RoadGraph) -> Iterator[tuple[str, int, int]]:
    """A fresh PostGIS schema with the demo town, dinner of DAY planned and published, and one
    door delivered; (URL, plan id, stop id delivered)."""
    for url in postgis_schema(postgis_url):
        engine = make_engine(url, poolclass=NullPool)
        state, _ = open_state(
            api_settings(), engine=engine, road=inegol_road, scheduler_settings=scheduler_settings()
        )
        try:
            saved = plan_and_save(
                engine,
                inegol_road,
                scheduler_settings(),
                day=DAY,
                shift="dinner",
                actor="dispatcher",
            )
            with session_scope(engine) as session:
                plans.publish_plan(session, plan_id=saved.plan_id, actor="dispatcher")
                _, stop, _ = plans.plan_stops(session, plan_id=saved.plan_id)[0]
                outcomes.record_outcome(
                    session, stop_id=stop.id, status=OutcomeStatus.DELIVERED, recorded_by="d3"
                )
                stop_id = stop.id
        finally:
            state.jobs.shutdown()
            engine.dispose()
        add_on_duty_dispatcher(url)
        yield url, saved.plan_id, stop_id


def servers(url: str, tmp_path: Path, solver_s: float) -> tuple[Server, Server]:
    a = Server(url, tmp_path / "a.log", solver_s=solver_s).launch()
    b = Server(url, tmp_path / "b.log", solver_s=solver_s).launch()
    for server in (a.ready(), b.ready()):
        server.login()
    return a, b


def test_replans_posted_to_two_servers_at_once_one_version_wins(
    shared_url: tuple[str, int, int], tmp_path: Path
) -> None:
    url, plan_id, delivered = shared_url
    a, b = servers(url, tmp_path, solver_s=3)
    try:
        posted: dict[str, str] = {}
        barrier = threading.Barrier(2)

        def replan(name: str, server: Server) -> None:
            barrier.wait()
            response = server.post(f"/plans/{plan_id}/replan", json={"at": "15:00"})
            assert response.status_code == 202, response.text
            posted[name] = response.json()["id"]

        threads = [threading.Thread(target=replan, args=p) for p in (("a", a), ("b", b))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        jobs = {name: a.wait_job(job_id) for name, job_id in posted.items()}
        assert sorted(j["status"] for j in jobs.values()) == ["done", "failed"], jobs
        won = next(j for j in jobs.values() if j["status"] == "done")
        lost = next(j for j in jobs.values() if j["status"] == "failed")
        assert won["result"]["version"] == 2
        problem = lost["error"]
        assert (problem["status"], problem["type"]) == (409, "/problems/stale-plan")
        assert problem["detail"].startswith("version 2 was saved at ")
        assert problem["detail"].endswith(" by nobetci; re-plan from it")
        turkish = b.job(lost["id"], lang="tr")["error"]["detail"]
        assert "2. sürüm " in turkish and "ondan yeniden planlayın" in turkish

        listed = a.get(f"/plans?day={DAY.isoformat()}&shift=dinner").json()
        assert [(v["version"], v["status"]) for v in listed] == [(1, "published"), (2, "draft")]
        carried = a.get(f"/plans/{won['result']['plan_id']}/outcomes").json()
        assert [(o["recorded_stop_id"], o["status"]) for o in carried] == [
            (delivered, "delivered")
        ]  # nothing lost
        engine = make_engine(url, poolclass=NullPool)
        try:
            with session_scope(engine) as session:
                rows = session.scalars(select(JobRow).where(JobRow.id.in_(posted.values())))
                workers = {row.id: row.worker for row in rows}
        finally:
            engine.dispose()
        pids = {w.split(":")[1] for w in workers.values() if w}
        assert pids == {str(a.pid), str(b.pid)}  # one queue, a job in each process
        print(  # the figures of the race, for the note (pytest -s)
            f"\nrace: won {won['id'][:8]} v{won['result']['version']} in "
            f"{won['finished_at']}; lost {lost['id'][:8]} at progress {lost['progress']} "
            f"({lost['message']!r}); workers {sorted(pids)}"
        )
    finally:
        a.stop()
        b.stop()


def test_a_server_killed_mid_job_its_job_is_interrupted_not_forgotten(
    shared_url: tuple[str, int, int], tmp_path: Path
) -> None:
    url, _, _ = shared_url
    a, b = servers(url, tmp_path, solver_s=60)
    try:
        b.stop()  # only A takes the job: breakfast, solving for a minute
        started = a.post("/plans", json={"day": DAY.isoformat(), "shift": "breakfast"})
        job_id = started.json()["id"]
        deadline = time.monotonic() + 120
        while a.job(job_id)["message"] != "solving":
            assert time.monotonic() < deadline, a.job(job_id)
            time.sleep(0.2)
        b = Server(url, tmp_path / "b.log", solver_s=1).start()
        b.login()
        a.kill()
        deadline = time.monotonic() + 30
        while b.job(job_id)["status"] == "running":  # B sees A's process is gone
            assert time.monotonic() < deadline
            time.sleep(0.2)
        job = b.job(job_id)
        assert job["status"] == "interrupted" and job["error"]["status"] == 503, job
        a = Server(url, tmp_path / "a.log", solver_s=1).start()
        a.login()
        assert a.job(job_id)["status"] == "interrupted"
        assert job_id in [j["id"] for j in a.get("/jobs").json()]
        assert a.get(f"/plans?day={DAY.isoformat()}&shift=breakfast").json() == []  # nothing saved
    finally:
        a.stop()
        b.stop()
