"""Durable background jobs: planning runs on worker threads while the API answers at once.

Jobs are rows in the store (`store.repositories.jobs`), so they survive a restart and every
server process on one PostgreSQL database shares one queue (each claims with
`FOR UPDATE SKIP LOCKED`); the embedded SQLite store serves one process. Dispatchers' jobs go
before planners' (priority), and a user may have only so many jobs waiting.

A job reports progress (0..1 and a message) and ends done with a result, or failed with problem
details. A planning job marks itself done in the very transaction that saves its plan, so a job
is never "done" without its plan nor a plan saved under a job that failed. A job whose process
died while running it (`kill -9`, a crash) is marked interrupted — at the next start of any
process on the same host at once, else once its heartbeat is `stale_s` old — and reported with
what to do; nothing it would have saved was saved.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy import Engine
from sqlalchemy.exc import DisconnectionError, StatementError
from sqlalchemy.orm import Session

from api.core.problems import database_problem, store_problem
from domain.lang import lifecycle_text, plan_again_text
from scheduler.stored import PlanAgainError, PlanningError
from store.db import session_scope
from store.errors import NotNewestError, StaleVersionError, StoreError, WhatIfError
from store.models import JobRow, JobStatus
from store.repositories import jobs as repo
from store.types import utcnow

log = logging.getLogger(__name__)

PRIORITY_DISPATCH = 0
"""Admins' and dispatchers' jobs: first in the queue."""
PRIORITY_PLANNER = 1
"""Planners' what-if jobs: after every dispatcher job."""
STALE_TYPE = "/problems/stale-plan"


class JobLostError(RuntimeError):
    """The job was taken from this worker (marked interrupted) while it ran: its plan is not
    saved."""


@dataclass(slots=True)
class JobContext:
    """What a running job's work gets: where to report progress, and `finish_in` to mark the
    job done inside the transaction that saves its result."""

    job_id: str
    created_by: str
    worker: str
    engine: Engine
    finished: bool = False

    def progress(self, fraction: float, message: str) -> None:
        """Record how far the job is (never fails the job: progress is only information)."""
        try:
            with session_scope(self.engine) as session:
                repo.report_progress(
                    session,
                    job_id=self.job_id,
                    worker=self.worker,
                    progress=max(0.0, min(1.0, fraction)),
                    message=message,
                )
        except Exception:
            log.warning("job %s: could not record progress %r", self.job_id, message)

    def finish_in(self, session: Session, result: Mapping[str, Any]) -> None:
        """Mark the job done with `result` in `session`'s transaction (`JobLostError` when the
        job is no longer this worker's: then the whole transaction is rolled back)."""
        if not repo.finish(
            session,
            job_id=self.job_id,
            worker=self.worker,
            status=JobStatus.DONE,
            message="done",
            result=result,
        ):
            raise JobLostError(f"job {self.job_id} was taken from this worker; nothing saved")
        self.finished = True


JobHandler = Callable[[Mapping[str, Any], JobContext], Mapping[str, Any]]
"""The work of one kind of job: gets the job's spec and context, returns its result."""


def failure(exc: BaseException) -> dict[str, Any]:
    """Problem details of a failed job: the error's own words for known errors, with a `code`
    and `args` where the words come from `domain.lang` (see `job_problem_text`)."""
    if isinstance(exc, StaleVersionError):
        return {
            "type": STALE_TYPE,
            "title": "Plan is out of date",
            "status": 409,
            "detail": exc.text("en"),
            "code": exc.key,
            "args": exc.words(),
        }
    if isinstance(exc, PlanAgainError):
        return {
            "type": "/problems/confirm-replan",
            "title": "Planning again needs a confirmation",
            "status": 409,
            "detail": exc.text("en"),
            "code": "plan_again",
            "args": exc.args_document(),
        }
    if isinstance(exc, NotNewestError | WhatIfError):
        key = "not_newest" if isinstance(exc, NotNewestError) else exc.key
        args = exc.words() if isinstance(exc, NotNewestError) else {"label": exc.label}
        return {
            "type": STALE_TYPE,
            "title": "Planning failed",
            "status": 409,
            "detail": exc.text("en"),
            "code": key,
            "args": args,
        }
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
        "detail": f"unexpected {type(exc).__name__}; the server log has the details",
    }


