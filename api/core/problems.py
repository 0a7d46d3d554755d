"""RFC 9457 problem details: one response shape for every error, naming the field or household.

`ProblemError` is what routes raise; the handlers below also turn request-validation errors,
HTTP errors and the store's own errors into `application/problem+json`.

No database text ever reaches a client: while the database cannot be reached every endpoint
answers 503 with `Retry-After` (`database_problem`), and any other database error is a plain 500
whose SQL stays in the server log.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import DBAPIError, DisconnectionError, StatementError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException

from store.errors import (
    AppendOnlyError,
    ConcurrentUpdateError,
    DriverLinkError,
    DuplicateError,
    InactiveError,
    NotFoundError,
    NotNewestError,
    PlanSaveError,
    QueueFullError,
    StaleVersionError,
    StoreError,
    WhatIfError,
)
from store.imports.readers import SpreadsheetError
from store.imports.report import ImportRejectedError

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "/problems/"


class FieldProblem(BaseModel):
    """One bad input: where (`field`, or spreadsheet `row` and `column`) and what to do."""

    field: str | None = Field(None, description="Dotted location, e.g. body.service_days.0")
    row: int | None = Field(None, description="Spreadsheet row (1 is the header row)")
    column: str | None = Field(None, description="Spreadsheet column as headed in the file")
    message: str


class Problem(BaseModel):
    """An RFC 9457 problem details object, with Sofra's extension members."""

    type: str = Field("about:blank", description="URI reference naming the kind of problem")
    title: str = Field(description="Short summary of the kind of problem")
    status: int = Field(description="HTTP status code")
    detail: str | None = Field(None, description="What went wrong here and how to fix it")
    instance: str | None = Field(None, description="The request path that failed")
    field: str | None = Field(None, description="The input field at fault, if one")
    household: str | None = Field(None, description="The household concerned, if one")
    errors: list[FieldProblem] | None = Field(None, description="Every bad field or row")


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": Problem, "content": {PROBLEM_JSON: {}}, "description": HTTPStatus(code).phrase}
    for code in (400, 401, 403, 404, 409, 413, 422, 503)
}
"""OpenAPI `responses` entries: every route documents its problem responses."""


