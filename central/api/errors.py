"""One error shape for the whole API: `{"error": {"code", "message"}}`, never a traceback.

Clients branch on the stable `code`; `message` is for people, in English. So that a client can
say it in its user's language, a refusal may add what its sentence names (`DETAILS`): `field`
(the request field, `chain[2]` for the second step of a list), `value` (the value or the name
refused), `limit` (a number the rule allows) and `reason` (which rule of the code: `too_long`, or
for `not_found` which kind of thing is missing); a throttled sign-in (429 `too_many_attempts`)
adds `retry_after`, the seconds of its Retry-After header. Request models everywhere use
`model_config = ConfigDict(extra="forbid")` (see `StrictModel`) so unknown fields answer 422.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("central.api")

# Codes for HTTP errors raised by the framework itself (routing, method, parsing).
HTTP_STATUS_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "body_too_large",
    415: "unsupported_media_type",
}


class StrictModel(BaseModel):
    """Base for request bodies: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


DETAILS = ("field", "value", "limit", "reason", "retry_after")
Details = Mapping[str, str | int]


class ApiError(Exception):
    """Raise anywhere in a request to answer `status` with `{"error": {code, message, ...details}}`."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
        *,
        details: Details | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers) if headers else None
        self.details = dict(details) if details else {}


def not_found(what: str = "resource") -> ApiError:
    """The one answer for missing AND foreign ids, so existence never leaks across companies."""
    return ApiError(404, "not_found", f"No such {what}.", details={"reason": what.replace(" ", "_")})


def error_body(code: str, message: str, details: Details | None = None) -> dict[str, dict[str, str | int]]:
    extra = {k: details[k] for k in DETAILS if details and details.get(k) is not None}
    return {"error": {"code": code, "message": message, **extra}}


def error_response(
    status: int,
    code: str,
    message: str,
    headers: Mapping[str, str] | None = None,
    details: Details | None = None,
) -> JSONResponse:
    return JSONResponse(error_body(code, message, details), status_code=status, headers=headers)


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(part) for part in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:]
    return ".".join(parts) or "body"


# Pydantic's error types -> the `reason` of an `invalid_request` (others: "not_valid").
VALIDATION_REASONS = {
    "missing": "required",
    "string_too_short": "too_short",
    "string_too_long": "too_long",
    "too_short": "too_few",
    "too_long": "too_many",
    "extra_forbidden": "unknown_field",
}
LIMITS = ("min_length", "max_length")


def _detail_field(loc: tuple[Any, ...]) -> str | None:
    """The field as refusals name it: its first name, and `[n]` (1-based) for a list entry."""
    parts = [p for p in loc if p not in ("body", "query", "path", "header", "cookie")]
    names = [p for p in parts if isinstance(p, str)]
    if not names:
        return None  # the body as a whole
    field = names[0]
    after = parts[parts.index(field) + 1 :]
    if after and isinstance(after[0], int):
        field += f"[{after[0] + 1}]"
    return field


def validation_details(errors: list[Any]) -> dict[str, str | int]:
    """What the first bad field's refusal names: field, reason and, for a length, the limit."""
    if not errors:
        return {}
    first = errors[0]
    ctx = first.get("ctx") or {}
    reason = VALIDATION_REASONS.get(str(first.get("type")), "not_valid")
    if reason in ("too_short", "too_few") and ctx.get("min_length") == 1:
        reason = "required"  # an empty text or list
    details: dict[str, str | int] = {"reason": reason}
    field = _detail_field(tuple(first.get("loc", ())))
    if field:
        details["field"] = field
    limit = next((ctx[name] for name in LIMITS if isinstance(ctx.get(name), int)), None)
    if limit is not None and reason != "required":
        details["limit"] = limit
    return details


def validation_message(errors: list[Any]) -> str:
    """A short message naming the first bad field, e.g. "password: Field required"."""
    if not errors:
        return "The request is not valid."
    first = errors[0]
    field = _field_name(tuple(first.get("loc", ())))
    if first.get("type") == "extra_forbidden":
        return f"{field}: unknown field"
    return f"{field}: {first.get('msg', 'invalid value')}"


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.headers, exc.details)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if any(error.get("type") == "json_invalid" for error in errors):
        return error_response(400, "malformed_json", "The request body is not valid JSON.")
    return error_response(
        422, "invalid_request", validation_message(errors), details=validation_details(errors)
    )


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    code = HTTP_STATUS_CODES.get(status, f"http_{status}")
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail else None
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    message = detail or phrase
    if status == 404:
        message = "Not found."
    return error_response(status, code, message, getattr(exc, "headers", None))


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    logger.error("unhandled error in %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal_error", "Something went wrong on the server.")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)


class BodyTooLarge(StarletteHTTPException):
    """Raised from `receive` when a streamed body passes the limit; answered as 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is larger than {limit} bytes.")


class BodySizeLimitMiddleware:
    """Refuse request bodies over `max_bytes` with 413 before they are read into memory.

    Declared sizes (Content-Length) are refused at once; bodies without one are counted as they
    stream in.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse(send)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if started:
                raise
            await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        message = f"The request body is larger than {self.max_bytes} bytes."
        response = error_response(413, "body_too_large", message)
        headers = [*response.raw_headers, (b"connection", b"close")]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": response.body})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