def interrupted_problem(job: JobRow) -> dict[str, Any]:
    """The problem an interrupted job is reported with."""
    percent = round(100 * job.progress)
    return {
        "type": "/problems/job-interrupted",
        "title": "Job interrupted",
        "status": 503,
        "detail": lifecycle_text("job_interrupted", "en", percent=percent),
        "code": "job_interrupted",
        "args": {"percent": percent},
    }


def job_problem_text(error: Mapping[str, Any], lang: str) -> str | None:
    """The detail of a job's problem in `lang`, when it has words in `domain.lang`."""
    code, args = error.get("code"), error.get("args")
    if not isinstance(code, str) or not isinstance(args, dict):
        return None
    try:
        if code == "plan_again":
            return plan_again_text(args["version"], args["published"], args["outcomes"], lang)
        return lifecycle_text(code, lang, **args)
    except (KeyError, IndexError, ValueError):
        return None


def _expected(exc: BaseException) -> bool:
    return isinstance(exc, PlanningError | StoreError | ValueError | LookupError | JobLostError)


@dataclass
class _Stop:
    """The stop signal of one start of a runner (a restarted runner gets a fresh one)."""

    event: threading.Event = field(default_factory=threading.Event)


class JobRunner:
    """Runs queued jobs of the store on `workers` threads of this process.

    `submit` queues a job (a row; any process's worker may run it); `start` first marks
    interrupted the jobs left running by a process that is gone, then starts the workers and a
    housekeeper (heartbeats, interrupted jobs, forgetting finished jobs beyond `kept`).
    """

    _live_tokens: ClassVar[set[str]] = set()
    """Tokens of the runners started in this process and not shut down."""

    def __init__(
        self,
        engine: Engine,
        handlers: Mapping[str, JobHandler],
        *,
        workers: int = 1,
        kept: int = 200,
        max_queued: int = 5,
        poll_s: float = 0.5,
        heartbeat_s: float = 2.0,
        stale_s: float = 30.0,
    ) -> None:
        self._engine = engine
        self._handlers = dict(handlers)
        self._workers = workers
        self._kept = kept
        self.max_queued = max_queued
        self._poll_s = poll_s
        self._heartbeat_s = heartbeat_s
        self._stale_s = stale_s
        self._token = uuid.uuid4().hex[:12]
        self._host = socket.gethostname()
        self.worker_id = f"{self._host}:{os.getpid()}:{self._token}"
        self._wake = threading.Event()
        self._stop = _Stop()
        self._threads: list[threading.Thread] = []

    # --- queue -------------------------------------------------------------------------------

    def submit(
        self,
        kind: str,
        *,
        params: Mapping[str, Any],
        spec: Mapping[str, Any],
        created_by: str,
        priority: int,
    ) -> JobRow:
        """Queue a job (committed at once); `QueueFullError` when its owner has too many
        waiting."""
        if kind not in self._handlers:
            raise ValueError(f"no job kind {kind!r}; known: {sorted(self._handlers)}")
        with session_scope(self._engine) as session:
            row = repo.enqueue(
                session,
                job_id=uuid.uuid4().hex,
                kind=kind,
                created_by=created_by,
                priority=priority,
                params=params,
                spec=spec,
                max_queued=self.max_queued,
            )
        self._wake.set()
        return row

    def get(self, job_id: str) -> JobRow | None:
        """The job with this id, or None (unknown, or forgotten long ago)."""
        with session_scope(self._engine) as session:
            return repo.get_job(session, job_id=job_id)

    def recent(self, limit: int = 50, created_by: str | None = None) -> list[JobRow]:
        """The newest jobs first (only `created_by`'s when given)."""
        with session_scope(self._engine) as session:
            return repo.recent_jobs(session, limit=limit, created_by=created_by)

    def wait(self, job_id: str, timeout_s: float | None = None) -> JobRow | None:
        """Block until the job has finished (tests and the benchmark use this); the job."""
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while True:
            job = self.get(job_id)
            if job is None or job.finished:
                return job
            if deadline is not None and time.monotonic() >= deadline:
                raise TimeoutError(f"job {job_id} still {job.status} after {timeout_s} s")
            time.sleep(0.05)

    # --- life ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Mark the orphans interrupted, then start the workers and the housekeeper."""
        if self._threads:
            return
        self._stop = _Stop()
        JobRunner._live_tokens.add(self._token)
        self.reap()
        for n in range(self._workers):
            thread = threading.Thread(
                target=self._work, name=f"sofra-job-{n + 1}", args=(self._stop,), daemon=True
            )
            thread.start()
            self._threads.append(thread)
        keeper = threading.Thread(
            target=self._keep_house, name="sofra-job-keeper", args=(self._stop,), daemon=True
        )
        keeper.start()
        self._threads.append(keeper)

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking jobs. With `wait`, let the running ones finish; without, mark them
        interrupted now (their threads die with the process, and cannot save anything once
        their job is no longer theirs). Queued jobs stay queued for the next start."""
        self._stop.event.set()
        self._wake.set()
        if wait:
            for thread in self._threads:
                thread.join()
        else:
            self._interrupt_mine()
        self._threads = []
        JobRunner._live_tokens.discard(self._token)

    def _interrupt_mine(self) -> None:
        try:
            self._reap(lambda worker: worker == self.worker_id)
        except Exception:
            log.warning("could not mark this process's running jobs interrupted")

    # --- housekeeping --------------------------------------------------------------------------

    def is_gone(self, worker: str) -> bool:
        """True when the process named in a job's `worker` no longer runs it: on this host, a
        process that does not exist, or a runner of this process that was shut down."""
        host, _, rest = worker.partition(":")
        pid_text, _, token = rest.partition(":")
        if host != self._host or not pid_text.isdigit():
            return False  # another host: its heartbeat tells
        pid = int(pid_text)
        if pid == os.getpid():
            return token not in JobRunner._live_tokens
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False

    def reap(self) -> list[JobRow]:
        """Mark interrupted the running jobs whose process is gone or whose heartbeat is
        `stale_s` old; the jobs marked."""
        return self._reap(self.is_gone)

    def _reap(self, is_gone: Callable[[str], bool]) -> list[JobRow]:
        stale_before = utcnow() - dt.timedelta(seconds=self._stale_s)
        with session_scope(self._engine) as session:
            marked = repo.reap(
                session, is_gone=is_gone, stale_before=stale_before, error=interrupted_problem
            )
        for job in marked:
            log.warning("job %s (%s of %s) was interrupted", job.id, job.kind, job.created_by)
        return marked

    def _keep_house(self, stop: _Stop) -> None:
        while not stop.event.wait(self._heartbeat_s):
            try:
                with session_scope(self._engine) as session:
                    repo.beat(session, worker=self.worker_id)
                self.reap()
                with session_scope(self._engine) as session:
                    repo.forget_old(session, keep=self._kept)
            except Exception:
                log.warning("job housekeeping failed; trying again", exc_info=True)

    # --- work ----------------------------------------------------------------------------------

    def _work(self, stop: _Stop) -> None:
        while not stop.event.is_set():
            try:
                with session_scope(self._engine) as session:
                    job = repo.claim(session, worker=self.worker_id)
            except Exception:
                log.warning("could not take a job from the queue; trying again", exc_info=True)
                stop.event.wait(self._poll_s)
                continue
            if job is None:
                self._wake.wait(self._poll_s)
                self._wake.clear()
                continue
            self._run(job)

    def _run(self, job: JobRow) -> None:
        context = JobContext(job.id, job.created_by, self.worker_id, self._engine)
        try:
            handler = self._handlers.get(job.kind)
            if handler is None:
                raise ValueError(f"no job kind {job.kind!r} in this server")
            result = handler(job.spec, context)
            if not context.finished:
                with session_scope(self._engine) as session:
                    repo.finish(
                        session,
                        job_id=job.id,
                        worker=self.worker_id,
                        status=JobStatus.DONE,
                        message="done",
                        result=result,
                    )
        except Exception as exc:
            if not _expected(exc):
                log.exception("job %s (%s) failed", job.id, job.kind)
            problem = failure(exc)
            try:
                with session_scope(self._engine) as session:
                    repo.finish(
                        session,
                        job_id=job.id,
                        worker=self.worker_id,
                        status=JobStatus.FAILED,
                        message=str(problem["detail"]),
                        error=problem,
                    )
            except Exception:
                log.exception("job %s: could not record its failure", job.id)
