"""`kill -9` of `sofra serve` while a planning job runs: after a restart the job is listed as
interrupted, with what to do, and nothing of it was saved (issue 11: "jobs forgotten after
kill -9": `/jobs` was empty and the job's id 404)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from api_testing import DAY
from sofra_servers import Server, add_on_duty_dispatcher

pytest_plugins = ["api_testing"]


@pytest.mark.slow
def test_a_job_running_when_the_server_is_killed_is_listed_as_interrupted(
    seeded_template: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store.sqlite"
    shutil.copy(seeded_template, store)
    url = f"sqlite:///{store}"
    add_on_duty_dispatcher(url)
    log = tmp_path / "serve.log"
    first = Server(url, log, solver_s=60).start()  # a long solve, to be killed in
    try:
        first.login()
        started = first.post("/plans", json={"day": DAY.isoformat(), "shift": "dinner"})
        assert started.status_code == 202, started.text
        job_id = started.json()["id"]
        deadline = time.monotonic() + 120
        while first.job(job_id)["message"] != "solving" and time.monotonic() < deadline:
            time.sleep(0.2)
        running = first.job(job_id)
        assert (running["status"], running["message"]) == ("running", "solving"), running
        first.kill()
    finally:
        first.stop()

    second = Server(url, log, solver_s=1).start()
    try:
        second.login()
        job = second.job(job_id)
        assert job["status"] == "interrupted", job
        assert job["error"]["type"] == "/problems/job-interrupted"
        assert job["error"]["status"] == 503
        assert job["error"]["detail"] == (
            "the server stopped while this job ran (15% done); nothing was saved: start it again"
        )
        assert "sunucu bu iş sürerken durdu" in second.job(job_id, lang="tr")["error"]["detail"]
        assert [j["id"] for j in second.get("/jobs").json()] == [job_id]
        assert second.get(f"/plans?day={DAY.isoformat()}").json() == []  # nothing half-saved

        again = second.post("/plans", json={"day": DAY.isoformat(), "shift": "dinner"})
        done = second.wait_job(again.json()["id"])
        assert done["status"] == "done", done
        assert done["result"]["version"] == 1
    finally:
        second.stop()
