"""A small in-process job runner: planning runs in a thread pool while the API answers at once.

A job reports progress (0..1 and a message) and ends with a result or a clear failure, given as
problem details. Jobs live in memory: a restart forgets them, never the plans they saved.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy.exc import DisconnectionError, StatementError

from api.core.problems import database_problem, store_problem
from scheduler.stored import PlanningError, Progress
from store.errors import StoreError
from store.types import utcnow

log = logging.getLogger(__name__)

JobWork = Callable[[Progress], dict[str, Any]]
"""The work of a job: gets a progress callback, returns the result."""


class JobStatus(StrEnum):
    """Where a job stands."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


@dataclass(slots=True)
class Job:
    """One background job and what is known of it so far."""

    id: str
    kind: str
    created_by: str
    params: dict[str, Any]
    status: JobStatus = JobStatus.QUEUED
    progress: float = 0.0
    message: str = "waiting for a free worker"
    created_at: dt.datetime = field(default_factory=utcnow)
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None

    @property
    def done(self) -> bool:
        """True once the job succeeded or failed."""
        return self.status in (JobStatus.SUCCEEDED, JobStatus.FAILED)


def failure(exc: BaseException) -> dict[str, Any]:
    """Problem details of a failed job: the error's own words for known errors."""
    if isinstance(exc, PlanningError):
        return {"title": "Planning failed", "status": 409, "detail": str(exc)}
    if isinstance(exc, StoreError | LookupError):
        problem = store_problem(exc)
        return {"title": problem.title, "status": problem.status, "detail": problem.detail}
    if isinstance(exc, ValueError):
        return {"title": "Planning failed", "status": 422, "detail": str(exc)}
    if isinstance(exc, StatementError | DisconnectionError):  # never SQL text to staff
        outage = database_problem(exc)
        return {"title": "Planning failed", "status": outage.status, "detail": outage.detail}
    return {
        "title": "Planning failed",
        "status": 500,
        "detail": f"unexpected {type(exc).__name__}: {exc}; the server log has the details",
    }


class JobRunner:
    """Runs jobs on `workers` threads and remembers the last `kept` of them."""

    def __init__(self, workers: int, kept: int) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sofra-job")
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._futures: dict[str, Future[None]] = {}
        self._kept = kept
        self._lock = threading.Lock()

    def submit(self, kind: str, work: JobWork, *, created_by: str, params: dict[str, Any]) -> Job:
        """Queue `work`; the job is returned at once, queued."""
        job = Job(id=uuid.uuid4().hex, kind=kind, created_by=created_by, params=params)
        with self._lock:
            self._jobs[job.id] = job
            self._forget_old()
        self._futures[job.id] = self._pool.submit(self._run, job, work)
        return job

    def get(self, job_id: str) -> Job | None:
        """The job with this id, or None (unknown, or forgotten long ago)."""
        with self._lock:
            return self._jobs.get(job_id)

    def recent(self, limit: int = 50) -> list[Job]:
        """The newest jobs first."""
        with self._lock:
            return list(reversed(self._jobs.values()))[:limit]

    def wait(self, job_id: str, timeout_s: float | None = None) -> Job | None:
        """Block until the job ends (tests and the benchmark use this)."""
        future = self._futures.get(job_id)
        if future is not None:
            future.result(timeout=timeout_s)
        return self.get(job_id)

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking jobs; with `wait`, let running ones finish."""
        self._pool.shutdown(wait=wait, cancel_futures=not wait)

    def _forget_old(self) -> None:
        finished = [j.id for j in self._jobs.values() if j.done]
        for job_id in finished[: max(0, len(self._jobs) - self._kept)]:
            del self._jobs[job_id]
            self._futures.pop(job_id, None)

    def _run(self, job: Job, work: JobWork) -> None:
        def progress(fraction: float, message: str) -> None:
            job.progress = max(job.progress, min(1.0, fraction))
            job.message = message

        job.status, job.started_at, job.message = JobStatus.RUNNING, utcnow(), "started"
        try:
            job.result = work(progress)
            job.status, job.progress, job.message = JobStatus.SUCCEEDED, 1.0, "done"
        except Exception as exc:
            if not isinstance(exc, PlanningError | StoreError | ValueError | LookupError):
                log.exception("job %s (%s) failed", job.id, job.kind)
            job.error = failure(exc)
            job.status, job.message = JobStatus.FAILED, str(job.error["detail"])
        finally:
            job.finished_at = utcnow()
