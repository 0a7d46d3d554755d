"""Request body size limits, enforced as the body streams in (never read whole into memory).

A spreadsheet upload (`multipart/form-data`) may be up to `ApiSettings.max_upload_bytes` (10 MiB)
plus its multipart framing; any other body (JSON, the login form) up to
`ApiSettings.max_json_bytes` (1 MiB, env SOFRA_API__MAX_JSON_BYTES). A request that declares a
larger `Content-Length` is answered 413 at once, unread; one that streams more than its limit
(chunked, or lying about its length) is stopped at the first chunk past the limit, also 413.
Both answers are problem details.
"""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.core.problems import PROBLEM_JSON, Problem

MULTIPART_OVERHEAD = 64 * 1024
"""Boundaries and part headers around an uploaded file, on top of the file's own limit."""
DEFAULT_UPLOAD_BYTES = 10 * 1024 * 1024
DEFAULT_JSON_BYTES = 1024 * 1024


class BodyTooLargeError(HTTPException):
    """A request body past its limit. An `HTTPException`, so FastAPI's body parsing lets it
    through to the problem handlers instead of calling it a parse error."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, too_large_detail(limit))
        self.limit = limit


def too_large_detail(limit: int) -> str:
    """What a 413 says: the limit, and what to do."""
    size = f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit // 1024} KiB"
    return (
        f"the request body is larger than {size}; send less at once "
        "(split a spreadsheet into smaller files)"
    )


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


class BodyLimitMiddleware:
    """Pure ASGI middleware answering 413 to bodies over their limit (see the module doc).

    `json_limit` and `upload_limit` default to the app's `ApiSettings.max_json_bytes` and
    `max_upload_bytes`, read per request from the app state when the app has one.
    """

    def __init__(
        self, app: ASGIApp, json_limit: int | None = None, upload_limit: int | None = None
    ) -> None:
        self.app = app
        self.json_limit = json_limit
        self.upload_limit = upload_limit

    def limit(self, scope: Scope) -> tuple[int, int]:
        """The body limit of this request by its content type, and the limit a person is told
        (an upload's: the file's, without the multipart framing)."""
        content_type = (_header(scope, b"content-type") or "").lower()
        if content_type.startswith("multipart/form-data"):
            upload = self._setting(scope, self.upload_limit, "max_upload_bytes")
            return upload + MULTIPART_OVERHEAD, upload
        json_limit = self._setting(scope, self.json_limit, "max_json_bytes")
        return json_limit, json_limit

    @staticmethod
    def _setting(scope: Scope, given: int | None, name: str) -> int:
        """`given`, else the app's `ApiSettings.<name>`, else the default."""
        if given is not None:
            return given
        app: Any = scope.get("app")
        state = getattr(getattr(app, "state", None), "sofra", None)
        settings = getattr(state, "settings", None)
        default = DEFAULT_UPLOAD_BYTES if name == "max_upload_bytes" else DEFAULT_JSON_BYTES
        return int(getattr(settings, name, default))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit, shown = self.limit(scope)
        declared = _header(scope, b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > limit:
            await _reject(scope, send, shown)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLargeError(shown)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, watched_send)
        except BodyTooLargeError:
            if started:
                raise
            await _reject(scope, send, shown)


async def _reject(scope: Scope, send: Send, limit: int) -> None:
    """Send the 413 problem; the rest of the body is never read (the server drops it)."""
    problem = Problem(
        type="/problems/too-large",
        title="Content Too Large",
        status=413,
        detail=too_large_detail(limit),
        instance=scope.get("path"),
    )
    body = problem.model_dump_json(exclude_none=True).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", PROBLEM_JSON.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