class ProblemError(Exception):
    """An error a route reports to the client as problem details."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        slug: str | None = None,
        title: str | None = None,
        field: str | None = None,
        household: str | None = None,
        errors: list[FieldProblem] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.slug = slug
        self.title = title or HTTPStatus(status).phrase
        self.field = field
        self.household = household
        self.errors = errors
        self.headers = headers

    def problem(self, instance: str) -> Problem:
        """The problem details of this error for the request at `instance`."""
        return Problem(
            type=f"{TYPE_BASE}{self.slug}" if self.slug else "about:blank",
            title=self.title,
            status=self.status,
            detail=self.detail,
            instance=instance,
            field=self.field,
            household=self.household,
            errors=self.errors,
        )


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    """A JSON response of `problem` with the problem+json media type."""
    return JSONResponse(
        problem.model_dump(exclude_none=True),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


def store_problem(exc: StoreError | LookupError) -> ProblemError:
    """The problem of an error the store raised on purpose (its message names the fix)."""
    text = str(exc)
    household = getattr(exc, "ref", None) if getattr(exc, "kind", "") == "household" else None
    if isinstance(exc, NotFoundError):
        return ProblemError(404, text, slug="not-found", household=household)
    if isinstance(exc, DuplicateError):
        return ProblemError(409, text, slug="duplicate", household=household)
    if isinstance(exc, StaleVersionError | NotNewestError):
        return ProblemError(409, text, slug="stale-plan", title="Plan is out of date")
    if isinstance(exc, WhatIfError):
        return ProblemError(409, text, slug="what-if")
    if isinstance(exc, QueueFullError):
        return ProblemError(429, text, slug="too-many-jobs", headers={"Retry-After": "10"})
    if isinstance(exc, ConcurrentUpdateError):
        return ProblemError(409, text, slug="concurrent-update", household=household)
    if isinstance(exc, InactiveError | AppendOnlyError):
        return ProblemError(409, text, slug="conflict")
    if isinstance(exc, ImportRejectedError):
        rows = [FieldProblem(row=e.row, column=e.column, message=e.message) for e in exc.errors]
        return ProblemError(
            422,
            f"{exc.source}: {len(exc.errors)} problem(s); nothing was imported. Fix these rows "
            "and import the file again.",
            slug="import-rejected",
            title="Import rejected",
            errors=rows,
        )
    if isinstance(exc, SpreadsheetError | PlanSaveError | DriverLinkError):
        return ProblemError(422, text, slug="unprocessable")
    if isinstance(exc, LookupError):
        return ProblemError(404, text, slug="not-found")
    return ProblemError(400, text, slug="store")


DATABASE_RETRY_AFTER_S = 10
"""What a 503 asks a client to wait before trying again while the database is unreachable."""


def is_database_outage(exc: BaseException) -> bool:
    """True for errors meaning "the database cannot be reached now" (server down, connection
    lost or refused, pool exhausted), as opposed to a bad statement."""
    if isinstance(exc, DisconnectionError | PoolTimeoutError):
        return True
    if isinstance(exc, DBAPIError):
        return exc.connection_invalidated or type(exc).__name__ in {
            "OperationalError",
            "InterfaceError",
        }
    return False


def database_problem(exc: BaseException, instance: str | None = None) -> Problem:
    """The problem of a database error, without its SQL text or driver message: 503 while the
    database is unreachable, else 500."""
    if is_database_outage(exc):
        return Problem(
            type=f"{TYPE_BASE}database-unavailable",
            title="Service Unavailable",
            status=503,
            detail="the database is not answering; nothing was changed. Try again in "
            f"{DATABASE_RETRY_AFTER_S} s; if it lasts, ask the administrator to check the "
            "database server",
            instance=instance,
        )
    return Problem(
        title="Internal Server Error",
        status=500,
        detail="a database error occurred; it has been logged",
        instance=instance,
    )


def _location(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc)


def validation_problem(exc: RequestValidationError, instance: str) -> Problem:
    """A 422 problem listing every invalid field of the request."""
    errors = [
        FieldProblem(field=_location(tuple(e.get("loc", ()))), message=str(e.get("msg", "")))
        for e in exc.errors()
    ]
    first = errors[0] if errors else None
    detail = (
        f"{len(errors)} invalid field(s); first: {first.field}: {first.message}"
        if first
        else "the request is not valid"
    )
    return Problem(
        type=f"{TYPE_BASE}validation",
        title="Invalid request",
        status=422,
        detail=detail,
        instance=instance,
        field=first.field if first else None,
        errors=errors,
    )


def install_problem_handlers(app: FastAPI) -> None:
    """Make every error of `app` answer with problem details."""

    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError) -> JSONResponse:
        return problem_response(exc.problem(request.url.path), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return problem_response(validation_problem(exc, request.url.path))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        problem = Problem(
            type=f"{TYPE_BASE}too-large" if exc.status_code == 413 else "about:blank",
            title=HTTPStatus(exc.status_code).phrase,
            status=exc.status_code,
            detail=str(exc.detail) if exc.detail else None,
            instance=request.url.path,
        )
        return problem_response(problem, dict(exc.headers or {}))

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> JSONResponse:
        problem = store_problem(exc)
        return problem_response(problem.problem(request.url.path), problem.headers)

    @app.exception_handler(LookupError)
    async def _lookup(request: Request, exc: LookupError) -> JSONResponse:
        return problem_response(store_problem(exc).problem(request.url.path))

    @app.exception_handler(ValueError)
    async def _value(request: Request, exc: ValueError) -> JSONResponse:
        # The store and scheduler raise ValueError for bad input, with a message naming the fix.
        problem = ProblemError(422, str(exc), slug="unprocessable").problem(request.url.path)
        return problem_response(problem)

    @app.exception_handler(StatementError)
    @app.exception_handler(DisconnectionError)
    @app.exception_handler(PoolTimeoutError)
    async def _database(request: Request, exc: Exception) -> JSONResponse:
        problem = database_problem(exc, request.url.path)
        if problem.status == 503:
            # the driver's message names host and port, never rows; no traceback per request
            log.warning(
                "database unreachable on %s %s: %s",
                request.method,
                request.url.path,
                type(getattr(exc, "orig", None) or exc).__name__,
            )
            return problem_response(problem, {"Retry-After": str(DATABASE_RETRY_AFTER_S)})
        log.exception("database error on %s %s", request.method, request.url.path)
        return problem_response(problem)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        problem = Problem(
            title="Internal Server Error",
            status=500,
            detail="an unexpected error occurred; it has been logged",
            instance=request.url.path,
        )
        return problem_response(problem)
