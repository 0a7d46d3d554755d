"""Background jobs (planning, re-planning): status, progress, result or failure. Jobs are kept in
the store: a restart forgets none (one running then is listed as interrupted)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from api.core.problems import PROBLEM_RESPONSES, ProblemError
from api.deps import StaffUser, StateDep
from api.schemas.common import Lang
from api.schemas.plans import JobPublic
from store.models import Role, UserRow

router = APIRouter(prefix="/jobs", tags=["jobs"], responses=PROBLEM_RESPONSES)


def _own_only(user: UserRow) -> str | None:
    """Planners see their own jobs; admins and dispatchers everyone's."""
    return user.username if user.role == Role.PLANNER.value else None


@router.get("", response_model=list[JobPublic])
def read_jobs(state: StateDep, user: StaffUser, lang: Lang = "tr") -> list[JobPublic]:
    """Recent jobs, newest first (a planner's own only)."""
    return [JobPublic.of(j, lang) for j in state.jobs.recent(created_by=_own_only(user))]


@router.get("/{job_id}", response_model=JobPublic)
def read_job(
    job_id: Annotated[str, Path(max_length=64, pattern=r"^[0-9a-f]+$")],
    state: StateDep,
    user: StaffUser,
    lang: Lang = "tr",
) -> JobPublic:
    """One job: poll until `status` is done (see `result`), failed or interrupted (see
    `error`)."""
    job = state.jobs.get(job_id)
    own = _own_only(user)
    if job is None or (own is not None and job.created_by != own):
        raise ProblemError(404, f"no job {job_id}", slug="not-found")
    return JobPublic.of(job, lang)
