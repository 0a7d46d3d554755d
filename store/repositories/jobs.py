"""The job queue: jobs as rows, claimed by workers of any server process on the same database.

A job is queued with a priority (lower first: dispatchers' jobs before planners'), claimed by
one worker (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so processes never wait on each other's
claims; on SQLite, the one-process store, a conditional update), beats a heartbeat while it
runs and ends done, failed or interrupted. A running job whose worker is gone (its process no
longer exists, or its heartbeat stopped) is marked interrupted by `reap`, never forgotten.

Every change of a job is a conditional update on its id, status and worker: a worker that lost
its job (reaped while it stalled) cannot overwrite what was decided meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from store.errors import QueueFullError
from store.models import JobRow, JobStatus
from store.types import utcnow

MESSAGE_CHARS = 500


def enqueue(
    session: Session,
    *,
    job_id: str,
    kind: str,
    created_by: str,
    priority: int,
    params: Mapping[str, Any],
    spec: Mapping[str, Any],
    max_queued: int,
) -> JobRow:
    """Queue a job; `QueueFullError` when `created_by` already has `max_queued` waiting."""
    waiting = queued_count(session, created_by=created_by)
    if waiting >= max_queued:
        raise QueueFullError(waiting=waiting, limit=max_queued)
    row = JobRow(
        id=job_id,
        kind=kind,
        status=JobStatus.QUEUED.value,
        priority=priority,
        created_by=created_by,
        params=dict(params),
        spec=dict(spec),
        progress=0.0,
        message="waiting for a free worker",
    )
    session.add(row)
    session.flush()
    return row


def queued_count(session: Session, *, created_by: str) -> int:
    """How many jobs of `created_by` wait in the queue."""
    count = session.scalar(
        select(func.count())
        .select_from(JobRow)
        .where(JobRow.created_by == created_by, JobRow.status == JobStatus.QUEUED.value)
    )
    return int(count or 0)


def claim(session: Session, *, worker: str) -> JobRow | None:
    """Take the first queued job (by priority, then age) for `worker`, or None when the queue
    is empty. The caller commits at once."""
    query = (
        select(JobRow.id)
        .where(JobRow.status == JobStatus.QUEUED.value)
        .order_by(JobRow.priority, JobRow.created_at, JobRow.id)
        .limit(1)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    for _ in range(5):  # on SQLite another thread may take the same row first: try the next
        job_id = session.scalar(query)
        if job_id is None:
            return None
        now = utcnow()
        taken = session.execute(
            update(JobRow)
            .where(JobRow.id == job_id, JobRow.status == JobStatus.QUEUED.value)
            .values(
                status=JobStatus.RUNNING.value,
                worker=worker,
                started_at=now,
                heartbeat_at=now,
                message="started",
            )
            .execution_options(synchronize_session=False)
        )
        if _rowcount(taken) == 1:
            return session.get(JobRow, job_id, populate_existing=True)
    return None


def _rowcount(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def report_progress(
    session: Session, *, job_id: str, worker: str, progress: float, message: str
) -> bool:
    """Record how far a running job is; False when the job is no longer `worker`'s."""
    result = session.execute(
        update(JobRow)
        .where(_running_by(job_id, worker))
        .values(progress=progress, message=message[:MESSAGE_CHARS], heartbeat_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return _rowcount(result) == 1


def finish(
    session: Session,
    *,
    job_id: str,
    worker: str,
    status: JobStatus,
    message: str,
    result: Mapping[str, Any] | None = None,
    error: Mapping[str, Any] | None = None,
) -> bool:
    """End a running job of `worker` (done with `result`, or failed with `error`); False when
    it was no longer `worker`'s (then nothing changes). Used inside the transaction that saves
    the job's plan, so the plan and "done" are written together or not at all."""
    values: dict[str, Any] = {
        "status": status.value,
        "message": message[:MESSAGE_CHARS],
        "finished_at": utcnow(),
        "result": dict(result) if result is not None else None,
        "error": dict(error) if error is not None else None,
    }
    if status is JobStatus.DONE:
        values["progress"] = 1.0
    done = session.execute(
        update(JobRow)
        .where(_running_by(job_id, worker))
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return _rowcount(done) == 1


def _running_by(job_id: str, worker: str) -> Any:
    return (
        (JobRow.id == job_id)
        & (JobRow.worker == worker)
        & (JobRow.status == JobStatus.RUNNING.value)
    )


def beat(session: Session, *, worker: str) -> int:
    """Refresh the heartbeat of every job `worker` is running; how many."""
    result = session.execute(
        update(JobRow)
        .where(JobRow.worker == worker, JobRow.status == JobStatus.RUNNING.value)
        .values(heartbeat_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return _rowcount(result)


def reap(
    session: Session,
    *,
    is_gone: Callable[[str], bool],
    stale_before: dt.datetime,
    error: Callable[[JobRow], Mapping[str, Any]],
) -> list[JobRow]:
    """Mark interrupted every running job whose worker `is_gone` or whose heartbeat is older
    than `stale_before`; `error(job)` is the problem each is reported with. The jobs marked."""
    running = session.scalars(
        select(JobRow)
        .where(JobRow.status == JobStatus.RUNNING.value)
        .execution_options(populate_existing=True)
    ).all()
    marked = []
    for job in running:
        beat_at = job.heartbeat_at or job.started_at or job.created_at
        if not (is_gone(job.worker or "") or beat_at < stale_before):
            continue
        problem = dict(error(job))
        ended = finish(
            session,
            job_id=job.id,
            worker=job.worker or "",
            status=JobStatus.INTERRUPTED,
            message=str(problem.get("detail", "interrupted")),
            error=problem,
        )
        if ended:
            marked.append(job)
    return marked


def get_job(session: Session, *, job_id: str) -> JobRow | None:
    """The job with this id, or None."""
    return session.get(JobRow, job_id, populate_existing=True)


def recent_jobs(
    session: Session, *, limit: int = 50, created_by: str | None = None
) -> list[JobRow]:
    """The newest jobs first (only those of `created_by` when given)."""
    query = select(JobRow).order_by(JobRow.created_at.desc(), JobRow.id.desc()).limit(limit)
    if created_by is not None:
        query = query.where(JobRow.created_by == created_by)
    return list(session.scalars(query.execution_options(populate_existing=True)))


def forget_old(session: Session, *, keep: int) -> int:
    """Delete finished jobs beyond the newest `keep` jobs; how many were deleted."""
    cutoff = session.scalar(
        select(JobRow.created_at).order_by(JobRow.created_at.desc()).offset(keep).limit(1)
    )
    if cutoff is None:
        return 0
    finished = [s.value for s in (JobStatus.DONE, JobStatus.FAILED, JobStatus.INTERRUPTED)]
    old = session.scalars(
        select(JobRow).where(JobRow.created_at <= cutoff, JobRow.status.in_(finished))
    ).all()
    for job in old:
        session.delete(job)
    session.flush()
    return len(old)
