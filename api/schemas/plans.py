"""Plan, route, job and re-plan schemas. Planners get the same shapes with personal fields empty
and household references replaced by pseudonyms."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from api.core.problems import Problem
from api.jobs import job_problem_text
from api.schemas.common import Clock, Day, Shift
from domain.clock import format_local_hhmm
from store.models import JobRow, JobStatus, PlanRow, PlanStatus


class PlanRequest(BaseModel):
    """Plan a date and shift: a new office version (dispatchers, admins), or a what-if copy
    (planners always; dispatchers with `what_if`)."""

    model_config = ConfigDict(extra="forbid")

    day: Day
    shift: Shift
    confirm_replan: bool = Field(
        False,
        description="The shift already has a published version or recorded outcomes: plan it "
        "again anyway, as a re-plan of its newest version that keeps delivered and loaded "
        "stops (without this, such a request is refused with 409).",
    )
    what_if: bool = Field(
        False,
        description="Plan a what-if copy: saved apart, never published, never seen by drivers "
        "(a planner's plan always is one).",
    )


class ReplanRequest(BaseModel):
    """Re-plan from a clock time (default: now on the plan's day). Trips that left the kitchen
    by then, and every trip with a recorded outcome, stay as they are."""

    model_config = ConfigDict(extra="forbid")

    at: Clock | None = Field(None, description="local time HH:MM")


class JobPublic(BaseModel):
    """A background job: poll it until `status` is done, failed or interrupted."""

    id: str
    kind: str
    status: JobStatus
    progress: float = Field(ge=0, le=1)
    message: str
    params: dict[str, Any]
    created_by: str
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    result: dict[str, Any] | None = Field(None, description="e.g. plan_id, version")
    error: Problem | None = Field(None, description="why it failed, as problem details")

    @classmethod
    def of(cls, job: JobRow, lang: str = "tr") -> JobPublic:
        """The public view of a job; a problem with words in `domain.lang` is in `lang`."""
        error = None
        if job.error:
            fields = {k: v for k, v in job.error.items() if k in Problem.model_fields}
            detail = job_problem_text(job.error, lang)
            error = Problem(**(fields | ({"detail": detail} if detail else {})))
        message = job.message
        if error is not None and job.status != JobStatus.DONE.value and error.detail:
            message = error.detail
        return cls(
            id=job.id,
            kind=job.kind,
            status=JobStatus(job.status),
            progress=round(job.progress, 3),
            message=message,
            params=job.params,
            created_by=job.created_by,
            created_at=job.created_at,
            started_at=job.started_at,
            finished_at=job.finished_at,
            result=job.result,
            error=error,
        )


class PlanSummary(BaseModel):
    """The figures of a plan version."""

    households_due: int = 0
    served: int = 0
    unserved: int = 0
    held: int = Field(0, description="households held from the shift (on hold, cancelled)")
    routes_used: int = 0
    crews: int = 0
    driving_s: int = 0
    distance_m: int = 0
    working_s: int = 0
    max_ride_s: int = 0
    ride_limit_s: int | None = None
    same_driver_share: float | None = None
    violations: list[str] = Field(default_factory=list)
    engine: str = ""
    solve_s: float = 0.0


class PlanVersion(BaseModel):
    """One version of the plan of a date and shift."""

    id: int
    day: dt.date
    shift: str
    version: int
    label: str = Field(description='"v3", or "what-if 2" for a what-if copy')
    status: str = Field(description="draft, published (what the drivers see) or superseded")
    what_if: bool = Field(False, description="a planner's copy: never published")
    publishable: bool = Field(
        False, description="the newest office version, not yet published: POST …/publish"
    )
    base_version: int | None = Field(None, description="the version it was made from")
    created_at: dt.datetime
    created_by: str
    published_at: dt.datetime | None = None
    published: str | None = Field(None, description="published_at on the kitchen's clock, HH:MM")
    published_by: str | None = None
    replaces_plan_id: int | None = Field(
        None, description="the version the drivers had before this one was published"
    )
    summary: PlanSummary

    @classmethod
    def of(cls, row: PlanRow, *, newest: bool) -> PlanVersion:
        """The list entry of a plan version; `newest`: the newest office version of its shift."""
        return cls(
            id=row.id,
            day=row.day,
            shift=row.shift,
            version=row.version,
            label=row.label,
            status=row.status,
            what_if=row.what_if,
            publishable=newest and not row.what_if and row.status == PlanStatus.DRAFT.value,
            base_version=row.base_version,
            created_at=row.created_at,
            created_by=row.created_by,
            published_at=row.published_at,
            published=format_local_hhmm(row.published_at) if row.published_at else None,
            published_by=row.published_by,
            replaces_plan_id=row.replaces_plan_id,
            summary=PlanSummary.model_validate(row.summary),
        )


class StopPublic(BaseModel):
    """A stop on a route; `name` and `address` are empty for planners."""

    stop_id: int
    seq: int
    trip: int
    household: str = Field(description="reference, or pseudonym for planners")
    arrival: str = Field(description="HH:MM")
    arrival_s: int
    ride_min: float
    outcome: str | None = None
    name: str | None = None
    address: str | None = None


class RoutePublic(BaseModel):
    """A van's route in a plan."""

    route: int = Field(description="route number in the plan (1..)")
    vehicle_id: str
    van: str | None
    driver: str | None = Field(description="driver code")
    driver_name: str | None = None
    colour: str
    departure: str
    return_: str = Field(alias="return")
    driving_s: int
    distance_m: int
    distance: str = Field(description="distance_m as people read it: 23,4 km / 23.4 km")
    meals: int
    stops: list[StopPublic]
    sheet_url: str | None = None

    model_config = ConfigDict(populate_by_name=True)


class UnservedPublic(BaseModel):
    """A household due but on no route, and why."""

    household: str
    reason: str
    reason_text: str
    name: str | None = None


class HeldPublic(BaseModel):
    """A household that would be due but was held from the shift (on hold, cancelled), and why.

    Planners get the pseudonym and the kind of reason only: no name, no reason as entered, no
    dates."""

    household: str = Field(description="reference, or pseudonym for planners")
    reason: str = Field(description="on_hold or cancelled")
    reason_text: str
    until: dt.date | None = Field(None, description="last day of the hold")
    name: str | None = None


class ChangePublic(BaseModel):
    """What a re-plan changed for one household."""

    household: str
    kind: str = Field(description="added, removed, moved or retimed")
    detail: str
    text: str = Field(description="the change in words, in the requested language")


class PlanFigures(BaseModel):
    """The summary's figures as people read them, in the requested language (the page shows
    these strings as they are)."""

    driving: str = Field(description="e.g. 1 sa 25 dk / 1 h 25 min")
    distance: str = Field(description="e.g. 23,4 km / 23.4 km")
    longest_ride: str = Field(description="e.g. 38 dk")
    ride_limit: str | None = Field(None, description="e.g. 45 dk; None without a limit")
    same_driver: str | None = Field(None, description="e.g. %83 / 83%; None without yesterday")


class PlanPublic(PlanVersion):
    """A plan version with its routes, unserved and held households and (after a re-plan)
    changes."""

    figures: PlanFigures
    routes: list[RoutePublic]
    unserved: list[UnservedPublic]
    held: list[HeldPublic] = Field(
        default_factory=list, description="households left out of the shift on purpose, and why"
    )
    changes: list[ChangePublic]
    from_version: int | None = None
    replanned_at: str | None = None
    pseudonymised: bool = False
