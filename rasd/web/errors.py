"""One error body shape, ``{"error": {"status", "message", "detail"}}``, from one exception handler.

API paths get JSON; HTML pages get the same content rendered as a page.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd.errors import ConfigError, InputError, ModelMissingError, RasdError, StageError, StoreError

log = logging.getLogger("rasd.web")


class ApiError(Exception):
    """An error a client can act on: an HTTP status, a message and optional detail."""

    def __init__(self, status: int, message: str, detail: Any = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.detail = detail


class ErrorDetail(BaseModel):
    status: int
    message: str
    detail: Any = None


class ErrorBody(BaseModel):
    """The one error shape: ``{"error": {"status", "message", "detail"}}``."""

    error: ErrorDetail


# Documented on every API route, so the OpenAPI spec tells clients the error shape.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in ((400, "Malformed request"), (403, "Cross-site request refused"), (404, "Not found"), (413, "Input too large"),
                         (422, "Invalid parameters or input"), (503, "Store or model unavailable"))
}


def error_body(status: int, message: str, detail: Any = None) -> dict[str, Any]:
    """The one error shape of the API."""
    return {"error": {"status": status, "message": message, "detail": detail}}


def _classify(exc: Exception) -> tuple[int, str, Any]:
    """Map any exception to (status, message, detail); unknown ones become a bare 500."""
    if isinstance(exc, ApiError):
        return exc.status, exc.message, exc.detail
    if isinstance(exc, RequestValidationError):
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                  for e in exc.errors()]
        return 422, "invalid request parameters", jsonable_encoder(detail)
    if isinstance(exc, StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        return exc.status_code, message, None
    if isinstance(exc, (InputError, StageError)):
        # A stage failing on one article is a property of that input, reported, never a 500.
        return 422, str(exc), {"stage": exc.stage}
    if isinstance(exc, (StoreError, ConfigError, ModelMissingError)):
        return 503, str(exc), {"stage": exc.stage}
    if isinstance(exc, RasdError):
        return 422, str(exc), {"stage": exc.stage}
    log.exception("unhandled error", exc_info=exc)
    return 500, "internal server error", None


def wants_html(request: Request) -> bool:
    """HTML pages (not /api/, not the OpenAPI spec) answer errors as a page."""
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path.endswith(".json"):
        return False
    return "text/html" in request.headers.get("accept", "")


async def handle_error(request: Request, exc: Exception) -> Response:
    """The one exception handler, registered for every exception class the app can meet."""
    status, message, detail = _classify(exc)
    headers = getattr(exc, "headers", None) if isinstance(exc, StarletteHTTPException) else None
    if wants_html(request):
        from rasd.web.render import render_page

        return render_page(request, "error.html", {"error": error_body(status, message, detail)["error"]},
                           status_code=status)
    return JSONResponse(error_body(status, message, detail), status_code=status, headers=headers)
