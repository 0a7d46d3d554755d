"""Background jobs (planning, re-planning) as rows: a queue that survives restarts and is shared
by every server process on one database."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from store.models.base import Base
from store.types import utcnow


class JobStatus(StrEnum):
    """Where a job stands. `interrupted`: the process running it stopped before it ended (nothing
    it would have saved was saved)."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    INTERRUPTED = "interrupted"


FINISHED = frozenset({JobStatus.DONE, JobStatus.FAILED, JobStatus.INTERRUPTED})
"""Statuses a job never leaves."""


class JobRow(Base):
    """One job: what was asked (`params`, shown to people; `spec`, what the worker needs), by
    whom, its place in the queue (`priority`, lower first, then `created_at`), and how it went.

    A worker (`worker`: host, process id and a random token) claims a queued job, beats
    `heartbeat_at` while running it, and writes `result` or `error` (problem details) at the end.
    """

    __tablename__ = "jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default=JobStatus.QUEUED.value)
    priority: Mapped[int] = mapped_column(default=1)
    created_by: Mapped[str] = mapped_column(String(80))
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    spec: Mapped[dict[str, Any]] = mapped_column(default=dict)
    progress: Mapped[float] = mapped_column(default=0.0)
    message: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    started_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    finished_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    worker: Mapped[str | None] = mapped_column(String(120), default=None)
    result: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    error: Mapped[dict[str, Any] | None] = mapped_column(default=None)

    __table_args__ = (
        Index("ix_jobs_queue", "status", "priority", "created_at"),
        Index("ix_jobs_created_by_status", "created_by", "status"),
    )

    @property
    def finished(self) -> bool:
        """True once the job is done, failed or interrupted."""
        return self.status in FINISHED
