"""Background jobs (planning, re-planning): status, progress, result or failure."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from api.core.problems import PROBLEM_RESPONSES, ProblemError
from api.deps import StaffUser, StateDep
from api.schemas.plans import JobPublic

router = APIRouter(prefix="/jobs", tags=["jobs"], responses=PROBLEM_RESPONSES)


@router.get("", response_model=list[JobPublic])
def read_jobs(state: StateDep, _: StaffUser) -> list[JobPublic]:
    """Recent jobs, newest first."""
    return [JobPublic.of(j) for j in state.jobs.recent()]


@router.get("/{job_id}", response_model=JobPublic)
def read_job(
    job_id: Annotated[str, Path(max_length=64, pattern=r"^[0-9a-f]+$")],
    state: StateDep,
    _: StaffUser,
) -> JobPublic:
    """One job: poll until `status` is succeeded (see `result`) or failed (see `error`)."""
    job = state.jobs.get(job_id)
    if job is None:
        raise ProblemError(
            404, f"no job {job_id}; jobs are forgotten when the server restarts", slug="not-found"
        )
    return JobPublic.of(job)
